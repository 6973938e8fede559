// Quantities: numbers with units, durations and dates ("five-hour meeting", "nearly four-year war", "28-point plan", "February 2022").
import { DURATION_DAYS, durationUnit, formatNumber, monthIndex, MONTHS, numberValue, ordinalValue, scaleValue } from '../text/numbers';
import { conceptOf, fold, gapBetween, isStopword, stem, type Token, tokenize } from '../text/words';
import { unitOf } from '../language/units';
import { isGroupNoun, isKnownNoun } from '../language/nouns';
import { isEnglishWord } from '../language/words';
import currencies from '../language/currencies.json';
import type { RichDetail } from './types';

const APPROX = new Set(['nearly', 'almost', 'roughly', 'about', 'around', 'approximately', 'some', 'over', 'nearing', 'under', 'up', 'least', 'than', 'more', 'less', 'fewer', 'just']);
const VAGUE = new Set(['tens', 'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'scores']);
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'cattle', 'feet', 'teeth', 'mice', 'geese', 'staff', 'personnel', 'troops']);
const CURRENCY_SYMBOLS: Record<string, string> = { '£': 'GBP', $: '$', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH' };
/** Dollars by their country's letters before the sign: "A$15 million", "US$2bn", "C$40". A bare "$" is some dollar. */
const DOLLAR_PREFIXES: Record<string, string> = { A: 'AUD', AU: 'AUD', US: 'USD', C: 'CAD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD', NT: 'TWD' };

/** The currency of the sign right before character `at`: "£", "€", "$", "A$", "US$"; and where the sign starts. */
function currencySignBefore(sentence: string, at: number): { code: string; start: number } | null {
  const sign = sentence[at - 1] ?? '';
  if (!CURRENCY_SYMBOLS[sign]) return null;
  if (sign === '$') {
    const prefix = /(?<![\p{L}])(A|AU|US|C|CA|NZ|HK|S|NT)$/u.exec(sentence.slice(Math.max(0, at - 4), at - 1));
    if (prefix) return { code: DOLLAR_PREFIXES[prefix[1]!]!, start: at - 1 - prefix[1]!.length };
  }
  return { code: CURRENCY_SYMBOLS[sign]!, start: at - 1 };
}
/** Currency words ("zlotys", "euros", "hryvnias") and ISO codes ("PLN 2.1bn") from world-countries. */
const CURRENCY_WORDS = currencies.words as Record<string, string>;
const CURRENCY_CODES = new Set(currencies.codes as string[]);
const MIN_BOUND_RE = /^(?:more than|over|at least|upwards of|in excess of)\b/i;
const MAX_BOUND_RE = /^(?:fewer than|less than|under|up to|at most|just under)\b/i;

/** What may stand between a count and a second figure of the same noun: "250 jobs, and up to 1,500", "30 or 40". */
const ELLIPSIS_RE = /^\s*,?\s*(?:and|or|but|to|with)?\s*(?:up to|as many as|as few as|about|around|some|nearly|almost|more than|over|at least)?\s*$/i;

/** A sentence that tells of a vote, and a tally in it: "21 votes to 11", "21 to 11", "21-11", "twenty-one to eleven". */
const VOTE_RE = /\b(?:vot\w*|ballot\w*|passed|adopted|approved|rejected|defeated|carried|majority|abstention\w*|motion|resolution)\b/i;
const NUM = '(\\d{1,4}|[a-z]+(?:-[a-z]+)?)';
const TALLY_RE = new RegExp(`\\b${NUM}\\s*(?:votes?\\s+)?(?:to|-|–|—)\\s*${NUM}\\b(?!\\s*(?:per\\s?cent|%|years?|months?|days?|hours?|minutes?))`, 'giu');
const PERCENT = new Set(['percent', 'per', '%', 'pc']);
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };

