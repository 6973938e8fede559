// When a report was published, from what its page or text says, and what it is used for: relative years and telling
// an earlier event apart. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { alignDetails } from '../../../lib/compare/align';
import { makeSide } from '../../../lib/compare/side';
import { extractDetails } from '../../../lib/details/extract';
import { readArticleFromDocument } from '../../../lib/extract/document';
import { publishedApart, publishedFrom } from '../../../lib/extract/published';
import { readArticleFromText } from '../../../lib/extract/text';
import { parseHTML } from 'linkedom';

const body = [
  'The council approved the plan on Thursday after a long debate in the chamber, with most members of the ruling group voting for it.',
  'Residents who campaigned against the project for two years said they would take the decision to the administrative court.',
  'The developer said building work would start soon and that the first part of the site would open within three years.',
  'Opposition councillors said the vote had been rushed and that questions about water use and traffic had not been answered.',
].join('\n');

describe('the publication date a report gives', () => {
  it.each([
    [['Updated 23.11.2026, 09:14'], '2026-11-23'],
    [['Published: Nov. 23, 2026'], '2026-11-23'],
    [['Last updated 2026-11-23T09:14:00Z'], '2026-11-23'],
    [['© 2024 Wielkopolska Herald'], '2024'],
    [['Copyright 2025 The Courier. All rights reserved.'], '2025'],
    [['The council met in 2019 and again in 2021.'], null],
  ])('%j -> %s', (lines, date) => {
    expect(publishedFrom(lines)).toBe(date);
  });

  it('is read from the chrome of a text report, and from a page\'s metadata before its footer', () => {
    const text = readArticleFromText(`Local News\nCouncil backs plan\nUpdated 23.11.2026, 09:14\n${body}\n© 2026 The Herald`);
    expect(text.ok && text.value.published).toBe('2026-11-23');
    const { document } = parseHTML(`<html><head><title>Council backs plan</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body><article><h1>Council backs plan</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2026 The Herald</footer></body></html>`);
    const page = readArticleFromDocument(document as unknown as Document);
    expect(page.ok && page.value.published).toBe('2024-03-05');
  });

  it('tells reports published months or years apart from reports of one event', () => {
    expect(publishedApart('2024', '2026')).toBe(true);
    expect(publishedApart('2026-11-20', '2026-11-23')).toBe(false);
    expect(publishedApart('2026-01-02', '2025-12-30')).toBe(false);
    expect(publishedApart('2026-11-23', null)).toBe(false);
  });
});

describe('years counted from the publication date', () => {
  const dates = (s: string, published?: string) => extractDetails({ sentences: [s], outlet: null, published }).filter((d) => d.kind === 'date').map((d) => `${d.text} = ${d.key}`);
  it('"two years ago", "17 years ago", "last year" and "next year" are years when the report says when it was published', () => {
    expect(dates('Corvane first unveiled its plans two years ago.', '2026-11-23')).toEqual(['two years ago = date:2024']);
    expect(dates('The site has been empty since the brickworks shut 17 years ago.', '2026')).toEqual(['17 years ago = date:2009']);
    expect(dates('It was inspected in the summer of last year and work starts next year.', '2026')).toEqual(['last year = date:2025', 'next year = date:2027']);
    // Without a publication date nothing is guessed.
    expect(dates('Corvane first unveiled its plans two years ago.')).toEqual([]);
  });

  it('so a report carries the year another gives', () => {
    const side = (id: string, published: string | undefined, ...sentences: string[]) => makeSide(id, { title: sentences[0]!, outlet: null, sentences, published });
    const r = alignDetails(side('a', '2026', 'The brickworks shut 17 years ago and the site has stood empty since.'), side('b', '2026', 'The brickworks closed in 2009 and the site has stood empty ever since.'));
    expect([r.added, r.omitted, r.conflicts]).toEqual([[], [], []]);
  });
});
