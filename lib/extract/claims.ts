// Numeric claims: every number that states a fact about the war, with its hedge and counted
// noun in the span (`at least 41 vehicles`, `nearly 500 square miles`, `159 Russians`, `about
// $500 million`, `Mach 14`, `six times more`, `nearly half`, `three to four hours`), normalised
// (value, hedge interval, canonical unit and value) and placed (side, measure, where, when,
// attribution). See lib/text/hedges.ts for the hedge table and lib/text/units.ts for units.
//
// Not claims: dates and times (`April 26, 2025`, `6:00 PM`, `in 2024`), ordinals (`81st`),
// numbers inside names and codes (`S-400`, `Su-34`, `Switchblade 600`, `48N6E3`, `COVID-19`,
// `Resolution 2334`, `No. 3`), ages (`25-year-old`), decades (`1990s`). Number words count only
// with a unit or counted noun (`seven months`, `two villages`), so `one thing` or `both sides`
// stay unmarked; bare digits need a hedge or a noun the sentence supplies (`North Korean
// troops—around 12,000`, `as few as 18` after `41 vehicles`).
//
// One tokenizer pass (shared with the other extractors), then one walk over the tokens that feeds
// the sentence, date and weapon-name readers and lists the tokens a claim can start at (digit runs
// and trigger words); the scan then jumps from candidate to candidate, and the costly reading
// (hedge, counted noun, measure, side, where, when, attribution) happens only there, with every
// look-around bounded: linear in the text.

import type { Approx, Category, Claim, Measure, PlaceEntity, UnitEntity } from '../model';
import { hedgeBeforeTokens, intervalFor, VAGUE } from '../text/hedges';
import { detectConvention, isNumberWord, parseDigitsAt, parseScaleAt, parseWordsAt, type NumberConvention, type ParsedNumber } from '../text/numbers';
import { SegmentBuilder, tokenAt, type Segments } from '../text/sentences';
import { WordFilter } from '../text/word-filter';
import { isDash, isHyphen, isThinSpace, lowerOf, tokensFor, TokKind, wideWords, type Tok } from '../text/tokens';
import { CURRENCY_PREFIX, isAttackUnit, lexicon, singular, type Lexicon, type UnitInfo } from '../text/units';
import { attributionAnaphor, authorVoice, findAttribution, fitsAnaphor, hasReportingCue, personIn } from './attribution';
import { articleMonth, dateReader, dateStartWords, dateWordFilter, lowerDateWordLength, type DateSpan } from './dates';
import { documentVoice, enemies, ENEMY_WORDS, opponentOf, sourceSide, WeaponReader, weaponPrefixes, weaponSide, type WeaponMention } from './weapons';

export interface ClaimContext {
  /** Publication date (ISO), fallback for `when` and anchor for relative dates. */
  date?: string;
  /** Places already found in the same text (used for `where`). */
  places?: PlaceEntity[];
  /** Units already found in the same text (used for attribution and side). */
  units?: UnitEntity[];
}

interface Raw {
  /** Token range of the span. */
  ti: number;
  tj: number;
  /** Token range of the number itself. */
  ni: number;
  nj: number;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: Approx;
  unit: string;
  /** The class counted when coarser than the unit (UnitInfo.kind). */
  kind?: string;
  factor: number;
  category: Category;
  measureUnit: boolean;
  people: boolean;
  military: boolean;
  casualty?: Measure;
  side?: string;
  /** Unit came from context, not the span. */
  inferred?: boolean;
  /** The people counted are of no side (a neutral ship's crew hit by an attacker named after them): no fallback gives one. */
  noSide?: boolean;
}

const NAME_PREFIX_LOWER = new Set([
  'page', 'p', 'pp', 'article', 'section', 'resolution', 'chapter', 'paragraph', 'route', 'highway', 'flight', 'exit',
  'no', 'nos', 'nr', 'number', 'tel', 'phone', 'fax', 'room', 'version', 'level', 'category', 'grade', 'class',
  'model', 'type', 'series', 'block', 'stage', 'phase', 'item', 'figure', 'fig', 'table', 'vol', 'volume', 'episode',
  'season', 'part', 'act', 'code', 'id', 'platform', 'gate', 'terminal', 'channel', 'lot', 'plot', 'aged', 'age',
  'ages', 'step', 'option', 'point', 'rule', 'clause', 'annex', 'appendix', 'order', 'decree', 'law', 'bill',
  'minute', 'hour', 'day', 'week', 'year', 'quarter', 'q', 'match', 'game', 'round', 'hole', 'mile', 'km', 'kilometre', 'area',
  'kilometer', 'highway', 'road', 'street', 'st', 'avenue', 'building', 'apartment', 'tower', 'sector', 'zone', 'gen',
  'generation', 'covid', 'windows', 'iphone', 'galaxy', 'ps', 'xbox', 'top', 'rank', 'ranked', 'scored', 'score',
]);
/** Capitalised words that may stand right before a claim number. */
const CAP_OK = new Set([
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'more', 'less', 'fewer', 'under',
  'up', 'at', 'as', 'only', 'just', 'another', 'all', 'those', 'these', 'the', 'in', 'on', 'for', 'with', 'by',
  'from', 'since', 'after', 'before', 'within', 'killing', 'including', 'of', 'and', 'but', 'while', 'with', 'to',
  'estimated', 'an', 'a', 'exactly', 'precisely', 'circa', 'below', 'above', 'least', 'than', 'between', 'some',
  'mach', 'usd', 'eur', 'uah', 'rub', 'gbp', 'ils', 'sdg', 'us', 'a$', 'c$', 'total', 'overall', 'nearly', 'barely',
  'kill', 'killed', 'wounded', 'injured', 'lost', 'destroyed', 'another', 'further', 'additional', 'per', 'every',
  'each', 'first', 'last', 'past', 'next', 'then', 'when', 'where', 'if', 'though', 'although', 'since', 'today',
  'yesterday', 'overnight', 'meanwhile', 'however', 'still', 'now', 'so', 'yet', 'also', 'well', 'far', 'dozens',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight', 'altogether',
  'its', 'their', 'his', 'her', 'our', 'both',
  // German sentence openers and hedges
  'rund', 'etwa', 'mehr', 'fast', 'knapp', 'mindestens', 'bis', 'über', 'nach', 'insgesamt', 'weitere', 'bei', 'mit', 'von', 'seit',
  // German weekdays and times of day (capitalised nouns, never the prefix of a name: `am Sonntag 40 Drohnen`)
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'nacht', 'morgen', 'abend',
  'vormittag', 'nachmittag', 'wochenende',
]);
const SKIP_ADJ = new Set([
  'additional', 'more', 'other', 'new', 'armored', 'armoured', 'enemy', 'foreign', 'military', 'heavy', 'light',
  'main', 'battle', 'combat', 'elite', 'regular', 'reserve', 'fresh', 'young', 'local', 'innocent', 'unarmed', 'armed',
  'captured', 'surrendered', 'dead', 'killed', 'wounded', 'injured', 'confirmed', 'verified', 'separate', 'such',
  'active', 'serving', 'trained', 'experienced', 'western', 'allied', 'hostile', 'mobilised', 'mobilized', 'extra',
  'total', 'own', 'of', 'their', 'its', 'his', 'her', 'our', 'different', 'various', 'similar', 'smaller', 'larger',
  'large', 'small', 'big', 'major', 'key', 'strategic', 'tactical', 'ballistic', 'cruise', 'attack', 'assault',
  'kamikaze', 'suicide', 'fpv', 'aerial', 'naval', 'air', 'ground', 'border', 'frontline', 'front', 'palestinian',
  'civilian', 'aid', 'humanitarian', 'medical', 'rescue', 'police', 'security', 'government', 'rebel', 'militia',
  'paramilitary', 'displaced', 'missing', 'abducted', 'detained', 'held', 'seized', 'damaged', 'destroyed', 'downed',
  'intercepted', 'incoming', 'drone', 'missile', 'artillery', 'rocket', 'mortar', 'tank', 'infantry', 'fighting',
  'armoured', 'special', 'forces', 'operations', 'cargo', 'passenger', 'commercial', 'merchant', 'oil', 'fuel', 'food',
  'residential', 'high-rise', 'apartment', 'more', 'soviet', 'nato', 'western-made', 'further',
  // German adjectives between a number word and its noun (`vier ballistischen Raketen`, `drei weitere Flugabwehrsysteme`)
  'weitere', 'weiteren', 'ballistische', 'ballistischen', 'russische', 'russischen', 'ukrainische', 'ukrainischen',
  'feindliche', 'feindlichen', 'zivile', 'zivilen', 'neue', 'neuen', 'schwere', 'schweren', 'iranische', 'iranischen',
  'israelische', 'israelischen', 'westliche', 'westlichen', 'zusätzliche', 'zusätzlichen', 'gepanzerte', 'gepanzerten',
  'unbemannte', 'unbemannten', 'amerikanische', 'amerikanischen', 'nordkoreanische', 'nordkoreanischen', 'leichte', 'leichten',
]);
const MILITARY_PEOPLE = new Set([
  'troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'servicemembers', 'service', 'personnel',
  'fighters', 'fighter', 'militants', 'militant', 'combatants', 'recruits', 'conscripts', 'reservists', 'volunteers',
  'mercenaries', 'officers', 'commanders', 'generals', 'pilots', 'sailors', 'marines', 'paratroopers', 'militiamen',
  'insurgents', 'rebels', 'jihadists', 'gunmen', 'commandos', 'snipers', 'infantrymen', 'sappers', 'gunners',
  'operatives', 'peacekeepers', 'contractors', 'infantry', 'guards', 'advisers', 'advisors', 'instructors',
  'russians', 'ukrainians', 'north koreans', 'strong', 'occupiers', 'invaders', 'aggressors', 'orcs',
  'majors', 'captains', 'lieutenants', 'colonels', 'sergeants', 'corporals', 'privates', 'brigadiers',
  'soldaten', 'soldat', 'kämpfer', 'infanteristen', 'infanterist',
]);
/** Last words of the two-word entries of MILITARY_PEOPLE (`north koreans`). */
const MILITARY_SECOND_WORDS: ReadonlySet<string> = new Set([...MILITARY_PEOPLE].filter((w) => w.includes(' ')).map((w) => w.slice(w.lastIndexOf(' ') + 1)));
/** The side a count gets when two sides' people or arms are counted together (`Russian and North Korean troops`): none. */
const MIXED_SIDES = '+';
/** People nouns that also modify a noun after them (`civilian vessels`, `police vehicles`). */
const ATTRIBUTIVE_PEOPLE = new Set(['civilian', 'police', 'soldier', 'refugee', 'militia', 'rebel', 'militant', 'enemy', 'army']);
const NOT_NOUNS = new Set([
  'comments', 'comment', 'shares', 'photos', 'images', 'views', 'likes', 'replies', 'reads', 'pages', 'points', 'goals',
  'games', 'matches', 'seconds', 'this', 'was', 'has', 'is', 'does', 'its', 'his', 'hers', 'ours', 'thus', 'always',
  'as', 'us', 'yes', 'less', 'unless', 'across', 'plus', 'minus', 'times', 'whereas', 'perhaps', 'towards', 'besides',
  'afterwards', 'sometimes', 'nevertheless', 'news', 'series', 'species', 'means', 'odds', 'stars', 'votes', 'seats',
  'followers', 'subscribers', 'downloads', 'minutes', 'hours', 'others', 'ones', 'yards', 'runs', 'wickets', 'laps',
]);
const KILLED = new Set(['killed', 'died', 'dead', 'deaths', 'death', 'perished', 'fatalities', 'killing', 'slain', 'kills', 'kill', 'dying', 'executed', 'massacred', 'lives', 'toll', 'bodies', 'fatally', 'eliminated', 'neutralised', 'neutralized', 'liquidated', 'getötet', 'starben', 'tote', 'toten', 'gefallen']);
const WOUNDED = new Set(['wounded', 'injured', 'hurt', 'injuries', 'injuring', 'wounding', 'maimed', 'verletzt', 'verwundet', 'verletzte', 'verwundete', 'verletzten', 'verwundeten']);
const CAPTURED = new Set(['capturing', 'captured', 'prisoners', 'prisoner', 'surrendered', 'detained', 'detaining', 'arrested', 'arresting', 'abducted', 'kidnapped', 'hostages', 'hostage', 'pows', 'pow', 'captive', 'captives']);
const MISSING = new Set(['missing', 'disappeared', 'unaccounted']);
const LOSSES = new Set(['cost', 'costing', 'verlor', 'verloren', 'verluste', 'lost', 'losses', 'lose', 'losing', 'loses', 'casualties', 'casualty']);
const AGENT_VERBS = new Set(['killed', 'killing', 'kills', 'kill', 'wounded', 'wounding', 'injured', 'injuring', 'destroyed', 'destroying', 'destroy', 'shot', 'downed', 'intercepted', 'struck', 'hit', 'eliminated', 'neutralised', 'neutralized', 'liquidated', 'captured', 'capturing', 'detained', 'abducted', 'took', 'taken', 'seized', 'arrested', 'arresting']);
/** A lower-case plural the lexicon does not list, taken as the counted noun itself (`devices`, `crates`). */
const unlistedPlural = (w: string): boolean => w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') && !NOT_NOUNS.has(w) && !/(ous|ies|ly)$/.test(w);

/** Quotation marks around a counted noun (`47 "terrorists"`). */
const QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', "'"]);
/** Pronouns a part of a count points back with (`112 of them`, `40 of which`). */
const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'which', 'whom', 'these', 'those']);
/** Words that never modify a counted noun (`30 were killed`, `12 and 14`). */
/** Words of a plan whose points are counted (`the 28-point peace plan ... 19 points`). */
const PLAN_WORDS: ReadonlySet<string> = new Set(['plan', 'plans', 'proposal', 'proposals', 'framework', 'agreement', 'deal', 'draft', 'memorandum', 'roadmap', 'accord', 'treaty', 'initiative', 'blueprint']);

/** German articles and article-bearing prepositions before a noun (`der`, `im`, `zum`). */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'diese', 'dieser', 'diesem', 'diesen', 'dieses', 'jener', 'jenem']);

const NOT_MODIFIERS = /^(?:were|was|are|is|have|had|has|and|the|for|per|but|who|not|from|into|with|than|more|less|its|their|his|her|our|this|that|these|those|each|times|out|over|under|after|before|since|during|while|when|where|which|what)$/;
/** The one side a source's name carries (`Russian Defence Ministry`, `Israeli military`, `U.S. Central Command`). */
function namedSide(sc: Scanner, source: string): string | undefined {
  const ruUa = sourceSide(source);
  if (ruUa) return ruUa;
  const found = new Set<string>();
  if (/\bU\.S\./.test(source)) found.add('us');
  const words = source.split(/[^\p{L}]+/u).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const two = k + 1 < words.length ? `${w} ${words[k + 1]}`.toLowerCase() : '';
    const side = (two && sc.lex.sides.get(two)) || (/^\p{Lu}/u.test(w) && w !== 'US' ? sc.lex.sides.get(w.toLowerCase()) : undefined) || (w === 'US' ? 'us' : undefined);
    if (side) found.add(side);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Verbs counted in times, with the noun of one time (`attacked 19 times` → 19 attacks). */
const FREQUENCY_VERBS: ReadonlyMap<string, string> = new Map([
  ['attacked', 'attack'], ['assaulted', 'attack'], ['stormed', 'attack'], ['shelled', 'shelling'], ['bombarded', 'shelling'],
]);
/** Verbs whose object is people hurt: a bare count after one counts people. */
const HARM_VERBS = new Set(['kills', 'killed', 'kill', 'killing', 'wounds', 'wounded', 'wounding', 'injures', 'injured', 'injuring', 'slew']);
/** What a side does to the other side's people: `Israeli raid`, `Russian strikes`, `RSF shelling`. */
const ATTACK_NOUNS = new Set(['raid', 'raids', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombardment', 'bombing', 'bombings', 'offensive', 'assault', 'incursion', 'barrage', 'ambush']);
const OBLIQUE = new Set(['of', 'in', 'into', 'from', 'across', 'on', 'against', 'to', 'at', 'toward', 'towards', 'near', 'inside', 'within', 'over', 'with', 'by', 'for', 'than', 'between', 'like', 'behind', 'beyond', 'outside']);
/** Adjectives that may be capitalised before a counted noun (`two Western hostages`). */
const LAUNCHED = new Set(['launched', 'fired', 'flown', 'sent', 'crossed', 'came', 'flew', 'coming', 'arriving']);
const MADE = new Set(['made', 'manufactured', 'produced', 'built', 'supplied', 'developed', 'designed']);
const CAP_ADJ = new Set(['western', 'soviet', 'nato', 'allied', 'palestinian']);
/** Demonyms that are their own plural (`300 Lebanese were killed`). */
const INVARIANT_DEMONYMS = new Set(['lebanese', 'sudanese', 'burmese', 'chinese', 'congolese', 'japanese', 'vietnamese', 'burkinabe', 'swiss', 'malians', 'somali']);
const AFTER_PEOPLE = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'died', 'killed', 'and', 'or', 'in', 'on', 'at', 'who', 'from', 'to', 'fled', 'remain', 'remained', 'live', 'living', 'had', 'since', 'across', 'inside', 'abroad']);
const LONG_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({ monthlong: 'month', yearlong: 'year', weeklong: 'week', daylong: 'day', hourlong: 'hour', decadelong: 'decade' }));
const FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries({ half: 50, halves: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10, hälfte: 50, drittel: 100 / 3, viertel: 25 }));
/** German fraction nouns (capitalised, after an article or a number word: `mehr als die Hälfte`, `zwei Drittel`). */
const GERMAN_FRACTIONS: ReadonlySet<string> = new Set(['hälfte', 'drittel', 'viertel']);
/** Fighters named by what their enemy calls them (counted as people, military). */
const EXTRA_FIGHTERS = new Set(['terrorists', 'terrorist', 'extremists', 'bandits', 'saboteurs', 'separatists', 'collaborators']);
const VAGUE_START = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'tens', 'millions', 'billions']);

/** Side words that name an armed group rather than a state (the first word of a two-word name counts). */
const GROUP_WORDS: ReadonlySet<string> = new Set(['houthi', 'houthis', 'huthi', 'huthis', 'ansar', 'hamas', 'qassam', 'islamic', 'hezbollah', 'hizbollah', 'hizballah', 'hisbollah', 'rsf', 'janjaweed', 'rapid', 'hts', 'm23', 'shabaab', 'taliban']);

/** Side words that name a side in lower case too (`hamas`, `russischen`); others must be capitalised. */
const LOWER_SIDES: ReadonlySet<string> = new Set(['hamas', 'hezbollah', 'idf', 'rsf', 'saf', 'junta', 'tatmadaw', 'houthis', 'houthi'].concat(...['russische', 'ukrainische', 'israelische'].map((w) => [w, `${w}n`, `${w}r`, `${w}s`])));
let LOWER_SIDE_FILTER: WordFilter | undefined;
const lowerSideFilter = (): WordFilter => (LOWER_SIDE_FILTER ??= new WordFilter(LOWER_SIDES));
/** First words of two-word sides (`north korean`, `saudi arabia`), and `u` of `U.S.`. */
const SIDE_FIRST_WORDS = ['north', 'south', 'saudi', 'united', 'burkina', 'islamic', 'ansar', 'rapid', 'u'];
let LOWER_SIDE_START_FILTER: WordFilter | undefined;
/** Every lower-case word baseSideOf() can read a side from. */
const lowerSideStartFilter = (): WordFilter => (LOWER_SIDE_START_FILTER ??= new WordFilter([...LOWER_SIDES, ...SIDE_FIRST_WORDS]));

const NO_DATES = new Int32Array(0);
const WORD_IDX = new Int32Array(5);
let dateScratch = NO_DATES;
let PHRASE_FILTER: WordFilter | undefined;
const phraseFirstFilter = (): WordFilter => (PHRASE_FILTER ??= new WordFilter(lexicon().byFirst.keys()));

let SIDE_WORD_FILTER: WordFilter | undefined;
/** Every word baseSideOf() can read a side from: the lexicon's side words, first words of two-word sides, `u`. */
const sideWordFilter = (lex: Lexicon): WordFilter => (SIDE_WORD_FILTER ??= new WordFilter([...lex.sides.keys(), ...SIDE_FIRST_WORDS]));

/** Tokens either side of a claim searched for side, attribution and date cues. */
const WINDOW = 120;

const TRIG_VAGUE = 1;
const TRIG_NUMBER = 2;
const TRIG_ARTICLE = 3;
const TRIG_FRACTION = 4;
const TRIG_LONG = 5;
const TRIG_MACH = 6;
let TRIGGERS: Map<string, number> | undefined;
let TRIGGER_FILTER: WordFilter | undefined;
const triggerFilter = (): WordFilter => (TRIGGER_FILTER ??= new WordFilter(triggers().keys()));

/** Words that can start a claim, with what reads them (one lookup per word). Built on first use. */
function triggers(): Map<string, number> {
  if (TRIGGERS) return TRIGGERS;
  const m = new Map<string, number>();
  for (const w of ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig'])
    if (isNumberWord(w)) m.set(w, TRIG_NUMBER);
  m.set('a', TRIG_ARTICLE);
  m.set('an', TRIG_ARTICLE);
  for (const w of FRACTIONS.keys()) m.set(w, TRIG_FRACTION);
  for (const w of LONG_WORDS.keys()) m.set(w, TRIG_LONG);
  for (const w of VAGUE_START) m.set(w, TRIG_VAGUE);
  m.set('mach', TRIG_MACH);
  TRIGGERS = m;
  return m;
}

// The Scanner's walk asks up to four questions of every word (can a claim, a date or a side start
// here, can a weapon name?). One table answers all four for most words at once: a byte of flags
// per (length, first two letters) of the lower-case word, as in WordFilter's first test. A word
// with no flag set is none of them; a flagged word still goes through each reader's own filter.
const W_TRIG = 1;
const W_DATE = 2;
const W_SIDE_LOWER = 4;
const W_SIDE_CAP = 8;
const W_WEAPON = 16;
// (exported as WALK_FLAGS below, for tests)
let WALK_HEADS: Uint8Array | undefined;
/** One bit per walkHead() row with any flag (8 KB: stays in the first-level cache; the byte table is looked at only on a hit). */
let WALK_ANY: Uint32Array | undefined;

/** The (length, first two letters) row of a non-empty lower-case word (lengths above 15 share one). */
export function walkHead(w: string, n: number): number {
  const len = n < 15 ? n : 15;
  return (len * 64 + (w.charCodeAt(0) & 63)) * 64 + (w.charCodeAt(n > 1 ? 1 : 0) & 63);
}

/**
 * walkHead() of word token t's lower case. When lower-casing keeps the text's length (`aligned`:
 * no letter of the text grows, so none of a word grows either) it is read off the text itself
 * when the word's first two letters are ASCII (folded to lower case: an ASCII letter lower-cases
 * to itself | 32 wherever it stands), without touching the word's own string.
 */
export function wordHead(text: string, t: Tok, aligned: boolean): number {
  const n = t.e - t.s;
  const c0 = text.charCodeAt(t.s) | 32;
  const c1 = n > 1 ? text.charCodeAt(t.s + 1) | 32 : c0;
  if (aligned && c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122) return ((n < 15 ? n : 15) * 64 + (c0 & 63)) * 64 + (c1 & 63);
  return walkHead(t.l, t.l.length);
}

/** The flags of walkHeads(): a trigger word, a date word, a lower-case side word, any side word, a weapon name's letters. */
export const WALK_FLAGS = { trigger: 1, date: 2, sideLower: 4, sideCap: 8, weapon: 16 } as const;

/** Flags of walkHead() rows: which reader may want a word with that head. Built on first use. */
export function walkHeads(lex: Lexicon): Uint8Array {
  if (WALK_HEADS) return WALK_HEADS;
  const t = new Uint8Array(16 * 64 * 64);
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const w of words) if (w.length) t[walkHead(w, w.length)] |= flag;
  };
  mark(triggers().keys(), W_TRIG);
  mark(dateStartWords(), W_DATE);
  mark([...LOWER_SIDES, ...SIDE_FIRST_WORDS], W_SIDE_LOWER);
  mark([...lex.sides.keys(), ...SIDE_FIRST_WORDS], W_SIDE_CAP);
  // a weapon name's word is its leading letters alone (`exact`) or starts with them (any length)
  for (const { p, exact } of weaponPrefixes()) {
    const l = p.toLowerCase();
    if (exact) {
      t[walkHead(l, l.length)] |= W_WEAPON;
      continue;
    }
    for (let n = l.length; n <= 15; n++) {
      if (n === 1 || l.length > 1) t[walkHead(l.padEnd(n, l), n)] |= W_WEAPON;
      else for (let c = 0; c < 64; c++) t[(n * 64 + (l.charCodeAt(0) & 63)) * 64 + c] |= W_WEAPON;
    }
  }
  const any = new Uint32Array(t.length >> 5);
  for (let h = 0; h < t.length; h++) if (t[h]) any[h >> 5] |= 1 << (h & 31);
  WALK_ANY = any;
  WALK_HEADS = t;
  return t;
}

/** An ASCII lower-case letter at index k of w (then w is not all capitals). */
const lowerAsciiAt = (w: string, k: number): boolean => {
  const c = w.charCodeAt(k);
  return c >= 97 && c <= 122;
};

