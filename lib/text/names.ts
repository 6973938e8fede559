// Name variants: transliterations (Zelensky/Zelenskyy/Zelenskiy, Yuri/Yury) and abbreviations fold to one key.
import { placeOf } from './places';
import { fold } from './words';

/** Fold one name word so that common transliteration variants meet. */
export function foldNameWord(word: string): string {
  let w = fold(word).replace(/[’']s$/, '').replace(/-/g, '');
  w = w.replace(/(?:iy|yy|ij|ii|y)$/, 'i');
  w = w.replace(/kh/g, 'h').replace(/ck/g, 'k').replace(/ph/g, 'f');
  // Cyrillic Ж and У reach English as zh/j and u/ou (Zhukov/Jukov, Sumy/Soumy).
  w = w.replace(/zh|j/g, 'z').replace(/ou/g, 'u');
  return w;
}

/** The key of a name: a place's country, else the folded words. */
export function nameKey(name: string): string {
  const f = fold(name).replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();
  const place = placeOf(f) ?? placeOf(f.replace(/^the /, ''));
  if (place) return place;
  return f.split(' ').filter((w) => w !== 'the').map(foldNameWord).join(' ');
}

/** Edit distance of two short strings (names), stopping early past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** One name word in two spellings: within an edit or two, or a short form of the other ("Hydro" for "Hydroelectric"). */
export function sameNameWord(x: string, y: string): boolean {
  return (
    x === y ||
    (Math.min(x.length, y.length) >= 5 && (x.startsWith(y) || y.startsWith(x))) ||
    (Math.min(x.length, y.length) >= 4 && x[0] === y[0] && editDistance(x, y, x.length >= 8 ? 2 : 1) <= (x.length >= 8 ? 2 : 1))
  );
}

/**
 * Two name keys that are one person or body in other spellings: the same last word within one edit (two for long
 * words), and first words that agree where both give one ("Sergey Zhukov" / "Sergei Jukov" / "Zhukov").
 */
/** Legal forms that are not part of what a company is called ("Acme Hydro SA" is "Acme Hydro"). */
const LEGAL_FORMS = new Set(['sa', 'ltd', 'inc', 'plc', 'ag', 'gmbh', 'llc', 'co', 'corp', 'nv', 'bv', 'spa', 'srl', 'oy', 'ab', 'as']);

export function sameNameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const strip = (k: string) => {
    // Detail keys carry a "name:" prefix: it is not part of the first word.
    const w = k.replace(/^name:/, '').split(' ');
    while (w.length > 1 && LEGAL_FORMS.has(w[w.length - 1]!)) w.pop();
    return w;
  };
  const wa = strip(a), wb = strip(b);
  const close = sameNameWord;
  // An organisation's short form: "Acme" for "Acme Shipping Services", "NTSB" for "National Transportation Safety Board".
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1 && long.length > 1) {
    if (short[0].length >= 5 && close(short[0], long[0])) return true;
    const initials = long.map((w) => w[0]).join('');
    if (short[0].length >= 3 && (short[0] === initials || short[0] === long.filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join(''))) return true;
  }
  if (!close(wa[wa.length - 1], wb[wb.length - 1])) return false;
  if (wa.length > 1 && wb.length > 1 && !close(wa[0], wb[0]) && wa[0][0] !== wb[0][0] && !shortFormOf(wa[0], wb[0])) return false;
  return true;
}

/**
 * A first name's familiar form keeps a long run of its letters ("Thanasis" / "Athanasios", "Sandy" / "Alexandra" does
 * not): five letters in a row and most of the shorter name.
 */
function shortFormOf(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  const need = Math.max(5, Math.ceil(s.length * 0.7));
  for (let i = 0; i + need <= s.length; i++) if (l.includes(s.slice(i, i + need))) return true;
  return false;
}

/**
 * A name's consonants as other alphabets reach English through different transliterations: Ukrainian and Russian
 * г as h or g, кс as ks or x, в as v or w, vowels and й anyhow ("Oleksandr Hrytsenko" / "Alexander Gritsenko").
 */
function skeleton(word: string): string {
  return foldNameWord(word).replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/w/g, 'v').replace(/h/g, 'g').replace(/[aeiouyj]/g, '').replace(/(.)\1+/g, '$1');
}

/** Two full names of one person in two transliterations: first and last names share their consonants. */
export function sameSoundingName(a: string, b: string): boolean {
  const wa = a.split(' '), wb = b.split(' ');
  if (wa.length < 2 || wb.length < 2) return false;
  const [fa, la, fb, lb] = [skeleton(wa[0]!), skeleton(wa[wa.length - 1]!), skeleton(wb[0]!), skeleton(wb[wb.length - 1]!)];
  return fa.length >= 3 && la.length >= 3 && fa === fb && la === lb;
}
