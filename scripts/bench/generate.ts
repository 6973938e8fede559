// Deterministic synthetic news corpus for the benchmark: stories of 2–8 reports that share and differ in names, places, numbers and quotes.
import { BACKGROUND, EVENTS, type EventType, FAMOUS, FIRST_NAMES, ORG_HEADS, ORG_TAILS, OUTLETS, PLACES, QUOTE_OPENERS, ROLES, SURNAMES, TOPIC_NOUNS, TOWNS, WEEKDAYS } from './vocabulary';

/** mulberry32: small, fast, and the same numbers on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const fmt = (n: number) => n.toLocaleString('en-US');

interface Person { first: string; last: string; role: string; org: string }

export interface Story {
  id: number;
  event: EventType;
  people: Person[];
  orgs: string[];
  town: string;
  place: string;
  topics: string[];
  day: string;
  numbers: number[];
  /** Story facts as functions of the report's (possibly differing) numbers and its naming of people. */
  facts: ((n: number[], who: (p: number) => string) => string)[];
  quotes: { speaker: number; text: string }[];
}

export interface GeneratedReport {
  id: string;
  story: number;
  title: string;
  /** Seed format: title line, blank line, one paragraph per line. */
  text: string;
  words: number;
}

function makeStory(r: Rng, id: number): Story {
  const event = pick(r, EVENTS);
  const orgs = [`${pick(r, ORG_HEADS)} ${pick(r, ORG_TAILS)}`, `${pick(r, ORG_HEADS)} ${pick(r, ORG_TAILS)}`];
  const people: Person[] = Array.from({ length: int(r, 3, 5) }, () => ({ first: pick(r, FIRST_NAMES), last: pick(r, SURNAMES), role: pick(r, ROLES), org: pick(r, orgs) }));
  // One story in four names one of the famous few: same names, different events.
  if (r() < 0.25) {
    const [first, last] = pick(r, FAMOUS).split(' ');
    people[int(r, 0, people.length - 1)] = { first, last, role: 'minister', org: orgs[0] };
  }
  const topics = [pick(r, TOPIC_NOUNS), pick(r, TOPIC_NOUNS), pick(r, TOPIC_NOUNS)];
  const town = pick(r, TOWNS), place = pick(r, PLACES), day = pick(r, WEEKDAYS);
  const numbers = [int(r, 3, 9000), int(r, 2, 400), int(r, 2, 72), int(r, 10, 950)];
  const [t0, t1, t2] = topics;
  const [n0, n1, n2] = event.nouns;
  const q = (k: number, n: number[]) => event.quantities[k % event.quantities.length].replace('{n}', fmt(n[k]));
  const facts: Story['facts'] = [
    (n, who) => `A ${n0} ${pick(r, event.verbs)} the ${t0} district of ${town} near ${place} on ${day}, and ${q(0, n)}, ${who(0)} said.`,
    (n, who) => `${cap(who(1))} said the ${t0} ${n1} had been under strain for ${fmt(n[2])} days before the ${n0}.`,
    (n) => `Figures released by the ${orgs[0]} showed that ${q(1, n)}.`,
    (n, who) => `${cap(who(2))} told reporters that ${q(2, n)} and that the ${t1} ${n2} would be reviewed.`,
    (n) => `The ${orgs[1]} said it had set aside ${fmt(n[3])} million dollars for the ${t1} ${n1} in ${town}.`,
    (_, who) => `${cap(who(0))} met ${who(1)} at the ${t2} ${n2} in ${town} late on ${day}.`,
    (n) => `About ${fmt(n[1])} residents of ${town} signed a petition about the ${t0} ${n0} within ${fmt(n[2])} hours.`,
    (_, who) => `${cap(who(people.length - 1))}, who oversees the ${t2} programme, said the ${orgs[1]} had not been consulted.`,
    () => `The ${n0} in ${town} was the most serious involving the ${t0} sector since the ${t2} ${n2} of a decade ago.`,
  ];
  const quotes = Array.from({ length: int(r, 2, 4) }, (_, k) => ({
    speaker: k % people.length,
    text: `${pick(r, QUOTE_OPENERS)} the ${pick(r, topics)} ${pick(r, event.nouns)} in ${town}, and we will say so to the ${pick(r, orgs)}`,
  }));
  return { id, event, people, orgs, town, place, topics, day, numbers, facts, quotes };
}

// Lower-case subjects after "The": a capitalised sentence opener would read as a name to the extractor.
const SUBJECTS = ['officials', 'residents', 'analysts', 'local businesses', 'lawmakers', 'campaigners', 'engineers', 'economists', 'teachers', 'doctors'];
const CLAIMS = ['the costs would be higher than first expected', 'the process had taken longer than planned', 'lessons from earlier cases had been ignored', 'the public deserved a clearer explanation', 'the response would be reviewed in the spring', 'funding for repairs remained uncertain', 'the rules had not been updated in years', 'staff shortages had made matters worse'];
const ENDINGS = ['in interviews this week', 'at a public meeting', 'in a written statement', 'on social media', 'during a briefing', 'in comments to the press'];

