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

/** What an injection error means: a page the browser forbids, or a normal page Parallax was not given access to. */
export type InjectionRefusal = 'browser-page' | 'needs-toolbar';

/**
 * Why the browser refused to inject the reader, or null when the error says neither. Firefox answers "Missing host
 * permission for the tab" and Chrome "must request permission to access the respective host" for an ordinary web
 * page the reader did not open Parallax on from the toolbar (no activeTab grant): that page is readable, just not yet.
 */
export function injectionRefusal(message: string, url: string | undefined): InjectionRefusal | null {
  const forbidden = /cannot be scripted|extensions gallery|chrome:\/\/|about:|not allowed/i.test(message);
  const noAccess = /missing host permission|permission to access|cannot access contents/i.test(message);
  // Without access the browser may hide the tab's address too (Firefox): an unknown address is an ordinary page here,
  // since the browser's own pages are recognised by their address before injection is tried.
  const access = pageAccess(url);
  if (noAccess && !forbidden && (access === 'readable' || access === 'unknown')) return 'needs-toolbar';
  if (forbidden || noAccess || /cannot access/i.test(message)) return 'browser-page';
  return null;
}

/** What the popup says when it may not read an ordinary page yet. */
export const NEEDS_TOOLBAR_MESSAGE =
  'Parallax may read a page only when you open it from its toolbar button on that page. Click the Parallax button while this article is showing (or switch on “Analyse automatically”).';
