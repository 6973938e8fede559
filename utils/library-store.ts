// The reader's library in IndexedDB (extension origin, so the background, popup, side panel and options page share it).
// Stores only what Parallax extracted: text, title, outlet, address and date; never HTML or cookies.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type KeptReport, sameArticle } from '../lib/index/kept';

interface LibrarySchema extends DBSchema {
  kept: { key: string; value: KeptReport };
  meta: { key: string; value: number };
}

export const LIBRARY_DB = 'parallax-library';
const VERSION_KEY = 'version';

let db: Promise<IDBPDatabase<LibrarySchema>> | null = null;
function open(): Promise<IDBPDatabase<LibrarySchema>> {
  db ??= openDB<LibrarySchema>(LIBRARY_DB, 1, {
    upgrade(d) {
      d.createObjectStore('kept', { keyPath: 'id' });
      d.createObjectStore('meta');
    },
  });
  return db;
}

/** Kept reports by address and by sentence, so that "kept already?" looks only at reports sharing a sentence. */
class KeptIndex {
  private urls = new Set<string>();
  private bySentence = new Map<string, KeptReport[]>();
  constructor(kept: KeptReport[]) {
    for (const k of kept) this.add(k);
  }
  add(k: KeptReport) {
    if (k.url) this.urls.add(k.url);
    for (const s of k.sentences) (this.bySentence.get(s) ?? this.bySentence.set(s, []).get(s)!).push(k);
  }
  has(r: KeptReport): boolean {
    if (r.url && this.urls.has(r.url)) return true;
    const candidates = new Set(r.sentences.flatMap((s) => this.bySentence.get(s) ?? []));
    return [...candidates].some((c) => sameArticle(c, r));
  }
}

/** Bumped on every change, so a cached index of the library knows when it is stale. */
export async function libraryVersion(): Promise<number> {
  return (await (await open()).get('meta', VERSION_KEY)) ?? 0;
}

export async function listKept(): Promise<KeptReport[]> {
  return (await open()).getAll('kept');
}

/**
 * Keep reports; one already kept (same address or nearly the same text) is not kept twice. All or nothing: one
 * transaction, so a failure leaves the library as it was. Returns how many were new.
 */
export async function keepReports(reports: KeptReport[]): Promise<number> {
  const d = await open();
  const tx = d.transaction(['kept', 'meta'], 'readwrite');
  let added = 0;
  try {
    const seen = new KeptIndex(await tx.objectStore('kept').getAll());
    for (const r of reports) {
      if (seen.has(r)) continue;
      seen.add(r);
      await tx.objectStore('kept').put(r);
      added++;
    }
    if (added) await tx.objectStore('meta').put(((await tx.objectStore('meta').get(VERSION_KEY)) ?? 0) + 1, VERSION_KEY);
  } catch (err) {
    tx.abort(); // nothing of a batch that fails is kept
    await tx.done.catch(() => {});
    throw err;
  }
  await tx.done;
  return added;
}

export async function deleteKept(ids: string[] | 'all'): Promise<void> {
  const d = await open();
  const tx = d.transaction(['kept', 'meta'], 'readwrite');
  if (ids === 'all') await tx.objectStore('kept').clear();
  else for (const id of ids) await tx.objectStore('kept').delete(id);
  await tx.objectStore('meta').put(((await tx.objectStore('meta').get(VERSION_KEY)) ?? 0) + 1, VERSION_KEY);
  await tx.done;
}
