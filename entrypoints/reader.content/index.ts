// Injected on demand (popup, shortcut) or, after the reader opts in, on every page: see reader.ts.
import { startReader } from './reader';

export default defineContentScript({
  // No matches: the reader is injected on demand, and registered for all pages only after the opt-in.
  matches: [],
  registration: 'runtime',
  main(ctx) {
    const reader = startReader(ctx);
    // Apply highlights right away when they are on, so the next article is highlighted without opening the popup.
    void reader.analyse().then(() => reader.syncHighlights());
  },
});
