// The index file: versioned, compact, one match part loaded once and body shards loaded when a story needs them.
import type { Article, Outcome } from '../report';

export const INDEX_FORMAT = 'parallax-index';
export const INDEX_VERSION = 1;

/** One report in the match part: [id, title, outlet, story, terms, entities, names, quantities]. */
export type IndexedDoc = [id: string, title: string, outlet: string | null, story: number, terms: string, entities: string, names: string, quantities: string];

export interface MatchIndexFile {
  format: typeof INDEX_FORMAT;
  version: number;
  shards: number;
  docs: IndexedDoc[];
}

export interface BodyShardFile {
  format: typeof INDEX_FORMAT;
  version: number;
  shard: number;
  reports: Record<string, StoredReport>;
}

export type StoredReport = Pick<Article, 'title' | 'outlet' | 'sentences' | 'published'>;

/** What the index and the library keep of an article: its text and when it was published, nothing else. */
export function storedReport(article: StoredReport): StoredReport {
  return { title: article.title, outlet: article.outlet, sentences: article.sentences, ...(article.published ? { published: article.published } : {}) };
}

/**
 * A loaded report of the match part. Its features stay encoded until asked for: at 50,000 reports, decoded maps
 * for every report would cost hundreds of megabytes, and a query only ever looks at a few dozen.
 */
export class Doc {
  readonly id: string;
  readonly title: string;
  readonly outlet: string | null;
  story: number;
  /** Sum of term counts, for BM25's length normalisation. */
  length = 0;
  constructor(private readonly row: IndexedDoc) {
    [this.id, this.title, this.outlet, this.story] = row;
  }
  get terms(): Map<string, number> {
    return decodeCounts(this.row[4]);
  }
  get entities(): Map<string, number> {
    return decodeCounts(this.row[5]);
  }
  get names(): string[] {
    return this.row[6] ? this.row[6].split('|') : [];
  }
  get quantities(): string[] {
    return this.row[7] ? this.row[7].split('|') : [];
  }
}

/**
 * Postings of every term in three flat typed arrays: term t's documents are docs[start[t]..start[t+1]), with their
 * counts alongside. One allocation for the whole index instead of two typed arrays per term (most terms are rare).
 */
export interface PostingTable {
  ids: Map<string, number>;
  start: Int32Array;
  docs: Int32Array;
  counts: Uint16Array;
}

/** The documents holding one term, and how often, as views into the table; null when no report has it. */
export function postingsOf(table: PostingTable, term: string): { docs: Int32Array; counts: Uint16Array } | null {
  const t = table.ids.get(term);
  if (t === undefined) return null;
  const from = table.start[t], to = table.start[t + 1];
  return { docs: table.docs.subarray(from, to), counts: table.counts.subarray(from, to) };
}

/** Number of reports holding a term. */
export function documentFrequency(table: PostingTable, term: string): number {
  const t = table.ids.get(term);
  return t === undefined ? 0 : table.start[t + 1] - table.start[t];
}

/** Build a posting table in two passes over the reports: count, then fill. */
function postingTable(each: (visit: (doc: number, key: string, count: number) => void) => void): PostingTable {
  const ids = new Map<string, number>();
  let df: number[] = [];
  each((_, key) => {
    let t = ids.get(key);
    if (t === undefined) ids.set(key, (t = ids.size));
    df[t] = (df[t] ?? 0) + 1;
  });
  const start = new Int32Array(ids.size + 1);
  for (let t = 0; t < ids.size; t++) start[t + 1] = start[t] + df[t];
  df = [];
  const total = start[ids.size];
  const docs = new Int32Array(total), counts = new Uint16Array(total);
  const cursor = start.slice(0, ids.size);
  each((doc, key, count) => {
    const t = ids.get(key)!;
    const at = cursor[t]++;
    docs[at] = doc;
    counts[at] = Math.min(count, 65535);
  });
  return { ids, start, docs, counts };
}

export interface LoadedIndex {
  version: number;
  shards: number;
  docs: Doc[];
  byId: Map<string, number>;
  /** Stem -> reports and counts, for the lexical prefilter. */
  postings: PostingTable;
  /** Entity key -> reports. */
  entityPostings: PostingTable;
  avgLength: number;
  /** Story -> doc indices, precomputed at build time. */
  stories: Map<number, number[]>;
  /** Loads the bodies of reports, by shard. */
  bodies: BodyLoader;
}

