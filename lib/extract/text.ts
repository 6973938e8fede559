// Plain-text articles (the seed format): title line, optional dek, paragraphs, one per line or blank-line separated.
import type { Article, Outcome } from '../report';
import { articleFromBlocks } from './article';
import type { Block } from './chrome';

/** True when the text holds bytes no article has: NULs or a high share of replacement/control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  const bad = sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return sample.length > 0 && bad / sample.length > 0.02;
}

export function readArticleFromText(text: string): Outcome<Article> {
  if (looksBinary(text)) return { ok: false, error: 'unreadable', message: 'This file is not readable text.' };
  const blocks: Block[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => ({ text: line, kind: 'paragraph' as const, linkDensity: 0 }))
    .filter((b) => b.text.trim().length > 0);
  return articleFromBlocks(blocks);
}
