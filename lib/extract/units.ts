// Military formations: numbered and named units of any side, with every mention.
//
// What it catches
// - numbered formations: an ordinal (`81st`, `3rd`, `Third`, German `47.`), capitalised or known
//   lower-case modifiers, and a head noun (`Brigade`, `Army Corps`, `Division`, `OMBr`...):
//   `81st Airmobile Brigade`, `1st Guards Tank Army`, `155th Brigade of Marines`,
//   `76th Airborne (VDV) Division`, `47. Mechanisierte Brigade`; a head followed by a number
//   (`Unit 8200`, `Light Infantry Division 77`, `Task Force 153`), Myanmar's `LIB 345`;
//   canonical names spell the type one (US) way (`14th Mechanised Brigade` → `14th Mechanized
//   Brigade`), and a brigade `of the National Guard (of Ukraine)` reads `1st National Guard Brigade`;
// - coordinated ordinals, expanded: `the 30th and 54th Mechanized Brigades` gives
//   `30th Mechanized Brigade` (mention `30th and 54th Mechanized Brigades`, the guide's surface)
//   and `54th Mechanized Brigade` (mention `54th Mechanized Brigades`);
// - named formations: a capitalised proper name before a formation head (`Golani Brigade`,
//   `Khan Younis Brigade`, `Gaza City Brigade`, `Luhansk Operational Tactical Group`, `Sever Group
//   of Forces`, `Southern Military District`, `Northern Command`, `Air Command East`), an armed
//   group's `... Force(s)` the text defines with its acronym (`Amhara Fano National Force (AFNF)`),
//   and the lexicon in unit-lexicon.ts (`Rubicon`, `Azov`, `Wagner`, `Rapid Support Forces`/`RSF`,
//   `al-Quds Brigades`, `VDP`...);
// - later short references: `the 81st`, `the 47th Mechanized`, `the 81st Brigade`, a numbered
//   unit's honorific (`the Khartiia Brigade`), a lexicon short name (`Rubicon`), an acronym the
//   text defines (`Kachin Independence Army (KIA)`), and a type acronym (`2nd Combined Arms Army
//   (CAA)` ... `41st CAA`, a unit of its own).
// What it leaves out on purpose
// - sides and whole forces (`Ukrainian forces`, `Russian army`, `Israel Defense Forces`,
//   `Sudanese Armed Forces`), services, ministries, think tanks (`Black Bird Group`),
//   companies, weapon systems, organisations that are sides (`Hamas`, `Hezbollah`, `Houthis`);
// - bare generic references (`the brigade`) and type-only names (`a Separate Assault Brigade`);
// - non-military namesakes (`London Fire Brigade`, `Salvation Army`, `Central Division` of a
//   league, `Sea of Azov`, `crossed the Rubicon`, `Richard Wagner`).
// Side: from the words before the name (`Ukraine's`, `the Russian`, `IDF's`), the lexicon, the
// formation type in Russia–Ukraine or Myanmar coverage (`Motor Rifle` → ru, `Airmobile` → ua),
// or the nearest side adjective earlier in the sentence; omitted when unknown.
//
// One linear tokenizer pass (shared with the page detector through `tokensOf`), then scans over
// the token array; overlaps are resolved per cluster. Linear in the text on adversarial input.

import type { Mention, UnitEntity } from '../model';
import { forEachWordOf } from '../text/scan';
import { alignedLower, lowerOf, tokensFor, TokKind, wideWords } from '../text/tokens';
import { WordFilter } from '../text/word-filter';
import { TYPE_SIDE, unitLexicon, type AliasCase, type NamedUnit, type UnitLexicon } from './unit-lexicon';

const F_POSSESSIVE = 1;
const F_DIGITS = 2;
const F_HYPHEN = 4;

/** A word of the text as the units extractor reads it (one small object per word: the fields
 *  that follow from others, `rawEnd` and `lowerRaw`, are read through getters). */
export class Token {
  readonly start: number;
  /** End of the word without a possessive `’s`. */
  readonly end: number;
  /** Text without the possessive. */
  readonly text: string;
  /** Lower case, apostrophes folded to ’, possessive removed. */
  readonly lower: string;
  readonly cap: boolean;
  /** Ordinal number (81 for `81st`, 3 for `Third`), 0 when not an ordinal. */
  readonly ordinal: number;
  private readonly flags: number;

  constructor(start: number, end: number, text: string, lower: string, cap: boolean, ordinal: number, flags: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.cap = cap;
    this.ordinal = ordinal;
    this.flags = flags;
  }

  /** End including a possessive `’s`, when there is one. */
  get rawEnd(): number {
    return this.flags & F_POSSESSIVE ? this.end + 2 : this.end;
  }

  /** Lower case of the whole token, possessive included. */
  get lowerRaw(): string {
    return this.flags & F_POSSESSIVE ? `${this.lower}’s` : this.lower;
  }

  get possessive(): boolean {
    return (this.flags & F_POSSESSIVE) !== 0;
  }

  /** All digits. */
  get digits(): boolean {
    return (this.flags & F_DIGITS) !== 0;
  }

  /** `lower` holds a hyphen (`al-qassam`, `huthi-angriffe`). */
  get hyphen(): boolean {
    return (this.flags & F_HYPHEN) !== 0;
  }
}

interface Candidate {
  start: number;
  end: number;
  name: string;
  key: string;
  side?: string;
  /** Numbered units: the ordinal, head and modifier words for back-reference matching. */
  ordinal?: number;
  head?: string;
  words?: string[];
  priority: number;
  named?: NamedUnit;
  /** Where the mention ends when it reads past the candidate's own span: a coordinated member
   *  (`30th` in `the 30th and 54th Mechanized Brigades`) is marked up to the shared head. */
  mentionEnd?: number;
  /** A generic named force (`... Force`) that counts only where the text defines it with an acronym. */
  needsDefinition?: boolean;
  /** The candidate is followed by the acronym that defines it. */
  defined?: boolean;
}

