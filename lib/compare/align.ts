// Align two reports detail by detail: what the other adds, what it leaves out, what it words differently, where it conflicts.
import type { RichDetail } from '../details/types';
import type { Conflict, DetailRef, Reworded } from '../report';
import { type Carried, carriedBy, rivalAlsoHere, soleRival } from './carried';
import { wordDiff } from './diff';
import type { Side } from './side';
import { sentenceVerdicts } from '../facts/statements';

export interface Alignment {
  added: DetailRef[];
  omitted: DetailRef[];
  reworded: Reworded[];
  conflicts: Conflict[];
}

/**
 * What `from` says that `to` does not, one item per sentence: the sentence as it stands (readable on its own), labelled
 * with the kind of its most telling new anchor, or as a claim when only its words are new.
 */
function uncarried(from: Side, to: Side, verdicts: Map<RichDetail, Carried>): DetailRef[] {
  return sentenceVerdicts(from, to, verdicts)
    .filter((v) => v.adds)
    .map((v) => {
      const sentence = from.article.sentences[v.sentenceIndex];
      return { kind: v.newAnchors[0]?.kind ?? 'claim', text: sentence, sentence, sentenceIndex: v.sentenceIndex, anchors: v.newAnchors.map((d) => d.text) };
    });
}

export function verdicts(from: Side, to: Side): Map<RichDetail, Carried> {
  const out = new Map<RichDetail, Carried>();
  for (const d of from.details) {
    let v = carriedBy(d, to);
    if (v === null) {
      const rival = soleRival(d, from, to);
      if (rival) v = { how: 'conflict', detail: rival };
    }
    out.set(d, v?.how === 'conflict' && rivalAlsoHere(d, v.detail, from) ? null : v);
  }
  return out;
}

/** What each side carries of the other's details, computed once and shared by the alignment and the coverage. */
export interface PairVerdicts {
  /** The current article's details, judged against the other report. */
  here: Map<RichDetail, Carried>;
  /** The other report's details, judged against the current article. */
  there: Map<RichDetail, Carried>;
}

export function pairVerdicts(current: Side, other: Side): PairVerdicts {
  return { here: verdicts(current, other), there: verdicts(other, current) };
}

export function alignDetails(current: Side, other: Side, { here, there }: PairVerdicts = pairVerdicts(current, other)): Alignment {
  const reworded: Reworded[] = [];
  const conflicts: Conflict[] = [];
  const seenPairs = new Set<string>();
  for (const [d, v] of here) {
    if (!v || (v.how !== 'reworded' && v.how !== 'conflict') || d.sentenceIndex >= current.body) continue;
    const o = v.detail;
    const pair = `${d.kind}|${d.text}|${o.text}`;
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    const base = { kind: d.kind, current: d.text, other: o.text, currentSentence: current.article.sentences[d.sentenceIndex], otherSentence: other.article.sentences[o.sentenceIndex], currentSentenceIndex: d.sentenceIndex };
    if (v.how === 'reworded') reworded.push({ ...base, diff: wordDiff(d.text, o.text) });
    else conflicts.push({ ...base, currentValue: d.text, otherValue: o.text });
  }
  return { added: uncarried(other, current, there), omitted: uncarried(current, other, here), reworded, conflicts };
}
