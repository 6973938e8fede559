// Does the other text carry this detail? Same value, other wording, or a different value for the same fact.
import { DEFAULT_CLAIM_CARRIED, DEFAULT_QUOTE_CARRIED } from '../config';
import { CAUSE_UNKNOWN_KEY } from '../details/extract';
import type { RichDetail } from '../details/types';
import currencies from '../language/currencies.json';
import { isEnglishWord } from '../language/words';
import { isGroupNoun, nounsAgree, nounSentences, type NounSentences, sentencesAgreeing } from '../language/nouns';
import { foldNameWord, nameKey, sameNameKey, sameNameWord, sameSoundingName } from '../text/names';
import { DURATION_DAYS, MONTHS, numberValue } from '../text/numbers';
import { placeOf } from '../text/places';
import { COMMON_NEWS_WORDS, contentStems, fold, stem, STOPWORDS, words } from '../text/words';

const isPlace = (concept: string) => placeOf(concept) === concept;
import type { Side } from './side';

export type Carried =
  | { how: 'same'; detail?: RichDetail; sentenceIndex: number }
  | { how: 'reworded'; detail: RichDetail }
  | { how: 'conflict'; detail: RichDetail }
  | null;

/**
 * Common news words count less than the words that make a fact particular; so do countries and capitals,
 * which every sentence of a story about them shares.
 */
export function weightOf(stem: string): number {
  return COMMON_NEWS_WORDS.has(stem) ? 0.25 : isPlace(stem) ? 0.3 : 1;
}

/** Weighted share of `stems` found in `target`. */
export function containment(stems: string[], target: Set<string>): number {
  let total = 0, found = 0;
  for (const s of new Set(stems)) {
    const w = weightOf(s);
    total += w;
    if (target.has(s)) found += w;
  }
  return total === 0 ? 0 : found / total;
}

/** WordNet's view of the other side's nouns, per side, built when first needed. */
const nounIndex = new WeakMap<Side, NounSentences>();
function nounsOf(side: Side): NounSentences {
  let n = nounIndex.get(side);
  if (!n) nounIndex.set(side, (n = nounSentences(side.sentenceStems)));
  return n;
}

/**
 * The sentence of the other text holding the largest weighted share of `stems` (ties go to the earlier sentence), and
 * the share found anywhere in the text. With `kinds`, a noun also counts as found where a sentence has one that agrees
 * with it in WordNet (the same sense, or a kind of it: "blaze" / "fire", "regulations" / "rules").
 */
function shares(stems: string[], other: Side, kinds: boolean): { index: number; share: number; documentShare: number } {
  let total = 0, anywhere = 0;
  const found = new Map<number, number>();
  for (const s of new Set(stems)) {
    const w = weightOf(s);
    total += w;
    const exact = other.sentencesOf.get(s) ?? nameVariantSentences(s, other);
    const where = kinds && w === 1 ? new Set([...exact, ...sentencesAgreeing(s, nounsOf(other))]) : exact;
    if ((where instanceof Set ? where.size : where.length) > 0) anywhere += w;
    for (const i of where) found.set(i, (found.get(i) ?? 0) + w);
  }
  let index = -1, best = 0;
  for (const [i, f] of found) if (f > best || (f === best && i < index)) [index, best] = [i, f];
  return total === 0 ? { index: -1, share: 0, documentShare: 0 } : { index, share: best / total, documentShare: anywhere / total };
}

/** An organisation named by the first words of its full name: "Baltic Bulk" for "Baltic Bulk Shipping A/S". */
function shortNameOf(a: string, b: string): boolean {
  const [x, y] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  return x.length >= 2 && x.length < y.length && x.every((w, i) => w === y[i]);
}

/** Per side: its name words (folded for spelling variants) and the answers already found for stems it lacks. */
const nameWordsOf = new WeakMap<Side, { words: { folded: string; stem: string }[]; found: Map<string, number[]> }>();

/**
 * Sentences of the other text holding a name word spelt differently ("Paleochori" / "Palaiochori", "Aliakmon" /
 * "Aliakmonas"): only words that are not English words, and only against the other text's own name words.
 */
