// A hand-made report in the shape the core returns, with hostile strings where page or report text goes.
import type { AnalysisReport } from '../../lib/report';

export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';

export function fixtureReport(): AnalysisReport {
  const sentences = [
    'Kremlin adviser Yuri Ushakov said the five-hour meeting was useful and constructive.',
    'The two sides remain far apart on territory at the heart of the nearly four-year war.',
    'Putin accused European governments of undermining US-led peace efforts.',
    `A reader comment quoted ${HOSTILE} as text.`,
  ];
  return {
    article: { title: `Envoys hold five-hour Kremlin talks ${HOSTILE}`, outlet: 'Daily Meridian', sentences, lang: 'en' },
    related: [
      {
        id: '002', outlet: 'JournosNews.com', title: 'Kremlin says talks were exhaustive', score: 0.86,
        added: [{ kind: 'time', text: 'past midnight', sentence: 'The discussions stretched past midnight inside the Kremlin.', sentenceIndex: 3 }],
        omitted: [{ kind: 'person', text: 'Yuri Ushakov', sentence: sentences[0]!, sentenceIndex: 0 }],
        reworded: [],
        conflicts: [{
          kind: 'duration', current: 'nearly four-year war', other: 'nearly three-year war', currentValue: 'four years', otherValue: 'three years',
          currentSentence: sentences[1]!, otherSentence: 'Core territorial questions at the heart of the nearly three-year war.', currentSentenceIndex: 1,
        }],
      },
      {
        id: '004', outlet: null, title: 'Talks were constructive but work remains', score: 0.97,
        added: [
          { kind: 'person', text: 'Jared Kushner', sentence: 'Putin met Steve Witkoff and Jared Kushner.', sentenceIndex: 1 },
          { kind: 'quote', text: HOSTILE, sentence: `He said ${HOSTILE}.`, sentenceIndex: 2 },
        ],
        omitted: [],
        reworded: [{
          kind: 'quote', current: 'useful and constructive', other: 'constructive',
          diff: [{ op: 'delete', text: 'useful and ' }, { op: 'equal', text: 'constructive' }],
          currentSentence: sentences[0]!, otherSentence: 'Talks were “constructive”.', currentSentenceIndex: 0,
        }],
        conflicts: [],
      },
    ],
    coverage: [
      { kind: 'person', text: 'Yuri Ushakov', inArticle: true, sentenceIndex: 0, carriedBy: 0, of: 2, reports: [] },
      { kind: 'person', text: 'Steve Witkoff', inArticle: false, sentenceIndex: null, carriedBy: 2, of: 2, reports: ['002', '004'] },
      { kind: 'place', text: 'Florida', inArticle: false, sentenceIndex: null, carriedBy: 1, of: 2, reports: ['004'] },
    ],
    facts: [],
  };
}
