// The in-page highlights toggle with its legend, and the opt-in to analyse news pages automatically.
import { STYLE_LABEL, type HighlightStyle } from '../lib/highlight/plan';

export interface HighlightControlsProps {
  highlightsOn: boolean;
  onHighlightsChange(on: boolean): void;
  autoAnalyse: boolean | null;
  onAutoAnalyseChange?(on: boolean): void;
  shortcut?: string | null;
}

const STYLES: HighlightStyle[] = ['omitted', 'reworded', 'conflict'];

export function HighlightControls({ highlightsOn, onHighlightsChange, autoAnalyse, onAutoAnalyseChange, shortcut }: HighlightControlsProps) {
  return (
    <section class="controls" aria-label="Highlights">
      <label class="toggle">
        <input type="checkbox" role="switch" checked={highlightsOn} aria-checked={highlightsOn} data-testid="highlights-toggle"
          onChange={(e) => onHighlightsChange((e.currentTarget as HTMLInputElement).checked)} />
        Highlight in the page{shortcut ? <span class="shortcut"> ({shortcut})</span> : null}
      </label>
      {highlightsOn ? (
        <ul class="legend" aria-label="Highlight legend">
          {STYLES.map((s) => (
            <li key={s}><span class={`swatch swatch-${s}`} aria-hidden="true" />{STYLE_LABEL[s]}</li>
          ))}
        </ul>
      ) : null}
      {autoAnalyse !== null && onAutoAnalyseChange ? (
        <label class="toggle">
          <input type="checkbox" checked={autoAnalyse} data-testid="auto-toggle"
            onChange={(e) => onAutoAnalyseChange((e.currentTarget as HTMLInputElement).checked)} />
          Analyse automatically
        </label>
      ) : null}
    </section>
  );
}
