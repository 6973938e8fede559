// Find the indexed reports of the same story: BM25 prefilter over title, lead and names, fuse.js for name spellings, then a same-story score.
import Fuse from 'fuse.js';
import { DEFAULT_PREFILTER_CANDIDATES, DEFAULT_RELATED_THRESHOLD } from '../config';
import type { MatchFeatures } from '../index/features';
import { type Doc, documentFrequency, type LoadedIndex, postingsOf } from '../index/format';
import { COMMON_NEWS_WORDS } from '../text/words';
import { SCORE_WEIGHTS, sameEvent, sameStoryScore, type TermWeights } from './score';

export interface RelatedMatch {
  index: number;
  doc: Doc;
  score: number;
}

/** Documents assumed behind every index, so that words every news story uses never look rare in a small index. */
const BACKGROUND_DOCS = 50;
const BM25_K1 = 1.2, BM25_B = 0.75;

/** Term and entity weights of an index, memoised per index: the postings never change once loaded. */
const weightCache = new WeakMap<LoadedIndex, TermWeights>();

export function termWeights(index: LoadedIndex): TermWeights {
  const cached = weightCache.get(index);
  if (cached) return cached;
  const n = index.docs.length + BACKGROUND_DOCS;
  const idfs = new Map<string, number>(), entityIdfs = new Map<string, number>();
  const w: TermWeights = {
    idf(stem) {
      let v = idfs.get(stem);
      if (v === undefined) {
        const df = documentFrequency(index.postings, stem) + (COMMON_NEWS_WORDS.has(stem) ? BACKGROUND_DOCS : 1);
        idfs.set(stem, (v = Math.log(1 + n / df)));
      }
      return v;
    },
    entityIdf(key) {
      let v = entityIdfs.get(key);
      if (v === undefined) {
        const df = documentFrequency(index.entityPostings, key) + 1;
        entityIdfs.set(key, (v = Math.log(1 + (index.docs.length + 10) / df)));
      }
      return v;
    },
  };
  weightCache.set(index, w);
  return w;
}

export function docFeatures(doc: Doc): MatchFeatures {
  return { terms: doc.terms, entities: doc.entities, names: doc.names, quantities: doc.quantities };
}

const lengthCache = new WeakMap<LoadedIndex, Float64Array>();
function docLengths(index: LoadedIndex): Float64Array {
  let l = lengthCache.get(index);
  if (!l) lengthCache.set(index, (l = Float64Array.from(index.docs, (d) => d.length)));
  return l;
}

/** Score accumulator reused across queries (one per index size): no Map churn on the hot path. */
let scratch = new Float64Array(0);

/** BM25 over title/lead terms plus name keys: the few dozen reports worth scoring properly. */
export function prefilter(q: MatchFeatures, index: LoadedIndex, w: TermWeights, limit = DEFAULT_PREFILTER_CANDIDATES, maxPostings = Infinity): number[] {
  if (scratch.length < index.docs.length) scratch = new Float64Array(index.docs.length);
  const scores = scratch;
  const touched: number[] = [];
  const add = (d: number, s: number) => {
    if (scores[d] === 0) touched.push(d);
    scores[d] += s;
  };
  const norm = BM25_K1 * (1 - BM25_B), lenK = (BM25_K1 * BM25_B) / (index.avgLength || 1);
  const lengths = docLengths(index);
  for (const [t, qc] of q.terms) {
    const list = postingsOf(index.postings, t);
    if (!list || COMMON_NEWS_WORDS.has(t) || list.docs.length > maxPostings) continue;
    const idf = w.idf(t) * (BM25_K1 + 1) * Math.min(qc, 2);
    const { docs, counts } = list;
    for (let j = 0; j < docs.length; j++) {
      const d = docs[j], tf = counts[j];
      add(d, (idf * tf) / (tf + norm + lenK * lengths[d]));
    }
  }
  for (const [k, v] of q.entities) {
    const list = postingsOf(index.entityPostings, k);
    if (!list) continue;
    const s = 2 * v * w.entityIdf(k);
    for (const d of list.docs) add(d, s);
  }
  // Top `limit` by a bounded selection; ties keep first-touched order, as the former stable sort did.
  const top: number[] = [];
  for (const d of touched) {
    const s = scores[d];
    if (top.length === limit && s <= scores[top[limit - 1]]) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    while (i > 0 && scores[top[i - 1]] < s) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = d;
  }
  const out = top.slice(0, limit);
  for (const d of touched) scores[d] = 0;
  return out;
}

