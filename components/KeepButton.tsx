// "Keep this article": saves it to the reader's library, so the next outlet's report of the story is compared with it.
import { useState } from 'preact/hooks';
import type { KeepOutcome } from '../utils/messaging';

export function KeepButton({ onKeep }: { onKeep: () => Promise<KeepOutcome> }) {
  const [state, setState] = useState<{ phase: 'idle' | 'busy' } | { phase: 'done'; text: string; error: boolean }>({ phase: 'idle' });
  const keep = async () => {
    setState({ phase: 'busy' });
    const r = await onKeep().catch((): KeepOutcome => ({ ok: false, message: 'The article could not be kept; try again.' }));
    setState(r.ok ? { phase: 'done', error: false, text: r.value.alreadyKept ? 'Already in your library' : 'Kept in your library' } : { phase: 'done', error: true, text: r.message });
  };
  return (
    <span class="keep">
      <button type="button" class="action" data-testid="keep" disabled={state.phase === 'busy'} onClick={keep}>Keep this article</button>
      {state.phase === 'done' ? <span class={state.error ? 'keep-error' : 'keep-done'} role="status" data-testid="keep-status">{state.text}</span> : null}
    </span>
  );
}
