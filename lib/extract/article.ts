// Article from blocks: the rules shared by plain-text and page extraction (title, dek, body, chrome, outlet).
import { DEFAULT_MAX_DEK_WORDS, DEFAULT_MIN_ARTICLE_WORDS } from '../config';
import type { Article, Outcome } from '../report';
import { splitSentences } from '../text/sentences';
import { words } from '../text/words';
import { ATTRIBUTION_RE, type Block, endsLikeSentence, isAuthorBio, isCaptionLike, isChromeLine, isLinkList, isPromo, looksLikeHeading } from './chrome';
import { detectLanguage } from './lang';
import { outletFromText } from './outlet';
import { publishedFrom } from './published';

export interface PageMeta {
  title?: string | null;
  siteName?: string | null;
  lang?: string | null;
  /** The page's publication time from its metadata (Readability's publishedTime). */
  published?: string | null;
}

const MAX_TITLE_CHARS = 140;
/** Text past this many characters is not read: no news article is that long, and the work grows with it. */
export const DEFAULT_MAX_ARTICLE_CHARS = 200_000;
/** Promo small print: each line at most this many words, all of it at most MAX_PROMO_TAIL_WORDS. */
const MAX_PROMO_TAIL_LINE_WORDS = 15;
const MAX_PROMO_TAIL_WORDS = 60;

function clean(text: string): string {
  // Control characters and odd spaces become plain spaces; page text keeps every visible character.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  return cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_TITLE_CHARS).replace(/[,;:]$/, '') + '…';
}

/** The first `max` characters of `text`, ending after a sentence when one ends in the second half, else at a word. */
function cutAtSentenceEnd(text: string, max: number): string {
  if (max <= 0) return '';
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (end > max / 2) return head.slice(0, end + 1);
  const space = head.lastIndexOf(' ');
  return space > 0 ? head.slice(0, space) : head;
}

/** Compare headline strings loosely: page titles often carry " | Site" or " - Site" suffixes. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => words(s).join(' ').toLowerCase();
  const na = norm(a), nb = norm(b);
  return na === nb || (na.length > 20 && (nb.startsWith(na) || na.startsWith(nb)));
}

/** Lines after a promo that are all short and few: the promo box's own small print, not a closing paragraph. */
function isPromoTail(tail: Block[]): boolean {
  const counts = tail.map((b) => words(b.text).length);
  return counts.every((n) => n <= MAX_PROMO_TAIL_LINE_WORDS) && counts.reduce((a, n) => a + n, 0) <= MAX_PROMO_TAIL_WORDS;
}

export function articleFromBlocks(input: Block[], meta: PageMeta = {}): Outcome<Article> {
  const blocks: Block[] = [];
  let chars = 0;
  let truncated = false;
  for (const b of input) {
    // The longest features run to ~20,000 words; past that a page is a dump, and only its opening is read.
    let text = clean(b.text);
    if (chars + text.length > DEFAULT_MAX_ARTICLE_CHARS) {
      truncated = true;
      text = cutAtSentenceEnd(text, DEFAULT_MAX_ARTICLE_CHARS - chars);
    }
    if (text.length > 0) blocks.push({ ...b, text });
    chars += text.length;
    if (truncated) break;
  }
  const metaParagraphs: string[] = [];
  const kept: Block[] = [];
  /** Index in `kept` right after the last promo block: what follows it may be the rest of the promo box. */
  let afterLastPromo = -1;
  for (const b of blocks) {
    if (isChromeLine(b.text) || isLinkList(b) || b.kind === 'caption' || isCaptionLike(b.text)) continue;
    if (ATTRIBUTION_RE.test(b.text) || isPromo(b.text)) {
      metaParagraphs.push(b.text);
      if (!ATTRIBUTION_RE.test(b.text)) afterLastPromo = kept.length;
      continue;
    }
    kept.push(b);
  }
  // A promo box near the end drags its small print along ("A flexible plan you can cancel anytime."): when only
  // short lines follow the last promo, they belong to it.
  if (afterLastPromo >= 0 && afterLastPromo < kept.length && isPromoTail(kept.slice(afterLastPromo))) kept.length = afterLastPromo;
  // Trailing furniture: after the last real paragraph, short label-like lines and notes about the author are never reporting.
  let lastBody = kept.length - 1;
  while (lastBody >= 0 && (looksLikeHeading(kept[lastBody]) || isAuthorBio(kept[lastBody].text))) {
    // (Kept for the outlet: a masthead line with its tagline can close a page.)
    metaParagraphs.push(kept[lastBody].text);
    lastBody--;
  }
  const body = kept.slice(0, lastBody + 1);

  // Headline: the first heading-like line, if it comes before the first paragraph. Lines above it are section labels.
  let title = clean(meta.title ?? '');
  let start = 0;
  const firstPara = body.findIndex((b) => !looksLikeHeading(b));
  if (firstPara > 0) {
    const headings = body.slice(0, firstPara);
    // The first leading heading of headline length is the headline; shorter ones above it are section labels ("World").
    let h = headings.findIndex((b) => words(b.text).length >= 4);
    if (h < 0) h = headings.length - 1;
    start = h + 1;
    if (!title || sameText(title, headings[h].text)) title = headings[h].text;
    // The page already named its headline, and this heading reads as a sentence: a standfirst set as a heading.
    else if (endsLikeSentence(headings[h].text) && words(headings[h].text).length >= 6) start = h;
  }
  const underHeadline = start > 0 || (firstPara > 0 && title !== '');
  let rest = body.slice(start);
  if (title) rest = rest.filter((b, i) => !(i === 0 && sameText(b.text, title)));

  // Dek: a heading-like line right under the headline, or a one-sentence opening paragraph before a longer one.
  let dek: string | null = null;
  if (rest.length >= 2) {
    const first = rest[0], second = rest[1];
    const firstWords = words(first.text).length;
    const oneSentence = splitSentences(first.text).length === 1;
    if (looksLikeHeading(first) && !looksLikeHeading(second) && firstWords >= 6 && underHeadline) dek = first.text;
    else if (!looksLikeHeading(first) && oneSentence && firstWords <= DEFAULT_MAX_DEK_WORDS && words(second.text).length > firstWords * 1.5 && start === 0 && !title)
      dek = first.text;
  }

  // Subheadings between paragraphs are signposts, not reporting.
  const paragraphs = rest.filter((b) => !looksLikeHeading(b) || b.text === dek).map((b) => b.text);
  const bodyText = paragraphs.join('\n');
  const wordCount = words(bodyText).length;
  // Empty means no words at all; a page of labels and links has words but no article.
  if (blocks.every((b) => words(b.text).length === 0)) return { ok: false, error: 'empty', message: 'There is no text to read on this page.' };
  if (wordCount === 0 || wordCount < DEFAULT_MIN_ARTICLE_WORDS || paragraphs.filter(endsLikeSentence).length < 2 && wordCount < DEFAULT_MIN_ARTICLE_WORDS * 2)
    return { ok: false, error: 'not-article', message: 'This page does not look like a news article.' };

  const sentences = paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text));
  if (!title) title = shorten(dek ?? sentences[0]);
  const outlet = clean(meta.siteName ?? '') || outletFromText(metaParagraphs.concat(paragraphs));
  const lang = detectLanguage(bodyText, meta.lang);
  // The date stamp and copyright line are chrome: read from every line the page gave.
  const published = publishedFrom(blocks.map((b) => b.text), meta.published);
  return { ok: true, value: { title, outlet: outlet || null, dek, paragraphs, sentences, lang, ...(published ? { published } : {}), ...(truncated ? { truncated } : {}) } };
}
