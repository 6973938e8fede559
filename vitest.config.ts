import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Node by default (the core's tests); DOM tests opt in per file with `// @vitest-environment jsdom`.
// The end-to-end tests build the extension and drive a real Chromium, hence the long timeouts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