function nameVariantSentences(stem: string, other: Side): number[] {
  if (stem.length < 5) return [];
  let names = nameWordsOf.get(other);
  if (!names) {
    const stems = new Set(other.names.flatMap((d) => contentStems(d.text)));
    const words = [...stems].filter((x) => x.length >= 4 && !isEnglishWord(x) && other.sentencesOf.has(x)).map((x) => ({ folded: foldNameWord(x), stem: x }));
    names = { words, found: new Map() };
    nameWordsOf.set(other, names);
  }
  let found = names.found.get(stem);
  if (!found) {
    const folded = isEnglishWord(stem) ? null : foldNameWord(stem);
    const variant = folded === null ? undefined : names.words.find((w) => w.folded[0] === folded[0] && sameNameWord(w.folded, folded));
    found = variant ? other.sentencesOf.get(variant.stem)! : [];
    names.found.set(stem, found);
  }
  return found;
}

/** The sentence of the other text holding the largest weighted share of `stems`; ties go to the earlier sentence. */
export function bestSentence(stems: string[], other: Side): { index: number; share: number } {
  const { index, share } = shares(stems, other, false);
  return { index, share };
}

/** Like bestSentence, counting WordNet nouns of the same kind as found; also the share found anywhere in the text. */
export function softShares(stems: string[], other: Side): { index: number; share: number; documentShare: number } {
  return shares(stems, other, true);
}

const QUANTITY_KINDS = new Set(['number', 'duration', 'date']);

/** A clock time given loosely ("about 7am", "shortly after 6am") stands for any time this many minutes around it. */
export const DEFAULT_LOOSE_TIME_MINUTES = 30;

/**
 * A clock time the other report gives differently. Reports hold several times (the alarm, the arrival, the all-clear),
 * so two times are one fact told differently only when the other report gives a single clock time.
 */
function clockTimeCarried(d: RichDetail, other: Side): Carried {
  const times = other.details.filter((o) => o.kind === 'time' && o.value !== undefined);
  const loose = (t: RichDetail) => /^(about|around|shortly|just|by)\b/i.test(t.text);
  const near = times.find((o) => Math.abs(o.value! - d.value!) <= (loose(d) || loose(o) ? DEFAULT_LOOSE_TIME_MINUTES : 0));
  if (near) return { how: 'same', detail: near, sentenceIndex: near.sentenceIndex };
  // Universal time against local time: the zone's offset, whole or half hours, may be all that separates them
  // ("04:30 UTC" / "6.30am local time"). Whether they are one moment cannot be told, so neither is news or a conflict.
  const zoned = times.find((o) => o.unit !== d.unit && minutesApart(o.value!, d.value!) % 30 === 0 && minutesApart(o.value!, d.value!) <= 14 * 60);
  if (zoned) return { how: 'same', detail: zoned, sentenceIndex: zoned.sentenceIndex };
  // "Past midnight", "overnight" in the other report: any time within an hour of midnight.
  const midnight = other.byKey.get('time:midnight');
  if (midnight && minutesApart(d.value!, 0) <= 60) return { how: 'same', detail: midnight, sentenceIndex: midnight.sentenceIndex };
  // Reports that get one moment wrong stay within a few hours of each other (6.15am or 7am; 3.50pm or 4.40pm); noon and
  // 11.40pm are two moments.
  const rivals = times.filter((o) => minutesApart(o.value!, d.value!) <= DEFAULT_MAX_CONFLICT_MINUTES);
  if (new Set(times.map((t) => t.key)).size === 1) return rivals.length ? { how: 'conflict', detail: rivals[0]! } : null;
  // Among several times, the one whose sentence tells the same moment: it shares the most particular words with this
  // one's, and at least a few ("staff saw water bursting up through the chute" / "a camera showed water spraying up
  // through the spillway").
  const mine = new Set(d.context.filter((c) => weightOf(c) === 1));
  let best: RichDetail | null = null, shared = 0;
  for (const o of rivals) {
    const n = new Set(o.context.filter((c) => mine.has(c))).size;
    if (n > shared) [best, shared] = [o, n];
  }
  return best && shared >= DEFAULT_SAME_MOMENT_WORDS ? { how: 'conflict', detail: best } : null;
}