/** Next content token after index i within `limit` tokens, not crossing punctuation. */
function headAfter(sentence: string, tokens: Token[], i: number, limit: number): { token: Token; index: number } | null {
  let best: { token: Token; index: number } | null = null;
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + limit); j++) {
    if (/[,;:.!?()—–"“”]/.test(gapBetween(sentence, tokens[j - 1], tokens[j]))) break;
    const w = tokens[j].text;
    if (isStopword(w) || numberValue(w) !== null) break;
    // An acronym right after the figure qualifies the noun after it ("250 FTE roles", "4,500 TEU boxes").
    if (j === i + 1 && /^\p{Lu}{2,6}$/u.test(w) && j + 1 < tokens.length && /^\p{Ll}/u.test(tokens[j + 1].text)) continue;
    // A name ends the noun phrase ("two U.S. President Donald Trump's envoys" is about envoys, but not reliably): stop.
    if (/^\p{Lu}/u.test(w) && !w.includes('.')) break;
    best = { token: tokens[j], index: j };
    // A word WordNet knows but not as a noun ("torrential", "heavy") describes the head that follows.
    const f = fold(w);
    if (isEnglishWord(f) && !isKnownNoun(stem(f))) continue;
    if (/^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(w) || IRREGULAR_PLURALS.has(w)) break;
    if (/^\p{Ll}/u.test(w) && !/-/.test(w) && j + 1 < tokens.length && (isStopword(tokens[j + 1].text) || /[,;:.!?]/.test(gapBetween(sentence, tokens[j], tokens[j + 1])))) break;
  }
  return best;
}

/** Words after which "a week" or "an hour" is a span of time. */
const SPAN_BEFORE_ARTICLE = new Set(['for', 'within', 'over', 'nearly', 'almost', 'about', 'around', 'than', 'lasting', 'lasted', 'took', 'takes', 'spent']);

function contextAround(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let j = Math.max(0, from - 6); j < Math.min(tokens.length, to + 7); j++) {
    if (j >= from && j <= to) continue;
    const f = fold(tokens[j].text);
    if (!isStopword(f) && numberValue(f) === null) out.push(conceptOf(stem(f)));
  }
  return out;
}

function approxBefore(tokens: Token[], i: number): { approx: boolean; from: number } {
  let from = i;
  // "a dozen": the article belongs to the number.
  if (from > 0 && fold(tokens[from - 1].text) === 'a' && fold(tokens[i].text) === 'dozen') from--;
  // "up to 1,500": both words belong to the figure.
  if (from > 1 && fold(tokens[from - 1].text) === 'to' && fold(tokens[from - 2].text) === 'up') from -= 2;
  while (from > 0 && APPROX.has(fold(tokens[from - 1].text)) && i - from < 3) from--;
  return { approx: from < i, from };
}

/** "N of its/the/their M things": the part, the whole and the noun both count. */
function partOfWhole(tokens: Token[], i: number): { whole: number; wholeIndex: number; noun: Token; nounIndex: number; head: string } | null {
  const [of, det, whole, noun] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!of || !det || !whole || !noun || fold(of.text) !== 'of' || !['its', 'the', 'their', 'his', 'her'].includes(fold(det.text))) return null;
  const w = numberValue(whole.text);
  if (w === null || !/^\p{Ll}+$/u.test(noun.text)) return null;
  return { whole: w, wholeIndex: i + 3, noun, nounIndex: i + 4, head: conceptOf(stem(fold(noun.text))) };
}

/** "N of the injured", "N of them firefighters", "N of those arrested": what N counts, and the token it ends on. */
function partOfGroup(sentence: string, tokens: Token[], i: number): { head: string; index: number } | null {
  const det = tokens[i + 2];
  if (!det || !['the', 'them', 'those', 'whom'].includes(fold(det.text))) return null;
  // "four of them firefighters": the noun after "them" says what they were; "two of them" alone says nothing.
  const h = headAfter(sentence, tokens, i + 2, 2);
  // ("three of them carrying batteries": what follows is no noun, so the count says nothing by itself.)
  if (!h || /^\p{Lu}/u.test(h.token.text) || (fold(det.text) === 'them' && (!isKnownNoun(stem(fold(h.token.text))) || /ing$/.test(h.token.text)))) return null;
  return { head: conceptOf(stem(h.token.text)), index: h.index };
}

const ZERO_HARM_RE = /\b(?:no one|no-one|nobody|none)\s+(?:was|were|had been|has been|is|got)\s+(?:(?:seriously|badly|critically|reported)\s+)?(hurt|injured|wounded|killed|harmed|dead)\b|\bno\s+(?:(?:serious|reported|immediate)\s+)?(?:reports?\s+of\s+)?(injuries|casualties|deaths|fatalities|injury)\b|\bwithout\s+(?:any\s+)?(injuries|injury|casualties)\b|\b(?:no one|no-one|nobody|none)\s+(?:has|have|had)\s+(?:yet\s+)?(died)\b/giu;

/** Shares of a whole in words, in per cent ("a third" is read as "third" with its article). */
const FRACTIONS: Record<string, number> = {
  half: 50, third: 33.3, 'one-third': 33.3, 'two-thirds': 66.7, quarter: 25, 'one-quarter': 25, 'three-quarters': 75,
  'three-quarter': 75, fifth: 20, 'one-fifth': 20, 'two-fifths': 40, 'three-fifths': 60, 'four-fifths': 80, 'one-tenth': 10,
};

/** A person's age at token i: "67-year-old", ", 67," right after a capitalised name, "aged 67". */
function ageAt(sentence: string, tokens: Token[], i: number): { value: number } | null {
  const t = fold(tokens[i].text);
  const hyphen = /^(.+)-year-old$/.exec(t);
  const years = hyphen ? numberValue(hyphen[1]!) : null;
  if (years !== null) return { value: years };
  if (!/^\d{1,3}$/.test(t) || Number(t) < 1 || Number(t) > 120 || i === 0) return null;
  if (fold(tokens[i - 1].text) === 'aged') return { value: Number(t) };
  const before = sentence.slice(tokens[i - 1].end, tokens[i].start), after = sentence.slice(tokens[i].end, tokens[i].end + 2);
  return before === ', ' && /^\p{Lu}/u.test(tokens[i - 1].text) && /^(,|\s*\))/.test(after) ? { value: Number(t) } : null;
}

