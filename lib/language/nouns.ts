// What a noun is a kind of (lib/language/noun-kinds.json, from WordNet): "wagons" and "vehicles", "residents" and
// "people" can count the same things; "wagons" and "villages" cannot.
import data from './noun-kinds.json';

const NOUNS = data.nouns as unknown as Record<string, number[]>;
const MEMBERS = data.members as unknown as Record<string, number[]>;
const SYNSETS = data.synsets as unknown as number[][];
/** Stems WordNet's tagged text uses more often as something else ("build", "lie"): not compared as nouns in prose. */
const NOT_MAINLY_NOUNS = new Set(data.notMainlyNouns as string[]);
/** Stems WordNet also lists as a name ("John", "Mark"): before a name they are part of it, not a title. */
const ALSO_NAMES = new Set(data.alsoNames as string[]);

/**
 * A kind shared this close to WordNet's root ("entity", "object", "whole", "abstraction") ties nothing together; a
 * kind at this depth or below ("person", "vehicle", "building") does.
 */
export const DEFAULT_MIN_KIND_DEPTH = 5;

/**
 * In running prose a noun agrees with another only through a kind deeper than this: "place" and "top", "part" and
 * "side" share kinds a few levels below the root, and in prose those are mostly other uses of the words.
 */
export const DEFAULT_MIN_PROSE_DEPTH = 6;

/** A sense at least this far below WordNet's root. */
const deep = (s: number, depth: number) => SYNSETS[s]![0]! >= depth;
/** A word compared as a noun in prose: WordNet knows it as one, and it is mainly used as one. */
const proseNoun = (x: string) => !NOT_MAINLY_NOUNS.has(x) && x in NOUNS;

const kindCache = new Map<string, Set<number>>();

/** The senses of a noun stem and everything they are kinds of. */
function kindsOf(stemmed: string): Set<number> {
  let out = kindCache.get(stemmed);
  if (out) return out;
  out = new Set<number>();
  const stack = [...(NOUNS[stemmed] ?? [])];
  while (stack.length) {
    const s = stack.pop()!;
    if (out.has(s)) continue;
    out.add(s);
    for (let i = 1; i < SYNSETS[s]!.length; i++) stack.push(SYNSETS[s]![i]!);
  }
  kindCache.set(stemmed, out);
  return out;
}

/**
 * True when one noun (by stem) is a kind of the other ("wagon"/"vehicle"), or both are the same noun. A noun of a group
 * stands for its members too ("people" / "residents"): this is for what a count counts.
 */
export function nounsAgree(a: string, b: string, members = true): boolean {
  if (a === b) return true;
  const own = (x: string) => (members && MEMBERS[x] ? [...(NOUNS[x] ?? []), ...MEMBERS[x]!] : NOUNS[x] ?? []);
  const ka = kindsOf(a), kb = kindsOf(b);
  return own(a).some((s) => kb.has(s) && deep(s, DEFAULT_MIN_KIND_DEPTH)) || own(b).some((s) => ka.has(s) && deep(s, DEFAULT_MIN_KIND_DEPTH));
}

/** A noun of a group whose members WordNet names ("crew", "team", "staff", "fleet"): "a crew of 19" counts them. */
export function isGroupNoun(stemmed: string): boolean {
  return stemmed in MEMBERS;
}

/** Whether WordNet knows the stem as a noun. */
export function isKnownNoun(stemmed: string): boolean {
  return stemmed in NOUNS;
}

const PERSON = NOUNS['person']?.[0];
/** WordNet's "body of water" (what an estuary is a kind of). */
const WATER = SYNSETS[NOUNS['estuary']?.[0] ?? -1]?.[1];

/** A noun for a kind of water ("estuary", "firth", "gulf", "strait", "loch"), in any of its first senses. */
export function isWaterNoun(stemmed: string): boolean {
  return WATER !== undefined && kindsOf(stemmed).has(WATER);
}

/** A noun for a kind of person ("commissioner", "inspector", "villager"): before a name it is a title. */
export function isPersonNoun(stemmed: string): boolean {
  return PERSON !== undefined && stemmed in NOUNS && !ALSO_NAMES.has(stemmed) && kindsOf(stemmed).has(PERSON);
}

/**
 * Where the nouns of a text stand in WordNet, sentence by sentence: for each sense, the sentences holding a noun of
 * that sense, and the sentences holding a noun that is a kind of it. Built once per text.
 */
export interface NounSentences {
  ownIn: Map<number, number[]>;
  kindIn: Map<number, number[]>;
}

export function nounSentences(sentenceStems: Iterable<string>[]): NounSentences {
  const ownIn = new Map<number, number[]>(), kindIn = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, s: number, i: number) => {
    const l = m.get(s) ?? m.set(s, []).get(s)!;
    if (l[l.length - 1] !== i) l.push(i);
  };
  let i = 0;
  for (const stems of sentenceStems) {
    for (const x of stems) {
      if (!proseNoun(x)) continue;
      for (const s of NOUNS[x]!) add(ownIn, s, i);
      for (const k of kindsOf(x)) if (deep(k, DEFAULT_MIN_PROSE_DEPTH)) add(kindIn, k, i);
    }
    i++;
  }
  return { ownIn, kindIn };
}

/** The sentences holding a noun that agrees with `stemmed` (see nounsAgree), by the index of a text. */
export function sentencesAgreeing(stemmed: string, index: NounSentences): Set<number> {
  const out = new Set<number>();
  if (!proseNoun(stemmed)) return out;
  for (const s of NOUNS[stemmed]!) if (deep(s, DEFAULT_MIN_PROSE_DEPTH)) for (const i of index.kindIn.get(s) ?? []) out.add(i);
  for (const k of kindsOf(stemmed)) if (deep(k, DEFAULT_MIN_PROSE_DEPTH)) for (const i of index.ownIn.get(k) ?? []) out.add(i);
  return out;
}

/** Whether WordNet also lists the word (by stem) as a name: "John", "Mark", "Rose". */
export function isAlsoName(stemmed: string): boolean {
  return ALSO_NAMES.has(stemmed);
}
