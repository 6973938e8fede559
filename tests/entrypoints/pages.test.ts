import { describe, expect, it } from 'vitest';
import { isForbiddenPageError, pageAccess } from '../../utils/pages';

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

  it('recognises the browser refusing injection', () => {
    expect(isForbiddenPageError('Cannot access a chrome:// URL')).toBe(true);
    expect(isForbiddenPageError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(isForbiddenPageError('Could not load file')).toBe(false);
  });
});
