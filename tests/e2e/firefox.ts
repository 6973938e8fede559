// Firefox e2e plumbing: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the test build installed.
// Recipe checked on this machine: --remote-allow-system-access opens moz-extension:// pages, a fixed UUID makes their origin known.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
export const FIREFOX_E2E_DIR = join(ROOT, '.output/e2e/firefox-mv2');
/** The add-on id from wxt.config.ts and the moz-extension UUID the test pins for it. */
export const GECKO_ID = 'parallax@parallax.example';
export const EXTENSION_UUID = '6c1d6a3e-2f55-4b7e-9d1e-7a1e5c0ffee1';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** A missing browser is a failure that says how to fix it, never a silent skip. */
export function requireFirefox(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}. Install it with: apt-get update && apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
}

/** Firefox's own chatter on stdout that is not the extension's (sync, navigation bookkeeping, graphics). */
const FIREFOX_NOISE = /Remote Settings|RemoteSettings|NavigationManager|JSWindowActorChild|PrivateBrowsingUtils|GFX1-|Crash Annotation|addons\.xpi|WebDriver BiDi|console\.warn|Marionette/;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Errors Firefox printed (each with the stack lines under it), minus Firefox's own noise. */
  consoleErrors(): string[];
}

const ERROR_LINE = /console\.error|JavaScript error|Uncaught|TypeError|ReferenceError|threw an exception/i;
const STACK_LINE = /^Stack:|@.*:\d+:\d+$/;

/** Error blocks in Firefox's stdout: an error line and the stack lines under it, kept unless the block is Firefox's own. */
export function errorBlocks(lines: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!ERROR_LINE.test(line)) return;
    let end = i + 1;
    while (end < lines.length && STACK_LINE.test(lines[end]!)) end++;
    const block = lines.slice(i, end).join('\n');
    if (!FIREFOX_NOISE.test(block)) out.push(block);
  });
  return out;
}

export async function launchFirefox(extensionDir = FIREFOX_E2E_DIR): Promise<FirefoxWithExtension> {
  requireFirefox();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
    },
  });
  const lines: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line.trim());
      if (process.env.PARALLAX_FIREFOX_STDOUT) process.stderr.write(`[firefox] ${line}\n`);
    }
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(extensionDir);
  return { browser, consoleErrors: () => errorBlocks(lines) };
}

/**
 * Open an extension page. In Firefox `page.goto` to a moz-extension:// page renders it but never resolves,
 * so navigation is started without waiting and the page is polled until it has loaded.
 */
export async function openExtensionPage(page: Page, path: string, timeoutMs = 20_000): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void page.goto(url).catch(() => {});
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false);
    if (ready) return;
    if (Date.now() > until) throw new Error(`${url} did not load within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The tab id Firefox gives the tab showing `url` (a url pattern with a port matches nothing there: filter by hand). */
export async function firefoxTabIdOf(extensionPage: Page, url: string): Promise<number> {
  // Passed as a string: vitest's WXT plugin rewrites `browser` inside functions.
  const ids = (await extensionPage.evaluate(`browser.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === ${JSON.stringify(url)}).map((t) => t.id))`)) as number[];
  if (!ids.length) throw new Error(`No tab shows ${url}`);
  return Math.max(...ids);
}

/** The newest tab other than the extension page's own: for a page whose address the extension may not see (no host access). */
export async function newestOtherTabId(extensionPage: Page): Promise<number> {
  return (await extensionPage.evaluate(
    `Promise.all([browser.tabs.query({}), browser.tabs.getCurrent()]).then(([tabs, me]) => Math.max(...tabs.filter((t) => t.id !== me.id).map((t) => t.id)))`,
  )) as number;
}