/** Words after which a month alone is a time ("in November", "since March", "early June"). */
const MONTH_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'during', 'early', 'late', 'mid', 'last', 'next', 'this']);

/** A temperature: a number glued to C or F, or with a degree sign or "degrees" before its scale. */
const TEMPERATURE_RE = /^(-?\d+(?:\.\d+)?)(?:([CF])(?![\p{L}\p{N}])|\s?°\s?([CF])\b|\s?(?:°|degrees?)\s?(Celsius|Fahrenheit|centigrade|C|F)\b)/u;

/** Words that qualify a unit without changing it ("metric tons", "cubic metres" is another unit, so not here). */
const UNIT_QUALIFIERS = new Set(['metric', 'long', 'short', 'us']);

/**
 * How precisely a measure is stated, in its canonical unit: half the last significant place of the stated figure
 * ("1,400": 50; "0.8": 0.05), times the conversion factor. "Tons" may be short tons (0.907 t) or metric: a tenth either way.
 */
function precision(stated: number, factor: number, unitWord: string): { scale: number; step: number } {
  let place = 1;
  if (Number.isInteger(stated)) while (stated !== 0 && stated % (place * 10) === 0) place *= 10;
  else place = 10 ** -((String(stated).split('.')[1] ?? '').length);
  const step = (place / 2) * factor;
  const ton = /^tons?$/i.test(unitWord);
  return ton ? { scale: -1, step: Math.max(step, stated * factor * 0.1) } : { scale: factor, step };
}

/** A unit of measure right after token `i` ("30 tonnes", "30 metric tons", "5,000 sq m"), with the token it ends on. */
function unitAfter(sentence: string, tokens: Token[], i: number): { unit: string; factor: number; index: number } | null {
  let j = i + 1;
  if (j < tokens.length && UNIT_QUALIFIERS.has(fold(tokens[j].text))) j++;
  // A nautical mile is 1.852 km; a cubic metre is 1,000 litres, a cubic foot 28.3.
  const nautical = j + 1 < tokens.length && fold(tokens[j].text) === 'nautical' && stem(fold(tokens[j + 1].text)) === 'mile';
  const cubic = j + 1 < tokens.length && fold(tokens[j].text) === 'cubic' ? unitOf(stem(fold(tokens[j + 1].text))) : null;
  if (nautical || cubic) j++;
  if (j >= tokens.length) return null;
  const word = fold(tokens[j].text);
  let u = unitOf(stem(word)) ?? unitOf(word);
  if (!u) return null;
  if (nautical) u = { unit: 'kilometre', factor: 1.852 };
  if (cubic && cubic.unit === 'metre') u = { unit: 'litre', factor: 1000 * cubic.factor ** 3 };
  // A distance an hour is a speed: "26 km/h", "40 miles per hour", "30 miles an hour".
  if (u.unit === 'kilometre') {
    const rest = sentence.slice(tokens[j].end, tokens[j].end + 12).toLowerCase();
    const speed = /^\/h\b/.exec(rest) ?? /^\s+(?:per|an)\s+hour\b/.exec(rest);
    if (speed) {
      while (j + 1 < tokens.length && tokens[j + 1].end <= tokens[j].end + speed[0].length) j++;
      return { unit: 'km/h', factor: u.factor, index: j };
    }
  }
  // "square metres", "sq m": the area is the unit; the length word after it belongs to it.
  if (u.unit === 'square' && j + 1 < tokens.length && (unitOf(stem(fold(tokens[j + 1].text))) ?? unitOf(fold(tokens[j + 1].text)))) j++;
  return { ...u, index: j };
}

/** Days written before their month from token i: "18 February", "2 and 18 February", "2–18 Feb", "2-18 February". */
function dayMonth(sentence: string, tokens: Token[], i: number): { days: number[]; month: number; to: number } | null {
  const day = (k: number) => (tokens[k] && /^\d{1,2}$/.test(tokens[k].text) && Number(tokens[k].text) >= 1 && Number(tokens[k].text) <= 31 ? Number(tokens[k].text) : null);
  const monthAt = (k: number) => (tokens[k] && /^\p{Lu}/u.test(tokens[k].text) ? monthIndex(tokens[k].text) : -1);
  const range = /^(\d{1,2})[-–](\d{1,2})$/.exec(tokens[i].text);
  if (range && monthAt(i + 1) >= 0) return { days: [Number(range[1]), Number(range[2])].filter((d) => d >= 1 && d <= 31), month: monthAt(i + 1), to: i + 1 };
  const first = day(i);
  if (first === null) return null;
  if (monthAt(i + 1) >= 0) return { days: [first], month: monthAt(i + 1), to: i + 1 };
  const joined = tokens[i + 1] && (/^(?:and|to)$/i.test(tokens[i + 1].text) ? 2 : /^\s*[-–]\s*$/.test(gapBetween(sentence, tokens[i], tokens[i + 1])) ? 1 : 0);
  if (joined && day(i + joined) !== null && monthAt(i + joined + 1) >= 0) return { days: [first, day(i + joined)!], month: monthAt(i + joined + 1), to: i + joined + 1 };
  return null;
}

