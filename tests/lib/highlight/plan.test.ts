import { describe, expect, it } from 'vitest';
import { planHighlights } from '../../../lib/highlight/plan';
import { fixtureReport } from '../../components/fixture-report';

describe('planHighlights', () => {
  it('highlights each sentence once, in its strongest style, in reading order', () => {
    const plan = planHighlights(fixtureReport());
    expect(plan.map((p) => `${p.sentenceIndex}:${p.style}`)).toEqual(['0:reworded', '1:conflict']);
  });

  it('says in the tooltip what the others say instead and which outlets, title in quotes when the outlet is unknown', () => {
    const [first, second] = planHighlights(fixtureReport());
    expect(first!.tooltip).toBe(
      'Others word this differently\n' +
        '“Talks were constructive but work remains” words it “constructive” (here: “useful and constructive”)\n' +
        'Left out by JournosNews.com',
    );
    expect(second!.tooltip).toBe('Others contradict this\nJournosNews.com says three years (here: four years)');
  });

  it('ignores sentence indices the article does not have', () => {
    const report = fixtureReport();
    report.related[0]!.omitted.push({ kind: 'person', text: 'Ghost', sentence: 'x', sentenceIndex: 99 });
    expect(planHighlights(report).map((p) => p.sentenceIndex)).toEqual([0, 1]);
  });

  it('plans nothing when no other report covers the story', () => {
    expect(planHighlights({ ...fixtureReport(), related: [] })).toEqual([]);
  });
});

describe('omissions worth highlighting', () => {
  it('highlights a sentence as left out only when no related report carries any of its details', () => {
    const report = fixtureReport();
    const s2 = report.article.sentences[2]!;
    // Every report leaves out something in sentence 2, but one of its details is carried elsewhere: not highlighted.
    for (const r of report.related) r.omitted.push({ kind: 'person', text: 'Putin', sentence: s2, sentenceIndex: 2 });
    report.coverage.push(
      { kind: 'person', text: 'Putin', inArticle: true, sentenceIndex: 2, carriedBy: 0, of: 2, reports: [] },
      { kind: 'place', text: 'Europe', inArticle: true, sentenceIndex: 2, carriedBy: 1, of: 2, reports: ['004'] },
    );
    expect(planHighlights(report).map((p) => p.sentenceIndex)).toEqual([0, 1]);
    // No report carries anything of it: only this article tells it.
    report.coverage = report.coverage.filter((c) => c.text !== 'Europe');
    expect(planHighlights(report).map((p) => `${p.sentenceIndex}:${p.style}`)).toEqual(['0:reworded', '1:conflict', '2:omitted']);
  });
});
