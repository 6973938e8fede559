// End to end in a real Firefox (Debian's Firefox ESR): the built MV2 add-on on local news pages, driven through popup.html?tabId=N.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, servePages, type PageServer } from './browser';
import { EXTENSION_ORIGIN, firefoxTabIdOf, launchFirefox, newestOtherTabId, openExtensionPage, type FirefoxWithExtension } from './firefox';
import { articlePage, homePage } from './pages';

let ff: FirefoxWithExtension;
let server: PageServer;
const requests: string[] = [];

beforeAll(async () => {
  buildExtension({ e2e: true, browser: 'firefox' });
  server = await servePages({ '/world/kremlin-talks.html': articlePage('000_37c16314ec8f45df.txt'), '/index.html': homePage() });
  ff = await launchFirefox();
}, 120_000);

afterAll(async () => {
  await ff?.browser.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  return page;
}

/** Open `url` in a tab, then the popup for that tab; resolves once the popup shows a report or a message. */
async function popupFor(url: string, { readable = true } = {}): Promise<{ page: Page; popup: Page }> {
  const page = await newPage();
  await page.goto(url);
  const popup = await newPage();
  await openExtensionPage(popup, 'popup.html');
  const tabId = readable ? await firefoxTabIdOf(popup, url) : await newestOtherTabId(popup);
  await openExtensionPage(popup, `popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.card, .status:not(.status-busy)', { timeout: 30_000 });
  return { page, popup };
}

const text = (p: Page, selector: string) => p.$eval(selector, (e) => e.textContent ?? '');

describe('Parallax in Firefox', () => {
  it('shows the other outlets’ reports of the story in the popup', async () => {
    const { popup } = await popupFor(`${server.origin}/world/kremlin-talks.html`);
    expect(await text(popup, '.article-title')).toContain('Five-Hour Kremlin Talks');
    expect(await text(popup, '[data-testid=related-count]')).toBe('4 other reports of this story');
    const outlets = await popup.$$eval('h2.outlet', (hs) => hs.map((h) => h.textContent));
    expect(outlets).toHaveLength(4);
    expect(outlets).toEqual(expect.arrayContaining(['The Gaze', 'JournosNews.com']));
    await popup.close();
  });

  it('turns highlights on and off in the page', async () => {
    const { page, popup } = await popupFor(`${server.origin}/world/kremlin-talks.html`);
    await popup.click('[data-testid=highlights-toggle]');
    await page.waitForSelector('html[data-parallax-highlights]', { timeout: 15_000 });
    expect(Number(await page.$eval('html', (h) => h.getAttribute('data-parallax-highlights')))).toBeGreaterThan(0);
    expect(await page.evaluate(() => ['parallax-omitted', 'parallax-reworded', 'parallax-conflict'].some((n) => CSS.highlights.has(n)))).toBe(true);
    await popup.click('[data-testid=highlights-toggle]');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-parallax-highlights'), { timeout: 10_000 });
    expect(await page.evaluate(() => CSS.highlights.has('parallax-omitted') || !!document.querySelector('parallax-overlay'))).toBe(false);
    await popup.close();
  });

  it('says a home page is not an article', async () => {
    const { popup } = await popupFor(`${server.origin}/index.html`);
    expect(await text(popup, '.status-title')).toMatch(/^(This page is not a news article|No article to read on this page)$/);
    await popup.close();
  });

  it('asks to be opened from the toolbar on a page it has no access to, instead of calling it a browser page', async () => {
    // The test build may read 127.0.0.1 only; the same server under "localhost" is an ordinary page it was not opened on.
    const { popup } = await popupFor(`${server.origin.replace('127.0.0.1', 'localhost')}/world/kremlin-talks.html`, { readable: false });
    expect(await text(popup, '.status-title')).toBe('Open Parallax from the toolbar on this page');
    expect(await text(popup, '.status-message')).toContain('toolbar button');
    await popup.close();
  });

  it('makes no network requests beyond its own files and the test pages, and logs no errors', () => {
    const local = [server.origin, server.origin.replace('127.0.0.1', 'localhost')];
    // data: and about:blank never leave the device (Firefox inlines a font for its own page chrome as data:).
    const elsewhere = requests.filter((u) => !u.startsWith(`${EXTENSION_ORIGIN}/`) && !local.some((o) => u.startsWith(o)) && !/^(data:|about:blank$)/.test(u));
    expect(elsewhere).toEqual([]);
    expect(new Set(server.hits.filter((h) => h !== '/favicon.ico'))).toEqual(new Set(['/world/kremlin-talks.html', '/index.html']));
    expect(ff.consoleErrors()).toEqual([]);
  });
});
