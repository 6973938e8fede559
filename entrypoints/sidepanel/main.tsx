// The side panel (Chrome) or sidebar (Firefox): the popup's view, kept open while the reader reads. It follows the
// reader: another tab, or another page in the tab, is read again. `?tabId=N` pins it to one tab (automation).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { App } from '../popup/App';
import { createPopupSession } from '../popup/session';

const pinned = new URLSearchParams(location.search).get('tabId');

function Panel() {
  const [target, setTarget] = useState<{ tabId: number | null; reads: number }>({ tabId: pinned ? Number(pinned) : null, reads: 0 });
  useEffect(() => {
    const follow = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) setTarget((t) => (t.tabId === tab.id ? t : { tabId: tab.id!, reads: t.reads + 1 }));
    };
    if (!pinned) void follow();
    const onActivated = () => void (!pinned && follow());
    // A new page in the followed tab (a link, or a single-page app's new article) is read again once it has loaded.
    const onUpdated = (tabId: number, change: { status?: string }) =>
      change.status === 'complete' && setTarget((t) => (t.tabId === tabId ? { tabId, reads: t.reads + 1 } : t));
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  if (target.tabId === null) return null;
  const again = () => setTarget((t) => ({ ...t, reads: t.reads + 1 }));
  return (
    <App
      key={`${target.tabId}:${target.reads}`}
      session={createPopupSession(`?tabId=${target.tabId}`)}
      extraActions={<button type="button" class="action" data-testid="read-again" onClick={again}>Read this tab again</button>}
    />
  );
}

render(<Panel />, document.getElementById('app')!);
