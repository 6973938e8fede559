// Decides which sentences of the current article to highlight, in which style, and what their tooltip says.
import { storySections } from '../facts/sections';
import type { AnalysisReport } from '../report';

export type HighlightStyle = 'omitted' | 'reworded' | 'conflict';

/** Highlight names are shared with the page's own CSS highlights, so ours carry a prefix. */
export const HIGHLIGHT_NAME_PREFIX = 'parallax-';
/** A contradiction outweighs a rewording, which outweighs an omission, when one sentence has several. */
const STYLE_WEIGHT: Record<HighlightStyle, number> = { omitted: 1, reworded: 2, conflict: 3 };
export const STYLE_LABEL: Record<HighlightStyle, string> = {
  omitted: 'Others leave this out',
  reworded: 'Others word this differently',
  conflict: 'Others contradict this',
};

/**
 * Omissions are everywhere (each outlet picks its own details), so a sentence is highlighted as left out only when it
 * is one of the story's facts no related report carries: the popup's "Only this article", the same fact groups.
 */
function leftOutByAll(report: AnalysisReport): Set<number> {
  return new Set(storySections(report).onlyHere.map((g) => g.inArticle!.sentenceIndex));
}

export interface PlannedHighlight {
  sentenceIndex: number;
  sentence: string;
  style: HighlightStyle;
  /** Plain text, one line per finding; set with textContent, never parsed as HTML. */
  tooltip: string;
}

interface Finding { style: HighlightStyle; line: string; outlet: string }

/** Name a related report the way the popup does: outlet, else its title. */
export function reportName(r: { outlet: string | null; title: string }): string {
  return r.outlet ?? r.title;
}

/** Tooltips are small: a report without an outlet goes by the start of its title. */
export const TOOLTIP_TITLE_CHARS = 40;
export const TOOLTIP_MAX_LINES = 5;

function shortName(r: { outlet: string | null; title: string }): string {
  if (r.outlet) return r.outlet;
  return r.title.length > TOOLTIP_TITLE_CHARS ? `“${r.title.slice(0, TOOLTIP_TITLE_CHARS).trimEnd()}…”` : `“${r.title}”`;
}

export function planHighlights(report: AnalysisReport): PlannedHighlight[] {
  const bySentence = new Map<number, Finding[]>();
  const add = (i: number, f: Finding) => {
    if (!Number.isInteger(i) || i < 0 || i >= report.article.sentences.length) return;
    const list = bySentence.get(i) ?? [];
    list.push(f);
    bySentence.set(i, list);
  };
  for (const r of report.related) {
    const outlet = shortName(r);
    for (const c of r.conflicts) add(c.currentSentenceIndex, { style: 'conflict', outlet, line: `${outlet} says ${c.otherValue} (here: ${c.currentValue})` });
    for (const w of r.reworded) add(w.currentSentenceIndex, { style: 'reworded', outlet, line: `${outlet} words it “${w.other}” (here: “${w.current}”)` });
    for (const o of r.omitted) add(o.sentenceIndex, { style: 'omitted', outlet, line: '' });
  }
  const alone = leftOutByAll(report);
  return [...bySentence.entries()]
    .filter(([i, findings]) => findings.some((f) => f.style !== 'omitted') || alone.has(i))
    .sort(([a], [b]) => a - b)
    .map(([sentenceIndex, findings]) => {
      const style = findings.reduce<HighlightStyle>((s, f) => (STYLE_WEIGHT[f.style] > STYLE_WEIGHT[s] ? f.style : s), 'omitted');
      return { sentenceIndex, sentence: report.article.sentences[sentenceIndex], style, tooltip: tooltipText(style, findings) };
    });
}

/** What the others say instead first (contradictions, rewordings), then one line naming who leaves it out. */
function tooltipText(style: HighlightStyle, findings: Finding[]): string {
  const ordered = [...findings].sort((a, b) => STYLE_WEIGHT[b.style] - STYLE_WEIGHT[a.style]);
  const lines = [...new Set(ordered.filter((f) => f.style !== 'omitted').map((f) => f.line))];
  const shown = lines.slice(0, TOOLTIP_MAX_LINES);
  if (lines.length > shown.length) shown.push(`…and ${lines.length - shown.length} more`);
  const leftOutBy = [...new Set(findings.filter((f) => f.style === 'omitted').map((f) => f.outlet))];
  if (leftOutBy.length > 0) shown.push(`Left out by ${leftOutBy.join(', ')}`);
  return [STYLE_LABEL[style], ...shown].join('\n');
}
