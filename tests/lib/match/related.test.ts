// Story matching: the seeds find each other, the article itself is never listed, other events and real pages find nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFromDocument } from '../../../lib/extract/document';
import { readArticleFromText } from '../../../lib/extract/text';
import { buildIndex } from '../../../lib/index/build';
import { matchFeatures } from '../../../lib/index/features';
import { type LoadedIndex, parseIndex } from '../../../lib/index/format';
import { findRelatedReports } from '../../../lib/match/related';
import type { Article } from '../../../lib/report';

const seedIds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
const read = (path: string): Article => {
  const r = readArticleFromText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path}: ${r.message}`);
  return r.value;
};

let index: LoadedIndex;
beforeAll(() => {
  const built = buildIndex(seedIds.map((id) => ({ id, article: read(`seeds/${id}.txt`) })));
  const loaded = parseIndex(built.match, async (s) => built.shards[s]);
  if (!loaded.ok) throw new Error(loaded.message);
  index = loaded.value;
});

const related = (a: Article, selfId?: string) => findRelatedReports(matchFeatures(a), index, { selfId });

describe('findRelatedReports', () => {
  it.each(seedIds)('%s finds the other four seeds and not itself', (id) => {
    const found = related(read(`seeds/${id}.txt`), id);
    expect(found.map((m) => m.doc.id).sort()).toEqual(seedIds.filter((x) => x !== id).sort());
    for (const m of found) expect(m.score).toBeGreaterThan(0.42);
    for (const m of found) expect(m.score).toBeLessThanOrEqual(1);
  });

  it('puts all five seeds in one story at build time', () => {
    expect(new Set(index.docs.map((d) => d.story)).size).toBe(1);
  });

  it('finds all five seeds for an unseen report of the same talks in other words', () => {
    expect(related(read('tests/fixtures/articles/same-story-wire.txt')).map((m) => m.doc.id).sort()).toEqual([...seedIds].sort());
  });

  it('finds nothing for another Russia–Ukraine event that shares Putin, Zelensky, Peskov and the Kremlin', () => {
    expect(related(read('tests/fixtures/articles/other-event-prisoner-swap.txt'))).toEqual([]);
  });

  it('finds nothing for another event with the same envoys and the same president (Gaza talks in Cairo)', () => {
    expect(related(read('tests/fixtures/articles/other-event-same-envoys.txt'))).toEqual([]);
  });

  it('finds nothing for an unrelated article', () => {
    expect(related(read('tests/fixtures/articles/unrelated-football.txt'))).toEqual([]);
  });

  const realPages = 'tests/fixtures/real-pages';
  const slugs = readdirSync(realPages, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(slugs)('real page %s is not matched to the seeds’ story', (slug) => {
    const r = readArticleFromDocument(parseHTML(readFileSync(`${realPages}/${slug}/source.html`, 'utf8')).document as unknown as Document);
    if (!r.ok) return expect(r.error).toMatch(/not-article|empty/);
    expect(related(r.value)).toEqual([]);
  });

  it('is robust to name spellings: fuse.js links Zelenskiy and Zelenskyy', async () => {
    const { fuzzyNameShare } = await import('../../../lib/match/related');
    expect(fuzzyNameShare(['Volodymyr Zelenskiy', 'Yury Ushakov'], ['Yuri Ushakov', 'Volodymyr Zelenskyy'])).toBe(1);
    expect(fuzzyNameShare(['Dmitry Peskov'], ['Yuri Ushakov', 'Volodymyr Zelenskyy'])).toBe(0);
  });
});