/** Minutes between two times of day, either way round the clock (23:50 and 00:10 are 20 apart). */
const minutesApart = (a: number, b: number) => Math.min(Math.abs(a - b), 1440 - Math.abs(a - b));

/** Two clock times further apart than this are two moments, never one told differently. */
export const DEFAULT_MAX_CONFLICT_MINUTES = 180;

/** Particular words two sentences with different clock times must share to be telling one moment. */
export const DEFAULT_SAME_MOMENT_WORDS = 3;

/**
 * An organisation the other report names only by what it is ("Crews from the Environment Agency" / "the agency's
 * response team", "Hellenic Army engineering units" / "army engineers"): its last word is a common noun the other
 * report uses in lower case, and no other organisation there ends in that word.
 */
function byItsHead(d: RichDetail, other: Side): Carried {
  const words = d.text.split(/\s+/);
  if (words.length < 2) return null;
  const head = fold(words[words.length - 1]!);
  // Only a body WordNet knows by its members ("army", "police", "council"): "Northline Freight" is not "a freight train".
  if (!isEnglishWord(head) || !isGroupNoun(stem(head))) return null;
  const rivals = other.names.some((o) => o.kind === 'organisation' && /\s/.test(o.text) && fold(o.text.split(/\s+/).pop()!) === head);
  if (rivals) return null;
  // In lower case, or opening a sentence ("Army engineers were working through the night").
  const opening = head[0]!.toUpperCase() + head.slice(1);
  const mention = new RegExp(`(^|[^\\p{L}])${head}(?![\\p{L}])|^\\W*${opening}(?![\\p{L}])`, 'u');
  const at = other.article.sentences.findIndex((s) => mention.test(s));
  return at >= 0 ? { how: 'same', sentenceIndex: at } : null;
}

/** Counts of nobody harmed ("No one was hurt": number:0:injur), and the words that say what a count of harm counts. */
const isZeroHarm = (d: RichDetail) => d.key === 'number:0:injur' || d.key === 'number:0:kill';
const HARM_WORDS: Record<string, Set<string>> = { injur: new Set(['hurt', 'injur', 'injury', 'wound', 'harm']), kill: new Set(['kill']) };

/** A date of a year alone ("date:2025"), and the year of any date keyed by it ("date:2025-6" is 2025). */
const yearOnly = (x: RichDetail) => /^date:\d{4}$/.test(x.key);
const yearIn = (x: RichDetail) => /^date:(\d{4})(?:-|$)/.exec(x.key)?.[1];
/** A magnitude in words ("dozens", "hundreds"), not a figure. */
const vague = (x: RichDetail) => x.key.startsWith('vague:');

/** The month of a date detail (1-12), or null: "date:month-11", "date:2025-11", "date:november-12". */
function monthOfDate(d: RichDetail): number | null {
  if (d.kind !== 'date') return null;
  const [, a, b] = /^date:([a-z\d]+)-(\d+)$/.exec(d.key) ?? [];
  if (!a) return null;
  if (a === 'month' || /^\d{4}$/.test(a)) return Number(b);
  const i = MONTHS.indexOf(a);
  return i >= 0 ? i + 1 : null;
}

/** A plain count (people, items), not money, a percentage or a measure in units. */
function isCount(d: RichDetail): boolean {
  return (d.key.startsWith('number:') || d.key.startsWith('vague:')) && !/:(percent|tonne|kilogram|kilometre|metre|square|hectare|litre|megawatt|megawatt-hour|celsius)$/.test(d.key) && !d.key.startsWith('age:');
}

/** Magnitude words and the range of counts they stand for. */
const VAGUE_RANGES: Record<string, [number, number]> = { dozens: [24, 200], scores: [40, 200], hundreds: [200, 1000], thousands: [2000, 10000], millions: [2e6, 1e7] };

