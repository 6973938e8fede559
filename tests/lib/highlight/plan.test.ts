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
  it('highlights a sentence as left out only when it is a fact no related report carries (the popup’s “Only this article”)', () => {
    const report = fixtureReport();
    const s2 = report.article.sentences[2]!;
    // Every report leaves out something in sentence 2, but one carries the fact itself: not highlighted.
    for (const r of report.related) r.omitted.push({ kind: 'person', text: s2, anchors: ['Putin'], sentence: s2, sentenceIndex: 2 });
    const inArticle = { reportId: 'current', text: s2, sentence: s2, sentenceIndex: 2 };
    const carried = { reportId: '004', text: 'Putin blamed Europe.', sentence: 'Putin blamed Europe.', sentenceIndex: 5 };
    report.facts.push({ id: 'f9', kind: null, text: s2, emphasis: [], inArticle, carriers: [carried], conflict: null, rank: 20 });
    expect(planHighlights(report).map((p) => p.sentenceIndex)).toEqual([0, 1]);
    // No report carries it: only this article tells it.
    report.facts.at(-1)!.carriers = [];
    expect(planHighlights(report).map((p) => `${p.sentenceIndex}:${p.style}`)).toEqual(['0:reworded', '1:conflict', '2:omitted']);
  });
});
