// Pages as documents: hostile and unusual markup gets an answer (an article or a readable error), never an exception.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DOM_DEPTH, blocksOf, readArticleFromDocument } from '../../../lib/extract/document';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const PARAGRAPH = '<p>The committee met on Tuesday and discussed the budget, the schedule and the new rules for the river district at length.</p>';
const ARTICLE = `<article><h1>Committee Agrees Budget for the River District</h1>${PARAGRAPH.repeat(12)}</article>`;

describe('readArticleFromDocument under bad input', () => {
  it('reads a 5 MB page in a few seconds, keeping only the opening of an endless body', () => {
    const html = `<html><head><title>Budget</title></head><body><article><h1>Committee Agrees Budget for the River District</h1>${PARAGRAPH.repeat(Math.ceil(5_000_000 / PARAGRAPH.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const page = doc(html);
    const t = performance.now();
    const outcome = readArticleFromDocument(page);
    expect(performance.now() - t).toBeLessThan(8_000);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.paragraphs.join(' ').length).toBeLessThanOrEqual(250_000);
  });

  it('answers markup nested 5,000 levels deep with a readable error, at once', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}${ARTICLE}${'</div>'.repeat(5000)}</body></html>`;
    const page = doc(html);
    const t = performance.now();
    const outcome = readArticleFromDocument(page);
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(outcome).toEqual({ ok: false, error: 'unreadable', message: 'This page is nested too deeply to read as an article.' });
  });

  it('still reads an article wrapped in a hundred layers of layout', () => {
    expect(DEFAULT_MAX_DOM_DEPTH).toBeGreaterThan(110);
    const outcome = readArticleFromDocument(doc(`<html><body>${'<div class="wrap">'.repeat(100)}${ARTICLE}${'</div>'.repeat(100)}</body></html>`));
    expect(outcome.ok && outcome.value.title).toBe('Committee Agrees Budget for the River District');
  });

  it('an empty page is empty; a page of navigation or of headlines is not an article', () => {
    const error = (html: string) => {
      const outcome = readArticleFromDocument(doc(html));
      return outcome.ok ? 'ok' : outcome.error;
    };
    expect(error('<html><head></head><body></body></html>')).toBe('empty');
    expect(error('<html><body><div> \n <img src="x.png"> </div></body></html>')).toBe('empty');
    expect(error('<html><body><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav></body></html>')).toBe('not-article');
    const teasers = Array.from({ length: 40 }, (_, i) => `<li><h3><a href="/s/${i}">Story ${i} about the council, the weather and the match</a></h3><p><a href="/s/${i}">Read the story</a></p></li>`).join('');
    expect(error(`<html><body><h1>Riverside Daily</h1><ul>${teasers}</ul></body></html>`)).toBe('not-article');
  });

  it('a paywall stub says only the opening is on the page', () => {
    const outcome = readArticleFromDocument(doc(`<html><body><article><h1>Inside the Deal That Saved the Steel Plant</h1>
<p>The agreement came together in a hotel room at 3 a.m., after two days of talks. Few people expected it to hold.</p>
<div class="paywall"><p>Subscribe to continue reading.</p><button>Subscribe</button></div></article></body></html>`));
    expect(outcome).toMatchObject({ ok: false, error: 'paywalled', message: expect.stringMatching(/^Only the opening of this article is on the page \(it may be behind a paywall\)/) });
  });

  it('keeps script and markup strings in the text as text, and runs nothing', () => {
    const body = `<p>Researchers showed that the string &lt;img src=x onerror=alert(1)&gt; and a javascript:alert(1) link were shown as text by the old reader, the security team said on Monday in a long report.</p>`;
    const outcome = readArticleFromDocument(doc(`<html><body><article><h1>Old Reader Showed Markup as Text, Researchers Say</h1>${body.repeat(6)}<script>globalThis.__ran = true</script></article></body></html>`));
    expect(outcome.ok && outcome.value.sentences[0]).toContain('<img src=x onerror=alert(1)>');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('does not change the page it reads', () => {
    const page = doc(`<html><body>${ARTICLE}<footer>Footer</footer></body></html>`);
    const before = page.documentElement.outerHTML;
    readArticleFromDocument(page);
    expect(page.documentElement.outerHTML).toBe(before);
  });

  it('never throws on arbitrary markup', () => {
    const tag = fc.constantFrom('div', 'p', 'h1', 'h2', 'li', 'ul', 'article', 'aside', 'nav', 'figure', 'figcaption', 'a', 'b', 'table', 'td', 'span', 'script', 'style');
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constant(PARAGRAPH),
      fc.constantFrom('\u0000', '&amp;', '&#0;', '<!--', '-->', '<![CDATA[', ']]>', '<p class="caption">', '\u202E'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const outcome = readArticleFromDocument(doc(`<html><body>${pieces.join('')}</body></html>`));
        expect(outcome.ok || outcome.message.length > 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('blocksOf', () => {
  it('leaves out captions and credits nested inside a paragraph, and reads the paragraph', () => {
    const { document } = parseHTML(`<div><p><span class="storyimage"><span class="caption"><span class="attribution">© Provided by Someone</span> A photo</span></span> The first sentence of the story.</p></div>`);
    expect(blocksOf(document.querySelector('div') as unknown as Element).map((b) => b.text.trim())).toEqual(['The first sentence of the story.']);
  });

  it('leaves out author bios, newsletter boxes and share bars marked by their class, but not words that merely contain those marks', () => {
    const { document } = parseHTML(`<div>
<p>Reporting paragraph.</p>
<div class="post-body-bio">Jane Doe covers politics.</div>
<section class="c-newsletter"><p>Get the daily briefing.</p></section>
<div class="share-tools"><a href="#">Facebook</a></div>
<p class="biography-of-a-city">A paragraph about a city's biography.</p>
</div>`);
    expect(blocksOf(document.querySelector('div') as unknown as Element).map((b) => b.text.trim())).toEqual(['Reporting paragraph.', "A paragraph about a city's biography."]);
  });
});