/** `a` is the same count as `b`: equal values of ten or more, or a magnitude word ("hundreds") whose range holds the value. */
function countsMeet(a: RichDetail, b: RichDetail): boolean {
  // (A bound meets a count it holds: "more than a dozen data centres" / "14 operational campuses".)
  if (a.value !== undefined && b.value !== undefined) return a.value >= 10 && (a.value === b.value || (!!(a.bound || b.bound) && valueClose(a, b)));
  const range = vague(a) ? VAGUE_RANGES[a.key.split(':')[1].split(' ')[0]] : undefined;
  return !!range && b.value !== undefined && b.value >= range[0] && b.value < range[1];
}

/** The words around two details share a particular word (a name, a rare noun). */
function contextsShare(a: RichDetail, b: RichDetail): boolean {
  const ctx = new Set(b.context);
  return a.context.some((c) => ctx.has(c) && weightOf(c) === 1);
}

/** Two counts are of the same things: their nouns agree ("hundreds of people" / "300 residents"), or, without nouns, their surroundings share a particular word. */
function sameThings(a: RichDetail, b: RichDetail): boolean {
  return a.head && b.head ? nounsAgree(a.head, b.head) : contextsShare(a, b);
}

/** Two quantities describe the same thing when their nouns agree or their surroundings share a particular word. */
function sameQuantity(a: RichDetail, b: RichDetail): boolean {
  if (a.kind !== b.kind) return false;
  // Ages are one person's when the words around them share a name or another particular word.
  if (a.head === 'age' || b.head === 'age') return a.head === b.head && contextsShare(a, b);
  // "No one was hurt" meets a count of people hurt, and nothing else.
  if (isZeroHarm(a) || isZeroHarm(b)) {
    const [zero, count] = isZeroHarm(a) ? [a, b] : [b, a];
    if (isZeroHarm(count)) return zero.key === count.key;
    const words = HARM_WORDS[zero.key.split(':')[2]!]!;
    return isCount(count) && count.context.concat(count.head ? [count.head] : []).some((c) => words.has(c));
  }
  // Heads agree when they are one noun or one is a kind of the other ("14 vehicles" / "twelve wagons").
  const headsAgree = !!a.head && !!b.head && nounsAgree(a.head, b.head);
  if (a.head && b.head && !headsAgree) return false;
  // Hours and years are never two values of one fact.
  if (a.kind === 'duration' && a.unit && b.unit && a.unit !== b.unit && Math.max(DURATION_DAYS[a.unit], DURATION_DAYS[b.unit]) / Math.min(DURATION_DAYS[a.unit], DURATION_DAYS[b.unit]) > 400) return false;
  if (a.kind === 'number' && a.unit && b.unit && !sameUnit(a, b) && !headsAgree && a.head !== b.unit && a.unit !== b.head) return false;
  if (vague(a) !== vague(b)) return false;
  if (headsAgree) return true;
  const ctx = new Set(b.context.concat(b.head ? [b.head] : []));
  // Places are shared by every sentence of a story: they say nothing about which fact a number belongs to.
  const mine = a.context.concat(a.head ? [a.head] : []).filter((c) => weightOf(c) === 1);
  if (mine.some((c) => ctx.has(c))) return true;
  // Or a word of one is a kind of a word of the other: "fought the blaze for six hours" / "four hours to get the fire
  // under control".
  const theirs = [...ctx].filter((c) => weightOf(c) === 1);
  // (A group is not its members here: "people" near one number is not "firefighters" near another.)
  return mine.some((c) => theirs.some((t) => nounsAgree(c, t, false)));
}

/**
 * Two reports that get one figure wrong stay within a few times of each other (seven or nine injured, four or six
 * hours, €2.5m or €4m); sixty against four, or six hours against thirty-five minutes, are two different facts.
 */
export const DEFAULT_MAX_CONFLICT_RATIO = 3;
function plausibleRival(a: RichDetail, b: RichDetail): boolean {
  // "Four of the injured" is a part of "nine people injured", never another value of it.
  if (a.part || b.part) return false;
  const [x, y] = a.kind === 'duration' ? [Number(a.key.split(':')[1]), Number(b.key.split(':')[1])] : [a.value, b.value];
  if (x === undefined || y === undefined || !x || !y) return true;
  return Math.max(x, y) / Math.min(x, y) <= DEFAULT_MAX_CONFLICT_RATIO;
}

