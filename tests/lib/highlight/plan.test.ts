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
  it('highlights a left-out sentence only when most related reports leave it out', () => {
    const report = fixtureReport();
    // Sentence 2 is left out by one of two reports: not "most".
    report.related[0]!.omitted.push({ kind: 'person', text: 'Putin', sentence: report.article.sentences[2]!, sentenceIndex: 2 });
    expect(planHighlights(report).map((p) => p.sentenceIndex)).toEqual([0, 1]);
    // Both leave it out: highlighted.
    report.related[1]!.omitted.push({ kind: 'place', text: 'European governments', sentence: report.article.sentences[2]!, sentenceIndex: 2 });
    expect(planHighlights(report).map((p) => `${p.sentenceIndex}:${p.style}`)).toEqual(['0:reworded', '1:conflict', '2:omitted']);
  });
});
