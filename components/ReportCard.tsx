// One related report: who, how closely it matches, and what it adds, leaves out, words differently or contradicts.
import type { RelatedReport } from '../lib/report';
import { reportName } from '../lib/highlight/plan';
import { DetailSection } from './DetailSection';
import { RevealButton } from './RevealButton';
import { WordDiff } from './WordDiff';

export interface ReportCardProps {
  report: RelatedReport;
  onReveal?: (sentenceIndex: number) => void;
}

export function ReportCard({ report, onReveal }: ReportCardProps) {
  const name = reportName(report);
  const counts: [string, number][] = [
    ['adds', report.added.length],
    ['leaves out', report.omitted.length],
    ['words differently', report.reworded.length],
    ['contradicts', report.conflicts.length],
  ];
  const headingId = `card-${report.id}`;
  return (
    <article class="card" aria-labelledby={headingId} data-report={report.id}>
      <header class="card-header">
        <h2 id={headingId} class="outlet">{name}</h2>
        <span class="score" title="How closely this report matches the same story">{Math.round(report.score * 100)}% match</span>
      </header>
      {report.outlet ? <p class="card-title">{report.title}</p> : null}
      <p class="counts">{counts.map(([label, n]) => `${n} ${label}`).join(' · ')}</p>
      <DetailSection title="Adds" kind="added" count={report.added.length}>
        {report.added.map((d, i) => (
          <li key={i} class="detail">
            <span class="kind">{d.kind}</span> <strong>{d.text}</strong>
            <q class="sentence">{d.sentence}</q>
          </li>
        ))}
      </DetailSection>
      <DetailSection title="Leaves out" kind="omitted" count={report.omitted.length}>
        {report.omitted.map((d, i) => (
          <li key={i} class="detail">
            <RevealButton sentenceIndex={d.sentenceIndex} onReveal={onReveal} label={`Show in the page: ${d.text}`}>
              <span class="kind">{d.kind}</span> <strong>{d.text}</strong>
              <q class="sentence">{d.sentence}</q>
            </RevealButton>
          </li>
        ))}
      </DetailSection>
      <DetailSection title="Words differently" kind="reworded" count={report.reworded.length}>
        {report.reworded.map((w, i) => (
          <li key={i} class="detail">
            <RevealButton sentenceIndex={w.currentSentenceIndex} onReveal={onReveal} label={`Show in the page: ${w.current}`}>
              <span class="kind">{w.kind}</span>
              <span class="pair"><span class="side">Here</span> “{w.current}” <span class="side">There</span> “{w.other}”</span>
              <WordDiff parts={w.diff} />
            </RevealButton>
          </li>
        ))}
      </DetailSection>
      <DetailSection title="Contradicts" kind="conflicts" count={report.conflicts.length}>
        {report.conflicts.map((c, i) => (
          <li key={i} class="detail">
            <RevealButton sentenceIndex={c.currentSentenceIndex} onReveal={onReveal} label={`Show in the page: ${c.current}`}>
              <span class="kind">{c.kind}</span>
              <span class="pair"><span class="side">Here</span> <strong>{c.currentValue}</strong> <span class="side">There</span> <strong>{c.otherValue}</strong></span>
              <q class="sentence">{c.otherSentence}</q>
            </RevealButton>
          </li>
        ))}
      </DetailSection>
    </article>
  );
}
