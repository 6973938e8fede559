// Named people, organisations and places: runs of capitalised words, with titles, possessives and sentence openers handled.
import type { DetailKind } from '../report';
import { nameKey } from '../text/names';
import { placeOf } from '../text/places';
import { MONTHS, WEEKDAYS, numberValue } from '../text/numbers';
import { COMMON_NEWS_WORDS, contentStems, fold, gapBetween, stem, STOPWORDS, type Token, tokenize } from '../text/words';
import { isEnglishWord } from '../language/words';
import { isAlsoName, isPersonNoun, isWaterNoun } from '../language/nouns';
import type { RichDetail } from './types';

/** Titles before a name: they make the run a person and are not part of the name. */
export const TITLES = new Set(
  `president vice prime minister foreign defence defense finance secretary senator sen rep representative governor gov mayor mr mrs ms dr
  sir dame lord lady king queen prince princess pope chancellor general gen colonel col captain capt admiral judge justice chief
  spokesperson spokesman spokeswoman ambassador envoy special adviser advisor aide officer director ceo chairman chairwoman chair
  professor prof rev archbishop bishop sheikh crown deputy acting former state first lady sergeant lieutenant commander
  vp svp evp cfo coo cto`.split(/\s+/),
);
/** Words that make a run an organisation. */
const ORG_WORDS = /\b(ministry|department|fund|council|union|party|bank|agency|committee|commission|university|college|institute|embassy|office|court|parliament|assembly|senate|congress|army|navy|forces|corporation|corp|inc|ltd|group|company|news|times|post|journal|press|agency|reuters|associated|organization|organisation|foundation|association|federation|league|club|church|police|guard|service|services|board|authority|administration|cabinet|government|alliance|nato|coalition|movement|network|media|tv|radio|shipping|logistics|holdings|industries|systems|partners|capital|energy|airlines|airways|lines|maritime|marine|motors|technologies|infrastructure|solutions|resources|mining|insurance|railways?|freight|transport|engineering|pharmaceuticals|telecom|hydroelectric|salvage|shipyards?|terminals?)\b/i;
/** Words that make a run a place. */
const PLACE_WORDS = /\b(sea|ocean|square|street|avenue|road|river|lake|mountains?|island|islands|valley|region|province|oblast|county|city|state|republic|peninsula|coast|bay|gulf|strait|district|airport|port|bridge|border)\b/i;
const PLACE_APPOSITION_RE = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:river|village|town|city|lake|valley|island|port|suburb|district|region|province|county|mountain|hamlet|settlement|municipality)\b/u;
const PLACE_NOUN_RE = /^(city|town|village|region|province|district|port|island|state|county|capital|suburb|outskirts|residents|inhabitants|villagers|townspeople)$/i;
/** Adjectives of regions that are not details on their own. */
const REGION_ADJECTIVES = new Set('european western eastern northern southern african asian arab latin soviet nordic baltic balkan atlantic pacific middle central global international'.split(' '));
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'al', 'bin', 'van', 'von', 'der', 'la', 'du']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'inside', 'toward', 'towards', 'off']);

function isCapitalised(t: string): boolean {
  return /^\p{Lu}/u.test(t) && numberValue(t) === null;
}

function isCommonWord(folded: string, lowerWords: Set<string>, namesAlone?: Set<string>): boolean {
  if (STOPWORDS.has(folded) || COMMON_NEWS_WORDS.has(folded) || lowerWords.has(folded)) return true;
  // An ordinary English word ("Freight", "Crews", "Households") opening a sentence is that word, unless the text also
  // uses it as a name on its own inside a sentence ("… said Trump", "… the Kremlin said").
  return !!namesAlone && isEnglishWord(folded) && !namesAlone.has(folded);
}

export interface EntityContext {
  /** Folded words that appear lowercase somewhere in the article: capitalised only because they open a sentence. */
  lowerWords: Set<string>;
  /** Folded words standing capitalised on their own inside a sentence: used as names by this text. */
  namesAlone: Set<string>;
  /** Surname key -> full name, for people named in full earlier in the article. */
  people: Map<string, string>;
  /** Name key of the article's own outlet: it is the publisher, not a detail of the story. */
  outletKey?: string;
}