function valueClose(a: RichDetail, b: RichDetail): boolean {
  if (a.key === b.key) return true;
  // A tally is two figures: 21 to 11 and 21 to 10 are two results.
  if (a.unit === 'tally' || b.unit === 'tally') return false;
  if (a.value === undefined || b.value === undefined) return false;
  const [x, y] = a.kind === 'duration' ? [Number(a.key.split(':')[1]), Number(b.key.split(':')[1])] : [a.value, b.value];
  if (Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y))) return true;
  // A bound holds the other's figure when it is near it: "more than a dozen" and "14", "up to 1,500" and "1,200".
  const holds = (b: RichDetail, bx: number, v: number) => (b.bound === 'min' && v >= bx) || (b.bound === 'max' && v <= bx);
  if (a.kind === 'number' && (holds(a, x, y) || holds(b, y, x)) && Math.max(x, y) / Math.min(x, y) <= DEFAULT_BOUND_RATIO) return true;
  // Measures stated in different units: one was converted and rounded ("3 miles" / "5 km", "300 tonnes" / "330 tons").
  return a.scale !== undefined && b.scale !== undefined && a.scale !== b.scale && Math.abs(x - y) <= Math.max(a.step ?? 0, b.step ?? 0);
}

/**
 * A rival value is no contradiction when this report gives it too, for the same thing: "the union says thirty-five
 * minutes; the fire chief says fourteen" against a report with only the fourteen. Then this value is simply not carried.
 */
export function rivalAlsoHere(d: RichDetail, rival: RichDetail, here: Side): boolean {
  return here.details.some((x) => x !== d && x.kind === rival.kind && oneValue(x, rival));
}

const DOLLARS = new Set((currencies as { dollars: string[] }).dollars);

/** One unit: the same, or for money a bare "$" and any dollar ("$15m" / "A$15 million"). */
function sameUnit(a: RichDetail, b: RichDetail): boolean {
  if (a.unit === b.unit) return true;
  const money = a.key.startsWith('money:') && b.key.startsWith('money:');
  return money && ((a.unit === '$' && DOLLARS.has(b.unit ?? '')) || (b.unit === '$' && DOLLARS.has(a.unit ?? '')));
}

/** A bound ("more than 60", "up to 1,500") holds a figure on its side of it up to this ratio away. */
export const DEFAULT_BOUND_RATIO = 1.5;

/** Two amounts this far apart or closer may be one fact told differently: 1.8 and 2.1 billion, 120 and 150 MW. */
export const DEFAULT_SOLE_RIVAL_RATIO = 2;

/**
 * A sum of money or a measure neither report pairs otherwise: the one amount in that currency or unit, of that order,
 * in each report ("invest 2.1 billion zlotys" / "spend 1.8 billion zlotys"; "a 120-megawatt data centre" / "a 150MW
 * campus"). The words around them may differ entirely (trade press, other verbs); that each is the other's only
 * counterpart makes them one fact with two values.
 */
export function soleRival(d: RichDetail, from: Side, to: Side): RichDetail | null {
  const measured = (x: RichDetail) => x.kind === 'number' && !x.part && x.value !== undefined && x.value > 0 && !!x.unit && (x.key.startsWith('money:') || x.scale !== undefined);
  if (!measured(d)) return null;
  const near = (x: RichDetail, y: RichDetail) => sameUnit(x, y) && measured(y) && Math.max(x.value!, y.value!) / Math.min(x.value!, y.value!) <= DEFAULT_SOLE_RIVAL_RATIO;
  const theirs = [...new Map(to.details.filter((o) => near(d, o)).map((o) => [o.key, o])).values()];
  if (theirs.length !== 1 || oneValue(d, theirs[0]!)) return null;
  const ours = new Set(from.details.filter((x) => near(theirs[0]!, x)).map((x) => x.key));
  return ours.size === 1 ? theirs[0]! : null;
}

