// Conflicts a reader would expect between two reports that tell one fact in different words: the counted noun is a
// kind of the other's ("vehicles"/"carriages", "people"/"villagers"), the time span says "a week", the moment is told
// in other words. And the guards that keep two different facts apart. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { alignDetails } from '../../../lib/compare/align';
import { makeSide } from '../../../lib/compare/side';
import { extractDetails } from '../../../lib/details/extract';
import { nounsAgree } from '../../../lib/language/nouns';
import { stem } from '../../../lib/text/words';

const side = (id: string, ...sentences: string[]) => makeSide(id, { title: sentences[0]!, outlet: null, sentences });
/** The new anchors of each sentence report b adds to report a. */
const listed = (a: string[], b: string[]) => alignDetails(side('a', ...a), side('b', ...b)).added.map((x) => x.anchors);
const conflicts = (a: string[], b: string[]) =>
  alignDetails(side('a', ...a), side('b', ...b)).conflicts.map((c) => `${c.current} / ${c.other}`);
/** Everything one report of one sentence lists against another: added and left-out anchors, conflicts. */
const compared = (a: string, b: string) => {
  const r = alignDetails(side('a', a), side('b', b));
  return { added: r.added.map((x) => x.anchors), omitted: r.omitted.map((x) => x.anchors), conflicts: r.conflicts.map((c) => `${c.current} / ${c.other}`) };
};

