// One titled, collapsible section of a report card; an empty section is not shown at all.
import type { ComponentChildren } from 'preact';

export interface DetailSectionProps {
  title: string;
  count: number;
  kind: 'added' | 'omitted' | 'reworded' | 'conflicts';
  children: ComponentChildren;
}

/** Longer sections start folded so every card's counts stay in view; the reader opens what interests them. */
export const OPEN_SECTION_MAX_ITEMS = 3;

export function DetailSection({ title, count, kind, children }: DetailSectionProps) {
  if (count === 0) return null;
  return (
    <details class={`section section-${kind}`} open={count <= OPEN_SECTION_MAX_ITEMS} data-section={kind}>
      <summary>
        <span class="section-title">{title}</span> <span class="count" aria-label={`${count} ${count === 1 ? 'detail' : 'details'}`}>{count}</span>
      </summary>
      <ul class="details">{children}</ul>
    </details>
  );
}
