// Shared e2e plumbing: build the extension variant, serve local pages, launch Debian's Chromium with it loaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The extension APIs as seen inside the service worker (evaluated there, not in Node). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const ROOT = join(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const E2E_EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');

/** A missing browser is a failure that says how to fix it, never a silent skip. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
}

const BUILD_LOCK = join(ROOT, '.output/.e2e-build-lock');
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 120_000;

/** Test files run in parallel; WXT builds share .wxt/, so they take turns. */
function withBuildLock(build: () => void): void {
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (existsSync(BUILD_LOCK) && Date.now() - statSync(BUILD_LOCK).mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  try {
    build();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** The bundled index first (the core's builder), then the extension; `e2e` also grants access to 127.0.0.1. */
export function buildExtension(opts: { e2e?: boolean; browser?: 'chrome' | 'firefox'; publicDir?: string } = {}): void {
  withBuildLock(() => {
    if (!existsSync(join(ROOT, 'public/index/match.json'))) run('npm', ['run', '--silent', 'index']);
    const env = { ...(opts.e2e ? { PARALLAX_E2E: '1' } : {}), ...(opts.publicDir ? { PARALLAX_PUBLIC_DIR: opts.publicDir } : {}) };
    run(join(ROOT, 'node_modules/.bin/wxt'), ['build', ...(opts.browser === 'firefox' ? ['-b', 'firefox'] : [])], env);
  });
}

/** A Chromium test build whose bundled index is `publicDir`/index (see wxt.config.ts). */
export const E2E_LARGE_EXTENSION_DIR = join(ROOT, '.output/e2e-large/chrome-mv3');

export interface PageServer { origin: string; hits: string[]; close(): Promise<void> }

/** Serve fixed pages from memory on 127.0.0.1; records every path asked for. */
export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const body = pages[(req.url ?? '/').split('?')[0]!];
    if (body === undefined) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, hits, close: () => new Promise((r) => server.close(() => r())) };
}

export interface LoadedExtension { context: BrowserContext; worker: Worker; id: string }

/** Launch Chromium with the extension; pass `profileDir` to reopen the same profile (a browser restart). */
export async function launchWithExtension(extensionDir: string, headless = true, profileDir = mkdtempSync(join(tmpdir(), 'parallax-profile-'))): Promise<LoadedExtension> {
  requireChromium();
  const context = await chromium.launchPersistentContext(profileDir, {
    acceptDownloads: true,
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, id: new URL(worker.url()).host };
}

/** The id of the newest tab showing `url`, as the extension sees it. */
export function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate((u) => chrome.tabs.query({ url: u }).then((tabs: { id: number }[]) => Math.max(...tabs.map((t) => t.id))), url);
}

/** Open `path` of the page server in a new tab; returns the page and its tab id. */
export async function openTab(ext: LoadedExtension, server: PageServer, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  return { page, tabId: await tabIdOf(ext.worker, server.origin + path) };
}

/** The popup as a normal tab analysing tab `tabId`; resolves once it shows a report or a message (not the spinner). */
export async function openPopup(ext: LoadedExtension, tabId: number, opts: { width?: number; timeout?: number } = {}): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: opts.width ?? 420, height: 900 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.card, .status:not(.status-busy)', { timeout: opts.timeout ?? 30_000 });
  return popup;
}

/** A DevTools session on the extension's service worker (attached through a page's session; playwright has no worker sessions). */
export interface WorkerDevTools { call<T = unknown>(method: string, params?: object): Promise<T>; detach(): Promise<void> }

export async function devToolsOfServiceWorker(ext: LoadedExtension): Promise<WorkerDevTools> {
  const host = await ext.context.newPage();
  const session = await ext.context.newCDPSession(host);
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.id}/`));
  if (!target) throw new Error('The extension’s service worker is not running.');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message);
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  let lastId = 0;
  return {
    call: <T,>(method: string, params: object = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = ++lastId;
        waiting.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result as T)));
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      }),
    detach: async () => {
      await session.detach().catch(() => {});
      await host.close();
    },
  };
}

/** Used JS heap of a DevTools target after a forced garbage collection, in bytes. */
export async function heapAfterGc(call: (method: string) => Promise<unknown>): Promise<number> {
  await call('HeapProfiler.collectGarbage');
  await call('HeapProfiler.collectGarbage'); // twice: the first pass can leave finalisable objects for the second
  return ((await call('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}
