// Page articles: Mozilla Readability on a clone of the Document, then the shared block rules.
import { Readability } from '@mozilla/readability';
import type { Article, Outcome } from '../report';
import { articleFromBlocks } from './article';
import type { Block, BlockKind } from './chrome';
import { outletFromPageTitle } from './outlet';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TD', 'TH', 'DD', 'DT', 'FIGURE', 'UL', 'OL', 'TABLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV']);
/** Subtrees that are never reporting, even when Readability keeps them. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'SELECT', 'TEXTAREA', 'IFRAME', 'NAV', 'ASIDE', 'FOOTER']);

/**
 * Class or id tokens of page furniture that Readability sometimes keeps inside the article: photo captions and credits,
 * author bios, newsletter and subscription boxes, share bars, error-report notes. Matched as whole tokens ("pb-caption",
 * "post-body-bio", "c-newsletter__title"), so "biography" or "shared" do not count.
 */
const FURNITURE_CLASS_RE =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|attribution|bio|author-?bio|byline|newsletter|promo|subscribe|subscription|paywall|share|sharing|social|related|comments?|error-report|correction-form|advert|advertisement|sponsored)(?:$|[\s_-])/i;

function isFurniture(el: Element): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marks.trim() !== '' && FURNITURE_CLASS_RE.test(marks);
}

function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true' || isFurniture(el);
}

/** Visible text of a subtree, leaving out furniture nested inside it (a caption inside the first paragraph). */
function textOf(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !isSkipped(node as Element)) text += textOf(node as Element);
  }
  return text;
}

function kindOf(tag: string, insideCaption: boolean): BlockKind {
  if (insideCaption || tag === 'FIGCAPTION') return 'caption';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'item';
  return 'paragraph';
}

/** Whether a subtree holds a block element; memoised per walk, so deep markup costs O(n) rather than O(n × depth). */
function hasBlockChild(el: Element, memo: Map<Element, boolean>): boolean {
  let known = memo.get(el);
  if (known === undefined) {
    known = Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()) || hasBlockChild(c, memo));
    memo.set(el, known);
  }
  return known;
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textOf(a).trim().length;
  return n;
}

/** Leaf blocks of a subtree in reading order, with their link density. */
export function blocksOf(root: Element): Block[] {
  const out: Block[] = [];
  const memo = new Map<Element, boolean>();
  const walk = (el: Element, inCaption: boolean) => {
    const tag = el.tagName.toUpperCase();
    if (isSkipped(el)) return;
    const caption = inCaption || tag === 'FIGCAPTION';
    if (hasBlockChild(el, memo)) {
      // Mixed content: text directly inside a container still counts as a block of its own.
      let loose = '';
      const flush = () => {
        if (loose.trim()) out.push({ text: loose, kind: kindOf(tag, caption), linkDensity: 0 });
        loose = '';
      };
      for (const node of Array.from(el.childNodes)) {
        if (node.nodeType === 3) loose += node.textContent ?? '';
        else if (node.nodeType === 1) {
          const child = node as Element;
          if (BLOCK_TAGS.has(child.tagName.toUpperCase()) || hasBlockChild(child, memo)) {
            flush();
            walk(child, caption);
          } else if (!isSkipped(child)) loose += textOf(child);
        }
      }
      flush();
      return;
    }
    const text = textOf(el);
    if (!text.trim()) return;
    out.push({ text, kind: kindOf(tag, caption), linkDensity: Math.min(1, linkText(el) / Math.max(1, text.trim().length)) });
  };
  walk(root, false);
  return out;
}

/**
 * Limits past which a page is not read at all. Real news pages stay far below them (the eighteen saved ones: at most
 * ~2,000 elements, nesting depth 23); beyond them Readability's cost grows out of reach and its recursion can overflow.
 */
export const DEFAULT_MAX_DOM_DEPTH = 250;
export const DEFAULT_MAX_DOM_ELEMENTS = 60_000;

/** Element count and deepest nesting, walked without recursion so that hostile markup cannot overflow the stack. */
function measure(root: Element, stopAt: { depth: number; elements: number }): { depth: number; elements: number } {
  let depth = 0, elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    if (depth > stopAt.depth || elements > stopAt.elements) break;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements };
}

const NOT_ARTICLE = { ok: false, error: 'not-article', message: 'This page does not look like a news article.' } as const;
const PAYWALLED = { ok: false, error: 'paywalled', message: 'Only the opening of this article is on the page (it may be behind a paywall), too little to compare.' } as const;

/** The page's text, read without the `body` getter: linkedom's adds a <head> to pages that lack one. */
function pageText(doc: Document): string {
  return (doc.querySelector('body') ?? doc.documentElement)?.textContent ?? '';
}

/** Words a page uses when it holds the rest of an article back for subscribers. */
const PAYWALL_RE = /\b(subscribe (now )?to (continue|keep) reading|subscribers? only|for subscribers|to continue reading,? (please )?(subscribe|sign in|log in)|already a subscriber|this (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)|create a free account to (continue|keep) reading)\b/i;
function paywalled(text: string): boolean {
  return PAYWALL_RE.test(text.slice(0, 200_000));
}

const UNREADABLE = { ok: false, error: 'unreadable', message: 'Parallax could not read this page.' } as const;

/** Read the article of a page. The Document is cloned first: Readability rewrites the tree it is given. */
export function readArticleFromDocument(doc: Document, url?: string): Outcome<Article> {
  void url;
  try {
    if (!doc.documentElement) return { ok: false, error: 'empty', message: 'There is no text to read on this page.' };
    const size = measure(doc.documentElement, { depth: DEFAULT_MAX_DOM_DEPTH, elements: DEFAULT_MAX_DOM_ELEMENTS });
    if (size.depth > DEFAULT_MAX_DOM_DEPTH) return { ...UNREADABLE, message: 'This page is nested too deeply to read as an article.' };
    if (size.elements > DEFAULT_MAX_DOM_ELEMENTS) return { ...UNREADABLE, message: 'This page is too large to read as an article.' };
    // Read <title> directly: linkedom's title getter adds a <head> to pages that lack one.
    const pageTitle = doc.querySelector('title')?.textContent ?? null;
    const clone = doc.cloneNode(true) as Document;
    const declaredLang = doc.documentElement.getAttribute('lang');
    // A page with no words at all is empty, whatever its markup.
    if (!/[\p{L}\p{N}]/u.test(pageText(doc))) return { ok: false, error: 'empty', message: 'There is no text to read on this page.' };
    const parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300, keepClasses: true }).parse();
    if (!parsed || !parsed.content) return paywalled(pageText(doc)) ? PAYWALLED : NOT_ARTICLE;
    const root = parsed.content as unknown as Element;
    const outcome = articleFromBlocks(blocksOf(root), {
      title: parsed.title,
      siteName: parsed.siteName || outletFromPageTitle(pageTitle, parsed.title),
      lang: parsed.lang ?? declaredLang,
      published: parsed.publishedTime,
    });
    // Nothing left once menus and links are gone, on a page that has text: navigation, not an empty page.
    if (!outcome.ok && outcome.error === 'empty' && /[\p{L}\p{N}]/u.test(pageText(doc))) return NOT_ARTICLE;
    if (!outcome.ok && outcome.error === 'not-article' && paywalled(pageText(doc))) return PAYWALLED;
    return outcome;
  } catch {
    // Whatever the page does to the parser (a stack overflow on markup we did not foresee), the reader gets a sentence.
    return UNREADABLE;
  }
}
