// Times: clock times ("11.40pm", "23:40", "about 7am") and times without numbers: weekdays, "past midnight", "last month".
import { contentStems, fold } from '../text/words';
import type { RichDetail } from './types';

const TIME_RE = /\b(?:(?:on|last|next|this|since|until|by) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(past midnight|after midnight|late[- ]night|overnight|at dawn|at midnight)\b|\b((?:earlier|later) this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|yesterday|on the same day)\b/giu;

const CANONICAL: Record<string, string> = {
  'past midnight': 'midnight', 'after midnight': 'midnight', 'late-night': 'midnight', 'late night': 'midnight', overnight: 'midnight', 'at midnight': 'midnight',
};

/** "11.40pm", "6.15 a.m.", "23:40", "7am"; not a ratio ("3:1") or a score: minutes must be two digits and hours valid. */
const CLOCK_RE = /\b(?:(?:at|about|around|shortly after|just before|by) )?(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b(?:(?:at|about|around|by) )?([01]?\d|2[0-3]):([0-5]\d)(?!\d)(?:\s?(?:local time|GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT))?|\b([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT)\b/giu;

const NOON_RE = /\b(?:(?:at|by|around|about|shortly|just|soon)(?: (before|after))? )(noon|midday|lunchtime|lunch time)\b/giu;
const NEAR_MIDNIGHT_RE = /\b(?:just|shortly|minutes|around|about)(?: (before|after))? midnight\b/giu;

/** Minutes since midnight of a clock time, or null for an impossible one. */
function clockMinutes(h: number, m: number, half: string | undefined): number | null {
  if (m > 59) return null;
  if (half) {
    if (h < 1 || h > 12) return null;
    const pm = half.toLowerCase().startsWith('p');
    return ((h % 12) + (pm ? 12 : 0)) * 60 + m;
  }
  return h <= 23 ? h * 60 + m : null;
}

export function extractTimes(sentence: string, sentenceIndex: number): RichDetail[] {
  const out: RichDetail[] = [];
  // What happened at a clock time is told by the rest of its sentence ("staff saw water bursting through the floor").
  const context = [...new Set(contentStems(sentence.replace(CLOCK_RE, ' ')))];
  const clock = (m: RegExpMatchArray, minutes: number) => {
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    // A time in universal time ("04:30 UTC", "0430 GMT", "4.30am GMT") is another clock than the local one.
    const end = m.index! + m[0].length;
    const universal = /\b(?:GMT|UTC)\b/.test(m[0]) || /^\s?\(?(?:GMT|UTC)\b/.test(sentence.slice(end, end + 6));
    out.push({ kind: 'time', text: m[0], key: `time:${hhmm}${universal ? '-utc' : ''}`, value: minutes, unit: universal ? 'minute-of-day-utc' : 'minute-of-day', sentenceIndex, start: m.index!, end, stems: [], context });
  };
  for (const m of sentence.matchAll(CLOCK_RE)) {
    // "23:40 local time (2140 GMT)": the same moment again in another zone, not a second time.
    if (sentence[m.index! - 1] === '(' && out.some((t) => t.value !== undefined)) continue;
    const [h, min, half] = m[3] !== undefined ? [m[1], m[2] ?? '0', m[3]] : m[4] !== undefined ? [m[4], m[5], undefined] : [m[6], m[7], undefined];
    const minutes = clockMinutes(Number(h), Number(min), half);
    if (minutes !== null) clock(m, minutes);
  }
  // "just before midnight", "shortly after midnight", "around midnight": a clock time given loosely.
  for (const m of sentence.matchAll(NEAR_MIDNIGHT_RE)) clock(m, /before/i.test(m[1] ?? '') ? 23 * 60 + 50 : /after/i.test(m[1] ?? '') ? 10 : 0);
  // Noon: "shortly after noon", "by lunchtime", "at midday".
  for (const m of sentence.matchAll(NOON_RE)) clock(m, (/lunch/i.test(m[2]!) ? 12 * 60 + 30 : 12 * 60) + (/before/i.test(m[1] ?? '') ? -10 : /after/i.test(m[1] ?? '') ? 10 : 0));
  for (const m of sentence.matchAll(TIME_RE)) {
    const core = fold(m[1] ?? m[2] ?? m[3]).replace(/\s+/g, ' ');
    out.push({ kind: 'time', text: m[0], key: `time:${CANONICAL[core] ?? core}`, sentenceIndex, start: m.index!, end: m.index! + m[0].length, stems: [], context: [] });
  }
  return out;
}
