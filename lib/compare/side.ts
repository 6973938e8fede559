// One side of a comparison: an article with its details and per-sentence vocabulary, computed once.
import { extractDetails } from '../details/extract';
import type { RichDetail } from '../details/types';
import type { Article } from '../report';
import { contentStems } from '../text/words';

export interface Side {
  id: string;
  article: Pick<Article, 'title' | 'outlet' | 'sentences' | 'published'>;
  details: RichDetail[];
  /** Concept stems of each sentence. */
  sentenceStems: Set<string>[];
  /** First detail of each key, for exact look-ups. */
  byKey: Map<string, RichDetail>;
  /** One detail per name key (people, organisations, places), for spelling variants. */
  names: RichDetail[];
  /** Stem -> sentences holding it: finding the best sentence for a detail walks only these. */
  sentencesOf: Map<string, number[]>;
}

export function makeSide(id: string, article: Pick<Article, 'title' | 'outlet' | 'sentences' | 'published'>): Side {
  const details = extractDetails(article);
  const sentenceStems = article.sentences.map((s) => new Set(contentStems(s)));
  const sentencesOf = new Map<string, number[]>();
  sentenceStems.forEach((set, i) => {
    for (const stem of set) (sentencesOf.get(stem) ?? sentencesOf.set(stem, []).get(stem)!).push(i);
  });
  const byKey = new Map<string, RichDetail>();
  for (const d of details) if (!byKey.has(d.key)) byKey.set(d.key, d);
  const names = [...byKey.values()].filter((d) => d.kind === 'person' || d.kind === 'organisation' || d.kind === 'place');
  return { id, article, details, sentenceStems, byKey, names, sentencesOf };
}