/** One value of one fact: the same key, or values within rounding that describe the same thing. */
function oneValue(a: RichDetail, b: RichDetail): boolean {
  return a.key === b.key || (valueClose(a, b) && sameQuantity(a, b));
}

export function carriedBy(d: RichDetail, other: Side): Carried {
  const sameKey = other.byKey.get(d.key);
  // That the cause is not known is carried only by the other report saying so too, in any words.
  if (d.key === CAUSE_UNKNOWN_KEY) return sameKey ? { how: 'same', detail: sameKey, sentenceIndex: sameKey.sentenceIndex } : null;
  if (d.kind === 'time' && d.value !== undefined && !sameKey) return clockTimeCarried(d, other);
  if (d.kind === 'person' || d.kind === 'organisation' || d.kind === 'place' || d.kind === 'time') {
    if (sameKey) return { how: 'same', detail: sameKey, sentenceIndex: sameKey.sentenceIndex };
    // The same name in another spelling ("Sergei Jukov" / "Sergey Zhukov").
    if (d.kind !== 'time') {
      // Keys of people are their surnames; a firm taken for a person ("Acme Freight") is compared by its whole name too.
      const full = nameKey(d.text);
      const variant = other.names.find((o) => sameNameKey(d.key, o.key) || sameNameKey(full, nameKey(o.text)) || (d.kind !== 'place' && o.kind !== 'place' && shortNameOf(full, nameKey(o.text))) || (d.kind === 'person' && o.kind === 'person' && sameSoundingName(full, nameKey(o.text))));
      if (variant) return { how: 'same', detail: variant, sentenceIndex: variant.sentenceIndex };
    }
    // A name the other text writes in lower case ("U.S. Embassy" / "U.S. embassy").
    const b = bestSentence(d.stems.length ? d.stems : [], other);
    // ("Warehouse 7" needs its number there too: "a warehouse" is any.)
    const designation = /\d+/.exec(d.text)?.[0];
    if (d.stems.length && b.share === 1 && (!designation || new RegExp(`\\b${designation}\\b`).test(other.article.sentences[b.index] ?? ''))) return { how: 'same', sentenceIndex: b.index };
    return d.kind === 'organisation' ? byItsHead(d, other) : null;
  }
  if (QUANTITY_KINDS.has(d.kind)) {
    // "in November" is carried by any date in November ("November 12", "November 2025"), and carries them.
    const month = monthOfDate(d);
    if (month !== null) {
      const m = other.details.find((o) => o.kind === 'date' && monthOfDate(o) === month && (d.key.startsWith('date:month-') || o.key.startsWith('date:month-')));
      if (m) return { how: 'same', detail: m, sentenceIndex: m.sentenceIndex };
    }
    // "last year" (2025) and "in June 2025": one date, one said more loosely.
    if (d.kind === 'date' && yearIn(d)) {
      const y = other.details.find((o) => o.kind === 'date' && yearIn(o) === yearIn(d) && (yearOnly(d) || yearOnly(o)));
      if (y) return { how: 'same', detail: y, sentenceIndex: y.sentenceIndex };
    }
    const same = other.details.find((o) => QUANTITY_KINDS.has(o.kind) && oneValue(d, o));
    if (same) return { how: 'same', detail: same, sentenceIndex: same.sentenceIndex };
    // A count in other words: "some 300 residents" / "around 300 people" / "hundreds of people". Within one story two
    // different facts rarely share a count of ten or more, so the value alone ties them.
    // ("Dozens" meets "about 50" only as a count of the same things, and not when a figure of those things differs:
    // "dozens of boxes went over the side" and "42 containers" against "about 50 containers" is a conflict.)
    const sameCount = other.details.find((o) => o.kind === 'number' && d.kind === 'number' && isCount(d) && isCount(o) && (countsMeet(d, o) || countsMeet(o, d)) && (!(vague(d) || vague(o)) || sameThings(d, o)));
    const preciseRival = sameCount && (vague(d) || vague(sameCount)) ? other.details.find((o) => !vague(o) && QUANTITY_KINDS.has(o.kind) && sameQuantity(d, o) && !valueClose(d, o) && !vague(d) && plausibleRival(d, o)) : undefined;
    if (preciseRival) return { how: 'conflict', detail: preciseRival };
    if (sameCount) return { how: 'same', detail: sameCount, sentenceIndex: sameCount.sentenceIndex };
    // Same value with another unit word: "28-point plan" / "28 draft proposals".
    const sameValue = other.details.find((o) => o.kind === d.kind && o.value !== undefined && o.value === d.value && d.kind === 'number' && (o.head === d.head || o.unit === d.head || o.head === d.unit));
    if (sameValue) return { how: 'same', detail: sameValue, sentenceIndex: sameValue.sentenceIndex };
    // A small count the other report gives in passing, in words it does not take for a figure ("Two containers had come
    // ashore" / "Two of the containers washed up").
    const told = d.kind === 'number' && d.unit ? countInText(d.value, d.unit, other) : -1;
    if (told >= 0) return { how: 'same', sentenceIndex: told };
    // The rival counting the very same noun first ("24 crew" / "the crew of 21", before "30 units").
    const rivals = other.details.filter((o) => QUANTITY_KINDS.has(o.kind) && sameQuantity(d, o) && !valueClose(d, o) && !vague(d) && plausibleRival(d, o));
    const conflict = rivals.find((o) => !!d.head && o.head === d.head) ?? rivals[0];
    return conflict ? { how: 'conflict', detail: conflict } : null;
  }
  if (d.kind === 'quote') {
    const split = splitQuote(d, other);
    if (split) return split;
    let best: RichDetail | null = null, share = 0;
    for (const o of other.details) {
      // Two people saying similar words are two quotes, not one reworded.
      if (o.kind !== 'quote') continue;
      const c = Math.max(containment(d.stems, new Set(o.stems)), containment(o.stems, new Set(d.stems)));
      // Two people saying similar words are two quotes; one quoting a few of the other's exact words is the same quote.
      const sameSpeaker = !d.speaker || !o.speaker || sameNameKey(nameKey(d.speaker), nameKey(o.speaker));
      if (!sameSpeaker && c < 0.99) continue;
      if (c > share) [best, share] = [o, c];
    }
    if (best && share >= DEFAULT_QUOTE_CARRIED) {
      const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      return norm(best.text) === norm(d.text) ? { how: 'same', detail: best, sentenceIndex: best.sentenceIndex } : { how: 'reworded', detail: best };
    }
    // The same speaker quoted or reported in the other text, on the same matter (a particular word in common): "We
    // will see them in court" / "said it would take the decision to the administrative court". One speaker's words in
    // two reports are rarely word for word.
    if (d.speaker) {
      const speaker = nameKey(d.speaker);
      const mine = new Set(d.stems.filter((x) => weightOf(x) === 1));
      const onIt = (i: number) => [...other.sentenceStems[i]!].some((x) => mine.has(x));
      const mate =
        other.details.find((o) => o.kind === 'quote' && o.speaker && sameNameKey(speaker, nameKey(o.speaker)) && onIt(o.sentenceIndex)) ??
        other.details.find((o) => o.kind === 'person' && sameNameKey(speaker, o.key) && onIt(o.sentenceIndex) && SPEECH_RE.test(other.article.sentences[o.sentenceIndex] ?? ''));
      if (mate) return { how: 'same', sentenceIndex: mate.sentenceIndex };
    }
    const b = bestSentence(d.stems, other);
    if (b.share < DEFAULT_QUOTE_CARRIED) return null;
    // A quote of one or two words ("results, not just dialogue") is carried unquoted only in its own words, not in paraphrase.
    if (new Set(d.stems).size < 3 && !literalIn(d.text, other.article.sentences[b.index])) return null;
    return { how: 'same', sentenceIndex: b.index };
  }
  // Claims: carried when one sentence of the other text holds most of the claim's weighted words, and more than one
  // particular word: "held via interpreters" is not carried by "held behind closed doors".
  const b = bestSentence(d.stems, other);
  if (b.share < DEFAULT_CLAIM_CARRIED) return null;
  const particular = new Set(d.stems.filter((x) => weightOf(x) === 1));
  const matched = [...particular].filter((x) => other.sentenceStems[b.index].has(x)).length;
  if (matched < Math.min(2, particular.size)) return null;
  const twin = rewordedClaim(d, other, b.index);
  return twin ? { how: 'reworded', detail: twin } : { how: 'same', sentenceIndex: b.index };
}

