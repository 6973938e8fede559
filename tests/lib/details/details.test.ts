// Detail extraction on sentences nobody wrote for the seeds: what a reader would call the facts.
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../lib/details/extract';
import { nameKey, sameNameKey, sameSoundingName } from '../../../lib/text/names';
import { stem } from '../../../lib/text/words';

const details = (...sentences: string[]) => extractDetails({ sentences, outlet: null }).map((d) => `${d.kind}: ${d.text}`);

describe('quantities', () => {
  it.each([
    ['The five-hour meeting ended past midnight.', 'duration: five-hour meeting'],
    ['Fighting in the nearly four-year war has intensified.', 'duration: nearly four-year war'],
    ['They reviewed the 12-point plan on Monday.', 'number: 12-point plan'],
    ['The list was cut to 20 items, officials said.', 'number: 20 items'],
    ['Nearly four years of fighting have left cities in ruins.', 'duration: Nearly four years of fighting'],
    ['The strike killed 1.5 million fish, about 40% of the stock.', 'number: 1.5 million fish'],
    ['The dam was finished in February 2022, the ministry said.', 'date: February 2022'],
    ['Tens of thousands of people marched.', 'number: Tens of thousands of people'],
    ['The council will spend £4.2 million on the bridge.', 'number: £4.2 million'],
    ['Donors pledged 12 billion euros for reconstruction.', 'number: 12 billion euros'],
    ['The river rose after four days of torrential rain.', 'duration: four days of torrential rain'],
    ['Four of the injured were firefighters.', 'number: Four of the injured'],
    ['A 67-year-old resident said the sky was orange.', 'number: 67-year-old'],
    ['The warehouse passed a fire-safety inspection in November.', 'date: in November'],
    ['Temperatures reached 34C on Friday.', 'number: 34C'],
    ['The tins were made on 18 February.', 'date: 18 February'],
    ['The tins were made between 2 and 18 February.', 'date: 2 and 18 February'],
    ['The firm expects lower FY26 sales.', 'date: FY26'],
    ['The quake, measured at magnitude 6.0, struck the town.', 'number: magnitude 6.0'],
    ['The Mw 5.8 event was felt in Udine.', 'number: Mw 5.8'],
    ['The institute put the magnitude at 5.8 on Thursday.', 'number: magnitude at 5.8'],
    ['It was 93°F in the shade.', 'number: 93°F'],
    ['No one was hurt, the operator said.', 'number: No one was hurt'],
    ['There were no injuries.', 'number: no injuries'],
    ['All six were admitted to hospital, and none has died.', 'number: none has died'],
    ['Seven people were hurt, four of them firefighters.', 'number: four of them firefighters'],
  ])('%s -> %s', (sentence, expected) => {
    expect(details(sentence)).toContain(expected);
  });

  it('reads a figure after a name as part of the name ("Stage 1 formula"), not a count, but keeps counts at the start of a sentence and after it', () => {
    const d = details('Parents were told to check tins of Little Wattle Stage 1 baby formula and a Category 4 storm warning.');
    expect(d.filter((x) => x.startsWith('number'))).toEqual([]);
    expect(d).toContain('organisation: Category 4');
    expect(details('About 300 people fled the town.')).toContain('number: About 300 people');
    expect(details('The blast at Warehouse 7 injured 3 workers.')).toContain('number: 3 workers');
  });

  it('reads a day before its month, and a range of days, as the same dates as the month first ("2–18 February" / "Feb. 2 and Feb. 18")', () => {
    const keys = (s: string) => extractDetails({ sentences: [s], outlet: null }).filter((d) => d.kind === 'date').map((d) => d.key);
    expect(keys('Production dates are 2–18 February.')).toEqual(keys('The tins were made between Feb. 2 and Feb. 18.'));
    expect(keys('Production dates are 2–18 February.')).toHaveLength(2);
  });

  it('does not read a frequency ("five-yearly review") as a count or a span', () => {
    expect(details('The chute had its five-yearly safety review in June.').filter((d) => d.startsWith('number') || d.startsWith('duration'))).toEqual([]);
  });

  it('does not read a time counted back ("two years ago") as a span, but keeps a span that ends before something', () => {
    expect(details('An American firm refurbished its gates two years ago.').filter((d) => d.startsWith('duration'))).toEqual([]);
    expect(details('Crews fought the blaze for six hours before it was contained.')).toContain('duration: six hours');
  });

  it('counts "dozens of boxes" as boxes: a plural in "-es" is its noun', () => {
    expect(details('Stacks gave way, and dozens of boxes went over the side.')).toContain('number: dozens of boxes');
    expect(stem('boxes')).toBe(stem('box'));
    expect(stem('churches')).toBe(stem('church'));
  });

  it('does not read "one of the" as a count', () => {
    expect(details('It was one of the most direct attempts in months.').filter((d) => d.startsWith('number'))).toEqual([]);
  });
});

