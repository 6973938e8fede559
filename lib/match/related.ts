// Find the indexed reports of the same story: BM25 prefilter over title, lead and names, fuse.js for name spellings, then a same-story score.
import Fuse from 'fuse.js';
import { DEFAULT_PREFILTER_CANDIDATES, DEFAULT_RELATED_THRESHOLD } from '../config';
import type { MatchFeatures } from '../index/features';
import type { Doc, LoadedIndex } from '../index/format';
import { COMMON_NEWS_WORDS } from '../text/words';
import { sameStoryScore, type TermWeights } from './score';

export interface RelatedMatch {
  index: number;
  doc: Doc;
  score: number;
}

/** Documents assumed behind every index, so that words every news story uses never look rare in a small index. */
const BACKGROUND_DOCS = 50;
const BM25_K1 = 1.2, BM25_B = 0.75;

export function termWeights(index: LoadedIndex): TermWeights {
  const n = index.docs.length + BACKGROUND_DOCS;
  return {
    idf(stem) {
      const df = (index.postings.get(stem)?.length ?? 0) + (COMMON_NEWS_WORDS.has(stem) ? BACKGROUND_DOCS : 1);
      return Math.log(1 + n / df);
    },
    entityIdf(key) {
      const df = (index.entityPostings.get(key)?.length ?? 0) + 1;
      return Math.log(1 + (index.docs.length + 10) / df);
    },
  };
}

export function docFeatures(doc: Doc): MatchFeatures {
  return { terms: doc.terms, entities: doc.entities, names: doc.names, quantities: doc.quantities };
}

/** BM25 over title/lead terms plus name keys: the few dozen reports worth scoring properly. */
export function prefilter(q: MatchFeatures, index: LoadedIndex, w: TermWeights, limit = DEFAULT_PREFILTER_CANDIDATES): number[] {
  const scores = new Map<number, number>();
  for (const [t, qc] of q.terms) {
    const list = index.postings.get(t);
    if (!list || COMMON_NEWS_WORDS.has(t)) continue;
    const idf = w.idf(t);
    for (const [d, tf] of list) {
      const len = index.docs[d].length;
      const s = (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * len) / (index.avgLength || 1)));
      scores.set(d, (scores.get(d) ?? 0) + s * Math.min(qc, 2));
    }
  }
  for (const [k, v] of q.entities) {
    const list = index.entityPostings.get(k);
    if (!list) continue;
    const s = 2 * v * w.entityIdf(k);
    for (const d of list) scores.set(d, (scores.get(d) ?? 0) + s);
  }
  return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([d]) => d);
}

/** Share of the query's names that fuse.js finds, fuzzily, among a candidate's names (Zelenskiy ~ Zelenskyy, Yury ~ Yuri). */
export function fuzzyNameShare(queryNames: string[], docNames: string[]): number {
  if (!queryNames.length || !docNames.length) return 0;
  const fuse = new Fuse(docNames, { includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 });
  let hits = 0;
  for (const name of queryNames) if (fuse.search(name, { limit: 1 }).length) hits++;
  return hits / queryNames.length;
}

export interface FindOptions {
  /** Id of the article itself, when it is in the index: never listed. */
  selfId?: string;
  threshold?: number;
  /** Fuzzy name matching with fuse.js (off when clustering a whole index at build time). */
  fuzzy?: boolean;
  /** Widen the answer with precomputed story mates (off while the clusters are being built). */
  clusters?: boolean;
}

/** Reports judged to cover the same story, best first. */
export function findRelatedReports(q: MatchFeatures, index: LoadedIndex, opts: FindOptions = {}): RelatedMatch[] {
  const w = termWeights(index);
  const threshold = opts.threshold ?? DEFAULT_RELATED_THRESHOLD;
  const fuzzy = opts.fuzzy !== false;
  const candidates = prefilter(q, index, w);
  const scored = new Map<number, number>();
  for (const i of candidates) {
    const doc = index.docs[i];
    scored.set(i, sameStoryScore(q, docFeatures(doc), w, fuzzy ? fuzzyNameShare(q.names, doc.names) : 0));
  }
  // Story mates of a strong match come from the precomputed cluster, and need less evidence of their own.
  if (opts.clusters !== false) for (const [i, s] of [...scored]) {
    if (s < threshold) continue;
    for (const j of index.stories.get(index.docs[i].story) ?? []) {
      if (scored.has(j)) continue;
      const doc = index.docs[j];
      scored.set(j, sameStoryScore(q, docFeatures(doc), w, fuzzyNameShare(q.names, doc.names)));
    }
  }
  const out: RelatedMatch[] = [];
  const strongStories = new Set([...scored].filter(([, s]) => s >= threshold).map(([i]) => index.docs[i].story));
  for (const [i, s] of scored) {
    const doc = index.docs[i];
    if (doc.id === opts.selfId) continue;
    const bar = strongStories.has(doc.story) ? threshold * 0.85 : threshold;
    if (s >= bar) out.push({ index: i, doc, score: Math.round(s * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score);
}
