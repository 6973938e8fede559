// One fact of the story: its statement with the telling words in bold, who carries it, and where to read it.
import type { FactGroup } from '../lib/report';
import { Emphasised } from './Emphasised';
import { RevealButton } from './RevealButton';

export interface FactItemProps {
  fact: FactGroup;
  /** Outlet name by report id. */
  names: Map<string, string>;
  of: number;
  onReveal?: (sentenceIndex: number) => void;
}

/** Statements longer than this many words are cut in the list; the whole sentence is one click away. */
export const DEFAULT_FACT_WORDS = 12;

function shortened(text: string, emphasis: string[]): { text: string; cut: boolean } {
  const words = text.split(/\s+/);
  if (words.length <= DEFAULT_FACT_WORDS) return { text, cut: false };
  // Keep the window that holds the first emphasised words, so what is new stays in view.
  const first = emphasis.map((e) => text.indexOf(e)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const startWord = Math.max(0, text.slice(0, first).split(/\s+/).length - 3);
  const from = Math.min(startWord, words.length - DEFAULT_FACT_WORDS);
  const piece = words.slice(from, from + DEFAULT_FACT_WORDS).join(' ');
  return { text: `${from > 0 ? '… ' : ''}${piece} …`, cut: true };
}

export function FactItem({ fact, names, of, onReveal }: FactItemProps) {
  const who = fact.carriers.map((c) => names.get(c.reportId) ?? c.reportId);
  const short = shortened(fact.text, fact.emphasis);
  const label = fact.kind ? <span class="kind">{fact.kind}</span> : null;
  const body = (
    <>
      {label}
      <span class="statement"><Emphasised text={short.text} emphasis={fact.emphasis} /></span>
    </>
  );
  return (
    <div class="fact-body" data-fact={fact.id}>
      {fact.inArticle ? (
        <RevealButton sentenceIndex={fact.inArticle.sentenceIndex} onReveal={onReveal} label={`Show in the page: ${fact.text}`}>{body}</RevealButton>
      ) : (
        <div class="detail-body">{body}</div>
      )}
      {fact.conflict ? (
        <p class="values">
          {fact.conflict.map((v, i) => (
            <span key={i} class="value">{i > 0 ? ' · ' : null}<span class="side">{i === 0 && fact.inArticle ? 'Here' : names.get(v.reportId) ?? v.reportId}</span> <strong>{v.value}</strong></span>
          ))}
        </p>
      ) : who.length ? (
        <p class="carriers">{who.join(', ')} <span class="of">· {who.length} of {of}</span></p>
      ) : null}
      {fact.carriers.length && (short.cut || !fact.inArticle || fact.conflict) ? (
        <details class="sources">
          <summary>What {who.length === 1 ? 'it says' : 'they say'}</summary>
          <ul>
            {fact.carriers.map((c, i) => (
              <li key={i}><span class="side">{names.get(c.reportId) ?? c.reportId}</span> <q class="sentence">{c.sentence}</q></li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
