// Real news pages (Readability's test corpus, vendored in tests/fixtures/real-pages with its Apache-2.0 licence): right title, clean body, right language.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticleFromDocument } from '../../../lib/extract/document';
import type { Article } from '../../../lib/report';

const PAGES_DIR = join(__dirname, '../../fixtures/real-pages');

/** What a reader sees first and last, and the language, for every page: the body starts and ends with reporting. */
const EXPECTED: Record<string, { first: string; last: string; lang: string }> = {
  aktualne: { first: 'Zázrak jedné sezony? West Ham dává pochybovačům', last: '"Jsme na děleném třetím místě. Lidé se', lang: 'cs' },
  'bbc-1': { first: 'President Barack Obama has admitted that his', last: 'Mr Obama will become the first US', lang: 'en' },
  'citylab-1': { first: 'The once-ubiquitous form of lighting was novel', last: 'Seeing neon lighting tamed in the context', lang: 'en' },
  cnn: { first: 'The U.S. has long been heralded as', last: 'The report concluded that the American safety', lang: 'en' },
  folha: { first: 'Após rechaçar um encontro da seleção brasileira', last: '"Em 2012 eu fiz e errei. O', lang: 'pt' },
  heise: { first: 'Das in der iOS-Version bereits enthaltene TOTP-Feature', last: '1Password kostet aktuell knapp 50 Euro im', lang: 'de' },
  'herald-sun-1': { first: 'A HIGH-powered federal government team has been', last: 'Memories of the grief Conroy brought down', lang: 'en' },
  'la-nacion': { first: 'Los pueblos indígenas reclaman por derechos que', last: 'Seamos claros: ningún individuo u organización tiene', lang: 'es' },
  'lemonde-1': { first: 'Les députés ont, sans surprise, adopté à', last: 'La loi prévoit également une forme de', lang: 'fr' },
  msn: { first: 'Nintendo and Apple shocked the world earlier', last: '$10 might seem like a bit much', lang: 'en' },
  'nytimes-1': { first: 'LONDON — After nearly 20 years of', last: 'Mr. Reeves said he thought that the', lang: 'en' },
  'nytimes-2': { first: 'Yahoo’s $4.8 billion sale to Verizon is', last: 'All in all, this was as hairy', lang: 'en' },
  'salon-1': { first: 'Horror stories about the increasingly unpopular taxi', last: 'You don’t need a “God view” to', lang: 'en' },
  'seattletimes-1': { first: 'From the deck of his 106-year-old halibut', last: 'Alverson summed up the journey from a', lang: 'en' },
  telegraph: { first: 'Zimbabwe President Robert Mugabe, his wife Grace', last: 'Whatever the final outcome, the events could', lang: 'en' },
  theverge: { first: 'I still remember using the iPhone 4', last: 'Apple’s goal for the Vision Pro is', lang: 'en' },
  'wapo-1': { first: 'CAIRO — Gunmen opened fire on visitors', last: 'The last major attack on a civilian', lang: 'en' },
  'wapo-2': { first: 'President Obama told the U.N. General Assembly', last: '“That could be an issue forced onto', lang: 'en' },
};

/** Pages without site-name metadata: the outlet comes from the <title> ("Headline - The New York Times"). */
const OUTLET_FROM_TITLE: Record<string, string> = {
  'la-nacion': 'LA NACION',
  'nytimes-1': 'The New York Times',
  'nytimes-2': 'The New York Times',
  'salon-1': 'Salon.com',
};

/** Things a reader would notice in a "clean" body: none of them is reporting, on any page. */
const CHROME_PATTERNS: [string, RegExp][] = [
  ['contributor line', /\bcontributed (reporting|research|to this (report|story|article))\b/i],
  ['photo credit', /^©|\bProvided by\b|\((?:[^()]*\/[^()]*|Reuters|AP|AFP|[^()]*Getty Images)\)$/],
  ['error-report note', /\b(let us know|dejte nám, prosím, vědět)\b|zaznamenali chybu/i],
  ['author bio', /^\p{Lu}\p{L}+ \p{Lu}\p{L}+ (is the author of|covers the|es politólogo)/u],
  ['origin note', /^This article originally appeared/i],
  ['newsletter or subscription box', /^(sign up|subscribe)\b|newsletter\.$|\bcancel anytime\b|\bApple Pay\b|best way to follow issues/i],
  ['share bar or comments', /^(share|tweet|email|print|comments?|leave a (reply|comment))$/i],
  ['navigation', /^(home|menu|search|skip to (main )?content|back to top)$/i],
];

// No silent skip: without the vendored pages this file fails to load.
const slugs = readdirSync(PAGES_DIR).filter((d) => existsSync(join(PAGES_DIR, d, 'source.html'))).sort();

function read(slug: string): { article: Article; expected: { title: string; lang?: string; siteName?: string | null } } {
  const html = readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected-metadata.json'), 'utf8'));
  const outcome = readArticleFromDocument(parseHTML(html).document as unknown as Document);
  if (!outcome.ok) throw new Error(`${slug}: ${outcome.error}: ${outcome.message}`);
  return { article: outcome.value, expected };
}

describe('real news pages', () => {
  it('every saved page has an expectation here', () => {
    expect(slugs).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(slugs)('%s', (slug) => {
    const { article, expected } = read(slug);
    const want = EXPECTED[slug];

    it('has the title Readability reads', () => {
      expect(article.title).toBe(expected.title);
    });

    it('starts and ends with reporting', () => {
      expect(article.paragraphs[0].startsWith(want.first)).toBe(true);
      expect(article.paragraphs.at(-1)!.startsWith(want.last)).toBe(true);
      expect(article.sentences.length).toBeGreaterThanOrEqual(5);
    });

    it('keeps no navigation, share bar, caption, credit, bio, promo or contributor line', () => {
      const leftovers = article.paragraphs.flatMap((p) => CHROME_PATTERNS.filter(([, re]) => re.test(p)).map(([what]) => `${what}: ${p.slice(0, 80)}`));
      expect(leftovers).toEqual([]);
    });

    it('names its outlet', () => {
      expect(article.outlet).toBe(expected.siteName ?? OUTLET_FROM_TITLE[slug]);
    });

    it('is read in the right language', () => {
      expect(article.lang).toBe(want.lang);
      if (expected.lang) expect(article.lang).toBe(expected.lang.toLowerCase().split('-')[0]);
    });
  });
});
