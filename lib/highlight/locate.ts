// Finds the article's sentences in the live page's text nodes, so highlights cover exactly the reader's words.
// Takes a Node and strings only (no browser globals), so it runs in Node against linkedom/jsdom too.

/** A stretch of page text between two text-node positions (what a DOM Range needs). */
export interface TextSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Elements whose text is not reading text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SVG', 'IFRAME']);
/** Sentences shorter than this match too many places to be worth highlighting. */
export const MIN_SENTENCE_CHARS = 12;
/** When a sentence is not found whole (page markup split it oddly), its first characters are tried. */
export const PREFIX_FALLBACK_CHARS = 60;

const QUOTE_FOLD: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '“': '"', '”': '"', '„': '"', '\u00a0': ' ' };

/** One normalised character per entry, pointing back at its text node and offset. */
interface FlatText { text: string; nodes: Text[]; offsets: number[] }

function foldChar(c: string): string {
  return QUOTE_FOLD[c] ?? (/\s/.test(c) ? ' ' : c);
}

/** Whitespace runs collapse to one space and curly quotes fold, on both sides, so markup whitespace never blocks a match. */
export function normaliseForMatch(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = foldChar(ch);
    if (c === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += c;
  }
  return out.trimEnd();
}

function flatten(root: Node, skip?: (el: Element) => boolean): FlatText {
  const flat: FlatText = { text: '', nodes: [], offsets: [] };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      for (let i = 0; i < data.length; i++) {
        const c = foldChar(data[i]);
        if (c === ' ' && (flat.text === '' || flat.text.endsWith(' '))) continue;
        flat.text += c;
        flat.nodes.push(t);
        flat.offsets.push(i);
      }
      return;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIPPED_ELEMENTS.has(el.tagName.toUpperCase()) || skip?.(el)) return;
      // Separate blocks so words of adjacent paragraphs do not run together.
      if (flat.text !== '' && !flat.text.endsWith(' ')) {
        const display = el.tagName.toUpperCase();
        if (/^(P|DIV|LI|H[1-6]|SECTION|ARTICLE|BLOCKQUOTE|BR|TR|TD|FIGCAPTION|HEADER|FOOTER|ASIDE|NAV)$/.test(display)) {
          flat.text += ' ';
          flat.nodes.push(flat.nodes[flat.nodes.length - 1]);
          flat.offsets.push(-1);
        }
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return flat;
}

function spanAt(flat: FlatText, start: number, length: number): TextSpan | null {
  let s = start;
  let e = start + length - 1;
  while (s <= e && flat.offsets[s] < 0) s++;
  while (e >= s && flat.offsets[e] < 0) e--;
  if (s > e) return null;
  return { startNode: flat.nodes[s], startOffset: flat.offsets[s], endNode: flat.nodes[e], endOffset: flat.offsets[e] + 1 };
}

/**
 * Locate each sentence under `root`, searching forward from the previous match first (reading order),
 * then anywhere. Returns one entry per sentence: its span, or null when the page does not carry it verbatim.
 */
export function locateSentences(root: Node, sentences: string[], skip?: (el: Element) => boolean): (TextSpan | null)[] {
  const flat = flatten(root, skip);
  let cursor = 0;
  return sentences.map((sentence) => {
    const needle = normaliseForMatch(sentence).trim();
    if (needle.length < MIN_SENTENCE_CHARS) return null;
    const tryFind = (n: string) => {
      let at = flat.text.indexOf(n, cursor);
      if (at < 0) at = flat.text.indexOf(n);
      return at;
    };
    let at = tryFind(needle);
    let length = needle.length;
    if (at < 0 && needle.length > PREFIX_FALLBACK_CHARS) {
      at = tryFind(needle.slice(0, PREFIX_FALLBACK_CHARS));
      length = PREFIX_FALLBACK_CHARS;
    }
    if (at < 0) return null;
    cursor = at + length;
    return spanAt(flat, at, length);
  });
}
