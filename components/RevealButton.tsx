// A detail of this article: activating it scrolls the page to the sentence and flashes it.
import type { ComponentChildren } from 'preact';

export interface RevealButtonProps {
  sentenceIndex: number;
  onReveal?: (sentenceIndex: number) => void;
  label: string;
  children: ComponentChildren;
}

export function RevealButton({ sentenceIndex, onReveal, label, children }: RevealButtonProps) {
  if (!onReveal) return <div class="detail-body">{children}</div>;
  return (
    <button type="button" class="detail-body reveal" aria-label={label} title="Show in the page" onClick={() => onReveal(sentenceIndex)}>
      {children}
    </button>
  );
}