export function entityContext(sentences: string[], outlet?: string | null): EntityContext {
  const lowerWords = new Set<string>(), namesAlone = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenize(s);
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowerWords.add(fold(t.text));
      else if (i > 0 && isCapitalised(t.text) && !isCapitalised(tokens[i - 1]!.text) && !(tokens[i + 1] && isCapitalised(tokens[i + 1]!.text))) namesAlone.add(fold(t.text));
    });
  }
  return { lowerWords, namesAlone, people: new Map(), outletKey: outlet ? nameKey(outlet.replace(/^the\s+/i, '')) : undefined };
}

export function extractEntities(sentence: string, sentenceIndex: number, ctx: EntityContext): RichDetail[] {
  const tokens = tokenize(sentence);
  const out: RichDetail[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text)) { i++; continue; }
    // Grow a run of capitalised words joined by spaces (or connectors between capitalised words).
    let j = i;
    while (j + 1 < tokens.length) {
      // "Esbjerg-based Danish company": a participle ends the name it follows.
      if (PARTICIPLE_RE.test(tokens[j].text)) break;
      const g = gapBetween(sentence, tokens[j], tokens[j + 1]);
      // "Harlow & Finch" is one name, and so is "Daniel J. Whitcombe" (an initial); any other punctuation ends it.
      const initial = g === '. ' && /^\p{Lu}$/u.test(tokens[j].text) && j > i && isCapitalised(tokens[j + 1].text);
      if (g !== ' ' && g !== ' ' && g !== ' & ' && !initial) break;
      if (/[’']s$/.test(tokens[j].text)) break;
      if (isCapitalised(tokens[j + 1].text)) { j++; continue; }
      if (CONNECTORS.has(tokens[j + 1].text) && j + 2 < tokens.length && isCapitalised(tokens[j + 2].text) && gapBetween(sentence, tokens[j + 1], tokens[j + 2]) === ' ') { j += 2; continue; }
      // "Maritime and Coastguard Agency", "Ministry of Environment and Energy": "and" inside the name of a body.
      if (tokens[j + 1].text === 'and' && j + 2 < tokens.length && isCapitalised(tokens[j + 2].text) && gapBetween(sentence, tokens[j + 1], tokens[j + 2]) === ' ') {
        let k = j + 2;
        while (k + 1 < tokens.length && gapBetween(sentence, tokens[k], tokens[k + 1]) === ' ' && isCapitalised(tokens[k + 1].text)) k++;
        if (ORG_WORDS.test(tokens[k].text) && !placeOf(fold(tokens[j].text))) { j = k; continue; }
      }

      break;
    }
    const whole = tokens.slice(i, j + 1);
    i = j + 1;
    // "U.S. President Donald Trump": a title inside a run splits it; the part before is a name of its own.
    let cut = -1;
    for (let t = 1; t < whole.length - 1; t++) if (TITLES.has(fold(whole[t].text))) { cut = t; break; }
    const runs = cut > 0 ? [whole.slice(0, cut), whole.slice(cut)] : [whole];
    for (const run of runs) {
      const d = entityFromRun(sentence, sentenceIndex, tokens, run, ctx);
      if (d) out.push(d);
    }
  }
  // A list after a place is a list of places: "residents of Kato Palaiochori, Rodia, Agia Varvara and Stavros".
  // A two-word name is taken for a person only inside a list of three or more ("X, Y and Z"), never after ", and".
  let listed = false;
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!, d = out[k]!;
    const gap = sentence.slice(prev.end, d.start);
    const joined = /^(?:,\s*|\s+and\s+)$/.test(gap);
    if (!joined || prev.kind !== 'place') { listed = false; continue; }
    const comma = gap.startsWith(',');
    if (d.kind !== 'place' && !TITLED_RE.test(d.text) && (d.kind !== 'person' || comma || listed))
      out[k] = { ...d, kind: 'place', key: `name:${nameKey(d.text)}` };
    listed = listed || comma;
  }
  return out;
}

/** A participle after a name: "US-led", "Kremlin-backed", "Esbjerg-based", "Maltese-flagged". */
const PARTICIPLE_RE = /-(?:led|backed|based|born|made|brokered|sponsored|owned|run|style|controlled|allied|friendly|flagged|registered|listed|operated|built|bound|headquartered)$/i;

