// Plain-text articles: the seeds, articles of our own with chrome the seeds do not have, and bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleFromText } from '../../../lib/extract/text';
import type { Article } from '../../../lib/report';

const SEEDS_DIR = join(__dirname, '../../../seeds');

function read(text: string): Article {
  const outcome = readArticleFromText(text);
  if (!outcome.ok) throw new Error(`${outcome.error}: ${outcome.message}`);
  return outcome.value;
}

const seed = (id: string) => read(readFileSync(join(SEEDS_DIR, `${id}.txt`), 'utf8'));

/** No sentence is, contains or starts with any of these. */
function expectNoneOf(article: Article, chrome: (string | RegExp)[]) {
  const found = article.sentences.filter((s) => chrome.some((c) => (typeof c === 'string' ? s.includes(c) : c.test(s))));
  expect(found).toEqual([]);
}

describe('seeds', () => {
  it('000: headline under a section label, boilerplate and subheadings left out', () => {
    const a = seed('000_37c16314ec8f45df');
    expect(a.title).toBe('Putin–Trump Envoys Hold “Constructive” Five-Hour Kremlin Talks but Territorial Rift Persists');
    expect(a.outlet).toBeNull();
    expect(a.sentences[0]).toMatch(/^Russian and US negotiators described Kremlin discussions/);
    expect(a.sentences.at(-1)).toMatch(/^Meanwhile, Zelensky continues diplomatic tours/);
    expectNoneOf(a, [/^World$/, /^More$/, 'Related Articles', 'Bir yanıt yazın', 'Başa dön', 'Breaking News']);
    // Subheadings are signposts, not reporting.
    expectNoneOf(a, ['Talks positive but still far from resolution', 'Kremlin: No compromise yet on territory', 'European leaders accused of obstructing the process']);
  });

  it('001: names its outlet; the attribution note and the "Read more" promo are not sentences', () => {
    const a = seed('001_9a3a1d6131fd7a65');
    expect(a.title).toBe('No Ukraine Breakthrough as Putin Holds Five-Hour Talks With Trump Envoys');
    expect(a.outlet).toBe('The Gaze');
    expectNoneOf(a, ['The Gaze reports this', /^Read more on/]);
    // A sentence that mentions the outlet inside reporting stays.
    expect(a.sentences.at(-1)).toMatch(/^As The Gaze reported earlier, negotiations between U\.S\. and Ukrainian officials in Florida/);
  });

  it('002: no headline, so the title is the dek, which is a sentence exactly once; the disclaimer block is gone', () => {
    const a = seed('002_41707d50bf3e4a01');
    const dek = 'The Kremlin says discussions were exhaustive but produced no agreement on core territorial questions at the heart of the nearly three-year war.';
    expect(a.dek).toBe(dek);
    expect(dek.startsWith(a.title.replace(/…$/, ''))).toBe(true);
    expect(a.sentences.filter((s) => s === dek)).toHaveLength(1);
    expect(a.outlet).toBe('JournosNews.com');
    expect(a.sentences.at(-1)).toBe('Neither expects quick results.');
    expectNoneOf(a, ['rewritten by', 'do not necessarily reflect', 'editorial independence', 'Stay informed with', 'Follow us on', 'Google News']);
    expectNoneOf(a, ['Putin Pushes Back on Key U.S. Ideas', 'Territorial Questions Remain the Core Obstacle', 'A War With No Quick Diplomatic Path']);
  });

  it('003: headline and a standfirst without closing punctuation; the standfirst is read once', () => {
    const a = seed('003_dba6870402cb91d6');
    expect(a.title).toBe('Kremlin Calls Moscow Talks with U.S. Envoy “Useful” as No Breakthrough Reached on Ukraine Peace Plan');
    expect(a.dek).toMatch(/^Five-hour meeting between Russian President and U\.S\. envoys ends without agreement/);
    expect(a.sentences.filter((s) => s === a.dek)).toHaveLength(1);
    expect(a.outlet).toBeNull();
    expect(a.sentences.at(-1)).toMatch(/^For now, the prospect of a negotiated settlement remains distant/);
  });

  it('004: no headline and no dek line, so the title is the first sentence, read once as a sentence', () => {
    const a = seed('004_d06facaa95ba2ed8');
    const first = a.sentences[0];
    expect(first).toMatch(/^Talks between the United States and Russia on ending the nearly four-year war in Ukraine/);
    expect(first.startsWith(a.title.replace(/…$/, ''))).toBe(true);
    expect(a.sentences.filter((s) => s === first)).toHaveLength(1);
    expect(a.outlet).toBeNull();
    expect(a.lang).toBe('en');
  });

  it('every seed reads as English with at least ten sentences, none of them the title', () => {
    for (const id of ['000_37c16314ec8f45df', '001_9a3a1d6131fd7a65', '003_dba6870402cb91d6']) {
      const a = seed(id);
      expect(a.lang).toBe('en');
      expect(a.sentences.length).toBeGreaterThanOrEqual(10);
      expect(a.sentences).not.toContain(a.title);
    }
  });
});

