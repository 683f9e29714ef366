// Vocabulary of military formations, for lib/extract/units.ts (and side cues for detect.ts).
//
// Plain data, no work at import: sets and maps are built lazily by `unitLexicon()`.
// Everything is written in lower case and looked up with a lower-cased token.
//
// Sides are short codes: state forces use ISO-like country codes (`ua`, `ru`, `il`, `lb`,
// `sd`, `mm`, `sy`, `ye`, `ir`, `kp`, `us`, ...); a non-state group takes the code of the
// country it fights from (`ps` for Gaza groups, `lb` for Hezbollah, `ye` for the Houthis),
// except Sudan's Rapid Support Forces (`rsf`), which fight the Sudanese state (`sd`).

/** Head nouns that end a formation name. `named`: may follow a proper name with no ordinal. */
export interface HeadInfo {
  /** Singular, capitalised form used in canonical names. */
  singular: string;
  /** Allowed after a capitalised proper name alone (`Golani Brigade`), without an ordinal. */
  named: boolean;
}

const HEAD_ROWS: Array<[string[], string, boolean]> = [
  [['brigade', 'brigades'], 'Brigade', true],
  [['regiment', 'regiments'], 'Regiment', true],
  [['battalion', 'battalions'], 'Battalion', true],
  [['division', 'divisions'], 'Division', true],
  [['corps'], 'Corps', true],
  [['legion', 'legions'], 'Legion', true],
  [['fleet', 'fleets'], 'Fleet', true],
  [['flotilla', 'flotillas'], 'Flotilla', true],
  [['army', 'armies'], 'Army', true],
  [['group', 'groups'], 'Group', false],
  // `the Eastern grouping of forces` (Ukraine's Skhid group, as translations name it)
  [['grouping', 'groupings'], 'Group', false],
  [['company', 'companies'], 'Company', false],
  [['detachment', 'detachments'], 'Detachment', false],
  [['squadron', 'squadrons'], 'Squadron', false],
  [['center', 'centre', 'centers', 'centres'], 'Center', false],
  [['platoon', 'platoons'], 'Platoon', false],
  [['battery', 'batteries'], 'Battery', false],
  [['wing', 'wings'], 'Wing', false],
  [['district', 'districts'], 'District', false],
  // numbered only (`34th Military Region`): never a named formation on its own
  [['region', 'regions'], 'Region', false],
  [['command', 'commands'], 'Command', false],
  [['unit', 'units'], 'Unit', false],
  [['force', 'forces'], 'Force', false],
  [['battlegroup', 'battlegroups'], 'Battlegroup', false],
  [['bataillon', 'bataillone', 'bataillons'], 'Bataillon', true],
  [['armee', 'armeen'], 'Armee', true],
  [['korps', 'armeekorps'], 'Korps', true],
  [['flotte'], 'Flotte', true],
  [['brigaden'], 'Brigade', true],
  [['divisionen'], 'Division', true],
  [['regimenter', 'regiments'], 'Regiment', true],
  [['osg'], 'OSG', false],
  [['ombr'], 'OMBr', false],
  [['oshbr'], 'OShBr', false],
  [['odshbr'], 'ODShBr', false],
  [['otbr'], 'OTBr', false],
  [['obrmp'], 'OBrMP', false],
  [['otg'], 'OTG', false],
];

/** Modifier words that may appear in lower case inside a numbered formation (`the 47th mechanized brigade`). */
const LOWER_MODIFIERS = [
  'separate', 'independent', 'mechanized', 'mechanised', 'motorized', 'motorised', 'motor', 'rifle',
  'airmobile', 'airborne', 'air', 'assault', 'tank', 'armored', 'armoured', 'marine', 'naval',
  'infantry', 'light', 'heavy', 'mountain', 'jaeger', 'artillery', 'rocket', 'missile', 'guards',
  'territorial', 'defense', 'defence', 'national', 'guard', 'special', 'purpose', 'operations',
  'forces', 'reconnaissance', 'recon', 'sniper', 'engineer', 'engineering', 'signal', 'logistics',
  'combined', 'arms', 'army', 'tactical', 'operational', 'strategic', 'unmanned', 'systems',
  'drone', 'strike', 'commando', 'ranger', 'paratrooper', 'paratroopers', 'parachute', 'presidential',
  'coastal', 'border', 'volunteer', 'rapid', 'reaction', 'training', 'combat', 'brigade',
  'battalion', 'regiment', 'division', 'corps', 'expeditionary', 'fighter', 'bomber', 'aviation',
  'helicopter', 'anti-aircraft', 'air-defense', 'air-defence', 'spetsnaz', 'storm', 'shock', 'rifle',
];

