// One section of the story view: a heading with its count, the first few items, and "Show all N" for the rest.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Items a section shows before "Show all": enough to see what kind of differences there are, little enough to take in. */
export const DEFAULT_STORY_SECTION_ITEMS = 2;

export interface StorySectionProps {
  title: string;
  kind: 'contradicts' | 'others' | 'only-here' | 'reworded';
  items: ComponentChildren[];
  hint?: string;
  /** Items shown before "Show all" (a section a reader rarely needs first may show none). */
  initial?: number;
}

export function StorySection({ title, kind, items, hint, initial = DEFAULT_STORY_SECTION_ITEMS }: StorySectionProps) {
  const [all, setAll] = useState(false);
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, initial);
  const headingId = `story-${kind}`;
  return (
    <section class={`story-section story-${kind}`} aria-labelledby={headingId} data-story={kind}>
      <h2 id={headingId} class="story-title">
        {title} <span class="count">{items.length}</span>
      </h2>
      {hint ? <p class="story-hint">{hint}</p> : null}
      {shown.length ? <ul class="facts">{shown.map((item, i) => <li key={i} class="fact">{item}</li>)}</ul> : null}
      {items.length > shown.length ? (
        <button type="button" class="show-all" onClick={() => setAll(true)}>{shown.length ? `Show all ${items.length}` : `Show ${items.length === 1 ? 'it' : `all ${items.length}`}`}</button>
      ) : null}
    </section>
  );
}
