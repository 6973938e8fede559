// What one outlet's card says about this article must not depend on which other outlets are found: the story view
// merges, the per-report lists stay each report's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze';
import { readArticleFromText } from '../../../lib/extract/text';
import { keptReport, libraryIndex } from '../../../lib/index/library';

const dir = join(__dirname, '../../fixtures/stories/spillway-break/reports');
const read = (id: string) => {
  const r = readArticleFromText(readFileSync(join(dir, `${id}.txt`), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return { ...r.value, id };
};
const when = new Date('2026-11-23T10:00:00Z');

async function lists(article: ReturnType<typeof read>, others: string[]) {
  const index = libraryIndex(others.map((id) => keptReport(read(id), `https://example.org/${id}`, when)));
  if (!index.ok) throw new Error(index.message);
  const report = await analyzeArticle(article, index.value);
  if (!report.ok) throw new Error(report.message);
  return new Map(report.value.related.map((r) => [r.id, { omitted: r.omitted.map((o) => [o.text, o.anchors]), added: r.added.map((o) => [o.text, o.anchors]) }]));
}

describe('per-report lists', () => {
  it('are the same whether a report is found alone or with the others', async () => {
    const article = read('R0');
    const all = await lists(article, ['R1', 'R2', 'R3']);
    expect(all.size).toBeGreaterThanOrEqual(2);
    const storyOf = new Map(['R1', 'R2', 'R3'].map((id) => [keptReport(read(id), `https://example.org/${id}`, when).id, id]));
    for (const [keptId, got] of all) expect(got).toEqual((await lists(article, [storyOf.get(keptId)!])).get(keptId));
  });
});