/**
 * The other text's claim that says the same in other words ("accused European governments of undermining" /
 * "accused European allies of obstructing"): most of both claims' particular concepts agree, but their words do not.
 */
function rewordedClaim(d: RichDetail, other: Side, sentenceIndex: number): RichDetail | null {
  const mine = new Set(d.stems.filter((x) => weightOf(x) === 1));
  if (mine.size < MIN_REWORDED_CONCEPTS) return null;
  for (const o of other.details) {
    if (o.kind !== 'claim' || o.sentenceIndex !== sentenceIndex) continue;
    const theirs = new Set(o.stems.filter((x) => weightOf(x) === 1));
    const shared = [...mine].filter((x) => theirs.has(x)).length;
    if (shared < MIN_REWORDED_CONCEPTS || shared / Math.max(mine.size, theirs.size) < 0.5) continue;
    // Worth a diff when some words stay and some change: all alike is the same wording, nothing alike is no diff at all.
    const content = (t: string) => [...new Set(words(t).map(fold).filter((w) => !STOPWORDS.has(w)))];
    const a = new Set(content(d.text)), b = content(o.text);
    const sameWords = b.filter((w) => a.has(w)).length / Math.max(a.size, b.length);
    if (sameWords >= 0.3 && sameWords < 0.8) return o;
  }
  return null;
}

