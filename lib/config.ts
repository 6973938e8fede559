// Tunable thresholds in one place. Each is a named default so tests and the benchmark can say what they rely on.

/** A body shorter than this many words is not an article (home page, stub, paywall). */
export const DEFAULT_MIN_ARTICLE_WORDS = 80;
/** A line with fewer words than this and no closing punctuation reads as a heading or a label, not reporting. */
export const DEFAULT_MAX_HEADING_WORDS = 18;
/** Share of a block's text that sits inside links above which it is navigation. */
export const DEFAULT_MAX_LINK_DENSITY = 0.5;
/** A first paragraph of at most this many words, one sentence, before a longer one, is a standfirst (dek). */
export const DEFAULT_MAX_DEK_WORDS = 40;
/** Share of English function words below which a text is not English. */
export const DEFAULT_MIN_ENGLISH_STOPWORD_SHARE = 0.18;

/**
 * Same-story score (0..1) at or above which an indexed report is listed as related. 0.42 until reports of another
 * event were told apart by what happened and on which day (lib/match/score.ts); since then short reports sharing few
 * names need less (0.38). Real pages of other stories score at most 0.16.
 */
export const DEFAULT_RELATED_THRESHOLD = 0.38;
/** Candidates the lexical prefilter hands to fuse.js. */
export const DEFAULT_PREFILTER_CANDIDATES = 40;
/** Words of the lead (after the title) that go into the match fields. */
export const DEFAULT_LEAD_WORDS = 120;

/** Share of a claim's weighted words that must appear in one sentence of the other text for it to count as carried. */
export const DEFAULT_CLAIM_CARRIED = 0.45;
/** Share of a quote's words found in the other text for the quote to count as carried (possibly reworded). */
export const DEFAULT_QUOTE_CARRIED = 0.5;
