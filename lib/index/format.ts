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

export type StoredReport = Pick<Article, 'title' | 'outlet' | 'sentences'>;

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

/** Documents holding one term, and how often: parallel typed arrays, compact and quick to walk. */
export interface Postings {
  docs: Int32Array;
  counts: Uint16Array;
}

export interface LoadedIndex {
  version: number;
  shards: number;
  docs: Doc[];
  byId: Map<string, number>;
  /** Stem -> postings for the lexical prefilter. */
  postings: Map<string, Postings>;
  /** Entity key -> doc indices. */
  entityPostings: Map<string, Int32Array>;
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
  // Two passes over the rows: count each term's documents, then fill typed arrays of exactly that size.
  const termDf = new Map<string, number>(), entityDf = new Map<string, number>();
  for (const row of f.docs) {
    if (!Array.isArray(row) || row.length < 8 || typeof row[0] !== 'string' || typeof row[4] !== 'string' || typeof row[5] !== 'string')
      return { ok: false, error: 'index-missing', message: `The report index is damaged. ${REBUILD_HINT}` };
    const doc = new Doc(row as IndexedDoc);
    const i = docs.length;
    for (const [t, c] of doc.terms) {
      doc.length += c;
      termDf.set(t, (termDf.get(t) ?? 0) + 1);
    }
    for (const k of doc.entities.keys()) entityDf.set(k, (entityDf.get(k) ?? 0) + 1);
    (stories.get(doc.story) ?? stories.set(doc.story, []).get(doc.story)!).push(i);
    byId.set(doc.id, i);
    docs.push(doc);
  }
  const postings = new Map<string, Postings>();
  for (const [t, n] of termDf) postings.set(t, { docs: new Int32Array(n), counts: new Uint16Array(n) });
  const entityPostings = new Map<string, Int32Array>();
  for (const [k, n] of entityDf) entityPostings.set(k, new Int32Array(n));
  const fill = new Map<string, number>(), fillEntity = new Map<string, number>();
  let total = 0;
  docs.forEach((doc, i) => {
    total += doc.length;
    for (const [t, c] of doc.terms) {
      const at = fill.get(t) ?? 0;
      const p = postings.get(t)!;
      p.docs[at] = i;
      p.counts[at] = Math.min(c, 65535);
      fill.set(t, at + 1);
    }
    for (const k of doc.entities.keys()) {
      const at = fillEntity.get(k) ?? 0;
      entityPostings.get(k)![at] = i;
      fillEntity.set(k, at + 1);
    }
  });
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
