// Word pools of the synthetic corpus: names, places, organisations, event types and the background vocabulary every story shares.

export const FIRST_NAMES = `James Maria Ahmed Olga Chen Fatima Lucas Ingrid Rahul Amara Pedro Sofia Tomasz Aiko Kwame Elena Omar Hannah Diego Yuki
Samuel Leila Ivan Grace Mateo Nadia Peter Zainab Andre Clara Hiroshi Amina Victor Julia Marco Rosa Daniel Mei Felix Aisha
Oscar Irene Tariq Laura Nikolai Ruth Emeka Sara Jonas Priya Pablo Helen Kofi Anna Malik Eva Stefan Lina Arjun Alice
Boris Carmen Dmitri Fiona Gustavo Hana Imran Jana Karim Lucia Miguel Nora Otto Paula Rafael Selma Tobias Ursula Viktor Wanda`.split(/\s+/);

const SURNAME_HEADS = 'Kor Bal Mar Vel Tor Hal Brun Dal Fen Gar Hol Kes Lor Mor Nor Pell Quin Ros Sal Tan Var Wen Yor Zan Ash Brod Cal Dev Eld Farr Gol Har Ivar Jen Kal Lind Mad Ner Orv Pral'.split(' ');
const SURNAME_TAILS = 'ovic ski enko berg ley ford ani etti sson man ova ez ini ard well ton ich stead ander ow'.split(' ');
/** Generated surnames: thousands, so that two stories share a person only when the generator means it. */
export const SURNAMES = SURNAME_HEADS.flatMap((h) => SURNAME_TAILS.map((t) => h + t));

/** People who turn up in many stories (heads of government, central bankers): stories that share names must exist. */
export const FAMOUS = `Helena Marchetti|Viktor Oranski|Samuel Achebe|Mei Tanaka|Rafael Quintero|Ingrid Solberg|Omar Haddad|Peter Lindqvist|Grace Mbeki|Luis Ferreira|Anna Kowalczyk|Hiroshi Sato`.split('|');

export const PLACES = `Berlin Paris Madrid Lisbon Warsaw Vienna Prague Athens Rome Dublin Oslo Helsinki Stockholm Copenhagen Brussels Ankara Cairo Nairobi Lagos Accra
Johannesburg Mumbai Delhi Karachi Dhaka Jakarta Manila Hanoi Bangkok Seoul Tokyo Beijing Sydney Auckland Toronto Ottawa Chicago Houston Denver Lima
Bogota Santiago Caracas Quito Havana Casablanca Tunis Algiers Khartoum Kampala Kigali Lusaka Harare Maputo Luanda Dakar Bamako Tbilisi Yerevan`.split(/\s+/);
export const TOWNS = `Arlen Brackford Cawley Dunmore Elsby Fenwick Garrow Halden Ivybridge Jarrow Kelby Lanark Marlow Norcott Orrin Pelham Quarry Rydal Selby Tarrant
Ulverton Vance Whitby Yarrow Ashgrove Bellmont Carrick Dalby Eastleigh Fairholm Glenmore Hartwell Kingsmere Larkhill Millbrook Northam Oakridge Pinewood Redcliff Stonehaven`.split(/\s+/);

export const ORG_HEADS = 'Northern Meridian Coastal National Federal Central Pacific Atlantic United Regional Civic Union Continental Eastern Western Allied Summit Harbor Crescent Horizon'.split(' ');
export const ORG_TAILS = ['Rail Authority', 'Energy Group', 'Health Ministry', 'Water Board', 'Transport Agency', 'Workers Union', 'Holdings Corporation', 'Aviation Authority', 'Finance Ministry', 'Election Commission', 'Supreme Court', 'Police Service', 'Mining Company', 'Steel Group', 'Farmers Association', 'Teachers Union', 'Port Authority', 'Development Bank', 'Climate Agency', 'Defence Ministry'];

export const ROLES = ['minister', 'spokesperson', 'chief executive', 'director', 'mayor', 'governor', 'union leader', 'police chief', 'senior official', 'lead investigator', 'chairman', 'deputy minister'];

/** An event type: the vocabulary its reports share, whatever the story. */
export interface EventType {
  name: string;
  nouns: string[];
  verbs: string[];
  /** Quantity templates; {n} is the story's number. */
  quantities: string[];
}