/** Prefixes of ships' names: merchant (MV, MS, MT, SS), research (RV), fishing (FV) and naval (HMS, USS...). */
const SHIP_PREFIX = /^(?:MV|M\/V|MS|M\/S|MT|SS|RV|FV|HMS|HMCS|HMAS|HMNZS|USS|USNS|INS|RMS)$/;

/** A name that carries its own title is a person whatever list it stands in. */
const TITLED_RE = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\b/;

/** Sentence-initial words that are capitalised only because they open the sentence. */
function opensSentenceOnly(folded: string, ctx: EntityContext, next = ''): boolean {
  if (isCommonWord(folded, ctx.lowerWords, ctx.namesAlone)) return true;
  // "Opposition members argued", "Local business owners said": an adjective or common noun before a lower-case plural.
  if (/(ion|al|ic|ive|ous|ary|ent|ant)$/.test(folded) && /^\p{Ll}+s$/u.test(next) && !placeOf(folded)) return true;
  if (folded.includes('-')) return folded.split('-').every((p) => isCommonWord(p, ctx.lowerWords) || isCommonWord(p.replace(/s$/, ''), ctx.lowerWords));
  return /(ing|ed|ly|ers|ors|ions|ies|ness|ment|ments)$/.test(folded) && !placeOf(folded);
}

