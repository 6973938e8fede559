// The whole analysis: the story first (contradictions, what others report, what only this article has, wording), then
// one collapsed card per outlet; each part fails on its own; a clear note when there is nothing to compare.
import type { ComponentChildren } from 'preact';
import { outletName, storySections } from '../lib/facts/sections';
import type { AnalysisReport } from '../lib/report';
import { ArticleHeader } from './ArticleHeader';
import { Boundary } from './Boundary';
import { FactItem } from './FactItem';
import { ReportCard } from './ReportCard';
import { RevealButton } from './RevealButton';
import { StatusMessage } from './StatusMessage';
import { StorySection } from './StorySection';
import { WordDiff } from './WordDiff';

export function ReportView({ report, onReveal, controls }: { report: AnalysisReport; onReveal?: (i: number) => void; controls?: ComponentChildren }) {
  const names = new Map(report.related.map((r) => [r.id, outletName(r)]));
  const of = report.related.length;
  return (
    <div class="report">
      <ArticleHeader title={report.article.title} outlet={report.article.outlet} relatedCount={report.related.length} />
      {controls}
      {report.truncated ? <p class="truncated" role="note">{report.truncated}</p> : null}
      {report.related.length === 0 ? (
        <StatusMessage tone="info" title="No other reports of this story" message="None of the reports Parallax knows cover this story, so there is nothing to compare yet." />
      ) : (
        <>
          <Boundary what="the story’s differences"><Story report={report} names={names} of={of} onReveal={onReveal} /></Boundary>
          <h2 class="by-outlet">By outlet</h2>
          {report.related.map((r) => <Boundary key={r.id} what={`the card of ${outletName(r)}`}><ReportCard report={r} onReveal={onReveal} /></Boundary>)}
        </>
      )}
    </div>
  );
}

function Story({ report, names, of, onReveal }: { report: AnalysisReport; names: Map<string, string>; of: number; onReveal?: (i: number) => void }) {
  const s = storySections(report);
  const fact = (g: (typeof s.contradicts)[number]) => <FactItem fact={g} names={names} of={of} onReveal={onReveal} />;
  const nothing = !s.contradicts.length && !s.othersReport.length && !s.onlyHere.length && !s.reworded.length;
  if (nothing) return <p class="story-same">The other reports tell this story the same way: no differences found.</p>;
  return (
    <div class="story">
      <Boundary what="the contradictions"><StorySection title="Contradicts" kind="contradicts" items={s.contradicts.map(fact)} /></Boundary>
      <Boundary what="what others report"><StorySection title="Others report, this article doesn’t" kind="others" items={s.othersReport.map(fact)} /></Boundary>
      <Boundary what="what only this article reports"><StorySection title="Only this article" kind="only-here" items={s.onlyHere.map(fact)} /></Boundary>
      <Boundary what="the differences in wording">
        <StorySection
          title="Worded differently"
          kind="reworded"
          initial={0}
          items={s.reworded.map(({ report: r, reworded: w }) => (
            <RevealButton sentenceIndex={w.currentSentenceIndex} onReveal={onReveal} label={`Show in the page: ${w.current}`}>
              <WordDiff parts={w.diff} />
              <span class="carriers">{outletName(r)}</span>
            </RevealButton>
          ))}
        />
      </Boundary>
    </div>
  );
}
