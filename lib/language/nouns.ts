// What a noun is a kind of (lib/language/noun-kinds.json, from WordNet): "wagons" and "vehicles", "residents" and
// "people" can count the same things; "wagons" and "villages" cannot.
import data from './noun-kinds.json';

const NOUNS = data.nouns as unknown as Record<string, number[]>;
const SYNSETS = data.synsets as unknown as number[][];

/**
 * A kind shared this close to WordNet's root ("entity", "object", "whole", "abstraction") ties nothing together; a
 * kind at this depth or below ("person", "vehicle", "building") does.
 */
export const DEFAULT_MIN_KIND_DEPTH = 5;

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

/** True when one noun (by stem) is a kind of the other ("wagon"/"vehicle"), or both are the same noun. */
export function nounsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const own = (x: string) => NOUNS[x] ?? [];
  const ka = kindsOf(a), kb = kindsOf(b);
  return own(a).some((s) => kb.has(s) && SYNSETS[s]![0]! >= DEFAULT_MIN_KIND_DEPTH) || own(b).some((s) => ka.has(s) && SYNSETS[s]![0]! >= DEFAULT_MIN_KIND_DEPTH);
}

/** Whether WordNet knows the stem as a noun. */
export function isKnownNoun(stemmed: string): boolean {
  return stemmed in NOUNS;
}

const PERSON = NOUNS['person']?.[0];

/** A noun for a kind of person ("commissioner", "inspector", "villager"): before a name it is a title. */
export function isPersonNoun(stemmed: string): boolean {
  return PERSON !== undefined && stemmed in NOUNS && kindsOf(stemmed).has(PERSON);
}