const WORD_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const WORD_ORDINAL_MAP: ReadonlyMap<string, number> = new Map(Object.entries(WORD_ORDINALS));
const ARABIC_PARTICLE = /^(?:al|el|ad|ed|an|as|ash|at|az|ar|ibn|bin|abu)-/;
const BARE_PARTICLE = new Set(['bin', 'ibn', 'bint', 'abu', 'al', 'el', 'ad', 'ed', 'ash', 'as', 'az', 'ar', 'an', 'at']);
const UNITISH = new Set([
  'unit', 'units', 'group', 'groups', 'brigade', 'brigades', 'regiment', 'battalion', 'battalions',
  'fighters', 'forces', 'force', 'troops', 'mercenaries', 'operators', 'drone', 'drones', 'special',
  'detachment', 'detachments', 'center', 'centre', 'militia', 'militants', 'commander', 'commanders',
  'soldiers', 'members', 'pmc', 'elite', 'assault', 'commandos', 'operatives', 'men', 'servicemen',
  'chief', 'boss', 'founder', 'leader', 'mutiny', 'rebellion', 'contractors', 'veterans', 'mercenary',
  'private', 'military', 'instructors', 'presence', 'operations', 'column', 'convoy',
]);
/** Words that may follow a bare ordinal used as a back-reference (`the 81st said`). */
const REF_FOLLOW = new Set([
  'was', 'is', 'has', 'had', 'have', 'were', 'are', 'said', 'says', 'which', 'who', 'and', 'in',
  'on', 'near', 'at', 'to', 'from', 'with', 'for', 'of', 'that', 'also', 'reported', 'reports',
  'claimed', 'claims', 'repelled', 'attacked', 'held', 'holds', 'took', 'lost', 'launched',
  'posted', 'published', 'released', 'struck', 'hit', 'destroyed', 'fought', 'fights', 'defended',
  'defends', 'pushed', 'advanced', 'withdrew', 'retreated', 'moved', 'remains', 'remained',
  'would', 'will', 'could', 'can', 'did', 'does', 'shared', 'showed', 'shows', 'now', 'still',
  'itself', 'then', 'but', 'or', 'after', 'before', 'since', 'while', 'when', 'had', 'been',
]);
const DATE_BEFORE = new Set(['on', 'by', 'until', 'till', 'since', 'before', 'after', 'from', 'through', 'between']);
/** Plural nouns that follow an ordinal without making it a unit (`the 20th times`). */
const NOT_VERBS = new Set([
  'years', 'times', 'days', 'minutes', 'hours', 'weeks', 'months', 'places', 'anniversaries',
  'centuries', 'floors', 'streets', 'rounds', 'editions', 'birthdays', 'seconds', 'goals', 'points',
  'games', 'laps', 'overs', 'innings', 'holes', 'percentiles', 'pages', 'chapters', 'graders', 'seeds',
]);
const BLOCKED_MODIFIER_ONE = new Set([
  'national', 'royal', 'regular', 'liberation', 'imperial', 'red', 'white', 'people', 'popular',
  'new', 'grand', 'continental', 'salvation', 'terracotta', 'shadow', 'dark', 'ghost', 'sales',
  'consumer', 'business', 'cloud', 'criminal', 'antitrust', 'civil', 'premier', 'championship',
  'investigations', 'homicide', 'narcotics', 'enforcement', 'corporate', 'retail', 'finance',
  'media', 'entertainment', 'research', 'fire', 'rescue', 'police', 'women', 'youth', 'student',
  'volunteer', 'light', 'heavy', 'mixed', 'junior', 'senior', 'college', 'school', 'first', 'second',
  'press', 'peace', 'vip', 'fan', 'reserve', 'revolutionary',
  // German articles and possessives capitalised at a sentence start (`Die Armee habe ...`)
  'die', 'der', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'ihre', 'seine', 'unsere', 'jede', 'diese',
]);
const LOWER_GROUP_QUALIFIERS = new Set(['operational-strategic', 'operational-tactical', 'tactical', 'strategic', 'operational']);
/** Prefix words that only name a type: `Separate Assault Brigade` alone is no particular unit. */
const TYPE_ONLY = new Set([
  'separate', 'independent', 'mechanized', 'mechanised', 'motorized', 'motorised', 'motor', 'rifle',
  'airmobile', 'airborne', 'air', 'assault', 'tank', 'armored', 'armoured', 'marine', 'naval',
  'infantry', 'light', 'heavy', 'mountain', 'artillery', 'rocket', 'missile', 'guards', 'territorial',
  'defense', 'defence', 'special', 'purpose', 'operations', 'forces', 'reconnaissance', 'engineer',
  'combined', 'arms', 'army', 'tactical', 'operational', 'strategic', 'operational-tactical',
  'operational-strategic', 'unmanned', 'systems', 'drone', 'strike', 'commando', 'paratrooper',
  'parachute', 'volunteer', 'storm', 'shock', 'battalion', 'brigade', 'regiment', 'combat', 'training',
  'national', 'guard', 'mechanized-infantry', 'jaeger', 'border', 'coastal', 'spetsnaz', 'task',
  'mechanisierte', 'mechanisierten', 'selbstständige', 'selbstständigen', 'motorisierte', 'luftlande',
  'luftsturm', 'gebirgsjäger', 'panzer', 'sturm', 'artillerie', 'marineinfanterie', 'territoriale',
]);
const DIRECTIONS = new Set([
  'central', 'west', 'east', 'north', 'south', 'western', 'eastern', 'northern', 'southern',
  'atlantic', 'pacific', 'metropolitan', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest',
  'mountain', 'coastal',
]);
/** Ukrainian abbreviations used as heads: `47th OMBr`, `3rd OShBr`. */
const ABBREV_HEADS = new Set(['ombr', 'oshbr', 'odshbr', 'otbr', 'obrmp', 'osg', 'otg']);
/** Words before a German ordinal (`die 47. Brigade`, `der russischen 20. Armee`). */
const GERMAN_BEFORE_ORDINAL = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'einer', 'eine', 'einem', 'eines', 'zur', 'zum', 'im', 'am',
  'beim', 'vom', 'von', 'mit', 'aus', 'seiner', 'ihrer', 'ukrainische', 'ukrainischen', 'ukrainischer',
  'russische', 'russischen', 'russischer', 'israelische', 'israelischen', 'und', 'sowie', 'oder',
]);
/** German compounds ending in a head noun (`Sturmbrigade`, `Panzerdivision`). */
/** After a German ordinal: `und` / `oder` and the next ordinal (`92. und 93.`). */
const GERMAN_LIST_NEXT = /^(?:und|oder) \d{1,4}\. /;
const GERMAN_COMPOUND_HEAD = /(?:brigade|bataillon|regiment|division|armee|korps)$/;
/** Weak heads that are military words of their own: an ordinal and the capitalised head alone name a formation (`the 69th Squadron`, `the 36th Wing`). */
const SMALL_ELEMENTS = new Set(['squadron', 'squadrons', 'wing', 'wings', 'battery', 'batteries', 'platoon', 'platoons', 'detachment', 'detachments', 'company', 'companies']);
/** Words right before a cardinal that make it a count, not a formation number (`about 10 Corps`). */
const COUNT_BEFORE = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'than', 'least', 'most', 'up', 'to', 'of', 'only', 'just', 'all', 'those', 'these', 'their', 'its', 'with', 'had', 'has', 'have', 'sent', 'deployed', 'formed', 'ungefähr', 'etwa', 'rund', 'mehr', 'als']);
const LOWER_WEAK_NEVER = new Set(['unit', 'units', 'force', 'forces', 'district', 'districts', 'command', 'commands', 'wing', 'wings']);
/** Capitalised words before a local force's name that are not the place it is named for. */
const PLACE_FIRST_NOT = new Set(['the', 'a', 'an', 'local', 'township', 'its', 'their', 'his', 'her', 'our', 'myanmar', 'burma', 'national', 'every', 'each', 'one', 'two', 'several', 'many', 'some', 'other', 'another', 'rebel', 'resistance', 'anti-junta', 'allied', 'nug', 'and', 'or', 'with', 'by', 'of', 'from', 'for']);
const COMMAND_PREFIX = new Set([
  'northern', 'southern', 'central', 'eastern', 'western', 'front', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  'coastal', 'triangle',
]);
/** Places that name a side (`gaza` → ps) and may also name a formation within a longer name. */
const PLACE_SIDE = new Set(['gaza', 'kyiv', 'kiev', 'moscow']);
const placeSide = (prefix: Token[], lex: UnitLexicon): string | undefined => {
  for (const t of prefix) if (PLACE_SIDE.has(t.lower)) return lex.sideWords.get(t.lower);
  return undefined;
};

/** Compass words after a command's head: `Air Command East`. */
const COMPASS = new Set(['east', 'west', 'north', 'south', 'centre', 'center', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
const OF_TAIL = new Set([
  'marines', 'naval', 'infantry', 'advanced', 'unmanned', 'systems', 'special', 'purpose',
  'operations', 'forces', 'territorial', 'defense', 'defence', 'air', 'assault', 'rapid', 'reaction',
]);

/** `st`, `nd`, `rd` or `th` in either case (the suffix of `81st`). */
function ordinalSuffix(a: number, b: number): boolean {
  a |= 32;
  b |= 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

const unitJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const numbered: number[] = [];
  // lower-case once (native, fast) and read words from the lowered copy; per-word lower-casing
  // is the fallback for the rare text whose length changes when lowered (`İ`)
  const lowered = lowerOf(text);
  const aligned = lowered.length === text.length;
  const src = aligned ? lowered : text;
  // the words, read from the analysis's shared token array (the same spans as scanning `src`)
  // and made into tokens as they are found
  const base = tokensFor(text);
  // the next ASCII apostrophe at or after the current word (one forward search for the whole
  // text instead of one per word)
  let apos = src.indexOf("'");
  let bi = 0;
  // token lower cases are slices of the same lowered text only when that is exact (see alignedLower)
  const shareLower = aligned && alignedLower(text) !== undefined;
  forEachWordOf(text, base, false, unitJoiner, wideWords(base), (start, wordEnd, ft) => {
    const len = wordEnd - start;
    // a word that is one shared token (most are) takes that token's strings, without a new slice
    // (the token a word starts with is known for most words; else found by walking on)
    if (ft >= 0) bi = ft;
    else while (bi < base.length && base[bi].e <= start) bi++;
    const bt = bi < base.length ? base[bi] : undefined;
    const one = shareLower && bt && bt.s === start && bt.e === start + len && (bt.k === TokKind.Word || bt.k === TokKind.Digits) ? bt : undefined;
    if (one && one.k === TokKind.Word) {
      // the common case, a word that is one letter token: no apostrophe, no possessive, no
      // digits, no hyphen; its strings are the token's. A capitalised one may be a word ordinal:
      // every one ends in `st`, `nd`, `rd` or `th` (first, second, third, fifth...)
      let ordinal = 0;
      if (one.cap && len <= 12 && len >= 5) {
        const z = one.l.charCodeAt(len - 1);
        if (z === 116 || z === 100 || z === 104) ordinal = WORD_ORDINAL_MAP.get(one.l) ?? 0;
      }
      out.push(new Token(start, start + len, one.cap ? one.t : one.l, one.l, one.cap, ordinal, 0));
      return;
    }
    let lowerRaw = one ? one.l : aligned ? src.slice(start, start + len) : src.slice(start, start + len).toLowerCase();
    if (apos >= 0 && apos < start) apos = src.indexOf("'", start);
    if (apos >= 0 && apos < start + len) lowerRaw = lowerRaw.replace(/'/g, '’');
    let possessive = false;
    if (len > 2) {
      const a = lowerRaw.charCodeAt(len - 2);
      if (a === 0x2019 && lowerRaw.charCodeAt(len - 1) === 115) possessive = true;
    }
    const end = possessive ? start + len - 2 : start + len;
    const lower = possessive ? lowerRaw.slice(0, -2) : lowerRaw;
    const first = text.charCodeAt(start);
    const firstLower = lowerRaw.charCodeAt(0);
    const cap = first !== firstLower;
    // the original spelling matters only for capitalised words; others read as their lower case
    const raw = cap ? (one && !possessive ? one.t : text.slice(start, end)) : lower;
    let ordinal = 0;
    let digits = false;
    let germanOrdinal = false;
    if (first >= 48 && first <= 57) {
      // `81st` (1-4 digits and a suffix) or all digits, read without a regular expression
      const rl = raw.length;
      let nd = 1;
      while (nd < rl && raw.charCodeAt(nd) >= 48 && raw.charCodeAt(nd) <= 57) nd++;
      if (nd === rl) digits = true;
      else if (nd <= 4 && rl === nd + 2 && ordinalSuffix(raw.charCodeAt(nd), raw.charCodeAt(nd + 1))) ordinal = Number(raw.slice(0, nd));
    } else if (cap && len <= 12 && len >= 5) {
      // every word ordinal ends in `st`, `nd`, `rd` or `th` (first, second, third, fifth...)
      const z = lower.charCodeAt(lower.length - 1);
      if (z === 116 || z === 100 || z === 104) ordinal = WORD_ORDINAL_MAP.get(lower) ?? 0;
    }
    if (digits && len <= 4 && text.charCodeAt(start + len) === 46 && text.charCodeAt(start + len + 1) === 32) {
      // German ordinal `47. Mechanisierte Brigade`: only when a capitalised word follows
      const c = text.charCodeAt(start + len + 2);
      const prev = out.length ? out[out.length - 1] : undefined;
      // or another German ordinal follows in a list (`die 92. und 93. Brigade`, `die 92., 93. und 95. Brigade`)
      const listed = c === 117 || c === 111 ? GERMAN_LIST_NEXT.test(text.slice(start + len + 2, start + len + 12)) : false;
      if (((c >= 65 && c <= 90) || listed) && prev && GERMAN_BEFORE_ORDINAL.has(prev.lower) && start - prev.rawEnd === 1) {
        ordinal = Number(raw);
        germanOrdinal = true;
      }
    }
    // a German ordinal's token takes in its full stop, so the name reads `47. Mechanisierte Brigade`
    const gEnd = germanOrdinal ? end + 1 : end;
    // (rawEnd and lowerRaw follow: the possessive's two characters more, or none)
    const flags = (possessive ? F_POSSESSIVE : 0) | (digits && !germanOrdinal ? F_DIGITS : 0) | (lower.includes('-') ? F_HYPHEN : 0);
    if (ordinal && first >= 48 && first <= 57) numbered.push(out.length);
    out.push(new Token(start, gEnd, germanOrdinal ? raw + '.' : raw, germanOrdinal ? lower + '.' : lower, cap, ordinal, flags));
  });
  numberedOrdinals.set(out, numbered);
  return out;
}

/** Per token array of tokenize(), the indices of its ordinals written with digits (`81st`, `47.`). */
const numberedOrdinals = new WeakMap<readonly Token[], number[]>();

function digitOrdinals(tokens: readonly Token[]): readonly number[] {
  const known = numberedOrdinals.get(tokens);
  if (known) return known;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].ordinal && /^\d/.test(tokens[i].text)) out.push(i);
  return out;
}

let lastText: string | undefined;
let lastTokens: Token[] = [];

/**
 * The word tokens of `text`, shared by the units extractor and the page detector: the engine
 * runs both on the same string, so the second call reuses the first one's tokens.
 */
export function tokensOf(text: string): readonly Token[] {
  if (text !== lastText) {
    // the last text's tokens are let go first: the collector need not copy them while these are made
    lastTokens = [];
    lastText = undefined;
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

const isUpper = (t: Token): boolean => t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.lower;

/** Characters allowed between two words of one unit name: a space and at most a quote. */
function gapOk(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 1 || len > 3) return false;
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) spaces++;
    else if (c === 39 || c === 0x2019 || c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 47) continue;
    else return false;
  }
  return spaces <= 1 && (spaces === 1 || text.charCodeAt(from) === 47);
}

