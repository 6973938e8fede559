// Claims: what a clause says beyond its names and numbers ("visited the embassy", "was held via interpreters").
import { COMMON_NEWS_WORDS, conceptOf, fold, stem, STOPWORDS, tokenize } from '../text/words';
import { placeOf } from '../text/places';
import { TITLES } from './entities';
import type { RichDetail } from './types';

/** Clause boundaries: punctuation and conjunctions that start a new statement. */
// "and" starts a clause only before a verb or a new subject: "financial and military support" stays one phrase.
// Case-sensitive on purpose: "and Jared Kushner" must not read as "and <verb>ed".
const CLAUSE_RE = /[,;:()—–]|\s(?:but|while|whereas|although|though|which|who|after|before|because|as well as|including|despite)\s|\sand\s(?=(?:was|were|is|are|has|have|had|will|would|could|can|then|also|the|a|an|he|she|they|it|its|their|his|her|said|says|\p{Ll}+ed)\b)/gu;
/** A comma right after "a/an/the <word>" sits between adjectives ("a rare, extended round"), not between clauses. */
const OPEN_NOUN_PHRASE_RE = /\b(?:[Aa]n?|[Tt]he)\s+\p{Ll}[\p{L}-]*$/u;
/** A claim reads as a phrase: the clause up to this many words (all tokens, not only content words). */
const MAX_CLAIM_WORDS = 14;
const MIN_SALIENT = 2;
const MIN_CLAUSE_WORDS = 4;

/** One claim per clause that carries at least two content words not already covered by another detail. */
export function extractClaims(sentence: string, sentenceIndex: number, covered: RichDetail[]): RichDetail[] {
  const out: RichDetail[] = [];
  const cuts = [0];
  for (const m of sentence.matchAll(CLAUSE_RE)) {
    if (m[0] === ',' && OPEN_NOUN_PHRASE_RE.test(sentence.slice(0, m.index))) continue;
    cuts.push(m.index!, m.index! + m[0].length);
  }
  cuts.push(sentence.length);
  // Pieces of fewer than MIN_CLAUSE_WORDS words ("a rare, extended round") stay with the clause before them.
  const clauses: [number, number][] = [];
  for (let c = 0; c + 1 < cuts.length; c += 2) {
    const piece: [number, number] = [cuts[c], cuts[c + 1]];
    const last = clauses[clauses.length - 1];
    const n = tokenize(sentence.slice(piece[0], piece[1])).length;
    if (last && (n < MIN_CLAUSE_WORDS || tokenize(sentence.slice(last[0], last[1])).length < MIN_CLAUSE_WORDS)) last[1] = piece[1];
    else if (n > 0) clauses.push(piece);
  }
  for (const [from, to] of clauses) {
    const tokens = tokenize(sentence.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
    // Quoted words are the quote's detail, not the claim's.
    const inQuote = (t: { start: number; end: number }) => covered.some((d) => d.kind === 'quote' && t.start >= d.start && t.end <= d.end);
    const content = tokens.filter((t) => {
      const f = fold(t.text);
      return f.length > 1 && !STOPWORDS.has(f) && !/^\d/.test(f) && !inQuote(t);
    });
    const salient = content.filter((t) => {
      const f = fold(t.text);
      if (COMMON_NEWS_WORDS.has(f) || TITLES.has(f) || placeOf(f)) return false;
      return !covered.some((d) => t.start < d.end && t.end > d.start);
    });
    if (salient.length < MIN_SALIENT || content.length === 0) continue;
    // The claim's text: the clause from its first to its last content word, at most MAX_CLAIM_WORDS words.
    // Start at the first word no other detail owns when the clause opens with, say, the outlet's name.
    const isCovered = (t: { start: number; end: number }) => covered.some((d) => t.start < d.end && t.end > d.start && d.sentenceIndex < 0);
    while (content.length > 1 && isCovered(content[0])) content.shift();
    const first = content[0];
    const tail = tokens.filter((t) => t.start >= first.start && !inQuote(t));
    const lastContent = content[content.length - 1];
    const last = tail.slice(0, MAX_CLAIM_WORDS).filter((t) => t.end <= lastContent.end && content.includes(t)).pop() ?? first;
    // Never stop inside a name: "… the delegates Ana Ruiz and Tomas" ends at "Tomas Berg".
    const cutName = covered.find((d) => d.kind !== 'claim' && d.kind !== 'quote' && last.start >= d.start && last.end < d.end);
    const end = cutName ? cutName.end : last.end;
    const text = sentence.slice(first.start, end);
    // Words another detail owns (a name, a number, a time) are compared through that detail, not again through the claim.
    const own = content.filter((t) => !covered.some((d) => d.kind !== 'quote' && t.start < d.end && t.end > d.start));
    const stems = own.map((t) => placeOf(fold(t.text)) ?? conceptOf(stem(t.text)));
    const key = `claim:${salient.map((t) => conceptOf(stem(t.text))).sort().join(' ')}`;
    out.push({ kind: 'claim', text, key, sentenceIndex, start: first.start, end, stems, context: [] });
  }
  return out;
}