/** The sorted union of two ascending lists. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) {
    if (y >= b.length || (x < a.length && a[x] < b[y])) out.push(a[x++]);
    else if (x < a.length && a[x] === b[y]) {
      out.push(a[x++]);
      y++;
    } else out.push(b[y++]);
  }
  return out;
}

const roundTo = (x: number, d = 4): number => {
  const f = d === 4 ? 1e4 : d === 6 ? 1e6 : d === 2 ? 1e2 : 10 ** d;
  return Math.round(x * f) / f;
};

class Scanner {
  readonly toks: Tok[];
  readonly conv: NumberConvention;
  readonly seg: Segments;
  readonly lex: Lexicon;
  /** 1 + the index in `dates` of the date holding each token, or 0 (only from the first date's token on). */
  private dateTok: Int32Array = NO_DATES;
  private dateFrom = 0;
  readonly dates: DateSpan[];
  readonly raws: Raw[] = [];
  /** Tokens a claim can start at, ascending: digit runs and words that pass the trigger filter. */
  private readonly starts: number[] = [];
  inferredMilitary = false;
  /** Weapon names by their first token: a named system lends its side like a demonym. */
  readonly weaponAt = new Map<number, { end: number; w: WeaponMention }>();
  /** Words baseSideOf() may read a side from (all others it rejects), ascending. */
  private readonly sideAt: number[] = [];
  /** The tokens sideOf() may answer at, ascending: those of `sideAt` and the first tokens of weapon names. */
  private cues: readonly number[] = [];
  private sideCounts: Map<string, number> | undefined;

  constructor(
    readonly text: string,
    readonly ctx: ClaimContext,
  ) {
    const toks = (this.toks = tokensFor(text) as Tok[]);
    this.conv = detectConvention(toks);
    this.lex = lexicon();
    // one walk over the tokens feeds the sentence and date readers and lists where a claim can
    // start (digits and trigger words); everything after looks only there and around the claims
    const seg = new SegmentBuilder(toks);
    const dates = dateReader(toks, ctx.date);
    const weapons = new WeaponReader(text, toks);
    const filter = triggerFilter();
    const dateWords = dateWordFilter();
    const heads = walkHeads(this.lex);
    const anyHead = WALK_ANY as Uint32Array;
    const starts = this.starts;
    const sideAt = this.sideAt;
    // in a text whose lower case is as long as itself a word's head is read off the text itself
    // (its first two letters folded to lower case when both are ASCII), not off the word's string
    const aligned = lowerOf(text).length === text.length;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const k = t.k;
      if (k === TokKind.Word) {
        const h = wordHead(text, t, aligned);
        const f = (anyHead[h >> 5] & (1 << (h & 31))) === 0 ? 0 : heads[h];
        // a weapon name opens a capitalised word (offered also when lower-casing changed its length)
        if (t.cap && ((f & W_WEAPON) !== 0 || (!aligned && t.l.length !== t.e - t.s))) weapons.offer(i);
        if (f === 0) continue;
        const l = t.l;
        // a date starts at a capitalised word or a lower-case one of a date word's length, and
        // only at a word of the date filter (checked in that order: the cheap tests first)
        if ((f & W_DATE) !== 0 && (t.cap || lowerDateWordLength(t.e - t.s)) && dateWords.mayHave(l)) dates.offer(i);
        if ((f & W_TRIG) !== 0 && filter.mayHave(l)) starts.push(i);
        if ((f & (t.cap ? W_SIDE_CAP : W_SIDE_LOWER)) !== 0) sideAt.push(i);
      } else if (k === TokKind.Digits) {
        dates.offer(i);
        starts.push(i);
      } else if (k === TokKind.Break || (k === TokKind.Punct && (t.t === '.' || t.t === '!' || t.t === '?' || t.t === '\u2026'))) seg.visit(i);
    }
    this.seg = seg.done();
    this.dates = dates.dates;
    if (this.dates.length > 0) {
      let lo = toks.length;
      let hi = 0;
      for (const ds of this.dates) {
        lo = Math.min(lo, ds.i);
        hi = Math.max(hi, Math.min(ds.j, toks.length));
      }
      this.dateFrom = lo;
      // one buffer for every text (a scanner lives only inside extractClaims()): allocating a
      // typed array per text cost more than filling it
      const len = Math.max(0, hi - lo);
      if (dateScratch.length < len) dateScratch = new Int32Array(Math.max(len, 2 * dateScratch.length));
      this.dateTok = dateScratch.subarray(0, len);
      this.dateTok.fill(0);
      for (let d = 0; d < this.dates.length; d++) {
        const ds = this.dates[d];
        for (let k = ds.i; k < ds.j && k < toks.length; k++) this.dateTok[k - lo] = d + 1;
      }
    }
    let ti = 0;
    for (const w of weapons.done(wideWords(toks))) {
      // the token starting at the name, and the first token after it (the tokens cover the text)
      ti = tokenAt(this.toks, w.start, ti);
      if (this.toks[ti].s !== w.start) continue;
      this.weaponAt.set(ti, { end: tokenAt(this.toks, w.end - 1, ti) + 1, w });
    }
    this.cues = this.weaponAt.size === 0 ? this.sideAt : mergeAscending(this.sideAt, [...this.weaponAt.keys()]);
  }

  /** Index in the cue list of the first cue at or after token k. */
  cueFrom(k: number): number {
    const cues = this.cues;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The cue at index c of the cue list, or -1 past its end or at or after token `hi`. */
  cue(c: number, hi: number): number {
    const k = c < this.cues.length ? this.cues[c] : -1;
    return k < hi ? k : -1;
  }

  /** From cue index c, the index of the last cue before token `end` (the loop's c++ then goes on at `end`). */
  skipCues(c: number, end: number): number {
    while (c + 1 < this.cues.length && this.cues[c + 1] < end) c++;
    return c;
  }

  /** 1 + the index in `dates` of the date holding token k, or 0. */
  dateAt(k: number): number {
    const x = k - this.dateFrom;
    return x >= 0 && x < this.dateTok.length ? this.dateTok[x] : 0;
  }

  /** How often the article names each side (demonyms and side nouns only), counted once on first use. */
  sideCount(side: string): number {
    if (!this.sideCounts) {
      const m = new Map<string, number>();
      const at = this.sideAt;
      for (let c = 0; c < at.length; c++) {
        const s = this.baseSideOf(at[c]);
        if (!s) continue;
        m.set(s.side, (m.get(s.side) ?? 0) + 1);
        while (c + 1 < at.length && at[c + 1] < s.end) c++;
      }
      this.sideCounts = m;
    }
    return this.sideCounts.get(side) ?? 0;
  }

  readonly present = (side: string): boolean => this.sideCount(side) > 0;

  private groupSideMemo: string | null | undefined;
  /** The side of the armed group (not a state: `Houthis`, `Hamas`, `RSF`) the article names most, if one leads. */
  groupSide(): string | undefined {
    if (this.groupSideMemo === undefined) {
      const m = new Map<string, number>();
      for (const k of this.sideAt) {
        if (!GROUP_WORDS.has(this.toks[k].l)) continue;
        const s = this.baseSideOf(k);
        if (s) m.set(s.side, (m.get(s.side) ?? 0) + 1);
      }
      let best: string | null = null;
      let bestN = 0;
      for (const [side, n] of m) {
        if (n > bestN) [best, bestN] = [side, n];
        else if (n === bestN) best = null;
      }
      this.groupSideMemo = best;
    }
    return this.groupSideMemo ?? undefined;
  }

  /**
   * The other side, for people or things a side killed, captured or shot down: the candidate the
   * paragraph of the claim being placed (`focus`) names most, else the one the article names most
   * (a live blog's entries on Gaza, Lebanon and Syria each have their own enemy of Israel).
   */
  opponent(side: string): string | undefined {
    if (this.focus >= 0) {
      const here = this.paragraphSides(this.seg.paragraphOf(this.focus));
      const o = opponentOf(side, (x) => here.get(x) ?? 0, false);
      if (o) return o;
    }
    return opponentOf(side, (x) => this.sideCount(x), this.ruUaTheatre);
  }

  /**
   * Whether the article may be about the war in Ukraine, where Russia's enemy is Ukraine even when
   * the text does not name it (false when most of its places lie in a third country: Russians in Mali).
   */
  ruUaTheatre = true;

  /** Token of the claim whose side is being placed, or -1 (set by extractClaims()). */
  focus = -1;
  private paraSides: Map<number, Map<string, number>> | undefined;

  /** How often paragraph p names each side (as sideCount() counts them). */
  paragraphSides(p: number): ReadonlyMap<string, number> {
    if (!this.paraSides) {
      const all = new Map<number, Map<string, number>>();
      const at = this.sideAt;
      for (let c = 0; c < at.length; c++) {
        const s = this.baseSideOf(at[c]);
        if (!s) continue;
        const q = this.seg.paragraphOf(at[c]);
        let m = all.get(q);
        if (!m) all.set(q, (m = new Map()));
        m.set(s.side, (m.get(s.side) ?? 0) + 1);
        while (c + 1 < at.length && at[c + 1] < s.end) c++;
      }
      this.paraSides = all;
    }
    return this.paraSides.get(p) ?? EMPTY_COUNTS;
  }

  /** Next token index after k skipping one horizontal space run; -1 at a line break / end. */
  next(k: number): number {
    let x = k + 1;
    if (this.toks[x]?.k === TokKind.Space) x++;
    const t = this.toks[x];
    if (!t || t.k === TokKind.Break) return -1;
    return x;
  }

  prev(k: number): number {
    let x = k - 1;
    if (this.toks[x]?.k === TokKind.Space) x--;
    const t = this.toks[x];
    if (!t || t.k === TokKind.Break) return -1;
    return x;
  }

  glued(a: number, b: number): boolean {
    const x = this.toks[a];
    const y = this.toks[b];
    return x !== undefined && y !== undefined && x.e === y.s;
  }

  sentenceStartTok(k: number): number {
    return this.seg.sentenceStart[this.seg.sentenceOf(k)] ?? 0;
  }

  /** The claim's sentence, clipped to WINDOW tokens either side (keeps every look-around bounded). */
  window(r: { ti: number; tj: number; ni: number }): [number, number] {
    const s = this.seg.sentenceOf(r.ni);
    const lo = Math.max(this.seg.sentenceStart[s] ?? 0, r.ti - WINDOW);
    const hi = Math.min(this.seg.sentenceStart[s + 1] ?? this.toks.length, r.tj + WINDOW);
    return [lo, hi];
  }

  isSentenceInitial(k: number): boolean {
    return this.sentenceStartTok(k) === k;
  }

  /** First words of the lexicon's phrases: most words are no unit and skip the map lookup. */
  private readonly phraseFilter = phraseFirstFilter();

  /** Scratch for wordIdxBefore() (shared: read right after each fill). */
  private readonly wordIdx = WORD_IDX;

  /**
   * The word tokens directly before token k, nearest FIRST, into `wordIdx`: up to n (<= 5),
   * stopping at punctuation (but reading over the dot of `approx.`); returns how many.
   */
  wordIdxBefore(k: number, n: number): number {
    let count = 0;
    let x = this.prev(k);
    while (x >= 0 && count < n) {
      const t = this.toks[x];
      if (t.k === TokKind.Word) this.wordIdx[count++] = x;
      else if (t.t === '.' && (this.toks[x - 1]?.l === 'approx' || this.toks[x - 1]?.l === 'ca')) {
        // `approx.`
      } else break;
      x = this.prev(x);
    }
    return count;
  }

  /** Match a lexicon phrase starting at token k. */
  phraseAt(k: number): { info: UnitInfo; end: number } | null {
    const t = this.toks[k];
    if (!t) return null;
    if (!this.phraseFilter.mayHave(t.l)) return null;
    const list = this.lex.byFirst.get(t.l);
    if (!list) return null;
    for (const entry of list) {
      let x = k;
      let ok = true;
      for (const w of entry.rest) {
        let y = x + 1;
        if (this.toks[y]?.k === TokKind.Space && isThinSpace(this.toks[y])) y++;
        const u = this.toks[y];
        if (!u || u.l !== w) {
          ok = false;
          break;
        }
        x = y;
      }
      // a word phrase must end at a word boundary (`km` not inside `kmph`, `m` not in `M23`), and
      // a one-letter unit is written in lower case (`12 M23 fighters`, `5 M-class` are names)
      if (ok) {
        const after = this.toks[x + 1];
        if (after && (after.k === TokKind.Word || after.k === TokKind.Digits) && after.s === this.toks[x].e) continue;
        if (x === k && t.t.length === 1 && t.t !== t.l) continue;
        return { info: entry.info, end: x + 1 };
      }
    }
    return null;
  }

  sideOf(k: number): { side: string; end: number } | null {
    const s = this.baseSideOf(k);
    if (s || this.weaponAt.size === 0) return s;
    // a weapon name starts a capitalised word
    if (!this.toks[k]?.cap) return null;
    const w = this.weaponAt.get(k);
    if (!w) return null;
    const side = weaponSide(w.w, this.present);
    return side ? { side, end: w.end } : null;
  }

  baseSideOf(k: number): { side: string; end: number } | null {
    const t = this.toks[k];
    if (!t || t.k !== TokKind.Word) return null;
    // a lower-case word names a side only as one of these, any word only as a side word or the
    // first word of a two-word side (cheap checks before the ones below)
    if (!t.cap ? !lowerSideStartFilter().mayHave(t.l) : !sideWordFilter(this.lex).mayHave(t.l)) return null;
    if (t.l === 'north' || t.l === 'south' || t.l === 'saudi' || t.l === 'united' || t.l === 'burkina' || t.l === 'islamic' || t.l === 'ansar' || (t.l === 'rapid' && t.cap)) {
      const n = this.next(k);
      if (n >= 0) {
        const two = `${t.l} ${this.toks[n].l}`;
        const s = this.lex.sides.get(two);
        if (s) return { side: s, end: n + 1 };
      }
    }
    if (t.l === 'u' && this.toks[k + 1]?.t === '.' && this.toks[k + 2]?.l === 's' && this.toks[k + 3]?.t === '.') return { side: 'us', end: k + 4 };
    if (t.l === 'us' && t.t !== 'US') return null;
    // the ocean, not India's side
    if (t.l === 'indian' && this.toks[this.next(k)]?.l === 'ocean') return null;
    if (!t.cap && !(lowerSideFilter().mayHave(t.l) && LOWER_SIDES.has(t.l))) return null;
    const s = this.lex.sides.get(t.l);
    return s ? { side: s, end: k + 1 } : null;
  }

  /** Counted noun / unit after the number ending at token j (exclusive). */
  unitAfter(j: number, allowUnknown: boolean): { info: UnitInfo; end: number; side?: string; unknown?: boolean } | null {
    const r = this.unitAfterInner(j, allowUnknown);
    if (r.found) return r.found;
    const points = this.planPoints(j);
    if (points) return points;
    // a demonym with no noun after it names people: `12 million Sudanese`, `300 Lebanese were`
    if (r.sideEnd > 0 && r.skipped === 1 && r.side && INVARIANT_DEMONYMS.has(this.toks[r.sideEnd - 1].l)) {
      const nx = this.toks[r.sideEnd];
      const n2 = this.next(r.sideEnd - 1);
      if (!nx || nx.k !== TokKind.Space || n2 < 0 || this.toks[n2].k !== TokKind.Word || AFTER_PEOPLE.has(this.toks[n2].l))
        return { info: { unit: 'person', factor: 1, category: 'troops', measure: false, people: true }, end: r.sideEnd, side: r.side };
    }
    return null;
  }

  /**
   * `a peace plan, revised from 28 points to 19 points`: points are counted (unit `point`) when the
   * sentence speaks of a plan, proposal or agreement; elsewhere they are a game's score and no claim.
   */
  planPoints(j: number): { info: UnitInfo; end: number } | null {
    const x = this.next(j - 1);
    if (x < 0 || x !== j + 1 || this.toks[x].l !== 'points') return null;
    const s = this.seg.sentenceOf(x);
    const lo = this.seg.sentenceStart[s] ?? 0;
    const hi = Math.min(this.seg.sentenceStart[s + 1] ?? this.toks.length, lo + 2 * WINDOW);
    for (let k = lo; k < hi; k++) if (this.toks[k].k === TokKind.Word && PLAN_WORDS.has(this.toks[k].l)) return { info: { unit: 'point', factor: 1, category: 'other', measure: false }, end: x + 1 };
    return null;
  }

  unitAfterInner(j: number, allowUnknown: boolean): { found: { info: UnitInfo; end: number; side?: string; unknown?: boolean } | null; side?: string; sideEnd: number; skipped: number } {
    let skipped = 0;
    /** Of the words skipped, the known lower-case adjectives (`air`, `naval`, `heavy`). */
    let adjSkips = 0;
    let unknownSkips = 0;
    let side: string | undefined;
    let lastSideEnd = -1;
    const none = (): { found: null; side?: string; sideEnd: number; skipped: number } => ({ found: null, side, sideEnd: lastSideEnd, skipped });
    let quoted = false;
    const hit = (found: { info: UnitInfo; end: number; side?: string; unknown?: boolean }) => {
      // a noun in scare quotes keeps its closing quote (`47 "terrorists"`)
      if (quoted && QUOTES.has(this.toks[found.end]?.t ?? '') && this.glued(found.end - 1, found.end)) found = { ...found, end: found.end + 1 };
      return { found, side, sideEnd: lastSideEnd, skipped };
    };
    let x = j;
    // a closing quote right after the number: `"about 20" tunnel shafts` (the noun after it is counted)
    if (this.toks[x] !== undefined && this.toks[x].k === TokKind.Punct && QUOTES.has(this.toks[x].t) && this.glued(x - 1, x) && isThinSpace(this.toks[x + 1]) && this.toks[x + 2]?.k === TokKind.Word) {
      const q = this.phraseAt(x + 2);
      if (q) return { found: { info: q.info, end: q.end, side: q.info.side }, sideEnd: -1, skipped: 0 };
    }
    const gluedStart = this.toks[x] !== undefined && this.toks[x].k !== TokKind.Space;
    if (!gluedStart) {
      x = this.next(j - 1);
      if (x < 0) return none();
    }
    for (let steps = 0; steps < 6 && x >= 0; steps++) {
      const t = this.toks[x];
      if (t.k === TokKind.Punct && (t.t === '%' || t.t === '²')) {
        const m = this.phraseAt(x);
        if (m) return hit({ info: m.info, end: m.end, side });
        return none();
      }
      // an opening quote glued to the noun: `47 "terrorists" were killed`
      if (t.k === TokKind.Punct && QUOTES.has(t.t) && !quoted && !gluedStart && this.toks[x + 1]?.k === TokKind.Word && this.glued(x, x + 1)) {
        quoted = true;
        x++;
        continue;
      }
      // a calibre before the noun is a modifier of it: `12 million 152mm shells`, `two 60mm mortars`, `three 155-mm howitzers`
      if (t.k === TokKind.Digits && !gluedStart && skipped === 0) {
        const mm = this.glued(x, x + 1) && this.toks[x + 1]?.l === 'mm' ? x + 1 : isHyphen(this.toks[x + 1]) && this.glued(x, x + 1) && this.toks[x + 2]?.l === 'mm' && this.glued(x + 1, x + 2) ? x + 2 : -1;
        if (mm > 0 && !(this.toks[mm + 1]?.k === TokKind.Word && this.glued(mm, mm + 1))) {
          skipped++;
          x = this.next(mm);
          continue;
        }
      }
      if (t.k !== TokKind.Word) return none();
      // a model code before the noun (`6 T-72 tanks`, `two Su-25 jets`): a name, not a unit (`t`)
      // (or with no hyphen, in capitals: `12 M23 positions`)
      const codeDigits = isHyphen(this.toks[x + 1]) && this.glued(x, x + 1) && this.toks[x + 2]?.k === TokKind.Digits && this.glued(x + 1, x + 2) ? x + 2 : this.toks[x + 1]?.k === TokKind.Digits && this.glued(x, x + 1) && t.t === t.t.toUpperCase() && t.t !== t.l ? x + 1 : -1;
      if (!gluedStart && skipped < 3 && codeDigits > 0 && t.t.length <= 3) {
        let y = codeDigits;
        while (this.toks[y + 1] && this.toks[y + 1].k === TokKind.Word && this.glued(y, y + 1)) y++;
        const ny = this.next(y);
        const hyphenated = ny >= 0 && !this.toks[ny].cap && isHyphen(this.toks[ny + 1]) && this.glued(ny, ny + 1) && this.toks[ny + 2]?.k === TokKind.Word && this.glued(ny + 1, ny + 2);
        if (ny >= 0 && this.toks[ny].k === TokKind.Word && (this.phraseAt(ny) || hyphenated)) {
          const ws = this.sideOf(x);
          if (ws && !side) side = ws.side;
          skipped++;
          x = ny;
          continue;
        }
      }
      let m = this.phraseAt(x);
      // a singular noun coordinated with a modifier before a plural noun is a modifier too:
      // `52 assault and offensive actions` (the actions are counted)
      if (m && !m.info.measure && !m.info.people && m.end === x + 1 && !t.l.endsWith('s') && isThinSpace(this.toks[x + 1]) && (this.toks[x + 2]?.l === 'and' || this.toks[x + 2]?.l === 'or') && isThinSpace(this.toks[x + 3]) && this.toks[x + 4]?.k === TokKind.Word && !isNumberWord(this.toks[x + 4].l) && isThinSpace(this.toks[x + 5]) && this.toks[x + 6]?.k === TokKind.Word) {
        const m6 = this.phraseAt(x + 4) ?? this.phraseAt(x + 6);
        if (m6 && m6.end >= x + 7 && !m6.info.measure && !m6.info.people && this.toks[m6.end - 1].l.endsWith('s')) m = m6;
      }
      // a people noun used as a modifier counts the noun after it: `three civilian vessels`,
      // `four police vehicles`, `two refugee camps` (not `12 police were`, `40 civilians`)
      if (m && m.info.people && m.end === x + 1 && ATTRIBUTIVE_PEOPLE.has(t.l) && isThinSpace(this.toks[x + 1]) && this.toks[x + 2]?.k === TokKind.Word && !this.toks[x + 2].cap) {
        const mt = this.phraseAt(x + 2);
        const w = this.toks[x + 2].l;
        if (mt && !mt.info.measure && this.toks[mt.end - 1].l.endsWith('s')) m = mt;
        else if (!mt && allowUnknown && unlistedPlural(w) && !NOT_NOUNS.has(w) && !NOT_MODIFIERS.test(w))
          return hit({ info: { unit: singular(w), factor: 1, category: 'other', measure: false }, end: x + 3, side, unknown: true });
      }
      if (m) {
        if (skipped > 0 && m.info.measure && m.info.category !== 'cost') return none();
        // noun compounds: the head is the last noun (`missile strikes`, `drone attacks`), also across
        // one lower-case modifier after a singular noun (`1,641 multiple launch rocket system combat
        // vehicles` counts vehicles)
        if (!m.info.measure && !m.info.people) {
          for (let c = 0; c < 2; c++) {
            const y = this.toks[m.end];
            if (!isThinSpace(y)) break;
            let m2 = this.phraseAt(m.end + 1);
            if (!m2 && this.compoundModifier(m.end - 1)) {
              const m3 = this.phraseAt(m.end + 3);
              if (m3 && !m3.info.people && this.toks[m3.end - 1].l.endsWith('s')) m2 = m3;
            }
            if (!m2 || m2.info.measure) break;
            m = m2;
          }
        }
        return hit({ info: m.info, end: m.end, side: m.info.side ?? side });
      }
      if (gluedStart && steps === 0) return none();
      // a hyphenated compound ending in a counted noun names that noun: `zwei Patriot-Systeme`,
      // `40 Shahed-Drohnen`, `IRIS-T-Systeme` (not when a noun of its own follows: `anti-aircraft guns`)
      if (isHyphen(this.toks[x + 1]) && this.glued(x, x + 1)) {
        let y = x;
        while (isHyphen(this.toks[y + 1]) && this.glued(y, y + 1) && this.toks[y + 2]?.k === TokKind.Word && this.glued(y + 1, y + 2)) y += 2;
        // (a prefix makes a compound noun of its own, read below: `4 counter-offensives`)
        const last = y > x && !(y === x + 2 && /^(counter|anti|re|sub|mini|micro|super)$/.test(t.l)) ? this.phraseAt(y) : null;
        const after = this.next(y);
        if (last && last.end === y + 1 && !last.info.measure && !(this.toks[y + 1] && this.glued(y, y + 1) && (this.toks[y + 1].k === TokKind.Word || this.toks[y + 1].k === TokKind.Digits)) && (after < 0 || this.toks[after].k !== TokKind.Word || !this.phraseAt(after)))
          return hit({ info: last.info, end: y + 1, side: last.info.side ?? side ?? this.sideOf(x)?.side });
      }
      // `154 Shahed and decoy drones`: a coordinated modifier pair before a known noun
      if (unknownSkips === 0 && isThinSpace(this.toks[x + 1]) && this.toks[x + 2]?.l === 'and' && isThinSpace(this.toks[x + 3]) && this.toks[x + 4]?.k === TokKind.Word && !isNumberWord(this.toks[x + 4].l) && isThinSpace(this.toks[x + 5]) && this.toks[x + 6]?.k === TokKind.Word) {
        const m4 = this.phraseAt(x + 6);
        if (m4 && !m4.info.measure && this.toks[m4.end - 1].l.endsWith('s')) {
          unknownSkips++;
          skipped++;
          // a weapon name as the first modifier lends its side (`154 Shahed and decoy drones`);
          // two enemies' demonyms, neither (`1,200 Russian and Ukrainian soldiers`)
          const s1 = this.sideOf(x)?.side;
          const s2 = s1 ? this.sideOf(x + 4)?.side : undefined;
          if (s1 && s2 && enemies(s1, s2)) side = MIXED_SIDES;
          else if (!side) side = s1;
          x = x + 6;
          continue;
        }
      }
      const sd = this.sideOf(x);
      if (sd && sd.end > x + 1 && !this.baseSideOf(x)) {
        // a weapon name that ends in its noun (`two Bradley infantry fighting vehicles`)
        for (let y = x + 1; y < sd.end; y++) {
          const mw = this.toks[y].k === TokKind.Word ? this.phraseAt(y) : undefined;
          if (mw && mw.end === sd.end && !mw.info.measure && !mw.info.people) return hit({ info: mw.info, end: mw.end, side: side ?? sd.side });
        }
      }
      if (sd) {
        side = sd.side;
        skipped++;
        lastSideEnd = sd.end;
        x = this.next(sd.end - 1);
        // `1,200 Russian and Ukrainian soldiers`: two enemies' people counted together, of neither
        // (allies' read on: `60,000 Russian and North Korean troops` are the first's)
        if (x >= 0 && (this.toks[x].l === 'and' || this.toks[x].l === 'or') && skipped === 1) {
          const x2 = this.next(x);
          const sd2 = x2 >= 0 ? this.sideOf(x2) : null;
          if (sd2 && sd2.side !== sd.side) {
            if (enemies(sd.side, sd2.side)) side = MIXED_SIDES;
            lastSideEnd = sd2.end;
            x = this.next(sd2.end - 1);
            continue;
          }
        }
        if (x >= 0 && isHyphen(this.toks[x]) && this.glued(x - 1, x)) {
          // `Russian-made`, `Iranian-designed`
          x = this.next(x + 1);
        }
        continue;
      }
      // hyphenated modifier: `long-range`, `U.S.-supplied`
      if (isHyphen(this.toks[x + 1]) && this.glued(x, x + 1) && this.toks[x + 2]?.k === TokKind.Word && this.glued(x + 1, x + 2)) {
        // ... or a hyphenated plural noun of its own: `4 counter-offensives`
        const second = this.toks[x + 2];
        const after = this.next(x + 2);
        if (allowUnknown && skipped === 0 && !t.cap && !second.cap && unlistedPlural(second.l) && !this.phraseAt(x + 2) && !(this.toks[x + 3] && this.glued(x + 2, x + 3) && (this.toks[x + 3].k === TokKind.Word || isHyphen(this.toks[x + 3]))) && (after < 0 || this.toks[after].k !== TokKind.Word || !this.phraseAt(after)))
          return hit({ info: { unit: `${t.l}-${singular(second.l)}`, factor: 1, category: 'other', measure: false }, end: x + 3, side, unknown: true });
        // (a known noun after a prefix is a compound of its own: `4 counter-offensives`, kind `offensive`)
        const pm = /^(counter|anti|re|sub|mini|micro|super)$/.test(t.l) ? this.phraseAt(x + 2) : null;
        if (pm && pm.end === x + 3 && !pm.info.measure && !pm.info.people && (after < 0 || this.toks[after].k !== TokKind.Word || !this.phraseAt(after)))
          return hit({ info: { ...pm.info, unit: `${t.l}-${pm.info.unit}`, kind: pm.info.kind ?? pm.info.unit }, end: pm.end, side: pm.info.side ?? side });
        skipped++;
        x = this.next(x + 2);
        continue;
      }
      // `67 of the drones`
      // (not `one of the women`: a way of speaking of one, no count)
      if (t.l === 'the' && !t.cap && skipped === 1 && this.toks[this.prev(x)]?.l === 'of' && this.toks[j - 1]?.l !== 'one') {
        skipped++;
        x = this.next(x);
        continue;
      }
      if (SKIP_ADJ.has(t.l) && (!t.cap || CAP_ADJ.has(t.l))) {
        skipped++;
        if (!t.cap && !NOT_MODIFIERS.test(t.l) && !OBLIQUE.has(t.l)) adjSkips++;
        x = this.next(x);
        continue;
      }
      // one unknown modifier before a known plural noun: `132 guided bombs`, `40 Shahed drones`,
      // `3 guided aerial bombs` (known adjectives between); a second one only in lower case
      // (`two underground storage sites`)
      // (never a function word or pronoun: `7 from MLRS`, `112 of them from ...`; and not across
      // `of`: the plural before it is the counted noun, `28,000 containers of munitions`)
      if ((unknownSkips === 0 || (unknownSkips === 1 && !t.cap)) && isThinSpace(this.toks[x + 1]) && this.toks[x + 2]?.k === TokKind.Word && !NOT_MODIFIERS.test(t.l) && !OBLIQUE.has(t.l) && !PARTITIVE_PRONOUNS.has(t.l) && this.toks[x + 2].l !== 'of') {
        let y = x + 2;
        for (let a = 0; a < 2 && SKIP_ADJ.has(this.toks[y].l) && this.toks[y].l !== 'of' && !this.toks[y].cap && isThinSpace(this.toks[y + 1]) && this.toks[y + 2]?.k === TokKind.Word && !this.phraseAt(y); a++) y += 2;
        const m3 = this.phraseAt(y);
        const headWord = this.toks[m3 ? m3.end - 1 : y].l;
        // a singular noun after `one` (`one Filipino sailor`), else a plural one
        if (m3 && !m3.info.measure && (headWord.endsWith('s') || headWord === 'personnel' || headWord === 'aircraft' || (this.toks[j - 1]?.l === 'one' && !headWord.endsWith('s')))) {
          unknownSkips++;
          skipped++;
          x = y;
          continue;
        }
        if (unknownSkips === 0 && !t.cap && !this.toks[y].cap && y === x + 2 && isThinSpace(this.toks[y + 1]) && this.toks[y + 2]?.k === TokKind.Word && !NOT_MODIFIERS.test(this.toks[y].l) && !OBLIQUE.has(this.toks[y].l)) {
          // two lower-case modifiers: look one word further
          const m4 = this.phraseAt(y + 2);
          const hw = m4 ? this.toks[m4.end - 1].l : '';
          if (m4 && !m4.info.measure && !m4.info.people && hw.endsWith('s')) {
            unknownSkips += 2;
            skipped += 2;
            x = y + 2;
            continue;
          }
        }
      }
      if (EXTRA_FIGHTERS.has(t.l)) return hit({ info: { unit: 'person', factor: 1, category: 'troops', measure: false, people: true }, end: x + 1, side });
      // lower-case modifiers before an unlisted plural: `more than 30 explosive devices`,
      // `12 improvised explosive devices` (the noun is the unit, as after the number itself)
      if (allowUnknown && skipped === 0 && !t.cap && t.l.length >= 3 && !NOT_NOUNS.has(t.l) && !NOT_MODIFIERS.test(t.l)) {
        for (let y = x, mods = 0; mods < 2 && isThinSpace(this.toks[y + 1]) && this.toks[y + 2]?.k === TokKind.Word && !this.toks[y + 2].cap; mods++) {
          y += 2;
          const w = this.toks[y].l;
          if (unlistedPlural(w) && !this.phraseAt(y)) {
            return hit({ info: { unit: singular(w), factor: 1, category: 'other', measure: false }, end: y + 1, side, unknown: true });
          }
          if (NOT_NOUNS.has(w) || NOT_MODIFIERS.test(w)) break;
        }
      }
      // (also after known lower-case adjectives only: `more than 7,000 air violations`)
      if (allowUnknown && (skipped === 0 || (skipped === adjSkips && adjSkips <= 2)) && !t.cap && unlistedPlural(t.l)) {
        // `28,000 containers of munitions`: containers are counted, of the contents' category
        const o = this.next(x);
        const what = o >= 0 && this.toks[o].l === 'of' && this.next(o) >= 0 ? this.phraseAt(this.next(o)) : null;
        const category = what && !what.info.measure && !what.info.people ? what.info.category : 'other';
        return hit({ info: { unit: singular(t.l), factor: 1, category, measure: false }, end: x + 1, side, unknown: true });
      }
      return none();
    }
    return none();
  }

  /**
   * The noun ending at token k is singular and a lower-case modifier follows it, then a noun: a
   * compound goes on (`system combat vehicles`). Not a verb (`-ed`, `-ing`) or a function word.
   */
  compoundModifier(k: number): boolean {
    const head = this.toks[k];
    if (!head || head.k !== TokKind.Word || head.l.endsWith('s') || !isThinSpace(this.toks[k + 1])) return false;
    const w = this.toks[k + 2];
    if (!w || w.k !== TokKind.Word || w.cap || w.l.length < 3) return false;
    if (/(?:ed|ing|ly)$/.test(w.l) || NOT_MODIFIERS.test(w.l) || OBLIQUE.has(w.l) || NOT_NOUNS.has(w.l)) return false;
    return isThinSpace(this.toks[k + 3]) && this.toks[k + 4]?.k === TokKind.Word;
  }

  /** Reasons the digits at token i are no claim (name, code, date, time, ordinal). */
  rejectDigits(i: number, p: ParsedNumber): boolean {
    const toks = this.toks;
    const before = toks[i - 1];
    if (before && before.e === toks[i].s) {
      if (before.k === TokKind.Word) return true; // MH17, T72
      if (isDash(before) && toks[i - 2] && toks[i - 2].e === before.s && (toks[i - 2].k === TokKind.Word || toks[i - 2].k === TokKind.Digits)) return true; // S-400, Su-34
      if (before.t === '#' || before.t === '/' || before.t === ':' || before.t === '+') return true;
      if (before.t === '.' && toks[i - 2]?.k === TokKind.Digits) return true;
    }
    if (this.dateAt(i) && !this.dates[this.dateAt(i) - 1].bareYear) return true;
    // the second day of a date range: `March 2 to 3`, `2-3 March`
    {
      const pv = this.prev(i);
      if (pv >= 0 && (toks[pv].l === 'to' || toks[pv].l === 'and' || isDash(toks[pv]))) {
        const pp = this.prev(pv);
        if (pp >= 0 && this.dateAt(pp) && !this.dates[this.dateAt(pp) - 1].bareYear && toks[i].t.length <= 2 && p.j - p.i === 1) return true;
      }
      const nx = this.next(p.j - 1);
      if (toks[i].t.length <= 2 && nx >= 0 && (toks[nx].l === 'to' || isDash(toks[nx]))) {
        const n2 = this.next(nx);
        if (n2 >= 0 && this.dateAt(n2) && !this.dates[this.dateAt(n2) - 1].bareYear && toks[n2].k === TokKind.Digits) return true;
      }
    }
    const after = toks[p.j];
    if (after && after.s === toks[p.j - 1].e) {
      if (after.t === ':' && toks[p.j + 1]?.k === TokKind.Digits) return true; // 6:00
      if (after.t === '/' && toks[p.j + 1]?.k === TokKind.Digits) return true; // 5/17, 1/2
      if (after.k === TokKind.Word && /^(st|nd|rd|th|s|am|pm|h|hrs|gmt|utc|a|p)$/.test(after.l)) {
        if (after.l === 'a' || after.l === 'p') return toks[p.j + 1]?.t === '.';
        if (after.l === 'h' && toks[p.j + 1]?.k === TokKind.Digits) return true;
        if (after.l !== 'h') return true;
      }
      if (isDash(after) && toks[p.j + 1]?.k === TokKind.Digits && toks[p.j + 2] && isDash(toks[p.j + 2]) && toks[p.j + 3]?.k === TokKind.Digits) return true; // phone numbers
    }
    // time of day: `6 p.m.`, `18:30 GMT`, `0600 GMT`
    const n = this.next(p.j - 1);
    if (n >= 0 && toks[n].k === TokKind.Word) {
      const l = toks[n].l;
      if ((l === 'a' || l === 'p') && toks[n + 1]?.t === '.' && toks[n + 2]?.l === 'm') return true;
      // (German `am` is `on the`: `darunter 960 am vergangenen Tag`)
      if ((l === 'am' && !this.germanAm(n)) || l === 'pm' || l === 'gmt' || l === 'utc' || l === 'msk' || l === 'cet' || l === 'cest' || l === 'eet' || l === 'eest' || l === 'bst' || l === 'edt') return true;
      if (l === 'o' && toks[n + 1] && (toks[n + 1].t === "'" || toks[n + 1].t === '\u2019')) return true;
    }
    // prefixed names: `Switchblade 600`, `Resolution 2334`, `No. 3`, `page 4`
    const pv = this.prev(i);
    if (pv >= 0) {
      const w = toks[pv];
      if (w.k === TokKind.Word) {
        if (NAME_PREFIX_LOWER.has(w.l) && !(w.l === 'day' || w.l === 'week' || w.l === 'year' || w.l === 'mile' || w.l === 'km' || w.l === 'kilometre' || w.l === 'kilometer' || w.l === 'hour' || w.l === 'minute' || w.l === 'quarter') ? true : false) {
          if (!(w.l === 'order' || w.l === 'law' || w.l === 'bill' || w.l === 'top' || w.l === 'point' || w.l === 'sector')) return true;
          if (w.cap) return true;
        }
        // (a date's month names nothing: `seit dem 30. April 120 Angriffe`, `in April 120 attacks`)
        if ((w.cap || (w.t.length > 1 && !lowerAsciiAt(w.t, 0) && w.t === w.t.toUpperCase())) && !CAP_OK.has(w.l) && !this.lex.sides.has(w.l) && w.l !== 'mach' && !this.dateAt(pv) && !this.germanNounBefore(pv)) {
          const u = this.unitAfter(p.j, false);
          // (a count of times after a place named with an attack verb is a count: `attacked
          // positions around Chasiv Yar 37 times`)
          const n = this.next(p.j - 1);
          if ((!u || !u.info.measure) && !(n >= 0 && toks[n].l === 'times' && this.frequencyUnit(i, false))) return true;
        }
      } else if (w.t === '.' && pv > 0 && /^(no|nos|nr|p|pp|vol|art|fig|sec|ch)$/.test(toks[pv - 1].l)) return true;
      else if (w.t === '#' || w.t === '№') return true;
    }
    return false;
  }

  /**
   * `an estimated 40,000 rockets and missiles`, `28 ships and boats`, `98 vehicles and fuel tanks`:
   * a second counted noun coordinated with the first, with no number of its own, belongs to the
   * span (the count is of both; the unit stays the first noun's). Returns the new span end, or
   * `e` when no such noun follows the span ending at token e.
   */
  coordinatedNounEnd(e: number): number {
    const toks = this.toks;
    const c = this.next(e - 1);
    if (c !== e + 1 || !/^(and|or|und|oder)$/.test(toks[c].l)) return e;
    let x = this.next(c);
    if (x !== c + 2 || toks[x].k !== TokKind.Word || toks[x].cap !== toks[e - 1].cap) return e;
    // one known lower-case modifier may come first (`fuel tanks`), never a side word (`and Russian jets`)
    if (!this.phraseAt(x) && SKIP_ADJ.has(toks[x].l) && !toks[x].cap && !this.sideOf(x) && isThinSpace(toks[x + 1])) x += 2;
    const m = toks[x]?.k === TokKind.Word && !this.sideOf(x) ? this.phraseAt(x) : null;
    if (!m || m.info.measure || m.info.people) return e;
    const last = toks[m.end - 1].l;
    if (!last.endsWith('s') && !last.endsWith('en') && last !== 'aircraft') return e;
    // (not the first noun of a compound or a count of its own: `tanks and armoured vehicles 12`)
    const after = toks[m.end];
    if (after && after.k === TokKind.Space && toks[m.end + 1]?.k === TokKind.Word && this.phraseAt(m.end + 1)) return e;
    return m.end;
  }

  /** `am` at token n is the German preposition (`am vergangenen Tag`, `am Montag`): German-style text, a word right after. */
  germanAm(n: number): boolean {
    if (!this.conv.decimalComma) return false;
    const x = this.next(n);
    return x >= 0 && this.toks[x].k === TokKind.Word;
  }

  /**
   * The capitalised word at token w, right before a number, is a German common noun, not the
   * name a number belongs to (`in der vergangenen Woche 1.234 ukrainische Drohnen`, not
   * `Switchblade 600`): German-style text, no weapon name, and an article before it (or an
   * article and one lower-case adjective).
   */
  germanNounBefore(w: number): boolean {
    if (!this.conv.decimalComma || !this.toks[w].cap || this.weaponAt.has(w)) return false;
    let a = this.prev(w);
    if (a >= 0 && this.toks[a].k === TokKind.Word && !this.toks[a].cap && /(?:en|er|es|em|e)$/.test(this.toks[a].l) && !GERMAN_ARTICLES.has(this.toks[a].l)) a = this.prev(a);
    return a >= 0 && GERMAN_ARTICLES.has(this.toks[a].l);
  }

  hedgeFor(k: number): { approx: Approx; start: number } | null {
    const idx = this.wordIdx;
    const h = hedgeBeforeTokens(this.toks, idx, this.wordIdxBefore(k, 5));
    if (!h) return null;
    const first = idx[h.n - 1];
    // `more than` inside `more than one` is fine; `over` as a preposition of time (`over 3 years`) stays a hedge
    return { approx: h.hedge.approx, start: first };
  }

  emit(r: Raw): void {
    if (r.side === MIXED_SIDES) {
      r.side = undefined;
      r.noSide = true;
    }
    this.raws.push(r);
  }

  run(): void {
    const toks = this.toks;
    let next = 0;
    for (const i of this.starts) {
      if (i < next) continue;
      const t = toks[i];
      let end = -1;
      if (t.k === TokKind.Digits) end = this.readNumber(i, false);
      else {
        const trig = triggers().get(t.l);
        if (trig === undefined) continue;
        if (trig === TRIG_VAGUE) end = this.readVague(i);
        else if (trig === TRIG_NUMBER || (trig === TRIG_ARTICLE && isThinSpace(toks[i + 1]))) end = this.readNumber(i, true);
        else if (trig === TRIG_FRACTION) end = this.readFraction(i);
        else if (trig === TRIG_LONG) end = this.readLong(i);
        else if (trig === TRIG_MACH && t.cap) end = this.readMach(i);
      }
      if (end > i) next = end;
    }
  }

  readLong(i: number): number {
    const unitWord = LONG_WORDS.get(this.toks[i].l);
    const m = unitWord ? this.lex.byFirst.get(unitWord)?.[0]?.info : undefined;
    if (!m) return -1;
    this.emit({ ti: i, tj: i + 1, ni: i, nj: i + 1, value: 1, low: 1, high: 1, approx: 'exact', unit: m.unit, factor: m.factor, category: 'duration', measureUnit: true, people: false, military: false });
    return i + 1;
  }

  readMach(i: number): number {
    const n = this.next(i);
    if (n < 0 || this.toks[n].k !== TokKind.Digits) return -1;
    const p = parseDigitsAt(this.toks, n, this.conv);
    if (!p) return -1;
    const h = this.hedgeFor(i);
    const approx = h?.approx ?? 'exact';
    const iv = intervalFor(approx, p.value);
    this.emit({ ti: h ? h.start : i, tj: p.j, ni: n, nj: p.j, value: p.value, ...iv, approx, unit: 'mach', factor: 1, category: 'other', measureUnit: true, people: false, military: false });
    return p.j;
  }

  readFraction(i: number): number {
    const toks = this.toks;
    const t = toks[i];
    if (GERMAN_FRACTIONS.has(t.l)) return this.readGermanFraction(i);
    let start = i;
    let mult = 1;
    const pv = this.prev(i);
    if (pv >= 0 && toks[pv].k === TokKind.Word && /^(first|second|last|latter|the|this|that|other)$/.test(toks[pv].l)) return -1;
    if (pv >= 0 && (toks[pv].l === 'a' || toks[pv].l === 'one')) start = pv;
    else if (pv >= 0 && isHyphen(toks[pv]) && toks[pv - 1] && isNumberWord(toks[pv - 1].l) && this.glued(pv - 1, pv)) {
      start = pv - 1;
      mult = parseWordsAt(toks, pv - 1)?.value ?? 1;
    } else if (pv >= 0 && isNumberWord(toks[pv].l) && toks[pv].l !== 'one') {
      start = pv;
      mult = parseWordsAt(toks, pv)?.value ?? 1;
    }
    if ((t.l === 'third' || t.l === 'quarter' || t.l === 'fifth' || t.l === 'tenth') && start === i) return -1; // ordinal or `quarter` of a city
    if (t.l === 'half') {
      // `half a million`: read by the number scanner at `a`
      const n1 = this.next(i);
      const n2 = n1 >= 0 ? this.next(n1) : -1;
      if (n2 >= 0 && (toks[n1].l === 'a' || toks[n1].l === 'an') && /^(dozen|hundred|thousand|million|billion)$/.test(toks[n2].l)) return -1;
    }
    const h = this.hedgeFor(start);
    const n = this.next(i);
    const ofAfter = n >= 0 && toks[n].l === 'of';
    if (!h && !ofAfter) return -1;
    if (t.l === 'half' && !h && start === i && !ofAfter) return -1;
    const v = roundTo((FRACTIONS.get(t.l) ?? 0) * mult, 2);
    const approx = h?.approx ?? 'exact';
    const iv = intervalFor(approx, v);
    this.emit({ ti: h ? h.start : start, tj: i + 1, ni: start, nj: i + 1, value: v, ...iv, approx, unit: 'percent', factor: 1, category: 'other', measureUnit: true, people: false, military: false });
    return i + 1;
  }

  /**
   * `mehr als die Hälfte der Stadt`, `fast ein Drittel`, `zwei Drittel der Fläche`: a German share
   * as percent. The noun is capitalised and follows an article or a number word (not `die zweite
   * Hälfte`); like English `half`, it needs a hedge or a genitive after it (`der`, `des`).
   */
  readGermanFraction(i: number): number {
    const toks = this.toks;
    if (!toks[i].cap) return -1;
    const pv = this.prev(i);
    if (pv < 0 || toks[pv].k !== TokKind.Word) return -1;
    let mult = 1;
    if (isNumberWord(toks[pv].l)) mult = parseWordsAt(toks, pv)?.value ?? 1;
    else if (!/^(die|ein|eine|einem|einer|einen)$/.test(toks[pv].l)) return -1;
    const h = this.hedgeFor(pv);
    const n = this.next(i);
    const ofAfter = n >= 0 && /^(der|des|dem|aller|ihrer|seiner|von)$/.test(toks[n].l);
    if (!h && !ofAfter) return -1;
    const v = roundTo((FRACTIONS.get(toks[i].l) ?? 0) * mult, 2);
    const approx = h?.approx ?? 'exact';
    const iv = intervalFor(approx, v);
    this.emit({ ti: h ? h.start : pv, tj: i + 1, ni: pv, nj: i + 1, value: v, ...iv, approx, unit: 'percent', factor: 1, category: 'other', measureUnit: true, people: false, military: false });
    return i + 1;
  }

  readVague(i: number): number {
    const toks = this.toks;
    let key = toks[i].l;
    let j = i + 1;
    const n1 = this.next(i);
    if (n1 < 0 || toks[n1].l !== 'of') return -1;
    let x = n1;
    const n2 = this.next(n1);
    if ((key === 'tens' || key === 'hundreds') && n2 >= 0 && (toks[n2].l === 'thousands' || toks[n2].l === 'millions')) {
      key = `${key} of ${toks[n2].l}`;
      j = n2 + 1;
      x = this.next(n2);
      if (x < 0 || toks[x].l !== 'of') x = -1;
    } else if (key === 'tens') return -1;
    else j = i + 1;
    const range = VAGUE.get(key);
    if (!range) return -1;
    let end = j;
    let info: UnitInfo = { unit: 'item', factor: 1, category: 'other', measure: false };
    let side: string | undefined;
    if (x >= 0) {
      const u = this.unitAfter(x + 1, false);
      if (u) {
        info = u.info;
        end = u.end;
        side = u.side;
      }
    }
    if (info.unit === 'item' && end === j && key.indexOf(' of ') < 0) return -1;
    const h = this.hedgeFor(i);
    this.emit({ ti: h ? h.start : i, tj: end, ni: i, nj: j, value: null, low: range.low, high: range.high, approx: 'vague', unit: info.unit, kind: info.kind, factor: info.factor, category: info.category, measureUnit: info.measure, people: info.people === true, military: this.isMilitary(end - 1), casualty: info.casualty, side });
    return end;
  }

  isMilitary(k: number): boolean {
    const t = this.toks[k];
    if (!t) return false;
    if (MILITARY_PEOPLE.has(t.l) || EXTRA_FIGHTERS.has(t.l) || t.l === 'mann') return true;
    // (a two-word entry only where the word ends one: no string is built for the others)
    if (!MILITARY_SECOND_WORDS.has(t.l)) return false;
    const pv = this.prev(k);
    return pv >= 0 && MILITARY_PEOPLE.has(`${this.toks[pv].l} ${t.l}`);
  }

  /** `men` counting the size of an armed group: `a group of some 200 men`, `squads of three to five men`. */
  groupOfMen(start: number, k: number): boolean {
    if (this.toks[k]?.l !== 'men' || this.wordIdxBefore(start, 2) < 2) return false;
    return this.toks[this.wordIdx[0]].l === 'of' && /^(?:groups?|units?|forces?|detachments?|teams?|squads?|columns?|contingents?|bands?|platoons?|companies|company|battalions?)$/.test(this.toks[this.wordIdx[1]].l);
  }

  /** A number (digits or words) at token i, with range, scale, unit, hedge. Returns end token. */
  readNumber(i: number, words: boolean): number {
    const toks = this.toks;
    let p: ParsedNumber | null = words ? parseWordsAt(toks, i) : parseDigitsAt(toks, i, this.conv);
    // `more than a year`, `about an hour`: after a hedge the article counts one of a duration
    if (!p && words && (toks[i].l === 'a' || toks[i].l === 'an') && this.hedgeFor(i)) {
      const d = this.phraseAt(i + 2);
      if (d && d.info.category === 'duration' && d.end === i + 3) p = { i, j: i + 1, value: 1, words: true };
    }
    if (!p) return -1;
    if (!words && this.rejectDigits(i, p)) return p.j;
    if (words) {
      // `one of`, `no one`, `the one`
      const pv = this.prev(i);
      if (pv >= 0 && /^(no|any|every|each|someone|anyone|everyone)$/.test(toks[pv].l)) return p.j;
    }
    // currency before: `$500`, `US$ 5`, `€1.2`, `USD 5`
    let currency: string | undefined;
    let start = i;
    const b = toks[i - 1];
    if (!words && b && isThinSpace(b) && toks[i - 2]?.k === TokKind.Punct && CURRENCY_PREFIX.get(toks[i - 2].t) !== undefined) {
      // `$ 75 million`, `US$ 5`
      currency = CURRENCY_PREFIX.get(toks[i - 2].t);
      start = i - 2;
      const bb = toks[i - 3];
      if (bb && bb.k === TokKind.Word && bb.e === toks[i - 2].s && (bb.l === 'us' || bb.l === 'a' || bb.l === 'c')) start = i - 3;
      if (bb && bb.k === TokKind.Word && bb.e === toks[i - 2].s && bb.l === 'c') currency = 'cad';
    } else if (!words && b && b.k === TokKind.Punct && CURRENCY_PREFIX.get(b.t) !== undefined) {
      currency = CURRENCY_PREFIX.get(b.t);
      start = i - 1;
      const bb = toks[i - 2];
      if (bb && bb.k === TokKind.Word && bb.e === b.s && (bb.l === 'us' || bb.l === 'a' || bb.l === 'c')) start = i - 2;
    } else if (!words) {
      const pv = this.prev(i);
      if (pv >= 0 && toks[pv].k === TokKind.Word && toks[pv].l.length === 3 && CURRENCY_PREFIX.get(toks[pv].l) !== undefined && toks[pv].t === toks[pv].t.toUpperCase()) {
        currency = CURRENCY_PREFIX.get(toks[pv].l);
        start = pv;
      }
    }
    let value = p.value;
    let end = p.j;
    // `half a million people`
    let halfStart = -1;
    if (words && p.i === i && (toks[i].l === 'a' || toks[i].l === 'an')) {
      const pv = this.prev(i);
      if (pv >= 0 && toks[pv].l === 'half') {
        value /= 2;
        halfStart = pv;
      }
    }
    // `two and a half years`
    {
      const a1 = this.next(end - 1);
      const a2 = a1 >= 0 ? this.next(a1) : -1;
      const a3 = a2 >= 0 ? this.next(a2) : -1;
      if (a3 >= 0 && toks[a1].l === 'and' && toks[a2].l === 'a' && toks[a3].l === 'half') {
        value += 0.5;
        end = a3 + 1;
      }
    }
    // `1.5m people`: a glued m before a counted noun is millions, not metres
    let moneyOrCount = currency !== undefined;
    if (!words && !moneyOrCount && toks[end]?.l === 'm' && this.glued(end - 1, end)) {
      const after = this.unitAfter(end + 1, false);
      if (after && !after.info.measure) moneyOrCount = true;
    }
    // scale: `54.9 thousand`, `$500 million`, `10k`
    const sc = parseScaleAt(toks, end, moneyOrCount);
    let scaled = false;
    if (sc && !(sc.mult === 100 && words)) {
      value *= sc.mult;
      end = sc.j;
      scaled = true;
    }
    // range: `10,000-12,000`, `three to four`, `between 10 and 12`
    let low2: number | null = null;
    const h0 = this.hedgeFor(start);
    const betweenBefore = (() => {
      if (this.wordIdxBefore(start, 1) === 0) return -1;
      const w = toks[this.wordIdx[0]].l;
      return w === 'between' || w === 'from' || w === 'zwischen' ? this.wordIdx[0] : -1;
    })();
    let rangeHigh: number | null = null;
    {
      let x = end;
      let connector = false;
      const a = toks[x];
      if (a && isDash(a) && (this.glued(x - 1, x) || toks[x + 1]?.k === TokKind.Space)) {
        x = this.next(x);
        connector = x >= 0;
      } else {
        const n = this.next(end - 1);
        if (n >= 0 && (toks[n].l === 'to' || (toks[n].l === 'bis' && this.conv.decimalComma) || ((toks[n].l === 'and' || toks[n].l === 'und') && betweenBefore >= 0))) {
          x = this.next(n);
          connector = x >= 0;
        }
      }
      if (connector && x >= 0) {
        let q: ParsedNumber | null = null;
        let qCurrency = false;
        // (a word low end may take a digit high end: `between eight and 12 drones`)
        if (toks[x].k === TokKind.Digits && (!words || toks[i].l !== 'a')) q = parseDigitsAt(toks, x, this.conv);
        else if (toks[x].k === TokKind.Punct && CURRENCY_PREFIX.get(toks[x].t) === currency && currency && toks[x + 1]?.k === TokKind.Digits) {
          q = parseDigitsAt(toks, x + 1, this.conv);
          qCurrency = true;
        } else if (toks[x].k === TokKind.Word && words) q = parseWordsAt(toks, x);
        if (q && !(toks[q.j]?.k === TokKind.Word && toks[q.j].s === toks[q.j - 1].e && !parseScaleAt(toks, q.j, currency !== undefined))) {
          let v2 = q.value;
          let e2 = q.j;
          const sc2 = parseScaleAt(toks, e2, currency !== undefined);
          if (sc2) {
            v2 *= sc2.mult;
            e2 = sc2.j;
            if (!scaled) value *= sc2.mult;
          }
          const isYearPair = !scaled && value >= 1800 && value <= 2100 && v2 >= 1800 && v2 <= 2100 && Number.isInteger(value);
          if (v2 > value && !isYearPair && !(this.dateAt(x) && !this.dates[this.dateAt(x) - 1].bareYear)) {
            low2 = value;
            rangeHigh = v2;
            end = e2;
            void qCurrency;
          }
        }
      }
    }
    // unit or counted noun
    let hyphenUnit = false;
    let u: ReturnType<Scanner['unitAfter']> = null;
    let strong = false;
    const hy = toks[end];
    if (hy && isHyphen(hy) && this.glued(end - 1, end) && toks[end + 1]?.k === TokKind.Word && this.glued(end, end + 1)) {
      const w = toks[end + 1];
      if (w.l === 'strong') {
        strong = true;
        let e = end + 2;
        const n = this.next(e - 1);
        if (n >= 0 && /^(force|army|contingent|group|grouping|garrison|unit|brigade|corps|division|battalion|militia|formation|troops)$/.test(toks[n].l)) e = n + 1;
        u = { info: { unit: 'person', factor: 1, category: 'troops', measure: false, people: true }, end: e };
      } else if (w.l === 'year' && toks[end + 2] && isHyphen(toks[end + 2]) && toks[end + 3]?.l === 'old') {
        return end + 4; // age
      } else {
        const m = this.phraseAt(end + 1);
        // weapon classes: `2,000-pound bombs`, `500-lb` are names of munitions, not amounts
        if (m && m.info.unit === 'tonne' && /^(pound|lb|lbs|kg|kilogram)$/.test(w.l)) return m.end;
        if (m && (m.info.measure || m.info.people || m.info.unit !== 'item')) {
          u = { info: m.info, end: m.end };
          hyphenUnit = true;
          // `37-month-long`
          if (isHyphen(toks[m.end]) && toks[m.end + 1]?.l === 'long') u.end = m.end + 2;
          // `800-mile front line`: the noun after is not part of the number
        } else if (!words) {
          return end + 2; // `155-mm`, `F-16`-like codes after digits: not claims
        } else return end;
      }
    }
    const yearLike = !words && !p.decimal && !scaled && p.j - p.i === 1 && toks[i].t.length === 4 && value >= 1800 && value <= 2100;
    // calibres are names of guns and shells, not amounts: `155mm`, `152-mm`, `120 mm`
    {
      const a = toks[end];
      const n = this.next(end - 1);
      if ((a && a.k === TokKind.Word && a.l === 'mm' && this.glued(end - 1, end)) || (n >= 0 && toks[n].l === 'mm') || (isHyphen(a) && toks[end + 1]?.l === 'mm')) return end + 1;
    }
    if (!u) u = this.unitAfter(end, !words && !yearLike);
    // page furniture: `Updated 2 hours ago`, `5 min read`
    if (u && u.info.category === 'duration') {
      const pv = this.prev(start);
      const n = this.next(u.end - 1);
      if ((pv >= 0 && /^(updated|posted|published|edited|modified|added)$/.test(toks[pv].l)) || (n >= 0 && (toks[n].l === 'read' || toks[n].l === 'listen'))) return u.end;
    }
    // `2,000-pound bomb` is weight; `361 million pounds` is money
    if (u && (toks[u.end - 1].l === 'pounds' || toks[u.end - 1].l === 'pound') && u.info.unit === 'tonne' && scaled) u = { info: { unit: 'gbp', factor: 1, category: 'cost', measure: true }, end: u.end };
    // ages: `29 years old`
    if (u && u.info.category === 'duration') {
      const n = this.next(u.end - 1);
      if (n >= 0 && (toks[n].l === 'old' || (toks[n].l === 'of' && this.toks[this.next(n)]?.l === 'age'))) return u.end;
    }
    // ratio: `six times more`
    let ratio = false;
    let frequency: string | undefined;
    let ratioEnd = end;
    if (!u) {
      const n = this.next(end - 1);
      if (n >= 0 && toks[n].l === 'times') {
        // a ratio only with a comparison (`six times more`); `struck three times` is a frequency
        const n2 = this.next(n);
        // (`costs three times what it did a year ago`: a multiple of an earlier amount)
        if (n2 >= 0 && /^(more|higher|larger|greater|bigger|faster|fewer|less|over|as|smaller|lower|the|its|their|what)$/.test(toks[n2].l)) {
          ratio = true;
          ratioEnd = toks[n2].l === 'the' || toks[n2].l === 'its' || toks[n2].l === 'their' || toks[n2].l === 'what' ? n + 1 : n2 + 1;
        } else {
          // a frequency: `the enemy attacked 19 times`, `shelled the city 26 times`, `hit at least
          // three times` (an attack or shelling verb shortly before, or a hedge; `struck three times` alone is no claim)
          const freq = this.frequencyUnit(start, h0 !== null);
          if (freq) {
            frequency = freq;
            ratioEnd = n + 1;
          }
        }
      }
    }
    // bare year with no unit: a year, not a count
    if (!words && !u && !ratio && !frequency && !currency && !scaled && rangeHigh === null && this.dateAt(i)) return end;
    if (!words && !u && !ratio && !frequency && !currency && !p.decimal && !scaled && p.j - p.i === 1 && toks[i].t.length === 4 && value >= 1800 && value <= 2100) return end;
    // hedges
    // (the hedge before `start` is h0, read above)
    const h = halfStart >= 0 ? (this.hedgeFor(halfStart) ?? h0) : h0;
    let approx: Approx = h?.approx ?? 'exact';
    if (halfStart >= 0) start = halfStart;
    let spanStart = h ? Math.min(h.start, start) : start;
    if (rangeHigh !== null) {
      approx = 'range';
      if (betweenBefore >= 0) spanStart = Math.min(spanStart, betweenBefore);
    }
    let info: UnitInfo | undefined = u?.info;
    let spanEnd = u ? u.end : ratio || frequency ? ratioEnd : end;
    if (u && !u.info.measure && !u.info.people) spanEnd = this.coordinatedNounEnd(spanEnd);
    let inferred = false;
    if (currency) info = { unit: currency, factor: 1, category: 'cost', measure: true };
    else if (ratio) info = { unit: 'ratio', factor: 1, category: 'other', measure: true };
    else if (frequency) info = { unit: frequency, factor: 1, category: 'other', measure: false };
    if (!info && !u) {
      // `six others wounded`, `at least four others were injured`: more people of a toll
      const o = this.othersHurt(end);
      if (o > 0) {
        info = { unit: 'person', factor: 1, category: 'casualties', measure: false, people: true };
        spanEnd = o;
        inferred = true;
      }
    }
    if (words && !info && h) {
      // a hedged number word whose noun the sentence gave already, or a casualty verb after it:
      // `47 militants were killed and at least a dozen were captured`
      const ctxUnit = this.inferUnit(i, end);
      if (ctxUnit?.people) {
        info = ctxUnit;
        inferred = true;
      }
    }
    if (words) {
      if (!info) return end;
      if (u && (u as { unknown?: boolean }).unknown) return end;
      if (p.value === 1 && !hyphenUnit && info.category === 'duration' && !h) return end; // `one day`
    }
    // postfix hedges: `or more`, `or so`, `-plus`, `+`
    {
      const n = this.next(spanEnd - 1);
      if (n >= 0 && toks[n].l === 'or') {
        const n2 = this.next(n);
        if (n2 >= 0 && (toks[n2].l === 'more' || toks[n2].l === 'so')) {
          if (approx === 'exact') approx = toks[n2].l === 'more' ? 'atLeast' : 'about';
          spanEnd = n2 + 1;
        }
      }
      const pl = toks[end];
      if (pl && approx === 'exact' && pl.t === '+' && this.glued(end - 1, end)) {
        approx = 'over';
        if (!u) spanEnd = end + 1;
      }
    }
    this.inferredMilitary = false;
    if (!info) {
      // the sentence supplies the noun: previous claim, a noun before, a casualty verb after
      const ctxUnit = this.inferUnit(i, end);
      if (!ctxUnit) {
        if (!h || p.value < 2) return end;
        info = { unit: 'item', factor: 1, category: 'other', measure: false };
      } else info = ctxUnit;
      inferred = true;
      // the span takes the pronoun a part of a count points back with: `112 of them`
      const o = this.next(spanEnd - 1);
      const pr = o >= 0 && toks[o].l === 'of' ? this.next(o) : -1;
      if (pr >= 0 && PARTITIVE_PRONOUNS.has(toks[pr].l) && toks[pr].l !== 'which') spanEnd = pr + 1;
    }
    if (p.dot3 && !info.measure) value = Math.round(value * 1000);
    if (p.dot3 && low2 === null && rangeHigh === null && !info.measure) {
      // already scaled above
    }
    let low: number | null;
    let high: number | null;
    let val: number;
    if (rangeHigh !== null && low2 !== null) {
      val = roundTo((low2 + rangeHigh) / 2, 6);
      low = low2;
      high = rangeHigh;
    } else {
      val = roundTo(value, 6);
      ({ low, high } = intervalFor(approx, val));
    }
    this.emit({
      ti: spanStart,
      tj: spanEnd,
      ni: i,
      nj: end,
      value: val,
      low,
      high,
      approx,
      unit: info.unit,
      kind: info.kind,
      factor: info.factor,
      category: strong ? 'troops' : info.category,
      measureUnit: info.measure,
      people: info.people === true,
      military: strong || (u ? this.isMilitary(u.end - 1) || this.groupOfMen(spanStart, u.end - 1) : inferred && this.inferredMilitary),
      casualty: info.casualty,
      side: u?.side ?? info.side,
      inferred,
    });
    const after = Math.max(spanEnd, end);
    return words ? after : this.readIncrement(this.raws[this.raws.length - 1], after);
  }

  /**
   * `tanks ‒ 10,919 (+6)`: a signed change in brackets right after a count (a daily tally's
   * increment) is a claim of its own, counting the same thing; returns the token after the bracket
   * (or `j` when none follows the claim ending at token j).
   */
  readIncrement(main: Raw, j: number): number {
    const toks = this.toks;
    const open = this.next(j - 1);
    if (open < 0 || toks[open].t !== '(' || toks[open + 1]?.t !== '+' || !this.glued(open, open + 1) || toks[open + 2]?.k !== TokKind.Digits || !this.glued(open + 1, open + 2)) return j;
    const q = parseDigitsAt(toks, open + 2, this.conv);
    if (!q || toks[q.j]?.t !== ')' || !this.glued(q.j - 1, q.j)) return j;
    const value = q.dot3 && !main.measureUnit ? Math.round(q.value * 1000) : roundTo(q.value, 6);
    this.emit({ ...main, ti: open + 1, tj: q.j, ni: open + 2, nj: q.j, value, low: value, high: value, approx: 'exact' });
    return q.j + 1;
  }

  /** Caption per paragraph (see captionOf), decided on first use. */
  private readonly captions = new Map<number, readonly [number, number] | null>();

  /**
   * `the total combat losses of the enemy ... are approximately:` followed by one line per item
   * (`tanks ‒ 10,919 (+6)`): for a token on a line of such a list, the token range of the sentence
   * that introduces it with a colon, whose words (whose losses, what is counted) speak for every
   * line. A list line is a one-sentence paragraph of at most 40 tokens; at most 60 lines are
   * looked back over.
   */
  captionOf(k: number): readonly [number, number] | null {
    const seg = this.seg;
    const p = seg.paragraphOf(k);
    if (p < 0) return null;
    const known = this.captions.get(p);
    if (known !== undefined) return known;
    let found: readonly [number, number] | null = null;
    /** The last token of paragraph q that is no space or line break. */
    const lastOf = (q: number): number => {
      const a = seg.paragraphStart[q];
      let z = (seg.paragraphStart[q + 1] ?? this.toks.length) - 1;
      while (z > a && (this.toks[z].k === TokKind.Break || this.toks[z].k === TokKind.Space)) z--;
      return z;
    };
    // a list line: short, one sentence, and no sentence (or caption) end after it
    const isLine = (q: number): boolean => {
      const a = seg.paragraphStart[q];
      const b = seg.paragraphStart[q + 1] ?? this.toks.length;
      const end = this.toks[lastOf(q)].t;
      return b - a <= 40 && seg.sentenceOf(a) === seg.sentenceOf(b - 1) && end !== '.' && end !== '!' && end !== '?' && end !== ':';
    };
    if (isLine(p)) {
      for (let q = p - 1; q >= 0 && q >= p - 60; q--) {
        const a = seg.paragraphStart[q];
        const z = lastOf(q);
        if (this.toks[z].t === ':') {
          found = [seg.sentenceStart[seg.sentenceOf(z)] ?? a, z];
          break;
        }
        if (!isLine(q)) break;
      }
    }
    this.captions.set(p, found);
    return found;
  }

  /** A word of `set` in the caption of the list holding token k (see captionOf). */
  captionHas(k: number, set: ReadonlySet<string>): boolean {
    const c = this.captionOf(k);
    if (!c) return false;
    for (let x = c[0]; x < c[1]; x++) if (this.toks[x].k === TokKind.Word && set.has(this.toks[x].l)) return true;
    return false;
  }

  /**
   * The unit of a count of times starting at token `start` (its hedge before it): the noun of an
   * attack or shelling verb up to 8 words before it in the sentence (`attack`, `shelling`), else
   * `time` when the count is hedged; undefined otherwise.
   */
  frequencyUnit(start: number, hedged: boolean): string | undefined {
    const sentStart = this.sentenceStartTok(start);
    for (let k = this.prev(start), words = 0; k >= sentStart && words < 8; k = this.prev(k)) {
      const t = this.toks[k];
      if (t.k === TokKind.Digits || t.t === ';') break;
      if (t.k !== TokKind.Word) continue;
      words++;
      const unit = FREQUENCY_VERBS.get(t.l);
      if (unit) return unit;
    }
    return hedged ? 'time' : undefined;
  }

  /** The nearest counted noun before token i in its sentence, within `maxWords` words. */
  nounBefore(i: number, sentStart: number, maxWords: number): { info: UnitInfo; separated: boolean; words: number } | null {
    const toks = this.toks;
    let words = 0;
    for (let k = i - 1; k >= sentStart && k > i - 40 && words < maxWords; k--) {
      const t = toks[k];
      if (t.k === TokKind.Digits && !this.dateAt(k)) return null;
      if (t.k !== TokKind.Word) continue;
      words++;
      if (t.l === 'toll') return { info: { unit: 'person', factor: 1, category: 'casualties', measure: false, people: true, casualty: 'killed' }, separated: true, words };
      // `displacement tops 1.4 million`: the displaced are counted
      if (t.l === 'displacement' && words <= 3) return { info: { unit: 'person', factor: 1, category: 'other', measure: false, people: true }, separated: true, words };
      let m = this.phraseAt(k);
      if (!m || m.info.measure || m.end > i) continue;
      // `the death toll from the Sweida clashes rose above 1,100`: the noun is inside the toll's
      // own phrase; the toll is what is counted
      if (!m.info.people && this.tollBefore(k, sentStart)) return { info: { unit: 'person', factor: 1, category: 'casualties', measure: false, people: true, casualty: 'killed' }, separated: true, words };
      // walking back lands on the last word of a compound: prefer the longest phrase ending there
      // (`artillery systems`, `automotive equipment and fuel tanks`), up to four words back
      for (let pk = this.prev(k), back = 0; pk >= sentStart && back < 4 && toks[pk].k === TokKind.Word; pk = this.prev(pk), back++) {
        const longer = this.phraseAt(pk);
        if (longer && longer.end === m.end && !longer.info.measure) {
          m = longer;
          k = pk;
        }
      }
      // a tally line naming two things (`warships / boats ‒ 28`): the first names the line
      if (/^\s*[—–‒:(-]/.test(this.text.slice(toks[m.end - 1].e, toks[i].s))) {
        const a = this.prev(k);
        const b = a >= 0 ? this.prev(a) : -1;
        if (b >= sentStart && toks[a].t === '/' && toks[b].k === TokKind.Word) {
          for (let pk = b, back = 0; pk >= sentStart && back < 4 && toks[pk].k === TokKind.Word; pk = this.prev(pk), back++) {
            const first = this.phraseAt(pk);
            if (first && first.end === b + 1 && !first.info.measure && !first.info.people) {
              m = { info: first.info, end: m.end };
              k = pk;
            }
          }
        }
      }
      const between = this.text.slice(toks[m.end - 1].e, toks[i].s);
      let side = m.info.side;
      if (!side) {
        // the demonym before the noun: `North Korean troops`
        const b = this.prev(k);
        if (b >= 0 && toks[b].k === TokKind.Word) {
          const b2 = this.prev(b);
          const two = b2 >= 0 ? this.sideOf(b2) : null;
          side = two && two.end === b + 1 ? two.side : this.sideOf(b)?.side;
        }
      }
      this.inferredMilitary = this.isMilitary(m.end - 1);
      const mi = m.info;
      const info: UnitInfo = { unit: mi.unit, kind: mi.kind, factor: mi.factor, category: mi.people ? 'troops' : mi.category, measure: mi.measure, side, casualty: mi.casualty, people: mi.people };
      return { info, separated: /^[\s]*[—–:(-][\s]*(?:(?:about|around|some|nearly|approximately|up to|over|more than|at least)\s+)?$/.test(between), words };
    }
    return null;
  }

  /**
   * `toll` a few words before token k, joined to it by a preposition and no verb (`the toll from
   * the two-week clashes`, `the death toll in the strikes on Kharkiv`).
   */
  tollBefore(k: number, sentStart: number): boolean {
    const toks = this.toks;
    let prep = false;
    for (let x = this.prev(k), n = 0; x >= sentStart && n < 7; x = this.prev(x), n++) {
      const t = toks[x];
      if (t.k !== TokKind.Word) {
        if (t.k === TokKind.Punct && t.t !== '-' && t.t !== '’' && t.t !== "'") return false;
        continue;
      }
      if (t.l === 'toll') return prep;
      if (t.l === 'from' || t.l === 'of' || t.l === 'in' || t.l === 'after' || t.l === 'during') prep = true;
      else if (/(?:ed|ing)$/.test(t.l) || SAYING.has(t.l) || AFTER_PEOPLE.has(t.l)) return false;
    }
    return false;
  }

  /** `others` right after the number ending at token `end`, then (over `were`/`had been`) a word
   *  of killing, wounding, capture or going missing: the token after `others`, else 0. */
  othersHurt(end: number): number {
    const toks = this.toks;
    const o = this.next(end - 1);
    if (o < 0 || toks[o].l !== 'others') return 0;
    let x = o;
    for (let steps = 0; steps < 3; steps++) {
      const n = this.next(x);
      if (n < 0 || toks[n].k !== TokKind.Word) return 0;
      const l = toks[n].l;
      if (KILLED.has(l) || WOUNDED.has(l) || CAPTURED.has(l) || MISSING.has(l)) return o + 1;
      if (!/^(were|was|have|had|has|been|are|is|reportedly|also|being)$/.test(l)) return 0;
      x = n;
    }
    return 0;
  }

  inferUnit(i: number, end: number): UnitInfo | null {
    const toks = this.toks;
    const sentStart = this.sentenceStartTok(i);
    // a part of a count: `shot down 52 of the 86 drones`, `at least 56 of the country's 330
    // townships`, `five of its 18 guns`, German `142 von 167 russischen Drohnen`
    {
      let n = this.next(end - 1);
      if (n >= 0 && (toks[n].l === 'of' || toks[n].l === 'von')) {
        n = this.next(n);
        if (n >= 0 && /^(the|its|their|his|her|our|these|those|den|der|dem|ihren|seinen|diesen)$/.test(toks[n].l)) n = this.next(n);
        // a possessor: `the country's`, `Sudan's`
        if (n >= 0 && toks[n].k === TokKind.Word && (toks[n + 1]?.t === "'" || toks[n + 1]?.t === '\u2019') && toks[n + 2]?.l === 's' && this.glued(n, n + 1)) n = this.next(n + 2);
        const q = n < 0 ? null : toks[n].k === TokKind.Digits ? parseDigitsAt(toks, n, this.conv) : isNumberWord(toks[n].l) ? parseWordsAt(toks, n) : null;
        const u = q ? this.unitAfter(q.j, false) : null;
        if (u && !u.info.measure) {
          this.inferredMilitary = this.isMilitary(u.end - 1);
          return { ...u.info, side: u.side ?? u.info.side };
        }
        // `112 of them`, `Roughly 4 million of them`: what the count before (in this sentence or the one before) counts
        if (n >= 0 && PARTITIVE_PRONOUNS.has(toks[n].l) && toks[n].l !== 'which') {
          const s = this.seg.sentenceOf(i);
          for (let x = this.raws.length - 1; x >= 0; x--) {
            const last = this.raws[x];
            if (last.tj > i) continue;
            if (this.seg.sentenceOf(last.ni) < s - 1) break;
            if (last.measureUnit || last.unit === 'item') continue;
            this.inferredMilitary = last.military;
            return { unit: last.unit, kind: last.kind, factor: last.factor, category: last.category, measure: false, people: last.people, side: last.side };
          }
        }
      }
    }
    // a casualty verb right after: `1,200 were killed`
    let x = end;
    for (let steps = 0; steps < 4; steps++) {
      const n = this.next(x - 1);
      if (n < 0 || toks[n].k !== TokKind.Word) break;
      const l = toks[n].l;
      if (KILLED.has(l) || WOUNDED.has(l)) return { unit: 'person', factor: 1, category: 'casualties', measure: false, people: true };
      // `six others wounded`, `four others were injured`: more people of the same toll
      if (!/^(were|was|have|had|has|been|are|is|reportedly|also|being|people|more|others)$/.test(l)) break;
      x = n + 1;
    }
    // a casualty verb right before a bare count: `Russian strike on Dnipro kills 12`, `killing at least 20`
    for (let k = this.prev(i), words = 0; k >= sentStart && words < 3; k = this.prev(k), words++) {
      const t = toks[k];
      if (t.k !== TokKind.Word) break;
      if (HARM_VERBS.has(t.l)) return { unit: 'person', factor: 1, category: 'casualties', measure: false, people: true };
      if (!/^(at|least|more|than|about|around|nearly|some|over|almost|roughly|another|up|to)$/.test(t.l)) break;
    }
    // a counted noun just before, set off by a dash, colon or bracket (`tanks - 10 244`,
    // `North Korean troops—around 12,000`), then the previous claim in the sentence (`at least 41
    // vehicles ...; as few as 18 returned`), then a counted noun a few words before
    const near = this.nounBefore(i, sentStart, 10);
    if (near && near.separated) return near.info;
    // `its pre-war population of 280,000`: people
    if (this.populationOf(i)) return { unit: 'person', factor: 1, category: 'troops', measure: false, people: true };
    // `The number of Palestinians killed in Gaza since October 7, 2023 has risen to 69,185`: a total
    // reached is of the thing the sentence's subject counts, however long the subject
    if (this.totalReached(i)) {
      const subject = this.subjectNoun(i, sentStart);
      if (subject) return subject;
    }
    // the last count of a thing in the sentence, reading over durations (`More than 1 million people
    // were displaced during the 14-month conflict, and some 82,000 have yet to return`)
    const last = this.lastThingCount(i);
    if (last) {
      this.inferredMilitary = last.military;
      return { unit: last.unit, kind: last.kind, factor: last.factor, category: last.category, measure: false, people: last.people, side: last.side };
    }
    if (near && near.words <= 6) return near.info;
    return this.ellipticCount(i, sentStart);
  }

  /** The last count before token i in its sentence, over counts of time: a count of a thing (not a measure, not `item`), or null. */
  lastThingCount(i: number): Raw | null {
    const s = this.seg.sentenceOf(i);
    for (let x = this.raws.length - 1; x >= 0; x--) {
      const r = this.raws[x];
      if (r.tj > i) continue;
      if (this.seg.sentenceOf(r.ni) !== s) return null;
      if (r.measureUnit && r.category === 'duration') continue;
      return !r.measureUnit && r.unit !== 'item' ? r : null;
    }
    return null;
  }

  /** The word token before the number at token i and its hedge (`of` in `population of about 280,000`), or -1. */
  wordBeforeHedged(i: number): number {
    const k = this.prev(this.hedgeFor(i)?.start ?? i);
    return k >= 0 && this.toks[k].k === TokKind.Word ? k : -1;
  }

  /** `population of 280,000` (and `a population of about 280,000`): the number at token i counts inhabitants. */
  populationOf(i: number): boolean {
    const k = this.wordBeforeHedged(i);
    if (k < 0 || this.toks[k].l !== 'of') return false;
    const p = this.prev(k);
    return p >= 0 && /^(population|populations)$/.test(this.toks[p].l);
  }

  /** `has risen to 69,185`, `reached some 40,000`, `stood at 1,200`: the number at token i is a total a count reached. */
  totalReached(i: number): boolean {
    const k = this.wordBeforeHedged(i);
    if (k < 0) return false;
    const w = this.toks[k].l;
    if (w === 'reached' || w === 'reaches' || w === 'surpassed' || w === 'topped') return true;
    const v = this.prev(k);
    if (v < 0) return false;
    if (w === 'to') return /^(rose|risen|rises|climbed|climbs|increased|grown|grew|jumped|soared|mounted|swelled|reached)$/.test(this.toks[v].l);
    return w === 'at' && /^(stood|stands|stand|remained|remains)$/.test(this.toks[v].l);
  }

  /**
   * The thing a total reached counts, named by its subject: `the number of X` (`The number of
   * people killed in ... the city ... has risen to 1,200` counts people, not cities) or a `toll`,
   * the nearest such before token i in its sentence; null when the sentence names neither.
   */
  subjectNoun(i: number, sentStart: number): UnitInfo | null {
    const toks = this.toks;
    for (let k = this.prev(i); k >= sentStart && k > i - 3 * WINDOW; k = this.prev(k)) {
      const t = toks[k];
      if (t.k !== TokKind.Word) continue;
      if (t.l === 'toll') return { unit: 'person', factor: 1, category: 'casualties', measure: false, people: true, casualty: 'killed' };
      if (t.l !== 'number' && t.l !== 'total') continue;
      const of = this.next(k);
      if (of < 0 || toks[of].l !== 'of') continue;
      // the counted noun within three words after `of` (`the number of Palestinians`, `of displaced people`)
      for (let x = this.next(of), words = 0; x >= 0 && x < i && words < 3; x = this.next(x), words++) {
        if (toks[x].k !== TokKind.Word) break;
        const m = this.phraseAt(x);
        if (!m || m.info.measure) continue;
        const side = m.info.side ?? (words > 0 ? this.sideOf(this.prev(x))?.side : undefined);
        this.inferredMilitary = this.isMilitary(m.end - 1);
        const mi = m.info;
        return { unit: mi.unit, kind: mi.kind, factor: mi.factor, category: mi.people ? 'troops' : mi.category, measure: false, side, casualty: mi.casualty, people: mi.people };
      }
      return null;
    }
    return null;
  }

  /**
   * A count whose noun is left out because the sentence before, in the same paragraph, said it with
   * the same verb: `Russian factories can produce about 4.5 million shells a year ... NATO as a
   * whole produced roughly 2 million` (rounds). Only for the first count of its sentence, with the
   * verb right before the number (or its hedge) and a word of the same stem in that sentence; the
   * noun is that of the last count of a thing there.
   */
  ellipticCount(i: number, sentStart: number): UnitInfo | null {
    const toks = this.toks;
    const s = this.seg.sentenceOf(i);
    if (s === 0) return null;
    const last = this.raws[this.raws.length - 1];
    if (!last || this.seg.sentenceOf(last.ni) !== s - 1 || this.seg.paragraphOf(last.ni) !== this.seg.paragraphOf(i)) return null;
    if (last.measureUnit || last.unit === 'item' || last.people) return null;
    let verb = -1;
    for (let k = this.prev(i), words = 0; k >= sentStart && words < 4; k = this.prev(k), words++) {
      const t = toks[k];
      if (t.k !== TokKind.Word) return null;
      if (/^(at|least|more|than|about|around|nearly|some|over|almost|roughly|approximately|up|to|another|only|just)$/.test(t.l)) continue;
      verb = k;
      break;
    }
    if (verb < 0 || toks[verb].cap || toks[verb].l.length < 5) return null;
    const stem = toks[verb].l.slice(0, Math.max(5, toks[verb].l.length - 3));
    const from = this.seg.sentenceStart[s - 1] ?? 0;
    for (let k = from; k < sentStart; k++) {
      if (toks[k].k !== TokKind.Word || !toks[k].l.startsWith(stem)) continue;
      // (not its side: the new subject is whose they are, `NATO`, `Poland`)
      this.inferredMilitary = last.military;
      return { unit: last.unit, kind: last.kind, factor: last.factor, category: last.category, measure: false, people: last.people };
    }
    return null;
  }
}

/** Sides named around a claim: in-span, right after, before, after (see header). */
function sideFor(sc: Scanner, r: Raw): string | undefined {
  if (r.side) return r.side;
  const toks = sc.toks;
  const [lo, hi] = sc.window(r);
  // in-span cue (e.g. a demonym between hedge and noun)
  for (let c = sc.cueFrom(r.ti), k = sc.cue(c, r.tj); k >= 0; k = sc.cue(++c, r.tj)) {
    const s = sc.sideOf(k);
    if (s) return s.side;
  }
  const cues: Array<{ k: number; end: number; side: string; oblique: boolean; agent: boolean; place: boolean; weapon: boolean; object: boolean; source: boolean }> = [];
  for (let c = sc.cueFrom(lo), k = sc.cue(c, hi); k >= 0; k = sc.cue(++c, hi)) {
    if (k >= r.ti && k < r.tj) continue;
    const s = sc.sideOf(k);
    if (!s) continue;
    let pv = sc.prev(k);
    // `against al-Shabaab`: the Arabic article glued to the name is part of it
    if (pv > 0 && toks[pv].t === '-' && toks[pv - 1].k === TokKind.Word && /^(al|el|ash|as|ad|an|ar|at|az)$/.test(toks[pv - 1].l)) pv = sc.prev(pv - 1);
    if (pv >= 0 && /^(the|a|an)$/.test(toks[pv].l)) pv = sc.prev(pv);
    // a source (`according to U.S. intelligence`, `nach Angaben des ukrainischen Generalstabs`) is no side
    if (pv >= 0 && (toks[pv].l === 'to' || toks[pv].l === 'des' || toks[pv].l === 'der' || toks[pv].l === 'laut')) {
      const p2 = sc.prev(pv);
      if (toks[pv].l === 'laut' || (p2 >= 0 && (toks[p2].l === 'according' || (toks[p2].l === 'angaben' && toks[pv].l !== 'to')))) {
        c = sc.skipCues(c, s.end);
        continue;
      }
    }
    // ... also with no article (`nach Angaben ukrainischer Militärbeobachter`)
    if (pv >= 0 && toks[pv].l === 'angaben' && sc.prev(pv) >= 0 && toks[sc.prev(pv)].l === 'nach') {
      c = sc.skipCues(c, s.end);
      continue;
    }
    // where a body sits is not a side (`a Britain-based war monitor`, `the London-based group`)
    if (toks[s.end]?.t === '-' && /^(based|headquartered)$/.test(toks[s.end + 1]?.l ?? '')) {
      c = sc.skipCues(c, s.end);
      continue;
    }
    // where a weapon was made is not whose it is (`a Leopard tank made in Germany`)
    if (pv >= 0 && (toks[pv].l === 'in' || toks[pv].l === 'by')) {
      const p2 = sc.prev(pv);
      if (p2 >= 0 && MADE.has(toks[p2].l)) {
        c = sc.skipCues(c, s.end);
        continue;
      }
    }
    // a source after the span (`..., the Ukrainian General Staff said`) is no side, unless a health
    // authority counts people (`killed 12 people, Lebanon's Health Ministry said`: its own side's)
    if (k >= r.tj && (sayingAfter(sc, s.end) || germanSayingBefore(sc, k)) && !(r.people && healthSourceAt(sc, k))) {
      c = sc.skipCues(c, s.end);
      continue;
    }
    // `in Kharkiv, Ukraine`: a country after a place is as locative as the place
    if (pv >= 0 && toks[pv].t === ',') {
      const a = sc.prev(pv);
      const b = a >= 0 ? sc.prev(a) : -1;
      if (a >= 0 && toks[a].cap && b >= 0 && /^(in|near|at|outside)$/.test(toks[b].l)) pv = b;
    }
    // `in Pakistan-administered Kashmir and Pakistan's Punjab province`: a place joined to a place
    // after a locative preposition is as locative as that place
    if (pv >= 0 && toks[pv].l === 'and') {
      const prior = cues[cues.length - 1];
      if (prior?.place && prior.end <= pv && pv - prior.end <= 6) {
        let names = true;
        for (let x = prior.end; x < pv; x++) {
          const t = toks[x];
          if (t.k === TokKind.Break || (t.k === TokKind.Punct && t.t !== '-') || (t.k === TokKind.Word && !t.cap && x > 0 && toks[x - 1].t !== '-')) names = false;
        }
        if (names) pv = sc.prev(prior.k);
      }
    }
    const oblique = pv >= 0 && OBLIQUE.has(toks[pv].l);
    // `killed 40 people in Gaza`: a place after a locative preposition names the victims' side
    const place = pv >= 0 && /^(in|into|inside|across|near|within|throughout|outside)$/.test(toks[pv].l);
    // a side word on another count names that count only (`killed 12 soldiers and five Russian
    // fighters ... and seized three armoured vehicles`: the vehicles are not the Russians' enemy's)
    if (inOtherCount(sc, r, k)) {
      c = sc.skipCues(c, s.end);
      continue;
    }
    cues.push({ k, end: s.end, side: s.side, oblique, agent: false, place, weapon: sc.baseSideOf(k) === null, object: objectAt(sc, k), source: k < r.ti && sayingAfter(sc, s.end) });
    c = sc.skipCues(c, s.end);
  }
  // `after the rebels carried out 27 attacks`: a group noun pointing back names the article's
  // armed group, nearer the count than any side named further back in the sentence
  const anaphor = groupAnaphor(sc, r, lo);
  if (anaphor) {
    let at = cues.length;
    while (at > 0 && cues[at - 1].k > anaphor.k) at--;
    cues.splice(at, 0, { k: anaphor.k, end: anaphor.k + 1, side: anaphor.side, oblique: anaphor.oblique, agent: false, place: false, weapon: false, object: false, source: false });
  }
  // `Israeli troops pushed into Beit Lahia ... The army said it killed 12 militants`: a bare `the
  // army` in a sentence naming no side before the count is the force the sentence before named
  if (!cues.some((c) => c.k < r.ti)) {
    const army = armyAnaphor(sc, r, lo);
    if (army) cues.unshift({ k: army.k, end: army.k + 1, side: army.side, oblique: army.oblique, agent: false, place: false, weapon: false, object: false, source: false });
  }
  // `as Indian and Pakistani troops exchanged fire`, `Russian and Ukrainian losses`: two enemies
  // named together point at neither (allies do: `U.S. and British aircraft` are the first's)
  for (let i = cues.length - 2; i >= 0; i--) {
    const a = cues[i];
    const b = cues[i + 1];
    if (!b) continue;
    const and = sc.next(a.end - 1);
    if (enemies(a.side, b.side) && and >= 0 && /^(and|or|und|oder)$/.test(toks[and].l) && sc.next(and) === b.k) cues.splice(i, 2);
  }
  if (cues.length === 0) return undefined;
  // people and arms, and things struck or destroyed (`struck more than 40 targets`, `destroying
  // eight launchers and two storage sites`): the agent's enemy's
  const casualtyLike = r.people || r.category === 'equipment' || (r.category === 'other' && r.unit !== 'time' && hitObject(sc, r));
  const agentBetween = (a: number, b: number): boolean => {
    // the verb nearest the count decides: `killed 21 fighters ... and lost 3 soldiers` lost its own
    for (let k = b - 1; k >= a; k--) {
      if (toks[k].k !== TokKind.Word) continue;
      if (LOSSES.has(toks[k].l) && toks[k].l !== 'casualties' && toks[k].l !== 'casualty') return false;
      if (!AGENT_VERBS.has(toks[k].l)) continue;
      // a passive (`16 people were killed`) names no agent
      const pv = sc.prev(k);
      if (pv >= 0 && /^(was|were|been|being|be|is|are|got)$/.test(toks[pv].l)) continue;
      // nor a participle on another count (`lost 1,370 personnel killed and wounded and 58 pieces`)
      if (participleOfCount(sc, k)) continue;
      return true;
    }
    // `Israeli raid on Jenin camp: death toll rises to 14`, `a Russian strike on the city injured
    // 11 people`: a side's attack noun makes the side the agent of the casualties after it
    // (one modifier may come between: `Russian missile strike`, `Israeli drone attack`)
    const cue = sc.sideOf(a);
    const n = cue ? sc.next(cue.end - 1) : -1;
    if (n < 0 || n >= b) return false;
    if (ATTACK_NOUNS.has(toks[n].l)) return attackHead(n);
    const n2 = toks[n].k === TokKind.Word ? sc.next(n) : -1;
    // `Russian missile strike`, not `Russian forces attack Kostiantynivka` (a verb after a plural noun)
    return n2 >= 0 && n2 < b && ATTACK_NOUNS.has(toks[n2].l) && !unlistedPlural(toks[n].l) && !MILITARY_PEOPLE.has(toks[n].l) && attackHead(n2);
  };
  // an attack noun that heads its phrase, not one that modifies another noun (`Russian assault groups of 10 to 15 men`)
  const attackHead = (n: number): boolean => {
    const x = sc.next(n);
    return !(x >= 0 && toks[x].k === TokKind.Word && ATTACK_MODIFIED.has(toks[x].l));
  };
  // `Seven people were killed in a Russian missile strike`: the attacker named after the count
  const victims = victimsOfAttackerAfter(sc, r, cues);
  if (victims) {
    if (!victims.side) r.noSide = true;
    return victims.side;
  }
  // right after the span (`1,171 square kilometers Ukraine captured`); for people and weapons also
  // a possessor (`400 soldiers of the junta`) or a launch site (`11 drones launched from Houthi-held areas`)
  for (const c of cues) {
    if (c.k >= r.tj && c.k - r.tj <= 4 && !c.oblique && !c.weapon) return c.side;
    // `about 10,000 fired daily by Russian forces`: the user of what is counted
    if (c.k >= r.tj && c.k - r.tj <= 10 && usedBy(sc, r.tj, c.k)) return c.side;
    // ... and a share of a side's things (`as much as 70 percent of Russian equipment destroyed`)
    if ((casualtyLike || (r.unit === 'percent' && r.category !== 'territory')) && c.k >= r.tj && c.k - r.tj <= 12 && c.oblique && ownerAfter(sc, r.tj, c.k)) return c.side;
  }
  // arms handed over are the recipient's (`delivered 1.5 million rounds to Ukraine`, `will finance the
  // production of 300 drones in Ukraine`, `... and expects to hand over a further 1.8 million`)
  // ... unless the giver fights in this war itself (`Pyongyang had shipped 28,000 containers of
  // munitions to Russia`: North Korea's, as its troops are)
  const giver = cues.find((c) => c.k < r.ti && !c.oblique);
  const fighting = giver !== undefined && ((o) => o !== undefined && sc.present(o))(sc.opponent(giver.side));
  if (!fighting && (r.category === 'equipment' || r.unit === 'item' || r.unit === 'round' || r.unit === 'shell') && transferBefore(sc, r)) {
    let recipient: string | undefined;
    for (const c of cues) {
      const pv = sc.prev(c.k);
      const w = pv >= 0 ? toks[pv].l : '';
      if (w === 'to' || w === 'for' || (w === 'in' && c.k >= r.tj)) {
        recipient = c.side;
        if (c.k >= r.tj) break;
      }
    }
    if (recipient) return recipient;
  }
  // `the number of Israelis killed ... at about 60`: the people a toll counts
  if (casualtyLike) {
    for (let x = cues.length - 1; x >= 0; x--) {
      const c = cues[x];
      if (c.k >= r.ti) continue;
      let pv = sc.prev(c.k);
      if (pv >= 0 && toks[pv].l === 'the') pv = sc.prev(pv);
      if (pv < 0 || toks[pv].l !== 'of') continue;
      const p2 = sc.prev(pv);
      if (p2 >= 0 && /^(number|toll|count|tally)$/.test(toks[p2].l)) return c.side;
    }
  }
  // an instrument (`attacked Ukraine with 142 drones`, `griff Russland die Ukraine mit 142 Drohnen an`):
  // the weapons are the attacker's, the first side named before it in the clause
  if (r.category === 'equipment') {
    const pv = sc.prev(r.ti);
    if (pv >= 0 && (toks[pv].l === 'with' || toks[pv].l === 'mit')) {
      for (const c of cues) if (c.k < r.ti && !c.oblique) return c.side;
    }
  }
  // `the losses of the Armed Forces of Ukraine amounted to 495 servicemen`: a possessor of losses
  if (casualtyLike) {
    for (let x = cues.length - 1; x >= 0; x--) {
      const c = cues[x];
      if (c.k >= r.ti || !c.oblique || r.ti - c.k > 20) continue;
      let pv = sc.prev(c.k);
      if (pv >= 0 && /^(the|a|an)$/.test(toks[pv].l)) pv = sc.prev(pv);
      if (pv < 0 || toks[pv].l !== 'of') continue;
      if (lossesOfBefore(sc, c.k)) return c.side;
      break;
    }
  }
  // `the Palestinian Health Ministry said ... 14`, `the Houthi-run health ministry said four people
  // were killed`: health authorities count the casualties of their own side
  if (r.people) {
    for (let x = cues.length - 1; x >= 0; x--) {
      const c = cues[x];
      if (c.k >= r.ti) continue;
      if (healthSourceAt(sc, c.k)) return c.side;
    }
    // ... also when named after the count (`killed 12 people, Lebanon's Health Ministry said`)
    for (const c of cues) if (c.k >= r.tj && healthSourceAt(sc, c.k)) return c.side;
  }
  // nearest before, not an agent of killing/destroying when counting people or equipment: the
  // counted people or things are then the agent's enemy's, unless a place after names them
  let enemy: string | undefined;
  // a source that speaks before the count (`Ukrainian commanders say drones destroy as much as 70
  // percent of Russian equipment`) names a side only when no other side word does
  let source: string | undefined;
  for (let x = cues.length - 1; x >= 0; x--) {
    const c = cues[x];
    if (c.k >= r.ti || c.oblique) continue;
    // how often the subject did something (`struck Houthi radar sites ... more than 20 times`) is not
    // the object's count (but `repelled a Russian advance within 4 kilometers` is the advance's)
    if (r.unit === 'time' && c.object) continue;
    if (casualtyLike && agentBetween(c.k, r.ti)) {
      // the object of another verb is not who killed or destroyed (`repelled an RSF attack and
      // destroyed 15 combat vehicles`): the subject before it is
      if (c.object) continue;
      // nor is a source that reports a killing (`the Sudan Doctors Network said the shelling killed
      // 12 people`), unless it speaks of its own doing (`the SAF said it destroyed 15 vehicles`)
      if (c.source && !selfReport(sc, c.end, r.ti)) {
        source ??= c.side;
        continue;
      }
      enemy = sc.opponent(c.side);
      break;
    }
    if (c.source && !casualtyLike) {
      source ??= c.side;
      continue;
    }
    // `U.S. and British aircraft`: a joint force is the first side named
    if (x > 0 && /^\s+and\s+$/.test(sc.text.slice(toks[cues[x - 1].end - 1].e, toks[c.k].s)) && !cues[x - 1].oblique) return cues[x - 1].side;
    return c.side;
  }
  // a weapon named after the span is another thing counted or described (`3 trucks and a Leopard tank`)
  for (const c of cues) {
    if (c.k < r.tj || c.weapon) continue;
    if (!c.oblique || (casualtyLike && c.place)) return c.side;
  }
  return enemy ?? source;
}

/** Verbs that say people were hit (`were killed`, `died`, `were injured`). */
const HURT_VERBS = new Set(['killed', 'wounded', 'injured', 'hurt', 'died', 'dead', 'maimed']);
/** Words that tie a toll to the attack that caused it: `killed in`, `when`, `by`, `after`, `during`. */
const CAUSE_LINKS = new Set(['in', 'when', 'by', 'after', 'during', 'amid', 'as', 'following']);
/** What a side attacks with, besides attack nouns: `a Houthi missile struck`, `by Russian forces`, `Israeli fire`. */
const ATTACK_MEANS = new Set(['missile', 'missiles', 'drone', 'drones', 'rocket', 'rockets', 'shell', 'shells', 'bomb', 'bombs', 'artillery', 'fire', 'gunfire', 'forces', 'troops', 'soldiers', 'jets', 'warplanes', 'aircraft', 'warship', 'gunboat', 'fighters', 'militants', 'rebels']);
/** People counted who belong to no side of the fighting: a merchant ship's crew, aid workers, reporters. */
const NEUTRAL_PEOPLE = new Set(['crew', 'crews', 'crewmen', 'crewmembers', 'seafarers', 'mariners', 'sailors', 'aid', 'journalists', 'reporters', 'humanitarian']);

/**
 * People hurt by an attacker named after the count (`Seven people were killed in a Russian missile
 * strike`, `Three crew members were killed when a Houthi missile struck`, `wounded by Russian
 * shelling`): the count, a hurt verb, a link word, then a side word heading an attack or its means.
 * The victims are the attacker's opponent, or of no side when they are neutral people (crew,
 * seafarers, aid workers, journalists). Undefined when the text has no such shape.
 */
function victimsOfAttackerAfter(sc: Scanner, r: Raw, cues: ReadonlyArray<{ k: number; end: number; side: string; weapon: boolean }>): { side: string | undefined } | undefined {
  if (!r.people) return undefined;
  const toks = sc.toks;
  const c = cues.find((x) => x.k >= r.tj);
  if (!c || c.weapon || c.k - r.tj > 12) return undefined;
  // the words between the count and the side word: a hurt verb, then a link word (an article may follow)
  let hurt = false;
  let link = -1;
  for (let k = r.tj; k < c.k; k++) {
    const t = toks[k];
    if (t.k === TokKind.Space) continue;
    if (t.k !== TokKind.Word) return undefined;
    if (HURT_VERBS.has(t.l)) hurt = true;
    else if (hurt && CAUSE_LINKS.has(t.l)) link = k;
    else if (link >= 0 && !/^(a|an|the)$/.test(t.l)) return undefined;
  }
  if (link < 0) return undefined;
  // the side word heads an attack or its means, one modifier at most between (`Russian missile strike`)
  const n = sc.next(c.end - 1);
  if (n < 0 || toks[n].k !== TokKind.Word) return undefined;
  const n2 = sc.next(n);
  const attack = ATTACK_NOUNS.has(toks[n].l) || ATTACK_MEANS.has(toks[n].l) || (n2 >= 0 && toks[n2].k === TokKind.Word && ATTACK_NOUNS.has(toks[n2].l));
  if (!attack) return undefined;
  for (let k = r.ti; k < r.tj; k++) if (NEUTRAL_PEOPLE.has(toks[k].l)) return { side: undefined };
  return { side: sc.opponent(c.side) };
}

/** Nouns that point back to an armed group (`the rebels`, `die Miliz`). */
const GROUP_ANAPHORS = new Set(['rebels', 'militants', 'insurgents', 'militia', 'militias', 'militiamen', 'jihadists', 'guerrillas', 'rebellen', 'miliz', 'milizen', 'aufständischen', 'dschihadisten']);
const DETERMINERS = new Set(['the', 'die', 'der', 'den']);

/**
 * The nearest `the rebels` (a determiner and a group noun, no side word of its own) before the
 * count in its window: it names the article's most-named armed group (not a state), whose side
 * it then lends like a side word at that place. None when the article names no such group.
 */
function groupAnaphor(sc: Scanner, r: Raw, lo: number): { k: number; side: string; oblique: boolean } | undefined {
  const toks = sc.toks;
  for (let k = r.ti - 1; k >= lo; k--) {
    const t = toks[k];
    if (t.k !== TokKind.Word || !GROUP_ANAPHORS.has(t.l)) continue;
    const d = sc.prev(k);
    if (d < 0 || !DETERMINERS.has(toks[d].l)) continue;
    const side = sc.groupSide();
    if (!side) return undefined;
    const pv = sc.prev(d);
    return { k, side, oblique: pv >= 0 && OBLIQUE.has(toks[pv].l) };
  }
  return undefined;
}

/** Nouns for a side's armed force after its side word (`Israeli troops`, `Russian forces`). */
const FORCE_NOUNS = new Set(['troops', 'forces', 'army', 'military', 'soldiers']);

/**
 * `the army` or `the military` (no side word of its own) before the count: the side of the last
 * force named in the sentence before, in the same paragraph (`Israeli troops`, `Sudanese forces`).
 */
function armyAnaphor(sc: Scanner, r: Raw, lo: number): { k: number; side: string; oblique: boolean } | undefined {
  const toks = sc.toks;
  let at = -1;
  for (let k = r.ti - 1; k >= lo; k--) {
    const t = toks[k];
    if (t.k !== TokKind.Word || (t.l !== 'army' && t.l !== 'military')) continue;
    const d = sc.prev(k);
    if (d >= 0 && toks[d].l === 'the') at = k;
    break;
  }
  if (at < 0) return undefined;
  const s = sc.seg.sentenceOf(at);
  if (s === 0) return undefined;
  const from = sc.seg.sentenceStart[s - 1] ?? 0;
  const to = sc.seg.sentenceStart[s] ?? 0;
  if (sc.seg.paragraphOf(from) !== sc.seg.paragraphOf(at)) return undefined;
  let side: string | undefined;
  for (let c = sc.cueFrom(from), k = sc.cue(c, to); k >= 0; k = sc.cue(++c, to)) {
    const sd = sc.baseSideOf(k);
    if (!sd) continue;
    const n = sc.next(sd.end - 1);
    if (n >= 0 && n < to && FORCE_NOUNS.has(toks[n].l)) side = sd.side;
    c = sc.skipCues(c, sd.end);
  }
  if (!side) return undefined;
  const pv = sc.prev(sc.prev(at));
  return { k: at, side, oblique: pv >= 0 && OBLIQUE.has(toks[pv].l) };
}

/** After a share: `of the deaths`, `of those killed`, `of all casualties`. */
const SHARE_OF_DEAD_RE = /^\s+of\s+(?:the\s+|those\s+|all\s+|all\s+the\s+)?(deaths|dead|killed|fatalities|casualties|victims|wounded|injured)\b/i;

/** Verbs of holding arms: `rockets that Hezbollah still holds`. */
const HOLD_VERBS = new Set(['holds', 'held', 'has', 'had', 'possesses', 'possessed', 'owns', 'owned', 'keeps', 'kept', 'retains', 'retained', 'stockpiled', 'fields', 'fielded', 'operates', 'operated', 'hat', 'besitzt', 'verfügt']);
/** The group nouns `the group still holds` points back with to the article's armed group. */
const HOLDER_ANAPHORS = new Set(['group', 'movement', 'organisation', 'organization', 'militia', 'rebels', 'militants', 'insurgents', 'jihadists', 'gruppe', 'miliz']);

/**
 * `an estimated 40,000 rockets that Israeli officials say the group still holds`, `200 tanks which
 * the RSF fields`: arms counted, then a relative clause naming their holder: the holder's side (a
 * side named in a reporting clause inside it is the source's, not the holder's).
 */
function holderAfter(sc: Scanner, r: Raw): string | undefined {
  const toks = sc.toks;
  let x = sc.next(r.tj - 1);
  if (x >= 0 && toks[x].t === ',') x = sc.next(x);
  if (x < 0 || !/^(that|which|die|welche)$/.test(toks[x].l)) return undefined;
  let subj = -1;
  for (let y = sc.next(x), words = 0; y >= 0 && words < 10; y = sc.next(y)) {
    const t = toks[y];
    if (t.k !== TokKind.Word) return undefined;
    words++;
    if (HOLD_VERBS.has(t.l)) {
      if (subj < 0) return undefined;
      const side = sc.sideOf(subj);
      if (side) return side.side;
      return HOLDER_ANAPHORS.has(toks[subj].l) && DETERMINERS.has(toks[sc.prev(subj)]?.l ?? '') ? sc.groupSide() : undefined;
    }
    // the last noun before the verb is its subject (`still`, `now`, `also` between)
    if (!/^(still|now|also|already|reportedly|allegedly|noch|immer)$/.test(t.l)) subj = y;
  }
  return undefined;
}

/** Nouns an attack noun may modify (`assault groups`, `attack helicopters`): then it names no attack. */
const ATTACK_MODIFIED = new Set(['group', 'groups', 'unit', 'units', 'team', 'teams', 'squad', 'squads', 'troops', 'forces', 'force', 'helicopter', 'helicopters', 'drone', 'drones', 'aircraft', 'jets', 'brigade', 'brigades', 'battalion', 'battalions', 'detachment', 'detachments', 'boats', 'vehicles']);

/** An agent verb at token k that describes the count just before it (`1,370 personnel killed and wounded`). */
function participleOfCount(sc: Scanner, k: number): boolean {
  let x = sc.prev(k);
  // back over a chain of participles (`killed and wounded`)
  while (x >= 0 && /^(and|or)$/.test(sc.toks[x].l)) {
    const y = sc.prev(x);
    if (y < 0 || !AGENT_VERBS.has(sc.toks[y].l)) break;
    x = sc.prev(y);
  }
  if (x < 0) return false;
  // the counts starting at or before x (ascending by start): one of the last few ends there
  const raws = sc.raws;
  let lo = 0;
  let hi = raws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raws[mid].ti <= x) lo = mid + 1;
    else hi = mid;
  }
  for (let y = lo - 1; y >= 0 && y >= lo - 3; y--) if (raws[y].tj - 1 === x) return true;
  return false;
}

