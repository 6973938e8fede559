// What the matcher knows of a report: distinctive names, title-and-lead vocabulary, quantities.
import { DEFAULT_LEAD_WORDS } from '../config';
import { extractDetails } from '../details/extract';
import type { Article } from '../report';
import { contentStems, words } from '../text/words';

export interface MatchFeatures {
  /** Stem -> count over title, lead and names. */
  terms: Map<string, number>;
  /** Entity key -> weight (places weigh less: every story names countries). */
  entities: Map<string, number>;
  /** Display names of people and organisations, for fuzzy matching of spellings the folding does not catch. */
  names: string[];
  /** Keys of numbers, durations and dates; `day:<weekday>` for the days the lead names; `published:<date>` when known. */
  quantities: string[];
}

export const PLACE_WEIGHT = 0.3;
const WEEKDAY_KEY = /^time:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function matchFeatures(article: Pick<Article, 'title' | 'outlet' | 'sentences' | 'published'>): MatchFeatures {
  // The lead: sentences until DEFAULT_LEAD_WORDS words.
  const lead: string[] = [];
  let n = 0;
  for (const s of article.sentences) {
    if (n >= DEFAULT_LEAD_WORDS) break;
    lead.push(s);
    n += words(s).length;
  }
  const leadSentences = lead.length;
  const details = extractDetails({ sentences: article.sentences, outlet: article.outlet });
  const entities = new Map<string, number>();
  const names = new Set<string>();
  const quantities = new Set<string>();
  for (const d of details) {
    if (d.kind === 'person' || d.kind === 'organisation' || d.kind === 'place') {
      entities.set(d.key, Math.max(entities.get(d.key) ?? 0, d.kind === 'place' ? PLACE_WEIGHT : 1));
      if (d.kind !== 'place') names.add(d.text);
    } else if ((d.kind === 'number' || d.kind === 'duration' || d.kind === 'date') && !d.key.startsWith('vague:')) quantities.add(d.key);
    // The days the lead puts the event on ("on Tuesday"): when, as part of which event.
    else if (d.kind === 'time' && d.sentenceIndex < leadSentences && WEEKDAY_KEY.test(d.key)) quantities.add(`day:${d.key.slice(5)}`);
  }
  // When it was published: reports of one event are published within weeks of each other.
  if (article.published) quantities.add(`published:${article.published}`);
  const terms = new Map<string, number>();
  for (const s of contentStems([article.title, ...lead].join(' '))) terms.set(s, (terms.get(s) ?? 0) + 1);
  return { terms, entities, names: [...names].slice(0, 24), quantities: [...quantities] };
}
