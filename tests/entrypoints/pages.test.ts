import { describe, expect, it } from 'vitest';
import { injectionRefusal, pageAccess } from '../../utils/pages';

describe('pageAccess', () => {
  it.each([
    ['https://news.example/2025/12/03/kremlin-talks', 'readable'],
    ['http://127.0.0.1:8080/article.html', 'readable'],
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://news.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://news.example/report.PDF', 'pdf'],
    ['https://news.example/report.pdf#page=2', 'pdf'],
    [undefined, 'unknown'],
  ])('%s is %s', (url, access) => {
    expect(pageAccess(url)).toBe(access);
  });

  it('tells a forbidden browser page from an ordinary page Parallax was not opened on', () => {
    expect(injectionRefusal('Cannot access a chrome:// URL', 'chrome://version/')).toBe('browser-page');
    expect(injectionRefusal('Missing host permission for the tab', 'about:addons')).toBe('browser-page');
    // Firefox and Chrome on a news page without an activeTab grant: the reader must open Parallax from the toolbar.
    expect(injectionRefusal('Missing host permission for the tab', 'https://news.example/story')).toBe('needs-toolbar');
    expect(injectionRefusal('Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'http://127.0.0.1:8080/a.html')).toBe('needs-toolbar');
    // Firefox hides the address of a tab the extension may not read.
    expect(injectionRefusal('Missing host permission for the tab', undefined)).toBe('needs-toolbar');
    expect(injectionRefusal('Could not load file', 'https://news.example/story')).toBeNull();
  });
});
