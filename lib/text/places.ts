// Places: countries with their capitals, demonyms and seats of power, so "Dublin" and "Ireland",
// "the Kremlin" and "Russia", "U.S." and "United States" count as one place. General knowledge, not any one story:
// every country of world-countries (lib/language/countries.json), and below, what that dataset does not carry.
import data from '../language/countries.json';

/**
 * The earlier hand table, kept as an overlay: its keys win where both name a country (so keys stay what they were),
 * and it carries what the dataset lacks: short forms, seats of power and regions ("U.S.", "the Kremlin", "EU").
 */
const COUNTRIES: string[][] = [
  // key, then aliases (folded, periods removed; multi-word aliases use spaces)
  ['united states', 'us', 'usa', 'america', 'american', 'americans', 'washington', 'white house', 'pentagon', 'united states of america'],
  ['united kingdom', 'uk', 'britain', 'great britain', 'british', 'london', 'downing street', 'england', 'english'],
  ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'russian federation'],
  ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  ['ireland', 'irish', 'dublin'],
  ['france', 'french', 'paris', 'elysee'],
  ['germany', 'german', 'germans', 'berlin'],
  ['italy', 'italian', 'rome'],
  ['spain', 'spanish', 'madrid'],
  ['portugal', 'portuguese', 'lisbon'],
  ['belgium', 'belgian', 'brussels'],
  ['netherlands', 'dutch', 'amsterdam', 'the hague', 'holland'],
  ['poland', 'polish', 'warsaw'],
  ['czech republic', 'czechia', 'czech', 'prague'],
  ['austria', 'austrian', 'vienna'],
  ['switzerland', 'swiss', 'bern', 'geneva'],
  ['sweden', 'swedish', 'stockholm'],
  ['norway', 'norwegian', 'oslo'],
  ['denmark', 'danish', 'copenhagen'],
  ['finland', 'finnish', 'helsinki'],
  ['greece', 'greek', 'athens'],
  ['turkey', 'turkish', 'turkiye', 'ankara'],
  ['hungary', 'hungarian', 'budapest'],
  ['romania', 'romanian', 'bucharest'],
  ['belarus', 'belarusian', 'minsk'],
  ['china', 'chinese', 'beijing'],
  ['japan', 'japanese', 'tokyo'],
  ['india', 'indian', 'new delhi', 'delhi'],
  ['pakistan', 'pakistani', 'islamabad'],
  ['israel', 'israeli', 'israelis', 'jerusalem'],
  ['iran', 'iranian', 'tehran'],
  ['iraq', 'iraqi', 'baghdad'],
  ['syria', 'syrian', 'damascus'],
  ['saudi arabia', 'saudi', 'riyadh'],
  ['egypt', 'egyptian', 'cairo'],
  ['qatar', 'qatari', 'doha'],
  ['united arab emirates', 'uae', 'emirati', 'abu dhabi', 'dubai'],
  ['canada', 'canadian', 'ottawa'],
  ['mexico', 'mexican', 'mexico city'],
  ['brazil', 'brazilian', 'brasilia'],
  ['argentina', 'argentine', 'argentinian', 'buenos aires'],
  ['australia', 'australian', 'canberra'],
  ['south korea', 'south korean', 'seoul'],
  ['north korea', 'north korean', 'pyongyang'],
  ['south africa', 'south african', 'pretoria'],
  ['nigeria', 'nigerian', 'abuja'],
  ['kenya', 'kenyan', 'nairobi'],
  ['european union', 'eu'],
  ['europe', 'european', 'europeans'],
  ['africa', 'african', 'africans'],
  ['asia', 'asian', 'asians'],
  ['middle east', 'mideast'],
  ['united nations', 'un'],
];

const ALIAS = new Map<string, string>();
for (const [key, ...aliases] of COUNTRIES) {
  ALIAS.set(key, key);
  for (const a of aliases) ALIAS.set(a, key);
}
for (const names of data.countries as string[][]) {
  const key = names.map((n) => ALIAS.get(n)).find((k) => k !== undefined) ?? names[0]!;
  for (const n of names) if (!ALIAS.has(n)) ALIAS.set(n, key);
}

/** The country a folded word or phrase names, or null. */
export function placeOf(folded: string): string | null {
  return ALIAS.get(folded) ?? null;
}
