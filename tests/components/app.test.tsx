// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../entrypoints/popup/App';
import { stateFromReply, type PopupSession, type PopupState } from '../../entrypoints/popup/session';
import { fixtureReport } from './fixture-report';

let root: HTMLElement;
afterEach(() => { render(null, root); root.remove(); });

function fakeSession(state: Promise<PopupState>, over: Partial<PopupSession> = {}): PopupSession {
  return {
    analyse: () => state,
    reveal: vi.fn(),
    highlightsOn: async () => false,
    setHighlights: vi.fn(async () => {}),
    autoAnalyse: async () => false,
    setAutoAnalyse: vi.fn(async (on: boolean) => on),
    shortcut: async () => 'Alt+Shift+P',
    keep: vi.fn(async () => ({ ok: true as const, value: { title: 'x', alreadyKept: false } })),
    ...over,
  };
}

async function mount(session: PopupSession) {
  root = document.createElement('div');
  document.body.appendChild(root);
  await act(async () => render(<App session={session} />, root));
  return root;
}

describe('popup App', () => {
  it('shows a working state while the analysis runs, never a blank popup', async () => {
    const el = await mount(fakeSession(new Promise(() => {})));
    expect(el.querySelector('.status-title')!.textContent).toBe('Reading the article…');
    expect(el.querySelector('[aria-busy=true]')).not.toBeNull();
  });

  it('shows the report with the highlights toggle and its shortcut', async () => {
    const el = await mount(fakeSession(Promise.resolve({ phase: 'report', report: fixtureReport() })));
    expect(el.querySelectorAll('.card')).toHaveLength(2);
    expect(el.querySelector('.controls')!.textContent).toContain('Highlight in the page (Alt+Shift+P)');
  });

  it('stores the highlights toggle and shows the legend while it is on', async () => {
    const session = fakeSession(Promise.resolve({ phase: 'report', report: fixtureReport() }));
    const el = await mount(session);
    expect(el.querySelector('.legend')).toBeNull();
    await act(async () => (el.querySelector('[data-testid=highlights-toggle]') as HTMLInputElement).click());
    expect(session.setHighlights).toHaveBeenCalledWith(true);
    expect(el.querySelector('.legend')!.textContent).toContain('Others contradict this');
  });

  it('asks for the optional host access only when the reader opts in', async () => {
    const session = fakeSession(Promise.resolve({ phase: 'report', report: fixtureReport() }));
    const el = await mount(session);
    await act(async () => (el.querySelector('[data-testid=auto-toggle]') as HTMLInputElement).click());
    expect(session.setAutoAnalyse).toHaveBeenCalledWith(true);
    expect((el.querySelector('[data-testid=auto-toggle]') as HTMLInputElement).checked).toBe(true);
  });

  it('turns a failing session into an error message', async () => {
    const el = await mount(fakeSession(Promise.reject(new Error('boom'))));
    expect(el.querySelector('[role=alert] .status-title')!.textContent).toBe('Something went wrong');
  });
});

describe('stateFromReply', () => {
  it('says a home page is not an article, as information rather than an error', () => {
    expect(stateFromReply({ ok: false, error: 'not-article', message: 'This page does not look like a news article.' })).toEqual({
      phase: 'message', tone: 'info', title: 'This page is not a news article', message: 'This page does not look like a news article.',
    });
  });
  it('treats an outdated index as an error with the core’s sentence', () => {
    const s = stateFromReply({ ok: false, error: 'index-outdated', message: 'Rebuild it with `npm run index`.' });
    expect(s).toMatchObject({ tone: 'error', title: 'The bundled reports need rebuilding' });
  });
  it('never leaves the popup blank on a missing or refused reply', () => {
    expect(stateFromReply(undefined)).toMatchObject({ phase: 'message', title: 'No answer from the page' });
    expect(stateFromReply({ ok: false, error: 'bad-message', message: 'The message was not understood.' })).toMatchObject({ title: 'Something went wrong' });
  });
});

describe('Keep this article', () => {
  it('keeps the article and says so; a second time says it was kept already; a failure says why', async () => {
    const answers = [
      { ok: true as const, value: { title: 'T', alreadyKept: false } },
      { ok: true as const, value: { title: 'T', alreadyKept: true } },
      { ok: false as const, message: 'Parallax has not read this tab yet; open it on the article first.' },
    ];
    const keep = vi.fn(async () => answers.shift()!);
    const el = await mount(fakeSession(Promise.resolve({ phase: 'report', report: fixtureReport() }), { keep }));
    const button = el.querySelector('[data-testid=keep]') as HTMLButtonElement;
    for (const expected of ['Kept in your library', 'Already in your library', 'Parallax has not read this tab yet; open it on the article first.']) {
      await act(async () => button.click());
      await vi.waitFor(() => expect(el.querySelector('[data-testid=keep-status]')?.textContent).toBe(expected));
    }
    expect(keep).toHaveBeenCalledTimes(3);
  });
});
