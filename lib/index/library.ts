// The reader's own library of kept reports as an index: rows computed once when a report is kept, searched like the
// bundled index. Pure: the entry points store and load the reports (IndexedDB), this module only shapes them.
import type { Outcome } from '../report';
import { indexRow } from './build';
import { INDEX_FORMAT, INDEX_VERSION, type IndexedDoc, type LoadedIndex, parseIndex, type StoredReport, storedReport } from './format';
import type { KeptReport } from './kept';

export { DEFAULT_SAME_TEXT_SHARE, type KeptReport, sameArticle } from './kept';

/** FNV-1a, hex: a stable id from the address (or the text when there is none). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function keptReport(article: StoredReport, url: string | null, savedAt: Date): KeptReport {
  const body = storedReport(article);
  const id = `kept-${hash(url ?? body.sentences.join('\n'))}`;
  return { ...body, id, url, savedAt: savedAt.toISOString(), row: indexRow(id, body) };
}

/** The kept reports as an index; each is its own story (the library is small, and its reports come from anywhere). */
export function libraryIndex(kept: KeptReport[]): Outcome<LoadedIndex> {
  const rows = kept.map((k, i): IndexedDoc => [k.row[0], k.row[1], k.row[2], i + 1, k.row[4], k.row[5], k.row[6], k.row[7]]);
  const bodies = Object.fromEntries(kept.map((k) => [k.id, storedReport(k)]));
  return parseIndex({ format: INDEX_FORMAT, version: INDEX_VERSION, shards: 1, docs: rows }, async () => ({ format: INDEX_FORMAT, version: INDEX_VERSION, shard: 0, reports: bodies }));
}
