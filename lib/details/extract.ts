// All details of an article, sentence by sentence: names, quantities, times, quotes, then claims for what is left.
import type { Article } from '../report';
import { extractClaims } from './claims';
import { entityContext, extractEntities, firstWordStart } from './entities';
import { extractQuantities } from './quantities';
import { extractQuotes } from './quotes';
import { extractTimes } from './times';
import { yearOf } from '../extract/published';
import { numberValue } from '../text/numbers';
import type { RichDetail } from './types';

export function extractDetails(article: Pick<Article, 'sentences' | 'outlet' | 'published'>): RichDetail[] {
  const ctx = entityContext(article.sentences, article.outlet);
  const year = yearOf(article.published);
  // Acronyms the text spells out in common words ("a local spatial development plan (MPZP)", "full supply level
  // (FSL)"): abbreviations of things, not names, wherever they recur.
  const common = new Set(article.sentences.flatMap((s) => [...s.matchAll(DEFINED_ACRONYM_RE)].map((m) => m[1]!)));
  const out: RichDetail[] = [];
  let lastPerson: string | null = null;
  article.sentences.forEach((sentence, i) => {
    // Markup or code quoted in the page ("<script>…</script>", "onerror=…") is text to show, never a fact.
    if (looksLikeCode(sentence)) return;
    // A date counted from when the report was published ("two years ago", "next year") is that year.
    const relative = year === null ? [] : relativeDates(sentence, i, year);
    const times = extractTimes(sentence, i).filter((t) => !relative.some((r) => t.start < r.end && t.end > r.start));
    // A figure inside a clock time ("23:15 local time") is the time's.
    const quantities = [...extractQuantities(sentence, i).filter((q) => !times.some((t) => t.value !== undefined && q.start < t.end && q.end > t.start)), ...relative];
    // A name inside a date or a clock time ("May", "GMT") belongs to it; a time zone alone is not a name either.
    // So does a unit after a number ("210 MW").
    const entities = extractEntities(sentence, i, ctx).filter((e) => !commonAcronym(e, sentence) && !common.has(e.text)).filter((e) => ![...quantities.filter((q) => q.kind === 'date'), ...times].some((q) => e.start < q.end && e.end > q.start) && !quantities.some((q) => q.kind === 'number' && e.start >= q.start && e.end <= q.end) && !TIME_ZONE.test(e.text));
    const people = entities.filter((e) => e.kind === 'person');
    const quotes = extractQuotes(sentence, i, people, lastPerson);
    if (people.length) lastPerson = people[people.length - 1].text;
    // Names inside quotes belong to the quote.
    const names = entities.filter((e) => !quotes.some((q) => e.start >= q.start && e.end <= q.end));
    const unknowns = causeUnknown(sentence, i);
    const covered = [...quantities, ...times, ...names, ...quotes, ...unknowns, ...outletMentions(sentence, article.outlet)];
    const claims = extractClaims(sentence, i, covered).filter((c) => !quotes.some((q) => c.start >= q.start - 1 && c.end <= q.end + 1));
    out.push(...names, ...quantities, ...times, ...quotes, ...unknowns, ...claims);
  });
  attributeRunOnQuotes(out, article.sentences);
  return out;
}

/**
 * A quote that runs over several sentences is attributed once, in its last sentence ("…are coming. I want an
 * account,” he said.") or in the sentence before it; each of its sentences takes that speaker. So does a sentence that
 * is only a quote, right after a quote of a known speaker (the next paragraph of the same quote).
 */
function attributeRunOnQuotes(details: RichDetail[], sentences: string[]): void {
  const quotes = details.filter((d) => d.kind === 'quote');
  const opensWithQuote = (i: number) => /^\s*[“"«„]/u.test(sentences[i] ?? '');
  const closes = (i: number) => /[”"»]/u.test((sentences[i] ?? '').slice(1));
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k]!, next = quotes[k + 1];
    if (!q.speaker && next?.speaker && next.sentenceIndex === q.sentenceIndex + 1 && !closes(q.sentenceIndex) && q.end >= sentences[q.sentenceIndex]!.trimEnd().length - 1) q.speaker = next.speaker;
  }
  for (let k = 1; k < quotes.length; k++) {
    const q = quotes[k]!, prev = quotes[k - 1]!;
    // (Or the sentence goes on with a quote the last sentence opened and did not close: "“Parents trusted us. We will
    // find out…”".)
    const goesOn = q.start <= firstWordStart(sentences[q.sentenceIndex] ?? '') && !closes(prev.sentenceIndex) && /[“«„]/u.test(sentences[prev.sentenceIndex] ?? '');
    if (!q.speaker && prev.speaker && prev.sentenceIndex === q.sentenceIndex - 1 && (opensWithQuote(q.sentenceIndex) || goesOn)) q.speaker = prev.speaker;
  }
}

