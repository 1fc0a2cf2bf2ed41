/** Word lists for the synthetic corpus: the vocabulary of conflict reporting, written for this benchmark. */

export const SYLLABLES = [
  'ab', 'dul', 'ka', 'rim', 'za', 'hir', 'qa', 'yum', 'nur', 'gul', 'ba', 'dar', 'ha', 'mid', 'sha', 'rif',
  'ja', 'lal', 'kho', 'wa', 'zir', 'mah', 'sud', 'yu', 'suf', 'ra', 'him', 'ta', 'riq', 'fa', 'rooq', 'ak',
  'sa', 'lim', 'ghaz', 'ni', 'mir', 'zai', 'kan', 'dah', 'man', 'sur', 'ish', 'tiaq', 'qan', 'bai',
  'sher', 'khel', 'wal', 'ma', 'rwat', 'tur', 'ai', 'shin', 'ri', 'pa', 'sta', 'ne', 'mo', 'hib',
];

export const GROUP_PREFIXES = ['Tehreek', 'Lashkar', 'Jaish', 'Jamaat', 'Harakat', 'Tanzeem', 'Majlis', 'Hizb'];
export const GROUP_LINKS = ['e', 'ul', 'al'];
export const GROUP_SUFFIXES = ['Front', 'Movement', 'Brigade', 'Alliance', 'Network', 'Battalion', 'Faction', 'Group'];
export const STATE_BODIES = [
  'Army', 'Border Police', 'Frontier Corps', 'Air Force', 'Interior Ministry', 'Levies', 'Counter-Terrorism Department',
];
export const ORGANISATION_BODIES = [
  'Relief Commission', 'Human Rights Council', 'Media Centre', 'Health Directorate', 'Refugee Agency', 'Press Club',
];
export const OTHER_BODIES = [
  'Tribal Jirga', 'Elders Committee', 'Traders Union', 'Student Federation', 'Peace Committee',
];
export const PERSON_TITLES = ['Mullah', 'Maulvi', 'Commander', 'General', 'Qari', 'Hafiz', 'Sheikh'];
export const COUNTRIES = ['PK', 'AF', 'IR', 'TJ', 'IN'];

export const PLACES = [
  'Paktika', 'Khost', 'Kurram', 'Bajaur', 'Mohmand', 'Khyber', 'Kunar', 'Nangarhar', 'Zhob', 'Chitral',
  'Dera Ismail Khan', 'Bannu', 'Lakki Marwat', 'Tank', 'Orakzai', 'Swat', 'Dir', 'Quetta', 'Chaman',
  'Spin Boldak', 'Torkham', 'Angoor Adda', 'Barmal', 'Birmal', 'Gomal', 'Wana', 'Mir Ali', 'Miranshah',
  'Parachinar', 'Peshawar', 'Jalalabad', 'Asadabad', 'Nuristan', 'Helmand', 'Kandahar', 'Zabul', 'Paktia',
];

export const OUTLETS = [
  'Frontier Ledger', 'Border Dispatch', 'Khyber Review', 'Valley Courier', 'Daily Meridian', 'Highland Post',
  'Durand Monitor', 'Regional Observer', 'Evening Herald', 'South Asia Wire', 'Kabul Bulletin', 'Indus Times',
];

export const LANGUAGES = ['en', 'en', 'en', 'en', 'en', 'en', 'ur', 'ps-AF', 'en-GB'];

export const ADJECTIVES = [
  'armed', 'fresh', 'renewed', 'heavy', 'sporadic', 'coordinated', 'overnight', 'deadly', 'cross-border',
  'suspected', 'remote', 'mountainous', 'disputed', 'fragile', 'tense', 'volatile', 'rival', 'local',
  'provincial', 'militant', 'retaliatory', 'unidentified', 'senior', 'interim', 'tribal', 'stranded',
  'displaced', 'bitter', 'rare', 'unverified', 'official', 'informal', 'protracted', 'brief',
];

export const NOUNS = [
  'convoy', 'checkpost', 'outpost', 'patrol', 'ceasefire', 'border', 'crossing', 'curfew', 'militia',
  'garrison', 'bazaar', 'mosque', 'madrassa', 'school', 'clinic', 'highway', 'bridge', 'village', 'district',
  'compound', 'hideout', 'commander', 'delegation', 'negotiation', 'offensive', 'operation', 'raid',
  'ambush', 'airstrike', 'shelling', 'drone', 'mortar', 'rocket', 'barrage', 'blockade', 'fence', 'trench',
  'refugee', 'camp', 'truck', 'market', 'tribe', 'elder', 'jirga', 'spokesman', 'ministry', 'envoy', 'treaty',
];

export const VERBS = [
  'targeted', 'stormed', 'shelled', 'besieged', 'captured', 'abandoned', 'reinforced', 'evacuated', 'sealed',
  'reopened', 'attacked', 'surrounded', 'overwhelmed', 'defended', 'cleared', 'bombed', 'searched', 'blocked',
  'patrolled', 'occupied', 'raided', 'demolished', 'encircled', 'secured', 'pulled out of', 'fired on',
];

export const ADVERBS = [
  'abruptly', 'briefly', 'repeatedly', 'quietly', 'swiftly', 'reportedly', 'allegedly', 'initially',
  'eventually', 'separately', 'jointly', 'openly', 'hastily', 'gradually', 'again',
];

export const TIMES = [
  'on Monday', 'on Tuesday', 'late on Wednesday', 'early on Thursday', 'on Friday evening', 'on Saturday',
  'before dawn on Sunday', 'last week', 'overnight', 'earlier this month', 'at midday', 'after sunset',
];

export const REPORTERS = [
  'district officials', 'police sources', 'hospital staff', 'local residents', 'tribal elders', 'witnesses',
  'a provincial spokesman', 'security officials', 'rescue workers', 'a senior commander', 'analysts',
  'the health department', 'community leaders', 'a ministry statement', 'relatives of the victims',
];

export const SAYING = ['said', 'confirmed', 'reported', 'claimed', 'told reporters', 'stated', 'alleged', 'insisted'];

export const PREPOSITIONS = [
  'near', 'outside', 'inside', 'along the road to', 'north of', 'south of', 'west of', 'east of', 'across',
];

/** Who a casualty figure counts, in tag labels and untagged figures. */
export const VICTIMS = [
  'people', 'civilians', 'soldiers', 'policemen', 'militants', 'villagers', 'workers', 'children', 'guards',
];

export const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

export const BOILERPLATE = [
  'Advertisement',
  'Also Read: Border talks stall again',
  'Follow us on Twitter and Facebook for the latest updates',
  'Share this article',
  'Subscribe to our newsletter for daily briefings',
  'We use cookies to improve your experience on this site.',
];
