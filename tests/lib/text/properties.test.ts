// Property tests: the text utilities never throw on arbitrary Unicode, account for every character, and are deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../lib/compare/diff';
import { extractDetails } from '../../../lib/details/extract';
import { DEFAULT_SEGMENT_WINDOW, splitSentences } from '../../../lib/text/sentences';

// Text with the characters that break naive code: abbreviations, quotes, RTL, emoji, control characters, odd spaces.
const pieces = fc.constantFrom('U.S. ', 'Dr. ', 'Feb. 3 ', '“', '”', '"', '. ', '? ', '! ', '…', '\u00a0', '\u200b', '\u0007', '\t', '\n', 'مرحبا ', 'שלום ', '😀 ', 'e\u0301', 'five-hour ', '28-point ', 'Zelenskyy ', 'said ', '2022 ', ', ', '—');
const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), pieces), { maxLength: 60 }).map((a) => a.join(''));

describe('splitSentences', () => {
  it('keeps every non-space character exactly once, in order, with true offsets', () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = splitSentences(t);
        expect(spans.map((s) => s.text).join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
        for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
        expect(splitSentences(t)).toEqual(spans);
      }),
      { numRuns: 300 },
    );
  });

  it('does not end a sentence at U.S., Dr. or Feb.', () => {
    expect(splitSentences('Talks with U.S. President Trump ended. Dr. Smith met him on Feb. 3 in Moscow. It was late.').map((s) => s.text)).toEqual([
      'Talks with U.S. President Trump ended.',
      'Dr. Smith met him on Feb. 3 in Moscow.',
      'It was late.',
    ]);
  });

  it('splits a very long paragraph in windows without cutting a sentence, "U.S." at a window edge included', () => {
    const unit = 'Envoys of the U.S. President met Dr. Smith on Feb. 3 in the capital, officials said. ';
    const text = unit.repeat(Math.ceil((DEFAULT_SEGMENT_WINDOW * 5) / unit.length));
    const got = splitSentences(text).map((s) => s.text);
    expect(got.length).toBe(text.length / unit.length);
    expect(new Set(got)).toEqual(new Set([unit.trim()]));
  });

  it('ends a sentence after U.S. when a new sentence starts', () => {
    expect(splitSentences('The envoys flew back to the U.S. The Kremlin said nothing.').length).toBe(2);
  });
});

describe('extractDetails', () => {
  it('never throws, stays inside its sentence, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (sentences) => {
        const a = extractDetails({ sentences, outlet: null });
        for (const d of a) {
          expect(d.sentenceIndex).toBeGreaterThanOrEqual(0);
          expect(d.sentenceIndex).toBeLessThan(sentences.length);
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(sentences[d.sentenceIndex].length);
        }
        expect(extractDetails({ sentences, outlet: null })).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('wordDiff', () => {
  it('rebuilds both sides from its parts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(a);
        expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(b);
        expect(wordDiff(a, b)).toEqual(parts);
      }),
      { numRuns: 200 },
    );
  });
});
