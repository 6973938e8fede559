// The real background entry point with WXT's fakeBrowser, the real bundled index and a real seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readArticleFromText } from '../../lib/extract/text';
import type { AnalysisReport, Outcome } from '../../lib/report';
import { storage } from 'wxt/utils/storage';
import { syncAutoReader } from '../../entrypoints/background/tabs';
import { AUTO_ANALYSE_ORIGINS, AUTO_READER_SCRIPT_ID, HIGHLIGHTS_KEY } from '../../utils/messaging';

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

/** Start the real background; returns the shortcut listener it registered (fakeBrowser does not mock commands). */
async function startBackground() {
  let onCommand: ((command: string, tab?: { id?: number }) => Promise<void>) | undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((cb: typeof onCommand) => { onCommand = cb; }) as never);
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => {});
  }
  const { default: background } = await import('../../entrypoints/background/index');
  background.main();
  return { command: (name: string, tabId: number) => onCommand!(name, { id: tabId }) };
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

describe('keyboard shortcut', () => {
  beforeEach(() => { fakeBrowser.reset(); vi.restoreAllMocks(); vi.resetModules(); });

  it('flips the stored highlights toggle and injects the reader into the tab when turning them on', async () => {
    stubOwnFiles();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const { command } = await startBackground();
    await command('toggle-highlights', 5);
    expect(await storage.getItem(HIGHLIGHTS_KEY)).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/content-scripts/reader.js'] });
    await command('toggle-highlights', 5);
    expect(await storage.getItem(HIGHLIGHTS_KEY)).toBe(false);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('ignores commands it does not know', async () => {
    stubOwnFiles();
    const { command } = await startBackground();
    await command('something-else', 5);
    expect(await storage.getItem(HIGHLIGHTS_KEY)).toBeNull();
  });
});

describe('analyse automatically (opt-in)', () => {
  beforeEach(() => { fakeBrowser.reset(); vi.restoreAllMocks(); });

  function fakeScripting(granted: boolean, registered: boolean) {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted as never);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue((registered ? [{ id: AUTO_READER_SCRIPT_ID }] : []) as never);
    return {
      register: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined as never),
      unregister: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined as never),
    };
  }

  it('registers the reader on all pages once the reader grants host access', async () => {
    const { register } = fakeScripting(true, false);
    expect(await syncAutoReader(AUTO_READER_SCRIPT_ID, AUTO_ANALYSE_ORIGINS)).toBe(true);
    expect(register).toHaveBeenCalledWith([{ id: AUTO_READER_SCRIPT_ID, matches: AUTO_ANALYSE_ORIGINS, js: ['content-scripts/reader.js'], runAt: 'document_idle' }]);
  });

  it('unregisters it when the access is taken back, and does nothing without it', async () => {
    const { unregister } = fakeScripting(false, true);
    expect(await syncAutoReader(AUTO_READER_SCRIPT_ID, AUTO_ANALYSE_ORIGINS)).toBe(false);
    expect(unregister).toHaveBeenCalledWith({ ids: [AUTO_READER_SCRIPT_ID] });
    const none = fakeScripting(false, false);
    await syncAutoReader(AUTO_READER_SCRIPT_ID, AUTO_ANALYSE_ORIGINS);
    expect(none.register).not.toHaveBeenCalled();
  });
});