const HIT_VERBS = new Set(['destroyed', 'destroying', 'destroy', 'struck', 'striking', 'strike', 'hit', 'hitting', 'shot', 'downed', 'intercepted', 'eliminated', 'neutralised', 'neutralized', 'liquidated', 'targeted', 'targeting', 'bombed', 'bombing', 'shelled', 'demolished', 'razed']);
/** A count that is the object of a verb of striking or destroying, within a few words (`destroying eight launchers and two storage sites`). */
function hitObject(sc: Scanner, r: Raw): boolean {
  let x = sc.prev(r.ti);
  for (let words = 0; x >= 0 && words < 8; x = sc.prev(x)) {
    const t = sc.toks[x];
    if (t.k === TokKind.Punct) {
      if (t.t === '"' || t.t === '\u201c' || t.t === ',') continue;
      return false;
    }
    if (t.k !== TokKind.Word && t.k !== TokKind.Digits) continue;
    words++;
    if (t.k === TokKind.Word && HIT_VERBS.has(t.l)) return true;
    if (t.k === TokKind.Word && (SAYING.has(t.l) || REPEL.has(t.l) || AGENT_VERBS.has(t.l) || /^(was|were|is|are|been|has|have|had)$/.test(t.l))) return false;
  }
  return false;
}

/** The forces a military source speaks of as its own (`said troops of the 162nd Division killed`, `said the destroyer ... shot down`). */
const SELF_FORCES = new Set(['troops', 'forces', 'soldiers', 'units', 'unit', 'aircraft', 'jets', 'warplanes', 'pilots', 'crews', 'destroyer', 'warship', 'warships', 'frigate', 'navy', 'defences', 'defenses', 'defenders', 'gunners', 'artillery', 'division', 'brigade', 'battalion', 'regiment', 'army', 'military', 'drones', 'helicopters', 'marines', 'commandos', 'paratroopers', 'group', 'militia', 'movement']);
/** A source's report of its own doing: `it`, `its forces`, `they`, `we` between its reporting verb (after token k) and the count at ti. */
function selfReport(sc: Scanner, k: number, ti: number): boolean {
  let said = false;
  for (let x = k; x < ti; x++) {
    const t = sc.toks[x];
    if (t.k !== TokKind.Word) continue;
    if (!said) said = SAYING.has(t.l);
    else if (/^(it|its|they|their|we|our|he|his)$/.test(t.l) || SELF_FORCES.has(t.l)) return true;
  }
  return !said;
}