/** The sentence of the other text where a count of this value stands before a noun of this kind, or -1. */
function countInText(value: number | undefined, unit: string, other: Side): number {
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 12) return -1;
  for (let i = 0; i < other.body; i++) {
    const ws = words(other.article.sentences[i] ?? '');
    for (let j = 0; j < ws.length; j++) {
      if (numberValue(ws[j]!.toLowerCase()) !== value) continue;
      // The noun within a few words ("two of the containers", "two 40ft containers").
      for (let k = j + 1; k <= j + 4 && k < ws.length; k++) {
        const w = stem(ws[k]!);
        if (w === unit || (/^\p{Ll}/u.test(ws[k]!) && nounsAgree(w, unit, false))) return i;
      }
    }
  }
  return -1;
}

/** A sentence that reports speech. */
const SPEECH_RE = /\b(?:said|says|told|added|warned|insisted|argued|called|described|promised|vowed)\b/i;

/** Concepts two claims must share before their wording is worth a diff. */
const MIN_REWORDED_CONCEPTS = 3;

/** Split quotes ("useful" and "constructive") in one sentence together carry a quote the other text gives whole. */
function splitQuote(d: RichDetail, other: Side): Carried {
  const quotedBySentence = new Map<number, Set<string>>();
  const quotesIn = new Map<number, number>();
  for (const o of other.details) {
    if (o.kind !== 'quote') continue;
    const set = quotedBySentence.get(o.sentenceIndex) ?? new Set<string>();
    for (const s of o.stems) set.add(s);
    quotedBySentence.set(o.sentenceIndex, set);
    quotesIn.set(o.sentenceIndex, (quotesIn.get(o.sentenceIndex) ?? 0) + 1);
  }
  for (const [index, stems] of quotedBySentence)
    if (quotesIn.get(index)! > 1 && containment(d.stems, stems) === 1 && containment([...stems], new Set(d.stems)) === 1) return { how: 'same', sentenceIndex: index };
  return null;
}

function literalIn(phrase: string, sentence: string): boolean {
  const ws = words(phrase).map(fold).filter((w) => !STOPWORDS.has(w));
  const have = new Set(words(sentence).map(fold));
  return ws.every((w) => have.has(w));
}
