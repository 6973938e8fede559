// Coverage across all related reports: how many outlets carry each detail of this article, and each detail others add.
import type { CoverageEntry } from '../report';
import type { PairVerdicts } from './align';
import { carriedBy } from './carried';
import type { Side } from './side';

/**
 * One entry per fact: this article's details first, then details some other report adds, most carried first.
 * Each other report comes with the verdicts its alignment already reached, so nothing is judged twice.
 */
export function coverageOf(current: Side, pairs: { side: Side; verdicts: PairVerdicts }[]): CoverageEntry[] {
  const others = pairs.map((p) => p.side);
  const out: CoverageEntry[] = [];
  const seen = new Set<string>();
  for (const d of current.details) {
    if (seen.has(d.key) || d.sentenceIndex >= current.body) continue;
    seen.add(d.key);
    const reports = pairs.filter((p) => p.verdicts.here.get(d) !== null).map((p) => p.side.id);
    out.push({ kind: d.kind, text: d.text, inArticle: true, sentenceIndex: d.sentenceIndex, carriedBy: reports.length, of: others.length, reports });
  }
  for (const { side: o, verdicts } of pairs) {
    for (const d of o.details) {
      if (seen.has(d.key) || verdicts.there.get(d) !== null || d.sentenceIndex >= o.body) continue;
      seen.add(d.key);
      const reports = others.filter((x) => x === o || carriedBy(d, x) !== null).map((x) => x.id);
      out.push({ kind: d.kind, text: d.text, inArticle: false, sentenceIndex: null, carriedBy: reports.length, of: others.length, reports });
    }
  }
  return out.sort((a, b) => Number(b.inArticle) - Number(a.inArticle) || (a.inArticle ? a.carriedBy - b.carriedBy : b.carriedBy - a.carriedBy));
}
