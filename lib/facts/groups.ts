// The story's facts across all reports: one group per fact, derived from the per-report comparison, so the story view
// (contradictions, what others report, what only this article has, how many outlets carry each) agrees with it.
import { bestSentence } from '../compare/carried';
import type { Side } from '../compare/side';
import type { DetailKind, DetailRef, FactGroup, FactStatement, RelatedReport } from '../report';
import { contentStems } from '../text/words';
import { kindOf } from './kinds';

export { kindOf };

/** Two outlets' added sentences are one fact when each is most of the other's words (or they share a new anchor). */
export const DEFAULT_SAME_FACT_SHARE = 0.5;

interface Pair { side: Side; report: RelatedReport }

const statement = (reportId: string, ref: { text: string; sentence: string; sentenceIndex: number }): FactStatement =>
  ({ reportId, text: ref.text, sentence: ref.sentence, sentenceIndex: ref.sentenceIndex });

function sameFact(a: { item: DetailRef; pair: Pair }, b: { item: DetailRef; pair: Pair }): boolean {
  const anchors = new Set((a.item.anchors ?? []).map((x) => x.toLowerCase()));
  if ((b.item.anchors ?? []).some((x) => anchors.has(x.toLowerCase()))) return true;
  const sa = contentStems(a.item.sentence), sb = contentStems(b.item.sentence);
  const ab = bestSentence(sa, b.pair.side), ba = bestSentence(sb, a.pair.side);
  return ab.index === b.item.sentenceIndex && ba.index === a.item.sentenceIndex && Math.min(ab.share, ba.share) >= DEFAULT_SAME_FACT_SHARE;
}

/** Rank: contradictions first, then facts more outlets carry, then names, numbers and quotes, then the rest. */
function rankOf(g: Omit<FactGroup, 'rank' | 'id'>): number {
  return (g.conflict ? 1000 : 0) + g.carriers.length * 10 + (g.emphasis.length ? 5 : 0) + (g.inArticle ? 0 : 1);
}

export function factGroups(current: Side, pairs: Pair[]): Omit<FactGroup, 'id'>[] {
  const out: Omit<FactGroup, 'id' | 'rank'>[] = [];
  const currentId = current.id;

  // What others report and this article does not: added sentences, merged across outlets.
  const added = pairs.flatMap((pair) => pair.report.added.map((item) => ({ item, pair })));
  const taken = new Set<number>();
  added.forEach((a, i) => {
    if (taken.has(i)) return;
    const members = [a];
    added.forEach((b, j) => {
      if (j <= i || taken.has(j) || b.pair === a.pair || members.some((m) => m.pair === b.pair)) return;
      if (members.some((m) => sameFact(m, b))) [members.push(b), taken.add(j)];
    });
    const items = members.map((m) => m.item);
    out.push({
      kind: kindOf(items),
      text: a.item.text,
      emphasis: [...new Set(items.flatMap((x) => x.anchors ?? []))].filter((x) => a.item.text.includes(x)),
      inArticle: null,
      carriers: members.map((m) => statement(m.pair.side.id, m.item)),
      conflict: null,
    });
  });

  // This article's sentences some outlet leaves out: carried by the others, or by none ("only this article").
  const omittedBy = new Map<number, { item: DetailRef; reports: Set<string> }>();
  for (const { side, report } of pairs)
    for (const item of report.omitted) {
      // A copy: the merged anchors belong to the group, not to the first report's own item.
      const e = omittedBy.get(item.sentenceIndex) ?? omittedBy.set(item.sentenceIndex, { item: { ...item }, reports: new Set() }).get(item.sentenceIndex)!;
      e.reports.add(side.id);
      e.item.anchors = [...new Set([...(e.item.anchors ?? []), ...(item.anchors ?? [])])];
    }
  for (const [index, { item, reports }] of omittedBy) {
    const carriers = pairs.filter((p) => !reports.has(p.side.id)).map((p) => {
      const best = bestSentence(contentStems(item.sentence), p.side);
      const sentence = p.side.article.sentences[best.index] ?? '';
      return { reportId: p.side.id, text: sentence, sentence, sentenceIndex: best.index };
    });
    out.push({ kind: kindOf([item]), text: item.text, emphasis: (item.anchors ?? []).filter((x) => item.text.includes(x)), inArticle: statement(currentId, { ...item, sentenceIndex: index }), carriers, conflict: null });
  }

  // Contradictions: one group per value of this article that others give differently.
  const conflicts = new Map<string, Omit<FactGroup, 'id' | 'rank'>>();
  for (const { side, report } of pairs)
    for (const c of report.conflicts) {
      const key = `${c.currentSentenceIndex}|${c.currentValue}`;
      let g = conflicts.get(key);
      if (!g) {
        g = { kind: c.kind, text: c.currentSentence, emphasis: [c.currentValue], inArticle: statement(currentId, { text: c.current, sentence: c.currentSentence, sentenceIndex: c.currentSentenceIndex }), carriers: [], conflict: [{ reportId: currentId, value: c.currentValue }] };
        conflicts.set(key, g);
      }
      const otherIndex = side.article.sentences.indexOf(c.otherSentence);
      g.carriers.push({ reportId: side.id, text: c.other, sentence: c.otherSentence, sentenceIndex: otherIndex });
      g.conflict!.push({ reportId: side.id, value: c.otherValue });
    }
  out.push(...conflicts.values());

  return out.map((g) => ({ ...g, rank: rankOf(g) })).sort((a, b) => b.rank - a.rank);
}
