// A report in its own jargon shares little with a local report of the same event, but both match a general report of
// it strongly: the reader of either should see the other. A report of another event never comes in that way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze';
import { readArticleFromText } from '../../../lib/extract/text';
import { keptReport, libraryIndex } from '../../../lib/index/library';

const story = join(__dirname, '../../fixtures/stories/spillway-break');
const read = (path: string) => {
  const r = readArticleFromText(readFileSync(join(story, path), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const when = new Date('2026-11-23T10:00:00Z');

async function outletsFound(article: string, kept: string[]) {
  const index = libraryIndex(kept.map((p) => keptReport(read(p), `https://example.org/${p}`, when)));
  if (!index.ok) throw new Error(index.message);
  const report = await analyzeArticle(read(article), index.value);
  if (!report.ok) throw new Error(report.message);
  const name = new Map(kept.map((p) => [keptReport(read(p), `https://example.org/${p}`, when).id, p]));
  return report.value.related.map((r) => name.get(r.id));
}

describe('story mates through a third report', () => {
  it('the local report alone does not find the trade report', async () => {
    expect(await outletsFound('reports/R2.txt', ['reports/R3.txt'])).toEqual([]);
  });

  it('with a general report that matches both strongly, it does; the earlier announcement about the same dam never comes in', async () => {
    const found = await outletsFound('reports/R2.txt', ['reports/R0.txt', 'reports/R3.txt', 'near-miss/N0.txt']);
    expect(found.sort()).toEqual(['reports/R0.txt', 'reports/R3.txt']);
  });
});
