// Paints planned highlights onto the live page and removes every trace again; owns nothing else of the page.
import { HIGHLIGHT_NAME_PREFIX, STYLE_LABEL, type HighlightStyle } from '../../lib/highlight/plan';
import type { TextSpan } from '../../lib/highlight/locate';

export interface PaintedHighlight { span: TextSpan; style: HighlightStyle; tooltip: string }

/** The page attribute tests and curious readers can rely on: number of highlighted ranges while on. */
export const HIGHLIGHT_COUNT_ATTRIBUTE = 'data-parallax-highlights';
/** Marks an element as Parallax's own, so the sentence locator and the page's own scripts can tell. */
export const OWN_ELEMENT_ATTRIBUTE = 'data-parallax-own';
const STYLES: HighlightStyle[] = ['omitted', 'reworded', 'conflict'];
const FLASH_NAME = `${HIGHLIGHT_NAME_PREFIX}flash`;
const FLASH_MS = 1600;

/** Colour plus underline style, so the three kinds differ without colour too. */
const PAGE_CSS = `
::highlight(parallax-omitted) { background-color: rgba(255, 196, 0, .28); text-decoration: underline solid rgb(184, 134, 11); text-decoration-thickness: 2px; }
::highlight(parallax-reworded) { background-color: rgba(64, 156, 255, .22); text-decoration: underline dashed rgb(30, 100, 200); text-decoration-thickness: 2px; }
::highlight(parallax-conflict) { background-color: rgba(255, 70, 70, .24); text-decoration: underline wavy rgb(200, 30, 30); text-decoration-thickness: 2px; }
::highlight(parallax-flash) { background-color: rgba(255, 140, 0, .55); }
mark[data-parallax-own] { color: inherit; padding: 0; text-decoration-thickness: 2px; }
mark[data-parallax-own="omitted"] { background-color: rgba(255, 196, 0, .28); text-decoration: underline solid rgb(184, 134, 11); }
mark[data-parallax-own="reworded"] { background-color: rgba(64, 156, 255, .22); text-decoration: underline dashed rgb(30, 100, 200); }
mark[data-parallax-own="conflict"] { background-color: rgba(255, 70, 70, .24); text-decoration: underline wavy rgb(200, 30, 30); }
`;

