// When a report was published, as its page or text says it: page metadata, an "Updated"/"Published" stamp, a
// copyright line. Relative dates ("two years ago", "next year") are read against it, and two reports published years
// apart tell two events. Absent when nothing says it: then nothing is guessed.
import { monthIndex } from '../text/numbers';

/** "2026-11-23" when the day is known, "2026" when only the year is. */
export type PublishedDate = string;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');
const valid = (y: number, m?: number, d?: number) => y >= MIN_YEAR && y <= MAX_YEAR && (m === undefined || (m >= 1 && m <= 12)) && (d === undefined || (d >= 1 && d <= 31));

/** A date written out in one line: ISO, "23.11.2026", "November 23, 2026", "23 Nov 2026"; else a year alone. */
export function dateIn(text: string): PublishedDate | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${m[2]}-${m[3]}`;
  // Day first with dots ("23.11.2026", European): with slashes the order is not known, so only the year counts.
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (m && valid(+m[3]!, +m[2]!, +m[1]!)) return `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}`;
  m = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b/.exec(text);
  if (m && monthIndex(m[1]!) >= 0 && valid(+m[3]!, monthIndex(m[1]!) + 1, +m[2]!)) return `${m[3]}-${pad(monthIndex(m[1]!) + 1)}-${pad(+m[2]!)}`;
  m = /\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b/.exec(text);
  if (m && monthIndex(m[2]!) >= 0 && valid(+m[3]!, monthIndex(m[2]!) + 1, +m[1]!)) return `${m[3]}-${pad(monthIndex(m[2]!) + 1)}-${pad(+m[1]!)}`;
  m = /\b\d{1,2}\/\d{1,2}\/(\d{4})\b/.exec(text);
  if (m && valid(+m[1]!)) return m[1]!;
  return null;
}

/** A line that stamps the report's date: "Updated 23.11.2026, 09:14", "Published: Nov 23, 2026", "© 2026 Outlet". */
const STAMP_RE = /^\s*(?:(?:last\s+)?(?:updated|published|posted|first published|modified)\b[\s:,]*(?:on\s+)?(.{4,60})$|(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(\d{4})\b)/i;

/**
 * The publication date a report's lines give: a dated stamp line first, then a copyright year. `meta` is the page's
 * own metadata (Readability's publishedTime), which wins when it parses.
 */
export function publishedFrom(lines: string[], meta?: string | null): PublishedDate | null {
  const fromMeta = meta ? dateIn(meta) : null;
  if (fromMeta) return fromMeta;
  let copyright: PublishedDate | null = null;
  for (const line of lines) {
    if (line.length > 120) continue;
    const m = STAMP_RE.exec(line);
    if (!m) continue;
    if (m[1]) {
      const d = dateIn(m[1]);
      if (d) return d;
    } else if (m[2] && !copyright && valid(+m[2])) copyright = m[2];
  }
  return copyright;
}

/** The year of a publication date. */
export function yearOf(date: PublishedDate | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** Days between two publication dates, when both give the day; null otherwise. */
export function daysApart(a: PublishedDate, b: PublishedDate): number | null {
  if (a.length < 10 || b.length < 10) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Whether two reports were published too far apart to tell one event: more than this many days when both give the
 * day, else different years. A story runs for weeks; an announcement and the vote on it two years later do not.
 */
export const DEFAULT_MAX_EVENT_DAYS = 60;

export function publishedApart(a: PublishedDate | null | undefined, b: PublishedDate | null | undefined): boolean {
  if (!a || !b) return false;
  const days = daysApart(a, b);
  if (days !== null) return days > DEFAULT_MAX_EVENT_DAYS;
  return yearOf(a) !== yearOf(b);
}
