// Quotes and who said them.
import { contentStems } from '../text/words';
import type { RichDetail } from './types';

const SPEECH = 'said|says|told|described|noted|added|stressed|warned|insisted|argued|claimed|called|emphasi[sz]ed|acknowledged|confirmed|suggested|explained|cautioned|accused|reiterated';
const SPEECH_AFTER_RE = new RegExp(String.raw`^(?:,[^,]{0,40},)?\s*(?:${SPEECH})\b`, 'u');
const SPEECH_BEFORE_RE = new RegExp(String.raw`\b(?:${SPEECH}|according to)\s+(?:\p{Lu}[\p{L}.’']*\s+){0,4}$`, 'u');
const PRONOUN_SPEECH_RE = new RegExp(String.raw`\b(?:he|she|they)\s+(?:${SPEECH})\b|\b(?:${SPEECH})\s+(?:he|she)\b`, 'iu');
const OBJECT_OF_RE = /\b(?:to|for|of|with)\s+(?:\p{Lu}[\p{L}.’']*\s+){0,3}$/u;
const QUOTE_RE = /[“"«„]([^“”"«»„]{1,600}?)[”"»“]/gu;

/** Quoted passages of a sentence. The speaker is the nearest named person, else the last person named before. */
/** Quoted spans, including a quote the sentence splitter cut: an opening mark with no close, or a close with no opening. */
function quotedSpans(sentence: string): { start: number; text: string }[] {
  const spans: { start: number; text: string }[] = [];
  for (const m of sentence.matchAll(QUOTE_RE)) spans.push({ start: m.index! + 1, text: m[1] });
  const opens = (sentence.match(/[“«„]/g) ?? []).length, closes = (sentence.match(/[”»]/g) ?? []).length;
  if (opens > closes) {
    const at = Math.max(sentence.lastIndexOf('“'), sentence.lastIndexOf('«'), sentence.lastIndexOf('„'));
    if (!spans.some((s) => s.start - 1 === at)) spans.push({ start: at + 1, text: sentence.slice(at + 1) });
  } else if (closes > opens) {
    const at = sentence.search(/[”»]/);
    spans.unshift({ start: 0, text: sentence.slice(0, at) });
  }
  return spans;
}

export function extractQuotes(sentence: string, sentenceIndex: number, people: RichDetail[], lastPerson: string | null): RichDetail[] {
  const out: RichDetail[] = [];
  for (const span of quotedSpans(sentence)) {
    const lead = span.text.length - span.text.trimStart().length;
    const text = span.text.trim().replace(/[,.]$/, '');
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const start = span.start + lead;
    // The person a speech verb attaches to ("Ushakov said", "said Ushakov") speaks; a guess from mere nearness would be wrong too often.
    // "an adviser to President Putin said": the adviser speaks, not Putin.
    const speakers = people.filter((p) => !OBJECT_OF_RE.test(sentence.slice(Math.max(0, p.start - 40), p.start)));
    let speaker: string | null = speakers.find((p) => SPEECH_AFTER_RE.test(sentence.slice(p.end, p.end + 40)) || SPEECH_BEFORE_RE.test(sentence.slice(Math.max(0, p.start - 30), p.start)))?.text ?? null;
    // "…,” he said": a pronoun speaks for the last person named; without one the speaker stays unknown.
    if (!speaker && PRONOUN_SPEECH_RE.test(sentence)) speaker = lastPerson;
    out.push({ kind: 'quote', text, key: `quote:${contentStems(text).join(' ')}`, sentenceIndex, start, end: start + text.length, stems: contentStems(text), context: [], speaker });
  }
  return out;
}
