// One related report, folded under its outlet and counts: what it adds, leaves out, words differently or contradicts.
import type { DetailRef, RelatedReport } from '../lib/report';
import { kindOf } from '../lib/facts/kinds';
import { outletName } from '../lib/facts/sections';
import { DetailSection } from './DetailSection';
import { Emphasised } from './Emphasised';
import { RevealButton } from './RevealButton';
import { WordDiff } from './WordDiff';

export interface ReportCardProps {
  report: RelatedReport;
  onReveal?: (sentenceIndex: number) => void;
}

export function ReportCard({ report, onReveal }: ReportCardProps) {
  const name = outletName(report);
  const counts: [string, number][] = [
    ['adds', report.added.length],
    ['leaves out', report.omitted.length],
    ['words differently', report.reworded.length],
    ['contradicts', report.conflicts.length],
  ];
  const headingId = `card-${report.id}`;
  return (
    <article class="card" aria-labelledby={headingId} data-report={report.id}>
      <details>
        <summary class="card-header">
          <h2 id={headingId} class="outlet">{name}</h2>
          <span class="counts">{counts.filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`).join(' · ') || 'the same story, told the same way'}</span>
        </summary>
      <p class="card-title"><span class="score" title="How closely this report matches the same story">{Math.round(report.score * 100)}% match</span> {report.title}</p>
      <DetailSection title="Adds" kind="added" count={report.added.length}>
        {report.added.map((d, i) => (
          <li key={i} class="detail">
            <Kind item={d} /> <span class="statement"><Emphasised text={d.text} emphasis={d.anchors ?? []} /></span>
          </li>
        ))}
      </DetailSection>
      <DetailSection title="Leaves out" kind="omitted" count={report.omitted.length}>
        {report.omitted.map((d, i) => (
          <li key={i} class="detail">
            <RevealButton sentenceIndex={d.sentenceIndex} onReveal={onReveal} label={`Show in the page: ${d.text}`}>
              <Kind item={d} /> <span class="statement"><Emphasised text={d.text} emphasis={d.anchors ?? []} /></span>
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
      </details>
    </article>
  );
}

/** The item's kind, shown only when it is sure (see kindOf). */
function Kind({ item }: { item: DetailRef }) {
  const kind = kindOf([item]);
  return kind ? <span class="kind">{kind}</span> : null;
}