const joined = (text: string, a: Token, b: Token): boolean => !a.possessive && gapOk(text, a.end, b.start);

/** British spellings of formation types, written the one (US) way in canonical names. */
const US_SPELLING: ReadonlyMap<string, string> = new Map([
  ['mechanised', 'Mechanized'],
  ['motorised', 'Motorized'],
  ['armoured', 'Armored'],
  ['mechanised-infantry', 'Mechanized-Infantry'],
]);

/** A word of a numbered formation's canonical name: title case, and one spelling of its type. */
function tailWord(w: string): string {
  return US_SPELLING.get(w.toLowerCase()) ?? titleWord(w);
}

function titleWord(w: string): string {
  return w
    .split('-')
    .map((p) => (p && /^[a-z]/.test(p) && !ARABIC_PARTICLE.test(p + '-') ? p[0].toUpperCase() + p.slice(1) : p))
    .join('-');
}

function normKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/-/g, ' ')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\barmoured\b/g, 'armored')
    .replace(/\bmechanised\b/g, 'mechanized')
    .replace(/\bmotorised\b/g, 'motorized')
    .replace(/\s+/g, ' ')
    .trim();
}

function ordinalText(t: Token): string {
  if (t.digits || /^\d/.test(t.text)) return t.text.replace(/(st|nd|rd|th)$/i, (s) => s.toLowerCase());
  return t.text;
}

