// Quotes and who said them.
import { contentStems } from '../text/words';
import type { RichDetail } from './types';

const SPEECH = 'said|says|told|described|noted|added|stressed|warned|insisted|argued|claimed|called|emphasi[sz]ed|acknowledged|confirmed|suggested|explained|cautioned|accused|reiterated';
const SPEECH_AFTER_RE = new RegExp(String.raw`^(?:,[^,]{0,40},)?\s*(?:${SPEECH})\b`, 'u');
const SPEECH_BEFORE_RE = new RegExp(String.raw`\b(?:${SPEECH}|according to)\s+(?:\p{Lu}[\p{L}.’']*\s+){0,4}$`, 'u');
const QUOTE_RE = /[“"«„]([^“”"«»„]{1,600}?)[”"»“]/gu;

/** Quoted passages of a sentence. The speaker is the nearest named person, else the last person named before. */
export function extractQuotes(sentence: string, sentenceIndex: number, people: RichDetail[], lastPerson: string | null): RichDetail[] {
  const out: RichDetail[] = [];
  for (const m of sentence.matchAll(QUOTE_RE)) {
    const text = m[1].trim().replace(/[,.]$/, '');
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const start = m.index! + 1;
    // The person a speech verb attaches to ("Ushakov said", "said Ushakov") speaks; else the nearest person, else the last one named.
    let speaker: string | null = people.find((p) => SPEECH_AFTER_RE.test(sentence.slice(p.end, p.end + 40)) || SPEECH_BEFORE_RE.test(sentence.slice(Math.max(0, p.start - 30), p.start)))?.text ?? null;
    let best = Infinity;
    if (!speaker) for (const p of people) {
      const d = p.end <= start ? start - p.end : p.start - (start + text.length);
      if (d >= 0 && d < best) [best, speaker] = [d, p.text];
    }
    speaker ??= lastPerson;
    out.push({ kind: 'quote', text, key: `quote:${contentStems(text).join(' ')}`, sentenceIndex, start, end: start + text.length, stems: contentStems(text), context: [], speaker });
  }
  return out;
}
