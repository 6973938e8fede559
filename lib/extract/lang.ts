// Language: the page's declared language when it has one, else a function-word check for English.
import { DEFAULT_MIN_ENGLISH_STOPWORD_SHARE } from '../config';
import { fold, words } from '../text/words';

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is was that for on with as by at from it he she his her they their this have has had be been were are not but said which who will would an or'.split(' '),
);

/** Share of a text's words that are English function words. */
export function englishShare(text: string): number {
  const ws = words(text.slice(0, 20000));
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (ENGLISH_FUNCTION_WORDS.has(fold(w))) n++;
  return n / ws.length;
}

/** "en" when the text reads as English, else the declared language, else "und". */
export function detectLanguage(text: string, declared?: string | null): string {
  const share = englishShare(text);
  if (share >= DEFAULT_MIN_ENGLISH_STOPWORD_SHARE) return 'en';
  const d = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return d && d !== 'en' ? d : 'und';
}
