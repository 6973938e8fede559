// Importing into the library: a pack or single reports; every bad file is refused with one sentence naming it.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticleFromText } from '../../lib/extract/text';
import { keptReport } from '../../lib/index/library';
import { packOf } from '../../lib/index/pack';
import { type ImportFile, reportsFromFile } from '../../utils/import-reports';

const file = (name: string, text: string, size = new TextEncoder().encode(text).length): ImportFile => ({ name, size, text: async () => text });
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const bridge = readFileSync('tests/fixtures/articles/bridge-a.txt', 'utf8');

describe('reportsFromFile', () => {
  it('reads a .txt report, an .html page and a pack', async () => {
    const txt = await reportsFromFile(file('bridge.txt', bridge), parse);
    expect(txt.ok && txt.value.map((r) => r.title)).toEqual(['Council Approves £4.2 Million Repair of Riverside Bridge']);
    const html = await reportsFromFile(file('page.html', readFileSync('tests/fixtures/pages/local-council-budget/page.html', 'utf8')), parse);
    expect(html.ok && html.value).toHaveLength(1);
    const a = readArticleFromText(bridge);
    if (!a.ok) throw new Error(a.message);
    const pack = await reportsFromFile(file('lib.parallax.json', packOf([keptReport(a.value, 'https://x.example/a', new Date())])), parse);
    expect(pack.ok && pack.value.map((r) => r.url)).toEqual(['https://x.example/a']);
  });

  it.each([
    ['empty.json', '', undefined, 'empty.json is empty.'],
    ['photo.txt', '\u0000\u0001\u0002PNG', undefined, 'photo.txt is a binary file, not a report.'],
    ['old.json', '{"format":"parallax-pack","version":0,"reports":[]}', undefined, 'old.json is a pack of version 0; this Parallax reads version 1.'],
    ['huge.json', '{}', 50 * 1024 * 1024, 'huge.json is larger than 48 MB.'],
    ['notes.md', 'hello', undefined, 'notes.md is not a .json pack or a .txt/.html report.'],
    ['short.txt', 'Title\nToo short to be an article.', undefined, 'short.txt could not be read as an article: this page does not look like a news article.'],
  ])('refuses %s with one sentence naming it', async (name, text, size, message) => {
    const r = await reportsFromFile(file(name, text, size), parse);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(message);
  });
});
