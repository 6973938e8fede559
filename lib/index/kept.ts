// A kept report and when two are the same article: light on purpose, the pages that list the library import it
// without the comparison.
import type { IndexedDoc, StoredReport } from './format';

/** A report the reader kept: the extracted text and where it came from; never the page's HTML or cookies. */
export interface KeptReport extends StoredReport {
  id: string;
  url: string | null;
  /** ISO date the reader kept it. */
  savedAt: string;
  /** Its match row, computed when it was kept. */
  row: IndexedDoc;
}

/** Share of sentences two texts have word for word above which they are one report (a reprint, a page read twice). */
export const DEFAULT_SAME_TEXT_SHARE = 0.8;

/** Keeping the same article twice keeps one copy: the same address, or nearly the same text. */
export function sameArticle(a: Pick<KeptReport, 'url' | 'sentences'>, b: Pick<KeptReport, 'url' | 'sentences'>): boolean {
  if (a.url && b.url && a.url === b.url) return true;
  const mine = new Set(a.sentences);
  const shared = b.sentences.filter((s) => mine.has(s)).length;
  return shared / Math.max(1, Math.min(a.sentences.length, b.sentences.length)) >= DEFAULT_SAME_TEXT_SHARE;
}