function filler(r: Rng, story: Story): string {
  if (r() < 0.5) return pick(r, BACKGROUND).replace('{day}', story.day);
  return `The ${pick(r, SUBJECTS)} said ${pick(r, ENDINGS)} that ${pick(r, CLAIMS)}.`;
}

function makeReport(r: Rng, story: Story, k: number, words: number): GeneratedReport {
  const named = new Set<number>();
  const who = (p: number) => {
    const x = story.people[p % story.people.length];
    if (named.has(p)) return x.last;
    named.add(p);
    return `${x.role} ${x.first} ${x.last} of the ${x.org}`;
  };
  // Reports differ: some numbers are reported differently, some facts and quotes left out, order shuffled.
  const numbers = story.numbers.map((n) => (r() < 0.12 ? Math.max(2, Math.round(n * (0.7 + r() * 0.6))) : n));
  const facts = [0, ...[1, 2, 3, 4, 5, 6, 7, 8].filter(() => r() < 0.65)];
  const sentences = facts.map((f) => story.facts[f](numbers, who));
  for (const q of story.quotes) if (r() < 0.7) sentences.splice(int(r, 1, sentences.length), 0, `“${q.text},” said ${who(q.speaker)}.`);
  const lead = sentences.slice(0, 3);
  const rest = sentences.slice(3);
  let count = [...lead, ...rest].join(' ').split(' ').length;
  while (count < words) {
    const s = filler(r, story);
    rest.splice(int(r, 0, rest.length), 0, s);
    count += s.split(' ').length;
  }
  const paragraphs: string[] = [];
  const all = [...lead, ...rest];
  for (let i = 0; i < all.length; ) {
    const n = int(r, 1, 3);
    paragraphs.push(all.slice(i, i + n).join(' '));
    i += n;
  }
  const [t0] = story.topics;
  const x = story.people[0];
  const title = pick(r, [
    `${cap(story.event.nouns[0])} hits ${t0} district of ${story.town} as ${x.last} urges calm`,
    `${x.first} ${x.last} says ${t0} ${story.event.nouns[1]} in ${story.town} will be reviewed`,
    `${story.town} ${t0} ${story.event.nouns[0]}: what we know so far`,
    `${story.orgs[0]} under pressure after ${story.event.nouns[0]} in ${story.town}`,
  ]);
  const outlet = pick(r, OUTLETS);
  const text = `${title}\n\n${paragraphs.join('\n\n')}\n\n${outlet}\n`;
  return { id: `s${String(story.id).padStart(6, '0')}_r${k}`, story: story.id, title, text, words: count };
}

export interface Corpus {
  reports: GeneratedReport[];
  /** Held-out reports of indexed stories: the benchmark's queries, never in the index. */
  queries: GeneratedReport[];
  /** Held-out 1,500-word reports of indexed stories. */
  long: GeneratedReport[];
}

export const DEFAULT_BENCH_SEED = 20240611;

/** About `size` reports (the caller adds the real seeds), plus `queries` held-out reports of stories spread over the corpus. */
export function generateCorpus(size: number, queries = 200, longPages = 40, seed = DEFAULT_BENCH_SEED): Corpus {
  const r = prng(seed ^ size);
  const reports: GeneratedReport[] = [];
  const stories: Story[] = [];
  while (reports.length < size) {
    const story = makeStory(r, stories.length);
    stories.push(story);
    const n = Math.min(int(r, 2, 8), size - reports.length);
    for (let k = 0; k < n; k++) reports.push(makeReport(r, story, k, int(r, 300, 1500)));
  }
  const multi = stories.filter((s) => reports.some((x) => x.story === s.id && x.id.endsWith('_r1')));
  const step = Math.max(1, Math.floor(multi.length / queries));
  const held: GeneratedReport[] = [];
  for (let i = 0; i < multi.length && held.length < queries; i += step) held.push(makeReport(r, multi[i], 9, int(r, 300, 1500)));
  // 1,500-word reports of indexed stories, for the full-analysis timing.
  const long: GeneratedReport[] = [];
  for (let i = Math.floor(step / 2); i < multi.length && long.length < longPages; i += step) long.push(makeReport(r, multi[i], 8, 1500));
  return { reports, queries: held, long };
}

/** A report as an HTML page with site chrome around it: what the extension reads. */
export function asPage(report: GeneratedReport): string {
  const [title, ...paras] = report.text.split('\n').filter((l) => l.trim());
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><title>${esc(title)}</title><meta property="og:site_name" content="Bench Daily"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(title)}</h1>${paras.slice(0, -1).map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© Bench Daily</footer></body></html>`;
}
