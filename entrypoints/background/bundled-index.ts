// Loads the index that ships inside the extension, once; only the extension's own files are ever fetched.
import { parseIndex, shardFileName, type LoadedIndex } from '../../lib/index/format';
import type { Outcome } from '../../lib/report';

export const INDEX_PATH = '/index/match.json';
const indexFile = (name: string) => `/index/${name}`;

/** Returns a loader that fetches and parses the bundled index the first time it is asked, and caches success. */
export function createIndexLoader(fetchJson: (path: string) => Promise<unknown>): () => Promise<Outcome<LoadedIndex>> {
  let loaded: Promise<Outcome<LoadedIndex>> | null = null;
  const load = async (): Promise<Outcome<LoadedIndex>> => {
    let json: unknown;
    try {
      json = await fetchJson(INDEX_PATH);
    } catch {
      return { ok: false, error: 'index-missing', message: 'The bundled index of reports is missing; rebuild the extension with npm run build.' };
    }
    // Report bodies stay in their shard files until an analysis needs them.
    return parseIndex(json, (shard) => fetchJson(indexFile(shardFileName(shard))));
  };
  return () => {
    loaded ??= load().then((outcome) => {
      if (!outcome.ok) loaded = null; // Let a later call try again rather than caching a failure.
      return outcome;
    });
    return loaded;
  };
}
