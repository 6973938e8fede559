// A machine without Chromium or Firefox fails the browser tests with the fix in the message; it never skips them.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });

describe('requireChromium', () => {
  it('fails with the install command when the browser is missing', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { requireChromium } = await import('./browser');
    expect(() => requireChromium()).toThrow(/Chromium not found at \/nonexistent\/chromium\. Install it with: apt-get update && apt-get install -y chromium/);
  });
});

describe('requireFirefox', () => {
  it('fails with the install command when the browser is missing', async () => {
    vi.stubEnv('FIREFOX_PATH', '/nonexistent/firefox-esr');
    const { requireFirefox } = await import('./firefox');
    expect(() => requireFirefox()).toThrow(/Firefox not found at \/nonexistent\/firefox-esr\. Install it with: apt-get update && apt-get install -y firefox-esr/);
  });
});

describe('errorBlocks (Firefox console on stdout)', () => {
  it('keeps an error of the extension and drops Firefox’s own remote-agent noise', async () => {
    const { errorBlocks } = await import('./firefox');
    const lines = [
      'Handler function threw an exception: TypeError: can\'t access property "id", context is null',
      'Stack: notifyNavigationFailed@chrome://remote/content/shared/NavigationManager.sys.mjs:439:7',
      'console.log: "Parallax ready"',
      'JavaScript error: moz-extension://6c1d/popup.js, line 3: TypeError: report.related is undefined',
      'render@moz-extension://6c1d/popup.js:3:10',
    ];
    expect(errorBlocks(lines)).toEqual([
      'JavaScript error: moz-extension://6c1d/popup.js, line 3: TypeError: report.related is undefined\nrender@moz-extension://6c1d/popup.js:3:10',
    ]);
  });
});
