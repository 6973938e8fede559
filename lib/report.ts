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
  /**
   * When it was published, as the page or text says it ("2026-11-23", or "2026" when only a copyright year says it);
   * absent when nothing does. Relative dates ("two years ago") are read against it.
   */
  published?: string;
  /** True when the text ran past DEFAULT_MAX_ARTICLE_CHARS and only its opening was read. */
  truncated?: boolean;
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
  /** What is added or left out, readable on its own: the sentence that says it. */
  text: string;
  /** The new anchors in it (names, numbers, quotes) the other side lacks, to emphasise; empty when only its words are new. */
  anchors?: string[];
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

/** One report's wording of a fact. */
export interface FactStatement {
  /** Report id; "current" for the article being read (Article.id when it has one). */
  reportId: string;
  /** The clause that states the fact, as this report words it: readable on its own. */
  text: string;
  /** The whole sentence it stands in. */
  sentence: string;
  /** Index into that report's sentences. */
  sentenceIndex: number;
}

/** A value one report gives for the fact, where reports disagree ("four-year" against "three-year"). */
export interface FactValue {
  reportId: string;
  value: string;
}

/**
 * One fact in any wording: every statement of the article and of the related reports that says it.
 * Everything shown (per-report added/omitted/reworded/conflicts, coverage, the popup's sections,
 * the in-page highlights) is derived from these groups, so the views agree with each other by construction.
 */
export interface FactGroup {
  /** Stable within one report ("f0", "f1", ...). */
  id: string;
  /** Kind label when the group is clearly one kind (a quote, a number...); null when unsure: a wrong label is worse than none. */
  kind: DetailKind | null;
  /** The readable statement shown for the fact: the article's wording when the article carries it, else the best-carried wording. */
  text: string;
  /** Distinctive words of `text` to emphasise (names, numbers, rare words), each a substring of `text`. */
  emphasis: string[];
  /** The article's statement of the fact, or null when the article does not carry it. */
  inArticle: FactStatement | null;
  /** Statements of the related reports that carry it, one per report. */
  carriers: FactStatement[];
  /** Present when reports give different values for this fact; the article's value first when it has one. */
  conflict: FactValue[] | null;
  /** Higher is shown first: contradictions, then facts more outlets carry, then names, numbers and quotes, then the rest. */
  rank: number;
}

export interface AnalysisReport {
  article: { id?: string; title: string; outlet: string | null; sentences: string[]; lang: string };
  related: RelatedReport[];
  coverage: CoverageEntry[];
  /** The story's facts, aligned across the article and every related report (see FactGroup). */
  facts: FactGroup[];
  /** Set when only the first part of a very long article was compared: says so in one sentence. */
  truncated?: string;
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
