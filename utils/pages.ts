// Which tabs the browser does not let an extension read, so the popup can say so instead of failing to inject.

export type PageAccess = 'readable' | 'browser-page' | 'store' | 'pdf' | 'unknown';

/** Schemes of the browser's own pages: extensions may never script them. */
const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
/** Extension stores: both browsers block content scripts there. */
const STORE_PAGES = [/^https:\/\/chromewebstore\.google\.com\//i, /^https:\/\/chrome\.google\.com\/webstore/i, /^https:\/\/addons\.mozilla\.org\//i, /^https:\/\/microsoftedge\.microsoft\.com\/addons/i];

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'unknown';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORE_PAGES.some((re) => re.test(url))) return 'store';
  if (/\.pdf([?#].*)?$/i.test(url)) return 'pdf';
  return 'readable';
}

/** One readable sentence per page the extension cannot read. */
export const PAGE_ACCESS_MESSAGE: Record<Exclude<PageAccess, 'readable' | 'unknown'>, string> = {
  'browser-page': 'This is one of the browser’s own pages, which extensions are not allowed to read. Open a news article and try again.',
  store: 'The browser does not let extensions read its add-on store. Open a news article and try again.',
  pdf: 'Parallax cannot read PDF documents yet. Open the article as a web page and try again.',
};

/** Injection errors that mean "the browser forbids this page", whatever the URL looked like. */
export function isForbiddenPageError(message: string): boolean {
  return /cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:|permission to access|not allowed/i.test(message);
}
