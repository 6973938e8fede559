// Bundle the Node front ends into one plain-JavaScript file (dist/parallax.mjs): no TypeScript compile at every start.
// Runs after `npm ci` (postinstall) and again from bin/parallax.mjs whenever a source file is newer than the bundle.
import { renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist', 'parallax.mjs');
/** Folders whose TypeScript goes into the bundle: a change in any of them makes the bundle stale. */
export const SOURCES = ['lib', 'scripts', 'utils'].map((d) => join(ROOT, d));

export async function buildCli() {
  // esbuild is loaded only when the bundle is rebuilt: every other start of the CLI skips its load time.
  const { build } = await import('esbuild');
  // Written aside and renamed: several CLIs started at once (tests) never read a half-written bundle.
  const partial = `${BUNDLE}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, 'scripts', 'cli.ts')],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Smaller to compile at every start (the CLI's error messages are its own sentences, never stack traces).
    minify: true,
    logLevel: 'error',
    // Some bundled CommonJS packages call require(); give the ES module one.
    banner: { js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);" },
  });
  renameSync(partial, BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
