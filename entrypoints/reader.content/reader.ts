// The page side of Parallax: reads the article once, asks the background for the report, applies highlights.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticleFromDocument } from '../../lib/extract/document';
import { planHighlights } from '../../lib/highlight/plan';
import { locateSentences } from '../../lib/highlight/locate';
import type { AnalysisReport, Article, Outcome } from '../../lib/report';
import { HIGHLIGHTS_KEY, isOwnSender, parseToReader, refused, type ReaderReply, type ToBackground, type ToReader } from '../../utils/messaging';
import { createHighlighter } from './highlighter';

type Report = Outcome<AnalysisReport>;

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
  const highlighter = createHighlighter(doc);
  let article: Article | null = null;
  let pending: Promise<Report> | null = null;
  let queue: Promise<number> = Promise.resolve(0);

  const analyse = (): Promise<Report> => {
    pending ??= (async (): Promise<Report> => {
      const read = readArticleFromDocument(doc, doc.location?.href);
      if (!read.ok) return read;
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
    const spans = locateSentences(doc.body ?? doc.documentElement, article.sentences, (el) => highlighter.isOwn(el));
    return highlighter.apply(plan.flatMap((p) => (spans[p.sentenceIndex] ? [{ span: spans[p.sentenceIndex]!, style: p.style, tooltip: p.tooltip }] : [])));
  };

  // One painting at a time, so a quick on/off/on cannot interleave.
  const syncHighlights = () => (queue = queue.then(paint, paint));

  const reveal = (sentenceIndex: number): boolean => {
    const sentence = article?.sentences[sentenceIndex];
    if (sentence === undefined) return false;
    const [span] = locateSentences(doc.body ?? doc.documentElement, [sentence], (el) => highlighter.isOwn(el));
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

  // A single-page app moved to another article: drop the old report and its highlights.
  const onLocationChange = () => {
    pending = null;
    article = null;
    highlighter.clear();
    void syncHighlights();
  };
  ctx.addEventListener(window, 'wxt:locationchange', onLocationChange);

  const stop = () => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    highlighter.clear();
  };
  ctx.onInvalidated(stop);
  return { analyse, reveal, syncHighlights, stop };
}
