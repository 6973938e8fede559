// Both store builds: the Firefox one passes Mozilla's add-on linter with zero errors; neither asks for host access by default.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, ROOT } from './browser';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const CHROME_DIR = join(ROOT, '.output/chrome-mv3');
interface LintMessage { code: string; message: string; file?: string }
let lint: { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] };

beforeAll(() => {
  buildExtension({ browser: 'firefox' });
  buildExtension({ browser: 'chrome' });
  let out: string;
  try {
    out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout?: string }).stdout ?? ''; // web-ext exits non-zero when it finds errors; the JSON says which.
  }
  lint = JSON.parse(out);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/web-ext-lint.json'), JSON.stringify(lint, null, 2));
});

describe('Firefox build', () => {
  it('has zero web-ext lint errors', () => {
    expect(lint.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });

  it('warns only about innerHTML inside bundled libraries (Preact’s renderer, Readability on its clone)', () => {
    // Our own code never uses innerHTML: tests/entrypoints/source-hygiene.test.ts checks the sources.
    expect(lint.warnings.every((w) => w.code === 'UNSAFE_VAR_ASSIGNMENT')).toBe(true);
  });

  it('carries a stable add-on id and asks for page access only as an opt-in', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('parallax@parallax.example');
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
  });
});

describe('Chrome build', () => {
  it('is MV3 with icons, the shortcut, a strict CSP and page access only as an opt-in', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.commands['toggle-highlights'].suggested_key.default).toBe('Alt+Shift+P');
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
});