function entityFromRun(sentence: string, sentenceIndex: number, tokens: Token[], run: Token[], ctx: EntityContext): RichDetail | null {
  // Drop titles, sentence openers and common words from the front; note a title for the kind.
  let titled = false;
  let k = 0;
  let vessel = false;
  // A run ending in a word for a body ("… Board"): its first words are part of its name, never a title ("National
  // Transportation Safety Board").
  const body = ORG_WORDS.test(run[run.length - 1]!.text);
  while (k < run.length) {
    const raw = fold(run[k].text);
    // A ship's prefix ("MV Nordic Star", "HMS Victory") says what the name is, and is not part of it.
    if (k < run.length - 1 && SHIP_PREFIX.test(run[k].text)) { vessel = true; k++; continue; }
    // A title: from the list, or any noun WordNet calls a kind of person ("Commissioner", "Inspector"), when a name follows.
    if (TITLES.has(raw) || (k < run.length - 1 && !body && !placeOf(raw) && isPersonNoun(stem(raw)) && !ctx.people.has(raw))) { titled = true; k++; continue; }
    // (A word WordNet also lists as a name, before another capitalised word, is a first name: "John Smith said".)
    if (k === 0 && run[k].start === firstWordStart(sentence) && !(run.length > 1 && isAlsoName(stem(raw))) && opensSentenceOnly(raw, ctx, nextWordAfter(sentence, run[k])) && !placeOf(raw)) { k++; continue; }
    // (A common word at the head of a body's name is part of it: "National Transportation Safety Board", "Federal
    // Reserve Board".)
    if (STOPWORDS.has(raw) || (COMMON_NEWS_WORDS.has(raw) && !(k < run.length - 1 && body))) { k++; continue; }
    break;
  }
  let words = run.slice(k);
  while (words.length && (STOPWORDS.has(fold(words[words.length - 1].text)) || CONNECTORS.has(words[words.length - 1].text))) words = words.slice(0, -1);
  if (words.length === 0) return null;
  // "US-led", "Kremlin-backed": the name without its participle.
  // A number that designates the thing named ("Warehouse 7", "Gate 3", "Terminal 2") is part of its name.
  // ("Stage 1 formula", "a Category 4 storm": up to three digits before a noun, never after a month.)
  const designation = /^ (\d{1,4})(?=[,;:.!?)]|\s+(?:and|or|at|in|on|where|which|was|is|had|has)\b|$)|^ (\d{1,3})(?= \p{Ll})/u.exec(sentence.slice(words[words.length - 1].end));
  const nameEnd = words[words.length - 1].end + (designation && !/[’']s$/.test(words[words.length - 1].text) ? designation[0].length : 0);
  const text = sentence.slice(words[0].start, nameEnd).replace(/[’']s$/, '').replace(PARTICIPLE_RE, '');
  const folded = fold(text);
  if (WEEKDAYS.includes(folded) || MONTHS.includes(folded)) return null;
  if (words.length === 1 && (REGION_ADJECTIVES.has(folded) || isDemonym(folded))) return null;
  if (ctx.outletKey && nameKey(text) === ctx.outletKey) return null;
  const at = tokens.indexOf(run[0]);
  const prev = at > 0 ? fold(tokens[at - 1].text) : '';
  // "the city of Varnotsk", "the region of Kursk": a place by what precedes it.
  const placeBefore = prev === 'of' && at > 1 && PLACE_NOUN_RE.test(tokens[at - 2].text);
  const prev2 = at > 1 ? `${fold(tokens[at - 2].text)} ${prev}` : '';
  // "the Wend, a river popular with anglers", "Velmore, a village of 900": what follows says it is a place.
  // "the Humber estuary", "the Wend river": a name before a noun of water; "Firth of Forth", "Gulf of Riga": a noun of
  // water before "of" (WordNet).
  const rest = sentence.slice(nameEnd);
  const waterAfter = /^\s+(\p{Ll}+)/u.exec(rest);
  const placeAfter = PLACE_APPOSITION_RE.test(sentence.slice(words[words.length - 1].end)) || (!!waterAfter && !STOPWORDS.has(waterAfter[1]!) && isWaterNoun(stem(waterAfter[1]!))) ||
    (words.length >= 3 && fold(words[1]!.text) === 'of' && isWaterNoun(stem(fold(words[0]!.text))));
  // (A thing with a number is no person: "Little Wattle Stage 1".)
  const kind = vessel || (designation && /\d$/.test(text)) ? 'organisation' : placeBefore || placeAfter ? 'place' : kindOf(text, folded, titled, prev, words.length, prev2);
  const name = nameKey(text);
  const last = name.split(' ').pop()!;
  // People are known by surname across articles ("Yuri Ushakov", "Ushakov"); other names by their whole folded form.
  let key = `name:${name}`;
  let finalKind: DetailKind = kind;
  if (kind === 'person') {
    key = `name:${last}`;
    if (words.length >= 2) ctx.people.set(last, text);
  } else if (words.length === 1 && ctx.people.has(last)) {
    key = `name:${last}`;
    finalKind = 'person';
  }
  return { kind: finalKind, text, key, sentenceIndex, start: words[0].start, end: words[0].start + text.length, stems: contentStems(text), context: [] };
}

function nextWordAfter(sentence: string, t: Token): string {
  return /^\s+([\p{L}]+)/u.exec(sentence.slice(t.end))?.[1] ?? '';
}

/** Where a sentence's first word begins (after any opening quote or bracket). */
export function firstWordStart(sentence: string): number {
  return /[\p{L}\p{N}]/u.exec(sentence)?.index ?? 0;
}

function isDemonym(folded: string): boolean {
  const country = placeOf(folded);
  return !!country && country !== folded && /(an|ian|ese|ish|i|ch)$/.test(folded) && !/^(iran|oman|japan|taiwan|sudan|pakistan|afghanistan|kazakhstan|jordan|bhutan)$/.test(folded);
}

function kindOf(text: string, folded: string, titled: boolean, prev: string, n: number, prev2 = ''): DetailKind {
  if (placeOf(folded) || placeOf(folded.replace(/^the /, ''))) return 'place';
  if (ORG_WORDS.test(text) || (/^\p{Lu}{2,6}$/u.test(text) && !placeOf(folded))) return 'organisation';
  if (PLACE_WORDS.test(text)) return 'place';
  // A run of ordinary English words ("Nordic Star", "Baltic Bulk Shipping", "Golden Harvest") names a thing, not a
  // person, unless a word is also a name in WordNet ("Rose Young", "Will Smith"); so after a role that firms have too
  // ("Operator Baltic Bulk", "owner Nordic Star").
  const plain = folded.split(/[\s-]+/).every((w) => REGION_ADJECTIVES.has(w) || isDemonym(w) || (isEnglishWord(w) && !isAlsoName(stem(w))));
  if (titled) return plain && !TITLED_RE.test(text) ? 'organisation' : 'person';
  if (PLACE_PREPOSITIONS.has(prev) && prev2 !== 'according to') return 'place';
  return n >= 2 && n <= 4 && !plain ? 'person' : 'organisation';
}
