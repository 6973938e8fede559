// One side of a comparison: an article with its details and per-sentence vocabulary, computed once.
import { extractDetails } from '../details/extract';
import type { RichDetail } from '../details/types';
import type { Article } from '../report';
import { contentStems } from '../text/words';

export interface Side {
  id: string;
  article: Pick<Article, 'title' | 'outlet' | 'sentences' | 'published'>;
  details: RichDetail[];
  /**
   * Sentences of the body: `article.sentences` holds them, then the headline when it is not one of them. The headline
   * is reporting too, so what it says counts as carried; only body sentences are ever listed or shown in the page.
   */
  body: number;
  /** Concept stems of each sentence. */
  sentenceStems: Set<string>[];
  /** First detail of each key, for exact look-ups. */
  byKey: Map<string, RichDetail>;
  /** One detail per name key (people, organisations, places), for spelling variants. */
  names: RichDetail[];
  /** Stem -> sentences holding it: finding the best sentence for a detail walks only these. */
  sentencesOf: Map<string, number[]>;
}

export function makeSide(id: string, body: Pick<Article, 'title' | 'outlet' | 'sentences' | 'published'>): Side {
  const title = body.title?.trim();
  const article = title && !body.sentences.includes(title) ? { ...body, sentences: [...body.sentences, title] } : body;
  const details = extractDetails(article);
  // (The headline's names and figures count as carried; its words are not matched as prose: a headline is short and
  // general, and would seem to say most of many sentences.)
  const sentenceStems = article.sentences.map((s, i) => new Set(i < body.sentences.length ? contentStems(s) : []));
  const sentencesOf = new Map<string, number[]>();
  sentenceStems.forEach((set, i) => {
    for (const stem of set) (sentencesOf.get(stem) ?? sentencesOf.set(stem, []).get(stem)!).push(i);
  });
  const byKey = new Map<string, RichDetail>();
  for (const d of details) if (!byKey.has(d.key)) byKey.set(d.key, d);
  const names = [...byKey.values()].filter((d) => d.kind === 'person' || d.kind === 'organisation' || d.kind === 'place');
  return { id, article, body: body.sentences.length, details, sentenceStems, byKey, names, sentencesOf };
}
