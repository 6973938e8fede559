import { render } from 'preact';
import { App } from './App';
import { createPopupSession } from './session';

render(<App session={createPopupSession(location.search)} />, document.getElementById('app')!);