describe('nouns that count the same things (WordNet)', () => {
  it.each([
    ['carriages', 'vehicles', true],
    ['villagers', 'people', true],
    ['houses', 'homes', true],
    ['carriages', 'villages', false],
    ['people', 'tonnes', false],
    ['euros', 'dollars', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(nounsAgree(stem(a), stem(b))).toBe(same);
  });
});

describe('conflicts across wordings', () => {
  it('a count of a noun and of a kind it belongs to', () => {
    expect(conflicts(['Nine carriages of the tram overturned near the depot.'], ['Eleven vehicles overturned near the depot, police said.'])).toEqual(['Nine carriages / Eleven vehicles']);
  });

  it('people and villagers moved out', () => {
    expect(conflicts(['Some 600 villagers were moved out of their homes.'], ['About 900 people left their homes overnight.'])).toEqual(['Some 600 villagers / About 900 people']);
  });

  it('"closed for a week" against "shut for five days"', () => {
    expect(extractDetails({ sentences: ['The road will be closed for a week.'], outlet: null }).map((d) => `${d.kind}: ${d.text}`)).toContain('duration: a week');
    expect(conflicts(['The bridge will stay shut for five days while it is repaired.'], ['The bridge is expected to be closed for a week for repairs, the council said.'])).toEqual(['five days / a week']);
  });

  it('a span in other words of the same thing: the fire and the blaze', () => {
    expect(conflicts(['Crews fought the blaze for three hours.'], ['It took five hours to put the fire out.'])).toEqual(['three hours / five hours']);
  });

  it('two clock times of one moment told in other words, among other times', () => {
    const a = ['The ferry lost power at about 9.20pm, when its engine room alarm sounded and the lights went out.'];
    const b = ['The crew raised the alarm at 8.05pm.', 'At 10.10pm the engine room alarm sounded and the lights failed on the ferry.', 'Tugs reached it at 11.30pm.'];
    expect(conflicts(a, b)).toEqual(['about 9.20pm / At 10.10pm']);
  });

  it('keeps different facts apart: a count of carriages is not a count of villages; a clock time of another moment is not a rival', () => {
    expect(conflicts(['Nine carriages overturned near the village.'], ['Eleven villages lost power near the line.'])).toEqual([]);
    expect(conflicts(['The ferry left port at 7.15am with 300 passengers.'], ['Rescue boats were launched at 9.40pm.', 'Tugs reached the stricken ferry at 11.30pm.'])).toEqual([]);
    // Ten times apart is two facts, whatever the nouns.
    expect(conflicts(['Some 60 firefighters attended.'], ['About 900 people left their homes.'])).toEqual([]);
  });
});

describe('a sentence tied to the other report by a measured value', () => {
  const sentences = (a: string[], b: string[]) => alignDetails(side('a', ...a), side('b', ...b)).added.map((x) => x.sentence);

  it('is not listed for its wording alone when its measures meet the other report\'s ("45 m by 15 m" / "150ft long and 50ft wide")', () => {
    const a = ['Within an hour the torrent had torn out a slab about 150ft long and 50ft wide beside the road.'];
    const b = ['A section measuring approximately 45 m by 15 m was removed as flow scoured the unlined abutment slope.'];
    expect(sentences(a, b)).toEqual([]);
  });

  it('is listed when a value of it is new', () => {
    const a = ['Within an hour the torrent had torn out a slab about 150ft long beside the road.'];
    const b = ['A section measuring approximately 45 m by 15 m was removed, and 300 m of road was closed.'];
    expect(sentences(a, b)).toHaveLength(1);
  });

  it('power in other units is one value: "210-megawatt" / "210 MW", and "MW" is no name', () => {
    const d = extractDetails({ sentences: ['It took the 210 MW power station offline.'], outlet: null });
    expect(d.map((x) => `${x.kind}: ${x.text}`)).toEqual(expect.arrayContaining(['number: 210 MW']));
    expect(d.some((x) => x.kind === 'organisation' || x.kind === 'person')).toBe(false);
    expect(sentences(['The 210-megawatt power station at the foot of the dam was shut down.'], ['The owner took the 210 MW power station offline as a precaution.'])).toEqual([]);
  });
});

describe('times near midnight', () => {

  it('"at 11.40pm" and "just before midnight" are one time; "at 9.15pm" contradicts it', () => {
    expect(listed(['The alarm went off just before midnight at the depot.'], ['The alarm went off at 11.40pm at the depot, the log shows.'])).toEqual([]);
    expect(conflicts(['The alarm went off just before midnight at the depot.'], ['The alarm went off at 11.40pm at the depot, the log shows.'])).toEqual([]);
    expect(conflicts(['The alarm went off just before midnight at the depot.'], ['The alarm went off at 9.15pm at the depot, the log shows.'])).toEqual(['just before midnight / at 9.15pm']);
  });

  it('"shortly after midnight" is carried by "past midnight"', () => {
    expect(listed(['The talks ended past midnight in Geneva.'], ['The talks ended shortly after midnight in Geneva.'])).toEqual([]);
  });
});

describe('an organisation named only by what it is', () => {

  it('"Hellenic Navy divers" is carried by "navy divers", not by a report naming another navy', () => {
    expect(listed(['Overnight, navy divers searched the wreck for the missing crew.'], ['Hellenic Navy divers searched the wreck overnight for the missing crew.'])).toEqual([]);
    expect(listed(['Navy divers searched the wreck overnight for the missing crew.'], ['Hellenic Navy divers searched the wreck overnight for the missing crew.'])).toEqual([]);
    expect(listed(['Overnight, Royal Navy divers searched the wreck for the missing crew.'], ['Hellenic Navy divers searched the wreck overnight for the missing crew.'])).toEqual([['Hellenic Navy']]);
  });
});

describe('a count of part of a group', () => {
  it('never contradicts the count of the whole, and meets the same part told otherwise', () => {
    expect(conflicts(['Nine people were injured in the blast.', 'Four of the injured were firefighters.'], ['Nine people were injured in the blast.'])).toEqual([]);
    const r = alignDetails(side('a', 'Seven people were hurt in the blast.', 'Four of the injured were firefighters.'), side('b', 'Seven people were hurt in the blast, four of them firefighters.'));
    expect(r.omitted).toEqual([]);
    const s = alignDetails(side('a', 'Seven people were hurt in the blast.', 'Four of the injured were firefighters.'), side('b', 'Seven people were hurt in the blast.'));
    expect(s.omitted.map((x) => x.anchors)).toEqual([['Four of the injured']]);
  });
});

describe('nobody hurt, and temperatures in other scales', () => {

  it('"No one was hurt" is carried by "There were no injuries", new against a report that does not say, and contradicted by seven hurt', () => {
    expect(listed(['The tram left the rails near the depot.', 'There were no injuries.'], ['The tram left the rails near the depot.', 'No one was hurt.'])).toEqual([]);
    expect(listed(['The tram left the rails near the depot.'], ['The tram left the rails near the depot.', 'No one was hurt.'])).toEqual([['No one was hurt']]);
    expect(conflicts(['The tram left the rails near the depot.', 'No one was hurt.'], ['The tram left the rails near the depot.', 'Seven people were hurt.'])).toEqual(['No one was hurt / Seven people']);
    // Not a rival of a count of anything else.
    expect(conflicts(['Nobody was injured.'], ['The 210 MW plant was taken offline as a precaution.'])).toEqual([]);
  });

  it('34C and 93F are one temperature; 25C is another', () => {
    expect(listed(['The track buckled after temperatures reached 34C.'], ['The track buckled after the air reached 93F.'])).toEqual([]);
    expect(conflicts(['The track buckled after temperatures reached 34C.'], ['The track buckled after temperatures reached 25C.'])).toEqual(['34C / 25C']);
  });
});

describe('dates', () => {

  it('a month alone is news the other report lacks, and is carried by a date in that month', () => {
    expect(listed(['The warehouse had passed its last fire-safety inspection.'], ['The warehouse had passed its last fire-safety inspection in November.'])).toEqual([['in November']]);
    expect(listed(['The warehouse passed a fire-safety inspection on November 12.'], ['The warehouse passed a fire-safety inspection in November.'])).toEqual([]);
    expect(listed(['You may go home, the officer said.'], ['You may go home, the officer said.'])).toEqual([]);
  });
});

describe('compounds', () => {
  it('"a minute-by-minute account" meets "minute by minute"', () => {
    const r = alignDetails(side('a', 'The mayor of the port city spoke to reporters on Friday.', '“I want a minute-by-minute account,” he said.'), side('b', 'The mayor of the port city spoke to reporters on Friday.', 'He said he wanted to know what happened minute by minute.'));
    expect(r.omitted).toEqual([]);
  });
});

describe('wire datelines', () => {
  it('the filing date of a dateline is not news; a date in the text is', () => {
    expect(listed(['Police evacuated about 400 people from two villages near the dam on Sunday.'], ['LARISA, Greece, Nov 22 (Wire Press) - Police evacuated about 400 people from two villages near the dam on Sunday.'])).toEqual([]);
    expect(listed(['Police evacuated about 400 people from two villages near the dam on Sunday.'], ['Police evacuated about 400 people from two villages near the dam on Sunday, Nov 22.'])).toEqual([['Nov 22']]);
  });
});

describe('ages', () => {
  it('are one value in any form, a conflict only for the same person, and never a span of years', () => {
    expect(listed(['“It was terrifying,” said Mariana Kostova, 67, who lives nearby.'], ['A 67-year-old resident, Mariana Kostova, said it was terrifying.'])).toEqual([]);
    expect(conflicts(['“It was terrifying,” said Mariana Kostova, 67, who lives nearby.'], ['A 69-year-old resident, Mariana Kostova, said it was terrifying.'])).toEqual(['67 / 69-year-old']);
    expect(conflicts(['“It was terrifying,” said Mariana Kostova, 67, who lives nearby.'], ['“We ran,” said Petar Ivanov, 71, a fisherman.'])).toEqual([]);
    expect(conflicts(['The 70-year-old bridge was closed.'], ['The bridge, in service for 60 years, was closed.'])).toEqual([]);
  });
});

describe('shares in words', () => {
  it('"two-thirds of the town" is about 66%; "half a million" is 500,000; "the second half of the year" is no share', () => {
    expect(listed(['Floodwater covered 66% of the town by Monday.'], ['Floodwater covered two-thirds of the town by Monday.'])).toEqual([]);
    expect(listed(['Some 500,000 people fled the region.'], ['Nearly half a million people fled the region.'])).toEqual([]);
    expect(extractDetails({ sentences: ['Work resumes in the second half of the year.'], outlet: null }).filter((d) => d.kind === 'number')).toEqual([]);
  });
});

describe('two values both given by one report', () => {
  it('are no contradiction of a report that gives one of them: the other is simply new', () => {
    const a = ['The union said the first engine took 35 minutes to reach the warehouse.', 'The fire chief said his first crew reached the port gate 14 minutes after the call.'];
    const b = ['The fire chief said his first crew reached the port gate 14 minutes after the call.'];
    expect(conflicts(a, b)).toEqual([]);
    expect(alignDetails(side('a', ...a), side('b', ...b)).omitted.map((x) => x.anchors)).toEqual([['35 minutes']]);
    // With only the union's figure, fourteen against thirty-five is a contradiction.
    expect(conflicts([a[0]!], ['The union said the first engine took 14 minutes to reach the warehouse.'])).toEqual(['35 minutes / 14 minutes']);
  });
});

describe('times of day in words', () => {
  it('"by lunchtime" is no rival of "11.40pm" (hours apart), and meets "shortly after noon"', () => {
    expect(conflicts(['Residents were allowed home by lunchtime.'], ['The alarm was raised at 11.40pm.'])).toEqual([]);
    expect(conflicts(['Residents were allowed home by lunchtime.'], ['Residents were allowed back shortly after noon.'])).toEqual([]);
    expect(conflicts(['The train derailed at 6.15am near the village.'], ['The train derailed at about 7am near the village.'])).toEqual(['at 6.15am / about 7am']);
  });
});

describe('the cause not known', () => {
  it('is one fact in any wording, and news against a report that does not say it', () => {
    const fire = 'A fire destroyed a warehouse at the port on Tuesday night.';
    expect(listed([fire, 'It was not yet clear what had started the fire.'], [fire, 'The cause of the fire has not been established.'])).toEqual([]);
    expect(listed([fire, 'Investigators are looking at a charging point as a possible source of the fire.'], [fire, 'The cause of the fire has not been established.'])).toEqual([['cause of the fire has not been established']]);
    expect(extractDetails({ sentences: ['Police said the cause was a faulty heater.'], outlet: null }).some((d) => d.key === 'claim:cause-unknown')).toBe(false);
  });
});

describe('names spelt another way', () => {
  it('a sentence naming the dam, the river and the firm in other spellings says nothing new; other names do', () => {
    const a = ['The Palaiochori dam on the Aliakmonas held, Vermio Hydro said.'];
    const sentences = (b: string[]) => alignDetails(side('a', ...a), side('b', ...b)).added.map((x) => x.sentence);
    expect(sentences(['Paleochori, on the Aliakmon, stood firm, according to Vermio Hydroelectric SA.'])).toEqual([]);
    expect(sentences(['Palaiokastro, on the Haliacmon, stood firm, according to Kastoria Energy SA.'])).toHaveLength(1);
  });
});

describe('a shipping story: units, zones, crews and names of things', () => {
  const none = compared;
  it('one distance, speed or load in other units, rounded when converted', () => {
    expect(none('The ship was 12 nautical miles off the coast.', 'The vessel was about 22 km from shore.')).toEqual({ added: [], omitted: [], conflicts: [] });
    expect(none('She was sailing at 14 knots.', 'The vessel was travelling at 26 km/h.')).toEqual({ added: [], omitted: [], conflicts: [] });
    expect(none('The slick stretched for 3 miles along the coast.', 'The slick stretched for 5 km along the coast.')).toEqual({ added: [], omitted: [], conflicts: [] });
    expect(none('About 300 tonnes of fuel oil leaked.', 'Some 330 tons of bunker fuel spilled into the sea.')).toEqual({ added: [], omitted: [], conflicts: [] });
    expect(none('The 2008-built vessel has a deadweight of 56,000 tonnes.', 'The 56,000 dwt ship was built in 2008.')).toEqual({ added: [], omitted: [], conflicts: [] });
    // Converted and still apart: a conflict.
    expect(none('The slick stretched for 3 miles along the coast.', 'The slick stretched for 7 km along the coast.').conflicts).toEqual(['3 miles / 7 km']);
    expect(none('She was sailing at 14 knots.', 'The vessel was travelling at 40 km/h.').conflicts).toEqual(['14 knots / 40 km/h']);
  });

  it('universal time against local time is no conflict; two local times are', () => {
    expect(none('The ship ran aground at 04:30 UTC on Tuesday.', 'The ship grounded at about 6.30am local time on Tuesday.').conflicts).toEqual([]);
    expect(none('The ship ran aground at 4.30am on Tuesday.', 'The ship grounded at about 6.30am on Tuesday.').conflicts).toEqual(['at 4.30am / about 6.30am']);
  });

  it('"a crew of 19" is a count of the crew, and "21 crew members" rivals it', () => {
    expect(none('The crew of 19 was evacuated by helicopter.', 'All 21 crew members were taken off the ship by helicopter.').conflicts).toEqual(['crew of 19 / 21 crew members']);
  });

  it('a ship and a firm named in plain words are not people, and their short names are theirs', () => {
    const kinds = (s: string) => extractDetails({ sentences: [s], outlet: null }).filter((d) => d.kind !== 'claim' && d.kind !== 'time').map((d) => `${d.kind}: ${d.text}`);
    expect(kinds('The MV Nordic Star ran aground off Rønne.')).toEqual(['organisation: Nordic Star', 'place: Rønne']);
    expect(kinds('Operator Baltic Bulk said it was cooperating.')).toEqual(['organisation: Baltic Bulk']);
    expect(kinds('Captain Erik Lindqvist said the crew was safe.')).toEqual(['person: Erik Lindqvist']);
    expect(none('The ship is operated by Baltic Bulk Shipping A/S.', 'Baltic Bulk said the ship is operated by it.').omitted).toEqual([]);
  });
});

describe('a civic story: money, tallies and figures in other words', () => {
  const conflictsOf = conflicts;
  it('one sum in another currency notation, and two sums of one investment that differ', () => {
    expect(conflictsOf(['The developer plans to invest 2.1 billion zlotys in three buildings.'], ['Total capex is put at PLN 2.1bn, the largest in the city.'])).toEqual([]);
    expect(listed(['The developer plans to invest 2.1 billion zlotys in three buildings.'], ['Total capex is put at PLN 2.1bn, the largest in the city.'])).toEqual([]);
    // Nothing in the words ties "invest" to "spend": that each is the other's only sum of that order does.
    expect(conflictsOf(['The developer plans to invest 2.1 billion zlotys in three buildings.', 'The city expects 30 million zlotys a year in tax.'], ['It says it will spend 1.8 billion zlotys on the site.', 'City hall is counting on 30 million zlotys a year.'])).toEqual(['2.1 billion zlotys / 1.8 billion zlotys']);
    // Two sums of that order on one side: which one the other's matches cannot be told.
    expect(conflictsOf(['It will invest 2.1 billion zlotys, and the city 1.5 billion zlotys more.'], ['It says it will spend 1.8 billion zlotys on the site.'])).toEqual([]);
  });

  it('a measure that is each report\'s only one of its unit and order', () => {
    expect(conflictsOf(['The council approved a 120-megawatt data centre.'], ['Corvane clears zoning for a 150MW hyperscale campus.'])).toEqual(['120-megawatt data / 150MW']);
  });

  it('a vote\'s tally in three notations, and another tally', () => {
    const tally = ['The plan passed by 21 votes to 11, with two abstentions.'];
    expect(conflictsOf(tally, ['Councillors voted 21 to 11 with two abstentions.'])).toEqual([]);
    expect(conflictsOf(tally, ['The resolution passed 21-11 with two abstentions.'])).toEqual([]);
    expect(conflictsOf(tally, ['Councillors approved it, voting 22 to 10.'])).toEqual(['21 votes to 11 / 22 to 10']);
    // A range is no tally.
    expect(extractDetails({ sentences: ['Most were aged 18 to 24, police said.'], outlet: null }).some((d) => d.key.startsWith('tally:'))).toBe(false);
  });

  it('a figure whose noun is left out, and an acronym that is no name', () => {
    const a = ['The company says it will create some 250 permanent jobs, and up to 1,500 during construction.'];
    expect(listed(a, ['It projects around 250 FTE roles at full build-out, with up to 1,500 workers on site at peak construction.'])).toEqual([]);
    expect(extractDetails({ sentences: ['Power will come through long-term PPAs.'], outlet: null }).filter((d) => d.kind === 'organisation')).toEqual([]);
  });
});

describe('volumes, bounds, designations and clock times', () => {
  const diff = compared;
  it('cubic metres and litres are one volume', () => {
    expect(diff('Its water use will stay below 50,000 cubic metres a year.', 'It has accepted a limit of 50 million litres of water a year.')).toEqual({ added: [], omitted: [], conflicts: [] });
    expect(diff('Annual water consumption is capped at 50,000m³.', 'It has accepted a limit of 80 million litres of water a year.').conflicts).toEqual(['50,000m³ / 80 million litres']);
  });

  it('a bound holds a figure near it on its side, and "no less than" is a lower bound', () => {
    expect(diff('The company runs more than a dozen data centres in the United States.', 'Corvane operates 14 data centres in the United States.').conflicts).toEqual([]);
    expect(diff('The company runs more than a dozen data centres in the United States.', 'Corvane operates 25 data centres in the United States.').conflicts).toEqual(['more than a dozen data centres / 25 data centres']);
    expect(diff('The company put the damage at no less than €4 million.', 'An early estimate put the damage at around €2.5 million.').conflicts).toEqual(['less than €4 million / around €2.5 million']);
  });

  it('a number that designates a place is part of its name and news of its own; the figures of a clock time are not counts', () => {
    expect(diff('The fire started in a warehouse at the port.', 'The fire started at Warehouse 7 at the port.').added).toEqual([['Warehouse 7']]);
    expect(extractDetails({ sentences: ['The vote came at 23:15 local time (2215 GMT).'], outlet: null }).filter((d) => d.kind !== 'claim').map((d) => `${d.kind}: ${d.text}`)).toEqual(['time: at 23:15 local time']);
  });
});

describe('one speaker in two reports, and acronyms the text spells out', () => {
  it('a quote is carried by the same speaker quoted or reported on the same matter, not by the speaker alone', () => {
    const a = ['Agnieszka Wróblewska, who founded the group, watched the vote from the gallery.', '“We will see them in court,” Wróblewska said.'];
    expect(listed(a, ['Agnieszka Wroblewska said the group would take the decision to the regional administrative court.'])).toEqual([]);
    expect(listed(['Agnieszka Wroblewska said the group would take the decision to the regional administrative court.'], a)).toEqual([]);
    // The same speaker on another matter: the quote is news.
    expect(listed(['Agnieszka Wroblewska said the council had ignored the petition.'], a)).toEqual([['We will see them in court']]);
  });

  it('an acronym spelt out in common words is no name where it recurs', () => {
    const orgs = (sentences: string[]) => extractDetails({ sentences, outlet: null }).filter((d) => d.kind === 'organisation').map((d) => d.text);
    expect(orgs(['The council adopted a local spatial development plan (MPZP) for the site.', 'Residents will challenge the MPZP in court.'])).toEqual([]);
    expect(orgs(['The Rail Accident Investigation Branch (RAIB) sent inspectors.', 'The RAIB said it was gathering evidence.'])).toContain('RAIB');
  });
});

describe('a bound against a count of other things', () => {
  it('"more than a dozen data centres" meets "14 operational campuses"', () => {
    expect(listed(['The company already runs more than a dozen data centres in the United States.'], ['Corvane, which has 14 operational campuses in the US, is expanding.'])).toEqual([]);
  });
});

describe('a vague count against precise ones', () => {
  const conflictsOf = conflicts;
  it('"dozens of boxes" does not hide a precise figure that differs, and counts nothing else', () => {
    const b = ['Forty-two shipping containers were swept from the deck.', '“Dozens of boxes went over the side in minutes,” the master said.', 'None of the 21 crew was lost.'];
    expect(conflictsOf(['The ship lost about 50 containers off our coast.', 'All 24 crew are safe.'], b)).toEqual(['about 50 containers / Forty-two shipping containers', '24 crew / 21 crew']);
    expect(listed(['Hundreds of people living close to the harbour were moved out of their homes.'], ['Some 300 residents were forced out of their homes.'])).toEqual([]);
  });

  it('a rival counting the same noun comes before one counting a kind of it', () => {
    expect(conflictsOf(['All 24 crew are safe.'], ['Some 30 units were damaged on deck.', 'One seafarer from the crew of 21 was flown to hospital.'])).toEqual(['24 crew / crew of 21']);
  });
});

describe('an organisation by its last word', () => {
  it('"Hellenic Army" is the army the other report names in lower case; "Northline Freight" is not any freight train', () => {
    expect(listed(['Army engineers worked through the night.'], ['Hellenic Army engineers worked through the night.'])).toEqual([]);
    expect(listed(['A freight train derailed near the village.'], ['A Northline Freight train derailed near the village.'])).toEqual([['Northline Freight']]);
  });
});

describe('the other report\'s headline', () => {
  it('its names and figures count as carried, its words do not stand for a sentence, and it is never listed', () => {
    const a = makeSide('a', { title: 'Council backs plan', outlet: null, sentences: ['The opposition was led by Save Modrzew, whose petition gathered more than 12,000 signatures.'] });
    const b = makeSide('b', { title: 'Councillors ignore 12,000-name petition', outlet: null, sentences: ['Save Modrzew, the group behind the petition, says the campus will lower the water table.'] });
    const r = alignDetails(a, b);
    expect(r.omitted).toEqual([]);
    expect(r.added).toEqual([]);
    // Without the headline, the petition's size is news.
    const bare = makeSide('c', { title: '', outlet: null, sentences: b.article.sentences.slice(0, b.body) });
    expect(alignDetails(a, bare).omitted.map((x) => x.anchors)).toEqual([['more than 12,000 signatures']]);
  });
});

describe('dollars', () => {
  it('a bare "$" is some dollar, "A$" and "AUD" are Australian, "US$" is not "A$"', () => {
    expect(conflicts(['The company said the recall would cost about A$15 million.'], ['The company has flagged a one-off cost of AUD 11m.'])).toEqual(['A$15 million / AUD 11m']);
    expect(listed(['Wattlebrook estimated the cost of the recall at $15m.'], ['The company said the recall would cost about A$15 million.'])).toEqual([]);
    expect(conflicts(['The deal is worth US$15 million.'], ['The deal is worth A$11 million.'])).toEqual([]);
  });
});

describe('a quote the other report carries', () => {
  it('ties its sentence: the speaker reported on the same matter, the rest of the quote is how it was said', () => {
    const r = alignDetails(
      side('a', 'The trawler lost power off the coast on Monday.', '“Nobody aboard slept, nobody ate, the radio crackled, waves broke over the wheelhouse and then the engine simply died,” said Tomas Berg.'),
      side('b', 'The trawler lost power off the coast on Monday.', 'Skipper Tomas Berg said the engine had failed at sea.'),
    );
    expect(r.omitted).toEqual([]);
  });
});

describe('asides in brackets', () => {
  it('a ticker or other short aside in brackets is no news of its own', () => {
    const r = compared('Shares in Orlan Foods fell 9 percent on Friday.', 'Orlan Foods (ASX: ORF) closed down 9% on Friday.');
    expect(r.added).toEqual([]);
  });
});

describe('a body and its initials', () => {
  it('"National Transportation Safety Board" and "NTSB" are one body, its first word a part of its name, not a title', () => {
    const r = compared('The National Transportation Safety Board opened an inquiry into the derailment near Dalton.', 'The NTSB opened an inquiry into the derailment near Dalton.');
    expect(r.added).toEqual([]);
    expect(r.omitted).toEqual([]);
  });
});

describe('small counts in words', () => {
  it('"Two of the containers" is carried by "Two containers had come ashore", which is no figure on its own', () => {
    const r = compared('Two containers had come ashore intact near Sea Palling by Monday.', 'Two of the containers washed up whole near Sea Palling by Monday.');
    expect(r.added).toEqual([]);
  });
});