/**
 * "The cause of the fire has not been established", "It was not yet clear what had started the fire": that the cause
 * is not known is a fact of its own, one key in any wording.
 */
const CAUSE_UNKNOWN_RE = /\bcause\b[^.;]{0,50}?\b(?:is|was|has|had|have|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)(?:\p{L}+ly\s+)?(?:known|clear|established|determined|confirmed|identified)\b|\bcause\b[^.;]{0,50}?\b(?:is|was|remains?|remained)\s+(?:still\s+)?(?:unknown|unclear)\b|\bnot\s+(?:yet\s+)?(?:known|clear)\s+what\s+(?:had\s+)?(?:caused|started|sparked|triggered)\b/iu;
export const CAUSE_UNKNOWN_KEY = 'claim:cause-unknown';

function causeUnknown(sentence: string, sentenceIndex: number): RichDetail[] {
  const m = CAUSE_UNKNOWN_RE.exec(sentence);
  return m ? [{ kind: 'claim', text: m[0], key: CAUSE_UNKNOWN_KEY, sentenceIndex, start: m.index, end: m.index + m[0].length, stems: [], context: [] }] : [];
}

/**
 * An acronym that stands for a common noun, not a name: written as a plural ("PPAs", "SUVs"), or between a figure and
 * its noun ("250 FTE roles", "4,500 TEU boxes").
 */
function commonAcronym(e: { text: string; start: number; end: number }, sentence: string): boolean {
  if (!/^\p{Lu}{2,6}s?$/u.test(e.text)) return false;
  if (/^\p{Lu}{2,6}s$/u.test(e.text)) return true;
  return /\d\s+$/.test(sentence.slice(0, e.start)) && /^\s+\p{Ll}/u.test(sentence.slice(e.end));
}

/** An acronym in brackets right after a lower-case word: "plan (MPZP)", "heating (DH)", "level (FSL)". */
const DEFINED_ACRONYM_RE = /\b\p{Ll}[\p{Ll}-]+\s+\((\p{Lu}{2,6})\)/gu;

const TIME_ZONE = /^(GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT)$/;

/** Tags, attribute assignments, calls and statements of code: what prose never holds. */
const CODE_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>|\b[a-z_$][\w$]*(?:\.[\w$]+)+\s*=[^=]|\bon[a-z]+\s*=\s*["']|\bfunction\s*\(|=>|javascript:/i;

export function looksLikeCode(sentence: string): boolean {
  return CODE_RE.test(sentence);
}

/** Where a sentence names the article's own outlet ("As The Courier reported"): not part of any claim. */
function outletMentions(sentence: string, outlet: string | null): RichDetail[] {
  if (!outlet) return [];
  const name = outlet.replace(/^the\s+/i, '').trim();
  if (name.length < 2) return [];
  const out: RichDetail[] = [];
  const lower = sentence.toLowerCase(), needle = name.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1))
    out.push({ kind: 'claim', text: name, key: '', sentenceIndex: -1, start: at, end: at + needle.length, stems: [], context: [] });
  return out;
}

/** "two years ago", "17 years ago", "last year", "next year", "this year": years counted from the publication year. */
const RELATIVE_YEAR_RE = /\b(?:([\p{L}\d-]+) years? ago|(last|next|this) year|(a) year ago)\b/giu;

/** Dates a report gives relative to when it was published, as the years they are. */
export function relativeDates(sentence: string, sentenceIndex: number, year: number): RichDetail[] {
  const out: RichDetail[] = [];
  for (const m of sentence.matchAll(RELATIVE_YEAR_RE)) {
    const back = m[1] !== undefined ? numberValue(m[1].toLowerCase()) : m[3] ? 1 : null;
    const shift = back !== null ? -back : m[2] ? { last: -1, next: 1, this: 0 }[m[2].toLowerCase() as 'last' | 'next' | 'this'] : null;
    if (shift === null || shift === undefined || !Number.isInteger(shift) || Math.abs(shift) > 200) continue;
    const y = year + shift;
    out.push({ kind: 'date', text: m[0], key: `date:${y}`, value: y, unit: 'year', sentenceIndex, start: m.index!, end: m.index! + m[0].length, stems: [], context: [] });
  }
  return out;
}
