// Align two reports detail by detail: what the other adds, what it leaves out, what it words differently, where it conflicts.
import type { RichDetail } from '../details/types';
import type { Conflict, DetailRef, Reworded } from '../report';
import { type Carried, carriedBy } from './carried';
import { wordDiff } from './diff';
import type { Side } from './side';

export interface Alignment {
  added: DetailRef[];
  omitted: DetailRef[];
  reworded: Reworded[];
  conflicts: Conflict[];
}

function ref(d: RichDetail, side: Side): DetailRef {
  return { kind: d.kind, text: d.text, sentence: side.article.sentences[d.sentenceIndex], sentenceIndex: d.sentenceIndex };
}

/**
 * Details of `from` that `to` does not carry, one per fact. A claim that wraps a listed name, number or quote
 * ("the minister visited the Central Bank" around "Central Bank") would say the same thing twice: it is left out.
 */
function uncarried(from: Side, verdicts: Map<RichDetail, Carried>): DetailRef[] {
  const seen = new Set<string>();
  const missing = from.details.filter((d) => verdicts.get(d) === null);
  const listed = missing.filter((d) => d.kind !== 'claim');
  const out: DetailRef[] = [];
  for (const d of missing) {
    if (seen.has(d.key)) continue;
    if (d.kind === 'claim' && listed.some((x) => x.sentenceIndex === d.sentenceIndex && x.start < d.end && x.end > d.start)) continue;
    seen.add(d.key);
    out.push(ref(d, from));
  }
  return out;
}

export function verdicts(from: Side, to: Side): Map<RichDetail, Carried> {
  const out = new Map<RichDetail, Carried>();
  for (const d of from.details) out.set(d, carriedBy(d, to));
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
    if (!v || (v.how !== 'reworded' && v.how !== 'conflict')) continue;
    const o = v.detail;
    const pair = `${d.kind}|${d.text}|${o.text}`;
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    const base = { kind: d.kind, current: d.text, other: o.text, currentSentence: current.article.sentences[d.sentenceIndex], otherSentence: other.article.sentences[o.sentenceIndex], currentSentenceIndex: d.sentenceIndex };
    if (v.how === 'reworded') reworded.push({ ...base, diff: wordDiff(d.text, o.text) });
    else conflicts.push({ ...base, currentValue: d.text, otherValue: o.text });
  }
  return { added: uncarried(other, there), omitted: uncarried(current, here), reworded, conflicts };
}
