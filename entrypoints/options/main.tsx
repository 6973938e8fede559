import { render } from 'preact';
import { LibraryManager, type LibraryApi } from '../../components/LibraryManager';
import { packOf } from '../../lib/index/pack';
import { reportsFromFile } from '../../utils/import-reports';
import { deleteKept, keepReports, listKept } from '../../utils/library-store';
import { Settings } from './Settings';

const api: LibraryApi = {
  list: listKept,
  remove: deleteKept,
  async importFiles(files) {
    const refused: string[] = [];
    const reports = [];
    for (const f of files) {
      const r = await reportsFromFile(f, (html) => new DOMParser().parseFromString(html, 'text/html'));
      if (r.ok) reports.push(...r.value);
      else refused.push(r.message);
    }
    return { added: reports.length ? await keepReports(reports) : 0, refused };
  },
  exportPack(reports) {
    const url = URL.createObjectURL(new Blob([packOf(reports)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `parallax-library-${new Date().toISOString().slice(0, 10)}.parallax.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  async storageUsed() {
    return (await navigator.storage?.estimate?.())?.usage ?? null;
  },
};

render(
  <div class="options">
    <h1>Parallax</h1>
    <p class="story-hint">Everything here stays on this device: no account, no server, nothing is sent anywhere.</p>
    <LibraryManager api={api} />
    <Settings />
  </div>,
  document.getElementById('app')!,
);