const OVERLAY_CSS = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: min(420px, 90vw); padding: 8px 10px; border-radius: 6px; background: #1d1f23; color: #f4f4f4; font: 13px/1.4 system-ui, sans-serif; white-space: pre-line; box-shadow: 0 2px 10px rgba(0,0,0,.3); pointer-events: none; }
.legend { position: fixed; z-index: 2147483646; right: 12px; bottom: 12px; padding: 6px 10px; border-radius: 6px; background: rgba(255,255,255,.95); color: #111; font: 12px/1.5 system-ui, sans-serif; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.legend b { display: block; }
.next { margin-top: 4px; font: inherit; cursor: pointer; border: 1px solid #999; border-radius: 4px; background: transparent; color: inherit; padding: 1px 6px; }
.next:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
.sw { display: inline-block; width: 18px; height: 10px; margin-right: 6px; vertical-align: middle; border-bottom: 2px solid; }
.omitted { background: rgba(255,196,0,.35); border-bottom-style: solid; border-color: rgb(184,134,11); }
.reworded { background: rgba(64,156,255,.3); border-bottom-style: dashed; border-color: rgb(30,100,200); }
.conflict { background: rgba(255,70,70,.3); border-bottom-style: dotted; border-color: rgb(200,30,30); }
@media (prefers-color-scheme: dark) { .legend { background: rgba(30,32,36,.95); color: #eee; } }
`;

interface Painted { ranges: Range[]; tooltip: string }

export interface Highlighter {
  /** Replace whatever is painted with these highlights; returns the number of painted ranges. */
  apply(highlights: PaintedHighlight[]): number;
  /** Scroll to a span and flash it briefly. */
  flash(span: TextSpan): void;
  /** Remove everything this highlighter added to the page. */
  clear(): void;
  /** Elements of ours that the sentence locator must skip. */
  isOwn(el: Element): boolean;
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView!;
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: typeof Highlight }).Highlight;
  const useRegistry = !!registry && !!HighlightCtor;
  let owned = new Map<string, Highlight>();
  let marks: HTMLElement[] = [];
  let painted: Painted[] = [];
  let styleEl: HTMLStyleElement | null = null;
  let host: HTMLElement | null = null;
  let tip: HTMLElement | null = null;
  let countValue: string | null = null;
  let frame = 0;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const ensureStyle = () => {
    if (styleEl?.isConnected) return;
    styleEl = doc.createElement('style');
    styleEl.setAttribute(OWN_ELEMENT_ATTRIBUTE, 'style');
    styleEl.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).appendChild(styleEl);
  };

  const ensureOverlay = () => {
    if (host?.isConnected) return;
    host = doc.createElement('parallax-overlay');
    host.setAttribute(OWN_ELEMENT_ATTRIBUTE, 'overlay');
    // Shadow DOM keeps the page's CSS off our legend and tooltip (open, so tests and assistive tech can reach it).
    const root = host.attachShadow({ mode: 'open' });
    const css = doc.createElement('style');
    css.textContent = OVERLAY_CSS;
    const legend = doc.createElement('div');
    legend.className = 'legend';
    legend.setAttribute('role', 'note');
    legend.setAttribute('aria-label', 'Parallax highlight legend');
    const title = doc.createElement('b');
    title.textContent = 'Parallax';
    legend.appendChild(title);
    for (const s of STYLES) {
      const row = doc.createElement('div');
      const sw = doc.createElement('span');
      sw.className = `sw ${s}`;
      row.append(sw, doc.createTextNode(STYLE_LABEL[s]));
      legend.appendChild(row);
    }
    // Keyboard and screen-reader route to the tooltips: step through the highlights from the legend.
    const next = doc.createElement('button');
    next.type = 'button';
    next.className = 'next';
    next.textContent = 'Next highlight ▸';
    next.setAttribute('aria-label', 'Go to the next highlighted sentence and read what other outlets say');
    next.addEventListener('click', showNext);
    legend.appendChild(next);
    tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'status');
    tip.setAttribute('aria-live', 'polite');
    tip.hidden = true;
    root.append(css, legend, tip);
    doc.documentElement.appendChild(host);
  };

  const rangeAt = (x: number, y: number): Painted | null => {
    for (const p of painted) for (const r of p.ranges) for (const rect of Array.from(r.getClientRects())) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p;
    }
    return null;
  };

  const showTip = (text: string, x: number, y: number) => {
    if (!tip) return;
    tip.textContent = text; // Report text is data: textContent only.
    tip.hidden = false;
    tip.style.left = `${Math.max(4, Math.min(x, win.innerWidth - 430))}px`;
    tip.style.top = `${Math.max(4, y)}px`;
  };

  let stepIndex = -1;
  function showNext() {
    if (painted.length === 0) return;
    stepIndex = (stepIndex + 1) % painted.length;
    const { ranges, tooltip } = painted[stepIndex]!;
    const range = ranges[0]!;
    range.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
    const rect = range.getBoundingClientRect();
    showTip(tooltip, rect.left, rect.bottom + 8);
  }

  const onPointerMove = (e: PointerEvent) => {
    if (frame) return;
    const { clientX, clientY } = e;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!tip) return;
      const hit = rangeAt(clientX, clientY);
      if (!hit) { tip.hidden = true; return; }
      showTip(hit.tooltip, clientX + 12, clientY + 16);
    });
  };

  const toRange = (span: TextSpan): Range | null => {
    try {
      const r = doc.createRange();
      r.setStart(span.startNode, span.startOffset);
      r.setEnd(span.endNode, span.endOffset);
      return r;
    } catch {
      return null; // The page changed under us; that sentence simply goes unhighlighted.
    }
  };

  /** Fallback for browsers without CSS highlights: wrap each text node piece in a <mark>, text untouched. */
  const wrapInMarks = (range: Range, style: HighlightStyle): HTMLElement[] => {
    const pieces: { node: Text; start: number; end: number }[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
    for (let n = walker.currentNode; n; n = walker.nextNode() as Node) {
      if (n.nodeType !== 3 || !range.intersectsNode(n)) continue;
      const t = n as Text;
      const start = t === range.startContainer ? range.startOffset : 0;
      const end = t === range.endContainer ? range.endOffset : t.data.length;
      if (end > start) pieces.push({ node: t, start, end });
    }
    return pieces.map(({ node, start, end }) => {
      let target = node;
      if (start > 0) target = target.splitText(start);
      if (end - start < target.data.length) target.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.setAttribute(OWN_ELEMENT_ATTRIBUTE, style);
      target.parentNode!.replaceChild(mark, target);
      mark.appendChild(target);
      return mark;
    });
  };

  const clearPaint = () => {
    if (registry) for (const [name, h] of owned) if (registry.get(name) === h) registry.delete(name);
    owned = new Map();
    for (const m of marks) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    marks = [];
    painted = [];
    stepIndex = -1;
  };

  const highlighter: Highlighter = {
    apply(highlights) {
      clearPaint();
      ensureStyle();
      ensureOverlay();
      const byStyle = new Map<HighlightStyle, Range[]>();
      let count = 0;
      for (const h of highlights) {
        const range = toRange(h.span);
        if (!range) continue;
        count++;
        if (useRegistry) {
          byStyle.set(h.style, [...(byStyle.get(h.style) ?? []), range]);
          painted.push({ ranges: [range], tooltip: h.tooltip });
        } else {
          const wrapped = wrapInMarks(range, h.style);
          marks.push(...wrapped);
          for (const m of wrapped) m.title = h.tooltip; // title is text, never markup.
          painted.push({ ranges: wrapped.map((m) => { const r = doc.createRange(); r.selectNodeContents(m); return r; }), tooltip: h.tooltip });
        }
      }
      if (useRegistry) for (const [style, ranges] of byStyle) {
        const h = new HighlightCtor!(...ranges);
        registry!.set(HIGHLIGHT_NAME_PREFIX + style, h);
        owned.set(HIGHLIGHT_NAME_PREFIX + style, h);
      }
      countValue = String(count);
      doc.documentElement.setAttribute(HIGHLIGHT_COUNT_ATTRIBUTE, countValue);
      doc.addEventListener('pointermove', onPointerMove, { passive: true });
      return count;
    },
    flash(span) {
      const range = toRange(span);
      if (!range) return;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      if (!useRegistry || !el) {
        // Without CSS highlights, a selection is the least intrusive flash.
        const sel = win.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return;
      }
      ensureStyle();
      const h = new HighlightCtor!(range);
      registry!.set(FLASH_NAME, h);
      owned.set(FLASH_NAME, h);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        if (registry!.get(FLASH_NAME) === h) registry!.delete(FLASH_NAME);
        owned.delete(FLASH_NAME);
      }, FLASH_MS);
    },
    clear() {
      clearPaint();
      clearTimeout(flashTimer);
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      doc.removeEventListener('pointermove', onPointerMove);
      styleEl?.remove();
      styleEl = null;
      host?.remove();
      host = null;
      tip = null;
      if (countValue !== null && doc.documentElement.getAttribute(HIGHLIGHT_COUNT_ATTRIBUTE) === countValue) {
        doc.documentElement.removeAttribute(HIGHLIGHT_COUNT_ATTRIBUTE);
      }
      countValue = null;
    },
    isOwn(el) {
      return el.hasAttribute(OWN_ELEMENT_ATTRIBUTE) && el.tagName.toUpperCase() !== 'MARK';
    },
  };
  return highlighter;
}
