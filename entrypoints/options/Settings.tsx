// Settings kept in extension storage: highlights, keeping every article, reading news pages automatically.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { AUTO_ANALYSE_ORIGINS, AUTO_KEEP_KEY, HIGHLIGHTS_KEY } from '../../utils/messaging';

export function Settings() {
  const [highlights, setHighlights] = useState(false);
  const [autoKeep, setAutoKeep] = useState(false);
  const [autoAnalyse, setAutoAnalyse] = useState<boolean | null>(null);
  useEffect(() => {
    void storage.getItem<boolean>(HIGHLIGHTS_KEY).then((v) => setHighlights(!!v));
    void storage.getItem<boolean>(AUTO_KEEP_KEY).then((v) => setAutoKeep(!!v));
    void browser.permissions?.contains({ origins: AUTO_ANALYSE_ORIGINS }).then(setAutoAnalyse, () => setAutoAnalyse(null));
  }, []);
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <label><input type="checkbox" checked={highlights} data-testid="setting-highlights" onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; setHighlights(on); void storage.setItem(HIGHLIGHTS_KEY, on); }} /> Highlight differences in the page</label>
      <label><input type="checkbox" checked={autoKeep} data-testid="setting-auto-keep" onChange={(e) => { const on = (e.currentTarget as HTMLInputElement).checked; setAutoKeep(on); void storage.setItem(AUTO_KEEP_KEY, on); }} /> Keep every article I open Parallax on</label>
      {autoAnalyse !== null ? (
        <label><input type="checkbox" checked={autoAnalyse} data-testid="setting-auto-analyse" onChange={async (e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          // Asked from the click itself: browsers show the permission prompt only for a user gesture.
          const granted = on ? await browser.permissions.request({ origins: AUTO_ANALYSE_ORIGINS }).catch(() => false) : !(await browser.permissions.remove({ origins: AUTO_ANALYSE_ORIGINS }).catch(() => false));
          setAutoAnalyse(on ? granted : false);
        }} /> Analyse news pages automatically (asks for access to all sites)</label>
      ) : null}
    </section>
  );
}
