// The background's side of the library: the article last read in each tab (to keep on request), and the library's
// index, rebuilt only when the library changed.
import { keptReport, libraryIndex } from '../../lib/index/library';
import type { LoadedIndex } from '../../lib/index/format';
import type { Article } from '../../lib/report';
import type { KeepOutcome } from '../../utils/messaging';
import { keepReports, libraryVersion, listKept } from '../../utils/library-store';

export function createLibrary() {
  /** Tab id -> the article its reader last sent, with the page's address: what "Keep this article" keeps. */
  const lastRead = new Map<number, { article: Article; url: string | null }>();
  let cached: { version: number; index: LoadedIndex } | null = null;

  return {
    remember(tabId: number, article: Article, url: string | null) {
      lastRead.set(tabId, { article, url });
    },
    forget(tabId: number) {
      lastRead.delete(tabId);
    },
    async keep(tabId: number): Promise<KeepOutcome> {
      const read = lastRead.get(tabId);
      if (!read) return { ok: false, message: 'Parallax has not read this tab yet; open it on the article first.' };
      const added = await keepReports([keptReport(read.article, read.url, new Date())]);
      return { ok: true, value: { title: read.article.title, alreadyKept: added === 0 } };
    },
    /** The library as an index, or null while it is empty. */
    async index(): Promise<LoadedIndex | null> {
      const version = await libraryVersion();
      if (cached?.version !== version) {
        const kept = await listKept();
        const built = kept.length ? libraryIndex(kept) : null;
        cached = built?.ok ? { version, index: built.value } : null;
        if (!kept.length) return null;
      }
      return cached?.index ?? null;
    },
  };
}
