// The one typed protocol between popup, background and the reader content script: names say the direction.
import type { AnalysisReport, Article, Outcome } from '../lib/report';

/** Popup → reader content script (via tabs.sendMessage). */
export type ToReader =
  /** Read the page (once), analyse it through the background, and return the report. */
  | { type: 'reader/analyse' }
  /** Scroll the page to one sentence of the article and flash it. */
  | { type: 'reader/reveal'; sentenceIndex: number };

/** Reader content script or popup → background (via runtime.sendMessage). */
export type ToBackground =
  | { type: 'background/analyse'; article: Article }
  /** Popup or side panel: keep the article last read in tab `tabId` in the reader's library. */
  | { type: 'background/keep'; tabId: number };

/** What keeping answers: whether the article is now in the library, and whether it was there already. */
export type KeepOutcome = { ok: true; value: { title: string; alreadyKept: boolean } } | { ok: false; message: string };

export type ReaderReply = {
  'reader/analyse': Outcome<AnalysisReport>;
  'reader/reveal': { ok: boolean };
};
export type BackgroundReply = { 'background/analyse': Outcome<AnalysisReport>; 'background/keep': KeepOutcome };

/** What any side answers to a message it refuses. */
export interface RefusedMessage { ok: false; error: 'bad-message'; message: string }

/** Storage keys shared by popup, background and reader. */
export const HIGHLIGHTS_KEY = 'local:highlightsOn';
/** Opt-in: keep every article Parallax is opened on. */
export const AUTO_KEEP_KEY = 'local:autoKeep';
/** The command (keyboard shortcut) that toggles highlights; declared in wxt.config.ts. */
export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';
/** Where WXT writes the reader content script; injected on demand by the popup and the shortcut. */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';
/** Id under which the opt-in automatic reader is registered with scripting.registerContentScripts. */
export const AUTO_READER_SCRIPT_ID = 'parallax-auto-reader';
/** Page origins the opt-in "analyse automatically" asks for (also optional_host_permissions in the manifest). */
export const AUTO_ANALYSE_ORIGINS = ['https://*/*', 'http://*/*'];

/** Only the extension itself may talk to us: pages and other extensions are refused. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === ownId;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

/** A sentence index the reader can act on: a small non-negative integer. */
function isSentenceIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1_000_000;
}

export function isArticle(v: unknown): v is Article {
  return (
    isObject(v) &&
    typeof v.title === 'string' &&
    isNullableString(v.outlet) &&
    isNullableString(v.dek) &&
    isStringArray(v.paragraphs) &&
    isStringArray(v.sentences) &&
    typeof v.lang === 'string' &&
    (v.id === undefined || typeof v.id === 'string')
  );
}

export function parseToReader(v: unknown): ToReader | null {
  if (!isObject(v)) return null;
  if (v.type === 'reader/analyse') return { type: 'reader/analyse' };
  if (v.type === 'reader/reveal' && isSentenceIndex(v.sentenceIndex)) return { type: 'reader/reveal', sentenceIndex: v.sentenceIndex };
  return null;
}

export function parseToBackground(v: unknown): ToBackground | null {
  if (!isObject(v)) return null;
  if (v.type === 'background/analyse' && isArticle(v.article)) return { type: 'background/analyse', article: v.article };
  if (v.type === 'background/keep' && typeof v.tabId === 'number' && Number.isInteger(v.tabId) && v.tabId >= 0) return { type: 'background/keep', tabId: v.tabId };
  return null;
}

export function refused(why: string): RefusedMessage {
  return { ok: false, error: 'bad-message', message: why };
}

export interface BackgroundDeps {
  runtimeId: string;
  analyse(article: Article, tab?: { id?: number; url?: string }): Promise<Outcome<AnalysisReport>>;
  /** Keep the article last read in a tab; absent where there is no library (tests of the analysis alone). */
  keep?(tabId: number): Promise<KeepOutcome>;
  /** Told how many related reports a tab's page has, e.g. for the toolbar badge. */
  onAnalysed?(tabId: number, report: Outcome<AnalysisReport>): void;
}

/** The background's answer to any incoming message: validated sender and shape first, then the work. */
export async function answerBackgroundMessage(
  raw: unknown,
  sender: { id?: string; tab?: { id?: number; url?: string } } | undefined,
  deps: BackgroundDeps,
): Promise<BackgroundReply[ToBackground['type']] | RefusedMessage> {
  if (!isOwnSender(sender, deps.runtimeId)) return refused('Messages are accepted only from Parallax itself.');
  const message = parseToBackground(raw);
  if (!message) return refused('The message was not understood.');
  if (message.type === 'background/keep') {
    if (!deps.keep) return refused('This Parallax has no library.');
    try {
      return await deps.keep(message.tabId);
    } catch (err) {
      return { ok: false, message: `The article could not be kept: ${err instanceof Error ? err.message : String(err)}.` };
    }
  }
  let report: Outcome<AnalysisReport>;
  try {
    report = await deps.analyse(message.article, sender?.tab);
  } catch (err) {
    report = { ok: false, error: 'internal', message: `The analysis failed: ${err instanceof Error ? err.message : String(err)}.` };
  }
  const tabId = sender?.tab?.id;
  if (typeof tabId === 'number') deps.onAnalysed?.(tabId, report);
  return report;
}
