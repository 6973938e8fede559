import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { createPopupSession } from './session';

/** Chrome's side panel or Firefox's sidebar, opened straight from the click (both need a user gesture). */
function openSidePanel() {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) void sidebar.open().then(() => window.close(), () => {});
  else if (chromeApi?.sidePanel) void browser.windows.getCurrent().then((w) => chromeApi.sidePanel!.open({ windowId: w.id! })).then(() => window.close(), () => {});
}

const canOpenPanel = !!((globalThis as { chrome?: { sidePanel?: unknown } }).chrome?.sidePanel || (browser as unknown as { sidebarAction?: unknown }).sidebarAction);

render(
  <App
    session={createPopupSession(location.search)}
    extraActions={canOpenPanel ? <button type="button" class="action" data-testid="open-panel" onClick={openSidePanel}>Open in side panel</button> : null}
  />,
  document.getElementById('app')!,
);