describe('names', () => {
  it('drops titles and sentence openers, keeps the name', () => {
    expect(details('Meanwhile, Foreign Minister Anna Lindqvist met Prime Minister Kenji Watanabe in Tokyo.')).toEqual(
      expect.arrayContaining(['person: Anna Lindqvist', 'person: Kenji Watanabe', 'place: Tokyo']),
    );
    expect(details('Speaking in Lagos, she said the deal was near.')).not.toContain('organisation: Speaking');
    expect(details('Opposition members argued that the money should go to buses.').filter((d) => !d.startsWith('claim'))).toEqual([]);
  });

  it('gives transliteration variants and later surname mentions one key', () => {
    const keys = (s: string[]) => extractDetails({ sentences: s, outlet: null }).filter((d) => d.kind === 'person').map((d) => d.key);
    expect(new Set(keys(['Volodymyr Zelenskyy spoke.', 'Zelensky left.', 'Later, Zelenskiy returned.']))).toEqual(new Set(['name:zelenski']));
    expect(keys(['Yury Ushakov said it.'])).toEqual(keys(['Yuri Ushakov said it.']));
  });

  it('keeps a middle initial in the name, and drops a title in short ("VP")', () => {
    expect(details('“We are ready,” said Daniel J. Whitcombe, Corvane’s VP of development.').filter((d) => !d.startsWith('claim') && !d.startsWith('quote'))).toEqual(['person: Daniel J. Whitcombe', 'organisation: Corvane']);
  });

  it('one person in two transliterations, a body with "and" in its name, a participle that ends a name', () => {
    expect(sameSoundingName(nameKey('Oleksandr Hrytsenko'), nameKey('Alexander Gritsenko'))).toBe(true);
    expect(sameSoundingName(nameKey('Oleksandr Hrytsenko'), nameKey('Alexander Grishin'))).toBe(false);
    expect(details('The Maritime and Coastguard Agency said so.')).toContain('organisation: Maritime and Coastguard Agency');
    expect(details('France and Germany agreed.').filter((d) => !d.startsWith('claim'))).toEqual(['place: France', 'place: Germany']);
    const run = details('It is run by Haldane Baltic Shipping, an Esbjerg-based Danish company.');
    expect(run).toContain('organisation: Esbjerg');
    expect(run).toContain('organisation: Haldane Baltic Shipping');
    expect(run.some((d) => d.includes('Danish'))).toBe(false);
  });

  it('"no other injuries" is no count of zero; "three of them carrying" counts nothing by itself', () => {
    expect(details('One seafarer was flown to hospital; no other injuries were reported.').filter((d) => d.startsWith('number'))).toEqual([]);
    expect(details('Salvors search for the boxes, three of them carrying hazardous goods.').filter((d) => d.startsWith('number'))).toEqual([]);
  });

  it('takes a familiar first name for the full one, but not another first name of the same family', () => {
    expect(sameNameKey(nameKey('Thanasis Mavridis'), nameKey('Athanasios Mavridis'))).toBe(true);
    expect(sameNameKey(nameKey('Maria Mavridis'), nameKey('Athanasios Mavridis'))).toBe(false);
    expect(sameNameKey(nameKey('Thanos Mavridis'), nameKey('Stathis Mavridis'))).toBe(false);
  });

  it('treats capitals and seats of power as their country', () => {
    const key = (s: string) => extractDetails({ sentences: [s], outlet: null }).find((d) => d.kind === 'place')?.key;
    expect(key('He spoke in Dublin on Monday.')).toBe(key('He was visiting Ireland.'));
    expect(key('The talks took place in the Kremlin.')).toBe(key('The talks were in Russia.'));
  });

  it('knows a place by what precedes it', () => {
    expect(details('Troops entered the city of Varnotsk on Monday.')).toContain('place: Varnotsk');
  });

  it('does not list the outlet itself as a detail', () => {
    expect(extractDetails({ sentences: ['As The Daily Ledger reported, Maria Ortiz won.'], outlet: 'The Daily Ledger' }).map((d) => d.text)).not.toContain('Daily Ledger');
  });
});

describe('quotes', () => {
  it('finds the quote and the person whose speech verb it hangs on', () => {
    const q = extractDetails({ sentences: ['Chief negotiator Lena Park described the round with envoy Tom Hale as “useful but slow.”'], outlet: null }).find((d) => d.kind === 'quote');
    expect(q).toMatchObject({ text: 'useful but slow', speaker: 'Lena Park' });
  });
});