export interface BodyLoader {
  get(id: string): Promise<StoredReport | null>;
}

export function shardOf(story: number, shards: number): number {
  return story % shards;
}

export function encodeCounts(m: Map<string, number>): string {
  return [...m].map(([k, v]) => (v === 1 ? k : `${k}^${Math.round(v * 10) / 10}`)).join('|');
}

/** Walk an encoded count list ("a|b^2|c") without building a map. */
function eachCount(s: string, visit: (key: string, count: number) => void): void {
  if (!s) return;
  let from = 0;
  while (from <= s.length) {
    let to = s.indexOf('|', from);
    if (to < 0) to = s.length;
    const part = s.slice(from, to);
    const caret = part.lastIndexOf('^');
    if (caret < 0) visit(part, 1);
    else visit(part.slice(0, caret), Number(part.slice(caret + 1)));
    from = to + 1;
  }
}

export function decodeCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  if (!s) return m;
  for (const part of s.split('|')) {
    const i = part.lastIndexOf('^');
    if (i < 0) m.set(part, 1);
    else m.set(part.slice(0, i), Number(part.slice(i + 1)));
  }
  return m;
}

const REBUILD_HINT = 'Rebuild it with `npm run index`.';

/** Check and decode the match part of an index file. Every failure is one readable sentence. */
export function parseIndex(json: unknown, readShard: (shard: number) => Promise<unknown>): Outcome<LoadedIndex> {
  const f = json as Partial<MatchIndexFile> | null;
  if (!f || typeof f !== 'object' || f.format !== INDEX_FORMAT || !Array.isArray(f.docs))
    return { ok: false, error: 'index-missing', message: `The report index is missing or damaged. ${REBUILD_HINT}` };
  if (f.version !== INDEX_VERSION)
    return { ok: false, error: 'index-outdated', message: `The report index is version ${String(f.version)}, this Parallax reads version ${INDEX_VERSION}. ${REBUILD_HINT}` };
  const docs: Doc[] = [];
  const byId = new Map<string, number>();
  const stories = new Map<number, number[]>();
  for (const row of f.docs) {
    if (!Array.isArray(row) || row.length < 8 || typeof row[0] !== 'string' || typeof row[4] !== 'string' || typeof row[5] !== 'string')
      return { ok: false, error: 'index-missing', message: `The report index is damaged. ${REBUILD_HINT}` };
    const doc = new Doc(row as IndexedDoc);
    const i = docs.length;
    (stories.get(doc.story) ?? stories.set(doc.story, []).get(doc.story)!).push(i);
    byId.set(doc.id, i);
    docs.push(doc);
  }
  // The first of the two passes also sums each report's length for BM25. The encoded rows are walked in place:
  // decoding them into maps twice for every report was most of the load time (10k reports: 285 ms).
  let pass = 0;
  const postings = postingTable((visit) => {
    pass++;
    f.docs!.forEach((row, i) => eachCount(row[4], (t, c) => {
      if (pass === 1) docs[i].length += c;
      visit(i, t, c);
    }));
  });
  const total = docs.reduce((sum, doc) => sum + doc.length, 0);
  const entityPostings = postingTable((visit) => f.docs!.forEach((row, i) => eachCount(row[5], (k) => visit(i, k, 1))));
  const shards = f.shards ?? 1;
  const bodies = createBodyLoader(readShard, (id) => {
    const i = byId.get(id);
    return i === undefined ? undefined : shardOf(docs[i].story, shards);
  });
  return { ok: true, value: { version: f.version, shards, docs, byId, postings, entityPostings, avgLength: docs.length ? total / docs.length : 0, stories, bodies } };
}

/** A body loader over any way of reading the shard files (fs in Node, fetch of the extension's own files). */
export function createBodyLoader(readShard: (shard: number) => Promise<unknown>, shardOfId: (id: string) => number | undefined): BodyLoader {
  const cache = new Map<number, Promise<Record<string, StoredReport>>>();
  return {
    async get(id) {
      const shard = shardOfId(id);
      if (shard === undefined) return null;
      if (!cache.has(shard))
        cache.set(shard, readShard(shard).then((f) => ((f as BodyShardFile)?.format === INDEX_FORMAT ? (f as BodyShardFile).reports : {})));
      return (await cache.get(shard)!)[id] ?? null;
    },
  };
}

export function shardFileName(shard: number): string {
  return `bodies-${shard}.json`;
}
