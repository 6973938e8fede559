import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// PARALLAX_E2E=1 builds a test variant into .output/e2e that may read the local test server's pages:
// automation cannot click the toolbar button, so it cannot obtain activeTab the way a reader does.
const e2e = process.env.PARALLAX_E2E === '1';
// PARALLAX_PUBLIC_DIR swaps the bundled files (index/) for another folder's, for timing a test build on a large index.
const publicDir = process.env.PARALLAX_PUBLIC_DIR;

// Parallax asks for no host access by default: the popup injects the reader on demand via activeTab.
export default defineConfig({
  outDir: publicDir ? '.output/e2e-large' : e2e ? '.output/e2e' : '.output',
  ...(publicDir ? { publicDir } : {}),
  // `browser` is webextension-polyfill's promise API in both browsers (the design card's polyfill, through WXT's module).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Parallax',
    description: 'See what other outlets’ reports of the same event add, leave out, word differently or contradict. Runs entirely on your device.',
    // sidePanel: Chrome's side panel API (Firefox's sidebar needs no permission).
    permissions: ['activeTab', 'scripting', 'storage', ...(manifestVersion === 3 ? ['sidePanel'] : [])],
    // The opt-in "analyse automatically": MV3 names it optional_host_permissions, MV2 (Firefox) optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*', 'http://*/*'] } : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Extension pages run only their own bundled code: no remote scripts, no eval.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'" }
        : "script-src 'self'; object-src 'self'",
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Turn Parallax highlights in the page on or off',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