describe('markup and code in page text', () => {
  it('never become facts: no number "2</script", no quote "window.__pwned=1", no listed sentence', async () => {
    const { extractDetails, looksLikeCode } = await import('../../../lib/details/extract');
    const { makeSide } = await import('../../../lib/compare/side');
    const { alignDetails } = await import('../../../lib/compare/align');
    const hostile = 'Readers wrote <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> in the comments, 40 of them.';
    expect(looksLikeCode(hostile)).toBe(true);
    expect(looksLikeCode('The minister said the plan, worth £4.2m, would be ready by 2027 (or sooner).')).toBe(false);
    expect(extractDetails({ sentences: [hostile], outlet: null })).toEqual([]);
    const other = { title: 'x', outlet: null, sentences: ['The council met on Tuesday.'] };
    const r = alignDetails(makeSide('a', { title: 't', outlet: null, sentences: [hostile, 'The council met on Tuesday.'] }), makeSide('b', other));
    expect(r.omitted).toEqual([]);
  });
});

describe('who speaks, across sentences', () => {
  const quotes = (...sentences: string[]) => extractDetails({ sentences, outlet: null }).filter((d) => d.kind === 'quote').map((d) => `${d.speaker}: ${d.text.slice(0, 24)}`);

  it('a quote over two sentences takes the speaker named where it closes', () => {
    expect(quotes('The harbourmaster, Inspector Maria Olsen, has asked for a report.', '“No ship should wait this long for a tug.', 'I want to know who decided to wait,” she said.')).toEqual([
      'Maria Olsen: No ship should wait this',
      'Maria Olsen: I want to know who decid',
    ]);
  });

  it('a quote alone in its sentence, after a quote of a named speaker, is that speaker\'s', () => {
    expect(quotes('“We were lucky,” said Tomas Berg, the skipper.', '“The engine had been serviced a week earlier.”')).toEqual(['Tomas Berg: We were lucky', 'Tomas Berg: The engine had been serv']);
  });

  it('a quote that goes on into the next sentence keeps its speaker there, and "us" in it is no country', () => {
    const q = extractDetails({ sentences: ['Dana Hollis, the firm\'s chief, spoke on Friday.', '“We are sorry,” she said.', '“Parents trusted us.', 'We will find out what happened.”'], outlet: null }).filter((d) => d.kind === 'quote');
    expect(q.map((d) => d.speaker)).toEqual(['Dana Hollis', 'Dana Hollis', 'Dana Hollis']);
    expect(q[1]!.stems.join(' ')).not.toContain('united states');
  });

  it('a noun for a kind of person before a name is a title, not part of the name', () => {
    expect(details('The fire was contained, according to Commissioner Ilse Varga.')).toContain('person: Ilse Varga');
    expect(details('The checks were ordered by Inspector Paul Renner on Friday.')).toContain('person: Paul Renner');
    // A name that is also a noun, or a place word, stays whole.
    expect(details('Officials of the European Union met in Brussels.').some((d) => d.endsWith(': European Union'))).toBe(true);
  });
});

describe('lists of places', () => {
  const kinds = (s: string) => extractDetails({ sentences: [s], outlet: null }).filter((d) => ['person', 'place', 'organisation'].includes(d.kind)).map((d) => `${d.kind}: ${d.text}`);
  it('names listed after a place are places; a person after ", and" stays a person', () => {
    expect(kinds('Some 300 residents of Nova Brda, Selce, Gornja Vas and Lipnik left their homes.')).toEqual(['place: Nova Brda', 'place: Selce', 'place: Gornja Vas', 'place: Lipnik']);
    expect(kinds('He met Emmanuel Macron in Paris, and Olaf Scholz later.')).toContain('person: Olaf Scholz');
  });
});

describe('waters', () => {
  it('a name before a noun of water, or a noun of water before "of", is a place (WordNet)', () => {
    expect(details('The ship reached Immingham on the Humber estuary on Monday.')).toContain('place: Humber');
    expect(details('It was bound for Grangemouth, on the Firth of Forth.')).toContain('place: Firth of Forth');
    expect(details('The design PUE of 1.2 was approved.')).not.toContain('place: PUE');
  });
});

describe('first names that are also words', () => {
  const kinds = (s: string) => extractDetails({ sentences: [s], outlet: null }).filter((d) => ['person', 'place', 'organisation'].includes(d.kind)).map((d) => `${d.kind}: ${d.text}`);
  it('keep "John" and "Mark" in the name, at the start of a sentence and inside it; a river named by what follows is a place', () => {
    expect(kinds('John Smith, a resident of the town, said so.')).toEqual(['person: John Smith']);
    expect(kinds('Officials said Mark Rutte had left.')).toEqual(['person: Mark Rutte']);
    expect(kinds('Diesel spilled into the Wend, a river popular with anglers.')).toEqual(['place: Wend']);
  });
});
