// The benchmark's corpus generator: the same seed gives the same corpus, stories have 2–8 reports of realistic length,
// and queries are held out of the index. The benchmark's numbers mean nothing without these.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate';

describe('generateCorpus', () => {
  const a = generateCorpus(300, 20, 5);

  it('is deterministic for a seed, and another seed gives another corpus', () => {
    const b = generateCorpus(300, 20, 5);
    expect(b.reports.map((r) => r.text)).toEqual(a.reports.map((r) => r.text));
    expect(generateCorpus(300, 20, 5, 7).reports[0].text).not.toBe(a.reports[0].text);
  });

  it('makes stories of 2 to 8 reports of 300 to 1,500 words', () => {
    const perStory = new Map<number, number>();
    for (const r of a.reports) perStory.set(r.story, (perStory.get(r.story) ?? 0) + 1);
    const sizes = [...perStory.values()].slice(0, -1); // the last story may be cut short by the corpus size
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    for (const r of a.reports) {
      expect(r.words).toBeGreaterThanOrEqual(250);
      expect(r.words).toBeLessThanOrEqual(1700);
    }
    expect(a.reports).toHaveLength(300);
  });

  it('holds its queries and long pages out of the indexed reports, but from indexed stories', () => {
    const ids = new Set(a.reports.map((r) => r.id));
    const stories = new Set(a.reports.map((r) => r.story));
    for (const q of [...a.queries, ...a.long]) {
      expect(ids.has(q.id)).toBe(false);
      expect(stories.has(q.story)).toBe(true);
    }
    expect(a.long.every((l) => l.words >= 1300)).toBe(true);
  });
});
