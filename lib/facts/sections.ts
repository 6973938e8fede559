// The story view's sections, chosen once from the fact groups for every surface (popup, side panel, CLI).
import type { AnalysisReport, FactGroup, RelatedReport, Reworded } from '../report';

export interface StorySections {
  /** Values this article gives that other outlets give differently. */
  contradicts: FactGroup[];
  /** Facts other outlets report and this article does not, most-carried first. */
  othersReport: FactGroup[];
  /** Facts of this article no other outlet reports. */
  onlyHere: FactGroup[];
  /** The same statement in other words, with the outlet that words it so. */
  reworded: { report: RelatedReport; reworded: Reworded }[];
}

export function storySections(report: AnalysisReport): StorySections {
  return {
    contradicts: report.facts.filter((g) => g.conflict),
    othersReport: report.facts.filter((g) => !g.inArticle && !g.conflict),
    onlyHere: report.facts.filter((g) => g.inArticle && !g.conflict && g.carriers.length === 0),
    reworded: report.related.flatMap((r) => r.reworded.map((reworded) => ({ report: r, reworded }))),
  };
}

/** A headline standing in for an outlet's name is cut to about this many characters. */
export const DEFAULT_NAME_CHARS = 32;

/** The outlet, or for a report that names none a short form of its headline. */
export function outletName(r: Pick<RelatedReport, 'outlet' | 'title'>): string {
  return r.outlet ?? (r.title.length > DEFAULT_NAME_CHARS ? `“${r.title.slice(0, DEFAULT_NAME_CHARS - 2).replace(/\s+\S*$/, '')}…”` : `“${r.title}”`);
}
