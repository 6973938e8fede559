// The real background entry point with WXT's fakeBrowser, the real bundled index and a real seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readArticleFromText } from '../../lib/extract/text';
import type { AnalysisReport, Outcome } from '../../lib/report';

const ROOT = join(import.meta.dirname, '../..');
const seedArticle = (file: string) => {
  const r = readArticleFromText(readFileSync(join(ROOT, 'seeds', file), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

/** Serve the extension's own files from public/, as runtime.getURL + fetch would in the browser. */
function stubOwnFiles(missing = false) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const path = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (missing) throw new TypeError('Failed to fetch');
    return { json: async () => JSON.parse(readFileSync(join(ROOT, 'public', path), 'utf8')) };
  });
  return fetched;
}

async function startBackground() {
  for (const event of [fakeBrowser.commands.onCommand, fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => {});
  }
  const { default: background } = await import('../../entrypoints/background/index');
  background.main();
}

function send(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve));
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('analyses an article sent by the reader against the bundled index, fetching only its own files', async () => {
    const fetched = stubOwnFiles();
    await startBackground();
    const reply = (await send({ type: 'background/analyse', article: seedArticle('000_37c16314ec8f45df.txt') }, { id: fakeBrowser.runtime.id, tab: { id: 3 } })) as Outcome<AnalysisReport>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.related.map((r) => r.outlet)).toContain('The Gaze');
    expect(reply.value.related.find((r) => r.outlet === 'JournosNews.com')?.conflicts.map((c) => `${c.current} / ${c.other}`)).toContain('nearly four-year war / nearly three-year war');
    expect(fetched.every((u) => u.startsWith(`chrome-extension://${fakeBrowser.runtime.id}/index/`))).toBe(true);
  });

  it('loads the index once for many analyses', async () => {
    const fetched = stubOwnFiles();
    await startBackground();
    const sender = { id: fakeBrowser.runtime.id };
    await send({ type: 'background/analyse', article: seedArticle('001_9a3a1d6131fd7a65.txt') }, sender);
    await send({ type: 'background/analyse', article: seedArticle('003_dba6870402cb91d6.txt') }, sender);
    expect(fetched.filter((u) => u.endsWith('/index/match.json'))).toHaveLength(1);
  });

  it('refuses messages from web pages or other extensions, and malformed ones, with an error object', async () => {
    stubOwnFiles();
    await startBackground();
    expect(await send({ type: 'background/analyse', article: seedArticle('001_9a3a1d6131fd7a65.txt') }, { id: 'someone-else', url: 'https://evil.example/' })).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await send({ type: 'background/analyse', article: { title: 1 } }, { id: fakeBrowser.runtime.id })).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await send('not even an object', { id: fakeBrowser.runtime.id })).toMatchObject({ ok: false, error: 'bad-message' });
  });

  it('says how to rebuild when the bundled index is missing', async () => {
    stubOwnFiles(true);
    await startBackground();
    const reply = await send({ type: 'background/analyse', article: seedArticle('001_9a3a1d6131fd7a65.txt') }, { id: fakeBrowser.runtime.id });
    expect(reply).toMatchObject({ ok: false, error: 'index-missing' });
    expect((reply as { message: string }).message).toMatch(/npm run build/);
  });
});
