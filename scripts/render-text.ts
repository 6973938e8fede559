// The report in the terminal, laid out like the popup: the story first (contradictions, what others report, what only
// this article has, wording), at most five items a section unless --all, then one line per outlet.
import { renderDiff } from '../lib/compare/diff';
import { outletName, storySections } from '../lib/facts/sections';
import type { AnalysisReport } from '../lib/report';

/** Items a section shows before "… N more": what a reader takes in at a glance. */
export const DEFAULT_SECTION_ITEMS = 5;

/** The story's sections as plain lines (the same sections the popup shows). */
function sectionLines(report: AnalysisReport): { title: string; items: string[] }[] {
  const names = new Map(report.related.map((r) => [r.id, outletName(r)]));
  const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const of = report.related.length;
  const s = storySections(report);
  return [
    { title: 'Contradicts', items: s.contradicts.map((g) => {
      const [mine, ...theirs] = g.conflict!;
      return `here: ${mine.value}  |  ${theirs.map((t) => `${names.get(t.reportId) ?? t.reportId}: ${t.value}`).join('; ')}`;
    }) },
    { title: 'Others report, this article doesn’t', items: s.othersReport.map((g) => `${g.text}  (${who(g.carriers.map((c) => c.reportId))}; ${g.carriers.length} of ${of})`) },
    { title: 'Only this article', items: s.onlyHere.map((g) => g.text) },
    { title: 'Worded differently', items: s.reworded.map(({ report: r, reworded: w }) => `${renderDiff(w.diff)}  (${outletName(r)})`) },
  ];
}

export function renderText(report: AnalysisReport, { all = false } = {}): string {
  const out: string[] = [];
  const a = report.article;
  out.push(`${a.title}${a.outlet ? ` (${a.outlet})` : ''}`);
  out.push(`${report.related.length} related ${report.related.length === 1 ? 'report' : 'reports'} in the index`);
  if (report.truncated) out.push(report.truncated);
  if (!report.related.length) return out.join('\n') + '\n';
  for (const { title, items } of sectionLines(report)) {
    if (!items.length) continue;
    out.push('', `${title} (${items.length})`);
    const shown = all ? items : items.slice(0, DEFAULT_SECTION_ITEMS);
    for (const i of shown) out.push(`  ${i}`);
    if (shown.length < items.length) out.push(`  … ${items.length - shown.length} more (--all shows every item)`);
  }
  out.push('', 'By outlet:');
  for (const r of report.related)
    out.push(`  ${outletName(r)} (score ${r.score.toFixed(2)}): adds ${r.added.length}, leaves out ${r.omitted.length}, words differently ${r.reworded.length}, contradicts ${r.conflicts.length}`);
  return out.join('\n') + '\n';
}
