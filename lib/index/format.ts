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

/** A loaded report of the match part, features decoded. */
export interface Doc {
  id: string;
  title: string;
  outlet: string | null;
  story: number;
  terms: Map<string, number>;
  entities: Map<string, number>;
  names: string[];
  quantities: string[];
  length: number;
}

export interface LoadedIndex {
  version: number;
  shards: number;
  docs: Doc[];
  byId: Map<string, number>;
  /** Stem -> [doc index, count] postings for the lexical prefilter. */
  postings: Map<string, [number, number][]>;
  /** Entity key -> doc indices. */
  entityPostings: Map<string, number[]>;
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
  const postings = new Map<string, [number, number][]>();
  const entityPostings = new Map<string, number[]>();
  const stories = new Map<number, number[]>();
  let total = 0;
  for (const row of f.docs) {
    if (!Array.isArray(row) || row.length < 8 || typeof row[0] !== 'string')
      return { ok: false, error: 'index-missing', message: `The report index is damaged. ${REBUILD_HINT}` };
    const [id, title, outlet, story, terms, entities, names, quantities] = row;
    const i = docs.length;
    const doc: Doc = { id, title, outlet, story, terms: decodeCounts(terms), entities: decodeCounts(entities), names: names ? names.split('|') : [], quantities: quantities ? quantities.split('|') : [], length: 0 };
    for (const [t, c] of doc.terms) {
      doc.length += c;
      (postings.get(t) ?? postings.set(t, []).get(t)!).push([i, c]);
    }
    for (const k of doc.entities.keys()) (entityPostings.get(k) ?? entityPostings.set(k, []).get(k)!).push(i);
    (stories.get(story) ?? stories.set(story, []).get(story)!).push(i);
    total += doc.length;
    byId.set(id, i);
    docs.push(doc);
  }
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
