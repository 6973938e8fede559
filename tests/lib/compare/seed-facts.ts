// Hand annotation of the five seed reports: each fact, and how each seed words it (absent = the seed does not carry it).
// A fact carried by both sides of a pair must not be flagged; a fact carried by one side must be listed as added/omitted.
export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface Fact {
  fact: string;
  wording: Partial<Record<SeedId, string>>;
}

export const SEED_FILES: Record<SeedId, string> = {
  '000': '000_37c16314ec8f45df',
  '001': '001_9a3a1d6131fd7a65',
  '002': '002_41707d50bf3e4a01',
  '003': '003_dba6870402cb91d6',
  '004': '004_d06facaa95ba2ed8',
};

export const FACTS: Fact[] = [
  { fact: 'Kremlin aide Ushakov', wording: { '000': 'Ushakov', '001': 'Ushakov', '002': 'Ushakov', '003': 'Ushakov', '004': 'Ushakov' } },
  { fact: 'envoy Witkoff', wording: { '000': 'Witkoff', '001': 'Witkoff', '002': 'Witkoff', '003': 'Witkoff', '004': 'Witkoff' } },
  { fact: 'Kushner', wording: { '000': 'Kushner', '001': 'Kushner', '002': 'Kushner', '003': 'Kushner', '004': 'Kushner' } },
  { fact: 'Putin', wording: { '000': 'Putin', '001': 'Putin', '002': 'Putin', '003': 'Putin', '004': 'Putin' } },
  { fact: 'Donald Trump', wording: { '000': 'Trump', '001': 'Trump', '002': 'Trump', '004': 'Trump' } },
  { fact: 'Zelensky', wording: { '000': 'Zelensky', '001': 'Zelenskyy', '002': 'Zelenskiy', '004': 'Zelenskyy' } },
  { fact: 'Kirill Dmitriev took part', wording: { '001': 'Kirill Dmitriev', '002': 'Kirill Dmitriev' } },
  { fact: 'Kremlin spokesman Peskov', wording: { '003': 'Dmitry Peskov' } },
  { fact: 'Foreign Minister Sybiha', wording: { '001': 'Andrii Sybiha', '002': 'Andrii Sybiha' } },
  { fact: 'the meeting lasted five hours', wording: { '000': 'five-hour', '001': 'five-hour', '002': 'five-hour', '003': 'five hours', '004': 'five hours' } },
  { fact: 'talks ran past midnight', wording: { '001': 'late-night', '002': 'past midnight' } },
  { fact: 'Donbas', wording: { '001': 'Donbas', '002': 'Donbas', '003': 'Donbas', '004': 'Donbas' } },
  { fact: 'Zelensky spoke in Dublin / Ireland', wording: { '000': 'Dublin', '001': 'Dublin', '002': 'Dublin', '004': 'Ireland' } },
  { fact: 'meeting in Brussels cancelled', wording: { '001': 'Brussels' } },
  { fact: 'earlier talks in Florida', wording: { '001': 'Florida', '004': 'Florida' } },
  { fact: 'the 28-point plan', wording: { '002': '28 U.S. draft peace proposals', '004': '28-point plan' } },
  { fact: 'narrowed to 20 items', wording: { '004': '20 items' } },
  { fact: 'Pokrovsk claimed captured', wording: { '004': 'Pokrovsk' } },
  { fact: 'Donetsk', wording: { '004': 'Donetsk' } },
  { fact: 'NATO aspirations', wording: { '004': 'NATO' } },
  { fact: 'Black Sea', wording: { '002': 'Black Sea' } },
  { fact: 'walk through Red Square', wording: { '002': 'Red Square' } },
  { fact: 'February 2022 invasion', wording: { '002': 'February 2022' } },
  { fact: 'tens of thousands of casualties', wording: { '002': 'tens of thousands of casualties' } },
  { fact: '"shadow fleet"', wording: { '001': 'shadow fleet', '002': 'shadow fleet' } },
  { fact: '"territorial problem"', wording: { '001': 'territorial problem', '002': 'territorial problem' } },
  { fact: '"no easy solutions"', wording: { '001': 'There will be no easy solutions', '002': 'no easy solutions' } },
  { fact: '"games behind Ukraine’s back"', wording: { '001': 'any games behind Ukraine’s back', '002': 'games behind Ukraine’s back' } },
  { fact: 'Witkoff visited the U.S. embassy', wording: { '001': 'U.S. Embassy', '002': 'Witkoff visited the U.S. embassy in Moscow' } },
  { fact: '"neither further nor closer"', wording: { '001': 'neither further nor closer' } },
  { fact: '"significant opportunities" for economic cooperation', wording: { '001': 'significant opportunities' } },
  { fact: 'held via interpreters', wording: { '001': 'held via interpreters' } },
  { fact: 'no official readout from Washington', wording: { '001': 'released an official readout' } },
  { fact: '"exploratory channels"', wording: { '002': 'exploratory channels' } },
  { fact: '"formulations unsuitable for Russia"', wording: { '002': 'formulations unsuitable for Russia' } },
  { fact: 'Trump: "a mess"', wording: { '002': 'a mess' } },
  { fact: '"critical and even negative attitude"', wording: { '003': 'critical and even negative attitude' } },
  { fact: '"the course and nature" of the talks', wording: { '003': 'the course and nature' } },
  { fact: '"several iterations"', wording: { '000': 'several iterations' } },
  { fact: '"Our people are dying every day"', wording: { '004': 'Our people are dying every day' } },
  { fact: 'talks were "useful" and "constructive"', wording: { '000': 'useful and constructive', '001': 'useful', '003': 'useful', '004': 'useful, substantive' } },
  { fact: '"absolutely unacceptable"', wording: { '000': 'absolutely unacceptable', '004': 'absolutely unacceptable to Russia' } },
  { fact: 'Ukraine needs results, not just dialogue', wording: { '000': 'results, not just dialogue', '004': 'we need results' } },
  { fact: 'said on Wednesday', wording: { '003': 'Wednesday', '004': 'Wednesday' } },
  { fact: 'met on Tuesday', wording: { '004': 'Tuesday' } },
];

/** Number and duration conflicts a reader must see: [current seed, other seed, value here, value there]. */
export const CONFLICTS: [SeedId, SeedId, string, string][] = [
  ['000', '002', 'nearly four-year war', 'nearly three-year war'],
  ['004', '002', 'nearly four-year war', 'nearly three-year war'],
  ['002', '000', 'nearly three-year war', 'nearly four-year war'],
  ['002', '004', 'nearly three-year war', 'nearly four-year war'],
  // "now nearing its third anniversary" is the same three years, counted the other way.
  ['002', '000', 'third anniversary', 'nearly four-year war'],
  ['002', '004', 'third anniversary', 'nearly four-year war'],
];
