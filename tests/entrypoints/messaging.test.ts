import { describe, expect, it, vi } from 'vitest';
import { answerBackgroundMessage, isOwnSender, parseToBackground, parseToReader } from '../../utils/messaging';
import type { Article } from '../../lib/report';

const article: Article = { title: 'T', outlet: null, dek: null, paragraphs: ['A b c.'], sentences: ['A b c.'], lang: 'en' };
const OWN = 'parallax-id';

describe('message shapes', () => {
  it('accepts exactly the reader messages of the protocol', () => {
    expect(parseToReader({ type: 'reader/analyse' })).toEqual({ type: 'reader/analyse' });
    expect(parseToReader({ type: 'reader/reveal', sentenceIndex: 3, extra: 'dropped' })).toEqual({ type: 'reader/reveal', sentenceIndex: 3 });
    for (const bad of [null, 'reader/analyse', [], { type: 'reader/reveal', sentenceIndex: -1 }, { type: 'reader/reveal', sentenceIndex: 1.5 }, { type: 'reader/reveal', sentenceIndex: '2' }, { type: 'reader/eval' }]) {
      expect(parseToReader(bad)).toBeNull();
    }
  });

  it('accepts an analysis request only with a whole article', () => {
    expect(parseToBackground({ type: 'background/analyse', article })).toEqual({ type: 'background/analyse', article });
    expect(parseToBackground({ type: 'background/analyse', article: { ...article, sentences: [1, 2] } })).toBeNull();
    expect(parseToBackground({ type: 'background/analyse', article: { ...article, title: undefined } })).toBeNull();
    expect(parseToBackground({ type: 'background/analyse' })).toBeNull();
  });

  it('trusts only the extension itself as a sender', () => {
    expect(isOwnSender({ id: OWN }, OWN)).toBe(true);
    expect(isOwnSender({ id: 'another-extension' }, OWN)).toBe(false);
    expect(isOwnSender({}, OWN)).toBe(false);
    expect(isOwnSender(undefined, OWN)).toBe(false);
  });
});

describe('answerBackgroundMessage', () => {
  const deps = (analyse = vi.fn(async () => ({ ok: false as const, error: 'not-article' as const, message: 'No article.' }))) => ({ runtimeId: OWN, analyse, onAnalysed: vi.fn() });

  it('refuses other senders without running anything', async () => {
    const d = deps();
    expect(await answerBackgroundMessage({ type: 'background/analyse', article }, { id: 'evil' }, d)).toEqual({ ok: false, error: 'bad-message', message: 'Messages are accepted only from Parallax itself.' });
    expect(d.analyse).not.toHaveBeenCalled();
  });

  it('answers a malformed message with an error object', async () => {
    expect(await answerBackgroundMessage({ type: 'background/analyse', article: 'x' }, { id: OWN }, deps())).toMatchObject({ ok: false, error: 'bad-message' });
  });

  it('turns a crashing analysis into a readable error and tells the tab', async () => {
    const d = deps(vi.fn(async () => { throw new Error('index exploded'); }));
    const reply = await answerBackgroundMessage({ type: 'background/analyse', article }, { id: OWN, tab: { id: 7 } }, d);
    expect(reply).toEqual({ ok: false, error: 'internal', message: 'The analysis failed: index exploded.' });
    expect(d.onAnalysed).toHaveBeenCalledWith(7, reply);
  });
});
