// Fact statements: each sentence of a report, with the anchors it carries and, against another report, whether it says
// anything that report does not. Precision first: a sentence is listed only on clear evidence.
import type { Carried } from '../compare/carried';
import { softShares } from '../compare/carried';
import type { Side } from '../compare/side';
import { CAUSE_UNKNOWN_KEY, looksLikeCode } from '../details/extract';
import type { RichDetail } from '../details/types';
import type { DetailKind } from '../report';
import { contentStems } from '../text/words';

/** Anchors that stand on their own when the other report lacks them: who, how many, how long, when exactly, a quote. */
const SALIENT_KINDS = new Set<DetailKind>(['person', 'organisation', 'number', 'duration', 'time', 'date', 'quote']);

/**
 * A sentence with no salient new anchor still adds something when no sentence of the other report says most of it
 * and the other report as a whole lacks much of its vocabulary: both bounds must hold, so that long reports, which
 * share words with everything, do not make every short sentence look new.
 */
export const DEFAULT_NOVEL_SENTENCE_SHARE = 0.25;
export const DEFAULT_NOVEL_DOCUMENT_SHARE = 0.5;
/** Anchors that tie a sentence to the other report's telling of the same fact when their values meet. */
const MEASURED_KINDS = new Set<DetailKind>(['number', 'duration', 'time', 'date']);
/** Sentences this short ("He declined to comment.") carry too little to judge by their words. */
const MIN_NOVEL_STEMS = 4;

export interface SentenceVerdict {
  sentenceIndex: number;
  /** True when the sentence says something the other report does not. */
  adds: boolean;
  /** The anchors of the sentence the other report lacks (names, numbers, quotes...), most telling first. */
  newAnchors: RichDetail[];
  /**
   * Weighted share of the sentence's words held by its best sentence in the other report, and by the report as a whole
   * (a noun counts where a noun of the same kind stands).
   */
  sentenceShare: number;
  documentShare: number;
  /** The other report's sentence that says most of it (-1 when none). */
  bestMatch: number;
}

/**
 * Whether a new anchor says something by itself. Not: a day or part of the day ("on Tuesday", "overnight"; clock times
 * do), a single capitalised word opening the sentence (usually a common noun: "Police", "Cargo"), or the report's own
 * outlet in its dateline.
 */
function telling(d: RichDetail, side: Side): boolean {
  if (d.kind === 'time') return /\d/.test(d.text);
  if ((d.kind === 'person' || d.kind === 'organisation') && d.start === 0 && !/\s/.test(d.text)) return false;
  // A name in brackets ("(NATO)", "(Reuters)") restates or credits; it is not news of its own.
  const sentence = side.article.sentences[d.sentenceIndex] ?? '';
  if (sentence[d.start - 1] === '(' && sentence[d.end] === ')') return false;
  // So does a name inside a short aside in brackets: a ticker ("(ASX: WBN)"), a former name, an abbreviation.
  if ((d.kind === 'person' || d.kind === 'organisation') && /\([^()]{0,30}$/.test(sentence.slice(0, d.start)) && /^[^()]{0,30}\)/.test(sentence.slice(d.end))) return false;
  // The date of a wire dateline ("VEROIA, Greece, Nov 22 (Meridian Press) -") is when the report was filed.
  const dateline = DATELINE_RE.exec(sentence);
  if (d.kind === 'date' && dateline && d.end <= dateline[0].length) return false;
  const outlet = side.article.outlet?.toLowerCase().replace(/^the\s+/, '');
  return !(outlet && d.text.toLowerCase().replace(/^the\s+/, '') === outlet);
}

/** A wire dateline opening a sentence: a place in capitals, perhaps a country and a date, the agency, a dash. */
const DATELINE_RE = /^\p{Lu}[\p{Lu} .'’-]+,[^()\n]{0,60}\([^()]{2,40}\)\s*[-–—]/u;

/** Judge every sentence of `from` against `to`, from the detail verdicts already reached for `from`'s details. */
export function sentenceVerdicts(from: Side, to: Side, verdicts: Map<RichDetail, Carried>): SentenceVerdict[] {
  const bySentence = new Map<number, RichDetail[]>();
  for (const d of from.details) (bySentence.get(d.sentenceIndex) ?? bySentence.set(d.sentenceIndex, []).get(d.sentenceIndex)!).push(d);
  return from.article.sentences.slice(0, from.body).map((sentence, i) => {
    const details = bySentence.get(i) ?? [];
    // A value the other report gives differently is a contradiction, shown as such: not an addition as well.
    const conflicted = details.some((d) => verdicts.get(d)?.how === 'conflict');
    // (A place is news only with its number: "Warehouse 7"; place names alone are shared by every report of a story.)
    const newAnchors = details.filter((d) => (SALIENT_KINDS.has(d.kind) || d.key === CAUSE_UNKNOWN_KEY || (d.kind === 'place' && /\d/.test(d.text))) && verdicts.get(d) === null && telling(d, from));
    // A wire dateline ("VELMORE, England (Meridian Press) -") says where and by whom it was filed, not what happened.
    const stems = contentStems(sentence.replace(DATELINE_RE, ''));
    // Judged with WordNet's nouns as well: a sentence is new only if its nouns are not there in kind either.
    const best = softShares(stems, to);
    // A measured value the other report gives too ("45 m by 15 m" / "150ft long and 50ft wide"; "nobody had been
    // injured" / "Nobody was hurt") ties the sentence to a fact it carries: the rest is its wording, not news.
    // (A date ties only when the other gives the same date: "last year" does not tie "in June 2025" to its sentence.)
    const tied = details.some((d) => {
      const v = verdicts.get(d);
      // (So does a quote the other report carries: what the speaker said is there, and the rest is attribution.)
      if (d.kind === 'quote' && v && v.how !== 'conflict' && d.end - d.start >= sentence.length / 2) return true;
      return MEASURED_KINDS.has(d.kind) && (/\d/.test(d.text) || d.value === 0 || d.kind === 'duration' || (d.value ?? 0) >= 10) && v?.how === 'same' && (d.kind !== 'date' || v.detail?.key === d.key);
    });
    const novel = !tied && new Set(stems).size >= MIN_NOVEL_STEMS && best.share < DEFAULT_NOVEL_SENTENCE_SHARE && best.documentShare < DEFAULT_NOVEL_DOCUMENT_SHARE;
    const adds = !looksLikeCode(sentence) && (newAnchors.length > 0 || (novel && !conflicted));
    return { sentenceIndex: i, adds, newAnchors, sentenceShare: best.share, documentShare: best.documentShare, bestMatch: best.index };
  });
}
