// Hand-written pages with the furniture of real news sites: every folder in tests/fixtures/pages is checked the same way.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticleFromDocument } from '../../../lib/extract/document';

const PAGES_DIR = join(__dirname, '../../fixtures/pages');

interface Expected {
  title: string;
  outlet: string | null;
  firstSentence: string;
  lastSentence: string;
  lang?: string;
  /** Text of the page's furniture: none of it may reach the title, the paragraphs or the sentences. */
  mustNotContain: string[];
}

const slugs = readdirSync(PAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe.each(slugs)('fixture page %s', (slug) => {
  const html = readFileSync(join(PAGES_DIR, slug, 'page.html'), 'utf8');
  const expected: Expected = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8'));
  const outcome = readArticleFromDocument(parseHTML(html).document as unknown as Document);

  it('reads as an article', () => {
    expect(outcome.ok).toBe(true);
  });
  if (!outcome.ok) return;
  const article = outcome.value;

  it('has the headline and the outlet', () => {
    expect(article.title).toBe(expected.title);
    expect(article.outlet).toBe(expected.outlet);
    if (expected.lang) expect(article.lang).toBe(expected.lang);
  });

  it('starts and ends with the reporting', () => {
    expect(article.sentences[0]).toBe(expected.firstSentence);
    expect(article.sentences.at(-1)).toBe(expected.lastSentence);
  });

  it('leaves out navigation, share bars, captions, promos, comments, bios and footers', () => {
    const text = [article.title, ...article.paragraphs, ...article.sentences].join('\n');
    expect(expected.mustNotContain.filter((s) => text.includes(s))).toEqual([]);
  });
});
