// A pack: the reader's library (or any collection) as one versioned JSON file that the extension imports and exports
// and the CLI compares against (`compare page.html --index library.parallax.json`).
import type { Outcome } from '../report';
import { type KeptReport, keptReport } from './library';

export const PACK_FORMAT = 'parallax-pack';
export const PACK_VERSION = 1;
/** Larger files are refused before they are read: a pack of 5,000 reports is about 40 MB. */
export const MAX_PACK_BYTES = 48 * 1024 * 1024;

export interface PackReport {
  title: string;
  outlet: string | null;
  sentences: string[];
  url: string | null;
  savedAt: string;
}

export interface PackFile {
  format: typeof PACK_FORMAT;
  version: number;
  reports: PackReport[];
}

export function packOf(kept: KeptReport[]): string {
  const file: PackFile = { format: PACK_FORMAT, version: PACK_VERSION, reports: kept.map(({ title, outlet, sentences, url, savedAt }) => ({ title, outlet, sentences, url, savedAt })) };
  return JSON.stringify(file);
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isPackReport(v: unknown): v is PackReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return isString(r.title) && (r.outlet === null || isString(r.outlet)) && Array.isArray(r.sentences) && r.sentences.length > 0 && r.sentences.every(isString)
    && (r.url === null || r.url === undefined || isString(r.url)) && (r.savedAt === undefined || isString(r.savedAt));
}

/** Read a pack's text: its reports, ready to keep, or one sentence saying what is wrong with it. */
export function parsePack(text: string, now = new Date()): Outcome<KeptReport[]> {
  const bad = (message: string): Outcome<KeptReport[]> => ({ ok: false, error: 'unreadable', message });
  if (!text.trim()) return bad('is empty');
  if (text.includes('\u0000')) return bad('is a binary file, not a Parallax pack');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad('is not a Parallax pack (it is not JSON)');
  }
  const f = json as Partial<PackFile> | null;
  if (!f || typeof f !== 'object' || f.format !== PACK_FORMAT || !Array.isArray(f.reports)) return bad('is not a Parallax pack');
  if (f.version !== PACK_VERSION) return bad(`is a pack of version ${String(f.version)}; this Parallax reads version ${PACK_VERSION}`);
  if (!f.reports.every(isPackReport)) return bad('is a damaged Parallax pack (a report in it has no title or text)');
  const when = (d: string | undefined) => (d && !Number.isNaN(Date.parse(d)) ? new Date(d) : now);
  return { ok: true, value: f.reports.map((r) => keptReport(r, r.url ?? null, when(r.savedAt))) };
}
