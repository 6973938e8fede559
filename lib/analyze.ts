// The whole analysis the CLI and the background run: match the article against the index, compare each related report, sum up coverage.
import { DEFAULT_MAX_ARTICLE_CHARS } from './extract/article';
import { alignDetails, pairVerdicts } from './compare/align';
import { factGroups } from './facts/groups';
import { coverageOf } from './compare/coverage';
import { makeSide, type Side } from './compare/side';
import { matchFeatures } from './index/features';
import type { LoadedIndex } from './index/format';
import { findRelatedReports } from './match/related';
import type { AnalysisReport, Article, Outcome, RelatedReport } from './report';
import { contentStems } from './text/words';

/** What the report says when only the opening of a very long article was read (DEFAULT_MAX_ARTICLE_CHARS). */
export const TRUNCATED_NOTE = `This article is very long: only its first ${DEFAULT_MAX_ARTICLE_CHARS.toLocaleString('en')} characters were compared, the rest was not.`;

/** Share of one text's sentences that also stand, word for word, in the other: the same report indexed under another id. */
function nearIdentical(a: string[], b: string[]): boolean {
  const norm = (s: string) => contentStems(s).join(' ');
  const sb = new Set(b.map(norm));
  const shared = a.filter((s) => sb.has(norm(s))).length;
  return a.length > 0 && shared / Math.min(a.length, b.length || 1) >= 0.8;
}

/** Compare one article against the index: related reports, detail by detail, plus coverage. */
export async function analyzeArticle(article: Article, indexes: LoadedIndex | LoadedIndex[]): Promise<Outcome<AnalysisReport>> {
  const header = { id: article.id, title: article.title, outlet: article.outlet, sentences: article.sentences, lang: article.lang };
  if (article.lang !== 'en')
    return { ok: false, error: 'unsupported-language', message: `Parallax compares English articles only for now; this one reads as “${article.lang}”.` };
  // The bundled reports and the reader's own library are searched alike; the best matches of all come first.
  const features = matchFeatures(article);
  const matches = (Array.isArray(indexes) ? indexes : [indexes])
    .flatMap((index) => findRelatedReports(features, index, { selfId: article.id }).map((m) => ({ ...m, index })))
    .sort((a, b) => b.score - a.score);
  const current = makeSide(article.id ?? 'current', article);
  const others: { side: Side; score: number }[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    if (seen.has(m.doc.id)) continue;
    seen.add(m.doc.id);
    const body = await m.index.bodies.get(m.doc.id);
    if (!body || nearIdentical(article.sentences, body.sentences)) continue;
    others.push({ side: makeSide(m.doc.id, body), score: m.score });
  }
  const pairs = others.map(({ side, score }) => ({ side, score, verdicts: pairVerdicts(current, side) }));
  const related: RelatedReport[] = pairs.map(({ side, score, verdicts }) => ({
    id: side.id,
    outlet: side.article.outlet,
    title: side.article.title,
    score,
    ...alignDetails(current, side, verdicts),
  }));
  const truncated = article.truncated ? TRUNCATED_NOTE : undefined;
  const facts = factGroups(current, pairs.map((p, i) => ({ side: p.side, report: related[i] }))).map((g, i) => ({ id: `f${i}`, ...g }));
  return { ok: true, value: { article: header, related, coverage: coverageOf(current, pairs), facts, ...(truncated ? { truncated } : {}) } };
}
