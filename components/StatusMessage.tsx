// A clear, never-blank state of the popup: loading, a page Parallax cannot read, no related reports, or an error.
export interface StatusMessageProps {
  tone: 'busy' | 'info' | 'error';
  title: string;
  message?: string;
}

export function StatusMessage({ tone, title, message }: StatusMessageProps) {
  return (
    <section class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite" aria-busy={tone === 'busy'}>
      <h2 class="status-title">{title}</h2>
      {message ? <p class="status-message">{message}</p> : null}
    </section>
  );
}
