#!/usr/bin/env node
// The `parallax` command: runs the bundled CLI, rebuilding the bundle first when a source file changed since.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, buildCli, SOURCES } from '../scripts/build-cli.mjs';

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : /\.(ts|json)$/.test(e.name) ? statSync(p).mtimeMs : 0);
  }
  return newest;
}

let built = 0;
try {
  built = statSync(BUNDLE).mtimeMs;
} catch {}
if (!built || SOURCES.some((d) => newestSource(d) > built)) await buildCli();
await import(BUNDLE);
