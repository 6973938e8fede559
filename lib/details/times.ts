// Times without numbers: weekdays, "past midnight", "last month", "earlier this week".
import { fold } from '../text/words';
import type { RichDetail } from './types';

const TIME_RE = /\b(?:(?:on|last|next|this|since|until|by) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(past midnight|after midnight|late[- ]night|overnight|at dawn|at midnight)\b|\b((?:earlier|later) this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|yesterday|on the same day)\b/giu;

const CANONICAL: Record<string, string> = {
  'past midnight': 'midnight', 'after midnight': 'midnight', 'late-night': 'midnight', 'late night': 'midnight', overnight: 'midnight', 'at midnight': 'midnight',
};

export function extractTimes(sentence: string, sentenceIndex: number): RichDetail[] {
  const out: RichDetail[] = [];
  for (const m of sentence.matchAll(TIME_RE)) {
    const core = fold(m[1] ?? m[2] ?? m[3]).replace(/\s+/g, ' ');
    out.push({ kind: 'time', text: m[0], key: `time:${CANONICAL[core] ?? core}`, sentenceIndex, start: m.index!, end: m.index! + m[0].length, stems: [], context: [] });
  }
  return out;
}
