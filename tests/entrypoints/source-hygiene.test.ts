// Page and report text is data: the extension's own sources never parse strings as HTML or code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const OWN_SOURCES = ['entrypoints', 'components', 'utils', 'lib/highlight'];
const FORBIDDEN = /\binnerHTML\b|\bouterHTML\b|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('extension sources', () => {
  it('never turn strings into markup or code', () => {
    const offenders = OWN_SOURCES.flatMap((d) => files(join(ROOT, d)))
      .filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

});
