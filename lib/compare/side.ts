// One side of a comparison: an article with its details and per-sentence vocabulary, computed once.
import { extractDetails } from '../details/extract';
import type { RichDetail } from '../details/types';
import type { Article } from '../report';
import { contentStems } from '../text/words';

export interface Side {
  id: string;
  article: Pick<Article, 'title' | 'outlet' | 'sentences'>;
  details: RichDetail[];
  /** Concept stems of each sentence. */
  sentenceStems: Set<string>[];
  /** Detail keys present, for exact look-ups. */
  keys: Set<string>;
}

export function makeSide(id: string, article: Pick<Article, 'title' | 'outlet' | 'sentences'>): Side {
  const details = extractDetails(article);
  return {
    id,
    article,
    details,
    sentenceStems: article.sentences.map((s) => new Set(contentStems(s))),
    keys: new Set(details.map((d) => d.key)),
  };
}
