// The library store (IndexedDB, faked in Node) and the background's keep/analyse wiring around it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureArticle } from '../fixtures/articles/read';
import { createLibrary } from '../../entrypoints/background/library';
import { keptReport } from '../../lib/index/library';
import { answerBackgroundMessage } from '../../utils/messaging';
import { deleteKept, keepReports, libraryVersion, listKept } from '../../utils/library-store';

const bridgeA = fixtureArticle('bridge-a.txt');
const bridgeB = fixtureArticle('bridge-b.txt');

beforeEach(async () => {
  await deleteKept('all');
});

describe('library store', () => {
  it('keeps a report once, deletes it, and bumps its version on every change', async () => {
    const v0 = await libraryVersion();
    expect(await keepReports([keptReport(bridgeA, 'https://a.example/x', new Date())])).toBe(1);
    expect(await keepReports([keptReport(bridgeA, 'https://a.example/x', new Date())])).toBe(0);
    expect((await listKept()).map((k) => k.title)).toEqual([bridgeA.title]);
    expect(await libraryVersion()).toBeGreaterThan(v0);
    await deleteKept([(await listKept())[0]!.id]);
    expect(await listKept()).toEqual([]);
  });

  it('keeps nothing of a batch that fails (one transaction)', async () => {
    const bad = { ...keptReport(bridgeB, null, new Date()), id: undefined as unknown as string };
    await expect(keepReports([keptReport(bridgeA, null, new Date()), bad])).rejects.toThrow();
    expect(await listKept()).toEqual([]);
  });
});

describe('keeping from the popup, through the background', () => {
  it('keeps the article last read in the tab, says when it was kept already, and searches it from then on', async () => {
    const library = createLibrary();
    const deps = { runtimeId: 'me', analyse: async () => ({ ok: false as const, error: 'internal' as const, message: 'unused' }), keep: (id: number) => library.keep(id) };
    expect(await answerBackgroundMessage({ type: 'background/keep', tabId: 7 }, { id: 'me' }, deps)).toEqual({ ok: false, message: 'Parallax has not read this tab yet; open it on the article first.' });
    library.remember(7, bridgeA, 'https://courier.example/bridge');
    expect(await answerBackgroundMessage({ type: 'background/keep', tabId: 7 }, { id: 'me' }, deps)).toEqual({ ok: true, value: { title: bridgeA.title, alreadyKept: false } });
    expect(await answerBackgroundMessage({ type: 'background/keep', tabId: 7 }, { id: 'me' }, deps)).toEqual({ ok: true, value: { title: bridgeA.title, alreadyKept: true } });
    expect((await library.index())!.docs.map((d) => d.title)).toEqual([bridgeA.title]);
    await deleteKept('all');
    expect(await library.index()).toBeNull();
  });

  it('refuses a keep request from a page, or with a malformed tab id', async () => {
    const deps = { runtimeId: 'me', analyse: async () => ({ ok: false as const, error: 'internal' as const, message: 'unused' }), keep: async () => ({ ok: true as const, value: { title: 'x', alreadyKept: false } }) };
    expect(await answerBackgroundMessage({ type: 'background/keep', tabId: 7 }, { id: 'someone-else' }, deps)).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await answerBackgroundMessage({ type: 'background/keep', tabId: '7' }, { id: 'me' }, deps)).toMatchObject({ ok: false, error: 'bad-message' });
  });
});
