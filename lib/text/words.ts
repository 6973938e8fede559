import { placeOf } from './places';

// Words: tokenising, folding and stemming shared by extraction, matching and comparison.

/** Word tokens with their offsets; letters, digits and inner apostrophes/hyphens/periods. */
export interface Token { text: string; start: number; end: number }

// A comma between digits followed by three digits is a thousands separator: "5,000" is one word.
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}{3}(?!\p{N})))*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Text between two tokens of `text`; the period closing an initialism ("U.S.") belongs to the word, not the gap. */
export function gapBetween(text: string, a: Token, b: Token): string {
  const gap = text.slice(a.end, b.start);
  return a.text.includes('.') && gap.startsWith('.') ? gap.slice(1) : gap;
}

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

/** Lowercase, strip diacritics and periods inside abbreviations ("U.S." -> "us"). */
export function fold(word: string): string {
  // Plain ASCII words (most of them) skip Unicode normalisation, which dominates the cost otherwise.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase().replace(/[.']/g, '');
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.’']/g, '');
}

/** A light English stemmer: enough to equate "talks"/"talk", "cancelled"/"cancel", "proposals"/"proposal". */
export function stem(word: string): string {
  let w = fold(word);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  // "boxes", "taxes", "churches", "crashes": the plural adds "es" to a word ending in a hissing sound.
  else if (/(?:x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Function words: never details, never evidence that two texts share something. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out
  over own same she should so some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  yet still however although though whose upon onto via per among amid within without across along around toward towards according
  hasnt havent hadnt isnt wasnt arent werent dont doesnt didnt cant couldnt wont wouldnt shouldnt mustnt
  s t don shall may might must us’ would've it’s that’s one’s de la le el der die das et`.split(/\s+/),
);

/**
 * Background weights: words so common in news reporting that sharing them says little about sharing a story or a fact.
 * With only a handful of indexed reports, document frequencies alone cannot tell "said" from "Donbas".
 */
export const COMMON_NEWS_WORDS = new Set(
  `said says say saying told tell according report reports reported reporting added noted stressed emphasized emphasised warned described
  news official officials government governments country countries state states president minister ministers leader leaders people
  year years month months week weeks day days time times today yesterday tomorrow new old first last next former later earlier
  also would could should may might must will can cannot make made making take taken took give given gave get got put set
  part parts point points issue issues matter way ways case cases place places thing things world public political policy
  including include includes included however meanwhile while since among both many much several some any every each other others
  more most less least many few well good great high long large small big little major key main important central current recent
  talks talk meeting meetings statement statements comment comments spokesman spokeswoman spokesperson source sources
  week's day's work working works worked continue continued continues remain remains remained remaining
  one two three four five six seven eight nine ten hundred thousand million billion percent
  told asked ask called call calls go going went come came see seen saw know known think thought want wanted use used
  help show showed shown find found seem seemed become became around back even still just only again already
  tens hundreds thousands millions dozens local national federal regional global senior junior top
  hour hours minute minutes critics analysts experts observers residents witnesses authorities investigators lawmakers voters
  side sides despite instead neither either whether thus therefore hence moreover furthermore nonetheless nevertheless otherwise
  yes no ok okay here now then today tonight
  lasted lasting led leading following followed expected spoke speaking met meeting saying
  mr mrs ms dr`.split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(fold(word));
}

/** Content-word stems of a text: the vocabulary comparison and matching work on. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const f = fold(t.text);
    // ("us" in lower case is the pronoun, never the United States.)
    if (f.length < 2 || STOPWORDS.has(f) || t.text === 'us') continue;
    const place = placeOf(f);
    // A compound of words ("minute-by-minute", "fire-safety") counts as its words: "minute by minute", "fire safety".
    if (!place && f.includes('-') && /^[\p{L}-]+$/u.test(f)) {
      for (const part of f.split('-')) if (part.length >= 2 && !STOPWORDS.has(part)) out.push(placeOf(part) ?? conceptOf(stem(part)));
      continue;
    }
    out.push(place ?? conceptOf(stem(f)));
  }
  return out;
}

/**
 * Paraphrase groups of general news vocabulary: each stem maps to one concept, so "obstructing" and "undermining",
 * or "war", "conflict" and "fighting", count as the same word. Kept small and general on purpose.
 */
const CONCEPT_GROUPS: string[][] = [
  ['war', 'conflict', 'fight', 'fighting', 'hostilities', 'hostility', 'invasion', 'warfare', 'combat'],
  ['obstruct', 'undermin', 'block', 'hinder', 'sabotag', 'imped', 'derail', 'stall'],
  ['talk', 'discussion', 'negotiation', 'meet', 'meeting', 'dialogue', 'session', 'summit', 'exchange', 'consultation'],
  ['useful', 'constructive', 'productive', 'substantive', 'positive', 'fruitful'],
  ['compromis', 'agreement', 'deal', 'accord', 'breakthrough', 'settlement'],
  ['plan', 'proposal', 'framework', 'initiative', 'draft', 'blueprint'],
  ['envoy', 'emissary', 'negotiator', 'delegation', 'delegate', 'representative'],
  ['aide', 'adviser', 'advisor', 'assistant', 'counsellor', 'counselor'],
  ['reject', 'refus', 'dismiss', 'declin', 'rebuff'],
  ['accept', 'acceptable', 'agreeabl', 'suitabl', 'suit'],
  ['unacceptabl', 'unsuitabl', 'inacceptabl'],
  ['territory', 'territorial', 'land', 'region'],
  ['cancel', 'scrap', 'call off', 'postpon', 'drop'],
  ['threat', 'threaten', 'warning', 'warn'],
  ['cut', 'sever', 'block off'],
  ['kill', 'dead', 'die', 'dy', 'death', 'casualty', 'casualti', 'fatality'],
  ['quick', 'fast', 'rapid', 'swift', 'speedy', 'soon'],
  ['result', 'outcome', 'progress'],
  ['ready', 'readines', 'willing', 'prepared', 'open'],
  ['stretch', 'extend', 'drag'],
  ['midnight', 'late-night', 'overnight'],
  ['question', 'issue', 'problem', 'dispute', 'matter'],
  ['press', 'push', 'urge', 'lobby', 'insist'],
  ['wait', 'await', 'expect'],
  ['accus', 'blam', 'charg'],
];

// Entries may be words or stems: both the entry and its stem map to the group.
const CONCEPT = new Map<string, string>();
for (const group of CONCEPT_GROUPS) for (const w of group) for (const k of [w, stem(w)]) if (!CONCEPT.has(k)) CONCEPT.set(k, group[0]);

export function conceptOf(s: string): string {
  return CONCEPT.get(s) ?? s;
}