const TRANSFER_VERBS = new Set(['delivered', 'delivering', 'deliver', 'delivers', 'supplied', 'supplying', 'supply', 'supplies', 'sent', 'send', 'sending', 'provided', 'providing', 'provide', 'gave', 'give', 'giving', 'given', 'pledged', 'pledging', 'pledge', 'donated', 'donating', 'donate', 'shipped', 'shipping', 'transferred', 'transferring', 'transfer', 'handed', 'hand', 'finance', 'financing', 'financed', 'fund', 'funding', 'funded']);
/** A verb of handing over or paying for arms among the few words before the count (same clause). */
function transferBefore(sc: Scanner, r: Raw): boolean {
  let x = sc.prev(r.ti);
  for (let words = 0; x >= 0 && words < 6; x = sc.prev(x)) {
    const t = sc.toks[x];
    if (t.k === TokKind.Punct && t.t !== '-') return false;
    if (t.k !== TokKind.Word) continue;
    words++;
    if (TRANSFER_VERBS.has(t.l)) return true;
  }
  return false;
}

/** An active verb of killing or capturing right before the count (`had killed "more than 300 soldiers"`), not a passive. */
function killedBy(sc: Scanner, r: Raw): boolean {
  let k = r.ti - 1;
  for (let words = 0; k >= 0 && words < 2; k--) {
    const t = sc.toks[k];
    if (t.k === TokKind.Space || (t.k === TokKind.Punct && /^["\u201c']$/.test(t.t))) continue;
    if (t.k !== TokKind.Word) return false;
    words++;
    if (!/^(killed|killing|kills|captured|capturing|wounded|wounding|eliminated|neutrali[sz]ed|liquidated)$/.test(t.l)) continue;
    const pv = sc.prev(k);
    return !(pv >= 0 && /^(was|were|been|being|be|is|are|got)$/.test(sc.toks[pv].l));
  }
  return false;
}

/** Between the span end (j) and a side cue (k): `fired (daily) by`, `used by`, `launched overnight by`. */
function usedBy(sc: Scanner, j: number, k: number): boolean {
  const pv = sc.prev(k);
  const by = pv >= 0 && sc.toks[pv].l === 'the' ? sc.prev(pv) : pv;
  if (by < 0 || sc.toks[by].l !== 'by') return false;
  let verb = false;
  for (let x = j; x < by; x++) {
    const t = sc.toks[x];
    if (t.k === TokKind.Punct) return false;
    if (t.k === TokKind.Word && /^(fired|launched|used|operated|deployed|flown|dropped)$/.test(t.l)) verb = true;
  }
  return verb;
}

/** Whether token k lies inside the span of a count other than r. */
function inOtherCount(sc: Scanner, r: Raw, k: number): boolean {
  const raws = sc.raws;
  let lo = 0;
  let hi = raws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raws[mid].ti <= k) lo = mid + 1;
    else hi = mid;
  }
  // the last count starting at or before k
  for (let x = lo - 1; x >= 0 && x >= lo - 3; x--) {
    const o = raws[x];
    if (o !== r && o.ti <= k && k < o.tj && (o.ti !== r.ti || o.tj !== r.tj)) return true;
  }
  return false;
}

const OBJECT_VERBS = new Set([...AGENT_VERBS, 'repelled', 'repulsed', 'stopped', 'attacked', 'targeted', 'bombed', 'shelled', 'ambushed', 'fought', 'routed', 'defeated', 'pushed', 'drove', 'expelled', 'encircled', 'surrounded', 'engaged', 'against']);
/**
 * A side word in the object of a verb (`repelled an RSF attack`, `struck Houthi radar sites`,
 * `ambushed a Russian column`): the verb, then at most an article and one modifier, then the side word.
 */
function objectAt(sc: Scanner, k: number): boolean {
  let x = sc.prev(k);
  for (let words = 0; x >= 0 && words < 2; words++) {
    const t = sc.toks[x];
    if (t.k !== TokKind.Word) return false;
    if (OBJECT_VERBS.has(t.l)) return true;
    if (!/^(the|a|an|two|three|several|dozens|more|its|their|all)$/.test(t.l)) return false;
    x = sc.prev(x);
  }
  return false;
}

/** A side word at token k opening a health authority that speaks (`Palestinian Health Ministry said`, `Houthi-run health ministry said`). */
function healthSourceAt(sc: Scanner, k: number): boolean {
  const s = sc.sideOf(k);
  if (!s) return false;
  let health = -1;
  for (let x = pastPossessive(sc, s.end), words = 0; x < sc.toks.length && x < s.end + 8 && words < 3; x++) {
    const t = sc.toks[x];
    if (t.k === TokKind.Break || (t.k === TokKind.Punct && t.t !== '-')) return false;
    if (t.k !== TokKind.Word) continue;
    words++;
    if (t.l === 'health') health = x;
  }
  return health >= 0 && sayingAfter(sc, health + 1);
}

const SAYING = new Set(['said', 'says', 'reported', 'reports', 'claimed', 'claims', 'stated', 'announced', 'added', 'confirmed', 'estimated', 'estimates', 'wrote', 'told', 'say', 'claim', 'believe', 'believes']);
/** A reporting verb within a few words after token k (the side word names a source). */
function sayingAfter(sc: Scanner, k: number): boolean {
  let words = 0;
  for (let x = pastPossessive(sc, k); x < sc.toks.length && x < k + 12 && words < 4; x++) {
    const t = sc.toks[x];
    if (t.k === TokKind.Break || (t.k === TokKind.Punct && t.t !== '-' && t.t !== '.')) return false;
    if (t.k !== TokKind.Word) continue;
    words++;
    if (SAYING.has(t.l)) return true;
  }
  return false;
}

/** Past a possessive `'s` glued to the word before token k (`Ukraine's military said`), else k. */
function pastPossessive(sc: Scanner, k: number): number {
  const t = sc.toks[k];
  return t !== undefined && (t.t === "'" || t.t === '\u2019') && sc.toks[k + 1]?.l === 's' && sc.toks[k - 1]?.e === t.s ? k + 2 : k;
}

/** German reporting verbs that come before their source (`..., teilte das US-Zentralkommando mit`, `sagte ein Sprecher`). */
const GERMAN_SAYING = new Set(['teilte', 'teilten', 'sagte', 'sagten', 'erklärte', 'erklärten', 'berichtete', 'berichteten', 'meldete', 'meldeten', 'schrieb', 'schrieben', 'bestätigte', 'bestätigten', 'betonte', 'hieß', 'so']);
/** A German reporting verb right before the source word at token k (an article or one more word between). */
function germanSayingBefore(sc: Scanner, k: number): boolean {
  let x = sc.prev(k);
  for (let words = 0; x >= 0 && words < 3; x = sc.prev(x)) {
    const t = sc.toks[x];
    if (t.k !== TokKind.Word) return false;
    if (GERMAN_SAYING.has(t.l)) return true;
    words++;
  }
  return false;
}

/** `losses of (the Armed Forces of) X`: a losses word a few words before the possessor at token k. */
function lossesOfBefore(sc: Scanner, k: number): boolean {
  let words = 0;
  for (let x = k - 1; x >= 0 && x > k - 16 && words < 7; x--) {
    const t = sc.toks[x];
    if (t.k === TokKind.Punct && t.t !== '-') return false;
    if (t.k !== TokKind.Word) continue;
    words++;
    if (t.l === 'losses' || t.l === 'verluste' || t.l === 'casualties') return true;
  }
  return false;
}

/** Between the span end and a side cue: `of (the)` right after the span, or `launched/fired from (the)`. */
function ownerAfter(sc: Scanner, j: number, k: number): boolean {
  const words: string[] = [];
  for (let x = j; x < k; x++) if (sc.toks[x].k === TokKind.Word) words.push(sc.toks[x].l);
  else if (sc.toks[x].k !== TokKind.Space) return false;
  // `1,200 rockets have been fired from Lebanon`
  const w = words.filter((x) => x !== 'the' && !/^(have|has|had|been|were|was|being)$/.test(x));
  if (w.length === 1 && w[0] === 'of') return true;
  return w.length === 2 && w[1] === 'from' && LAUNCHED.has(w[0]);
}

function measureFor(sc: Scanner, r: Raw, ri: number): Measure | undefined {
  if (!r.people) return undefined;
  if (r.casualty) return r.casualty;
  const toks = sc.toks;
  const sent = sc.seg.sentenceOf(r.ni);
  // the windows stop at the neighbouring claims
  const floor = ri > 0 ? sc.raws[ri - 1].tj : 0;
  const ceil = ri + 1 < sc.raws.length ? sc.raws[ri + 1].ti : toks.length;
  let K = false;
  let W = false;
  let C = false;
  let M = false;
  let Lb = false;
  let La = false;
  // a casualty verb right before the number governs it: `killed at least 40 people and wounded 20`
  {
    let seen = 0;
    for (let k = r.ti - 1; k >= floor && k > r.ti - 4 && seen < 1 && sc.seg.sentenceOf(k) === sent; k--) {
      const t = toks[k];
      if (t.k !== TokKind.Word) continue;
      seen++;
      if (KILLED.has(t.l)) return 'killed';
      if (WOUNDED.has(t.l)) return 'wounded';
      if (CAPTURED.has(t.l)) return 'captured';
      if (LOSSES.has(t.l) && t.l !== 'casualties' && t.l !== 'casualty') return 'losses';
    }
  }
  // after: up to 10 words, up to the next count (`two were killed and six others wounded`), over
  // an aside naming a part of the count (`12 people, including two children, were killed`)
  let words = 0;
  let from = r.tj;
  let upTo = ceil;
  const aside = asideEnd(sc, r.tj);
  if (aside > 0) {
    from = aside;
    upTo = toks.length;
    for (let x = ri + 1; x < sc.raws.length; x++) {
      if (sc.raws[x].ti < aside) continue;
      upTo = sc.raws[x].ti;
      break;
    }
  }
  for (let k = from; k < upTo && k < from + 40 && words < 10 && sc.seg.sentenceOf(k) === sent; k++) {
    const t = toks[k];
    if (t.k === TokKind.Digits || t.t === ';') break;
    if (t.k !== TokKind.Word) continue;
    if (words > 0 && isNumberWord(t.l)) break;
    words++;
    if (KILLED.has(t.l)) K = true;
    else if (WOUNDED.has(t.l)) W = true;
    else if (CAPTURED.has(t.l)) C = true;
    else if (MISSING.has(t.l)) M = true;
    else if (LOSSES.has(t.l)) La = true;
  }
  words = 0;
  // cues after the number speak for it first (`15 are missing` after `four were killed`)
  if (K || W || C || M) return K && W ? 'killedOrWounded' : K ? 'killed' : W ? 'wounded' : C ? 'captured' : 'missing';
  // (a losses word may open the subject: `Ukrainian losses in the "Vostok" grouping's zone exceeded 190 servicemen`)
  for (let k = r.ti - 1; k >= floor && k > r.ti - 30 && words < 7 && sc.seg.sentenceOf(k) === sent; k--) {
    const t = toks[k];
    if (t.k === TokKind.Digits || t.t === ';') break;
    if (t.k !== TokKind.Word) continue;
    words++;
    if (KILLED.has(t.l)) K = true;
    else if (WOUNDED.has(t.l)) W = true;
    else if (CAPTURED.has(t.l)) C = true;
    else if (MISSING.has(t.l)) M = true;
    else if (LOSSES.has(t.l)) Lb = true;
  }
  if (!K && !W && !C && !M && !Lb && !La) {
    // a line of a list: what its caption counts (`the total combat losses of the enemy ...:`)
    const cap = sc.captionOf(r.ni) ?? inlineCaption(sc, r);
    for (let k = cap ? cap[0] : 0; cap && k < cap[1]; k++) {
      const t = toks[k];
      if (t.k !== TokKind.Word) continue;
      if (KILLED.has(t.l)) K = true;
      else if (WOUNDED.has(t.l)) W = true;
      else if (CAPTURED.has(t.l)) C = true;
      else if (MISSING.has(t.l)) M = true;
      else if (LOSSES.has(t.l)) Lb = true;
    }
  }
  if (K && W) return 'killedOrWounded';
  if (Lb) return 'losses';
  if (K) return 'killed';
  if (W) return 'wounded';
  if (C) return 'captured';
  if (M) return 'missing';
  if (La) return 'losses';
  return undefined;
}

/**
 * `12 people, including two children, were killed`: for the count ending at token j, the token
 * after the comma that closes an aside opening with `including` / `among them` (at most 12 tokens
 * long, in the sentence); -1 when none follows.
 */
function asideEnd(sc: Scanner, j: number): number {
  const toks = sc.toks;
  if (toks[j]?.t !== ',') return -1;
  const w = sc.next(j);
  if (w < 0 || !/^(including|among|incl)$/.test(toks[w].l)) return -1;
  for (let k = w + 1; k < toks.length && k < w + 24; k++) {
    const t = toks[k].t;
    if (t === '.' || t === ';' || t === ':' || toks[k].k === TokKind.Break) return -1;
    if (t === ',') return k + 1;
  }
  return -1;
}

interface PlaceMention {
  start: number;
  end: number;
  name: string;
  country: boolean;
  /** ISO country of the place. */
  cc: string;
}

function placeIndex(places: PlaceEntity[] | undefined): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of places ?? []) {
    if (!p || typeof p.name !== 'string' || !Array.isArray(p.mentions)) continue;
    for (const m of p.mentions) {
      if (m && Number.isFinite(m.start) && Number.isFinite(m.end)) out.push({ start: m.start, end: m.end, name: p.name, country: p.kind === 'country', cc: typeof p.country === 'string' ? p.country : '' });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const AGENT_RE = /\b(killed|killing|kills|wounded|wounding|injured|destroyed|destroying|shot|downed|intercepted|struck|hit|eliminated|neutrali[sz]ed|liquidated|captured|capturing|detained|took|taken|seized)\b/i;

/**
 * `By mid-February, they had advanced within five miles`: when the claim's subject is a pronoun
 * before it in the sentence, the side is the first subject-like side cue of the previous sentence.
 */
/** A side word directly after a duration: `Yearlong Russian offensives`. */
function adjacentSide(sc: Scanner, r: Raw): string | undefined {
  const n = sc.next(r.tj - 1);
  if (n < 0 || n !== r.tj + 1) return undefined;
  return sc.sideOf(n)?.side;
}

const COUNTRY_SIDE: ReadonlyMap<string, string> = new Map([
  ['UA', 'ua'], ['RU', 'ru'], ['IL', 'il'], ['PS', 'ps'], ['LB', 'lb'], ['SY', 'sy'], ['YE', 'ye'], ['SD', 'sd'], ['MM', 'mm'], ['BY', 'by'], ['IR', 'ir'],
  ['BF', 'bf'], ['ML', 'ml'], ['NE', 'ne'], ['SO', 'so'], ['CD', 'cd'], ['ET', 'et'], ['IQ', 'iq'], ['NG', 'ng'], ['MZ', 'mz'], ['BI', 'bi'], ['RW', 'rw'],
]);

/** Countries whose wars set their own forces against armed groups of the same country. */
const CIVIL_WARS = new Set(['SY', 'MM', 'SD', 'SS', 'ET', 'CD', 'BF', 'ML', 'NE', 'SO', 'NG', 'YE', 'LY', 'IQ', 'AF', 'CF', 'TD', 'MZ', 'HT']);
/** The side code of the one civil-war country that holds most of an article's place mentions, if any. */
function civilWarCountry(places: PlaceMention[]): string | undefined {
  const n = new Map<string, number>();
  let total = 0;
  for (const p of places) {
    if (p.country || !p.cc) continue;
    n.set(p.cc, (n.get(p.cc) ?? 0) + 1);
    total++;
  }
  let best = '';
  let bestN = 0;
  for (const [cc, k] of n) if (k > bestN) [best, bestN] = [cc, k];
  if (total < 3 || bestN < 0.6 * total || !CIVIL_WARS.has(best)) return undefined;
  return COUNTRY_SIDE.get(best) ?? best.toLowerCase();
}
const FOREIGN_SIDES = ['il', 'us', 'ru', 'ua', 'gb', 'fr', 'ir', 'tr'];
/** Sides the engine tells apart inside one country, and the country code a claim gives them. */
const COUNTRY_OF_GROUP: ReadonlyMap<string, string> = new Map([['rsf', 'sd']]);

/** Whether most of an article's places below country level lie outside Ukraine and Russia. */
function elsewhere(places: PlaceMention[]): boolean {
  let total = 0;
  let out = 0;
  for (const p of places) {
    if (p.country || !p.cc) continue;
    total++;
    if (p.cc !== 'UA' && p.cc !== 'RU') out++;
  }
  return total > 0 && 2 * out > total;
}
const COMBATANT_RE = /\b(soldiers?|troops|fighters?|rebels?|militants?|jihadists?|insurgents?|extremists?|members|servicemen|gunmen|attackers|militiamen|combatants|paramilitar(?:y|ies)|personnel|officers|recruits|conscripts|commanders|terrorists)\b/i;
/** A count of fighters (not of civilians or people at large) or of arms. */
function combatantCount(claim: Claim): boolean {
  if (claim.category === 'equipment') return true;
  if (claim.unit !== 'person' || (claim.category !== 'casualties' && claim.category !== 'captured' && claim.category !== 'troops')) return false;
  return COMBATANT_RE.test(claim.text);
}

/** A count of people at large (civilians, residents, the displaced), not of fighters nor of captives. */
function civilianCount(claim: Claim, r: Raw, sc: Scanner): boolean {
  if (!r.people || r.military || claim.unit !== 'person' || claim.category === 'troops' || claim.category === 'captured') return false;
  // (a ship's crew, journalists and aid workers are not the war country's civilians: `the tanker's crew of 25`)
  for (let k = r.ti; k < r.tj; k++) if (NEUTRAL_PEOPLE.has(sc.toks[k].l)) return false;
  const of = sc.prev(r.ti);
  const head = of >= 0 && sc.toks[of].l === 'of' ? sc.prev(of) : -1;
  if (head >= 0 && NEUTRAL_PEOPLE.has(sc.toks[head].l)) return false;
  return !COMBATANT_RE.test(claim.text);
}

/**
 * The side at least two thirds of the places below country level named in the claim's paragraph belong to
 * (`Shelling hit Lviv and Zaporizhzhia. Seven people were killed`), or undefined.
 */
function paragraphPlaceSide(sc: Scanner, r: Raw, places: PlaceMention[]): string | undefined {
  const p = sc.seg.paragraphOf(r.ni);
  const from = sc.toks[sc.seg.paragraphStart[p] ?? 0]?.s ?? 0;
  const endTok = sc.seg.paragraphStart[p + 1];
  const to = endTok !== undefined && sc.toks[endTok] ? sc.toks[endTok].s : sc.text.length;
  const n = new Map<string, number>();
  let total = 0;
  for (let i = firstAtOrAfter(places, from); i < places.length && places[i].start < to; i++) {
    // (a country named in the paragraph is as often the attacker as the place: `Russia fired 600 drones`)
    if (places[i].country) continue;
    total++;
    const ps = COUNTRY_SIDE.get(places[i].cc);
    if (ps) n.set(ps, (n.get(ps) ?? 0) + 1);
  }
  // most of them (a dateline's `Kyiv/Berlin` leaves Berlin a minority)
  for (const [side, k] of n) if (3 * k >= 2 * total) return side;
  return undefined;
}

/** The side of the place named after a locative word in the claim's own sentence. */
function placeSide(sc: Scanner, r: Raw, places: PlaceMention[]): string | undefined {
  const s = sc.seg.sentenceOf(r.ni);
  const from = sc.toks[sc.seg.sentenceStart[s] ?? 0]?.s ?? 0;
  const endTok = sc.seg.sentenceStart[s + 1];
  const to = endTok !== undefined && sc.toks[endTok] ? sc.toks[endTok].s : sc.text.length;
  let side: string | undefined;
  for (let i = firstAtOrAfter(places, from); i < places.length && places[i].start < to; i++) {
    const p = places[i];
    const before = sc.text.slice(Math.max(from, p.start - 28), p.start).toLowerCase();
    // after a locative word, or coordinated with a place that was (`in Kharkiv and Belgorod`)
    if (!/\b(in|at|near|around|across|inside|on|of|im|bei|nahe|stadt|dorf|ortschaft)\s+(the\s+)?((north|south)(ern|-eastern|-western|east|west)?\s+|(east|west)(ern)?\s+|central\s+)?$/.test(before) && !(side && /(,|\band|\bor)\s+(the\s+)?$/.test(before))) continue;
    const ps = COUNTRY_SIDE.get(p.cc);
    if (!ps) continue;
    if (side && side !== ps) return undefined; // places of two sides: no verdict
    side = ps;
  }
  return side;
}

/** First word of sentence s, lower-case, or ''. */
function firstWord(sc: Scanner, s: number): string {
  const start = sc.seg.sentenceStart[s] ?? 0;
  const end = sc.seg.sentenceStart[s + 1] ?? sc.toks.length;
  for (let k = start; k < end && k < start + 4; k++) if (sc.toks[k].k === TokKind.Word) return sc.toks[k].l;
  return '';
}

/**
 * `The S-400 is a long-range system. It can hit missiles up to 400 kilometres away. Its missiles
 * reach Mach 14.`: a sentence that opens with `It`/`Its` describes the weapon that opened the
 * sentence before (followed back through a chain of such sentences, at most three; a paragraph that
 * opens with `It` continues the one before).
 */
function weaponTopicSide(sc: Scanner, r: Raw): string | undefined {
  if (sc.weaponAt.size === 0 || r.people) return undefined;
  let s = sc.seg.sentenceOf(r.ni);
  const w0 = firstWord(sc, s);
  if (w0 !== 'it' && w0 !== 'its') return undefined;
  for (let hops = 0; hops < 3 && s > 0; hops++) {
    s--;
    const start = sc.seg.sentenceStart[s] ?? 0;
    const end = Math.min(sc.seg.sentenceStart[s + 1] ?? sc.toks.length, start + 16);
    for (let k = start; k < end; k++) {
      const w = sc.weaponAt.get(k);
      if (w) return weaponSide(w.w, sc.present);
    }
    const w = firstWord(sc, s);
    if (w !== 'it' && w !== 'its') return undefined;
  }
  return undefined;
}

function pronounSide(sc: Scanner, r: Raw): string | undefined {
  const toks = sc.toks;
  const s = sc.seg.sentenceOf(r.ni);
  if (s === 0) return undefined;
  const start = sc.seg.sentenceStart[s] ?? 0;
  let pronoun = false;
  for (let k = start; k < r.ti && k < start + 40; k++) {
    const l = toks[k].l;
    // `Medics at the hospital said they had received 19 bodies`: the pronoun is the speakers
    if (toks[k].k === TokKind.Word && SAYING.has(l)) return undefined;
    if (toks[k].k === TokKind.Word && (l === 'they' || l === 'their' || l === 'them')) {
      pronoun = true;
      break;
    }
  }
  if (!pronoun) return undefined;
  const prevStart = sc.seg.sentenceStart[s - 1] ?? 0;
  if (sc.seg.paragraphOf(prevStart) !== sc.seg.paragraphOf(start) && start - prevStart > 1) {
    // the previous sentence must be in the same paragraph
    return undefined;
  }
  const until = Math.min(start, prevStart + WINDOW);
  for (let x = sc.cueFrom(prevStart), k = sc.cue(x, until); k >= 0; k = sc.cue(++x, until)) {
    const c = sc.sideOf(k);
    if (!c) continue;
    let pv = sc.prev(k);
    if (pv >= 0 && /^(the|a|an)$/.test(toks[pv].l)) pv = sc.prev(pv);
    if (pv >= 0 && OBLIQUE.has(toks[pv].l)) continue;
    // a side word used as an adjective of a person noun is the subject (`Russian forces`, `Russian troops`)
    return c.side;
  }
  return undefined;
}

const OUR_FORCES = new Set(['defenders', 'troops', 'forces', 'units', 'soldiers', 'warriors', 'servicemen', 'air', 'aviation', 'artillery', 'gunners']);
/**
 * In a bulletin's voice, its own first person and the enemy's pronoun: `our defenders repelled 6
 * attacks` (the voice's side, before the repelled-attacks turn), `The enemy launched ... In addition,
 * it used 5,312 kamikaze drones` (a pronoun whose sentence before opens on the enemy).
 */
function voicePersonSide(sc: Scanner, r: Raw, voice: string | undefined): string | undefined {
  if (!voice) return undefined;
  const toks = sc.toks;
  const s = sc.seg.sentenceOf(r.ni);
  const start = sc.seg.sentenceStart[s] ?? 0;
  let pronoun = false;
  for (let k = start; k < r.ti && k < start + 40; k++) {
    if (toks[k].k !== TokKind.Word) continue;
    const l = toks[k].l;
    if (l === 'our' || l === 'we') {
      const n = sc.next(k);
      const pv = sc.prev(k);
      if (l === 'we' || (n >= 0 && OUR_FORCES.has(toks[n].l) && !(pv >= 0 && OBLIQUE.has(toks[pv].l)))) {
        // `Our defenders destroyed 14 artillery systems`: what the voice's side destroyed is the enemy's
        if ((r.people || r.category === 'equipment') && AGENT_RE.test(sc.text.slice(toks[k].e, toks[r.ti].s))) return sc.opponent(voice);
        return voice;
      }
    }
    if (l === 'it' || l === 'they') pronoun = true;
  }
  if (!pronoun || s === 0) return undefined;
  const prevStart = sc.seg.sentenceStart[s - 1] ?? 0;
  if (sc.seg.paragraphOf(prevStart) !== sc.seg.paragraphOf(start)) return undefined;
  for (let k = prevStart, words = 0; k < start && words < 3; k++) {
    if (toks[k].k !== TokKind.Word) continue;
    words++;
    if (ENEMY_WORDS.has(toks[k].l)) return sc.opponent(voice);
  }
  return undefined;
}

interface UnitMention {
  start: number;
  end: number;
  side: string;
}

function unitIndex(units: UnitEntity[] | undefined): UnitMention[] {
  const out: UnitMention[] = [];
  for (const u of units ?? []) {
    if (!u || typeof u.side !== 'string' || !u.side || !Array.isArray(u.mentions)) continue;
    for (const m of u.mentions) if (m && Number.isFinite(m.start) && Number.isFinite(m.end)) out.push({ start: m.start, end: m.end, side: u.side });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The side of a formation that is the claim's source (`Die 102. Brigade ... meldete, der Gegner ...`), if one is. */
function sourceUnitSide(text: string, source: string | undefined, units: UnitMention[]): string | undefined {
  if (!source || source.length < 4) return undefined;
  for (const u of units) {
    const t = text.slice(u.start, u.end);
    if (t.length >= 4 && (source.includes(t) || t.includes(source))) return u.side;
  }
  return undefined;
}

/** A formation named earlier in the claim's sentence lends its side (`the 3rd Army Corps lost 200 soldiers`). */
function unitSide(sc: Scanner, r: Raw, units: UnitMention[]): string | undefined {
  if (units.length === 0) return undefined;
  const [lo] = sc.window(r);
  const a = sc.toks[lo].s;
  const b = sc.toks[r.ti].s;
  if (r.people || r.category === 'equipment') {
    // `one soldier from the Kfir Brigade`, `12 fighters of the 3rd Brigade`: the formation they belong to
    const e = sc.toks[r.tj - 1].e;
    const m = /^\s+(?:of|from)\s+(?:the\s+)?/i.exec(sc.text.slice(e, e + 12));
    if (m) {
      const u = units.find((x) => x.start === e + m[0].length);
      if (u) return u.side;
    }
  }
  let lo2 = 0;
  let hi2 = units.length;
  while (lo2 < hi2) {
    const mid = (lo2 + hi2) >> 1;
    if (units[mid].start < a) lo2 = mid + 1;
    else hi2 = mid;
  }
  let best: UnitMention | undefined;
  for (let x = lo2; x < units.length && units[x].end <= b; x++) {
    // `killed ... five Russian fighters of the Africa Corps`: a formation owning another count is
    // that count's, not the subject of the sentence
    if (/\bof\s+(?:the\s+)?$/i.test(sc.text.slice(Math.max(a, units[x].start - 8), units[x].start))) {
      const t = tokenAt(sc.toks, units[x].start, 0);
      if (inOtherCount(sc, r, sc.prev(sc.prev(sc.prev(t)))) || inOtherCount(sc, r, sc.prev(sc.prev(t)))) continue;
    }
    best = units[x];
  }
  if (!best) return undefined;
  // the formation is the agent of a kill or a capture: the counted people or things are the other side's
  if ((r.people || r.category === 'equipment') && AGENT_RE.test(sc.text.slice(best.end, b))) return sc.opponent(best.side);
  return best.side;
}

const TOTAL_VERBS = new Set(['amounted', 'amount', 'amounts', 'reached', 'reaches', 'totalled', 'totaled', 'totals', 'stood', 'stands', 'rose', 'risen', 'climbed', 'bringing', 'brought', 'bezifferte', 'beziffert', 'beliefen', 'belief', 'erreichte', 'stieg']);

/**
 * A total stated by its noun before a verb of amounting: `the tally of Russians killed reached
 * 7,300 soldiers`, `the losses of the Armed Forces of Ukraine amounted to up to 495 servicemen`,
 * `bezifferte die russischen Verluste ... auf 1,06 Millionen Soldaten`. The measure is read from
 * the sentence before the verb; `bringing its losses to 31` repeats the count it adds to (its
 * measure and side).
 */
function totalOf(sc: Scanner, r: Raw, out: Claim[]): { measure?: Measure; running?: Claim } {
  const toks = sc.toks;
  const start = sc.sentenceStartTok(r.ti);
  let verb = -1;
  for (let k = r.ti - 1; k >= start && k > r.ti - 60; k--) {
    if (toks[k].k === TokKind.Word && TOTAL_VERBS.has(toks[k].l)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return totalAfter(sc, r, out, start);
  if (toks[verb].l === 'bringing' || toks[verb].l === 'brought') {
    const prev = out[out.length - 1];
    if (prev && prev.measure && prev.unit === 'person' && prev.end <= toks[verb].s && prev.start >= toks[start].s) return { measure: prev.measure, running: prev };
  }
  let K = false, W = false, C = false, L = false;
  // the noun may also follow the verb (`bezifferte die Verluste ... auf 1,06 Millionen Soldaten`)
  for (let k = Math.max(start, verb - 40); k < r.ti; k++) {
    const t = toks[k];
    if (t.k !== TokKind.Word) continue;
    if (KILLED.has(t.l)) K = true;
    else if (WOUNDED.has(t.l)) W = true;
    else if (CAPTURED.has(t.l)) C = true;
    else if (LOSSES.has(t.l)) L = true;
  }
  const measure: Measure | undefined = K && W ? 'killedOrWounded' : K ? 'killed' : W ? 'wounded' : L ? 'losses' : C ? 'captured' : undefined;
  return { measure };
}

const TOTAL_WORDS = new Set(['insgesamt', 'altogether', 'damit']);

/**
 * `... auf 1.160 Soldaten, getötet oder verwundet. Seit Beginn der Invasion seien es damit insgesamt
 * etwa 1.178.000 Soldaten`: a total with no measure word of its own, in the sentence right after a
 * casualty count of the same people in the same paragraph, is the running total of that count.
 */
function totalAfter(sc: Scanner, r: Raw, out: Claim[], start: number): { measure?: Measure; running?: Claim } {
  const toks = sc.toks;
  let total = false;
  for (let k = start; k < r.ti && !total; k++) if (toks[k].k === TokKind.Word && (TOTAL_WORDS.has(toks[k].l) || (toks[k].l === 'total' && toks[sc.prev(k)]?.l === 'in'))) total = true;
  if (!total) return {};
  const prev = out[out.length - 1];
  if (!prev || !prev.measure || prev.measure === 'captured' || prev.unit !== 'person') return {};
  const s = sc.seg.sentenceOf(r.ni);
  const ps = sc.seg.sentenceOf(tokenAt(sc.toks, prev.start, 0));
  if (ps !== s - 1 || sc.seg.paragraphOf(tokenAt(sc.toks, prev.start, 0)) !== sc.seg.paragraphOf(r.ni)) return {};
  return { measure: prev.measure, running: prev };
}

/**
 * A count that goes on a series the sentence before began, with no side word of its own:
 * `Russia attacked with 142 drones. 96 drones were shot down.` (the same thing counted, the
 * sentence right before, one paragraph), or `It said the death toll had risen to 35,272` after
 * the same source's casualty count of a side (the same source, up to two sentences back).
 */
function seriesSide(sc: Scanner, r: Raw, claim: Claim, attribution: string | undefined, out: Claim[], outSent: number[]): string | undefined {
  const s = sc.seg.sentenceOf(r.ni);
  const par = sc.seg.paragraphOf(r.ni);
  const [lo, hi] = sc.window(r);
  for (let c = sc.cueFrom(lo), k = sc.cue(c, hi); k >= 0; k = sc.cue(++c, hi)) if (sc.sideOf(k)) return undefined; // a side named here, just not for this count
  for (let x = out.length - 1; x >= 0 && outSent[x] >= s - 2; x--) {
    const o = out[x];
    if (!o.side || outSent[x] === s) continue;
    if (sc.seg.paragraphOf(sc.seg.sentenceStart[outSent[x]] ?? 0) !== par) break;
    if (claim.category === 'equipment' && o.category === 'equipment' && o.unit === claim.unit && outSent[x] === s - 1) return o.side;
    // (not what the source says it killed itself: `It later said it had killed 30 fighters`)
    if (claim.category === 'casualties' && o.category === 'casualties' && attribution && o.attribution === attribution && !killedBy(sc, r)) return o.side;
  }
  // `The ministry said at least 170,690 people had been wounded`, a paragraph or two after the same
  // ministry's count of one side's dead: its toll goes on counting the same people
  if (claim.category === 'casualties' && (r.people || r.unit === 'percent' || r.unit === 'ratio') && attribution && !killedBy(sc, r)) {
    for (let x = out.length - 1; x >= 0 && x >= out.length - 24; x--) {
      const o = out[x];
      if (o.attribution !== attribution || o.category !== 'casualties' || o.unit !== 'person' || !o.side || outSent[x] === s) continue;
      if (par - sc.seg.paragraphOf(sc.seg.sentenceStart[outSent[x]] ?? 0) > 2) break;
      // the first one back of this source's casualty counts with a side (not a side's source
      // counting its enemy's dead: `Ukraine's General Staff said 1,300 Russian soldiers were killed`)
      const own = namedSide(sc, attribution);
      return own && own !== o.side ? undefined : o.side;
    }
  }
  return undefined;
}

/** Kinds of fighting that no one side does alone. */
const TWO_SIDED_RE = /^(?:clash|battle|firefight|skirmish|engagement|fight|gefecht|kampf)/;

/**
 * `On the Konstantinovka direction, there were 21 enemy attacks near ... . On the Liman direction
 * there were 14 attacks ..., and on the Seversk direction 6 attacks ...`: a count of attacks with
 * no side word in its sentence goes on the attack count before it, of the same side, in the same
 * paragraph (earlier in the sentence or in the sentence before).
 */
function attackSeriesSide(sc: Scanner, r: Raw, kind: string, out: Claim[], outSent: number[]): string | undefined {
  // clashes and battles are fought by both sides
  if (TWO_SIDED_RE.test(kind)) return undefined;
  const s = sc.seg.sentenceOf(r.ni);
  const par = sc.seg.paragraphOf(r.ni);
  const [lo, hi] = sc.window(r);
  for (let c = sc.cueFrom(lo), k = sc.cue(c, hi); k >= 0; k = sc.cue(++c, hi)) if (sc.sideOf(k)) return undefined;
  for (let x = out.length - 1; x >= 0 && outSent[x] >= s - 1; x--) {
    const o = out[x];
    if (sc.seg.paragraphOf(sc.seg.sentenceStart[outSent[x]] ?? 0) !== par) return undefined;
    if (!isAttackUnit(kindOf(o)) || TWO_SIDED_RE.test(kindOf(o))) continue;
    return o.side;
  }
  return undefined;
}

/** Bodies and roles of an issuing body named bare (`the press service said`, `the ministry noted`). */
const OWN_ROLE_RE = /^(?:the\s+|its\s+)?(?:press\s+(?:service|office|centre|center)|spokes(?:man|woman|person)|(?:general\s+)?staff|(?:defen[cs]e\s+)?ministry|command|headquarters)$/i;

/**
 * In a bulletin's voice, a source named only by a bare role (`..., the press service said`) is the
 * issuing body's own: the bulletin's press service, its spokesman, the ministry itself.
 */
function voiceOwnRole(attribution: string): boolean {
  return OWN_ROLE_RE.test(attribution.trim());
}

/**
 * `Ukrainian defenders eliminated 1 140 occupiers`: in a bulletin's voice, `eliminated` and
 * `liquidated` right before a count of people, with no count of wounded in the sentence, are the
 * staff's word for all put out of action (killed and wounded), not for the dead alone.
 */
function bulletinLossesVerb(sc: Scanner, r: Raw): boolean {
  const k = sc.prev(r.ti);
  if (k < 0 || !/^(eliminated|liquidated|eliminating|liquidating)$/.test(sc.toks[k].l)) return false;
  const [lo, hi] = sc.window(r);
  for (let x = lo; x < hi; x++) if (sc.toks[x].k === TokKind.Word && WOUNDED.has(sc.toks[x].l)) return false;
  return true;
}

/** A sentence that opens on another story: `Separately,`, `Meanwhile,`, `Elsewhere,`, `In a separate attack,`. */
function topicShift(sc: Scanner, s: number): boolean {
  const start = sc.seg.sentenceStart[s] ?? 0;
  const words: string[] = [];
  for (let k = start; k < sc.toks.length && k < start + 8 && words.length < 3; k++) if (sc.toks[k].k === TokKind.Word) words.push(sc.toks[k].l);
  if (/^(separately|meanwhile|elsewhere|elsewise)$/.test(words[0] ?? '')) return true;
  return words[0] === 'in' && /^(other|a|another)$/.test(words[1] ?? '') && /^(news|separate|development|incident|attack|strike)$/.test(words[2] ?? words[1] ?? '');
}

/** Bodies a text may name only as `the government`, `the military`: a source a reader can still tell apart. */
const FORMATION_NOUNS = new Set(['corps', 'brigade', 'battalion', 'regiment', 'division', 'group', 'command', 'army', 'force', 'forces', 'detachment', 'centre', 'center']);
/** The formation named last before offset `before` whose name ends in the noun (`The corps said` → `7th Rapid Response Corps`). */
function formationNamed(units: UnitEntity[] | undefined, noun: string, before: number): string | undefined {
  if (!units || !FORMATION_NOUNS.has(noun)) return undefined;
  let best: string | undefined;
  let at = -1;
  for (const u of units) {
    if (!u || typeof u.name !== 'string' || u.name.toLowerCase().split(/\s+/).pop() !== noun || !Array.isArray(u.mentions)) continue;
    for (const m of u.mentions) if (m && m.start < before && m.start > at) [best, at] = [u.name, m.start];
  }
  return best;
}

const BARE_BODIES = new Set(['government', 'military', 'army', 'police', 'ministry', 'navy', 'administration', 'authorities', 'junta']);

/** The claim's sentence (clipped to its window), lower-case. */
function sentenceLower(sc: Scanner, r: Raw): string {
  const [lo, hi] = sc.window(r);
  return sc.text.slice(sc.toks[lo].s, hi < sc.toks.length ? sc.toks[hi].s : sc.text.length).toLowerCase();
}

/** `70 percent of the territory`, `etwa 70 Prozent des Gebiets`: a share of land. */
function shareOfLand(sc: Scanner, r: Raw): boolean {
  const words: string[] = [];
  const at: number[] = [];
  // (over a closing quote: `held "more than half" of Bhamo`)
  let x = sc.next(r.tj - 1);
  if (x >= 0 && QUOTES.has(sc.toks[x].t)) x = sc.next(x);
  const of = x;
  for (; x >= 0 && words.length < 4 && sc.toks[x].k === TokKind.Word; x = sc.next(x)) {
    words.push(sc.toks[x].l);
    at.push(x);
  }
  if (words[0] !== 'of' && words[0] !== 'des' && words[0] !== 'der') return false;
  // (a land noun that owns the counted thing is not it: `of the region's population`)
  const land = (n: number): boolean => words[n] !== undefined && LAND_RE.test(words[n]) && !isApostropheS(sc, at[n]);
  if (land(words[0] === 'of' && (words[1] === 'the' || words[1] === 'its') ? 2 : 1)) return true;
  // `of the national territory`, `of its occupied land`: one adjective before the noun
  if (words[0] === 'of' && (words[1] === 'the' || words[1] === 'its') && land(3)) return true;
  // `Russian troops hold about 40 percent of Krasnoarmeysk`: a share of a named place someone holds
  const place = sc.next(of);
  return words[0] === 'of' && place >= 0 && sc.toks[place].cap && !isApostropheS(sc, place) && controlBefore(sc, r);
}

const LAND_RE = /^(territory|land|area|region|oblast|province|city|town|gebiets|gebietes|territoriums|fläche|stadt|region)$/;

/** The word at token k is followed by a possessive `'s` (`Gaza's population`). */
function isApostropheS(sc: Scanner, k: number): boolean {
  const a = sc.toks[k + 1];
  return a !== undefined && (a.t === "'" || a.t === '\u2019') && sc.toks[k + 2]?.l === 's';
}

const CONTROL_VERBS = new Set(['hold', 'holds', 'held', 'holding', 'control', 'controls', 'controlled', 'controlling', 'occupy', 'occupies', 'occupied', 'occupying', 'captured', 'seized', 'took', 'taken', 'kontrollieren', 'kontrolliert', 'halten', 'hält']);

/** A verb of holding ground within four words before the count (`troops hold about 40 percent`). */
function controlBefore(sc: Scanner, r: Raw): boolean {
  const s0 = sc.sentenceStartTok(r.ti);
  for (let k = sc.prev(r.ti), words = 0; k >= s0 && words < 4; k = sc.prev(k)) {
    const t = sc.toks[k];
    if (t.k !== TokKind.Word) {
      if (QUOTES.has(t.t)) continue;
      return false;
    }
    words++;
    if (CONTROL_VERBS.has(t.l)) return true;
  }
  return false;
}

/** A share with an amount of money in its sentence (`premiums had risen to about 1% of a vessel's value, ... as much as $1 million`). */
function shareOfMoney(sc: Scanner, r: Raw, ri: number): boolean {
  const sent = sc.seg.sentenceOf(r.ni);
  for (let x = Math.max(0, ri - 6); x < Math.min(sc.raws.length, ri + 7); x++) {
    const o = sc.raws[x];
    if (o === r || sc.seg.sentenceOf(o.ni) !== sent || o.category !== 'cost') continue;
    // in the same clause (not `... fallen by about 50 percent, according to UNCTAD, and Egypt says revenue dropped to $4 billion`)
    const a = o.ti < r.ti ? o.tj : r.tj;
    const b = o.ti < r.ti ? r.ti : o.ti;
    if (!CLAUSE_BREAK_RE.test(sc.text.slice(sc.toks[a - 1].e, sc.toks[b].s))) return true;
  }
  return false;
}

const CLAUSE_BREAK_RE = /[;]|,\s*(?:and|but|while|whereas)\s|\baccording to\b/i;

/** An escorting verb within two words before the count (`had escorted 12 ships`, `escorting some 40 vessels`). */
function escortedBefore(sc: Scanner, r: Raw): boolean {
  for (let k = sc.prev(r.ti), words = 0; k >= 0 && words < 2 && sc.toks[k].k === TokKind.Word; k = sc.prev(k), words++) if (/^(escorted|escorting|escort|escorts|convoyed|accompanied)$/.test(sc.toks[k].l)) return true;
  return false;
}

/** Kinds of strongpoints, ground when taken or held. */
const POSITION_KINDS: ReadonlySet<string> = new Set(['position', 'outpost', 'strongpoint', 'checkpoint', 'base', 'trench']);
const TAKE_VERBS = new Set(['overran', 'overrun', 'overrunning', 'captured', 'capturing', 'capture', 'seized', 'seizing', 'seize', 'took', 'taken', 'taking', 'held', 'holds', 'hold', 'holding', 'kept', 'keeps', 'keeping', 'occupied', 'occupies', 'occupying', 'stormed', 'storming', 'liberated', 'liberating', 'retook', 'recaptured']);

/**
 * `after overrunning two military outposts`, `has kept troops at five hilltop positions`: a verb
 * of taking or holding ground within four words before the count (reading over `troops at`).
 */
function positionTaken(sc: Scanner, r: Raw): boolean {
  const s0 = sc.sentenceStartTok(r.ti);
  for (let k = sc.prev(r.ti), words = 0; k >= s0 && words < 4; k = sc.prev(k)) {
    const t = sc.toks[k];
    if (t.k !== TokKind.Word) return false;
    words++;
    if (TAKE_VERBS.has(t.l)) return true;
    if (!/^(the|a|at|troops|forces|soldiers|its|their|of|another|all|some|about|around|nearly|over|more|than|least)$/.test(t.l)) return false;
  }
  return false;
}

const KONJUNKTIV = new Set(['seien', 'sei', 'habe', 'hätten', 'würden', 'werde', 'könne', 'müsse']);
/** 1 at the (ASCII) first letters of the KONJUNKTIV forms. */
const KONJUNKTIV_FIRST = new Uint8Array(128);
for (const w of KONJUNKTIV) if (w.charCodeAt(0) < 128) KONJUNKTIV_FIRST[w.charCodeAt(0)] = 1;
/** A German sentence in indirect speech (Konjunktiv I), in [lo, hi). */
function reportedSpeech(sc: Scanner, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) {
    const t = sc.toks[k];
    if (t.k !== TokKind.Word) continue;
    // the first letter of a form (a cheap test before the set)
    const c = t.l.charCodeAt(0);
    if ((c >= 128 || KONJUNKTIV_FIRST[c] === 1) && KONJUNKTIV.has(t.l)) return true;
  }
  return false;
}

/** German `demnach` (`according to that`): the sentence goes on quoting the source of the one before. */
function backReference(sc: Scanner, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if (sc.toks[k].k === TokKind.Word && sc.toks[k].l === 'demnach') return true;
  return false;
}

/** A sentence that opens on a part of a count just given: `Among the dead were nine children`, `Unter den Verletzten sind drei Kinder`, `Darunter ...`. */
function subsetOpening(sc: Scanner, s: number): boolean {
  const start = sc.seg.sentenceStart[s] ?? 0;
  const words: string[] = [];
  for (let k = start; k < sc.toks.length && k < start + 8 && words.length < 3; k++) if (sc.toks[k].k === TokKind.Word) words.push(sc.toks[k].l);
  if (words[0] === 'darunter' || words[0] === 'davon') return true;
  return (words[0] === 'among' || words[0] === 'unter') && /^(the|them|those|den|ihnen)$/.test(words[1] ?? '');
}

/** Between two items of a list: a comma, `and`, or both, after the item's own `of ...` or `from ...` (`274 members of the security forces and 121 fighters`). */
const LIST_GAP_RE = /^(?:\s+(?:of|from|aus)\s[^,.;:]{1,50}?)?\s*(?:,\s*(?:and\s+|und\s+)?|\s(?:and|und)\s+)$/;
/** The claim ends a list item: a comma, `and`, a full stop or `from`/`of` follows, not a verb of its own (`296 civilians fled`). */
function listItemEnds(text: string, r: Raw, sc: Scanner): boolean {
  const after = text.slice(sc.toks[r.tj - 1]?.e ?? 0, (sc.toks[r.tj - 1]?.e ?? 0) + 24);
  return /^(?:\s*[,.;)]|\s+(?:and|und|from|of|in|aus)\b)/.test(after);
}

/** A body named by where it sits and what it is (`Britain-based monitor`, `London-based group`). */
const DESCRIBED_BODY_RE = /^\p{Lu}[\p{L}.]*-based\s+(monitor|observatory|group|agency|organisation|organization|watchdog|network)$/u;

/** The source named in the sentence before the claim's, in the same or the previous paragraph. */
function previousSentenceSource(sc: Scanner, r: Raw): string | undefined {
  const s = sc.seg.sentenceOf(r.ni);
  if (s === 0) return undefined;
  const lo = sc.seg.sentenceStart[s - 1] ?? 0;
  const hi = sc.seg.sentenceStart[s] ?? lo;
  if (sc.seg.paragraphOf(hi) - sc.seg.paragraphOf(lo) > 1) return undefined;
  return findAttribution(sc.text, sc.toks, lo, Math.min(hi, lo + 2 * WINDOW), hi, hi);
}

/**
 * The source of one of the three sentences before the claim's (this paragraph or the two before)
 * that an anaphor can point to: any for a pronoun, one whose name holds the noun otherwise
 * (`the ministry` → `Russian Defence Ministry`).
 */
function recentSource(sc: Scanner, r: Raw, ana: string, pronoun: boolean): string | undefined {
  const s = sc.seg.sentenceOf(r.ni);
  const par = sc.seg.paragraphOf(sc.seg.sentenceStart[s] ?? 0);
  for (let d = 1; d <= 3 && s - d >= 0; d++) {
    const lo = sc.seg.sentenceStart[s - d] ?? 0;
    const hi = sc.seg.sentenceStart[s - d + 1] ?? lo;
    if (par - sc.seg.paragraphOf(lo) > 2) return undefined;
    const src = findAttribution(sc.text, sc.toks, lo, Math.min(hi, lo + 2 * WINDOW), hi, hi) ?? (ana === 'he' || ana === 'she' ? personIn(sc.text, sc.toks, lo, Math.min(hi, lo + 2 * WINDOW)) : undefined);
    // (a description of a body named before points further back: `The Britain-based monitor ... said`)
    if (src && DESCRIBED_BODY_RE.test(src)) continue;
    if (src && (pronoun || fitsAnaphor(src, ana))) return src;
  }
  return undefined;
}

const DOCUMENT_SUBJECT_RE = /\b[Tt]he\s+(?:(\p{L}+)\s+)?(?:summary|bulletin|communiqu[eé]|briefing|update)\b[^.;]{0,60}?\b(?:listed|lists|said|says|reported|reports|put|puts|gave|gives|showed|shows|claimed|claims)\b/u;
/**
 * `The Russian summary for the past day listed Ukrainian losses of ...`: a body's document as the
 * subject speaks for that body: the source named last in the text (of the side its adjective names).
 */
function documentSource(sc: Scanner, r: Raw, out: Claim[]): string | undefined {
  const s = sc.seg.sentenceOf(r.ni);
  const lo = sc.seg.sentenceStart[s] ?? 0;
  const from = sc.toks[lo]?.s ?? 0;
  const m = DOCUMENT_SUBJECT_RE.exec(sc.text.slice(from, sc.toks[r.ti].s));
  if (!m) return undefined;
  const side = m[1] ? sc.lex.sides.get(m[1].toLowerCase()) : undefined;
  // a source named in one of the sentences before (with a count of its own or not), then any claim's
  const par = sc.seg.paragraphOf(lo);
  for (let d = 1; d <= 8 && s - d >= 0; d++) {
    const a = sc.seg.sentenceStart[s - d] ?? 0;
    const b = sc.seg.sentenceStart[s - d + 1] ?? a;
    if (par - sc.seg.paragraphOf(a) > 2) break;
    const src = findAttribution(sc.text, sc.toks, a, Math.min(b, a + 2 * WINDOW), b, b);
    if (src && (!side || namedSide(sc, src) === side)) return src;
  }
  for (let o = out.length - 1; o >= 0 && o >= out.length - 64; o--) {
    const a = out[o].attribution;
    if (a && (!side || namedSide(sc, a) === side)) return a;
  }
  return undefined;
}

const FINDINGS_NOUNS = new Set(['analysis', 'report', 'assessment', 'study', 'survey', 'data', 'review', 'investigation', 'tally']);
const FINDINGS_RE = /\b(?:analysis|report|assessment|study|survey|data|review|investigation|tally)\s+(?:from|by|of)\b[^.;]{0,80}?\b(?:reveals|revealed|shows|showed|finds|found|indicates|indicated|suggests|suggested|concludes|concluded)\b/i;

/** The source of the sentence before, in the same paragraph, when that sentence reports findings and counts nothing itself. */
function findingsSource(sc: Scanner, r: Raw, outSent: number[]): string | undefined {
  const s = sc.seg.sentenceOf(r.ni);
  if (s === 0 || (outSent.length && outSent[outSent.length - 1] === s - 1)) return undefined;
  const lo = sc.seg.sentenceStart[s - 1] ?? 0;
  const hi = sc.seg.sentenceStart[s] ?? lo;
  if (sc.seg.paragraphOf(hi) !== sc.seg.paragraphOf(lo) || hi - lo > 2 * WINDOW) return undefined;
  let noun = false;
  for (let k = lo; k < hi && !noun; k++) noun = sc.toks[k].k === TokKind.Word && FINDINGS_NOUNS.has(sc.toks[k].l);
  if (!noun) return undefined;
  const end = hi < sc.toks.length ? sc.toks[hi].s : sc.text.length;
  if (!FINDINGS_RE.test(sc.text.slice(sc.toks[lo].s, end))) return undefined;
  return findAttribution(sc.text, sc.toks, lo, hi, hi, hi);
}

/** A side word on the count itself (`12 Russian attacks`). */
function sideInSpan(sc: Scanner, r: Raw): boolean {
  if (r.side) return true;
  for (let c = sc.cueFrom(r.ti), k = sc.cue(c, r.tj); k >= 0; k = sc.cue(++c, r.tj)) if (sc.sideOf(k)) return true;
  return false;
}

const REPEL = new Set(['repelled', 'repulsed', 'thwarted', 'foiled', 'repelling', 'repulsing', 'repel', 'repels', 'stopped', 'halted', 'abgewehrt', 'zurückgeschlagen']);
/** A repelling verb just before the count (`repelled 4 counterattacks`, `beat back 6 assaults`), or right after it (`7 attacks were repelled`). */
function repelledBefore(sc: Scanner, r: Raw): boolean {
  let k = sc.prev(r.ti);
  if (k >= 0 && /^(the|a|an|all)$/.test(sc.toks[k].l)) k = sc.prev(k);
  if (k >= 0 && REPEL.has(sc.toks[k].l)) return true;
  if (k >= 0 && sc.toks[k].l === 'back' && /^(beat|beaten|fought|pushed|drove|driven)$/.test(sc.toks[sc.prev(k)]?.l ?? '')) return true;
  const n = sc.next(r.tj - 1);
  const n2 = n >= 0 ? sc.next(n) : -1;
  return n >= 0 && /^(were|was|have|had|been)$/.test(sc.toks[n].l) && n2 >= 0 && REPEL.has(sc.toks[n2].l);
}

/** A word for the other side (`the enemy`, `occupiers`) in the claim's sentence, before its end. */
function enemyNamed(sc: Scanner, r: Raw): boolean {
  const [lo] = sc.window(r);
  for (let k = lo; k < r.tj; k++) if (sc.toks[k].k === TokKind.Word && ENEMY_WORDS.has(sc.toks[k].l)) return true;
  // a line of a list whose caption names the enemy (`the total combat losses of the enemy ...:`)
  if (sc.captionHas(r.ni, ENEMY_WORDS) || inlineCaptionHas(sc, r, ENEMY_WORDS)) return true;
  // a possessor after the span: `41 assault actions of the aggressor`
  let x = sc.next(r.tj - 1);
  const words: string[] = [];
  while (x >= 0 && words.length < 7 && sc.toks[x].k === TokKind.Word) {
    words.push(sc.toks[x].l);
    if (ENEMY_WORDS.has(sc.toks[x].l)) return words.includes('of');
    x = sc.next(x);
  }
  return false;
}

const LOSS_WORDS = new Set(['destroyed', 'destroying', 'shot', 'downed', 'lost', 'losses', 'eliminated', 'intercepted', 'neutralised', 'neutralized', 'liquidated', 'hit', 'struck', 'defeated', 'captured', 'surrendered', 'killed', 'wounded', 'zerstört', 'abgeschossen', 'verluste']);
/** A loss or destruction word in the claim's sentence. */
function lossNamed(sc: Scanner, r: Raw): boolean {
  const [lo, hi] = sc.window(r);
  for (let k = lo; k < hi; k++) if (sc.toks[k].k === TokKind.Word && LOSS_WORDS.has(sc.toks[k].l)) return true;
  return sc.captionHas(r.ni, LOSS_WORDS) || inlineCaptionHas(sc, r, LOSS_WORDS);
}

/** How far back (in tokens) a list item looks for the colon of its caption. */
const INLINE_LIST_REACH = 600;

/**
 * `The total combat losses of the enemy ... are approximately: about 1 012 650 personnel, 10 984
 * tanks, ..., one submarine and 54 380 vehicles`: for a count that is an item of a list run on
 * after a colon in its own sentence, the token range of that sentence up to the colon, the caption
 * whose words (whose losses, what is counted) speak for every item however far down the list.
 * Between the colon and the count there may only be earlier items: comma-separated pieces that
 * each hold a number. Null for a count that is no such item.
 */
function inlineCaption(sc: Scanner, r: Raw): readonly [number, number] | null {
  const toks = sc.toks;
  const start = sc.seg.sentenceStart[sc.seg.sentenceOf(r.ni)] ?? 0;
  // the piece between the count and the comma before it is its own hedge or `and`: no number needed
  let first = true;
  let numbered = false;
  for (let k = r.ti - 1; k >= start && k > r.ti - INLINE_LIST_REACH; k--) {
    const t = toks[k];
    if (t.t === ':') return k > start && (first || numbered) ? [start, k] : null;
    if (t.t === ';') return null;
    if (t.t === ',') {
      if (!first && !numbered) return null;
      first = false;
      numbered = false;
    } else if (t.k === TokKind.Digits || (t.k === TokKind.Word && isNumberWord(t.l))) numbered = true;
  }
  return null;
}

/**
 * `Russian losses since February amount to: 12 tanks, 30 vehicles, ..., 9 launchers`: an item of a
 * list run on after a caption colon takes the side its caption names, however far down (one side
 * only, not where something went to or came from; what a side destroyed is its enemy's).
 */
function captionSide(sc: Scanner, r: Raw): string | undefined {
  if (r.people === false && r.category !== 'equipment') return undefined;
  const cap = inlineCaption(sc, r);
  if (!cap) return undefined;
  let found: { side: string; end: number } | undefined;
  for (let c = sc.cueFrom(cap[0]), k = sc.cue(c, cap[1]); k >= 0; k = sc.cue(++c, cap[1])) {
    const s = sc.sideOf(k);
    if (!s) continue;
    let pv = sc.prev(k);
    if (pv >= 0 && /^(the|a|an)$/.test(sc.toks[pv].l)) pv = sc.prev(pv);
    if (pv >= 0 && OBLIQUE.has(sc.toks[pv].l) && sc.toks[pv].l !== 'of') continue;
    if (found && found.side !== s.side) return undefined;
    found = s;
  }
  if (!found) return undefined;
  return AGENT_RE.test(sc.text.slice(sc.toks[found.end - 1].e, sc.toks[cap[1]].s)) ? sc.opponent(found.side) : found.side;
}

/** A word of `set` in the inline caption of the list the count is an item of (see inlineCaption). */
function inlineCaptionHas(sc: Scanner, r: Raw, set: ReadonlySet<string>): boolean {
  const c = inlineCaption(sc, r);
  if (!c) return false;
  for (let x = c[0]; x < c[1]; x++) if (sc.toks[x].k === TokKind.Word && set.has(sc.toks[x].l)) return true;
  return false;
}

function firstAtOrAfter(places: PlaceMention[], offset: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A place used as a voice (`Moscow said`, `Kyiv has repeatedly denied`, `Washington and Kyiv say`,
// `according to Moscow`) names who speaks, and a dateline (`KYIV — `, `MOSCOW (Reuters) - `) where
// the reporter files from: neither is where a claim is about.
const VOICE_VERB = String.raw`(?:said|says|say|claimed|claims|claim|reported|reports|announced|announces|stated|states|insisted|insists|denied|denies|added|adds|told|tells|accused|accuses|sagte|sagt|erklärte|erklärt|meldete|meldet|behauptete|behauptet)`;
// at most two words between the place and its verb, and only words that keep the place the subject
const VOICE_FILLER = String.raw`(?:has|have|had|also|later|earlier|previously|officially|publicly|repeatedly|again|then|now|first|quickly|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|officials|authorities|hat|habe)`;
const VOICE_AFTER_RE = new RegExp(String.raw`^(?:\s+(?:and|or|und)\s+\p{Lu}[\p{L}'’-]*)?(?:\s+${VOICE_FILLER}){0,2}\s+${VOICE_VERB}\b`, 'u');
const VOICE_BEFORE_RE = /(?:\b[Aa]ccording\s+to|\b[Ll]aut)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and|or|und)\s+)?$/u;
const LOCATIVE_BEFORE_RE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|on|over|into|from|outside|around|[Ii]m|bei|nahe)\s+$/u;
const DATELINE_AFTER_RE = /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–]|\s-\s)/u;

// A capital or a country owning the actors (`Moscow's troops took 193 square miles of Donetsk
// Oblast`, `Russia's forces`) names a side, not where the claim happens.
const SEATS = new Set(['Moscow', 'Kyiv', 'Kiev', 'Washington', 'Beijing', 'Tehran', 'Jerusalem', 'Minsk', 'Pyongyang', 'Damascus', 'Khartoum', 'Sanaa', 'Beirut', 'Ankara', 'Kigali', 'Kinshasa', 'Addis Ababa', 'Naypyidaw', 'Bamako', 'Ouagadougou', 'Niamey', 'London', 'Paris', 'Berlin', 'Brussels']);
const POSSESSIVE_ACTOR_RE = /^['’]s?\s+(?:\p{L}+\s+)?(?:troops|forces|army|armies|military|soldiers|units|fighters|men|government|officials|ministry|commanders|generals|air\s+force|navy|drones|missiles|jets|artillery|offensive|advance|assault|gains|claims?|account|figures?|estimates?|version|count|tally|data|statement)\b/u;

function voiceOrDateline(text: string, m: PlaceMention): boolean {
  if ((m.country || SEATS.has(m.name)) && POSSESSIVE_ACTOR_RE.test(text.slice(m.end, m.end + 40))) return true;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  // after a locative word the place is a location even when a verb follows (`In Kyiv officials said`)
  if (!LOCATIVE_BEFORE_RE.test(before) && VOICE_AFTER_RE.test(text.slice(m.end, m.end + 60))) return true;
  if (VOICE_BEFORE_RE.test(before)) return true;
  // a dateline opens its line (a line break ends a paragraph); only the 8 characters before the
  // name can hold the line start, so look no further back (a text without line breaks stays linear)
  const head = text.slice(Math.max(0, m.start - 9), m.start);
  const nl = head.lastIndexOf('\n');
  if (nl < 0 && m.start > 8) return false;
  const lineStart = nl < 0 ? 0 : m.start - head.length + nl + 1;
  if (!/^[\s*•]*$/.test(text.slice(lineStart, m.start))) return false;
  const surface = text.slice(m.start, m.end);
  if (/\p{Lu}{2}/u.test(surface) && surface === surface.toUpperCase()) return true;
  return DATELINE_AFTER_RE.test(text.slice(m.end, m.end + 60));
}

/**
 * The place mentions a claim's `where` may come from: all but voices and datelines, decided for a
 * mention the first time a claim's sentence or paragraph reaches it.
 */
class WherePlaces {
  /** Per mention: 0 not decided yet, 1 usable, 2 a voice or a dateline. */
  private readonly verdict: Uint8Array;

  constructor(
    private readonly text: string,
    readonly list: PlaceMention[],
  ) {
    this.verdict = new Uint8Array(list.length);
  }

  usable(x: number): boolean {
    let v = this.verdict[x];
    if (v === 0) v = this.verdict[x] = voiceOrDateline(this.text, this.list[x]) ? 2 : 1;
    return v === 1;
  }
}

function whereFor(sc: Scanner, r: Raw, where: WherePlaces): string | undefined {
  const places = where.list;
  if (places.length === 0) return undefined;
  const toks = sc.toks;
  const par = sc.seg.paragraphOf(r.ni);
  const [wLo, wHi] = sc.window(r);
  const sLo = toks[wLo].s;
  const sHi = wHi < toks.length ? toks[wHi].s : sc.text.length;
  const cs = toks[r.ti].s;
  let best: PlaceMention | undefined;
  let bestD = Infinity;
  for (let x = firstAtOrAfter(places, sLo); x < places.length && places[x].start < sHi; x++) {
    const m = places[x];
    if (m.end > sHi || m.country || !where.usable(x)) continue;
    const d = m.start < cs ? cs - m.end : m.start - cs + 20;
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  if (best) return best.name;
  // paragraph: the one non-country place named earlier in it
  // (bounded: the paragraph within 2,000 characters of the claim)
  let pLo = r.ti;
  while (pLo > 0 && pLo > r.ti - 400 && sc.seg.paragraphOf(pLo - 1) === par) pLo--;
  // only places named before the claim: a later sentence may move to another place
  const a = toks[pLo].s;
  const b = cs;
  const counts = new Map<string, number>();
  for (let x = firstAtOrAfter(places, a); x < places.length && places[x].start < b && counts.size < 3; x++) {
    const m = places[x];
    if (m.end <= b && !m.country && where.usable(x)) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  if (counts.size === 1) return [...counts.keys()][0];
  return undefined;
}

function whenFor(sc: Scanner, r: Raw, fallback: string | undefined): string | undefined {
  const sent = sc.seg.sentenceOf(r.ni);
  const [lo, hi] = sc.window(r);
  let best: string | undefined;
  let bestD = Infinity;
  const dates = sc.dates;
  let x0 = 0;
  let x1 = dates.length;
  while (x0 < x1) {
    const mid = (x0 + x1) >> 1;
    if (dates[mid].i < lo) x0 = mid + 1;
    else x1 = mid;
  }
  for (let x = x0; x < dates.length && dates[x].i < hi; x++) {
    const d = dates[x];
    if (d.since || !d.when) continue;
    if (sc.seg.sentenceOf(d.i) !== sent) continue;
    if (d.i >= r.ni && d.i < r.nj) continue;
    const dist = d.i < r.ti ? r.ti - d.i : d.i - r.tj;
    if (dist < bestD) {
      bestD = dist;
      best = d.when;
    }
  }
  return best ?? fallback;
}

const LENGTH_WORDS = new Set(['long', 'wide', 'lang', 'lange', 'langer', 'langes', 'langen', 'breit', 'breite', 'breiter', 'breites', 'breiten']);
/** A word of length or width right after the span ending at token j (`18 miles long`, `20-km-long`). */
function lengthAfter(sc: Scanner, j: number): boolean {
  if (LENGTH_WORDS.has(sc.toks[j - 1]?.l ?? '')) return true;
  const t = sc.toks[j];
  const n = t && t.t === '-' && sc.toks[j + 1]?.k === TokKind.Word ? j + 1 : sc.next(j - 1);
  return n >= 0 && sc.toks[n].k === TokKind.Word && LENGTH_WORDS.has(sc.toks[n].l);
}
const EMPTY_COUNTS: ReadonlyMap<string, number> = new Map();

/** The class a claim counts (its kind, else its unit). */
const kindOf = (c: Claim): string => c.kind ?? c.unit;

export function extractClaims(text: string, ctx: ClaimContext = {}): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const c = ctx ?? {};
  const sc = new Scanner(text, c);
  sc.run();
  if (sc.raws.length === 0) return [];
  const places = placeIndex(c.places);
  let civilSide = civilWarCountry(places);
  // ... unless foreign states fight there too (strikes on Yemen by Israel and the United States)
  if (civilSide && FOREIGN_SIDES.some((x) => x !== civilSide && sc.sideCount(x) >= 3)) civilSide = undefined;
  sc.ruUaTheatre = !elsewhere(places);
  const wherePlaces = new WherePlaces(text, places);
  const unitMentions = unitIndex(c.units);
  const fallbackWhen = articleMonth(c.date);
  const voice = documentVoice(text);
  const author = voice ? undefined : authorVoice(text);
  const out: Claim[] = [];
  /** Claims whose side is named on the count itself (`five Russian fighters`). */
  const ownSide = new Set<Claim>();
  /** Sentence index of each claim in `out`. */
  const outSent: number[] = [];
  let lastEnd = -1;
  let lastSource: { name: string; para: number } | undefined;
  for (let ri = 0; ri < sc.raws.length; ri++) {
    const r = sc.raws[ri];
    const start = sc.toks[r.ti].s;
    const end = sc.toks[r.tj - 1].e;
    if (start < lastEnd || end <= start) continue;
    lastEnd = end;
    const claim: Claim = {
      text: text.slice(start, end),
      start,
      end,
      value: r.value,
      low: r.low,
      high: r.high,
      approx: r.approx,
      unit: r.unit,
      canonicalValue: r.value === null ? null : roundTo(r.value * r.factor),
      category: r.category,
    };
    if (r.kind && r.kind !== r.unit) claim.kind = r.kind;
    const kind = r.kind ?? r.unit;
    let measure = measureFor(sc, r, ri);
    if (!measure && r.people && out.length > 0) {
      // `killed 12 people, including five children`
      const prevClaim = out[out.length - 1];
      const between = text.slice(prevClaim.end, start);
      if (prevClaim.measure && between.length < 40 && /\b(including|among them|of whom|of them|darunter|davon)\s*$/i.test(between)) measure = prevClaim.measure;
      // `the dead included 433 fighters, 296 civilians and 274 members of the security forces`: the
      // next item of a list of people is counted as the item before it, when no verb of its own follows
      else if (prevClaim.measure && prevClaim.unit === 'person' && LIST_GAP_RE.test(between) && listItemEnds(text, r, sc)) measure = prevClaim.measure;
    }
    let running: Claim | undefined;
    if (r.people && (!measure || measure === 'losses')) {
      const t = totalOf(sc, r, out);
      running = t.running;
      if (running || !measure) measure = t.measure ?? measure;
    }
    if (measure === 'killed' && voice && bulletinLossesVerb(sc, r)) measure = 'losses';
    if (r.people) {
      if (measure === 'captured') claim.category = 'captured';
      else if (measure) claim.category = 'casualties';
      else claim.category = r.military ? 'troops' : 'other';
      if (measure) claim.measure = measure;
    }
    if (claim.category === 'other' && r.unit === 'percent' && shareOfLand(sc, r)) claim.category = 'territory';
    // aid lorries are no military equipment; merchant ships are no warships (but uncrewed, explosive or drone
    // boats are weapons); evacuated villages are no territory won
    const sentenceWords = claim.category === 'equipment' || claim.category === 'territory' ? sentenceLower(sc, r) : '';
    if (claim.category === 'equipment' && kind === 'vehicle' && /\b(aid|humanitarian|relief|deliveries|hilfsgüter|hilfe)\b/.test(sentenceWords)) claim.category = 'other';
    // ships a navy escorts are merchant ships (`its frigates had escorted 12 ships`)
    if (claim.category === 'equipment' && kind === 'ship' && escortedBefore(sc, r)) claim.category = 'other';
    if (claim.category === 'equipment' && kind === 'ship' && !r.side && !/\b(warships?|navy|naval|fleet|frigates?|destroyers?|corvettes?|submarines?|landing|patrol|marine|kriegsschiffe?|armed|opened fire)\b/.test(sentenceWords) && !/\b(uncrewed|unmanned|explosive|drone)\b/i.test(claim.text)) claim.category = 'other';
    if (claim.category === 'territory' && kind === 'settlement' && /\b(evacuat\w*|evakuierung\w*|evakuiert\w*|displaced|fled)\b/.test(sentenceWords)) claim.category = 'other';
    // farmland counted is harm to food, not ground won (`about 1,000 hectares of Gaza's 15,000 hectares of cropland remained undamaged`)
    if (claim.category === 'territory' && r.unit === 'km2' && /\b(cropland|croplands|farmland|farmlands|agricultural|crops|orchards|greenhouses|ackerland|anbaufläche\w*)\b/.test(sentenceWords) && !/\b(taken|took|captured|seized|gained|advanced|controls?|controlled|held|holds?|occupied|liberated|recaptured|retook|lost)\b/.test(sentenceWords)) claim.category = 'other';
    if ((r.unit === 'percent' || r.unit === 'ratio') && claim.category === 'other') {
      // a share or ratio takes the topic of its sentence's other claims
      const sent = sc.seg.sentenceOf(r.ni);
      for (let x = Math.max(0, ri - 6); x < Math.min(sc.raws.length, ri + 7); x++) {
        const o = sc.raws[x];
        if (o !== r && sc.seg.sentenceOf(o.ni) === sent && o.category === 'territory') {
          claim.category = 'territory';
          break;
        }
      }
      // ... or of the arms it is a share of (`roughly 90 percent of the missiles were intercepted`)
      if (claim.category === 'other' && r.unit === 'percent') {
        const of = sc.next(r.tj - 1);
        let x = of >= 0 && sc.toks[of].l === 'of' ? sc.next(of) : -1;
        if (x >= 0 && /^(the|its|their|those|these)$/.test(sc.toks[x].l)) x = sc.next(x);
        const m = x >= 0 && sc.toks[x].k === TokKind.Word ? sc.phraseAt(x) : null;
        if (m && !m.info.people && m.info.category === 'equipment') claim.category = 'equipment';
      }
      // ... or of money (`revenue fell by roughly 60 percent in 2024 to about $4 billion`)
      if (claim.category === 'other' && shareOfMoney(sc, r, ri)) claim.category = 'cost';
      // ... and a share of the dead is a casualty figure (`accounted for roughly 60 percent of the deaths`,
      // `make up more than half of those killed`)
      const dead = claim.category === 'other' ? SHARE_OF_DEAD_RE.exec(text.slice(end, end + 40)) : null;
      if (dead) {
        claim.category = 'casualties';
        claim.measure = /^(wounded|injured)$/i.test(dead[1]) ? 'wounded' : /^casualties$/i.test(dead[1]) ? 'killedOrWounded' : 'killed';
      }
    }
    // strongpoints taken or held are ground (`after overrunning two military outposts`)
    if (claim.category === 'other' && POSITION_KINDS.has(kind) && positionTaken(sc, r)) claim.category = 'territory';
    const [lo, hi] = sc.window(r);
    let attribution = findAttribution(text, sc.toks, lo, hi, r.ti, r.tj);
    // `The Britain-based monitor, which ..., said`: a description of a body named before is that body
    const described = attribution ? DESCRIBED_BODY_RE.exec(attribution) : null;
    if (described) attribution = recentSource(sc, r, described[1].toLowerCase(), false) ?? attribution;
    const para = sc.seg.paragraphOf(r.ni);
    if (attribution) lastSource = { name: attribution, para };
    else if (reportedSpeech(sc, lo, hi) || backReference(sc, lo, hi)) {
      // German indirect speech (`96 Drohnen seien abgeschossen worden`) goes on quoting the source
      // of the sentence before, or the source named last nearby
      attribution = previousSentenceSource(sc, r) ?? (lastSource && para - lastSource.para <= 1 ? lastSource.name : undefined);
    } else {
      // `The ministry said ...`, `It said ...`: the source named last, in this or the paragraph before;
      // a pronoun also reaches a source named in the sentence before with no claim of its own
      // (`ISW said Russia is pushing. It also assessed 40 assaults ...`)
      const ana = attributionAnaphor(sc.toks, lo, hi, r.ti, r.tj);
      const pronoun = ana === 'it' || ana === 'they' || ana === 'he' || ana === 'she';
      // the nearest source before it that fits, even one named in a sentence with no claim of its
      // own (`..., said an officer. He said at least 40 soldiers ...`, `the Israeli military said.
      // The military said about 20 aircraft ...`)
      const near = ana ? recentSource(sc, r, ana, pronoun) : undefined;
      if (near) {
        attribution = near;
        lastSource = { name: near, para };
      } else if (ana && lastSource && para - lastSource.para <= 2 && (pronoun || fitsAnaphor(lastSource.name, ana))) {
        attribution = lastSource.name;
        lastSource.para = para;
      } else if (ana && !pronoun) {
        // `The ministry said ...` further on: the last source of that kind in the text
        let o = out.length - 1;
        while (o >= 0 && o >= out.length - 64 && !(out[o].attribution && fitsAnaphor(out[o].attribution as string, ana))) o--;
        if (o >= 0 && o >= out.length - 64) attribution = out[o].attribution;
        // `... the 7th Rapid Response Corps was holding ... The corps said`: the formation named last
        else if ((attribution = formationNamed(c.units, ana, start))) lastSource = { name: attribution, para };
        // `..., the government says`, with no government named before: that body, as the text calls it
        else if (BARE_BODIES.has(ana)) {
          attribution = ana;
          lastSource = { name: ana, para };
        }
      } else if (!ana) {
        // `Recent analysis from ISW reveals ... . Having captured nearly 2,700 square kilometers`:
        // a findings sentence with no count of its own goes on in the next one; `The Russian
        // summary listed ...`: a body's document speaks for the body named before
        const found = findingsSource(sc, r, outSent) ?? documentSource(sc, r, out);
        if (found) attribution = found;
        else if (claim.category !== 'distance' && claim.category !== 'cost' && claim.category !== 'duration' && !hasReportingCue(sc.toks, lo, hi, r.ti, r.tj, false)) {
          // `..., Governor X wrote on Telegram. Five people were killed ...`: a count in a sentence with no
          // source of its own, right after a sentence where a source said a count, in the same paragraph,
          // goes on telling that report (distances, sums and durations are the writer's background)
          const s = sc.seg.sentenceOf(r.ni);
          let o = out.length - 1;
          while (o >= 0 && outSent[o] === s) o--;
          const plo = sc.seg.sentenceStart[s - 1] ?? 0;
          const phi = sc.seg.sentenceStart[s] ?? plo;
          // ... unless the sentence turns to another story (`Separately, 14 people were injured in Odesa`);
          // a part of the count just given (`Among the wounded are three children`) is that source's
          // whichever way it was cited (`according to the governor`)
          const samePara = sc.seg.paragraphOf(plo) === para && !topicShift(sc, s);
          if (o >= 0 && outSent[o] === s - 1 && out[o].attribution && samePara && (hasReportingCue(sc.toks, plo, phi, phi, phi, true) || subsetOpening(sc, s))) attribution = out[o].attribution;
          // `..., regional governor Ivan Fedorov said on Telegram. Two people were killed`: a sentence that
          // only names its source (no count of its own) goes on in the next one, for the people the event
          // touched (the dead, the wounded, the fighters who took part; not `a town of some 5,000 people`)
          else if (s > 0 && r.people && (claim.category === 'casualties' || claim.category === 'troops' || claim.category === 'captured') && !(o >= 0 && outSent[o] === s - 1) && samePara && hasReportingCue(sc.toks, plo, phi, phi, phi, true)) attribution = previousSentenceSource(sc, r);
        }
      }
    }
    sc.focus = r.ni;
    // `The enemy lost 60 servicemen`: whose enemy is the voice's (the source's or the bulletin's)
    const voiceSide = sourceSide(attribution) ?? sourceUnitSide(text, attribution, unitMentions) ?? voice?.side;
    const enemySide = !r.side && voiceSide && claim.category !== 'duration' && enemyNamed(sc, r) ? sc.opponent(voiceSide) : undefined;
    const direct = claim.category === 'duration' || enemySide ? undefined : (claim.category === 'equipment' ? holderAfter(sc, r) : undefined) ?? sideFor(sc, r);
    let side = claim.category === 'duration' ? adjacentSide(sc, r) : enemySide ?? direct ?? captionSide(sc, r) ?? unitSide(sc, r, unitMentions) ?? voicePersonSide(sc, r, voice?.side) ?? pronounSide(sc, r) ?? weaponTopicSide(sc, r);
    // `the Zapad group repelled 4 counterattacks`: attacks a subject repelled are its enemy's
    if (side && !enemySide && isAttackUnit(kind) && !sideInSpan(sc, r) && repelledBefore(sc, r)) side = sc.opponent(side);
    if (!side && out.length > 0 && claim.category !== 'duration') {
      // `16 people were killed and 42 wounded`: a coordinated count shares its neighbour's side
      const prevClaim = out[out.length - 1];
      const between = text.slice(prevClaim.end, start);
      if (prevClaim.side && between.length <= 30 && /^[\s\w]*\s(and|or)\s+$/.test(between) && !/[.;!?]/.test(between)) side = prevClaim.side;
      // `46 soldiers had surrendered, among them two majors`: a part of a group of people is of its side
      // `killed 21 Russians and destroyed seven vehicles`: what one agent killed and destroyed belongs to the same victims
      else if (prevClaim.side && claim.category === 'equipment' && (prevClaim.category === 'casualties' || prevClaim.category === 'captured') && between.length <= 30 && /^\s*(,\s*)?(and|as well as)\s+(destroyed|destroying|seized|seizing|captured|capturing|downed|downing|burned|burning|shot down)\s+$/.test(between)) side = prevClaim.side;
    }
    if (side && out.length > 0 && claim.category === 'equipment' && !sideInSpan(sc, r)) {
      // `mit 142 Drohnen und vier ballistischen Raketen`: the second of two coordinated arms counts
      // with no side word of its own is the first one's
      const prevClaim = out[out.length - 1];
      if (prevClaim.side && prevClaim.category === 'equipment' && /^\s*(,\s*)?(and|und|or|oder)\s+$/.test(text.slice(prevClaim.end, start))) side = prevClaim.side;
    }
    if (out.length > 0 && !sideInSpan(sc, r)) {
      // `40,000 rockets the group holds, down from about 150,000 before the war`: the same stock at another
      // time is the same side's
      const prevClaim = out[out.length - 1];
      const between = text.slice(prevClaim.end, start);
      if (prevClaim.side && prevClaim.category === claim.category && between.length <= 120 && !/[.;!?]/.test(between) && /,\s*(down|up)\s+from\s+$/.test(between)) side = prevClaim.side;
    }
    // `bringing its losses to 31`: a running total is of the same side as the count it adds up
    if (!side && running?.side) side = running.side;
    if (!side && claim.measure && claim.measure !== 'captured' && r.people) {
      // people killed or wounded in a named place are of that place's side (`38 people ... in Khan
      // Younis`); soldiers too when no side word or agent says otherwise (`attacked an army post in
      // northern Burkina Faso, killing at least 50 soldiers`)
      side = placeSide(sc, r, places);
    }
    // civilians with no side word: of the places around them, in their sentence, else in their
    // paragraph when all its places are of one country (`In Kharkiv 0.8 million residents had no water`)
    if (!side && civilianCount(claim, r, sc)) side = placeSide(sc, r, places) ?? paragraphPlaceSide(sc, r, places);
    if (!side && claim.category !== 'duration') {
      // a bulletin counting what was destroyed or shot down counts the other side's losses
      if (voice && (claim.category === 'equipment' || claim.category === 'casualties' || claim.category === 'captured') && lossNamed(sc, r)) side = sc.opponent(voice.side);
    }
    if (!side && (claim.category === 'equipment' || claim.category === 'casualties')) side = seriesSide(sc, r, claim, attribution, out, outSent);
    if (!side && isAttackUnit(kind)) side = attackSeriesSide(sc, r, kind, out, outSent);
    if (!side && claim.category === 'equipment' && attribution) {
      // a side's military counting arms with no side word: its own (`about 20 aircraft took part in
      // the raid, the Israeli military said`), or its enemy's when it says they were destroyed
      const own = namedSide(sc, attribution);
      if (own) side = lossNamed(sc, r) ? sc.opponent(own) : own;
    }
    if (!side && r.people && r.military && claim.measure && claim.measure !== 'captured' && attribution && !enemyNamed(sc, r)) {
      // a side's military counting its soldiers killed or wounded, with no side word: its own
      // (`It said two soldiers were killed when an explosive device detonated`, after the Israeli military)
      const own = namedSide(sc, attribution);
      // ... but what it says it killed is its enemy's (`An RSF spokesman claimed the group had killed "more than 300 soldiers"`)
      if (own) side = killedBy(sc, r) ? sc.opponent(own) : own;
    }
    // in a civil war both belligerents carry the country's code: fighters and their arms in an
    // article about one such country are of its side
    if (!side && civilSide && combatantCount(claim)) side = civilSide;
    // ... and its civilians (killed, wounded, displaced, in need) are the country's people, whichever
    // armed group the sentence names as the cause, unless the count names other people (`40,000 Congolese`)
    // (not people in a place of another country the sentence names: `40 people were killed in Gaza`)
    if (civilSide && civilianCount(claim, r, sc) && !sideInSpan(sc, r) && (placeSide(sc, r, places) ?? civilSide) === civilSide) side = civilSide;
    // `air defences shot down 67 of the drones`: a part of a count named just before is of its side
    if (/\bof\s+(?:the|these|those)\s/i.test(claim.text)) {
      const sent = sc.seg.sentenceOf(r.ni);
      for (let x = out.length - 1; x >= 0 && outSent[x] >= sent - 1; x--) {
        if (kindOf(out[x]) !== kind) continue;
        if (out[x].side) side = out[x].side;
        break;
      }
    }
    // `38 soldiers had surrendered, among them three officers`: a part of a group of people is of its side
    if (r.people && out.length > 0 && !sideInSpan(sc, r)) {
      const prevClaim = out[out.length - 1];
      const between = text.slice(prevClaim.end, start);
      if (prevClaim.side && prevClaim.unit === 'person' && between.length < 60 && !/[.;!?]/.test(between) && /\b(including|among them|of whom|of them)\s*$/i.test(between)) side = prevClaim.side;
    }
    // a side is a country code (annotation guide): an armed group of a civil war is its country's, so
    // the RSF's fighters and arms are Sudan's as the army's are (the engine keeps the two apart only to
    // tell whose enemy is whose)
    if (side && !r.noSide) claim.side = COUNTRY_OF_GROUP.get(side) ?? side;
    if (sideInSpan(sc, r)) ownSide.add(claim);
    // a bulletin speaks for its issuing body: what it does not attribute to another source is its claim
    if (!attribution && voice) attribution = voice.source;
    else if (attribution && voice && voiceOwnRole(attribution)) attribution = voice.source;
    // `an oil slick some 18 miles long`, `ein 20 Kilometer langer Ölteppich`: the size of a thing, not a way to a place
    if (claim.category === 'distance' && lengthAfter(sc, r.tj)) claim.kind = 'length';
    // ... and so does an assessment written in its author's voice (`We assess`, `our data record`)
    if (!attribution && author) attribution = author;
    const where = whereFor(sc, r, wherePlaces);
    if (where) claim.where = where;
    const when = whenFor(sc, r, fallbackWhen);
    if (when) claim.when = when;
    if (attribution) claim.attribution = attribution;
    out.push(claim);
    outSent.push(sc.seg.sentenceOf(r.ni));
  }
  coordinate(text, out, ownSide);
  headlineEchoes(text, out);
  return out;
}

/**
 * A headline's figure is the story's own, told again in the body with its source and context
 * (`Junta airstrike kills 40 in Sagaing` / `... killed at least 40 people, a local resistance group
 * said`): the headline claim takes the body claim's source, side and measure. The headline is the
 * first line when a line break ends it early; the echo is looked for in the next few paragraphs.
 */
function headlineEchoes(text: string, out: Claim[]): void {
  const br = text.indexOf('\n');
  if (br < 0 || br > 300) return;
  const horizon = br + 3000;
  for (const h of out) {
    if (h.start >= br) break;
    if (h.value === null) continue;
    const echo = out.find((b) => b.start > br && b.start < horizon && b.canonicalValue === h.canonicalValue && kindOf(b) === kindOf(h) && b.category === h.category);
    if (!echo) continue;
    if (!h.attribution && echo.attribution) h.attribution = echo.attribution;
    if (echo.side) h.side = echo.side;
    if (!h.measure && echo.measure) h.measure = echo.measure;
  }
}

/**
 * `61 government soldiers and 37 rebel fighters had been killed`, `shot down 11 drones and two
 * cruise missiles launched from Yemen`: the first of two coordinated counts of the same kind
 * shares what only the second one's words say (its casualty measure, its side).
 */
function coordinate(text: string, out: Claim[], ownSide: ReadonlySet<Claim>): void {
  for (let x = out.length - 2; x >= 0; x--) {
    const a = out[x];
    const b = out[x + 1];
    const between = text.slice(a.end, b.start);
    if (between.length > 12 || !/^\s*(,\s*)?(and|or|und|oder)\s+$/.test(between)) continue;
    const people = a.unit === 'person' && b.unit === 'person';
    if (people && !a.measure && b.measure && a.category === 'troops') {
      a.measure = b.measure;
      a.category = b.measure === 'captured' ? 'captured' : 'casualties';
    }
    // ... but not a side word on the second count only (`killed 12 soldiers and five Russian fighters`)
    if (!a.side && b.side && !ownSide.has(b) && (people || (a.category === 'equipment' && b.category === 'equipment'))) a.side = b.side;
  }
}
