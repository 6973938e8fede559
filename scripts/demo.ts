// `npm run demo`: build Parallax, serve a sample news article, and open Chromium with the extension loaded on it.
// With a display the browser stays open for you to explore; without one it runs headless and saves screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, E2E_EXTENSION_DIR, launchWithExtension, requireChromium, ROOT, servePages, tabIdOf } from '../tests/e2e/browser';
import { articlePage } from '../tests/e2e/pages';

const ARTICLE_PATH = '/world/kremlin-talks.html';

async function main(): Promise<void> {
  try {
    requireChromium();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log('Building Parallax (demo variant: may read pages of the local demo server only)…');
  // The demo variant is the e2e one: it may read 127.0.0.1, so the popup can open as a tab without a toolbar click.
  buildExtension({ e2e: true });
  const server = await servePages({ [ARTICLE_PATH]: articlePage() });
  const ext = await launchWithExtension(E2E_EXTENSION_DIR, !headed);
  const article = await ext.context.newPage();
  await article.goto(server.origin + ARTICLE_PATH);
  const tabId = await tabIdOf(ext.worker, server.origin + ARTICLE_PATH);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.card, .status:not(.status-busy)', { timeout: 30_000 });
  const toggle = popup.getByTestId('highlights-toggle');
  if ((await toggle.count()) > 0) await toggle.check();
  await article.waitForSelector('html[data-parallax-highlights]', { timeout: 10_000 }).catch(() => {});

  const outlets = await popup.locator('article.card').evaluateAll((cards) =>
    cards.map((c) => `${c.querySelector('.outlet')?.textContent} — ${c.querySelector('.counts')?.textContent}`),
  );
  console.log(`\nSample article: ${server.origin}${ARTICLE_PATH}`);
  console.log(`Parallax found ${outlets.length} other reports:\n  ${outlets.join('\n  ')}`);
  console.log(`Highlighted sentences in the page: ${(await article.getAttribute('html', 'data-parallax-highlights')) ?? 0}`);

  if (headed) {
    await article.bringToFront();
    console.log('\nChromium is open: the article has highlights (hover them), the popup is in the other tab.');
    console.log('Click the Parallax toolbar button on any news page to analyse it. Close the browser or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => { ext.context.on('close', () => resolve()); process.on('SIGINT', () => resolve()); });
  } else {
    const out = join(ROOT, 'test-results');
    mkdirSync(out, { recursive: true });
    await popup.screenshot({ path: join(out, 'demo-popup.png') });
    await article.screenshot({ path: join(out, 'demo-article.png') });
    console.log('\nNo display found (set DISPLAY to watch it live), so Chromium ran headless.');
    console.log(`Screenshots: ${join(out, 'demo-popup.png')} and ${join(out, 'demo-article.png')}`);
  }
  await ext.context.close().catch(() => {});
  await server.close();
}

main().catch((err) => {
  console.error(`The demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