/** Qualifiers that let `Group` (and a few weaker heads) end a named formation. */
const GROUP_QUALIFIERS = [
  'tactical', 'operational-tactical', 'strategic', 'operational-strategic', 'battle', 'strike',
  'assault', 'task', 'expeditionary', 'special', 'airborne',
];

/**
 * Words that stop a proper-name prefix: articles, determiners, numerals in words and the
 * months, and capitalised words that start sentences more often than they name units.
 */
const STOP_WORDS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your',
  'my', 'each', 'every', 'both', 'other', 'another', 'some', 'many', 'several', 'all', 'any', 'no',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'new', 'elite',
  'entire', 'whole', 'former', 'same', 'which', 'whose', 'when', 'while', 'where', 'after', 'before',
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'of', 'to', 'and', 'or', 'but', 'as', 'if',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'mr', 'ms', 'mrs', 'dr', 'gen', 'general', 'col', 'colonel', 'commander',
  'soldiers', 'troops', 'fighters', 'officers', 'members', 'units', 'several', 'most', 'more',
  'enemy', 'allied', 'government', 'rebel', 'regime', 'junta', 'occupying',
  'occupation', 'local', 'regular', 'army', 'armies', 'main', 'key', 'first', 'last', 'next',
  'such', 'own', 'islamist', 'islamic', 'jihadist', 'chechen', 'kurdish', 'arab', 'druze', 'alawite',
  'shia', 'shiite', 'sunni', 'christian', 'notorious', 'feared', 'so-called', 'pro-russian',
  'pro-kremlin', 'pro-government', 'pro-iranian', 'iran-backed', 'russian-backed', 'turkish-backed',
  'swiss', 'chinese', 'british', 'french', 'german', 'italian', 'spanish', 'polish', 'turkish',
  'indian', 'pakistani', 'japanese', 'korean', 'afghan', 'iraqi', 'egyptian', 'saudi', 'jordanian',
  'libyan', 'ethiopian', 'somali', 'nigerian', 'kenyan', 'mexican', 'canadian', 'australian', 'dutch',
  'belgian', 'finnish', 'swedish', 'norwegian', 'danish', 'estonian', 'latvian', 'lithuanian',
  'georgian', 'armenian', 'azerbaijani', 'serbian', 'croatian', 'hungarian', 'romanian', 'greek',
  'czech', 'austrian', 'portuguese', 'irish', 'scottish', 'welsh', 'conference', 'league', 'nhl',
  'nba', 'nfl', 'mlb', 'ncaa', 'afc', 'nfc', 'ukraine', 'russia', 'israel', 'sudan', 'myanmar', 'syria', 'yemen', 'lebanon',
];

/** Proper-name prefixes that make a non-military or historical `Brigade`/`Army`/`Corps`. */
const BLOCKED_NAMED = [
  'fire brigade', 'fire brigades', 'international brigade', 'international brigades',
  'boys brigade', 'boys’ brigade', 'girls brigade', 'salvation army', 'red army', 'continental army',
  'confederate army', 'union army', 'terracotta army', 'peace corps', 'press corps',
  'diplomatic corps', 'job corps', 'conservation corps', 'civilian conservation corps',
  'climate corps', 'youth corps', 'student army', 'marine corps', 'army corps of engineers',
  'white army', 'grand army', 'bucket brigade', 'light brigade', 'royal navy', 'air force',
  'space force', 'fan army', 'peoples liberation army', 'people liberation army', 'clone army', 'revolutionary guard corps', 'islamic revolutionary guard corps', 'dumbledore’s army', 'dumbledore\'s army',
];

