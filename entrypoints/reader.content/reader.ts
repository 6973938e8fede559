// The page side of Parallax: reads the article once, asks the background for the report, applies highlights.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { planHighlights } from '../../lib/highlight/plan';
import { locateSentences } from '../../lib/highlight/locate';
import type { AnalysisReport, Article, Outcome } from '../../lib/report';
import { HIGHLIGHTS_KEY, isOwnSender, parseToReader, refused, type ReaderReply, type ToBackground, type ToReader } from '../../utils/messaging';
import { createHighlighter } from './highlighter';
import { readArticleOfPage, sameDocumentAddress, whenDomSettles } from './page';

type Report = Outcome<AnalysisReport>;

/** After a single-page app changes its URL, wait until its DOM has been quiet this long before reading it again. */
export const SPA_SETTLE_QUIET_MS = 300;
/** ...but never longer than this: a page that never stops changing (tickers, ads) is read anyway. */
export const SPA_SETTLE_MAX_MS = 3_000;
/** How often painted highlights check that Parallax is still installed; an orphaned reader then cleans up. */
export const ORPHAN_CHECK_MS = 1_000;
function isOutcome(v: unknown): v is Report {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (o.ok === true && typeof o.value === 'object' && o.value !== null) || (o.ok === false && typeof o.message === 'string');
}

export interface Reader {
  analyse(): Promise<Report>;
  reveal(sentenceIndex: number): boolean;
  /** Bring highlights in line with the stored toggle; resolves to the number of painted ranges. */
  syncHighlights(): Promise<number>;
  stop(): void;
}

export function startReader(ctx: ContentScriptContext, doc: Document = document): Reader {
  // The document the article was read from: the page, or one of its same-origin frames.
  let articleDoc = doc;
  let highlighter = createHighlighter(doc);
  let article: Article | null = null;
  let pending: Promise<Report> | null = null;
  // After a single-page-app navigation, the page is read only once the app has put the new article in place.
  let settling: Promise<void> = Promise.resolve();
  let queue: Promise<number> = Promise.resolve(0);

  const analyse = (): Promise<Report> => {
    pending ??= (async (): Promise<Report> => {
      for (let waited: Promise<void> | null = null; waited !== settling; ) await (waited = settling);
      const { read, from } = readArticleOfPage(doc);
      if (!read.ok) return read;
      if (from !== articleDoc) {
        highlighter.clear();
        articleDoc = from;
        highlighter = createHighlighter(from);
      }
      article = read.value;
      try {
        const reply: unknown = await browser.runtime.sendMessage({ type: 'background/analyse', article } satisfies ToBackground);
        if (isOutcome(reply)) return reply;
        return { ok: false, error: 'internal', message: 'Parallax’s background did not answer; reload the page and try again.' };
      } catch {
        return { ok: false, error: 'internal', message: 'Parallax was updated or reloaded; reload the page and try again.' };
      }
    })();
    return pending;
  };

  const paint = async (): Promise<number> => {
    const on = (await storage.getItem<boolean>(HIGHLIGHTS_KEY)) ?? false;
    if (!on || ctx.isInvalid) { highlighter.clear(); return 0; }
    const report = await analyse();
    if (!report.ok || !article || ctx.isInvalid) { highlighter.clear(); return 0; }
    const plan = planHighlights(report.value);
    highlighter.clear(); // Never double-highlight: locate against the page as the page has it.
    const spans = locateSentences(articleDoc.body ?? articleDoc.documentElement, article.sentences, (el) => highlighter.isOwn(el));
    const count = highlighter.apply(plan.flatMap((p) => (spans[p.sentenceIndex] ? [{ span: spans[p.sentenceIndex]!, style: p.style, tooltip: p.tooltip }] : [])));
    watchForOrphaning();
    return count;
  };

  // Browsers do not tell a content script that its extension was reloaded or removed; the context only notices
  // when asked. While highlights are painted, ask now and then, so an orphaned reader takes them off the page.
  let orphanCheck: number | undefined;
  const watchForOrphaning = () => {
    orphanCheck ??= ctx.setInterval(() => {}, ORPHAN_CHECK_MS); // ctx.setInterval checks validity before each tick.
  };

  // A failed painting (the extension went away mid-way) takes the highlights off rather than rejecting into the page;
  // asking ctx.isInvalid is what makes an orphaned context notice and run its cleanup.
  const paintOrClear = () => paint().catch(() => {
    if (!ctx.isInvalid) highlighter.clear();
    return 0;
  });
  // One painting at a time, so a quick on/off/on cannot interleave.
  const syncHighlights = () => (queue = queue.then(paintOrClear));

  const reveal = (sentenceIndex: number): boolean => {
    const sentence = article?.sentences[sentenceIndex];
    if (sentence === undefined) return false;
    const [span] = locateSentences(articleDoc.body ?? articleDoc.documentElement, [sentence], (el) => highlighter.isOwn(el));
    if (!span) return false;
    highlighter.flash(span);
    return true;
  };

  const answer = async (message: ToReader): Promise<ReaderReply[ToReader['type']]> => {
    if (message.type === 'reader/analyse') return analyse();
    return { ok: reveal(message.sentenceIndex) };
  };

  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (!isOwnSender(sender, browser.runtime.id)) return false;
    const message = parseToReader(raw);
    if (!message) { sendResponse(refused('The message was not understood.')); return false; }
    answer(message).then(sendResponse, () => sendResponse(refused('The page could not be read.')));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = storage.watch<boolean>(HIGHLIGHTS_KEY, () => void syncHighlights());

  // A single-page app moved to another article: drop the old report and its highlights at once, and read the
  // new article once the app has finished putting it in place (many change the URL first and render after).
  const onLocationChange = (event: Event) => {
    const { newUrl, oldUrl } = event as Event & { newUrl?: URL; oldUrl?: URL };
    if (newUrl && oldUrl && sameDocumentAddress(newUrl, oldUrl)) return; // An in-page anchor is not a new article.
    article = null;
    pending = null;
    highlighter.clear();
    settling = whenDomSettles(ctx, doc, SPA_SETTLE_QUIET_MS, SPA_SETTLE_MAX_MS);
    void syncHighlights();
  };
  ctx.addEventListener(window, 'wxt:locationchange', onLocationChange);

  const stop = () => {
    // An orphaned reader may no longer reach its extension APIs; cleaning the page must not throw into it.
    try { browser.runtime.onMessage.removeListener(onMessage); } catch { /* already gone with the extension */ }
    try { unwatch(); } catch { /* idem */ }
    highlighter.clear();
  };
  ctx.onInvalidated(stop);
  return { analyse, reveal, syncHighlights, stop };
}
