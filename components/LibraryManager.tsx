// The options page's library: every kept report (outlet, title, date, address), search, delete one or all, storage
// used, import (packs, .txt/.html reports) and export as a pack. Page text is rendered as text only.
import { useEffect, useState } from 'preact/hooks';
import type { KeptReport } from '../lib/index/kept';

export interface LibraryApi {
  list(): Promise<KeptReport[]>;
  remove(ids: string[] | 'all'): Promise<void>;
  /** Import files; answers one sentence per file it refused, and how many reports were new. */
  importFiles(files: File[]): Promise<{ added: number; refused: string[] }>;
  /** Save the library as a pack file. */
  exportPack(reports: KeptReport[]): void;
  storageUsed(): Promise<number | null>;
}

const day = (iso: string) => iso.slice(0, 10);

export function LibraryManager({ api }: { api: LibraryApi }) {
  const [kept, setKept] = useState<KeptReport[] | null>(null);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [used, setUsed] = useState<number | null>(null);

  const refresh = async () => {
    setKept(await api.list().catch(() => []));
    setUsed(await api.storageUsed().catch(() => null));
  };
  useEffect(() => void refresh(), [api]);

  const q = query.trim().toLowerCase();
  const shown = (kept ?? []).filter((k) => !q || [k.title, k.outlet ?? '', k.url ?? ''].some((x) => x.toLowerCase().includes(q))).sort((a, b) => b.savedAt.localeCompare(a.savedAt));

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    const r = await api.importFiles(files).catch((err: unknown) => ({ added: 0, refused: [`The import failed: ${err instanceof Error ? err.message : String(err)}.`] }));
    setNotice({ error: r.refused.length > 0, text: [`${r.added} ${r.added === 1 ? 'report' : 'reports'} added.`, ...r.refused].join(' ') });
    await refresh();
  };

  return (
    <section class="library" aria-labelledby="library-title">
      <h2 id="library-title">Your library <span class="count" data-testid="kept-count">{kept?.length ?? 0}</span></h2>
      <p class="story-hint">Articles you keep stay on this device, in this browser only, and are compared like the bundled reports. {used !== null ? <span data-testid="storage-used">Using {(used / 1024 / 1024).toFixed(1)} MB.</span> : null}</p>
      <div class="library-tools">
        <input type="search" placeholder="Search title, outlet or address" aria-label="Search your library" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <label class="action">Import… <input type="file" multiple accept=".json,.txt,.html,.htm" data-testid="import" hidden onChange={onImport} /></label>
        <button type="button" class="action" data-testid="export" disabled={!kept?.length} onClick={() => kept && api.exportPack(kept)}>Export as a pack</button>
        <button type="button" class="action" data-testid="delete-all" disabled={!kept?.length}
          onClick={async () => {
            if (!confirmAll) return setConfirmAll(true);
            setConfirmAll(false);
            await api.remove('all');
            setNotice({ error: false, text: 'Your library is empty.' });
            await refresh();
          }}>{confirmAll ? `Delete all ${kept?.length ?? 0}? Click again` : 'Delete all'}</button>
      </div>
      {notice ? <p class={`notice ${notice.error ? 'notice-error' : ''}`} role="status" data-testid="library-notice">{notice.text}</p> : null}
      {kept && !kept.length ? <p class="story-hint">Nothing kept yet: use “Keep this article” in Parallax’s popup or side panel.</p> : null}
      <ul class="kept-list">
        {shown.map((k) => (
          <li key={k.id} class="kept-item" data-kept={k.id}>
            <span>
              <strong class="kept-title">{k.title}</strong>
              <span class="meta">{[k.outlet, day(k.savedAt), k.url].filter(Boolean).join(' · ')}</span>
            </span>
            <button type="button" class="action" aria-label={`Delete ${k.title}`} onClick={async () => { await api.remove([k.id]); await refresh(); }}>Delete</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