/** Articles nobody here had seen while writing the rules, with chrome in other forms and languages. */
describe('unseen chrome', () => {
  it('English: share bar, newsletter box, advertisement, copyright line and tags around the story', () => {
    const a = read(`Local
Share this story
City Council Approves Budget for New Flood Barriers Along the River
The council voted 7 to 2 on Tuesday night to spend $48 million on flood barriers after two years of debate.
Advertisement
The barriers will run for three miles along the east bank, where floods damaged more than 300 homes in 2022. Construction is expected to start in the spring and last about eighteen months, the city engineer said.
Council member Rosa Diaz, who voted against the plan, said the money would be better spent on buying out homes in the lowest-lying streets. "We are building a wall around the problem," she said.
Sign up for our newsletter
Get the day's top stories delivered to your inbox every morning.
Mayor Tom Becker called the vote a turning point and said federal grants could cover up to a third of the cost. The city will hold public hearings on the route in March.
© 2024 Riverside Daily. All rights reserved.
Tags: Flooding, City Council, Budget`);
    expect(a.title).toBe('City Council Approves Budget for New Flood Barriers Along the River');
    expect(a.sentences[0]).toMatch(/^The council voted 7 to 2 on Tuesday night/);
    expect(a.sentences.at(-1)).toBe('The city will hold public hearings on the route in March.');
    expect(a.outlet).toBe('Riverside Daily');
    expectNoneOf(a, ['Share this story', 'Advertisement', 'Sign up for our newsletter', 'All rights reserved', /^Tags/, /^Local$/]);
  });

  it('French: comment prompt, "Lire aussi" link and share label', () => {
    const a = read(`Économie
La Banque centrale européenne maintient ses taux directeurs inchangés
Partager
La Banque centrale européenne a décidé jeudi de laisser ses taux directeurs inchangés, pour la troisième réunion consécutive, malgré le ralentissement de l'inflation dans la zone euro.
Lire aussi : Inflation : les prix alimentaires reculent pour la première fois depuis deux ans
La présidente de l'institution, Christine Lagarde, a expliqué que le conseil des gouverneurs voulait disposer de davantage de données avant de commencer à baisser le coût du crédit. Les marchés, qui anticipaient une baisse au printemps, ont accueilli la décision avec prudence.
Selon les économistes interrogés par l'agence, une première baisse pourrait intervenir en juin si les salaires ralentissent comme prévu. La croissance de la zone euro reste faible et plusieurs pays sont proches de la récession.
Laisser un commentaire`);
    expect(a.title).toBe('La Banque centrale européenne maintient ses taux directeurs inchangés');
    expect(a.lang).toBe('fr');
    expect(a.sentences.at(-1)).toBe('La croissance de la zone euro reste faible et plusieurs pays sont proches de la récession.');
    expectNoneOf(a, ['Partager', 'Lire aussi', 'Laisser un commentaire', /^Économie$/]);
  });

  it('German: "Lesen Sie auch", newsletter call and comment prompt', () => {
    const a = read(`Bahn kündigt neue Verbindungen zwischen Berlin und Prag an
Die Deutsche Bahn will ab Dezember stündlich Züge zwischen Berlin und Prag fahren lassen. Die Fahrzeit soll sich dadurch um fast eine Stunde verkürzen, teilte das Unternehmen am Montag mit.
Lesen Sie auch: Streik bei der Bahn – was Fahrgäste jetzt wissen müssen
Möglich wird das durch neue Züge, die auf beiden Netzen fahren können. Die tschechische Staatsbahn beteiligt sich an den Kosten, die nach Angaben der Bahn bei rund 60 Millionen Euro liegen.
Jetzt Newsletter abonnieren und keine Nachricht mehr verpassen.
Fahrgastverbände begrüßten die Pläne, forderten aber auch mehr Verbindungen in die Grenzregionen. Dort sei das Angebot seit Jahren schlecht, sagte ein Sprecher des Verbands.
Kommentar schreiben`);
    expect(a.lang).toBe('de');
    expect(a.sentences.at(-1)).toBe('Dort sei das Angebot seit Jahren schlecht, sagte ein Sprecher des Verbands.');
    expectNoneOf(a, ['Lesen Sie auch', 'Newsletter', 'Kommentar schreiben']);
  });

  it('Spanish: share label, related stories and an author note at the end', () => {
    const a = read(`Compartir
El Gobierno aprueba un plan para reducir las listas de espera en la sanidad pública
El Consejo de Ministros aprobó este martes un plan de 500 millones de euros para reducir las listas de espera quirúrgicas, que en algunas comunidades superan los seis meses.
El plan prevé contratar a más de 2.000 profesionales y abrir los quirófanos por la tarde en los hospitales con más retrasos. La ministra de Sanidad dijo que el objetivo es que ningún paciente espere más de 90 días para una operación.
Las comunidades autónomas, que gestionan los hospitales, recibirán los fondos en función del número de pacientes en espera. Varias de ellas ya han pedido que el reparto se revise cada año.
Noticias relacionadas
Lucía Fernández es periodista especializada en salud y colaboradora de este diario.`);
    expect(a.title).toBe('El Gobierno aprueba un plan para reducir las listas de espera en la sanidad pública');
    expect(a.lang).toBe('es');
    expect(a.sentences.at(-1)).toBe('Varias de ellas ya han pedido que el reparto se revise cada año.');
    expectNoneOf(a, ['Compartir', 'Noticias relacionadas', 'es periodista']);
  });

  it('English wire story: photo credit first, contributor line and author bio last', () => {
    const a = read(`Storm Cuts Power to 200,000 Homes Across the Northeast
Utility crews work on downed lines in Albany, New York, on Sunday. (Hans Pennink/AP Photo)
A powerful storm knocked out electricity to more than 200,000 homes and businesses across the Northeast on Sunday, toppling trees and flooding roads from Pennsylvania to Maine.
Wind gusts reached 70 miles per hour along the coast, the National Weather Service said, and more than four inches of rain fell in parts of Vermont. At least two people were killed by falling trees.
Utilities said most customers should have power back by Tuesday, although some rural areas could wait longer. Schools in several districts announced closures for Monday.
Governor Kathy Hochul declared a state of emergency in 12 counties and said the National Guard was on standby.
Maria Lopez in Boston and Sam Chen in Portland contributed reporting.
Jane Miller is a staff writer who covers weather and climate.`);
    expect(a.sentences[0]).toMatch(/^A powerful storm knocked out electricity/);
    expect(a.sentences.at(-1)).toBe('Governor Kathy Hochul declared a state of emergency in 12 counties and said the National Guard was on standby.');
    expectNoneOf(a, ['AP Photo', 'contributed reporting', 'staff writer']);
  });

  it('a closing paragraph about a person in the news is reporting, not an author bio', () => {
    const a = read(`Minister Resigns Over Housing Scandal
The housing minister resigned on Friday after reports that his department had ignored warnings about unsafe flats for three years.
In a letter to the prime minister, he said he took full responsibility but denied knowing about the warnings. Opposition parties called for a public inquiry into the department.
The prime minister accepted the resignation and said a new minister would be named next week. Tenants' groups said the change would mean little without new money for repairs.
Peter Hall is the third minister to leave the government this year.`);
    expect(a.sentences.at(-1)).toBe('Peter Hall is the third minister to leave the government this year.');
  });
});

