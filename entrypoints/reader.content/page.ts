// What the reader reads on a live page: the page's article or its frame's, and when a changing page is ready to read.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticleFromDocument } from '../../lib/extract/document';
import type { Article, Outcome } from '../../lib/report';

/** Same-origin frames looked into when the page itself is only a frame host (frameset, article in an iframe). */
const MAX_FRAMES_READ = 8;

/** Documents of the page's same-origin frames, largest text first; cross-origin frames are out of reach and skipped. */
function sameOriginFrameDocuments(doc: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES_READ)) {
    try {
      const d = (frame as HTMLIFrameElement).contentDocument;
      if (d?.body) docs.push(d);
    } catch {
      // A cross-origin frame throws in some browsers instead of returning null.
    }
  }
  const size = (d: Document) => d.body?.textContent?.length ?? 0;
  return docs.sort((a, b) => size(b) - size(a));
}

/** The page's article, or the article of one of its same-origin frames when the page itself has none. */
export function readArticleOfPage(doc: Document): { read: Outcome<Article>; from: Document } {
  const read = readArticleFromDocument(doc, doc.location?.href);
  if (read.ok || (read.error !== 'not-article' && read.error !== 'empty')) return { read, from: doc };
  for (const frameDoc of sameOriginFrameDocuments(doc)) {
    const inFrame = readArticleFromDocument(frameDoc, frameDoc.location?.href);
    if (inFrame.ok) return { read: inFrame, from: frameDoc };
  }
  return { read, from: doc };
}

/** Same page address apart from the #fragment: following an in-page anchor is not a new article. */
export const sameDocumentAddress = (a: URL, b: URL) => a.origin + a.pathname + a.search === b.origin + b.pathname + b.search;

/** Resolves once `doc` has stopped changing for `quietMs`, or after `maxMs` at the latest. */
export function whenDomSettles(ctx: ContentScriptContext, doc: Document, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const win = doc.defaultView;
    if (!win?.MutationObserver) { resolve(); return; }
    let quiet: ReturnType<typeof setTimeout>;
    let forget = () => {};
    const done = () => { observer.disconnect(); clearTimeout(quiet); clearTimeout(cap); forget(); resolve(); };
    const observer = new win.MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, quietMs); });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    forget = ctx.onInvalidated(done);
  });
}
