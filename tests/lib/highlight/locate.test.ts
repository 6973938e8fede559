import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { locateSentences, normaliseForMatch } from '../../../lib/highlight/locate';
import type { TextSpan } from '../../../lib/highlight/locate';

const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

/** The page text a span covers, read back from the DOM. */
function spanText(span: TextSpan | null): string | null {
  if (!span) return null;
  if (span.startNode === span.endNode) return span.startNode.data.slice(span.startOffset, span.endOffset);
  let out = span.startNode.data.slice(span.startOffset);
  let node: Node | null = span.startNode;
  const next = (n: Node): Node | null => n.firstChild ?? (() => { let c: Node | null = n; while (c && !c.nextSibling) c = c.parentNode; return c?.nextSibling ?? null; })();
  while ((node = next(node!)) && node !== span.endNode) if (node.nodeType === 3) out += (node as Text).data;
  return out + span.endNode.data.slice(0, span.endOffset);
}

describe('locateSentences', () => {
  it('finds sentences across inline markup and odd whitespace', () => {
    const doc = page('<article><p>Kremlin adviser <a href="#">Yuri   Ushakov</a>\n said the talks were “useful and constructive.” Work remains.</p></article>');
    const [span] = locateSentences(doc.body, ['Kremlin adviser Yuri Ushakov said the talks were "useful and constructive."']);
    expect(spanText(span!)).toBe('Kremlin adviser Yuri   Ushakov\n said the talks were “useful and constructive.”');
  });

  it('skips scripts, styles and our own elements', () => {
    const doc = page('<script>var s = "The envoys met for five hours in Moscow.";</script><div data-own="1">The envoys met for five hours in Moscow.</div><p>The envoys met for five hours in Moscow.</p>');
    const [span] = locateSentences(doc.body, ['The envoys met for five hours in Moscow.'], (el) => el.hasAttribute('data-own'));
    expect(span!.startNode.parentNode!.nodeName).toBe('P');
  });

  it('prefers reading order when a sentence repeats (e.g. a pull quote)', () => {
    const doc = page('<p id="a">Talks will continue next week in Moscow.</p><p id="b">Putin met the envoys on Tuesday night.</p><p id="c">Talks will continue next week in Moscow.</p>');
    const spans = locateSentences(doc.body, ['Putin met the envoys on Tuesday night.', 'Talks will continue next week in Moscow.']);
    expect((spans[1]!.startNode.parentNode as Element).id).toBe('c');
  });

  it('returns null for sentences the page does not carry, and for very short ones', () => {
    const doc = page('<p>Something else entirely is written here.</p>');
    expect(locateSentences(doc.body, ['Not on this page at all, anywhere.', 'Yes.'])).toEqual([null, null]);
  });

  it('does not run words of adjacent paragraphs together', () => {
    const doc = page('<p>The first paragraph ends here.</p><p>The second paragraph begins.</p>');
    expect(locateSentences(doc.body, ['here.The second paragraph begins.'])).toEqual([null]);
    expect(spanText(locateSentences(doc.body, ['The second paragraph begins.'])[0]!)).toBe('The second paragraph begins.');
  });

  it('normalises whitespace and quotes the same way on both sides', () => {
    expect(normaliseForMatch('  “Useful”\u00a0and\n\t‘constructive’  ')).toBe('"Useful" and \'constructive\'');
  });
});
