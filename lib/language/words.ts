// Common English vocabulary (lib/language/common-words.json, from WordNet 3.0): is a word an ordinary word of English?
import data from './common-words.json';

let words: Set<string> | null = null;

/** True for an ordinary English word, in any regular plural ("crews", "households", "buses", "agencies"). */
export function isEnglishWord(folded: string): boolean {
  words ??= new Set(data.words);
  if (words.has(folded)) return true;
  if (folded.endsWith('ies') && words.has(folded.slice(0, -3) + 'y')) return true;
  if (folded.endsWith('es') && words.has(folded.slice(0, -2))) return true;
  return folded.endsWith('s') && words.has(folded.slice(0, -1));
}
