// Same-story score of two reports, 0..1: shared distinctive names, shared title-and-lead vocabulary, shared quantities.
import { publishedApart } from '../extract/published';
import type { MatchFeatures } from '../index/features';
import { weightOf } from '../compare/carried';
import { sameNameKey } from '../text/names';
import { contentStems } from '../text/words';


export interface TermWeights {
  /** Inverse document frequency of a stem, smoothed by background weights so a handful of reports still ranks well. */
  idf(stem: string): number;
  /** Weight of an entity key: rare names count more than names every story carries. */
  entityIdf(key: string): number;
}

/** A key of `b` that names the same thing as `key` in another spelling; names only, and one word at least six letters long. */
function spellingVariant(key: string, b: Map<string, number>): string | null {
  const [kind, name] = splitKey(key);
  if (!name || name.length < 6) return null;
  for (const other of b.keys()) {
    const [otherKind, otherName] = splitKey(other);
    if (otherKind === kind && otherName && otherName.length >= 6 && sameNameKey(name, otherName)) return other;
  }
  return null;
}
const splitKey = (k: string): [string, string] => {
  const at = k.indexOf(':');
  return at < 0 ? ['', k] : [k.slice(0, at), k.slice(at + 1)];
};

/** Weighted overlap of names, relative to the smaller side: a short report naming only some of the long one's people still matches. */
export function entityOverlap(a: Map<string, number>, b: Map<string, number>, w: TermWeights): number {
  let shared = 0, ta = 0, tb = 0;
  for (const [k, v] of a) {
    const x = v * w.entityIdf(k);
    ta += x;
    if (b.has(k)) shared += Math.min(v, b.get(k)!) * w.entityIdf(k);
    else {
      // The same name in another transliteration ("Palaiochori" / "Paleochori", "Aliakmonas" / "Aliakmon").
      const variant = spellingVariant(k, b);
      if (variant) shared += Math.min(v, b.get(variant)!) * w.entityIdf(k);
    }
  }
  for (const [k, v] of b) tb += v * w.entityIdf(k);
  const small = Math.min(ta, tb);
  // Fewer than ~3 weighted names on a side is not enough evidence on its own.
  return small === 0 ? 0 : shared / Math.max(small, 3);
}

export function cosine(a: Map<string, number>, b: Map<string, number>, w: TermWeights): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, c] of a) {
    const x = c * w.idf(t) * weightOf(t);
    na += x * x;
    const d = b.get(t);
    if (d) dot += x * d * w.idf(t) * weightOf(t);
  }
  for (const [t, c] of b) {
    const y = c * w.idf(t) * weightOf(t);
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function quantityOverlap(a: string[], b: string[]): number {
  const fact = (q: string) => !q.startsWith('day:') && !q.startsWith('published:');
  const qa = a.filter(fact), qb = b.filter(fact);
  if (!qa.length || !qb.length) return 0;
  const sb = new Set(qb);
  const shared = qa.filter((q) => sb.has(q)).length;
  return Math.min(1, shared / 2);
}

/**
 * The days the two leads put their events on, when both name any: reports of one event share at least one ("on
 * Tuesday" / "late on Tuesday … on Wednesday"); a council vote on Thursday is not Tuesday's fire.
 */
export function sameDays(a: MatchFeatures, b: MatchFeatures): boolean {
  const da = a.quantities.filter((q) => q.startsWith('day:')), db = new Set(b.quantities.filter((q) => q.startsWith('day:')));
  return !da.length || !db.size || da.some((d) => db.has(d));
}

export const SCORE_WEIGHTS = { entities: 0.45, terms: 0.35, quantities: 0.1, fuzzyNames: 0.1 };

/**
 * Similarity of what happened, not of who: the title-and-lead vocabulary with every word of a name taken out. Two
 * reports of one event share its verbs and nouns ("fire", "warehouse", "injured"); an earlier announcement by the
 * same firm in the same place shares the names and little else.
 */
export function eventSimilarity(a: MatchFeatures, b: MatchFeatures, w: TermWeights): number {
  const nameWords = new Set<string>();
  for (const f of [a, b]) {
    for (const k of f.entities.keys()) for (const x of k.split(' ')) nameWords.add(x);
    for (const n of f.names) for (const x of contentStems(n)) nameWords.add(x);
  }
  const strip = (m: Map<string, number>) => new Map([...m].filter(([k]) => !nameWords.has(k)));
  return cosine(strip(a.terms), strip(b.terms), w);
}

/**
 * Below this event similarity two reports tell different events, however many names they share. It was 0.18 until the
 * day test below took over most of telling other events apart; a trade report in its own jargon ("chute slab
 * failure" for "the spillway broke") shares little more than this with a general report of the same event.
 */
export const DEFAULT_MIN_EVENT_SIMILARITY = 0.06;

/**
 * Whether two reports can tell one event at all: some shared vocabulary of what happened, no other day, and not
 * published years (or, when both give the day, months) apart.
 */
export function sameEvent(a: MatchFeatures, b: MatchFeatures, w: TermWeights): boolean {
  return whatAndWhenAgree(a, b, w) && !publishedApart(publishedOf(a), publishedOf(b));
}

/** Some shared vocabulary of what happened, and no other day. */
function whatAndWhenAgree(a: MatchFeatures, b: MatchFeatures, w: TermWeights): boolean {
  return eventSimilarity(a, b, w) >= DEFAULT_MIN_EVENT_SIMILARITY && sameDays(a, b);
}

const publishedOf = (f: MatchFeatures) => f.quantities.find((q) => q.startsWith('published:'))?.slice('published:'.length);

export function sameStoryScore(a: MatchFeatures, b: MatchFeatures, w: TermWeights, fuzzyNames: number): number {
  // Reports published years apart (an announcement and the vote on it) are two stories, whatever names they share.
  if (publishedApart(publishedOf(a), publishedOf(b))) return 0;
  // Names alone never make one story: a report of another event by the same people, or of an event on other days,
  // scores half.
  const event = whatAndWhenAgree(a, b, w) ? 1 : 0.5;
  return event * namesAndWords(a, b, w, fuzzyNames);
}

function namesAndWords(a: MatchFeatures, b: MatchFeatures, w: TermWeights, fuzzyNames: number): number {
  const s =
    SCORE_WEIGHTS.entities * Math.min(1, entityOverlap(a.entities, b.entities, w)) +
    SCORE_WEIGHTS.terms * Math.min(1, cosine(a.terms, b.terms, w) * 1.6) +
    SCORE_WEIGHTS.quantities * quantityOverlap(a.quantities, b.quantities) +
    SCORE_WEIGHTS.fuzzyNames * fuzzyNames;
  return Math.max(0, Math.min(1, s));
}
