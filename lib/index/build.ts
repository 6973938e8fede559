// Build the index from extracted reports: match features, story clusters, body shards. Pure; the script does the I/O.
import { DEFAULT_RELATED_THRESHOLD } from '../config';
import { findRelatedReports, docFeatures } from '../match/related';
import type { StoredReport } from './format';
import { type BodyShardFile, encodeCounts, INDEX_FORMAT, INDEX_VERSION, type IndexedDoc, type MatchIndexFile, parseIndex, shardOf, storedReport } from './format';
import { matchFeatures } from './features';

export interface ReportInput {
  id: string;
  article: StoredReport;
}

export interface BuiltIndex {
  match: MatchIndexFile;
  shards: BodyShardFile[];
  stories: number;
}

/** Reports per body shard: a story's bodies load together, a shard stays small enough to fetch quickly. */
export const DEFAULT_REPORTS_PER_SHARD = 400;
/** Floor of the posting-list cap while clustering: small indexes are clustered exactly. */
export const DEFAULT_CLUSTER_MAX_POSTINGS = 500;

/** One report's row of the match part; its story is set by `clusterStories`. */
export function indexRow(id: string, article: StoredReport): IndexedDoc {
  const f = matchFeatures(article);
  return [id, article.title, article.outlet, 0, encodeCounts(f.terms), encodeCounts(f.entities), f.names.join('|'), f.quantities.join('|')];
}

/** Group rows into stories: each report links to the reports it would list as related; linked reports share a story. Returns the number of stories. */
export function clusterStories(rows: IndexedDoc[], onProgress?: (done: number, total: number) => void): number {
  rows.forEach((row, i) => (row[3] = i));
  const draft = parseIndex({ format: INDEX_FORMAT, version: INDEX_VERSION, shards: 1, docs: rows }, async () => null);
  if (!draft.ok) throw new Error(draft.message);
  const index = draft.value;
  // Clustering asks the matcher once per report: terms on more than 2% of a large index are left out of its prefilter (near-zero idf, longest walks).
  const maxPostings = Math.max(DEFAULT_CLUSTER_MAX_POSTINGS, rows.length / 50);
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  index.docs.forEach((doc, i) => {
    for (const m of findRelatedReports(docFeatures(doc), index, { selfId: doc.id, threshold: DEFAULT_RELATED_THRESHOLD, fuzzy: false, clusters: false, maxPostings }))
      parent[find(m.index)] = find(i);
    onProgress?.(i + 1, rows.length);
  });
  const storyOf = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const root = find(i);
    if (!storyOf.has(root)) storyOf.set(root, storyOf.size);
    rows[i][3] = storyOf.get(root)!;
  }
  return storyOf.size;
}

export function shardCountFor(reports: number): number {
  return Math.max(1, Math.ceil(reports / DEFAULT_REPORTS_PER_SHARD));
}

/** The whole index in memory, for small report sets and tests; `npm run index` streams bodies through disk instead. */
export function buildIndex(reports: ReportInput[], onProgress?: (done: number, total: number) => void): BuiltIndex {
  const rows = reports.map((r, i) => {
    onProgress?.(i + 1, reports.length * 2);
    return indexRow(r.id, r.article);
  });
  const stories = clusterStories(rows, (d) => onProgress?.(reports.length + d, reports.length * 2));
  const shardCount = shardCountFor(reports.length);
  const shards: BodyShardFile[] = Array.from({ length: shardCount }, (_, shard) => ({ format: INDEX_FORMAT, version: INDEX_VERSION, shard, reports: {} }));
  reports.forEach((r, i) => {
    shards[shardOf(rows[i][3], shardCount)].reports[r.id] = storedReport(r.article);
  });
  return { match: { format: INDEX_FORMAT, version: INDEX_VERSION, shards: shardCount, docs: rows }, shards, stories };
}