/** Lower-cased pieces of a name: a text within fuse's error budget of the name contains one of them unchanged. */
const piecesCache = new Map<string, string[]>();
function exactPieces(name: string): string[] {
  let pieces = piecesCache.get(name);
  if (pieces) return pieces;
  const lower = name.toLowerCase();
  // Fuse's bitap accepts k = floor(threshold × length) edits; k edits leave one of k+1 pieces intact.
  // Patterns over 32 characters are split by fuse itself: no filter for those.
  const k = Math.floor(lower.length * FUZZY_NAME_THRESHOLD + 1e-9);
  const size = Math.floor(lower.length / (k + 1));
  pieces = size < 1 || lower.length > 32 ? [] : Array.from({ length: k + 1 }, (_, i) => lower.slice(i * size, i === k ? undefined : (i + 1) * size));
  if (piecesCache.size > 50_000) piecesCache.clear();
  piecesCache.set(name, pieces);
  return pieces;
}

const FUZZY_NAME_THRESHOLD = 0.3;

/** Share of the query's names that fuse.js finds, fuzzily, among a candidate's names (Zelenskiy ~ Zelenskyy, Yury ~ Yuri). */
export function fuzzyNameShare(queryNames: string[], docNames: string[]): number {
  if (!queryNames.length || !docNames.length) return 0;
  // Pigeonhole filter before fuse: names sharing no exact piece cannot be within its edit budget, so fuse only sees plausible pairs.
  const lowerDoc = docNames.map((n) => n.toLowerCase());
  const plausible = queryNames.filter((name) => {
    const pieces = exactPieces(name);
    return pieces.length === 0 || pieces.some((p) => lowerDoc.some((d) => d.includes(p)));
  });
  if (!plausible.length) return 0;
  const fuse = new Fuse(docNames, { includeScore: true, threshold: FUZZY_NAME_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 });
  let hits = 0;
  for (const name of plausible) if (fuse.search(name, { limit: 1 }).length) hits++;
  return hits / queryNames.length;
}

export interface FindOptions {
  /** Id of the article itself, when it is in the index: never listed. */
  selfId?: string;
  threshold?: number;
  /** Fuzzy name matching with fuse.js (off when clustering a whole index at build time). */
  fuzzy?: boolean;
  /** Skip terms on more reports than this in the prefilter: they weigh little and cost most (set when clustering a large index). */
  maxPostings?: number;
  /** Widen the answer with precomputed story mates (off while the clusters are being built). */
  clusters?: boolean;
}

/** Reports judged to cover the same story, best first. */
export function findRelatedReports(q: MatchFeatures, index: LoadedIndex, opts: FindOptions = {}): RelatedMatch[] {
  const w = termWeights(index);
  const threshold = opts.threshold ?? DEFAULT_RELATED_THRESHOLD;
  const fuzzy = opts.fuzzy !== false;
  const candidates = prefilter(q, index, w, DEFAULT_PREFILTER_CANDIDATES, opts.maxPostings);
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
  const strong = [...scored].filter(([, s]) => s >= threshold).sort((a, b) => b[1] - a[1]).map(([i]) => i);
  const strongStories = new Set(strong.map((i) => index.docs[i].story));
  const below: [number, number][] = [];
  for (const [i, s] of scored) {
    const doc = index.docs[i];
    if (doc.id === opts.selfId) continue;
    const bar = strongStories.has(doc.story) ? threshold * 0.85 : threshold;
    if (s >= bar) out.push({ index: i, doc, score: Math.round(s * 1000) / 1000 });
    else if (s >= threshold * DEFAULT_BRIDGED_SHARE) below.push([i, s]);
  }
  // The best few below the bar may come in through a strong match (the best few of those).
  if (opts.clusters !== false && strong.length) {
    const via = strong.slice(0, DEFAULT_MAX_BRIDGED);
    for (const [i, s] of below.sort((a, b) => b[1] - a[1]).slice(0, DEFAULT_MAX_BRIDGED))
      if (bridged(q, i, via, index, w, threshold)) out.push({ index: i, doc: index.docs[i], score: Math.round(s * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * A story mate told in other words: the article and the report share little directly (a local report and a trade
 * report in its own jargon), but both match one third report of the story strongly, and nothing says they tell
 * different events (some vocabulary of what happened in common, no other day).
 */
function bridged(q: MatchFeatures, j: number, strong: number[], index: LoadedIndex, w: TermWeights, threshold: number): boolean {
  // One event first, then the strong bridge; fuse.js only when spelling could still lift a bridge over the bar.
  const doc = index.docs[j];
  const mate = docFeatures(doc);
  if (!sameEvent(q, mate, w)) return false;
  for (const i of strong) {
    if (i === j) continue;
    const via = docFeatures(index.docs[i]);
    const plain = sameStoryScore(via, mate, w, 0);
    if (plain >= threshold) return true;
    if (plain + SCORE_WEIGHTS.fuzzyNames >= threshold && sameStoryScore(via, mate, w, fuzzyNameShare(via.names, mate.names)) >= threshold) return true;
  }
  return false;
}

/** A bridged story mate still needs this share of the bar on its own: a third report vouches, it does not invent. */
export const DEFAULT_BRIDGED_SHARE = 0.33;
/** How many reports below the bar are tried, and through how many strong matches: the cost stays flat. */
export const DEFAULT_MAX_BRIDGED = 3;