describe('bad input', () => {
  const error = (text: string) => {
    const outcome = readArticleFromText(text);
    return outcome.ok ? 'ok' : outcome.error;
  };

  it('an empty file or one of only whitespace is empty', () => {
    expect(error('')).toBe('empty');
    expect(error(' \n\t\r\n\u00A0\u3000\n')).toBe('empty');
    expect(error('\uFEFF')).toBe('empty');
  });

  it('binary data is unreadable, with a message a reader understands', () => {
    const outcome = readArticleFromText('PK\u0003\u0004\u0000\u0000\u0008\u0000lorem\u0000ipsum'.repeat(50));
    expect(outcome).toMatchObject({ ok: false, error: 'unreadable' });
    if (!outcome.ok) expect(outcome.message).toMatch(/^[A-Z].*\.$/);
  });

  it('a home page of headlines is not an article', () => {
    const headlines = Array.from({ length: 40 }, (_, i) => `Story number ${i + 1} about the council, the weather and the match`).join('\n');
    expect(error(`Riverside Daily\nHome\nNews\nSport\n${headlines}`)).toBe('not-article');
  });

  it('a paywall stub is not an article', () => {
    expect(error(`Inside the Deal That Saved the Steel Plant
The agreement came together in a hotel room at 3 a.m., after two days of talks. Few people expected it to hold.
Subscribe to continue reading`)).toBe('not-article');
  });

  it('a page of only navigation is not an article', () => {
    expect(error('Home\nNews\nWorld\nBusiness\nSport\nMenu\nSearch\nSign in\nSubscribe\nBack to top')).toBe('not-article');
  });

  it('control characters, odd whitespace, emoji and right-to-left text are read, not thrown on', () => {
    const body = Array.from({ length: 6 }, (_, i) =>
      `Paragraph\u0007 ${i} of the report 🎉 said\u200B the\u2028 minister\u00A0met \u202Eofficials\u202C on Tuesday, and the talks went on for hours.`).join('\n');
    const a = read(`A Headline With Emoji 🚀 and Odd Spaces\n${body}`);
    expect(a.title).toBe('A Headline With Emoji 🚀 and Odd Spaces');
    expect(a.sentences.join(' ')).toContain('🎉');
    expect(a.sentences.join(' ')).not.toMatch(/[\u0007]/);

    const arabic = Array.from({ length: 8 }, () => 'قال الوزير إن المحادثات كانت مفيدة وبناءة، لكن العمل لا يزال كثيرا.').join('\n');
    const r = read(`محادثات في موسكو دون اتفاق\n${arabic}`);
    expect(r.title).toBe('محادثات في موسكو دون اتفاق');
    expect(r.lang).toBe('und');
  });

  it('never throws on arbitrary text, and always answers with an article or a readable error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(fc.constantFrom('\n', '\r\n', '\u0000', '\t', '\u2029', '.'), { maxLength: 5 }), (text, noise) => {
        const outcome = readArticleFromText(noise.join(text) + text);
        if (outcome.ok) expect(outcome.value.sentences.length).toBeGreaterThan(0);
        else expect(outcome.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
