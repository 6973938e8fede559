// Language: which language a text reads as, from its share of function words; the page's declared language as a fallback.
import { DEFAULT_MIN_ENGLISH_STOPWORD_SHARE } from '../config';
import { fold, words } from '../text/words';

/**
 * Short, frequent function words per language, folded (lowercase, no diacritics). Words common to several languages
 * ("de", "a", "la") are fine: the language whose set covers the most of the text wins.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to a in is was that for on with as by at from it he she his her they their this have has had be been were are not but said which who will would an or',
  es: 'el la los las de del que y en un una por con para es se no al lo su sus como mas pero fue ha han sido este esta entre sobre tambien cuando donde porque',
  fr: 'le la les de des du et un une est que qui dans pour pas sur au aux ce cette il elle ne se sont avec par ont ete mais ou leur plus comme',
  de: 'der die das und ist nicht ein eine zu den dem des mit von sich auf fur im auch es sie er wird werden hat oder nach bei aus wie noch uber',
  pt: 'o a os as de do da dos das que e em um uma por com para e nao no na nos nas ao se mais foi ele ela seu sua como pelo pela ja tambem',
  it: 'il lo la gli le di del della dei che e un una per con non in sono da nel nella alla si ha anche come piu ma questo questa',
  cs: 'a se na je v ve ze s z o k do jsou jako pro by ale tak uz jeho jen ktery ktera ktere byl byla bylo jsme jste po od i kdyz vsak take neni ma jiz aby nebo pri nez ani co jsem',
  tr: 've bir bu da de icin ile olarak gibi cok daha olan ama en o ne ki kadar sonra once her sey mi var yok',
  nl: 'de het een en van in is dat op te zijn met voor niet die aan er ook als bij om maar naar dan wordt door werd',
};

const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/**
 * Share of function words a text must reach to be recognised as a language without a declaration. English keeps its
 * own tuned threshold; the other lists are shorter, so their share runs a little lower on the same amount of prose.
 */
const MIN_SHARE: Record<string, number> = { en: DEFAULT_MIN_ENGLISH_STOPWORD_SHARE };
const DEFAULT_MIN_FUNCTION_WORD_SHARE = 0.15;
/** Fewer words than this and the shares say little: trust the declaration. */
const MIN_WORDS_TO_DETECT = 12;

/** Share of a text's words that are function words of each language we know. */
export function functionWordShares(text: string): Record<string, number> {
  const ws = words(text.slice(0, 20000)).map(fold);
  const shares: Record<string, number> = {};
  for (const [lang, set] of Object.entries(SETS)) {
    let n = 0;
    for (const w of ws) if (set.has(w)) n++;
    shares[lang] = ws.length === 0 ? 0 : n / ws.length;
  }
  return shares;
}

/** Share of a text's words that are English function words. */
export function englishShare(text: string): number {
  return functionWordShares(text).en;
}

/** The language a text reads as ("en", "es", …); else the declared language; else "und". */
export function detectLanguage(text: string, declared?: string | null): string {
  const d = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (words(text).length >= MIN_WORDS_TO_DETECT) {
    const shares = functionWordShares(text);
    const [best, share] = Object.entries(shares).sort((a, b) => b[1] - a[1])[0];
    if (share >= (MIN_SHARE[best] ?? DEFAULT_MIN_FUNCTION_WORD_SHARE)) return best;
  }
  // A page declared English whose text does not read as English is usually a template default: say we do not know.
  return d && d !== 'en' ? d : 'und';
}
