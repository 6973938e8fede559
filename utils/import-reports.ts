// What the options page imports: a pack, or single reports as .txt/.html. One sentence naming a file it refuses.
import { readArticleFromDocument } from '../lib/extract/document';
import { looksBinary, readArticleFromText } from '../lib/extract/text';
import { type KeptReport, keptReport } from '../lib/index/library';
import { MAX_PACK_BYTES, parsePack } from '../lib/index/pack';
import type { Outcome } from '../lib/report';

export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export async function reportsFromFile(file: ImportFile, parseHtml: (html: string) => Document, now = new Date()): Promise<Outcome<KeptReport[]>> {
  const refuse = (why: string): Outcome<KeptReport[]> => ({ ok: false, error: 'unreadable', message: `${file.name} ${why}.` });
  if (file.size > MAX_PACK_BYTES) return refuse(`is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`);
  if (file.size === 0) return refuse('is empty');
  const text = await file.text();
  if (/\.json$/i.test(file.name)) {
    const pack = parsePack(text, now);
    return pack.ok ? pack : refuse(pack.message);
  }
  if (!/\.(txt|html?)$/i.test(file.name)) return refuse('is not a .json pack or a .txt/.html report');
  if (looksBinary(text)) return refuse('is a binary file, not a report');
  const article = /\.html?$/i.test(file.name) ? readArticleFromDocument(parseHtml(text)) : readArticleFromText(text);
  if (!article.ok) return refuse(`could not be read as an article: ${article.message.charAt(0).toLowerCase()}${article.message.slice(1).replace(/\.$/, '')}`);
  return { ok: true, value: [keptReport(article.value, null, now)] };
}
