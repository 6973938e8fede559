// Name variants: transliterations (Zelensky/Zelenskyy/Zelenskiy, Yuri/Yury) and abbreviations fold to one key.
import { placeOf } from './places';
import { fold } from './words';

/** Fold one name word so that common transliteration variants meet. */
export function foldNameWord(word: string): string {
  let w = fold(word).replace(/[’']s$/, '').replace(/-/g, '');
  w = w.replace(/(?:iy|yy|ij|ii|y)$/, 'i');
  w = w.replace(/kh/g, 'h').replace(/ck/g, 'k').replace(/ph/g, 'f');
  return w;
}

/** The key of a name: a place's country, else the folded words. */
export function nameKey(name: string): string {
  const f = fold(name).replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();
  const place = placeOf(f) ?? placeOf(f.replace(/^the /, ''));
  if (place) return place;
  return f.split(' ').filter((w) => w !== 'the').map(foldNameWord).join(' ');
}
