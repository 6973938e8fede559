// One titled, collapsible section of a report card; an empty section is not shown at all.
import type { ComponentChildren } from 'preact';

export interface DetailSectionProps {
  title: string;
  count: number;
  kind: 'added' | 'omitted' | 'reworded' | 'conflicts';
  children: ComponentChildren;
}

export function DetailSection({ title, count, kind, children }: DetailSectionProps) {
  if (count === 0) return null;
  return (
    <details class={`section section-${kind}`} open data-section={kind}>
      <summary>
        <span class="section-title">{title}</span> <span class="count" aria-label={`${count} ${count === 1 ? 'detail' : 'details'}`}>{count}</span>
      </summary>
      <ul class="details">{children}</ul>
    </details>
  );
}
