// A word diff a reader can follow without colour: removed words struck and labelled, added words underlined and labelled.
import type { DiffPart } from '../lib/report';

export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="word-diff">
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'delete' ? (
          <del key={i} aria-label={`here only: ${p.text}`} title="Only in this article">
            <span class="marker" aria-hidden="true">[−</span>{p.text}<span class="marker" aria-hidden="true">]</span>
          </del>
        ) : (
          <ins key={i} aria-label={`there only: ${p.text}`} title="Only in the other report">
            <span class="marker" aria-hidden="true">[+</span>{p.text}<span class="marker" aria-hidden="true">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
