// Coverage at a glance: what only this article carries, and what most other reports carry but this one lacks.
import type { ComponentChildren } from 'preact';
import type { CoverageEntry } from '../lib/report';
import { RevealButton } from './RevealButton';

/** Chips shown before the rest fold away, so the cards stay in view. */
export const COVERAGE_VISIBLE_CHIPS = 6;

/** "Most others" means more than half of the related reports. */
export function mostOthersCarry(c: CoverageEntry): boolean {
  return !c.inArticle && c.of > 0 && c.carriedBy * 2 > c.of;
}
export function onlyHere(c: CoverageEntry): boolean {
  return c.inArticle && c.carriedBy === 0;
}

function Chips({ items }: { items: ComponentChildren[] }) {
  const shown = items.slice(0, COVERAGE_VISIBLE_CHIPS);
  const rest = items.slice(COVERAGE_VISIBLE_CHIPS);
  return (
    <>
      <ul class="chips">{shown}</ul>
      {rest.length > 0 ? (
        <details class="more">
          <summary>{rest.length} more</summary>
          <ul class="chips">{rest}</ul>
        </details>
      ) : null}
    </>
  );
}

export function CoverageStrip({ coverage, onReveal }: { coverage: CoverageEntry[]; onReveal?: (i: number) => void }) {
  const mine = coverage.filter(onlyHere);
  const missing = coverage.filter(mostOthersCarry).sort((a, b) => b.carriedBy - a.carriedBy);
  if (mine.length === 0 && missing.length === 0) return null;
  return (
    <section class="coverage" aria-label="Coverage">
      {missing.length > 0 ? (
        <div class="coverage-group" data-coverage="missing-here">
          <h2>Most others carry, this one lacks <span class="count">{missing.length}</span></h2>
          <Chips items={missing.map((c, i) => (
            <li key={i} class="chip" title={`${c.carriedBy} of ${c.of} other reports`}>{c.text} <span class="of">{c.carriedBy}/{c.of}</span></li>
          ))} />
        </div>
      ) : null}
      {mine.length > 0 ? (
        <div class="coverage-group" data-coverage="only-here">
          <h2>Only this article <span class="count">{mine.length}</span></h2>
          <Chips items={mine.map((c, i) => (
            <li key={i} class="chip">
              {c.sentenceIndex !== null ? (
                <RevealButton sentenceIndex={c.sentenceIndex} onReveal={onReveal} label={`Show in the page: ${c.text}`}>{c.text}</RevealButton>
              ) : c.text}
            </li>
          ))} />
        </div>
      ) : null}
    </section>
  );
}
