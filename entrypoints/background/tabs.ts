// Per-tab side effects of the background: the toolbar badge and the opt-in automatic reader.
import { browser } from 'wxt/browser';
import type { AnalysisReport, Outcome } from '../../lib/report';
import { READER_SCRIPT_FILE } from '../../utils/messaging';


/** Show how many related reports a page has on the toolbar button. */
export function setBadge(tabId: number, report: Outcome<AnalysisReport>): void {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  const text = report.ok && report.value.related.length > 0 ? String(report.value.related.length) : '';
  action?.setBadgeText({ tabId, text })?.catch?.(() => {});
}

/** Register the reader on every page only while the reader has granted the optional host access. */
export async function syncAutoReader(id: string, origins: string[]): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins }).catch(() => false);
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => [])).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([{ id, matches: origins, js: [READER_SCRIPT_FILE.slice(1)], runAt: 'document_idle' }]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  return granted;
}