/** Side from the words right before a unit (`Ukraine's`, `the Russian`, `Israeli`, `IDF`). */
function sideBefore(tokens: Token[], idx: number, lex: UnitLexicon, text: string): string | undefined {
  let k = idx - 1;
  let steps = 0;
  while (k >= 0 && steps < 3) {
    const t = tokens[k];
    if (!gapOk(text, t.rawEnd, tokens[k + 1].start) && !/^\s{1,2}$/.test(text.slice(t.rawEnd, tokens[k + 1].start))) return undefined;
    const two = k > 0 ? `${tokens[k - 1].lower} ${t.lower}` : '';
    const side = (two && lex.sideWords.get(two)) || lex.sideWords.get(t.lower);
    if (side && (t.possessive || t.cap || isUpper(t) || /isch(?:e|en|er)$/.test(t.lower))) return side;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'elite') {
      k--;
      steps++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

function typeSide(nameLower: string, docIsRuUa: boolean, docIsMm: boolean): string | undefined {
  for (const [w, side] of TYPE_SIDE) {
    if (!nameLower.includes(w)) continue;
    if (side === 'mm' ? docIsMm : docIsRuUa) return side;
  }
  return undefined;
}

/** Nearest side adjective earlier in the same sentence, within 80 characters. */
function sideInSentence(tokens: Token[], idx: number, lex: UnitLexicon, text: string): string | undefined {
  const limit = tokens[idx].start - 80;
  for (let k = idx - 1; k >= 0 && tokens[k].start >= limit; k--) {
    const t = tokens[k];
    const between = text.slice(t.rawEnd, tokens[k + 1].start);
    if (/[.!?;\n]/.test(between)) return undefined;
    if (!t.cap) continue;
    if (t.lower.endsWith('ns') || t.lower.endsWith('is')) continue; // `Russians`, `Israelis`: the people, not the force's owner
    const side = lex.sideWords.get(t.lower);
    if (side && (t.lower.endsWith('an') || t.lower.endsWith('li') || t.lower.endsWith('ese') || t.possessive)) return side;
  }
  return undefined;
}

/** Token k is an all-capitals acronym in parentheses right after a word: `Airborne (VDV)`. */
function parenAcronym(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return (
    !!prev &&
    t.text.length >= 2 &&
    t.text.length <= 6 &&
    isUpper(t) &&
    text.slice(prev.rawEnd, t.start) === ' (' &&
    text.charCodeAt(t.end) === 41
  );
}

/** Services a numbered formation is said to belong to (`of the National Guard`): their words, as the
 *  formation's canonical name uses them. */
const SERVICES: ReadonlyArray<[string[], (t: Token[]) => string[]]> = [
  [['national', 'guard'], () => ['National', 'Guard']],
  [['territorial', 'defense', 'forces'], (t) => ['Territorial', t[1].text.replace(/^d/, 'D')]],
  [['territorial', 'defence', 'forces'], (t) => ['Territorial', t[1].text.replace(/^d/, 'D')]],
  [['marine', 'corps'], () => ['Marine']],
  [['airborne', 'forces'], () => ['Airborne']],
  [['air', 'assault', 'forces'], () => ['Air', 'Assault']],
  [['unmanned', 'systems', 'forces'], () => ['Unmanned', 'Systems']],
  [['special', 'operations', 'forces'], () => ['Special', 'Operations']],
];
/** The same services as one German word in the genitive (`der Territorialverteidigung`). */
const GERMAN_SERVICES: ReadonlyMap<string, string[]> = new Map([
  ['territorialverteidigung', ['Territorial', 'Defense']],
  ['nationalgarde', ['National', 'Guard']],
  ['luftlandetruppen', ['Airborne']],
  ['luftsturmtruppen', ['Air', 'Assault']],
]);
const SERVICE_OWNER: ReadonlyMap<string, string> = new Map([['ukraine', 'ua'], ['russia', 'ru']]);

/** `of the National Guard` (and `of Ukraine`) right after a numbered formation's head token h. */
function serviceAfter(text: string, tokens: Token[], h: number): { words: string[]; end: number; side?: string } | undefined {
  const of = tokens[h + 1];
  // German genitive: `102. Brigade der Territorialverteidigung`, `4. Brigade der Nationalgarde`
  const de = tokens[h + 2];
  if (of?.lower === 'der' && de?.cap && GERMAN_SERVICES.has(de.lower) && !tokens[h].possessive && gapOk(text, tokens[h].end, of.start) && gapOk(text, of.end, de.start)) {
    return { words: GERMAN_SERVICES.get(de.lower)!, end: h + 2 };
  }
  if (!of || of.lower !== 'of' || tokens[h].possessive || !gapOk(text, tokens[h].end, of.start)) return undefined;
  let k = h + 2;
  if (tokens[k]?.lower === 'the' && gapOk(text, of.end, tokens[k].start)) k++;
  for (const [words, name] of SERVICES) {
    const toks: Token[] = [];
    for (let w = 0; w < words.length; w++) {
      const t = tokens[k + w];
      // the service is a proper name: capitalised (`of the National Guard`, not `of the national guard`)
      if (!t || t.lower !== words[w] || !t.cap || !gapOk(text, tokens[k + w - 1].rawEnd, t.start) || tokens[k + w - 1].possessive) break;
      toks.push(t);
    }
    if (toks.length !== words.length) continue;
    let last = k + words.length - 1;
    let side: string | undefined;
    // `of the National Guard of Ukraine`
    const of2 = tokens[last + 1];
    const owner = tokens[last + 2];
    if (of2?.lower === 'of' && owner && owner.cap && SERVICE_OWNER.has(owner.lower) && !tokens[last].possessive && gapOk(text, tokens[last].end, of2.start) && gapOk(text, of2.end, owner.start)) {
      side = SERVICE_OWNER.get(owner.lower);
      last += 2;
    }
    return { words: name(toks), end: last, side };
  }
  return undefined;
}

/** The honorific words of a numbered unit's name (`Khartiia`, `King Danylo`), when it has some. */
function honorificRun(c: Candidate, lex: UnitLexicon): string[] | undefined {
  if (!c.words || !c.head) return undefined;
  const run: string[] = [];
  for (const w of c.words) {
    if (w === c.head || w === 'of') break;
    if (TYPE_ONLY.has(w) || lex.lowerModifiers.has(w) || lex.heads.has(w)) {
      if (run.length) break;
      continue;
    }
    run.push(w);
  }
  return run.length ? run : undefined;
}

/** Myanmar's army abbreviations before a unit number: `LIB 345` is `Light Infantry Battalion 345`. */
const NUMBERED_ABBREV: ReadonlyMap<string, string> = new Map([
  ['LIB', 'Light Infantry Battalion'],
  ['LID', 'Light Infantry Division'],
  ['MOC', 'Military Operations Command'],
  ['ROC', 'Regional Operations Command'],
]);

function parseAbbrevNumbered(text: string, tokens: Token[], i: number, out: Candidate[]): void {
  const t = tokens[i];
  const num = tokens[i + 1];
  if (!num || !num.digits || num.text.length > 4 || t.possessive || text.slice(t.rawEnd, num.start) !== ' ') return;
  // `No. 345`, `345th`: only a bare number right after
  const after = text.charCodeAt(num.end);
  if (after === 46 && /\d/.test(text[num.end + 1] ?? '')) return;
  const name = `${NUMBERED_ABBREV.get(t.text)} ${num.text}`;
  out.push({ start: t.start, end: num.end, name, key: normKey(name), priority: 1 });
}

/** Numbered formation starting at token i (an ordinal). Returns candidates and the last token used. */
function parseNumbered(text: string, tokens: Token[], i: number, lex: UnitLexicon, out: Candidate[]): number {
  // coordinated ordinals: `30th and 54th`, `30th, 54th and 81st`
  const ords = [i];
  let j = i;
  while (j + 1 < tokens.length && ords.length < 12) {
    const next = tokens[j + 1];
    if (!next) break;
    const gap = text.slice(tokens[j].rawEnd, next.start);
    if (next.ordinal && /^\s?,\s$/.test(gap) && /^\d/.test(next.text) === /^\d/.test(tokens[i].text)) {
      ords.push(j + 1);
      j++;
      continue;
    }
    if ((next.lower === 'and' || next.lower === 'or' || next.lower === 'und') && /^,?\s$/.test(gap)) {
      const after = tokens[j + 2];
      if (after && after.ordinal && gapOk(text, next.end, after.start) && /^\d/.test(after.text) === /^\d/.test(tokens[i].text)) {
        ords.push(j + 2);
        j += 2;
        continue;
      }
    }
    break;
  }
  const lastOrd = ords[ords.length - 1];
  // modifiers and head(s) after the last ordinal
  let k = lastOrd + 1;
  let lastHead = -1;
  let mods = 0;
  const isWordOrdinal = !/^\d/.test(tokens[i].text);
  const skipped = new Set<number>();
  while (k < tokens.length && k - lastOrd <= 8) {
    if (!joined(text, tokens[k - 1], tokens[k])) {
      // `76th Airborne (VDV) Division`: a parenthesised acronym inside the name
      if (parenAcronym(text, tokens, k) && tokens[k + 1] && text.slice(tokens[k].end, tokens[k + 1].start) === ') ') {
        skipped.add(k);
        k++;
        continue;
      }
      if (!(skipped.has(k - 1) && text.slice(tokens[k - 1].end, tokens[k].start) === ') ')) break;
    }
    const t = tokens[k];
    let head = lex.heads.get(t.lower);
    if (!head && t.cap && tokens[i].text.endsWith('.') && t.lower.length > 8 && GERMAN_COMPOUND_HEAD.test(t.lower)) {
      head = { singular: t.text, named: true };
    }
    if (head) {
      const prevLowerMod = !tokens[k - 1].cap && lex.lowerModifiers.has(tokens[k - 1].lower);
      const weakOk = t.cap
        ? mods > 0 || t.lower === 'group' || t.lower === 'groups' || t.lower === 'command' || ABBREV_HEADS.has(t.lower) || SMALL_ELEMENTS.has(t.lower)
        : prevLowerMod && !isWordOrdinal && !LOWER_WEAK_NEVER.has(t.lower);
      if ((head.named && (t.cap || !isWordOrdinal)) || weakOk) {
        lastHead = k;
      } else if (!t.cap) break;
      if (t.possessive) break;
      k++;
      continue;
    }
    if (t.ordinal || t.digits) break;
    // after a head only another head may follow (`Army Corps`), not more modifiers
    if (lastHead >= 0) break;
    if (t.cap && !lex.stop.has(t.lower) && !lex.sideWords.has(t.lower)) {
      mods++;
      if (t.possessive) break;
      k++;
      continue;
    }
    if (!t.cap && lex.lowerModifiers.has(t.lower)) {
      mods++;
      k++;
      continue;
    }
    break;
  }
  if (lastHead < 0) return i;
  if (isWordOrdinal && !tokens[lastHead].cap) return i;
  let endTok = lastHead;
  // `of Marines`, `of Advanced Unmanned Systems`, `of Forces`
  const ofTok = tokens[lastHead + 1];
  if (ofTok && ofTok.lower === 'of' && !tokens[lastHead].possessive && gapOk(text, tokens[lastHead].end, ofTok.start)) {
    let m = lastHead + 2;
    let last = -1;
    while (m < tokens.length && m - lastHead <= 5 && joined(text, tokens[m - 1], tokens[m]) && OF_TAIL.has(tokens[m].lower)) {
      last = m;
      if (tokens[m].possessive) break;
      m++;
    }
    if (last > 0) endTok = last;
  }
  // `the 1st brigade of the National Guard (of Ukraine)`: the service the formation belongs to,
  // named the way the formation's own name reads (`1st National Guard Brigade`)
  const service = endTok === lastHead ? serviceAfter(text, tokens, lastHead) : undefined;
  const tailWords: string[] = [];
  for (let m = lastOrd + 1; m <= endTok; m++) {
    if (skipped.has(m)) continue;
    const t = tokens[m];
    const h = m === lastHead ? lex.heads.get(t.lower) ?? { singular: t.text, named: true } : undefined;
    // a formation with no type words of its own takes the service's (`1st National Guard Brigade`)
    if (m === lastHead && service && m === lastOrd + 1) tailWords.push(...service.words);
    if (h && /s$/i.test(t.lower) && h.singular.toLowerCase() !== t.lower) tailWords.push(h.singular);
    else if (m === lastHead && h && !t.cap) tailWords.push(h.singular);
    else tailWords.push(t.lower === 'of' ? 'of' : tailWord(t.text));
  }
  if (service) endTok = service.end;
  const tail = tailWords.join(' ');
  const headLower = tokens[lastHead].lower;
  const headSingular = (lex.heads.get(headLower)?.singular ?? tokens[lastHead].text).toLowerCase();
  const side = sideBefore(tokens, i, lex, text) ?? service?.side;
  for (let n = 0; n < ords.length; n++) {
    const o = tokens[ords[n]];
    const isLast = n === ords.length - 1;
    const name = `${ordinalText(o)} ${tail}`;
    out.push({
      start: o.start,
      end: isLast ? tokens[endTok].end : o.end,
      // the guide's convention: a coordinated member reads from its ordinal to the shared head
      mentionEnd: isLast ? undefined : tokens[endTok].end,
      name,
      // `Third Assault Brigade` and `3rd Assault Brigade` are one unit
      key: `${o.ordinal}# ${normKey(tail)}`,
      side,
      ordinal: o.ordinal,
      head: headSingular,
      words: tail.toLowerCase().split(' '),
      priority: 2,
    });
  }
  return endTok;
}

/**
 * A formation numbered with a cardinal, as British, Indian, Pakistani and Nigerian usage writes it
 * (`25 Infantry Division`, `10 Corps`, `16 Air Assault Brigade`, `153 Task Force Battalion`): up to
 * three digits, capitalised words, and a capitalised singular head that names a formation alone.
 * Not a count: a plural head (`3 Brigades`), a hedge or a count word before (`about 10 Corps`),
 * a headline in title case.
 */
function parseCardinalNumbered(text: string, tokens: Token[], i: number, lex: UnitLexicon, out: Candidate[]): number {
  const num = tokens[i];
  if (num.text.length > 3 || num.text.startsWith('0') || num.possessive) return i;
  const prev = tokens[i - 1];
  if (prev && COUNT_BEFORE.has(prev.lower) && gapOk(text, prev.rawEnd, num.start)) return i;
  if (prev && (prev.digits || prev.ordinal) && text.slice(prev.rawEnd, num.start).trim() === '') return i;
  let k = i + 1;
  let lastHead = -1;
  while (k < tokens.length && k - i <= 5) {
    const t = tokens[k];
    if (!joined(text, tokens[k - 1], t) || !t.cap || t.digits || t.ordinal) break;
    const head = lex.heads.get(t.lower);
    if (head) {
      const singular = head.singular.toLowerCase() === t.lower || t.lower === 'corps';
      if (head.named && singular) lastHead = k;
      else if (!(t.lower === 'force' && tokens[k - 1].lower === 'task')) break;
      if (t.possessive) break;
      k++;
      continue;
    }
    if (lastHead >= 0 || lex.stop.has(t.lower) || lex.sideWords.has(t.lower)) break;
    if (t.possessive) break;
    k++;
  }
  if (lastHead < 0) return i;
  // a head followed by more capitalised words is part of a longer name (`10 Downing Street` has none)
  const after = tokens[lastHead + 1];
  if (after && after.cap && !after.digits && joined(text, tokens[lastHead], after)) return i;
  if (inTitleCaseLine(text, num.start)) return i;
  const tailWords: string[] = [];
  for (let m = i + 1; m <= lastHead; m++) tailWords.push(tailWord(tokens[m].text));
  const tail = tailWords.join(' ');
  const n = Number(num.text);
  out.push({
    start: num.start,
    end: tokens[lastHead].end,
    name: `${num.text} ${tail}`,
    key: `${n}# ${normKey(tail)}`,
    side: sideBefore(tokens, i, lex, text),
    ordinal: n,
    head: (lex.heads.get(tokens[lastHead].lower)?.singular ?? tokens[lastHead].text).toLowerCase(),
    words: tail.toLowerCase().split(' '),
    priority: 2,
  });
  return lastHead;
}

/**
 * A numbered element of a named force or operation: `Group 13 of the HUR`, `Sector 3 of Operation
 * Hadin Kai`. Only with the `of` that names what it belongs to; a bare `Group 3` may be a table's.
 */
function parseElementOf(text: string, tokens: Token[], i: number, lex: UnitLexicon, out: Candidate[]): boolean {
  const head = tokens[i];
  const num = tokens[i + 1];
  const of = tokens[i + 2];
  if (head.possessive || num.text.length > 3 || num.text.startsWith('0') || text.slice(head.end, num.start) !== ' ') return false;
  if (!of || of.lower !== 'of' || !gapOk(text, num.end, of.start)) return false;
  const owner = tokens[i + 3]?.lower === 'the' ? tokens[i + 4] : tokens[i + 3];
  if (!owner || !owner.cap || inTitleCaseLine(text, head.start)) return false;
  const name = `${head.text} ${num.text}`;
  out.push({ start: head.start, end: num.end, name, key: normKey(name), side: sideBefore(tokens, i, lex, text), priority: 1 });
  return true;
}

/** Where `... Task` of a task force's name starts: at `Task`, or at `Combined` / `Joint` right before it. */
function taskForceStart(prefixLower: readonly string[]): number {
  let k = prefixLower.length - 1;
  while (k > 0 && k >= prefixLower.length - 3 && TASK_FORCE_WORDS.has(prefixLower[k - 1])) k--;
  return k;
}
const TASK_FORCE_WORDS = new Set(['combined', 'joint', 'multinational']);
/** Capitalised words before `Task Force` that make it a name: two or more, or one that is not a coalition word. */
function namedTaskForce(prefixLower: readonly string[]): boolean {
  const words = prefixLower.length - 1;
  if (words <= 0) return false;
  if (prefixLower.some((w) => NOT_ARMED.has(w))) return false;
  return words >= 2 || !TASK_FORCE_WORDS.has(prefixLower[0]);
}

/** Named formation ending with the head token h. */
function parseNamed(text: string, tokens: Token[], h: number, lex: UnitLexicon, out: Candidate[]): void {
  const headTok = tokens[h];
  if (headTok.lower === 'unit' && !headTok.cap && tokens[h - 1]?.lower === 'military' && tokens[h + 1]?.digits) {
    // `military unit 29155`: the unit number is the name
    const num = tokens[h + 1];
    if (num.text.length <= 6 && gapOk(text, headTok.end, num.start)) {
      out.push({ start: headTok.start, end: num.end, name: `Unit ${num.text}`, key: `unit ${num.text}`, priority: 1 });
    }
    return;
  }
  // `the Sever group of forces`, `the Khortytsia operational-strategic group` in translated bulletins
  const lowerQualifierOk = !headTok.cap && headTok.lower === 'group' && LOWER_GROUP_QUALIFIERS.has(tokens[h - 1]?.lower ?? '');
  if (!headTok.cap) {
    if (!((headTok.lower === 'group' || headTok.lower === 'grouping') && tokens[h + 1]?.lower === 'of' && tokens[h + 2]?.lower === 'forces') && !lowerQualifierOk) return;
  }
  const head = lex.heads.get(headTok.lower);
  if (!head) return;
  // prefix of capitalised words (or Arabic particles) before the head
  let k = h - 1;
  const prefix: Token[] = [];
  while (k >= 0 && prefix.length < 5 && joined(text, tokens[k], tokens[k + 1])) {
    const t = tokens[k];
    if (t.ordinal || t.digits) return; // numbered parse owns it
    // a city or territory that names a side may name a formation inside a longer name
    // (`Gaza City Brigade`, `Northern Gaza Brigade`), not alone (`the Gaza Brigade`)
    const placeInName =
      t.cap && !t.possessive && PLACE_SIDE.has(t.lower) &&
      (prefix.length > 0 || (k > 0 && tokens[k - 1].cap && DIRECTIONS.has(tokens[k - 1].lower) && joined(text, tokens[k - 1], t)));
    const okWord =
      placeInName ||
      (t.cap && !lex.stop.has(t.lower) && !lex.sideWords.has(t.lower)) ||
      ARABIC_PARTICLE.test(t.lower) ||
      (!t.cap && BARE_PARTICLE.has(t.lower) && prefix.length > 0 && !!tokens[k - 1]?.cap) ||
      (lowerQualifierOk && !t.cap && prefix.length === 0 && LOWER_GROUP_QUALIFIERS.has(t.lower));
    if (!okWord) break;
    prefix.unshift(t);
    k--;
  }
  // a possessive proper name right before is a side or owner (`Hamas’s Qassam Brigades`), not part
  if (prefix.length && prefix[0].possessive) prefix.shift();
  for (const p of prefix) if (p.possessive) return;
  let endTok = h;
  let definedHere = false;
  let needsDefinition = false;
  const lowerHead = headTok.lower;
  const prefixLower = prefix.map((t) => t.lower);
  const lastPrefix = prefixLower[prefixLower.length - 1] ?? '';
  const after = tokens[h + 1];
  const after2 = tokens[h + 2];
  const followsOfForces = after?.lower === 'of' && after2?.lower === 'forces' && gapOk(text, headTok.end, after.start);
  const numberAfter = after && after.digits && after.text.length <= 5 && gapOk(text, headTok.rawEnd, after.start) && !headTok.possessive;
  if (lowerHead === 'group' || lowerHead === 'groups' || lowerHead === 'grouping') {
    if (followsOfForces) {
      endTok = h + 2;
    } else if (!(prefix.length && lex.groupQualifiers.has(lastPrefix))) return;
    if (!prefix.length) return;
    if (numberAfter && !followsOfForces) {
      endTok = h + 1;
    }
  } else if (lowerHead === 'force' || lowerHead === 'forces') {
    if (lastPrefix === 'task' && (numberAfter || (after && after.cap && gapOk(text, headTok.end, after.start)))) {
      endTok = h + 1;
      // `Combined Task Force 153`, `Joint Task Force Red`: the coalition words stay in the name
      prefix.splice(0, taskForceStart(prefixLower));
    } else if (lastPrefix === 'task' && namedTaskForce(prefixLower)) {
      // `Multinational Joint Task Force`, `Civilian Joint Task Force`, `Joint Forces Task Force`:
      // a task force named by its words alone (a bare `Joint Task Force` is only a kind)
    } else if (namedForceOk(prefix)) {
      // an armed group the text names with its acronym (`Amhara Fano National Force (AFNF)`); the
      // same name without it counts once the text has defined it
      definedHere = acronymOf(text, prefix, headTok);
      if (!definedHere) needsDefinition = true;
    } else return;
  } else if (lowerHead === 'unit') {
    if (!after || !after.digits || after.text.length > 6 || !gapOk(text, headTok.rawEnd, after.start)) return;
    endTok = h + 1;
    prefix.length = 0;
  } else if (lowerHead === 'command' || lowerHead === 'commands') {
    if (lastPrefix === 'operational' && after && after.cap && gapOk(text, headTok.end, after.start)) {
      endTok = h + 1;
      prefix.splice(0, prefix.length - 1);
    } else if (lastPrefix === 'operations' && (numberAfter || prefix.length >= 2)) {
      // `Military Operations Command 19`, `Western Regional Operations Command`
      if (numberAfter) endTok = h + 1;
    } else if (
      prefix.length >= 1 &&
      COMMAND_PREFIX.has(prefixLower[0]) &&
      (prefix.length === 1 || lastPrefix === 'front' || lastPrefix === 'region' || lastPrefix === 'regional' || (lastPrefix === 'military' && prefixLower[prefix.length - 2] === 'regional'))
    ) {
      // `Northern Command`, `Home Front Command`, `Triangle Region Command`, `Northeastern Regional Military Command`
    } else if (prefixLower.join(' ') === 'home front') {
      // ok
    } else if (lastPrefix === 'air' || lastPrefix === 'naval') {
      if (prefix.length === 2 && COMMAND_PREFIX.has(prefixLower[0])) {
        // `Eastern Air Command`, `Western Naval Command`
      } else if (after && after.cap && COMPASS.has(after.lower) && gapOk(text, headTok.end, after.start) && !headTok.possessive) {
        // `Air Command East`, `Air Command Centre`: Ukraine's air force commands
        endTok = h + 1;
        prefix.splice(0, prefix.length - 1);
      } else return;
    } else return;
  } else if (lowerHead === 'district' || lowerHead === 'districts') {
    if (lastPrefix !== 'military' || prefix.length < 2) return;
  } else if (lowerHead === 'battlegroup' || lowerHead === 'battlegroups') {
    if (after && after.cap && !lex.stop.has(after.lower) && gapOk(text, headTok.end, after.start)) {
      endTok = h + 1;
      prefix.length = 0;
    } else return;
  } else if (lowerHead === 'osg' || lowerHead === 'otg') {
    // `Khortytsia OSG`, `Luhansk OTG`
    if (headTok.text !== headTok.text.toUpperCase() || prefix.length !== 1) return;
  } else if (!head.named) {
    return;
  } else {
    if (numberAfter && /^(?:brigades|battalions|regiments|divisions)$/.test(lowerHead) && prefix.length) {
      // `Light Infantry Battalions 47 and 437`: a plural type with its numbers after it is one
      // unit per number (`Light Infantry Battalion 47`, `Light Infantry Battalion 437`)
      const nums: Token[] = [after];
      let n = h + 2;
      while (n + 1 < tokens.length && nums.length < 8) {
        const sep = text.slice(tokens[n - 1].end, tokens[n].start);
        const isAnd = tokens[n].lower === 'and' && /^\s+$/.test(sep);
        const isComma = /^\s*,\s*$/.test(text.slice(tokens[n - 1].end, tokens[n].start)) && tokens[n].digits;
        if (isComma && tokens[n].text.length <= 5) { nums.push(tokens[n]); n++; continue; }
        if (isAnd && tokens[n + 1].digits && tokens[n + 1].text.length <= 5 && gapOk(text, tokens[n].end, tokens[n + 1].start)) { nums.push(tokens[n + 1]); n += 2; break; }
        break;
      }
      if (nums.length > 1 && !inTitleCaseLine(text, prefix[0].start)) {
        const base = `${text.slice(prefix[0].start, prefix[prefix.length - 1].end).replace(/\s+/g, ' ')} ${head.singular}`;
        const side = sideBefore(tokens, h - prefix.length, lex, text) ?? placeSide(prefix, lex);
        nums.forEach((num, idx) => {
          const name = `${base} ${num.text}`;
          out.push({ start: idx === 0 ? prefix[0].start : num.start, end: num.end, name, key: normKey(name), side, priority: 1 });
        });
        return;
      }
    }
    if (numberAfter && /^(?:brigade|battalion|regiment|division)$/.test(lowerHead) && prefix.length) endTok = h + 1;
    if (!prefix.length) return;
    if (lowerHead === 'army' || lowerHead === 'armies') {
      const before = tokens[k];
      if (before && gapOk(text, before.rawEnd, prefix[0].start) && (before.possessive || lex.sideWords.has(before.lower))) return;
    }
    if (prefix.length === 1 && BLOCKED_MODIFIER_ONE.has(prefixLower[0])) return;
  }
  if (!prefix.length && endTok === h) return;
  const first = prefix.length ? prefix[0] : headTok;
  const surface = text.slice(first.start, tokens[endTok].end);
  const phrase = normKey(surface);
  if (isBlocked(phrase, lex)) return;
  if (prefix.length && prefix.every((t) => TYPE_ONLY.has(t.lower)) && endTok === h) return;
  // `Central Division`, `West Division`: league tables, not formations
  if ((lowerHead === 'division' || lowerHead === 'divisions') && prefix.every((t) => DIRECTIONS.has(t.lower))) return;
  if (prefix.length && inTitleCaseLine(text, first.start)) return;
  // the head of a plural named unit stays plural (`Qassam Brigades` is the unit's name)
  const name = surface
    .replace(/\s+/g, ' ')
    .replace(/(^|[\s-])(group|forces|operational|tactical|strategic)\b/g, (_m, sep: string, w: string) => sep + w[0].toUpperCase() + w.slice(1))
    // `the Eastern grouping of forces` is the Eastern Group of Forces
    .replace(/\b[Gg]rouping(?=\s+of\s+Forces\b)/, 'Group');
  out.push({
    start: first.start,
    end: tokens[endTok].end,
    name,
    key: normKey(name),
    side: sideBefore(tokens, prefix.length ? h - prefix.length : h, lex, text) ?? placeSide(prefix, lex),
    priority: 1,
    ...(needsDefinition ? { needsDefinition } : {}),
    ...(definedHere ? { defined: true } : {}),
  });
}

/** Words that only say what kind of force it is; a named force needs one word that is not. */
const GENERIC_FORCE = new Set([
  'quick', 'reaction', 'rapid', 'response', 'intervention', 'protection', 'security', 'joint',
  'multinational', 'international', 'interim', 'peacekeeping', 'stabilisation', 'stabilization',
  'standby', 'police', 'coast', 'ground', 'land', 'maritime', 'armed', 'auxiliary', 'reserve',
  'regional', 'provisional', 'united', 'allied', 'combined', 'mobile', 'field', 'emergency',
  // peacekeeping missions and alliances are not a side's formations (`United Nations ... Force`)
  'nations', 'observer', 'disengagement', 'union', 'african', 'european', 'arab', 'peace', 'monitoring',
]);
/** Words of organisations that are not armed groups (`Atlantic Council`, `Research Institute`). */
const NOT_ARMED = new Set([
  'council', 'institute', 'university', 'foundation', 'commission', 'committee', 'association',
  'society', 'company', 'corporation', 'bank', 'agency', 'lab', 'laboratory', 'club', 'party',
  'league', 'ministry', 'department', 'office', 'bureau', 'center', 'centre', 'school', 'college',
  'police', 'fire', 'cyber', 'trade', 'industry', 'industries', 'media', 'press',
]);
/** `Kenya Defence Forces`, `Sudanese Armed Forces`: a state's own military, a side. */
const STATE_FORCE = new Set(['armed', 'defence', 'defense']);
/** States whose militaries are called `X Defence Force(s)` or `X Armed Forces` (the nationality
 *  adjectives, `Sudanese`, `Ethiopian`, are told by their endings). */
const STATES = new Set([
  'kenya', 'rwanda', 'uganda', 'tanzania', 'burundi', 'congo', 'zambia', 'zimbabwe', 'malawi',
  'mozambique', 'botswana', 'namibia', 'lesotho', 'eswatini', 'swaziland', 'somalia', 'somaliland',
  'ethiopia', 'eritrea', 'djibouti', 'sudan', 'chad', 'niger', 'nigeria', 'mali', 'ghana', 'benin',
  'togo', 'guinea', 'liberia', 'cameroon', 'gabon', 'angola', 'israel', 'lebanon', 'syria', 'jordan',
  'iraq', 'iran', 'yemen', 'oman', 'kuwait', 'qatar', 'bahrain', 'egypt', 'libya', 'tunisia', 'algeria',
  'morocco', 'turkey', 'ukraine', 'russia', 'belarus', 'georgia', 'armenia', 'azerbaijan', 'moldova',
  'japan', 'korea', 'china', 'taiwan', 'india', 'pakistan', 'afghanistan', 'bangladesh', 'myanmar',
  'burma', 'thailand', 'cambodia', 'malaysia', 'singapore', 'indonesia', 'philippines', 'australia',
  'zealand', 'fiji', 'papua', 'ireland', 'canada', 'mexico', 'brazil', 'colombia', 'venezuela',
  'finland', 'estonia', 'latvia', 'lithuania', 'poland', 'sweden', 'norway', 'denmark', 'germany',
  'france', 'italy', 'spain', 'britain', 'serbia', 'kosovo', 'bosnia', 'albania', 'cyprus', 'malta',
]);
const isState = (t: Token): boolean => STATES.has(t.lower) || /(?:ese|ian|ean|ish|i)$/.test(t.lower);

/** A capitalised prefix that can name an armed group ending in `Force(s)`. */
function namedForceOk(prefix: Token[]): boolean {
  if (prefix.length < 2) return false;
  // a think tank's, a council's or a company's task force is no armed group
  if (prefix.some((t) => t.lower === 'task' || NOT_ARMED.has(t.lower))) return false;
  const own = prefix.filter((t) => !TYPE_ONLY.has(t.lower) && !GENERIC_FORCE.has(t.lower) && !BARE_PARTICLE.has(t.lower));
  if (own.length === 0) return false;
  if (own.length === 1 && isState(own[0]) && prefix.some((t) => STATE_FORCE.has(t.lower))) return false;
  return true;
}

/** The name is followed by `(ACRONYM)` spelled from its words' initials: `Rapid Support Forces (RSF)`. */
function acronymOf(text: string, prefix: Token[], head: Token): boolean {
  const m = /^\s?\(([A-Z][A-Z0-9-]{1,7})\)/.exec(text.slice(head.end, head.end + 14));
  if (!m) return false;
  const initials = [...prefix, head].map((t) => t.text[0].toUpperCase()).join('');
  return m[1].replace(/-/g, '') === initials;
}

let blockedKeys: Set<string> | undefined;
/** `London Fire Brigade`, `Salvation Army`: a blocked phrase ends the name. */
function isBlocked(phrase: string, lex: UnitLexicon): boolean {
  if (!blockedKeys) blockedKeys = new Set([...lex.blocked].map(normKey));
  const words = phrase.split(' ');
  for (let n = 1; n <= Math.min(5, words.length); n++) if (blockedKeys.has(words.slice(-n).join(' '))) return true;
  return false;
}

const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** True inside a headline-style line where most words are capitalised (`Putin Sacks Army Chief`). */
function inTitleCaseLine(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && at - a <= 200 && text.charCodeAt(a - 1) !== 10) a--;
  let b = at;
  while (b < text.length && b - at <= 200 && text.charCodeAt(b) !== 10) b++;
  if (b - a > 200) return false;
  // a headline has no closing full stop; prose dense with names does
  if (/[.!?:;]["”’)]?\s*$/.test(text.slice(a, b))) return false;
  let words = 0;
  let caps = 0;
  for (let i = a; i < b; i++) {
    const ch = text[i];
    if (!isLetter(ch)) continue;
    const p = i > a ? text[i - 1] : ' ';
    if (isLetter(p) || (p >= '0' && p <= '9') || p === "'" || p === '’' || p === '-') continue;
    words++;
    if (ch !== ch.toLowerCase()) caps++;
  }
  return words >= 4 && caps / words > 0.7;
}

function matchAlias(text: string, tokens: Token[], i: number, words: string[]): number {
  let k = i;
  for (let w = 0; w < words.length; w++, k++) {
    const t = tokens[k];
    if (!t) return -1;
    if (w > 0 && !(gapOk(text, tokens[k - 1].rawEnd, t.start) && (!tokens[k - 1].possessive || words[w - 1].endsWith('’s')))) return -1;
    const last = w === words.length - 1;
    if (!(t.lowerRaw === words[w] || (last && t.lower === words[w]) || t.lower === words[w])) return -1;
  }
  return k - 1;
}

function aliasCaseOk(t: Token, aliasWord: string, firstCase: AliasCase): boolean {
  if (firstCase === 'acronym') return t.text === t.text.toUpperCase() && t.lower === aliasWord;
  if (firstCase === 'capital') return t.cap || ARABIC_PARTICLE.test(t.lower);
  return true;
}

/** Cheap pre-checks before the lexicon's alias and head maps (most words are in neither). */
let filtersFor: UnitLexicon | undefined;
let aliasFilter: WordFilter | undefined;
let headFilter: WordFilter | undefined;
function lexFilters(lex: UnitLexicon): { alias: WordFilter; head: WordFilter } {
  if (filtersFor !== lex || !aliasFilter || !headFilter) {
    aliasFilter = new WordFilter(lex.aliasIndex.keys());
    headFilter = new WordFilter(lex.heads.keys());
    filtersFor = lex;
  }
  return { alias: aliasFilter, head: headFilter };
}

function parseLexicon(text: string, tokens: Token[], lex: UnitLexicon, out: Candidate[], contextual: Candidate[]): void {
  const filter = lexFilters(lex).alias;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const list =
      (filter.mayHave(t.lower) ? lex.aliasIndex.get(t.lower) : undefined) ??
      (t.possessive && filter.mayHave(t.lowerRaw) ? lex.aliasIndex.get(t.lowerRaw) : undefined);
    if (!list) continue;
    for (const entry of list) {
      if (!aliasCaseOk(t, entry.words[0], entry.firstCase)) continue;
      const endIdx = matchAlias(text, tokens, i, entry.words);
      if (endIdx < 0) continue;
      const near = [tokens[i - 2], tokens[i - 1], tokens[endIdx + 1], tokens[endIdx + 2]];
      if (entry.unit.notWith && near.some((n) => n && entry.unit.notWith!.includes(n.lower))) continue;
      const endTok = tokens[endIdx];
      const cand: Candidate = {
        start: t.start,
        end: entry.words[entry.words.length - 1].endsWith('’s') ? endTok.rawEnd : endTok.end,
        name: entry.unit.name,
        key: normKey(entry.unit.name),
        side: entry.unit.side,
        priority: 3,
        named: entry.unit,
      };
      if (entry.unit.placeFirst) {
        // `Kawlin People’s Defence Force`: the township or city a local force is named for
        const prev = tokens[i - 1];
        if (prev && prev.cap && !prev.possessive && !prev.digits && !PLACE_FIRST_NOT.has(prev.lower) && text.slice(prev.rawEnd, t.start) === ' ' && !isUpper(prev)) {
          cand.start = prev.start;
          cand.name = `${prev.text} ${entry.unit.name}`;
          cand.key = normKey(cand.name);
        }
      }
      if (entry.needsContext) {
        const next = tokens[endIdx + 1];
        const prev = tokens[i - 1];
        // `Ann Wagner`, `Richard Wagner`: a capitalised word right before makes it a surname
        if (prev && prev.cap && prev.lower !== 'pmc' && prev.lower !== 'the' && text.slice(prev.rawEnd, t.start) === ' ' && !prev.possessive) {
          i = endIdx;
          break;
        }
        const ctx =
          (next && UNITISH.has(next.lower) && gapOk(text, endTok.rawEnd, next.start)) ||
          (prev && prev.lower === 'pmc');
        (ctx ? out : contextual).push(cand);
      } else out.push(cand);
      i = endIdx;
      break;
    }
  }
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keeps the longest, then highest-priority, candidates that do not overlap. */
function resolve(cands: Candidate[]): Candidate[] {
  const byStart = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let i = 0;
  while (i < byStart.length) {
    // a cluster of candidates that overlap one another, transitively
    let j = i + 1;
    let end = byStart[i].end;
    while (j < byStart.length && byStart[j].start < end) {
      if (byStart[j].end > end) end = byStart[j].end;
      j++;
    }
    const cluster = byStart.slice(i, j);
    if (cluster.length === 1) kept.push(cluster[0]);
    else if (cluster.length > 40) {
      // pathological input: keep it linear, first come first kept
      let lastEnd = -1;
      for (const c of cluster) if (c.start >= lastEnd) { kept.push(c); lastEnd = c.end; }
    } else {
      cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
      const chosen: Candidate[] = [];
      for (const c of cluster) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
      kept.push(...chosen);
    }
    i = j;
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether `c` overlaps any span of `sorted` (sorted by start, non-nested in practice). */
function overlapsAny(sorted: Candidate[], c: Candidate): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < c.end) lo = mid + 1;
    else hi = mid;
  }
  // sorted[lo - 1] is the last span starting before c ends; a few before it may still reach into c
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (sorted[i].end > c.start) return true;
  return false;
}

/** For each token, whether a kept candidate covers it (both lists sorted by start). */
function coveredTokens(tokens: Token[], kept: Candidate[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (k < kept.length && kept[k].end <= tokens[i].start) k++;
    if (k < kept.length && kept[k].start < tokens[i].end) out[i] = true;
  }
  return out;
}

let lastUnitsText: string | undefined;
let lastUnits: UnitEntity[] = [];
const copyUnits = (units: UnitEntity[]): UnitEntity[] => units.map((u) => ({ ...u, mentions: u.mentions.map((m) => ({ ...m })) }));

/**
 * What the earlier parts of one long text named, so that a later part (the engine reads long
 * texts in chunks) resolves `the 81st`, `Rubicon` or a defined acronym to a unit named before
 * it. Start with `unitMemory(wholeText)` and pass the same object for every chunk, in order.
 */
export interface UnitMemory {
  /** The whole text: the article-level cues (is it Russia–Ukraine coverage?) are read from it. */
  readonly whole: string;
  /** @internal the first candidate of each unit key, in text order */
  canonical: Map<string, Candidate>;
  /** @internal full numbered names by ordinal */
  byOrdinal: Map<number, Candidate[]>;
  /** @internal acronyms the text defined for a unit, and for a unit type */
  acronyms: Map<string, Candidate>;
  typeAcronyms: Map<string, Candidate>;
  /** @internal article-level cues, computed from `whole` on first need */
  doc?: { ruUa: boolean; mm: boolean; theatre?: string };
}

export function unitMemory(whole: string): UnitMemory {
  return { whole, canonical: new Map(), byOrdinal: new Map(), acronyms: new Map(), typeAcronyms: new Map() };
}

/** Article-level cues for sides: Russia–Ukraine or Myanmar coverage, or one state army in the story. */
function docCues(text: string): { ruUa: boolean; mm: boolean; theatre?: string } {
  const ruUa = /\b(?:Ukrain|Russia|Kyiv|Kiev|Kremlin|Donbas)/i.test(text);
  const mm = /\b(?:Myanmar|Burm|Tatmadaw)/i.test(text);
  let theatre: string | undefined;
  // one state army in the story: its numbered formations are its own (`the 98th Division` in Gaza)
  if (!ruUa) {
    const il = /\b(?:Israeli?|IDF)\b/.test(text);
    const sd = /\b(?:Sudan(?:ese)?|SAF)\b/.test(text);
    const sy = /\bSyria(?:n)?\b/.test(text);
    const states = [il && 'il', sd && 'sd', sy && 'sy', mm && 'mm'].filter(Boolean) as string[];
    if (states.length === 1) theatre = states[0];
  }
  return { ruUa, mm, theatre };
}

/**
 * Finds the military units in `text`, each with all its mentions. Never throws on any string.
 * The last result is remembered (the page detector asks for the same text), and a copy returned.
 * With `memory`, `text` is the next part of a longer text: units named in earlier parts are
 * known (and their short references found here), and the memory learns this part's units.
 */
export function extractUnits(text: string, memory?: UnitMemory): UnitEntity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  if (memory) return findUnits(text, memory);
  if (text !== lastUnitsText) {
    lastUnits = findUnits(text);
    lastUnitsText = text;
  }
  return copyUnits(lastUnits);
}

function findUnits(text: string, memory?: UnitMemory): UnitEntity[] {
  const lex = unitLexicon();
  const tokens = tokensOf(text) as Token[];
  const cands: Candidate[] = [];
  const contextual: Candidate[] = [];
  parseLexicon(text, tokens, lex, cands, contextual);
  const headFilter = lexFilters(lex).head;
  const headIdx: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.ordinal) {
      const before = cands.length;
      const last = parseNumbered(text, tokens, i, lex, cands);
      if (cands.length > before) i = last;
      continue;
    }
    if (t.digits && tokens[i + 1]?.cap) {
      const before = cands.length;
      const last = parseCardinalNumbered(text, tokens, i, lex, cands);
      if (cands.length > before) {
        i = last;
        continue;
      }
    }
    if (t.cap && (t.lower === 'group' || t.lower === 'sector') && tokens[i + 1]?.digits && parseElementOf(text, tokens, i, lex, cands)) {
      i++;
      continue;
    }
    if (headFilter.mayHave(t.lower) && lex.heads.has(t.lower)) headIdx.push(i);
    else if (t.cap && t.text.length === 3 && NUMBERED_ABBREV.has(t.text)) parseAbbrevNumbered(text, tokens, i, cands);
  }
  for (const h of headIdx) parseNamed(text, tokens, h, lex, cands);
  // a generic named force counts where the text (or an earlier part of it) defines it with an acronym
  if (cands.some((c) => c.needsDefinition)) {
    const defined = new Set(cands.filter((c) => c.defined).map((c) => c.key));
    if (memory) for (const k of memory.canonical.keys()) defined.add(k);
    for (let n = cands.length - 1; n >= 0; n--) if (cands[n].needsDefinition && !defined.has(cands[n].key)) cands.splice(n, 1);
  }

  // a lexicon name wins over a generic reading that swallows a word more (`Islamist Al-Bara bin Malik Brigade`)
  const lexSpans = cands.filter((c) => c.priority === 3).sort((a, b) => a.start - b.start);
  const filtered = lexSpans.length ? cands.filter((c) => c.priority !== 1 || !overlapsAny(lexSpans, c)) : cands;
  let kept = resolve(filtered);
  // a bare lexicon short name (`Rubicon`) counts when its unit is otherwise named in the text
  const namedKeys = new Set(kept.map((c) => c.key));
  if (memory) for (const k of memory.canonical.keys()) namedKeys.add(k);
  const usable = contextual.filter((c) => namedKeys.has(c.key));
  if (usable.length) kept = resolve([...kept.map((c) => ({ ...c, priority: c.priority + 10 })), ...usable]).map((c) => (c.priority >= 10 ? { ...c, priority: c.priority - 10 } : c));
  kept.sort((a, b) => a.start - b.start);
  const covered = coveredTokens(tokens, kept);

  // a shorter numbered name (`81st Brigade`) joins the unique fuller one (`81st Airmobile Brigade`)
  const canonical = new Map<string, Candidate>(memory?.canonical);
  const byOrdinal = new Map<number, Candidate[]>();
  if (memory) for (const [n, list] of memory.byOrdinal) byOrdinal.set(n, [...list]);
  for (const c of kept) {
    if (canonical.has(c.key)) continue;
    canonical.set(c.key, c);
    if (c.ordinal) {
      const list = byOrdinal.get(c.ordinal) ?? [];
      list.push(c);
      byOrdinal.set(c.ordinal, list);
    }
  }
  const redirect = new Map<string, string>();
  for (const list of byOrdinal.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (const c of list) {
      const bigger = list.filter(
        (o) => o !== c && o.head === c.head && o.words!.length > c.words!.length && c.words!.every((w) => o.words!.includes(w)),
      );
      if (new Set(bigger.map((x) => x.key)).size === 1) redirect.set(c.key, bigger[0].key);
    }
  }
  // a numbered unit's honorific name with its head (`13th Khartiia Brigade` ... `the Khartiia
  // Brigade`, `Khartiia brigade fighters`) is that unit, when no other numbered unit has it
  const honorific = new Map<string, { unit: Candidate; words: string[] } | null>();
  for (const list of byOrdinal.values()) {
    for (const c of list) {
      const run = honorificRun(c, lex);
      if (!run) continue;
      const k = `${run.join(' ')} ${c.head}`;
      const seen = honorific.get(k);
      if (seen === undefined) honorific.set(k, { unit: c, words: run });
      else if (seen && (redirect.get(seen.unit.key) ?? seen.unit.key) !== (redirect.get(c.key) ?? c.key)) honorific.set(k, null);
    }
  }
  const honorificRefs: Candidate[] = [];
  if (honorific.size) {
    for (const c of kept) {
      if (c.ordinal || c.priority !== 1) continue;
      const target = honorific.get(normKey(c.name).replace(/s$/, ''));
      if (target) redirect.set(c.key, redirect.get(target.unit.key) ?? target.unit.key);
    }
    // one pass over the words, whatever the number of honorific names
    const byFirst = new Map<string, Array<{ unit: Candidate; words: string[] }>>();
    for (const target of honorific.values()) {
      if (!target) continue;
      const list = byFirst.get(target.words[0]) ?? [];
      list.push(target);
      byFirst.set(target.words[0], list);
    }
    for (let i = 0; i < tokens.length; i++) {
      const targets = tokens[i].cap && !covered[i] ? byFirst.get(tokens[i].lower) : undefined;
      if (!targets) continue;
      for (const target of targets) {
        const h = i + target.words.length;
        const headTok = tokens[h];
        if (!headTok || headTok.cap || covered[h]) continue;
        let ok = true;
        for (let w = 1; w < target.words.length && ok; w++) ok = tokens[i + w].lower === target.words[w] && tokens[i + w].cap && joined(text, tokens[i + w - 1], tokens[i + w]);
        const headInfo = lex.heads.get(headTok.lower);
        if (!ok || !headInfo || headInfo.singular.toLowerCase() !== target.unit.head || !joined(text, tokens[h - 1], headTok)) continue;
        honorificRefs.push({ ...target.unit, start: tokens[i].start, end: headTok.end, mentionEnd: undefined, priority: 0 });
        for (let m = i; m <= h; m++) covered[m] = true;
        i = h;
        break;
      }
    }
  }
  const keyOf = (c: Candidate) => redirect.get(c.key) ?? c.key;

  // acronyms the text defines: `Rapid Support Forces (RSF)` names a unit; after a numbered unit,
  // `2nd Combined Arms Army (CAA)` names a type, so `41st CAA` is another unit of that type
  const acronyms = new Map<string, Candidate>(memory?.acronyms);
  const typeAcronyms = new Map<string, Candidate>(memory?.typeAcronyms);
  for (const c of kept) {
    const m = /^\s?[([]([A-Z][A-Z0-9-]{1,7})[)\]]/.exec(text.slice(c.end, c.end + 12));
    if (!m) continue;
    if (c.ordinal) {
      if (!typeAcronyms.has(m[1])) typeAcronyms.set(m[1], c);
    } else if (!acronyms.has(m[1])) acronyms.set(m[1], c);
  }
  const extra: Candidate[] = [];
  if (typeAcronyms.size) {
    const added: Candidate[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i];
      const next = tokens[i + 1];
      const model = typeAcronyms.get(next.text);
      if (!model || !t.ordinal || covered[i] || covered[i + 1] || !gapOk(text, t.rawEnd, next.start)) continue;
      const tail = model.name.slice(model.name.indexOf(' ') + 1);
      added.push({ start: t.start, end: next.end, name: `${ordinalText(t)} ${tail}`, key: `${t.ordinal}# ${normKey(tail)}`, ordinal: t.ordinal, head: model.head, words: model.words, side: model.side, priority: 2 });
      covered[i] = covered[i + 1] = true;
    }
    if (added.length) {
      kept = [...kept, ...added].sort((a, b) => a.start - b.start);
      for (const c of added) if (!canonical.has(c.key)) {
        canonical.set(c.key, c);
        const list = byOrdinal.get(c.ordinal!) ?? [];
        list.push(c);
        byOrdinal.set(c.ordinal!, list);
      }
    }
  }
  if (acronyms.size) {
    for (let i = 0; i < tokens.length; i++) {
      const c = acronyms.get(tokens[i].text);
      if (c && !covered[i]) extra.push({ ...c, start: tokens[i].start, end: tokens[i].end, mentionEnd: undefined, priority: 0 });
    }
  }

  // back-references by ordinal: `the 81st`, `the 47th Mechanized`, `the 81st Brigade`
  // (only the ordinals written with digits can be one)
  for (const i of digitOrdinals(tokens)) {
    const t = tokens[i];
    if (!t.ordinal || covered[i] || !/^\d/.test(t.text)) continue;
    const known = byOrdinal.get(t.ordinal);
    if (!known) continue;
    const prev = tokens[i - 1];
    if (!prev || !(prev.lower === 'the' || prev.possessive) || !/^\s{1,2}$/.test(text.slice(prev.rawEnd, t.start))) continue;
    // `on the 24th`, `by the 3rd`: a day of the month
    const before = tokens[i - 2];
    if (prev.lower === 'the' && before && DATE_BEFORE.has(before.lower)) continue;
    // optional modifiers after the ordinal, which must belong to exactly one known unit
    let k = i + 1;
    const mods: string[] = [];
    while (k < tokens.length && k - i <= 3 && joined(text, tokens[k - 1], tokens[k]) && (tokens[k].cap || lex.lowerModifiers.has(tokens[k].lower)) && !lex.stop.has(tokens[k].lower)) {
      mods.push(tokens[k].lower);
      if (tokens[k].possessive) { k++; break; }
      k++;
    }
    const lastTok = tokens[k - 1];
    const next = tokens[k];
    const gap = text.slice(lastTok.rawEnd, next ? next.start : text.length);
    const punct = /^\s*[,.;:)!?—–-]/.test(gap) || !next || lastTok.possessive;
    const verbLike = next && !next.cap && /^\s{1,2}$/.test(gap) && (REF_FOLLOW.has(next.lower) || (/(?:[^s]s|ed)$/.test(next.lower) && !NOT_VERBS.has(next.lower)));
    if (!(punct || verbLike)) continue;
    const options = known.filter((c) => mods.every((m) => c.words!.includes(m) || c.words!.includes(normKey(m)) || normKey(m) === c.head));
    const uniqueKeys = new Set(options.map(keyOf));
    if (uniqueKeys.size !== 1) continue;
    extra.push({ ...options[0], start: t.start, end: lastTok.end, mentionEnd: undefined, priority: 0 });
  }

  const all = [...kept, ...extra, ...honorificRefs].sort((a, b) => a.start - b.start);
  const entities = new Map<string, UnitEntity>();
  for (const c of all) {
    const key = keyOf(c);
    const base = canonical.get(key) ?? c;
    let e = entities.get(key);
    if (!e) {
      e = { name: base.name, mentions: [] };
      entities.set(key, e);
    }
    const end = c.mentionEnd ?? c.end;
    const mention: Mention = { text: text.slice(c.start, end), start: c.start, end };
    const last = e.mentions[e.mentions.length - 1];
    if (!last || last.start !== mention.start || last.end !== mention.end) e.mentions.push(mention);
    if (!e.side && c.side) e.side = c.side;
  }
  // sides not stated next to the name: from the formation type, then from the sentence
  let docIsRuUa = false;
  let docIsMm = false;
  let theatre: string | undefined;
  if ([...entities.values()].some((e) => !e.side)) {
    const doc = memory ? (memory.doc ??= docCues(memory.whole)) : docCues(text);
    docIsRuUa = doc.ruUa;
    docIsMm = doc.mm;
    theatre = doc.theatre;
  }
  if (memory) {
    memory.canonical = canonical;
    memory.byOrdinal = byOrdinal;
    memory.acronyms = acronyms;
    memory.typeAcronyms = typeAcronyms;
  }
  const tokenAt = (start: number): number | undefined => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start === start) return mid;
      if (tokens[mid].start < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  for (const [key, e] of entities) {
    if (e.side) continue;
    const fromType = typeSide(key, docIsRuUa, docIsMm);
    if (fromType) {
      e.side = fromType;
      continue;
    }
    const idx = tokenAt(e.mentions[0].start);
    if (idx !== undefined) {
      const s = sideInSentence(tokens, idx, lex, text);
      if (s) {
        e.side = s;
        continue;
      }
    }
    if (theatre && /^\d+#/.test(key)) e.side = theatre;
  }
  const result = [...entities.values()];
  for (const e of result) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (!e.side) delete e.side;
  }
  return result.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