/** Whether the figure at token i names a thing's number rather than counts: a capitalised word before it, inside
 * a sentence that is not in title case. */
function designates(sentence: string, tokens: Token[], i: number): boolean {
  // (The sentence's first word is capitalised for that: "About 300 people", "Some 40 homes".)
  if (i < 2 || !/^\d{1,3}$/.test(tokens[i].text) || !/^\s$/.test(gapBetween(sentence, tokens[i - 1], tokens[i]))) return false;
  const prev = tokens[i - 1].text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(prev) || currencySignBefore(sentence, tokens[i].start)) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitalised * 4 < words.length * 3;
}

const MAGNITUDE = conceptOf(stem('magnitude'));

export function extractQuantities(sentence: string, sentenceIndex: number): RichDetail[] {
  const tokens = tokenize(sentence);
  const out: RichDetail[] = [];
  const emit = (d: Omit<RichDetail, 'sentenceIndex' | 'stems' | 'text' | 'start' | 'end' | 'context'> & { from: number; to: number }) => {
    const { from, to, ...rest } = d;
    const start = tokens[from].start, end = tokens[to].end;
    const text = sentence.slice(start, end);
    // "more than a dozen", "over 300", "up to 1,500": a bound, not the value itself.
    const before = sentence.slice(Math.max(0, start - 4), start);
    const bound = MIN_BOUND_RE.test(text) || (/\bno\s*$/i.test(before) && /^(?:less|fewer) than\b/i.test(text)) ? 'min' : /\bno\s*$/i.test(before) ? undefined : MAX_BOUND_RE.test(text) ? 'max' : undefined;
    out.push({ ...rest, start, end, text, sentenceIndex, stems: [], context: contextAround(tokens, from, to), ...(bound ? { bound } : {}) });
  };
  // Nobody hurt: "No one was hurt", "There were no injuries", "Nobody was killed": a count of zero, a fact of its own
  // that a report of seven injured contradicts.
  for (const m of sentence.matchAll(ZERO_HARM_RE)) {
    const what = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    const head = /^(kill|death|fatal|dead|die)/.test(what) ? 'kill' : 'injur';
    const from = tokens.findIndex((t) => t.start >= m.index!);
    if (from < 0) continue;
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.end <= m.index! + m[0].length) to++;
    emit({ kind: 'number', key: `number:0:${head}`, value: 0, approx: false, from, to });
  }
  // A vote's tally: "by 21 votes to 11", "voted 21 to 11", "passed 21-11". Both figures are one value: 22 to 10 is
  // another tally, not two other numbers. Only where the sentence tells of a vote, so a range ("aged 18 to 24") is not.
  const tallied = new Set<number>();
  if (VOTE_RE.test(sentence)) {
    for (const m of sentence.matchAll(TALLY_RE)) {
      const [a, b] = [numberValue(m[1]!.toLowerCase()), numberValue(m[2]!.toLowerCase())];
      if (a === null || b === null || a > 1000 || b > 1000) continue;
      const from = tokens.findIndex((t) => t.start >= m.index!);
      let to = from;
      while (to + 1 < tokens.length && tokens[to + 1]!.end <= m.index! + m[0].length) to++;
      emit({ kind: 'number', key: `tally:${a}-${b}`, value: a * 1000 + b, unit: 'tally', head: 'tally', from, to });
      for (let k = from; k <= to; k++) tallied.add(k);
    }
  }
  // A month alone after a word that makes it a time ("an inspection in November", "since March"): a date without a
  // year. A month with a day or a year is read below.
  for (let i = 1; i < tokens.length; i++) {
    const m = monthIndex(tokens[i].text);
    if (m < 0 || !/^\p{Lu}/u.test(tokens[i].text) || !MONTH_BEFORE.has(fold(tokens[i - 1].text))) continue;
    const after = tokens[i + 1]?.text ?? '';
    if (/^\d/.test(after) && !/[,;.]/.test(sentence.slice(tokens[i].end, tokens[i + 1]!.start))) continue;
    emit({ kind: 'date', key: `date:month-${m + 1}`, value: m + 1, unit: 'month', from: i - 1, to: i });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tallied.has(i)) continue;
    const t = tokens[i].text;
    // The day before the month, as most of the world writes it: "18 February", "between 2 and 18 February",
    // "2–18 February", "2-18 Feb". A range gives both days.
    const days = dayMonth(sentence, tokens, i);
    if (days) {
      for (const day of days.days) emit({ kind: 'date', key: `date:${MONTHS[days.month]}-${day}`, value: day, unit: 'day', from: i, to: days.to });
      i = days.to;
      continue;
    }
    // A fiscal year: "FY26", "FY2026".
    const fiscal = /^FY(\d{2}|\d{4})$/.exec(t);
    if (fiscal) {
      const year = fiscal[1]!.length === 2 ? 2000 + Number(fiscal[1]) : Number(fiscal[1]);
      emit({ kind: 'date', key: `date:${year}`, value: year, unit: 'year', from: i, to: i });
      continue;
    }
    // Temperatures, in Celsius whatever they are given in: "34C", "93F", "34°C", "-5 degrees Celsius".
    const temp = /^\d/.test(t) ? TEMPERATURE_RE.exec(sentence.slice(tokens[i].start - (sentence[tokens[i].start - 1] === '-' ? 1 : 0))) : null;
    if (temp) {
      const raw = Number(temp[1]);
      const scale = temp[2] ?? temp[3] ?? temp[4] ?? 'C';
      const celsius = Math.round((/^f/i.test(scale) ? ((raw - 32) * 5) / 9 : raw) * 10) / 10;
      const endAt = tokens[i].start + temp[0].length - (temp[1]!.startsWith('-') ? 1 : 0);
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].end <= endAt) j++;
      const { approx, from } = approxBefore(tokens, i);
      emit({ kind: 'number', key: `number:${formatNumber(celsius)}:celsius`, value: celsius, unit: 'celsius', head: 'celsius', approx, from, to: j });
      i = j;
      continue;
    }
    const lower = t.toLowerCase();
    // "third anniversary" is a duration in years.
    const ord = ordinalValue(lower);
    if (ord !== null && i + 1 < tokens.length && /^anniversar/i.test(tokens[i + 1].text)) {
      const { from } = approxBefore(tokens, i);
      emit({ kind: 'duration', key: `duration:${Math.round(ord * DURATION_DAYS.year)}`, value: ord, unit: 'year', head: 'war', approx: true, from, to: i + 1 });
      out[out.length - 1].head = undefined;
      i++;
      continue;
    }
    // Fractions of a whole, as shares: "two-thirds of the town" = 67%, "half of the residents" = 50%; and "half a million".
    const fraction = FRACTIONS[lower];
    // (Not a part of time or a match: "the second half of the year", "the first half".)
    const before = i > 0 ? fold(tokens[i - 1].text) : '';
    if (fraction !== undefined && !/^(the|this|that|first|second|last|latter|former|other|each|its|their|his|her)$/.test(before)) {
      const next1 = tokens[i + 1] ? fold(tokens[i + 1].text) : '', next2 = tokens[i + 2] ? fold(tokens[i + 2].text) : '';
      // "a third", "one half": the article belongs to the share.
      const from = /^(a|an|one)$/.test(before) ? i - 1 : i;
      if (next1 === 'of') {
        emit({ kind: 'number', key: `number:${formatNumber(fraction)}:percent`, value: fraction, unit: 'percent', approx: true, from, to: i });
        continue;
      }
      if (lower === 'half' && next1 === 'a' && scaleValue(next2) !== null) {
        const value = scaleValue(next2)! / 2;
        const h = headAfter(sentence, tokens, i + 2, 3);
        const head = h ? conceptOf(stem(h.token.text)) : undefined;
        emit({ kind: 'number', key: `number:${formatNumber(value)}:${head ?? ''}`, value, unit: head, head, approx: true, from, to: h ? h.index : i + 2 });
        i = h ? h.index : i + 2;
        continue;
      }
    }
    // Ages: "a 67-year-old resident", "Mariana Kostova, 67, who lives…", "aged 71".
    const age = ageAt(sentence, tokens, i);
    if (age) {
      emit({ kind: 'number', key: `age:${age.value}`, value: age.value, unit: 'age', head: 'age', from: i, to: i });
      continue;
    }
    // Hyphenated adjective: "five-hour", "28-point", "nearly four-year", "twenty-eight-day".
    const parts = lower.split('-');
    // "thirty-five" is one number word, read below with the noun after it.
    if (parts.length >= 2 && !(parts.length === 2 && numberValue(lower) !== null)) {
      let v = numberValue(parts[0]);
      let unitParts = parts.slice(1);
      const compound = numberValue(parts.slice(0, 2).join('-'));
      if (compound !== null && parts.length >= 3) [v, unitParts] = [compound, parts.slice(2)];
      // ("five-yearly", "twice-daily": how often, not how long or how many.)
      // "the 2008-built vessel", "a 1986-era dam": a year.
      if (v !== null && /^\d{4}$/.test(parts[0]) && v >= 1800 && v <= 2100) {
        emit({ kind: 'date', key: `date:${v}`, value: v, unit: 'year', from: i, to: i });
        continue;
      }
      // ("one-off", "two-up": a function word after the number makes an adjective, no measure.)
      if (v !== null && unitParts.length >= 1 && /^\p{L}+$/u.test(unitParts[0]) && unitParts[0] !== 'old' && !isStopword(unitParts[0]) && !/^(?:yearly|monthly|weekly|daily|hourly|annual)$/.test(unitParts[0])) {
        const unitWord = unitParts[0];
        const { approx, from } = approxBefore(tokens, i);
        const h = headAfter(sentence, tokens, i, 1);
        const head = h ? conceptOf(stem(h.token.text)) : undefined;
        const du = durationUnit(unitWord);
        if (du) emit({ kind: 'duration', key: `duration:${Math.round(v * DURATION_DAYS[du] * 1e5) / 1e5}`, value: v, unit: du, head, approx, from, to: h ? h.index : i });
        else {
          const measure = unitOf(stem(unitWord));
          const value = measure ? Math.round(v * measure.factor * 100) / 100 : v;
          const unit = measure ? measure.unit : conceptOf(stem(unitWord));
          emit({ kind: 'number', key: `number:${formatNumber(value)}:${unit}`, value, unit: measure ? unit : stem(unitWord), head, approx, ...(measure ? precision(v, measure.factor, unitWord) : {}), from, to: h ? h.index : i });
        }
        if (h) i = h.index;
        continue;
      }
    }
    // Vague magnitudes: "tens of thousands of casualties".
    if (VAGUE.has(lower)) {
      let j = i;
      while (j + 2 < tokens.length && fold(tokens[j + 1].text) === 'of' && VAGUE.has(fold(tokens[j + 2].text))) j += 2;
      let to = j;
      let head: string | undefined;
      if (j + 2 < tokens.length && fold(tokens[j + 1].text) === 'of') {
        const h = headAfter(sentence, tokens, j + 1, 2);
        if (h) [to, head] = [h.index, conceptOf(stem(h.token.text))];
      }
      const text = sentence.slice(tokens[i].start, tokens[j].end).toLowerCase();
      emit({ kind: 'number', key: `vague:${text}:${head ?? ''}`, unit: head, head, approx: true, from: i, to });
      i = to;
      continue;
    }
    // A measure written as one word: "150ft", "45m", "20km".
    const glued = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z²³]+)$/i.exec(t)?.slice(0, 4);
    if (glued) [glued[1], glued[2]] = [glued[1]!.replace(/,/g, '') + (glued[2] ?? ''), glued[3]!];
    const afterCode = i > 0 && CURRENCY_CODES.has(tokens[i - 1].text);
    const gluedUnit = glued && !afterCode && !currencySignBefore(sentence, tokens[i].start) ? unitOf(glued[2].toLowerCase()) : null;
    if (glued && gluedUnit) {
      const value = Math.round(Number(glued[1]) * gluedUnit.factor * 100) / 100;
      const { approx, from } = approxBefore(tokens, i);
      emit({ kind: 'number', key: `number:${formatNumber(value)}:${gluedUnit.unit}`, value, unit: gluedUnit.unit, head: gluedUnit.unit, approx, ...precision(Number(glued[1]), gluedUnit.factor, glued[2]), from, to: i });
      continue;
    }
    let v = numberValue(t);
    // "closed for a week", "within an hour": an article before a unit of time, after a word that makes it a span.
    if (v === null && (lower === 'a' || lower === 'an') && i > 0 && SPAN_BEFORE_ARTICLE.has(fold(tokens[i - 1].text)) && i + 1 < tokens.length && durationUnit(fold(tokens[i + 1].text)) && !/s$/i.test(tokens[i + 1].text)) v = 1;
    // A currency's code before the figure: "PLN 2.1bn", "EUR 490m", "USD 40 million".
    const code = i > 0 && CURRENCY_CODES.has(tokens[i - 1].text) && /^\s+$/.test(gapBetween(sentence, tokens[i - 1], tokens[i])) ? tokens[i - 1].text : null;
    // Money in short form after a currency sign or code: "€4m", "$2.5bn", "£300k", "PLN 30m".
    const short = /^(\d+(?:\.\d+)?)(k|m|bn)$/i.exec(t);
    if (v === null && short && (code || currencySignBefore(sentence, tokens[i].start))) v = Number(short[1]) * SHORT_SCALES[short[2].toLowerCase()];
    // An amount as an adjective: "a 2.1bn-zloty campus", "a $4m-a-year contract" is left to the sign.
    const amountWord = /^(\d+(?:\.\d+)?)(k|m|bn)?-(\p{L}+)$/iu.exec(t);
    if (v === null && amountWord && CURRENCY_WORDS[amountWord[3].toLowerCase()]) {
      const value = Number(amountWord[1]) * (amountWord[2] ? SHORT_SCALES[amountWord[2].toLowerCase()] : 1);
      const currency = CURRENCY_WORDS[amountWord[3].toLowerCase()];
      emit({ kind: 'number', key: `money:${currency}:${formatNumber(value)}`, value, unit: currency, from: i, to: i });
      continue;
    }
    if (v === null) continue;
    const isDigits = /^\d/.test(t);
    // A month before the number: "Feb. 3", "February 2022".
    const month = i > 0 ? monthIndex(tokens[i - 1].text) : -1;
    // A figure right after a name designates the thing named ("Stage 1 formula", "Dryer 2", "Category 4 storm",
    // "Route 66"): no count of anything. (Not in a headline's title case, "Fire Kills 3".)
    if (isDigits && month < 0 && !code && designates(sentence, tokens, i)) continue;
    if (isDigits && /^\d{4}$/.test(t) && v >= 1800 && v <= 2100) {
      const from = month >= 0 ? i - 1 : i;
      emit({ kind: 'date', key: month >= 0 ? `date:${v}-${month + 1}` : `date:${v}`, value: v, unit: 'year', from, to: i });
      continue;
    }
    if (isDigits && month >= 0 && v >= 1 && v <= 31) {
      emit({ kind: 'date', key: `date:${MONTHS[month]}-${v}`, value: v, unit: 'day', from: i - 1, to: i });
      continue;
    }
    // An earthquake's magnitude: "magnitude 5.8", "a magnitude-6.0 quake", "Mw 5.8", "ML 5.6".
    // ("put the magnitude at 5.8", "a magnitude of 6.0".)
    const scaleAt = i > 1 && /^(?:of|at)$/.test(tokens[i - 1].text) && /^magnitude$/i.test(tokens[i - 2].text) ? i - 2 : i - 1;
    if (isDigits && i > 0 && /^(?:[Mm]agnitude|Mw|ML|Ms|mb|Mb)$/.test(tokens[scaleAt].text)) {
      emit({ kind: 'number', key: `number:${formatNumber(v)}:${MAGNITUDE}`, value: v, unit: MAGNITUDE, head: MAGNITUDE, from: scaleAt, to: i });
      continue;
    }
    let to = i;
    const scale = i + 1 < tokens.length ? scaleValue(tokens[i + 1].text) : null;
    if (scale !== null) [v, to] = [v * scale, i + 1];
    const { approx, from } = approxBefore(tokens, i);
    const next = tokens[to + 1];
    const nextWord = next ? fold(next.text) : '';
    // Money: "£4.2 million", "$300", "12 billion euros". The currency is the unit; what it pays for is context, not a key.
    const sign = currencySignBefore(sentence, tokens[i].start);
    const symbol = sign?.code ?? code ?? undefined;
    // ("dollars" unqualified is some dollar, like a bare "$".)
    const currency = symbol ?? (/^dollars?$/.test(nextWord) ? '$' : CURRENCY_WORDS[nextWord]);
    if (currency) {
      const end = symbol ? to : to + 1;
      emit({ kind: 'number', key: `money:${currency}:${formatNumber(v)}`, value: v, unit: currency, approx, from: code && from === i ? i - 1 : from, to: end });
      // The symbol stands before the first token: the detail reads "£4.2 million", not "4.2 million".
      const d = out[out.length - 1];
      if (sign && from === i) [d.start, d.text] = [sign.start, sentence.slice(sign.start, d.end)];
      i = end;
      continue;
    }
    if (PERCENT.has(nextWord) || /%$/.test(t) || sentence.slice(tokens[to].end, tokens[to].end + 1) === '%') {
      emit({ kind: 'number', key: `number:${formatNumber(v)}:percent`, value: v, unit: 'percent', approx, from, to: PERCENT.has(nextWord) ? to + 1 : to });
      continue;
    }
    const du = next ? durationUnit(nextWord) : null;
    // "two years ago", "three weeks earlier": when something happened, counted back from a date the text does not
    // give, so not a span of time either.
    if (du && to + 2 < tokens.length && /^(?:ago|earlier)$/i.test(tokens[to + 2].text) && !/[,;:]/.test(gapBetween(sentence, tokens[to + 1], tokens[to + 2]))) {
      i = to + 2;
      continue;
    }
    if (du) {
      let end = to + 1;
      let head: string | undefined;
      // "four years of fighting": the noun after "of" is what lasted.
      if (end + 2 < tokens.length + 1 && tokens[end + 1] && fold(tokens[end + 1].text) === 'of') {
        const h = headAfter(sentence, tokens, end + 1, 2);
        if (h) [end, head] = [h.index, conceptOf(stem(h.token.text))];
      }
      emit({ kind: 'duration', key: `duration:${Math.round(v * DURATION_DAYS[du] * 1e5) / 1e5}`, value: v, unit: du, head, approx, from, to: end });
      i = end;
      continue;
    }
    // "14 of its 32 wagons": fourteen wagons; thirty-two is the whole, a fact of its own that never rivals a count.
    const part = partOfWhole(tokens, to);
    if (part) {
      const { approx, from } = approxBefore(tokens, i);
      emit({ kind: 'number', key: `number:${formatNumber(v)}:${part.head}`, value: v, unit: stem(fold(part.noun.text)), head: part.head, approx, from, to: i });
      emit({ kind: 'number', key: `number:${formatNumber(part.whole)}:${part.head}-whole`, value: part.whole, unit: stem(fold(part.noun.text)), head: `${part.head}-whole`, from: part.wholeIndex, to: part.nounIndex });
      i = part.nounIndex;
      continue;
    }
    // Measures: "30 tonnes", "30 metric tons", "5,000 sq m", "12 miles": the value in its canonical unit.
    const measure = next ? unitAfter(sentence, tokens, to) : null;
    if (measure) {
      const value = Math.round(v * measure.factor * 100) / 100;
      emit({ kind: 'number', key: `number:${formatNumber(value)}:${measure.unit}`, value, unit: measure.unit, head: measure.unit, approx, ...precision(v, measure.factor, tokens[measure.index].text), from, to: measure.index });
      i = measure.index;
      continue;
    }
    // A part of a group: "four of the injured", "two of them children", "three of those arrested": the count of what
    // follows (the noun after "them", else the group itself).
    const group = nextWord === 'of' ? partOfGroup(sentence, tokens, to) : null;
    if (group && v >= 2) {
      // "the injured", "those arrested": not a noun, so what they are is left to the words around it.
      const noun = isKnownNoun(stem(fold(tokens[group.index].text))) ? group.head : undefined;
      emit({ kind: 'number', key: `number:${formatNumber(v)}:${group.head}`, value: v, unit: noun, head: noun, approx, part: true, from, to: group.index });
      i = group.index;
      continue;
    }
    // "A crew of 19", "a fleet of 12": the count of a group WordNet knows by its members.
    const groupBefore = i >= 2 && fold(tokens[i - 1].text) === 'of' ? stem(fold(tokens[i - 2].text)) : null;
    if (groupBefore && isGroupNoun(groupBefore) && (!next || nextWord === 'of' || isStopword(nextWord) || /[,;:.!?)]/.test(gapBetween(sentence, tokens[to], next)))) {
      const head = conceptOf(groupBefore);
      emit({ kind: 'number', key: `number:${formatNumber(v)}:${head}`, value: v, unit: groupBefore, head, approx, from: i - 2, to });
      i = to;
      continue;
    }
    // A figure whose noun is left out because the count before it gives it: "some 250 permanent jobs, and up to 1,500
    // during construction".
    if (isDigits && v >= 10 && (!next || nextWord === 'of' || isStopword(nextWord) || /[,;:.!?)]/.test(gapBetween(sentence, tokens[to], next)))) {
      const prior = [...out].reverse().find((o) => o.kind === 'number' && o.key.startsWith('number:') && o.head && !o.part && !o.unit?.match(/^[A-Z]{3}$/));
      if (prior && ELLIPSIS_RE.test(sentence.slice(prior.end, tokens[from].start))) {
        emit({ kind: 'number', key: `number:${formatNumber(v)}:${prior.head}`, value: v, unit: prior.unit, head: prior.head, approx, from, to });
        continue;
      }
    }
    // Counts: a number before a noun phrase ("28 draft proposals", "20 items"). Word numbers need a noun right after.
    if (!next || nextWord === 'of' || isStopword(nextWord)) continue;
    const h = headAfter(sentence, tokens, to, 6);
    // (A dozen or more may take a compound noun: "a dozen data centres".)
    if (!h || /^\p{Lu}/u.test(h.token.text) || (!isDigits && h.index !== to + 1 && !(v >= 10 && h.index === to + 2) && !/^\p{Lu}/u.test(next.text))) continue;
    // "21 crew members", "six staff members": members of the group named before them.
    const modifier = h.index > to + 1 ? stem(fold(tokens[h.index - 1].text)) : null;
    const head = conceptOf(stem(h.token.text)) === conceptOf('member') && modifier && isKnownNoun(modifier) ? conceptOf(modifier) : conceptOf(stem(h.token.text));
    // "two sides", "one country": small counts in words are phrasing, not figures a reader would compare.
    if (!isDigits && v <= 2) continue;
    emit({ kind: 'number', key: `number:${formatNumber(v)}:${head}`, value: v, unit: stem(h.token.text), head, approx, from, to: h.index });
    i = h.index;
  }
  return out;
}