/** Nationality adjectives and possessives that name a side (never part of a unit name). */
const SIDE_WORDS: Array<[string[], string]> = [
  [['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'zsu', 'afu', 'ukrainische', 'ukrainischen', 'ukrainischer', 'kiew'], 'ua'],
  [['russia', 'russian', 'russians', 'moscow', 'kremlin', 'rf', 'russische', 'russischen', 'russischer', 'russland', 'moskau'], 'ru'],
  [['israelische', 'israelischen'], 'il'],
  [['north korean', 'north korea', 'dprk', 'pyongyang'], 'kp'],
  [['israel', 'israeli', 'israelis', 'idf', 'tzahal'], 'il'],
  [['hamas', 'palestinian', 'palestinians', 'gaza', 'pij'], 'ps'],
  [['hezbollah', 'hizbollah', 'hizballah', 'lebanese'], 'lb'],
  [['houthi', 'houthis', 'ansar allah', 'ansarallah'], 'ye'],
  [['sudanese army', 'saf', 'burhan'], 'sd'],
  [['rsf', 'janjaweed'], 'rsf'],
  [['tatmadaw', 'myanmar', 'burmese', 'junta'], 'mm'],
  [['syrian', 'syria'], 'sy'],
  [['iranian', 'iran', 'irgc'], 'ir'],
  [['belarusian', 'belarus'], 'by'],
  [['american', 'u.s', 'us', 'united states'], 'us'],
  [['british', 'uk'], 'gb'],
  [['french', 'france'], 'fr'],
  [['malian', 'mali'], 'ml'],
  [['burkinabe', 'burkina faso'], 'bf'],
  [['nigerien', 'niger'], 'ne'],
];

/** Formation-type words that, in Russia–Ukraine coverage, tell the side by themselves. */
export const TYPE_SIDE: Array<[string, string]> = [
  ['airmobile', 'ua'],
  ['territorial defense', 'ua'],
  ['territorial defence', 'ua'],
  ['operational tactical group', 'ua'],
  ['operational-tactical group', 'ua'],
  ['operational-strategic group', 'ua'],
  ['jaeger', 'ua'],
  ['air command', 'ua'],
  ['separate mechanized brigade', 'ua'],
  ['mechanized brigade', 'ua'],
  ['motor rifle', 'ru'],
  ['motorized rifle', 'ru'],
  ['motorised rifle', 'ru'],
  ['vdv', 'ru'],
  ['tank army', 'ru'],
  ['naval infantry', 'ru'],
  ['combined arms army', 'ru'],
  ['guards', 'ru'],
  ['group of forces', 'ru'],
  ['military district', 'ru'],
  ['spetsnaz', 'ru'],
  ['light infantry division', 'mm'],
  ['light infantry battalion', 'mm'],
  ['military operations command', 'mm'],
  ['regional operations command', 'mm'],
];

/**
 * Named formations: canonical name, side, and bare aliases. An alias marked with `?` needs
 * context before it counts alone (the full name elsewhere in the text, or a unit word right
 * after it such as `Wagner fighters`), because it is also an ordinary word or a person's name.
 */
export interface NamedUnit {
  name: string;
  side?: string;
  aliases: string[];
  /** Word pairs that make an alias not the unit (`sea of azov`, `akhmat kadyrov`). */
  notWith?: string[];
  /** Local formations take the place they are named for from the capitalised word before
   *  (`Kawlin People’s Defence Force`, `Mandalay People’s Defence Force`). */
  placeFirst?: boolean;
}

export const NAMED_UNITS: NamedUnit[] = [
  // Russia–Ukraine
  { name: 'Rubicon Center of Advanced Unmanned Systems', side: 'ru', aliases: ['Rubicon Center for Advanced Unmanned Technologies', 'Rubikon Center for Advanced Unmanned Technologies', 'Rubicon Center', 'Rubicon Centre', 'Rubikon Center', 'Rubicon', 'Rubikon'], notWith: ['cross', 'crossed', 'crossing', 'crosses', 'technologies', 'capital', 'partners', 'river'] },
  { name: 'Azov', side: 'ua', aliases: ['Azov Brigade', 'Azov Regiment', 'Azov Battalion', 'Azov'], notWith: ['sea', 'coast', 'coastline', 'port', 'shore', 'region', 'steel', 'azovstal'] },
  { name: 'Kraken', side: 'ua', aliases: ['Kraken Regiment', 'Kraken Unit', 'Kraken'] },
  { name: 'Wagner Group', side: 'ru', aliases: ['PMC Wagner', 'Wagner PMC', '?Wagner'], notWith: ['richard', 'opera', 'composer', 'ring'] },
  { name: 'Akhmat', side: 'ru', aliases: ['Akhmat Special Forces', 'Akhmat battalion', 'Akhmat'], notWith: ['kadyrov', 'grozny', 'mosque', 'stadium', 'arena'] },
  { name: 'Africa Corps', side: 'ru', aliases: ['Africa Corps', 'Afrika Korps'] },
  { name: 'Russian Volunteer Corps', side: 'ua', aliases: ['Russian Volunteer Corps', 'RDK'] },
  { name: 'Freedom of Russia Legion', side: 'ua', aliases: ['Freedom of Russia Legion', 'Free Russia Legion'] },
  { name: 'International Legion', side: 'ua', aliases: ['International Legion'] },
  { name: 'Da Vinci Wolves', side: 'ua', aliases: ['Da Vinci Wolves', 'Da Vinci Wolves Battalion'] },
  { name: 'Magyar’s Birds', side: 'ua', aliases: ['Magyar’s Birds', "Magyar's Birds", 'Madyar’s Birds', "Madyar's Birds"] },
  { name: 'Georgian Legion', side: 'ua', aliases: ['Georgian Legion'] },
  { name: 'Polish Volunteer Corps', side: 'ua', aliases: ['Polish Volunteer Corps'] },
  { name: 'Kastus Kalinouski Regiment', side: 'ua', aliases: ['Kastus Kalinouski Regiment', 'Kalinouski Regiment', 'Kastus Kalinouski Battalion'] },
  { name: 'Sheikh Mansur Battalion', side: 'ua', aliases: ['Sheikh Mansur Battalion'] },
  { name: 'Dzhokhar Dudayev Battalion', side: 'ua', aliases: ['Dzhokhar Dudayev Battalion'] },
  { name: 'Carpathian Sich', side: 'ua', aliases: ['Carpathian Sich Battalion', 'Carpathian Sich'] },
  { name: 'Siberian Battalion', side: 'ua', aliases: ['Siberian Battalion'] },
  { name: 'Pyatnashka', side: 'ru', aliases: ['Pyatnashka Brigade', 'Pyatnashka brigade', 'Pyatnashka battalion', 'Pyatnashka'] },
  { name: 'Storm-Z', side: 'ru', aliases: ['Storm-Z', 'Storm Z'] },
  { name: 'Black Sea Fleet', side: 'ru', aliases: ['Black Sea Fleet'] },
  { name: 'Baltic Fleet', side: 'ru', aliases: ['Baltic Fleet'] },
  { name: 'Northern Fleet', side: 'ru', aliases: ['Northern Fleet'] },
  { name: 'Pacific Fleet', side: 'ru', aliases: ['Pacific Fleet'] },
  { name: 'Caspian Flotilla', side: 'ru', aliases: ['Caspian Flotilla'] },
  { name: 'Sparta Battalion', side: 'ru', aliases: ['Sparta Battalion'] },
  { name: 'Somali Battalion', side: 'ru', aliases: ['Somali Battalion'] },
  { name: 'Vostok Battalion', side: 'ru', aliases: ['Vostok Battalion'] },
  // Russian groupings of forces, also shortened in bulletins (`the Tsentr group`)
  { name: 'Sever Group of Forces', side: 'ru', aliases: ['Sever group of forces', 'Sever Group', 'Sever group', 'Sever grouping', 'North group of forces', 'Gruppe Sewer', 'Gruppierung Sewer', 'Truppengruppierung Sewer', 'Truppengruppe Sewer'] },
  { name: 'Zapad Group of Forces', side: 'ru', aliases: ['Zapad group of forces', 'Zapad Group', 'Zapad group', 'Zapad grouping', 'West group of forces', 'Sapad group of forces', 'Sapad Group of Forces', 'Sapad Group', 'Truppengruppe Sapad', 'Gruppe Sapad', 'Gruppierung Sapad', 'Truppengruppierung Sapad'] },
  { name: 'Tsentr Group of Forces', side: 'ru', aliases: ['Tsentr group of forces', 'Tsentr Group', 'Tsentr group', 'Tsentr grouping', 'Centre group of forces', 'Center group of forces', 'Zentr group of forces', 'Zentr Group of Forces', 'Truppengruppe Zentr', 'Gruppe Zentr', 'Gruppierung Zentr', 'Truppengruppierung Zentr'] },
  { name: 'Yug Group of Forces', side: 'ru', aliases: ['Yug group of forces', 'Yug Group', 'Yug group', 'Yug grouping', 'Yuzhnaya group of forces', 'South group of forces'] },
  { name: 'Vostok Group of Forces', side: 'ru', aliases: ['Vostok group of forces', 'Vostok Group', 'Vostok group', 'Vostok grouping', 'East group of forces', 'Wostok group of forces', 'Wostok Group of Forces', 'Wostok Group', 'Wostok grouping', 'Truppengruppe Wostok', 'Gruppe Wostok', 'Gruppierung Wostok', 'Truppengruppierung Wostok'] },
  { name: 'Dnepr Group of Forces', side: 'ru', aliases: ['Dnepr group of forces', 'Dnepr Group', 'Dnepr group', 'Dnepr grouping', 'Dnipro group of forces', 'Gruppe Dnepr', 'Gruppierung Dnepr', 'Truppengruppierung Dnepr', 'Truppengruppe Dnepr'] },
  // Ukrainian operational-strategic groups as German reports name them (the English forms are
  // found by the `... operational-strategic group` / `OSG` rule in units.ts)
  { name: 'Khortytsia Operational-Strategic Group', side: 'ua', aliases: ['Truppengruppierung Chortyzja', 'Gruppierung Chortyzja', 'Operativ-strategische Gruppierung Chortyzja'] },
  { name: 'Tavria Operational-Strategic Group', side: 'ua', aliases: ['Truppengruppierung Tawrija', 'Gruppierung Tawrija', 'Operativ-strategische Gruppierung Tawrija'] },
  // Israel and its adversaries
  { name: 'Izz ad-Din al-Qassam Brigades', side: 'ps', aliases: ['Izz ad-Din al-Qassam Brigades', 'Izz al-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'Ezzedine al-Qassam', 'al-Qassam Brigades', 'Al-Qassam Brigades', 'Qassam Brigades', 'Qassam Brigade', 'al-Qassam', 'Al-Qassam'] },
  { name: 'al-Quds Brigades', side: 'ps', aliases: ['al-Quds Brigades', 'Al-Quds Brigades', 'Quds Brigades', 'Saraya al-Quds'] },
  { name: 'Al-Aqsa Martyrs’ Brigades', side: 'ps', aliases: ['Al-Aqsa Martyrs’ Brigades', "Al-Aqsa Martyrs' Brigades", 'al-Aqsa Martyrs Brigades', 'Al-Aqsa Martyrs Brigades', 'Al-Aqsa Martyrs Brigade'] },
  { name: 'Radwan Force', side: 'lb', aliases: ['Radwan Force', 'Radwan Forces', 'Radwan unit', 'Radwan special forces', '?Radwan'] },
  { name: 'Quds Force', side: 'ir', aliases: ['Quds Force', 'IRGC-QF'] },
  { name: 'IRGC Aerospace Force', side: 'ir', aliases: ['IRGC Aerospace Force', 'Aerospace Force of the IRGC', 'IRGC-ASF', 'Revolutionary Guards Aerospace Force', 'Revolutionary Guard Aerospace Force'] },
  { name: 'Golani Brigade', side: 'il', aliases: ['Golani Brigade', 'Golani'] },
  { name: 'Givati Brigade', side: 'il', aliases: ['Givati Brigade', 'Givati'] },
  { name: 'Nahal Brigade', side: 'il', aliases: ['Nahal Brigade'] },
  { name: 'Kfir Brigade', side: 'il', aliases: ['Kfir Brigade'] },
  { name: 'Paratroopers Brigade', side: 'il', aliases: ['Paratroopers Brigade'] },
  { name: 'Unit 8200', side: 'il', aliases: ['Unit 8200'] },
  { name: 'Commando Brigade', side: 'il', aliases: ['Commando Brigade'] },
  { name: 'Shayetet 13', side: 'il', aliases: ['Shayetet 13', 'Shayetet'] },
  { name: 'Sayeret Matkal', side: 'il', aliases: ['Sayeret Matkal'] },
  { name: 'Duvdevan', side: 'il', aliases: ['Duvdevan unit', 'Duvdevan Unit', 'Duvdevan'] },
  { name: 'Yahalom', side: 'il', aliases: ['Yahalom unit', 'Yahalom Unit', '?Yahalom'] },
  { name: 'Egoz', side: 'il', aliases: ['Egoz unit', 'Egoz Unit', 'Egoz'] },
  { name: 'Maglan', side: 'il', aliases: ['Maglan unit', 'Maglan Unit', '?Maglan'] },
  { name: 'Nukhba', side: 'ps', aliases: ['Nukhba forces', 'Nukhba Force', 'Nukhba unit', 'Nukhba'] },
  { name: 'Nasr Unit', side: 'lb', aliases: ['Nasr Unit', 'Nasr unit'] },
  { name: 'Aziz Unit', side: 'lb', aliases: ['Aziz Unit', 'Aziz unit'] },
  { name: 'Badr Unit', side: 'lb', aliases: ['Badr Unit', 'Badr unit'] },
  // Sudan, Sahel, Myanmar, Syria, Iraq, Yemen
  { name: 'Rapid Support Forces', side: 'rsf', aliases: ['Rapid Support Forces', 'Rapid Support Force', 'RSF'] },
  { name: 'Syrian Democratic Forces', side: 'sy', aliases: ['Syrian Democratic Forces', 'SDF'], notWith: ['japan', 'japanese'] },
  { name: 'Syrian National Army', side: 'sy', aliases: ['Syrian National Army'] },
  { name: 'Free Syrian Army', side: 'sy', aliases: ['Free Syrian Army'] },
  { name: 'Tiger Forces', side: 'sy', aliases: ['Tiger Forces', 'Tiger Force'] },
  { name: 'Al-Bara bin Malik Brigade', side: 'sd', aliases: ['Al-Bara bin Malik Brigade', 'al-Bara bin Malik Brigade', 'Al-Baraa bin Malik Brigade', 'al-Baraa bin Malik Brigade'] },
  { name: 'Popular Mobilization Forces', side: 'iq', aliases: ['Popular Mobilization Forces', 'Popular Mobilisation Forces', 'PMF', 'Hashd al-Shaabi'] },
  { name: 'Kataib Hezbollah', side: 'iq', aliases: ['Kataib Hezbollah', 'Kata’ib Hezbollah', "Kata'ib Hezbollah"] },
  { name: 'Arakan Army', side: 'mm', aliases: ['Arakan Army'] },
  { name: 'Kachin Independence Army', side: 'mm', aliases: ['Kachin Independence Army', 'KIA'], notWith: ['motors', 'car', 'cars', 'sportage', 'sorento', 'dealer'] },
  { name: 'Myanmar National Democratic Alliance Army', side: 'mm', aliases: ['Myanmar National Democratic Alliance Army', 'MNDAA'] },
  { name: 'Ta’ang National Liberation Army', side: 'mm', aliases: ['Ta’ang National Liberation Army', "Ta'ang National Liberation Army", 'TNLA'] },
  { name: 'Karen National Liberation Army', side: 'mm', aliases: ['Karen National Liberation Army', 'KNLA'] },
  { name: 'People’s Defence Force', side: 'mm', aliases: ['People’s Defence Force', "People's Defence Force", 'People’s Defense Force', "People's Defense Force", 'People’s Defence Forces', "People's Defence Forces"], placeFirst: true },
  { name: 'Karenni Nationalities Defense Force', side: 'mm', aliases: ['Karenni Nationalities Defense Force', 'Karenni Nationalities Defence Force', 'KNDF'] },
  { name: 'Chin National Army', side: 'mm', aliases: ['Chin National Army'] },
  { name: 'Bamar People’s Liberation Army', side: 'mm', aliases: ['Bamar People’s Liberation Army', "Bamar People's Liberation Army", 'BPLA'] },
  { name: 'Security Belt Forces', side: 'ye', aliases: ['Security Belt Forces', 'Security Belt'] },
  { name: 'Giants Brigades', side: 'ye', aliases: ['Giants Brigades', 'Giants Brigade', 'Al-Amalika Brigades', 'Amaliqa Brigades'] },
  { name: 'Sudan Liberation Army', side: 'sd', aliases: ['Sudan Liberation Army', 'Sudan Liberation Movement/Army'] },
  { name: 'Joint Protection Force', side: 'sd', aliases: ['Joint Force of Darfur Armed Movements', 'Joint Force of the Darfur Armed Movements', 'Joint Force of Darfur armed movements', 'Joint Force of the Darfur armed movements', 'Darfur Joint Protection Force', 'Joint Darfur Force', '?Joint Force'], notWith: ['commander', 'command', 'headquarters', 'staff', 'nato', 'chiefs'] },
  { name: 'Justice and Equality Movement', side: 'sd', aliases: ['Justice and Equality Movement', 'JEM'] },
  { name: 'Sudan Shield Forces', side: 'sd', aliases: ['Sudan Shield Forces', 'Sudan Shield Force'] },
  { name: 'Border Guard Police', side: 'mm', aliases: ['Border Guard Police'] },
  // eastern Congo and Ethiopia (an armed movement fighting its own state takes that state's code)
  { name: 'M23', side: 'cd', aliases: ['M23', 'March 23 Movement', 'M23/AFC'] },
  { name: 'Wazalendo', side: 'cd', aliases: ['Wazalendo'] },
  { name: 'Allied Democratic Forces', side: 'cd', aliases: ['Allied Democratic Forces', 'ADF'], notWith: ['israel', 'idf'] },
  { name: 'CODECO', side: 'cd', aliases: ['CODECO'] },
  { name: 'Twirwaneho', side: 'cd', aliases: ['Twirwaneho'] },
  { name: 'Red Tabara', side: 'bi', aliases: ['RED-Tabara', 'Red-Tabara', 'RED Tabara', 'Red Tabara'] },
  { name: 'Amhara Fano National Movement', side: 'et', aliases: ['Amhara Fano National Movement', 'AFNM'] },
  // Somalia's special forces
  { name: 'Gorgor', side: 'so', aliases: ['Gorgor commandos', 'Gorgor Commandos', 'Gorgor Brigade', 'Gorgor brigade', 'Gorgor unit', 'Gorgor forces', '?Gorgor'] },
  // jihadist groups of the Sahel and the Lake Chad basin
  { name: 'Islamic State West Africa Province', side: 'ng', aliases: ['Islamic State West Africa Province', 'Islamic State’s West Africa Province', "Islamic State's West Africa Province", 'ISWAP'] },
  { name: 'Islamic State Sahel Province', side: 'ml', aliases: ['Islamic State Sahel Province', 'Islamic State in the Greater Sahara', 'IS Sahel', 'ISGS'] },
  { name: 'Ansaru', side: 'ng', aliases: ['Ansaru'] },
  { name: 'Jama’at Nusrat al-Islam wal-Muslimin', side: 'ml', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin", 'Jama’at Nusrat al-Islam wal-Muslimin', 'Jamaat Nusrat al-Islam wal-Muslimin', 'Jama’at Nusrat al-Islam wa al-Muslimin', "Jama'at Nusrat al-Islam wa al-Muslimin", 'Jamaat Nusrat al-Islam wa al-Muslimin', 'Group for the Support of Islam and Muslims', 'JNIM'] },
  { name: 'Fano militia', side: 'et', aliases: ['?Fano', 'Fano militia', 'Fano militias', 'Fano fighters', 'Fano forces'] },
  { name: 'Tigray Defense Forces', side: 'et', aliases: ['Tigray Defense Forces', 'Tigray Defence Forces', 'TDF'] },
  { name: 'Oromo Liberation Army', side: 'et', aliases: ['Oromo Liberation Army', 'OLA'] },
  // Burkina Faso's civilian auxiliaries, Syria's Druze militia, Mozambique's local militia
  { name: 'Volunteers for the Defence of the Homeland', side: 'bf', aliases: ['Volunteers for the Defence of the Homeland', 'Volunteers for the Defense of the Homeland', 'Volunteers for the Defence of the Fatherland', 'Volunteers for the Defense of the Fatherland', 'Volontaires pour la Défense de la Patrie', '?VDP'] },
  { name: 'Men of Dignity', side: 'sy', aliases: ['Men of Dignity', 'Rijal al-Karama', 'Rijal al-Karamah'] },
  { name: 'Força Local', side: 'mz', aliases: ['Força Local', 'Forca Local'] },
];

/** Aliases that are organisations or whole sides, never units (kept for clarity and tests). */
export const NOT_UNITS = [
  'ukrainian forces', 'russian forces', 'russian army', 'ukrainian army', 'armed forces',
  'israel defense forces', 'sudanese armed forces', 'national guard', 'ministry of defense',
  'hamas', 'hezbollah', 'houthis', 'black bird group', 'institute for the study of war',
];

export interface UnitLexicon {
  heads: Map<string, HeadInfo>;
  lowerModifiers: Set<string>;
  groupQualifiers: Set<string>;
  stop: Set<string>;
  blocked: Set<string>;
  sideWords: Map<string, string>;
  /** First word (lower case) → named units whose alias starts with it, longest alias first. */
  aliasIndex: Map<string, Array<{ words: string[]; unit: NamedUnit; needsContext: boolean; firstCase: AliasCase }>>;
}

let cached: UnitLexicon | undefined;

/**
 * How the first word of a lexicon match must be written in the text: `acronym` all in capitals
 * (`RSF`), `capital` capitalised (or an Arabic particle: `al-Qassam`), `any` as it comes. Read
 * off the unit's first alias (without a `?`) whose lower case starts with the word, else its name.
 */
export type AliasCase = 'acronym' | 'capital' | 'any';

export function aliasCase(unit: NamedUnit, firstWord: string): AliasCase {
  const raw = (unit.aliases.find((a) => a.replace(/^\?/, '').toLowerCase().replace(/'/g, '’').startsWith(firstWord)) ?? unit.name).replace(/^\?/, '');
  if (/^[A-Z0-9-]{2,}$/.test(raw.split(/\s/)[0])) return 'acronym';
  return raw[0] !== raw[0].toLowerCase() ? 'capital' : 'any';
}

/** Splits an alias into the word tokens the extractor's tokenizer would produce. */
export function aliasWords(alias: string): string[] {
  return alias
    .replace(/[’']s\b/g, '’s')
    .split(/[\s/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, ''))
    .filter(Boolean)
    .map((w) => w.toLowerCase().replace(/'/g, '’'));
}

export function unitLexicon(): UnitLexicon {
  if (cached) return cached;
  const heads = new Map<string, HeadInfo>();
  for (const [forms, singular, named] of HEAD_ROWS) for (const f of forms) heads.set(f, { singular, named });
  const sideWords = new Map<string, string>();
  for (const [words, side] of SIDE_WORDS) for (const w of words) sideWords.set(w, side);
  const aliasIndex: UnitLexicon['aliasIndex'] = new Map();
  for (const unit of NAMED_UNITS) {
    const forms = unit.aliases.some((a) => a === unit.name) ? unit.aliases : [unit.name, ...unit.aliases];
    for (const raw of forms) {
      const needsContext = raw.startsWith('?');
      const words = aliasWords(needsContext ? raw.slice(1) : raw);
      if (!words.length) continue;
      const list = aliasIndex.get(words[0]) ?? [];
      list.push({ words, unit, needsContext, firstCase: aliasCase(unit, words[0]) });
      aliasIndex.set(words[0], list);
    }
  }
  for (const list of aliasIndex.values()) list.sort((a, b) => b.words.length - a.words.length);
  cached = {
    heads,
    lowerModifiers: new Set(LOWER_MODIFIERS),
    groupQualifiers: new Set(GROUP_QUALIFIERS),
    stop: new Set(STOP_WORDS),
    blocked: new Set(BLOCKED_NAMED),
    sideWords,
    aliasIndex,
  };
  return cached;
}
