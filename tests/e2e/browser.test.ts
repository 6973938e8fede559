// A machine without Chromium fails the browser tests with the fix in the message; it never skips them.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });

describe('requireChromium', () => {
  it('fails with the install command when the browser is missing', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { requireChromium } = await import('./browser');
    expect(() => requireChromium()).toThrow(/Chromium not found at \/nonexistent\/chromium\. Install it with: apt-get update && apt-get install -y chromium/);
  });
});
