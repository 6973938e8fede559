// Contract stub: the end-to-end analysis the CLI and the background call. Implemented by the core issue.
import type { AnalysisReport, Article, Outcome } from './report';
import type { LoadedIndex } from './index/format';

/** Compare one article against the bundled index: related reports, detail by detail, plus coverage. */
export async function analyzeArticle(article: Article, index: LoadedIndex): Promise<Outcome<AnalysisReport>> {
  void article; void index;
  return { ok: false, error: 'internal', message: 'Analysis is not built yet.' };
}
