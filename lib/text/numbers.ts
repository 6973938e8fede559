// Numbers as words and digits: "five", "twenty-eight", "1,500", "2.5", "third".

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, a: 1, an: 1, single: 1,
  couple: 2, dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
};

/** Value of one number word or digit string, or null. "a"/"an" only count when the caller allows it. */
export function numberValue(word: string, allowArticle = false): number | null {
  const w = word.toLowerCase().replace(/,(?=\d{3}\b)/g, '');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (!allowArticle && (w === 'a' || w === 'an' || w === 'single' || w === 'couple')) return null;
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m) return TENS[m[1]] + UNITS[m[2]];
  return null;
}

export function scaleValue(word: string): number | null {
  return SCALES[word.toLowerCase()] ?? null;
}

export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w in ORDINALS) return ORDINALS[w];
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : null;
}

/** Durations in days, so "three years" and "36 months" compare. */
export const DURATION_DAYS: Record<string, number> = {
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25, decade: 3652.5, century: 36525,
};

/** Canonical unit of a unit word ("hours" -> "hour", "per cent" handled by caller), or null. */
export function durationUnit(word: string): string | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'centurie') return 'century';
  return w in DURATION_DAYS ? w : null;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i;
  return w.length >= 3 && w !== 'may' ? MONTHS.findIndex((m) => m.startsWith(w) && w.length >= 3 && (w.length === 3 || w === 'sept')) : -1;
}

/** Render a number without float noise: 1500, 2.5, 0.25. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
