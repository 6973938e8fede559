// The whole analysis: header, coverage and one card per related report (or a clear note when there are none).
import type { ComponentChildren } from 'preact';
import type { AnalysisReport } from '../lib/report';
import { ArticleHeader } from './ArticleHeader';
import { CoverageStrip } from './CoverageStrip';
import { ReportCard } from './ReportCard';
import { StatusMessage } from './StatusMessage';

export function ReportView({ report, onReveal, controls }: { report: AnalysisReport; onReveal?: (i: number) => void; controls?: ComponentChildren }) {
  return (
    <div class="report">
      <ArticleHeader title={report.article.title} outlet={report.article.outlet} relatedCount={report.related.length} />
      {controls}
      {report.related.length === 0 ? (
        <StatusMessage tone="info" title="No other reports of this story" message="None of the reports bundled with Parallax cover this story, so there is nothing to compare yet." />
      ) : (
        <>
          <CoverageStrip coverage={report.coverage} onReveal={onReveal} />
          {report.related.map((r) => <ReportCard key={r.id} report={r} onReveal={onReveal} />)}
        </>
      )}
    </div>
  );
}
