// Owns the bundled index, answers the reader's and popup's messages, runs analyses, wires the shortcut and opt-in.
import { analyzeArticle } from '../../lib/analyze';
import { answerBackgroundMessage, AUTO_ANALYSE_ORIGINS, AUTO_KEEP_KEY, AUTO_READER_SCRIPT_ID, HIGHLIGHTS_KEY, READER_SCRIPT_FILE, TOGGLE_HIGHLIGHTS_COMMAND } from '../../utils/messaging';
import { createIndexLoader } from './bundled-index';
import { createLibrary } from './library';
import { setBadge, syncAutoReader } from './tabs';

export default defineBackground(() => {
  const loadIndex = createIndexLoader(async (path) => (await fetch(browser.runtime.getURL(path as '/'))).json());
  // Start reading the index as soon as the worker wakes (the popup's first message wakes it): by the time the page
  // has been read and its article arrives, the index is ready or nearly so.
  void loadIndex();

  const library = createLibrary();
  browser.tabs.onRemoved.addListener((tabId) => library.forget(tabId));

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    answerBackgroundMessage(raw, sender, {
      runtimeId: browser.runtime.id,
      analyse: async (article, tab) => {
        const index = await loadIndex();
        if (!index.ok) return index;
        if (typeof tab?.id === 'number') {
          library.remember(tab.id, article, tab.url ?? null);
          if (await storage.getItem<boolean>(AUTO_KEEP_KEY)) await library.keep(tab.id).catch(() => {});
        }
        const kept = await library.index().catch(() => null);
        return analyzeArticle(article, kept ? [index.value, kept] : index.value);
      },
      keep: (tabId) => library.keep(tabId),
      onAnalysed: setBadge,
    }).then(sendResponse);
    return true; // The answer is asynchronous.
  });

  // The shortcut flips the stored toggle; pressing it also grants activeTab, so the reader can be injected.
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_HIGHLIGHTS_COMMAND) return;
    const on = !((await storage.getItem<boolean>(HIGHLIGHTS_KEY)) ?? false);
    await storage.setItem(HIGHLIGHTS_KEY, on);
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (on && tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] }).catch(() => {});
  });

  const resync = () => void syncAutoReader(AUTO_READER_SCRIPT_ID, AUTO_ANALYSE_ORIGINS);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
});
