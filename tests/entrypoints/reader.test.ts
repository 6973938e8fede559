// @vitest-environment jsdom
// The reader content script on a realistic page, with fakeBrowser and the real core behind the background message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticle } from '../../lib/analyze';
import { parseIndex, shardFileName, type LoadedIndex } from '../../lib/index/format';
import { startReader, type Reader } from '../../entrypoints/reader.content/reader';
import { HIGHLIGHTS_KEY, type ToBackground } from '../../utils/messaging';
import { articlePage, HOSTILE_TEXT } from '../e2e/pages';

const INDEX_DIR = join(import.meta.dirname, '../../public/index');
let index: LoadedIndex;
beforeAll(() => {
  const parsed = parseIndex(JSON.parse(readFileSync(join(INDEX_DIR, 'match.json'), 'utf8')), async (shard) => JSON.parse(readFileSync(join(INDEX_DIR, shardFileName(shard)), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  index = parsed.value;
});

const ATTR = 'data-parallax-highlights';
let ctx: ContentScriptContext;
let reader: Reader;

/** Load a page into jsdom's document, as the browser would before the reader is injected. */
function loadPage(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}
const articleText = () => document.querySelector('article')!.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Extract<ToBackground, { type: 'background/analyse' }>) => analyzeArticle(m.article, index)) as never);
  loadPage(articlePage('000_37c16314ec8f45df.txt', { extraParagraph: HOSTILE_TEXT }));
  ctx = new ContentScriptContext('reader');
  reader = startReader(ctx, document);
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

describe('reader content script', () => {
  it('reads the live page and returns the core’s report of the other outlets', async () => {
    const report = await reader.analyse();
    expect(report.ok).toBe(true);
    if (report.ok) expect(report.value.related.map((r) => r.outlet)).toEqual(expect.arrayContaining(['The Gaze', 'JournosNews.com']));
  });

  it('marks the page while highlights are on, and leaves it exactly as it was when they go off', async () => {
    const before = document.body.innerHTML;
    const textBefore = articleText();
    await storage.setItem(HIGHLIGHTS_KEY, true);
    const count = await reader.syncHighlights();
    expect(count).toBeGreaterThan(0);
    expect(document.documentElement.getAttribute(ATTR)).toBe(String(count));
    expect(articleText()).toBe(textBefore); // highlights never change the page's words
    await storage.setItem(HIGHLIGHTS_KEY, false);
    await reader.syncHighlights();
    expect(document.documentElement.hasAttribute(ATTR)).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('never highlights twice when the page is analysed again', async () => {
    await storage.setItem(HIGHLIGHTS_KEY, true);
    const first = await reader.syncHighlights();
    const second = await reader.syncHighlights();
    expect(second).toBe(first);
    expect(document.querySelectorAll('mark[data-parallax-own]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('mark[data-parallax-own] mark')).toHaveLength(0);
  });

  it('keeps hostile page text as text while highlighting', async () => {
    await storage.setItem(HIGHLIGHTS_KEY, true);
    await reader.syncHighlights();
    expect(document.querySelector('article img, article script')).toBeNull();
    expect(articleText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('removes everything it added when its context is invalidated (extension reloaded or updated)', async () => {
    const before = document.body.innerHTML;
    await storage.setItem(HIGHLIGHTS_KEY, true);
    await reader.syncHighlights();
    ctx.notifyInvalidated();
    expect(document.documentElement.hasAttribute(ATTR)).toBe(false);
    expect(document.querySelector('parallax-overlay, style[data-parallax-own]')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('reveals sentences of the article it read, and refuses ones it does not have', async () => {
    await reader.analyse();
    expect(reader.reveal(0)).toBe(true);
    expect(reader.reveal(10_000)).toBe(false);
  });

  it('follows single-page-app navigation: drops the old article and its highlights, reads the new one', async () => {
    await storage.setItem(HIGHLIGHTS_KEY, true);
    await reader.syncHighlights();
    const send = vi.mocked(fakeBrowser.runtime.sendMessage);
    const next = new DOMParser().parseFromString(articlePage('001_9a3a1d6131fd7a65.txt'), 'text/html');
    document.body.replaceChildren(); // the app swaps its content and title, then changes the URL
    document.title = next.title;
    document.body.append(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
    history.pushState({}, '', '/world/next-story.html');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2), { timeout: 3_000 });
    const titles = send.mock.calls.map((call) => (call[0] as unknown as Extract<ToBackground, { type: 'background/analyse' }>).article.title);
    expect(titles[1]).not.toBe(titles[0]);
    expect(titles[1]).toContain('No Ukraine Breakthrough');
    await vi.waitFor(() => expect(document.documentElement.hasAttribute(ATTR)).toBe(true), { timeout: 3_000 });
  });

  it('does not re-read the article when only the in-page anchor changes', async () => {
    await reader.analyse();
    const send = vi.mocked(fakeBrowser.runtime.sendMessage);
    location.hash = '#comments';
    await reader.syncHighlights();
    await new Promise((r) => setTimeout(r, 2_000)); // jsdom has no Navigation API: WXT polls the URL every second
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reads the article of a same-origin frame when the page itself only hosts frames, and highlights it there', async () => {
    loadPage('<html><head><title>Story viewer</title></head><body><p><a href="/">Back</a></p></body></html>');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentDocument!;
    inner.documentElement.innerHTML = new DOMParser().parseFromString(articlePage('000_37c16314ec8f45df.txt'), 'text/html').documentElement.innerHTML;
    ctx.notifyInvalidated();
    ctx = new ContentScriptContext('reader');
    reader = startReader(ctx, document);
    const report = await reader.analyse();
    expect(report.ok && report.value.article.title).toContain('Kremlin Talks');
    await storage.setItem(HIGHLIGHTS_KEY, true);
    expect(await reader.syncHighlights()).toBeGreaterThan(0);
    expect(inner.documentElement.hasAttribute(ATTR)).toBe(true);
    expect(document.documentElement.hasAttribute(ATTR)).toBe(false);
    ctx.notifyInvalidated();
    expect(inner.documentElement.hasAttribute(ATTR)).toBe(false);
  });

  it('answers only the extension itself, and malformed messages with an error object', async () => {
    const replies: unknown[] = [];
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'reader/analyse' }, { id: 'evil-extension' } as never, (r: unknown) => replies.push(r));
    expect(results).toEqual([false]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'reader/innerHTML', html: '<b>' }, { id: fakeBrowser.runtime.id } as never, (r: unknown) => replies.push(r));
    expect(replies).toEqual([{ ok: false, error: 'bad-message', message: 'The message was not understood.' }]);
  });
});
