// Node-side reading of report files and index folders, shared by the CLI, the index builder and the benchmark.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readArticleFromDocument } from '../lib/extract/document';
import { looksBinary, readArticleFromText } from '../lib/extract/text';
import { parseIndex, type LoadedIndex, shardFileName } from '../lib/index/format';
import { libraryIndex } from '../lib/index/library';
import { MAX_PACK_BYTES, parsePack } from '../lib/index/pack';
import type { Article, Outcome } from '../lib/report';

export const DEFAULT_INDEX_DIR = 'public/index';
/** The bundled reports the default index is built from. */
export const DEFAULT_REPORTS_DIR = 'seeds';
/** Larger inputs are refused: no news article is this long, and reading it would stall the terminal. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function isHtml(text: string, name = ''): boolean {
  return /\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

/** Decode bytes as UTF-8, refusing binary data and text that is not valid UTF-8. */
export function decodeText(bytes: Buffer): Outcome<string> {
  if (bytes.includes(0)) return { ok: false, error: 'unreadable', message: 'is a binary file, not text' };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'unreadable', message: 'is not UTF-8 text' };
  }
}

export function articleFromString(text: string, name: string): Outcome<Article> {
  if (looksBinary(text)) return { ok: false, error: 'unreadable', message: 'This input is not readable text.' };
  if (isHtml(text, name)) {
    const { document } = parseHTML(text);
    return readArticleFromDocument(document as unknown as Document);
  }
  return readArticleFromText(text);
}

/** Read one report file into an Article; errors name nothing, the caller adds the file name. */
export async function readReportFile(path: string): Promise<Outcome<Article>> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { ok: false, error: 'unreadable', message: 'does not exist' };
  }
  if (info.isDirectory()) return { ok: false, error: 'unreadable', message: 'is a folder, not a file' };
  if (info.size === 0) return { ok: false, error: 'empty', message: 'is empty' };
  if (info.size > MAX_INPUT_BYTES) return { ok: false, error: 'unreadable', message: `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { ok: false, error: 'unreadable', message: 'cannot be read' };
  }
  const text = decodeText(bytes);
  if (!text.ok) return text;
  const article = articleFromString(text.value, path);
  if (!article.ok) return article;
  return { ok: true, value: { ...article.value, id: basename(path, extname(path)) } };
}

export async function listReportFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => /\.(txt|html?)$/i.test(n)).sort().map((n) => join(dir, n));
}

/** Load an index: a folder written by `npm run index`, or a pack file (a library exported from the extension). */
export async function loadIndexDir(dir = DEFAULT_INDEX_DIR): Promise<Outcome<LoadedIndex>> {
  const info = await stat(dir).catch(() => null);
  if (info?.isFile()) {
    if (info.size > MAX_PACK_BYTES) return { ok: false, error: 'unreadable', message: `${dir} is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB.` };
    const pack = parsePack(await readFile(dir, 'utf8'));
    return pack.ok ? libraryIndex(pack.value) : { ok: false, error: pack.error, message: `${dir} ${pack.message}.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, 'match.json'), 'utf8'));
  } catch {
    return { ok: false, error: 'index-missing', message: `No report index at ${dir}. Build it with \`npm run index\`.` };
  }
  return parseIndex(json, async (shard) => JSON.parse(await readFile(join(dir, shardFileName(shard)), 'utf8')));
}
