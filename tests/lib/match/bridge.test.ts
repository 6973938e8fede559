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

describe('an earlier event with every name in common', () => {
  const first = `Corvane Data Infrastructure and Mayor Marek Zawisza said the data centre at the old Modrzew brickworks in Poznań would bring jobs. Agnieszka Wróblewska of Save Modrzew said residents feared for Lake Modrzewskie. Councillor Piotr Nowacki said the council must study the groundwater before any decision. Daniel Whitcombe, Corvane's vice-president, said the company would be a good neighbour in Poznań.\nThe brickworks has stood empty for years, and the site lies a few hundred metres from the lake, which is popular with swimmers and anglers in the summer.`;
  const second = `Mayor Marek Zawisza hailed the Corvane Data Infrastructure campus at the former Modrzew brickworks as a source of jobs for Poznań. Save Modrzew, led by Agnieszka Wróblewska, fears the lake next door, Lake Modrzewskie, will suffer. Piotr Nowacki, a Green councillor, wants the groundwater studied first. Corvane's Daniel Whitcombe promised the firm would be a good neighbour.\nThe derelict brickworks sits close to the lake, where people swim and fish in the warmer months, and has been empty for a long time.`;
  const report = (stamp: string, lead: string, body: string) => {
    const r = readArticleFromText(`Local News\n${lead}\n${stamp}\n${body}\nCorvane runs data centres in the United States and says the Poznań campus would be its first in Europe.\n© ${stamp.slice(-4)} Wielkopolska Herald`);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  it('is another story when the two were published years apart, and the same when published days apart', async () => {
    const vote = report('Updated 27.11.2026', 'Poznań council approves Corvane data centre at Modrzew brickworks', first);
    const find = async (other: ReturnType<typeof report>) => {
      const index = libraryIndex([keptReport(other, null, when)]);
      if (!index.ok) throw new Error(index.message);
      const r = await analyzeArticle(vote, index.value);
      if (!r.ok) throw new Error(r.message);
      return r.value.related.length;
    };
    expect(await find(report('Updated 25.11.2026', 'Corvane data centre at Modrzew brickworks wins council approval in Poznań', second))).toBe(1);
    expect(await find(report('Updated 05.03.2024', 'Corvane data centre at Modrzew brickworks wins council approval in Poznań', second))).toBe(0);
  });
});
