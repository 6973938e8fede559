// Reading added/left-out items as a reader (and ../tools' fact evaluation) does: each item is one sentence, with the
// names, numbers and quotes in it that the other side lacks as its anchors.
import type { DetailRef } from '../../../lib/report';

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'");

/** Some item's sentence says `wording`. */
export const lists = (items: DetailRef[], wording: string) => items.some((i) => norm(i.text).includes(norm(wording)));

/** The names, numbers and quotes the items put forward as new, as one string (claims that mention a name are other facts). */
export const flagged = (items: DetailRef[]) => items.flatMap((i) => i.anchors ?? []).join(' | ');

/**
 * Items that put `wording`, a fact both sides carry, forward as new: as one of the item's anchors, or inside an item
 * without anchors (its whole sentence is new) that gives no fact only its side carries. A name merely mentioned in a
 * sentence listed for another reason ("Ushakov said …" before a new claim) is not put forward: as before, a claim that
 * mentions a name is another fact.
 */
export const wronglyLists = (items: DetailRef[], wording: string, uniqueWordings: string[]) =>
  items.some((i) => {
    const w = norm(wording);
    if (i.anchors?.length) return i.anchors.some((a) => norm(a).includes(w) || (a.length > 3 && w.includes(norm(a))));
    // Without anchors the sentence's statement is what is new; a name in it is the statement's subject, not news.
    if (/^\p{Lu}/u.test(wording)) return false;
    return norm(i.text).includes(w) && !uniqueWordings.some((u) => norm(i.text).includes(norm(u)));
  });
