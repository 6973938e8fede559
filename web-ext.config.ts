import { defineWebExtConfig } from 'wxt';

// Root (as in CI containers) cannot use Chromium's sandbox; `npm run dev` would otherwise fail to start the browser.
export default defineWebExtConfig({
  chromiumArgs: ['--no-sandbox'],
  binaries: { chrome: '/usr/lib/chromium/chromium' },
});
