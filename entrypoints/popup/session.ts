// The popup's side of the protocol: which tab, can we read it, inject the reader, ask for the report.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { AnalysisError, AnalysisReport } from '../../lib/report';
import { AUTO_ANALYSE_ORIGINS, HIGHLIGHTS_KEY, type KeepOutcome, READER_SCRIPT_FILE, TOGGLE_HIGHLIGHTS_COMMAND, type ReaderReply, type ToBackground, type ToReader } from '../../utils/messaging';
import { injectionRefusal, NEEDS_TOOLBAR_MESSAGE, PAGE_ACCESS_MESSAGE, pageAccess } from '../../utils/pages';

/** Long enough for a slow page and a cold index; short enough that nobody stares at a spinner. */
export const ANALYSIS_TIMEOUT_MS = 20_000;

export type PopupState =
  | { phase: 'loading' }
  | { phase: 'report'; report: AnalysisReport }
  | { phase: 'message'; tone: 'info' | 'error'; title: string; message: string };

export interface PopupSession {
  analyse(): Promise<PopupState>;
  reveal(sentenceIndex: number): void;
  highlightsOn(): Promise<boolean>;
  setHighlights(on: boolean): Promise<void>;
  /** null when the browser has no optional permissions to offer. */
  autoAnalyse(): Promise<boolean | null>;
  setAutoAnalyse(on: boolean): Promise<boolean>;
  shortcut(): Promise<string | null>;
  /** Keep the article of this tab in the reader's library. */
  keep(): Promise<KeepOutcome>;
}

const ERROR_TITLE: Record<AnalysisError, string> = {
  empty: 'No article to read on this page',
  'not-article': 'This page is not a news article',
  paywalled: 'Only part of this article is on the page',
  'unsupported-language': 'This language is not supported yet',
  unreadable: 'This page could not be read',
  'index-missing': 'The bundled reports are missing',
  'index-outdated': 'The bundled reports need rebuilding',
  internal: 'Something went wrong',
};
/** Outcomes that describe the page rather than a failure of Parallax. */
const INFO_ERRORS = new Set<AnalysisError>(['empty', 'not-article', 'paywalled', 'unsupported-language']);

function message(tone: 'info' | 'error', title: string, text: string): PopupState {
  return { phase: 'message', tone, title, message: text };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/** Turn whatever the reader replied into a popup state; anything unexpected is an error, never a blank popup. */
export function stateFromReply(reply: unknown): PopupState {
  const r = reply as ReaderReply['reader/analyse'] | { ok: false; error: string; message: string } | undefined;
  if (!r || typeof r !== 'object') return message('error', 'No answer from the page', 'Reload the page and open Parallax again.');
  if (r.ok) return { phase: 'report', report: r.value };
  const code = r.error as AnalysisError;
  return message(INFO_ERRORS.has(code) ? 'info' : 'error', ERROR_TITLE[code] ?? 'Something went wrong', r.message);
}

export function createPopupSession(search: string): PopupSession {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  let tabIdPromise: Promise<number | undefined> | null = null;
  const tabId = () =>
    (tabIdPromise ??= Number.isInteger(requested) && requested > 0
      ? Promise.resolve(requested)
      : browser.tabs.query({ active: true, currentWindow: true }).then((t) => t[0]?.id));

  return {
    async analyse() {
      const id = await tabId();
      if (id === undefined) return message('error', 'No tab to read', 'Open a news article in a tab and try again.');
      const tab = await browser.tabs.get(id).catch(() => null);
      if (!tab) return message('error', 'That tab is gone', 'Open a news article in a tab and try again.');
      const access = pageAccess(tab.url);
      if (access !== 'readable' && access !== 'unknown') return message('info', 'Parallax cannot read this page', PAGE_ACCESS_MESSAGE[access]);
      try {
        await browser.scripting.executeScript({ target: { tabId: id }, files: [READER_SCRIPT_FILE] });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        const refusal = injectionRefusal(why, tab.url);
        if (refusal === 'needs-toolbar') return message('info', 'Open Parallax from the toolbar on this page', NEEDS_TOOLBAR_MESSAGE);
        if (refusal === 'browser-page') return message('info', 'Parallax cannot read this page', PAGE_ACCESS_MESSAGE['browser-page']);
        return message('error', 'Parallax could not read this page', 'The page did not let Parallax in; reload it and try again.');
      }
      try {
        const reply = await withTimeout(browser.tabs.sendMessage(id, { type: 'reader/analyse' } satisfies ToReader), ANALYSIS_TIMEOUT_MS);
        return stateFromReply(reply);
      } catch (err) {
        if (err instanceof Error && err.message === 'timeout') return message('error', 'The analysis took too long', 'Parallax gave up after 20 seconds; reload the page and try again.');
        return message('error', 'Parallax could not reach the page', 'Reload the page and open Parallax again.');
      }
    },
    reveal(sentenceIndex) {
      void tabId().then((id) => id !== undefined && browser.tabs.sendMessage(id, { type: 'reader/reveal', sentenceIndex } satisfies ToReader).catch(() => {}));
    },
    async highlightsOn() {
      return (await storage.getItem<boolean>(HIGHLIGHTS_KEY)) ?? false;
    },
    async setHighlights(on) {
      await storage.setItem(HIGHLIGHTS_KEY, on);
    },
    async autoAnalyse() {
      if (!browser.permissions?.contains) return null;
      return browser.permissions.contains({ origins: AUTO_ANALYSE_ORIGINS }).catch(() => null);
    },
    async setAutoAnalyse(on) {
      // Must run straight from the click: browsers only show the permission prompt for a user gesture.
      if (on) return browser.permissions.request({ origins: AUTO_ANALYSE_ORIGINS }).catch(() => false);
      await browser.permissions.remove({ origins: AUTO_ANALYSE_ORIGINS }).catch(() => false);
      return false;
    },
    async shortcut() {
      const commands = await browser.commands?.getAll().catch(() => []) ?? [];
      return commands.find((c) => c.name === TOGGLE_HIGHLIGHTS_COMMAND)?.shortcut || null;
    },
    async keep() {
      const id = await tabId();
      if (id === undefined) return { ok: false, message: 'There is no tab to keep.' };
      const reply = (await browser.runtime.sendMessage({ type: 'background/keep', tabId: id } satisfies ToBackground).catch(() => null)) as KeepOutcome | null;
      return reply && typeof reply === 'object' && 'ok' in reply ? reply : { ok: false, message: 'Parallax’s background did not answer; try again.' };
    },
  };
}
