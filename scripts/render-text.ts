// The report in the terminal, laid out like the popup: the story first (contradictions, what others report, what only
// this article has, wording), at most five items a section unless --all, then one line per outlet.
import { renderDiff } from '../lib/compare/diff';
import type { AnalysisReport, FactGroup, RelatedReport } from '../lib/report';

/** Items a section shows before "… N more": what a reader takes in at a glance. */
export const DEFAULT_SECTION_ITEMS = 5;

/** The outlet, or for a report that names none a short form of its headline. */
const outletName = (r: Pick<RelatedReport, 'outlet' | 'title'>) => r.outlet ?? (r.title.length > 48 ? `“${r.title.slice(0, 45).replace(/\s+\S*$/, '')}…”` : `“${r.title}”`);

/** The story's sections, each with its items as plain lines (the same sections the popup shows). */
export function storySections(report: AnalysisReport): { title: string; items: string[] }[] {
  const names = new Map(report.related.map((r) => [r.id, outletName(r)]));
  const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const of = report.related.length;
  const contradicts = report.facts.filter((g) => g.conflict).map((g) => {
    const [mine, ...theirs] = g.conflict!;
    return `here: ${mine.value}  |  ${theirs.map((t) => `${names.get(t.reportId) ?? t.reportId}: ${t.value}`).join('; ')}`;
  });
  const othersReport = report.facts.filter((g) => !g.inArticle && !g.conflict).map((g) => `${g.text}  (${who(g.carriers.map((c) => c.reportId))}; ${g.carriers.length} of ${of})`);
  const onlyHere = report.facts.filter((g: FactGroup) => g.inArticle && !g.conflict && g.carriers.length === 0).map((g) => g.text);
  const reworded = report.related.flatMap((r) => r.reworded.map((w) => `${renderDiff(w.diff)}  (${outletName(r)})`));
  return [
    { title: 'Contradicts', items: contradicts },
    { title: 'Others report, this article doesn’t', items: othersReport },
    { title: 'Only this article', items: onlyHere },
    { title: 'Worded differently', items: reworded },
  ];
}

export function renderText(report: AnalysisReport, { all = false } = {}): string {
  const out: string[] = [];
  const a = report.article;
  out.push(`${a.title}${a.outlet ? ` (${a.outlet})` : ''}`);
  out.push(`${report.related.length} related ${report.related.length === 1 ? 'report' : 'reports'} in the index`);
  if (report.truncated) out.push(report.truncated);
  if (!report.related.length) return out.join('\n') + '\n';
  for (const { title, items } of storySections(report)) {
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
