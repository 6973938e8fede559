// The kind label of a listed fact: light on purpose, the popup imports it without the comparison.
import type { DetailKind, DetailRef } from '../report';

/**
 * A kind label only when it is sure: the new anchors agree on one kind, and it is one extraction tells reliably (a
 * quote, a number, a duration, a time, a person's full name). Whether a capitalised name is an organisation or a place
 * ("Donbas") is a guess, and a wrong label is worse than none; a sentence new only in its words gets none either.
 */
export function kindOf(items: DetailRef[]): DetailKind | null {
  const labelled = items.filter((i) => i.anchors?.length);
  const kinds = new Set(labelled.map((i) => i.kind));
  if (kinds.size !== 1) return null;
  const kind = [...kinds][0];
  if (kind === 'organisation' || kind === 'place' || kind === 'claim') return null;
  if (kind === 'person' && !labelled.every((i) => /^\p{Lu}\S*\s+\p{Lu}/u.test(i.anchors![0]))) return null;
  return kind;
}
