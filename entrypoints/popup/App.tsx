// The popup: asks the session for the report and shows it, or one clear message; each part fails on its own.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { HighlightControls } from '../../components/HighlightControls';
import { KeepButton } from '../../components/KeepButton';
import { ReportView } from '../../components/ReportView';
import { StatusMessage } from '../../components/StatusMessage';
import type { PopupSession, PopupState } from './session';

/** The popup and the side panel: one view; `extraActions` are what only one surface offers (e.g. "Open in side panel"). */
export function App({ session, extraActions }: { session: PopupSession; extraActions?: ComponentChildren }) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  const [highlightsOn, setHighlightsOn] = useState(false);
  const [autoAnalyse, setAutoAnalyse] = useState<boolean | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    session.analyse().then(setState, () =>
      setState({ phase: 'message', tone: 'error', title: 'Something went wrong', message: 'Parallax could not analyse this page; reload it and try again.' }),
    );
    session.highlightsOn().then(setHighlightsOn, () => {});
    session.autoAnalyse().then(setAutoAnalyse, () => setAutoAnalyse(null));
    session.shortcut().then(setShortcut, () => {});
  }, [session]);

  const toggleHighlights = (on: boolean) => {
    setHighlightsOn(on);
    session.setHighlights(on).catch(() => setHighlightsOn(!on));
  };
  const toggleAuto = (on: boolean) => {
    session.setAutoAnalyse(on).then(setAutoAnalyse, () => setAutoAnalyse(false));
  };

  return (
    <div class="popup">
      {state.phase === 'loading' ? <StatusMessage tone="busy" title="Reading the article…" message="Comparing it with other outlets’ reports." /> : null}
      {state.phase === 'message' ? <StatusMessage tone={state.tone} title={state.title} message={state.message} /> : null}
      {state.phase === 'report' ? (
        <ReportView
          report={state.report}
          onReveal={(i) => session.reveal(i)}
          controls={
            <>
              <HighlightControls highlightsOn={highlightsOn} onHighlightsChange={toggleHighlights} autoAnalyse={autoAnalyse} onAutoAnalyseChange={toggleAuto} shortcut={shortcut} />
              <div class="actions"><KeepButton onKeep={() => session.keep()} />{extraActions}</div>
            </>
          }
        />
      ) : null}
    </div>
  );
}
