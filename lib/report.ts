// The report types every layer speaks: extraction, index, match, compare, CLI and popup.

/** An article as Parallax reads it: from a page, a seed file or stdin. */
export interface Article {
  /** Indexed report id (file name without extension); absent for the page being read. */
  id?: string;
  title: string;
  /** Outlet when the text or page says it ("The Courier reports this", og:site_name); null when unknown. */
  outlet: string | null;
  /** Standfirst under the headline, when there is one. It is reporting too: it opens `paragraphs`, once. */
  dek: string | null;
  /** Body paragraphs (the dek first, when there is one), site chrome and subheadings removed. */
  paragraphs: string[];
  /** Sentences of `paragraphs` in reading order, each once; the title is not among them. */
  sentences: string[];
  /** BCP-47 language guess ("en", "fr", ...); Parallax compares English articles only for now. */
  lang: string;
}

export type DetailKind = 'person' | 'organisation' | 'place' | 'number' | 'duration' | 'date' | 'time' | 'quote' | 'claim';

/** One comparable fact pulled out of a sentence. */
export interface Detail {
  kind: DetailKind;
  /** The detail in a few words, as the article words it. */
  text: string;
  /** Canonical key: two details with the same key are the same fact with the same value. */
  key: string;
  /** Index into Article.sentences. */
  sentenceIndex: number;
  /** Numeric value for number/duration details. */
  value?: number;
  /** Unit for number/duration details ("year", "hour", "point"). */
  unit?: string;
  /** Speaker of a quote, when the sentence tells it. */
  speaker?: string | null;
}

export interface DetailRef {
  kind: DetailKind;
  text: string;
  sentence: string;
  /** Sentence index in the article it belongs to (the current article for `omitted`, the other for `added`). */
  sentenceIndex: number;
}

export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export interface Reworded {
  kind: DetailKind;
  /** The wording in the current article. */
  current: string;
  /** The wording in the other report. */
  other: string;
  /** Word diff from current to other: delete = only here, insert = only there. */
  diff: DiffPart[];
  currentSentence: string;
  otherSentence: string;
  currentSentenceIndex: number;
}

export interface Conflict {
  kind: DetailKind;
  current: string;
  other: string;
  currentValue: string;
  otherValue: string;
  currentSentence: string;
  otherSentence: string;
  currentSentenceIndex: number;
}

export interface RelatedReport {
  id: string;
  outlet: string | null;
  title: string;
  /** Same-story score, 0..1. */
  score: number;
  added: DetailRef[];
  omitted: DetailRef[];
  reworded: Reworded[];
  conflicts: Conflict[];
}

/** How many of the related reports carry one detail. */
export interface CoverageEntry {
  kind: DetailKind;
  text: string;
  /** True when the current article carries the detail. */
  inArticle: boolean;
  /** Sentence in the current article, when it carries the detail. */
  sentenceIndex: number | null;
  /** Number of related reports that carry it. */
  carriedBy: number;
  /** Number of related reports. */
  of: number;
  /** Ids of the related reports that carry it. */
  reports: string[];
}

export interface AnalysisReport {
  article: { id?: string; title: string; outlet: string | null; sentences: string[]; lang: string };
  related: RelatedReport[];
  coverage: CoverageEntry[];
}

/** Errors are values at the edges: one readable sentence for the reader, a code for the UI. */
export type AnalysisError =
  | 'empty'
  | 'not-article'
  | 'paywalled'
  | 'unsupported-language'
  | 'unreadable'
  | 'index-missing'
  | 'index-outdated'
  | 'internal';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AnalysisError; message: string };