export const EVENTS: EventType[] = [
  { name: 'flood', nouns: ['flood', 'river', 'rainfall', 'evacuation', 'levee', 'rescue', 'shelter', 'damage'], verbs: ['swept through', 'inundated', 'submerged'], quantities: ['{n} people were evacuated', '{n} millimetres of rain fell', '{n} homes were damaged'] },
  { name: 'strike', nouns: ['strike', 'walkout', 'wage', 'picket', 'negotiation', 'contract', 'pension', 'workers'], verbs: ['walked out at', 'halted work at', 'shut down'], quantities: ['{n} workers joined the strike', 'a pay rise of {n} percent', 'the strike entered its {n}th day'] },
  { name: 'election', nouns: ['election', 'ballot', 'turnout', 'candidate', 'coalition', 'campaign', 'vote', 'recount'], verbs: ['won', 'contested', 'conceded'], quantities: ['turnout reached {n} percent', '{n} seats in the assembly', '{n} votes separated the candidates'] },
  { name: 'merger', nouns: ['merger', 'takeover', 'shareholders', 'deal', 'regulator', 'acquisition', 'valuation', 'bid'], verbs: ['agreed to buy', 'bid for', 'merged with'], quantities: ['a deal worth ${n} million', 'shares rose {n} percent', '{n} jobs could be cut'] },
  { name: 'trial', nouns: ['trial', 'verdict', 'jury', 'prosecutor', 'defendant', 'sentence', 'appeal', 'testimony'], verbs: ['convicted', 'acquitted', 'sentenced'], quantities: ['a sentence of {n} years', 'the jury deliberated for {n} hours', '{n} witnesses testified'] },
  { name: 'fire', nouns: ['fire', 'blaze', 'firefighters', 'smoke', 'warehouse', 'factory', 'investigation', 'alarm'], verbs: ['destroyed', 'gutted', 'engulfed'], quantities: ['{n} firefighters fought the blaze', '{n} people were injured', 'the fire burned for {n} hours'] },
  { name: 'outbreak', nouns: ['outbreak', 'infection', 'vaccine', 'hospital', 'patients', 'virus', 'quarantine', 'clinic'], verbs: ['spread through', 'reached', 'overwhelmed'], quantities: ['{n} cases were confirmed', '{n} patients were hospitalised', '{n} doses of vaccine arrived'] },
  { name: 'talks', nouns: ['talks', 'summit', 'agreement', 'delegation', 'ceasefire', 'proposal', 'treaty', 'sanctions'], verbs: ['met in', 'negotiated in', 'signed in'], quantities: ['a {n}-hour meeting', '{n} points in the proposal', '{n} delegations attended'] },
  { name: 'crash', nouns: ['crash', 'collision', 'derailment', 'passengers', 'wreckage', 'investigators', 'signal', 'carriage'], verbs: ['derailed near', 'crashed outside', 'collided near'], quantities: ['{n} passengers were on board', '{n} people died', 'travelling at {n} kilometres per hour'] },
  { name: 'budget', nouns: ['budget', 'deficit', 'taxes', 'spending', 'debt', 'inflation', 'bond', 'revenue'], verbs: ['unveiled in', 'announced in', 'approved in'], quantities: ['a deficit of ${n} billion', 'inflation of {n} percent', 'spending cuts of ${n} million'] },
  { name: 'protest', nouns: ['protest', 'demonstrators', 'march', 'police', 'rally', 'arrests', 'curfew', 'crowd'], verbs: ['marched through', 'gathered in', 'rallied in'], quantities: ['{n} people were arrested', 'a crowd of {n}', 'a curfew of {n} hours'] },
  { name: 'quake', nouns: ['earthquake', 'aftershock', 'magnitude', 'collapse', 'rubble', 'survivors', 'epicentre', 'tremor'], verbs: ['struck', 'shook', 'hit'], quantities: ['a magnitude {n} earthquake', '{n} buildings collapsed', '{n} aftershocks were recorded'] },
];

/** Nouns a story may be about; each story draws a few, so stories of one event type still differ in vocabulary. */
export const TOPIC_NOUNS = `bridge tunnel harbour airport stadium refinery reservoir pipeline school library railway highway market factory mine plant hospital farm vineyard
orchard quarry dam canal ferry lighthouse cathedral museum prison barracks warehouse depot terminal substation laboratory observatory fishery mill brewery
bakery textile cement copper lithium cobalt wheat coffee cocoa cotton timber salmon tourism shipping insurance pensions housing tuition broadband satellite
drone turbine battery reactor grid subway tram ambulance vaccine antibiotic microchip software bandwidth currency tariff subsidy quota licence permit`.split(/\s+/);

/** Background sentences any report may carry: shared vocabulary that must not make two stories look alike. */
export const BACKGROUND = [
  'Officials said more information would be released in the coming days.',
  'The situation remained fluid late on {day}, according to people familiar with the matter.',
  'The analysts cautioned that it was too early to draw firm conclusions.',
  'The local media reported that residents had been told to follow official guidance.',
  'The government has faced growing criticism over its handling of similar issues in recent years.',
  'A spokesperson declined to comment further, citing an ongoing review.',
  'The critics argued that the response had been slow and poorly coordinated.',
  'Its supporters said the measures were necessary and long overdue.',
  'The opposition called for an independent inquiry into the decisions taken.',
  'The international partners said they were monitoring developments closely.',
  'The markets reacted cautiously to the news on {day}.',
  'It was not immediately clear how the decision would affect ordinary people.',
  'The experts said the episode highlighted deeper problems that had been building for years.',
  'The community groups organised meetings to discuss what should happen next.',
  'The authorities promised a full account once the facts had been established.',
  'The earlier attempts to address the problem had stalled amid political disagreement.',
  'The observers noted that public trust in institutions had already been fragile.',
  'The statement did not say when a final decision would be made.',
  'The residents said they had received conflicting information from officials.',
  'The economists warned that the costs could rise if the uncertainty continued.',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const OUTLETS = ['The Daily Ledger', 'Morning Courier', 'Global Wire', 'The Evening Standardbearer', 'Metro Gazette', 'Continental Times', 'The Observer Post', 'City Herald', 'World Dispatch', 'The Chronicle'];
export const QUOTE_OPENERS = ['We will not accept', 'This is a difficult moment for', 'Our priority is', 'Nobody expected', 'We are working around the clock on', 'There is no excuse for', 'People deserve answers about', 'We have been warning for years about'];
