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
        added: [{ kind: 'time', text: 'The discussions stretched past midnight inside the Kremlin.', anchors: ['past midnight'], sentence: 'The discussions stretched past midnight inside the Kremlin.', sentenceIndex: 3 }],
        omitted: [{ kind: 'person', text: sentences[0]!, anchors: ['Yuri Ushakov'], sentence: sentences[0]!, sentenceIndex: 0 }],
        reworded: [],
        conflicts: [{
          kind: 'duration', current: 'nearly four-year war', other: 'nearly three-year war', currentValue: 'four years', otherValue: 'three years',
          currentSentence: sentences[1]!, otherSentence: 'Core territorial questions at the heart of the nearly three-year war.', currentSentenceIndex: 1,
        }],
      },
      {
        id: '004', outlet: null, title: 'Talks were constructive but work remains', score: 0.97,
        added: [
          { kind: 'person', text: 'Putin met Steve Witkoff and Jared Kushner.', anchors: ['Jared Kushner'], sentence: 'Putin met Steve Witkoff and Jared Kushner.', sentenceIndex: 1 },
          { kind: 'quote', text: `He said ${HOSTILE}.`, anchors: [HOSTILE], sentence: `He said ${HOSTILE}.`, sentenceIndex: 2 },
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
    facts: [
      {
        id: 'f0', kind: 'duration', text: sentences[1]!, emphasis: ['four years'], rank: 1015,
        inArticle: { reportId: 'current', text: 'nearly four-year war', sentence: sentences[1]!, sentenceIndex: 1 },
        carriers: [{ reportId: '002', text: 'nearly three-year war', sentence: 'Core territorial questions at the heart of the nearly three-year war.', sentenceIndex: 4 }],
        conflict: [{ reportId: 'current', value: 'four years' }, { reportId: '002', value: 'three years' }],
      },
      {
        id: 'f1', kind: 'person', text: 'Putin met Steve Witkoff and Jared Kushner.', emphasis: ['Jared Kushner'], rank: 15, inArticle: null, conflict: null,
        carriers: [{ reportId: '004', text: 'Putin met Steve Witkoff and Jared Kushner.', sentence: 'Putin met Steve Witkoff and Jared Kushner.', sentenceIndex: 1 }],
      },
      {
        id: 'f2', kind: null, text: `He said ${HOSTILE}.`, emphasis: [HOSTILE], rank: 15, inArticle: null, conflict: null,
        carriers: [{ reportId: '004', text: `He said ${HOSTILE}.`, sentence: `He said ${HOSTILE}.`, sentenceIndex: 2 }],
      },
      {
        id: 'f3', kind: 'time', text: 'The discussions stretched past midnight inside the Kremlin.', emphasis: ['past midnight'], rank: 14, inArticle: null, conflict: null,
        carriers: [{ reportId: '002', text: 'The discussions stretched past midnight inside the Kremlin.', sentence: 'The discussions stretched past midnight inside the Kremlin.', sentenceIndex: 3 }],
      },
      {
        id: 'f4', kind: 'person', text: sentences[0]!, emphasis: ['Yuri Ushakov'], rank: 5, conflict: null, carriers: [],
        inArticle: { reportId: 'current', text: sentences[0]!, sentence: sentences[0]!, sentenceIndex: 0 },
      },
    ],
  };
}
