// Places: settlements, regions, rivers, named areas and sectors, resolved to the gazetteer.
//
// One linear pass tokenises the text; capitalised runs of 1-4 tokens are looked up by their
// transliteration key (one Map lookup per candidate span). Candidates are then scored with the
// article's evidence: which countries it is about (countries, demonyms, unambiguous places),
// which regions it names ("in Kursk Oblast", "Kupiansk in Kharkiv"), the words around the
// mention ("near X", "the X River", "X region"). Person names, outlets and common words are
// kept out. Unresolved names in clear place context get a last, fuzzy chance against a small
// pool of nearby places (machine-translation garbles such as "Sudaschha" for Sudzha).
import Fuse from 'fuse.js';
import { CC_WORD_MARK, charClass, isSurrogate } from '../text/charclass';
import { alignedLower, tokensFor, TokKind, type Tok as BaseTok } from '../text/tokens';
import type { Mention, PlaceEntity, PlaceKind } from '../model';
import {
  FLAG_COMMON,
  FLAG_GIVEN_NAME,
  foldWords,
  placeKey,
  type Gazetteer,
  type GazetteerEntry,
  type NameForm,
} from '../gazetteer/index';
import { distanceKm, refineChoices } from './place-context';
import { WordRecord, WordTable } from './word-table';

export interface PlaceOptions {
  /** Also report country names (off by default: readers do not need every `Russia`). */
  countries?: boolean;
  /**
   * The evidence of the earlier parts of one long text (the engine reads long texts in chunks):
   * which countries it is about, which regions it named with their suffix, which names are
   * people. Pass the same object (from `placeMemory()`) for every chunk, in order.
   */
  memory?: PlaceMemory;
}

export interface PlaceMemory {
  countryWeight: Map<string, number>;
  explicitRegions: Set<number>;
  persons: Set<string>;
}

export function placeMemory(): PlaceMemory {
  return { countryWeight: new Map(), explicitRegions: new Set(), persons: new Set() };
}

/**
 * A word of the text: its offsets, its strings (the shared token's, for a word that is one
 * token), and the record of its spelling, found when first asked (most words made are read only
 * for their strings).
 */
class Tok {
  private s = -2;
  private own: WordRecord<WordFacts> | undefined = undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
    /** First word of a sentence (or of a line). */
    readonly initial: boolean,
    readonly text: string,
    readonly lower: string,
  ) {}
  /** The record of the word's spelling (strings and facts kept once per spelling, across texts). */
  get rec(): WordRecord<WordFacts> {
    const slot = this.slot;
    return slot >= 0 ? SPELLINGS.record(slot, this.text) : (this.own ??= new WordRecord<WordFacts>(this.text));
  }
  /** The spelling's slot in SPELLINGS, -1 when the table is full. */
  get slot(): number {
    let s = this.s;
    if (s === -2) this.s = s = SPELLINGS.find(this.text, 0, this.text.length);
    return s;
  }
}

/** What the name pass asks of every occurrence of a capitalised spelling, kept with its record (for one gazetteer). */
interface WordFacts {
  g: Gazetteer;
  /** The gazetteer's form of the spelling. */
  form: NameForm;
  /** Its German readings (readingsOf). */
  readings: readonly string[];
  /** Whether a multi-word name may start with it (by its form or a German reading). */
  multi?: boolean;
  /** The entries the word alone names (with the regions its German reading adds). */
  ids?: readonly number[];
  /** Else the entries a German reading names and that reading folded, or null for none. */
  byReading?: { ids: readonly number[]; reading: string } | null;
  /** Which of the passes over unresolved names the spelling may pass (SCREEN_*; see screensOf). */
  screens?: number;
}

/** The spellings of the texts read (see word-table.ts). */
const SPELLINGS = new WordTable<WordFacts>();

function factsOf(rec: WordRecord<WordFacts>, g: Gazetteer): WordFacts {
  let f = rec.data;
  if (f === undefined || f.g !== g) rec.data = f = { g, form: g.lookupForm(rec.text), readings: readingsOf(rec.text) };
  return f;
}

/** The word is `the` (no name starts so). */
const W_THE = 1;
/** A demonym or adjective of a country. */
const W_DEMONYM = 2;
/** Some multi-word name may start with it (by its form or a German reading). */
const W_MULTI = 4;
/** The word alone names entries (by its key or a German reading). */
const W_NAME = 8;

/** A small number per gazetteer, for the tags of SPELLINGS (a tag is valid for one gazetteer). */
const generations = new WeakMap<Gazetteer, number>();
let lastGeneration = 0;
function generationOf(g: Gazetteer): number {
  let n = generations.get(g);
  if (n === undefined) generations.set(g, (n = ++lastGeneration));
  return n;
}

/** What the name pass asks first of a capitalised spelling (W_*), kept in its slot's tag (with the gazetteer's generation `gen`): most words are none of those. */
function nameBits(t: Tok, g: Gazetteer, gen: number): number {
  const slot = t.slot;
  if (slot >= 0) {
    const tag = SPELLINGS.tag(slot);
    if (tag >>> 4 === gen) return tag & 15;
  }
  const rec = t.rec;
  let bits = 0;
  if (rec.lower === 'the') bits = W_THE;
  else {
    const f = factsOf(rec, g);
    const own = f.form;
    if (own.demonym) bits |= W_DEMONYM;
    if ((f.multi ??= own.startsMulti || f.readings.some((r) => g.startsMultiWord(fold(r).replace(/ /g, ''))))) bits |= W_MULTI;
    if (own.ids || (f.byReading !== undefined ? f.byReading : (f.byReading = readingHit(g, f.readings)))) bits |= W_NAME;
  }
  if (slot >= 0) SPELLINGS.setTag(slot, (gen << 4) | bits);
  return bits;
}

/** The spelling may name a city district or a river the gazetteer lacks (inferDistrictsAndRivers). */
const SCREEN_DISTRICT = 1;
/** ... a village reported near a known town (inferNearby). */
const SCREEN_NEARBY = 2;
/** ... a garbled name (the fuzzy pass). */
const SCREEN_FUZZY = 4;

/**
 * The tests of the spelling alone that those passes make of an unresolved capitalised word
 * (length, digits, capitals, shape, common words, given names, surnames, demonyms, months,
 * adjective endings): worked out once per spelling; each pass then asks only what depends on
 * the text (the words written in lower case, the persons found).
 */
function screensOf(rec: WordRecord<WordFacts>, g: Gazetteer): number {
  const f = factsOf(rec, g);
  if (f.screens !== undefined) return f.screens;
  const text = rec.text;
  const w = rec.lower;
  let bits = 0;
  if (text.length >= 4 && !/\d/.test(w) && text !== text.toUpperCase() && !oddShape(text) && !g.isCommonWord(w) && !g.isGivenName(w) && !g.demonymOfLower(w) && !MONTHS_DAYS.has(w)) {
    bits |= SCREEN_DISTRICT;
    if (!g.isSurname(w) && !/(ian|ians|ese|ish|ist|ists|ism|sky|skyi|skiy|enko|chuk|ov|ev|in)$/.test(w)) bits |= SCREEN_NEARBY; // adjectives, surnames
    if (text.length <= 24 && !/(ish|ese|ian|ians|ans|ists?|ism)$/.test(w)) bits |= SCREEN_FUZZY; // adjectives and -isms
  }
  return (f.screens = bits);
}

interface Cand {
  first: number; // token index
  last: number; // token index (inclusive) of the name itself
  start: number;
  end: number; // mention end (may include a suffix word such as "region")
  ids: readonly number[];
  hint?: 'region' | 'river';
  /** Preceded by a place preposition or verb ("in", "near", "captured"). */
  prep: boolean;
  /** Written as a town: `near X`, `X City`, `the city of X`. */
  townCue?: boolean;
  /** A region shares the name with a settlement (`Kherson`, `Zaporizhzhia`). */
  regionNamesake?: boolean;
  chosen?: GazetteerEntry;
  accepted?: boolean;
  /** Only `in`, `,` (and `the`) between the previous candidate and this one (read by choose). */
  afterIn?: boolean;
  /** The name as written (first word's start to last word's end) and its fold, made once. */
  surface?: string;
  folded?: string;
  /** The gazetteer's record of the written name (its fold is the candidate's, cached across texts). */
  form?: NameForm;
  /** The folded English reading a German spelling was found by (`chan junis` -> `khan yunis`). */
  reading?: string;
  /** Named after a German plural region noun (`Gebieten X`): names coordinated after it are regions too. */
  regionList?: boolean;
  /** Every reading turned down by context (see place-context's `farFromNear`). */
  dropped?: boolean;
}

const MAX_TOKENS = 4;

/** A settlement chosen in round one, for the namesakes of round two. */
interface Anchor {
  index: number;
  lat: number;
  lon: number;
  cos: number;
}

/** Words before a name that mean a town, not a region (`near Kherson`, `struck Zaporizhzhia`). */
const TOWN_PREPS = new Set(['near', 'outside', 'around', 'shelled', 'struck', 'bombed', 'entered', 'encircled', 'surrounded', 'besieged', 'nahe', 'bei', 'capital', 'hauptstadt', 'gebietshauptstadt', 'regionalhauptstadt',
  // German: `in der Stadt Charkiw`, `die Großstadt Saporischschja`
  'stadt', 'großstadt', 'millionenstadt', 'hafenstadt', 'frontstadt', 'industriestadt', 'kleinstadt', 'bezirksstadt', 'kreisstadt']);

/**
 * Bonus for a settlement near the article's other places: +3 within 25 km of one, +2 within 60,
 * +1 within 150 (the entry itself does not count).
 */
function proximity(anchors: readonly Anchor[], e: GazetteerEntry): number {
  let best = Infinity;
  const cos = Math.cos((e.lat * Math.PI) / 180);
  for (const a of anchors) {
    if (a.index === e.index) continue;
    const dLat = a.lat - e.lat;
    const dLon = (a.lon - e.lon) * ((a.cos + cos) / 2);
    const d2 = dLat * dLat + dLon * dLon; // degrees², about 111 km per degree
    if (d2 < best) best = d2;
  }
  const km = Math.sqrt(best) * 111.2;
  return km < 25 ? 3 : km < 60 ? 2 : km < 150 ? 1 : 0;
}

// lowercase words allowed inside a multi-word name
const CONNECTORS = new Set(['al', 'el', 'ad', 'as', 'ash', 'ar', 'az', 'ez', 'es', 'en', 'ed', 'de', 'du', 'des', 'la', 'le', 'of', 'bin', 'ibn', 'on', 'upon', 'am', 'an', 'der', 'von', 'di', 'da', 'do', 'dos', 'y', 'refugee', 'displacement']);
// lowercase words that may end a multi-word name (matched against the index)
const NAME_TAILS = new Set(['strip', 'bank', 'heights', 'sea', 'valley', 'peninsula', 'island', 'corridor', 'camp', 'city', 'river', 'oblast', 'region', 'province', 'governorate', 'state', 'crossing', 'dam', 'reservoir', 'bridge', 'plant', 'npp', 'spit', 'strait', 'gulf', 'canal', 'zone', 'forest', 'forests', 'plain', 'delta', 'department']);
const REGION_SUFFIX = new Set(['oblast', 'region', 'province', 'governorate', 'district', 'raion', 'rayon', 'krai', 'kray', 'county', 'oblasts', 'regions', 'provinces', 'governorates', 'districts', 'states', 'state']);
/** German plurals before coordinated names: each name of `in den Gebieten Tschernihiw und Poltawa` is a region. */
const GERMAN_PLURAL_REGION_NOUNS = ['gebiete', 'gebieten', 'regionen', 'provinzen', 'oblaste', 'oblasten'];
/** Words before a name that make it a region: `Gebiet Kursk`, `Provinz Idlib`, `Gouvernement Hama`. */
const GERMAN_REGION_NOUNS = new Set(['gebiet', 'oblast', 'region', 'provinz', 'gouvernement', 'bundesstaat', ...GERMAN_PLURAL_REGION_NOUNS]);
/** Words before a name that make it a river: `am Fluss Oskil`, `des Flusses Dnipro`. */
const GERMAN_RIVER_NOUNS = new Set(['fluss', 'flusses', 'flüsse', 'flüssen']);
/** `the X of Name`: the region named so (`the governorate of Gaza`, `the oblast of Kharkiv`). */
const INVERTED_REGION_NOUNS = new Set(['region', 'province', 'governorate', 'state', 'oblast', 'prefecture', 'county', 'department', 'krai', 'regions', 'provinces', 'governorates', 'states', 'oblasts']);
const REGION_KINDS = new Set(['region', 'area']);
const PLURAL_SUFFIX = new Set(['oblasts', 'regions', 'provinces', 'governorates', 'districts', 'states', 'rivers']);
const RIVER_SUFFIX = new Set(['river', 'rivers']);
const GERMAN_PLACE_NOUNS = ['stadt', 'kleinstadt', 'großstadt', 'hafenstadt', 'frontstadt', 'industriestadt', 'dorf', 'ortschaft', 'siedlung', 'gemeinde', 'bezirksstadt', 'kreisstadt', 'hauptstadt', 'viertel', 'stadtteil', 'stadtviertel', 'flüchtlingslager', 'lager', 'bezirk', 'provinz', 'bundesstaat', 'gouvernement'];
const PLACE_PREPS = new Set([
  'in', 'near', 'outside', 'around', 'from', 'to', 'into', 'toward', 'towards', 'at', 'across', 'through', 'via',
  'captured', 'seized', 'took', 'retook', 'liberated', 'entered', 'recaptured', 'regained', 'shelled', 'struck',
  'hit', 'bombed', 'attacked', 'reached', 'between', 'besieged', 'encircled', 'surrounded', 'evacuated', 'northeast',
  'northwest', 'southeast', 'southwest', 'within', 'inside', 'beyond', 'along', 'over', 'village', 'town', 'city',
  'settlement', 'villages', 'towns', 'cities', 'hamlet', 'outskirts', 'direction', 'of', 'on', 'by', 'and', 'or',
  // German
  'bei', 'um', 'nach', 'aus', 'von', 'im', 'nahe', 'vor', 'östlich', 'westlich', 'nördlich', 'südlich', 'richtung',
  // German place nouns, capitalised like names (`die Kleinstadt Myrnohrad`, `das Dorf Nowoseliwka`)
  ...GERMAN_PLACE_NOUNS,
]);
// prepositions alone strong enough for a name that is also a common word or given name
const STRONG_PREPS = new Set([...GERMAN_PLACE_NOUNS, 'bei', 'nahe', 'im', 'in', 'near', 'outside', 'around', 'into', 'toward', 'towards', 'captured', 'seized', 'retook', 'liberated', 'recaptured', 'regained', 'shelled', 'village', 'town', 'city', 'settlement', 'outskirts']);
const DIRECTION_OF = new Set(['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'centre', 'center', 'north-east', 'north-west', 'south-east', 'south-west', 'outside', 'city', 'town', 'village', 'region', 'province', 'residents', 'people', 'battle', 'siege', 'fall', 'capture', 'liberation', 'direction', 'suburbs', 'south-west', 'settlement', 'settlements', 'villages', 'towns', 'areas', 'area', 'locality', 'localities', 'outskirts']);
const TITLES = new Set([
  'president', 'gen', 'general', 'minister', 'mr', 'mrs', 'ms', 'dr', 'lt', 'col', 'colonel', 'sgt', 'sergeant',
  'captain', 'capt', 'commander', 'admiral', 'adm', 'secretary', 'senator', 'sen', 'rep', 'governor', 'mayor',
  'chief', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'premier', 'chancellor', 'spokesman',
  'spokeswoman', 'envoy', 'ambassador', 'lieutenant', 'major', 'maj', 'marshal', 'brig', 'private', 'pvt', 'judge',
  'professor', 'prof', 'sir', 'lord', 'lady', 'saint', 'st', 'father', 'brother', 'sister', 'uncle', 'aunt', 'son',
]);
const VESSEL = new Set(['submarine', 'cruiser', 'ship', 'vessel', 'frigate', 'warship', 'flagship', 'destroyer', 'corvette', 'tanker', 'carrier', 'boat', 'landing']);
const MONTHS_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Nouns before `at Name` that make it a place: `the border crossing at Muse`, `the base at Djibo`. */
const AT_PLACE_NOUNS = new Set(['crossing', 'base', 'airbase', 'port', 'checkpoint', 'garrison', 'outpost', 'camp', 'airport']);
/** Nouns after a name that make it a place: `Ye-U townships`, `Tine village`, `Zamzam camp`. */
const PLACE_NOUNS_AFTER = new Set(['township', 'townships', 'town', 'village', 'villages', 'camp', 'municipality', 'locality', 'commune']);
// words after `X-Y` that make it a route between two places
const ROUTE_NOUNS = new Set(['road', 'highway', 'motorway', 'railway', 'route', 'axis', 'corridor', 'direction', 'line']);
const CONFLICT = new Set(['UA', 'RU', 'BY', 'IL', 'PS', 'LB', 'SY', 'YE', 'SD', 'SS', 'MM', 'ML', 'BF', 'NE', 'TD', 'ET', 'SO', 'CD', 'IQ', 'IR', 'MZ', 'BI', 'CF', 'NG', 'CM', 'LY']);


// a word: letters, marks and digits, with single inner apostrophes or hyphens (linear: the
// separator class and the word class do not overlap)
const isHyphen = (ch: string): boolean => ch === '-' || ch === '\u2011';
const isHyphenCode = (c: number): boolean => c === 45 || c === 0x2011;

/** Whether a word [start, end) holds a hyphen: two forward searches for the whole text, asked in text order. */
class HyphenCursor {
  private minus = -1;
  private nb = -1;
  constructor(private readonly text: string) {}
  within(start: number, end: number): boolean {
    if (this.minus < start) this.minus = this.next('-', start);
    if (this.nb < start) this.nb = this.next('\u2011', start);
    return this.minus < end || this.nb < end;
  }
  private next(ch: string, from: number): number {
    const at = this.text.indexOf(ch, from);
    return at < 0 ? Infinity : at;
  }
}

/** Word tokens; apostrophes and hyphens between letters stay inside; a possessive 's ends the word. */
const placeJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 96 || c === 45 || c === 0x2011;

/**
 * The words of a text, as the word spans of the shared tokens: a word's offsets, flags and Tok
 * object are worked out only when something asks for that word (most words are never looked
 * at: the name pass reads only the capitalised ones and their neighbours). The one pass over
 * all words finds the capitalised ones. `get(i)` is undefined outside 0..length-1, like an
 * array index.
 */
class Words {
  readonly length: number;
  /** Indices of the capitalised words, in order. */
  readonly caps: number[];
  private readonly made: (Tok | undefined)[];
  /** Offset of each word's sentence start, filled forward as far as asked (sentenceStart). */
  private readonly sent: number[] = [];
  constructor(
    private readonly text: string,
    private readonly low: string | undefined,
    /** Start and end (before a possessive is cut off) of every word, flat. */
    private readonly spans: Int32Array,
    /** Index of the shared token each word starts at. */
    private readonly firsts: Int32Array,
    private readonly base: readonly BaseTok[],
    /** Indices of the capitalised words, in order. */
    caps: number[],
  ) {
    this.length = spans.length >> 1;
    this.caps = caps;
    this.made = new Array<Tok | undefined>(this.length);
  }
  get(i: number): Tok {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as Tok;
    let t = this.made[i];
    if (t === undefined) {
      const text = this.text;
      const start = this.spans[2 * i];
      const end = wordEnd(text, start, this.spans[2 * i + 1]);
      // a word that is its shared token (most words, also a possessive cut off) takes its strings
      const b = this.base[this.firsts[i]];
      let word: string;
      let lower: string;
      if (b.e === end && (b.k === TokKind.Word || b.k === TokKind.Digits)) {
        word = b.t;
        lower = b.l;
      } else {
        word = text.slice(start, end);
        lower = this.low !== undefined ? this.low.slice(start, end) : word.toLowerCase();
      }
      t = new Tok(start, end, capitalAt(text, start), this.initial(i), word, lower);
      this.made[i] = t;
    }
    return t;
  }
  /** The slot of word i's spelling in SPELLINGS (-1 when the table is full), read from the offsets (no word object made). */
  slotOf(i: number): number {
    const t = this.made[i];
    if (t !== undefined) return t.slot;
    const start = this.spans[2 * i];
    return SPELLINGS.find(this.text, start, wordEnd(this.text, start, this.spans[2 * i + 1]));
  }
  /** `joinable(word i, word i + 1)` read from the offsets (no word object made). */
  joinedToNext(i: number): boolean {
    const end = this.end(i);
    if (this.spans[2 * i + 2] - end !== 1) return false;
    const c = this.text.charCodeAt(end);
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2011;
  }
  /** Start of word i. */
  start(i: number): number {
    return this.spans[2 * i];
  }
  /** End of word i (a possessive cut off). */
  end(i: number): number {
    const t = this.made[i];
    return t !== undefined ? t.end : wordEnd(this.text, this.spans[2 * i], this.spans[2 * i + 1]);
  }
  /** The word's text (a possessive cut off) and whether it is capitalised, without a Tok. */
  textOf(i: number): string {
    const t = this.made[i];
    return t !== undefined ? t.text : this.text.slice(this.spans[2 * i], wordEnd(this.text, this.spans[2 * i], this.spans[2 * i + 1]));
  }
  capital(i: number): boolean {
    return capitalAt(this.text, this.spans[2 * i]);
  }
  /**
   * The lower-case uses of words, as a set for `has(w)`: the texts of the words that do not start
   * with a capital, and every part of a hyphenated word (`front` and `line` in `front-line`,
   * `russian` in `pro-russian`: a name written in lower case inside a compound is a common word
   * there too). The words asked about are the lower case of capitalised words, so only the words
   * and parts that share length and three letters with one of those are put in the set (most
   * words are never sliced); a word outside that sketch is answered by the full set, made then.
   * Agrees with `lowerUseAt` on every word.
   */
  lowerWords(): { has(w: string): boolean } {
    const low = this.low;
    if (low === undefined) return this.allLowerWords();
    const text = this.text;
    const spans = this.spans;
    const sketch = new LetterSketch();
    for (const k of this.caps) sketch.add(low, spans[2 * k], this.end(k));
    const some = new Set<string>();
    const hyphens = new HyphenCursor(text);
    for (let k = 0; k < this.length; k++) {
      const start = spans[2 * k];
      const end = wordEnd(text, start, spans[2 * k + 1]);
      if (hyphens.within(start, end)) {
        // each part of a compound, capitalised word or not (`Pro-front`: `front` is a lower-case use)
        let from = start;
        for (let at = start; at <= end; at++) {
          if (at < end && !isHyphenCode(text.charCodeAt(at))) continue;
          if (at > from && sketch.has(text, from, at)) some.add(text.slice(from, at));
          from = at + 1;
        }
      }
      if (capitalAt(text, start)) continue;
      if (sketch.has(text, start, end)) some.add(this.textOf(k));
    }
    let all: Set<string> | undefined;
    return {
      has: (w) => (w.length > 0 && sketch.has(w, 0, w.length) ? some.has(w) : (all ??= this.allLowerWords()).has(w)),
    };
  }
  private allLowerWords(): Set<string> {
    const out = new Set<string>();
    for (let k = 0; k < this.length; k++) {
      const word = this.textOf(k);
      if (!this.capital(k)) out.add(word); // starts lowercase: text is (nearly always) lower
      if (word.includes('-') || word.includes('\u2011')) for (const part of word.split(/[-\u2011]/)) if (part) out.add(part);
    }
    return out;
  }
  /**
   * Whether `w` (in lower case) occurs at offset `at` as a lower-case use in the sense of
   * `lowerWords`: the whole of a word that does not start with a capital, or one whole part of a
   * hyphenated word. Found by offset (a binary search of the word starts), for the few words
   * asked before the set is worth making.
   */
  lowerUseAt(w: string, at: number): boolean {
    const spans = this.spans;
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[2 * mid] <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi < 0) return false;
    const text = this.text;
    const start = spans[2 * hi];
    const end = wordEnd(text, start, spans[2 * hi + 1]);
    const stop = at + w.length;
    if (stop > end) return false;
    if (at === start && stop === end) return !capitalAt(text, start);
    // one part of a compound: hyphens (or the word's ends) on both sides, none inside
    if (!(at === start || isHyphenCode(text.charCodeAt(at - 1))) || !(stop === end || isHyphenCode(text.charCodeAt(stop)))) return false;
    for (let k = at; k < stop; k++) if (isHyphenCode(text.charCodeAt(k))) return false;
    return true;
  }
  /** First word of a sentence (or of a line). */
  initial(i: number): boolean {
    if (i === 0) return true;
    const text = this.text;
    const prevStart = this.spans[2 * i - 2];
    const prevEnd = this.spans[2 * i - 1];
    const start = this.spans[2 * i];
    // a period after a single capital ("U.S.", "Vladimir V. Putin") does not end a sentence
    const prevSingle = prevEnd - prevStart === 1 && capitalAt(text, prevStart);
    for (let k = prevEnd; k < start; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 46) {
        if (!(prevSingle && k === prevEnd)) return true;
      } else if (ch === 33 || ch === 63 || ch === 10 || ch === 0x2022 || ch === 58) return true;
    }
    return false;
  }
  /** Offset where word i's sentence starts (its own start, or that of the last initial word before it). */
  sentenceStart(i: number): number {
    const sent = this.sent;
    for (let k = sent.length; k <= i; k++) sent.push(k === 0 || this.initial(k) ? this.spans[2 * k] : sent[k - 1]);
    return sent[i];
  }
}

/**
 * A superset test for words by length and first, second and last code unit: one bit per
 * combination (hashed into 2^16 bits). `has` is true for every word added, and for few others.
 */
export class LetterSketch {
  private readonly bits = new Uint32Array(2048);
  private static slot(s: string, start: number, end: number): number {
    const n = end - start;
    const c0 = s.charCodeAt(start);
    const c1 = n > 1 ? s.charCodeAt(start + 1) : c0;
    const cl = s.charCodeAt(end - 1);
    return (n * 40503 + c0 * 2657 + c1 * 257 + cl * 31) & 0xffff;
  }
  /** Adds the word s[start, end) (not empty). */
  add(s: string, start: number, end: number): void {
    const h = LetterSketch.slot(s, start, end);
    this.bits[h >> 5] |= 1 << (h & 31);
  }
  /** False when no word added has the length and the three letters of s[start, end) (not empty). */
  has(s: string, start: number, end: number): boolean {
    const h = LetterSketch.slot(s, start, end);
    return (this.bits[h >> 5] & (1 << (h & 31))) !== 0;
  }
}

/** The end of a word without a possessive: Russia's, Kyiv’s (but `People's` stays whole: `Donetsk People's Republic` is one name). */
function wordEnd(text: string, start: number, end: number): number {
  if (end - start <= 2) return end;
  const c1 = text.charCodeAt(end - 1);
  if (c1 !== 115 && c1 !== 83) return end;
  const c2 = text.charCodeAt(end - 2);
  if (c2 !== 39 && c2 !== 0x2019 && c2 !== 0x2bc && c2 !== 96) return end;
  return end - start === 8 && text.slice(start, end - 2).toLowerCase() === 'people' ? end : end - 2;
}

/** Whether the word starting at `start` is capitalised; an Arabic article before a capital is part of a capitalised name: `al-Hol`, `el-Fasher`, `ad-Dawayima`. */
function capitalAt(text: string, start: number): boolean {
  const fc = text.charCodeAt(start);
  if (fc >= 0x80) return capitalUnit(text, start, fc);
  if (fc >= 65 && fc <= 90) return true;
  return (fc === 97 || fc === 101) && (text.charCodeAt(start + 2) === 45 || text.charCodeAt(start + 3) === 45) && ARTICLE_PREFIX.test(text.slice(start, start + 6));
}

/**
 * Index of the shared token starting at `at`, or -1:
 * a few steps from `from` (the word asked for before is usually near), else a binary search
 * (tokens are in text order).
 */
export function tokenAt(base: readonly { s: number }[], at: number, from = 0): number {
  const n = base.length;
  let c = from < n ? from : n - 1;
  if (c < 0) return -1;
  for (let step = 0; step < 8; step++) {
    const s = base[c].s;
    if (s === at) return c;
    if (s < at) {
      if (c + 1 >= n || base[c + 1].s > at) return -1;
      c++;
    } else {
      if (c === 0 || base[c - 1].s < at) return -1;
      c--;
    }
  }
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = base[mid].s;
    if (s === at) return mid;
    if (s < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
// per UTF-16 code unit at or above U+0080: 0 not known yet, 1 not a capital, 2 a capital
let capTable: Uint8Array | undefined;

/** Whether the code unit at `at` (`c`, not ASCII) is an upper-case letter: computed once per code unit. */
function capitalUnit(text: string, at: number, c: number): boolean {
  capTable ??= new Uint8Array(0x10000);
  let v = capTable[c];
  if (v === 0) {
    const first = text[at];
    v = first !== first.toLowerCase() && first === first.toUpperCase() ? 2 : 1;
    capTable[c] = v;
  }
  return v === 2;
}

/** A word character (letter, mark or digit) at p: its length in UTF-16 units, 0 for none (scan.ts's rule with marks). */
function wordCharLen(text: string, p: number, c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if (c >= 0x2000 && c <= 0x206f) return 0; // general punctuation: dashes, quotes, spaces
  if (!isSurrogate(c)) return (charClass(c) & CC_WORD_MARK) !== 0 ? 1 : 0;
  WORD_MARK_Y.lastIndex = p;
  return WORD_MARK_Y.test(text) ? WORD_MARK_Y.lastIndex - p : 0;
}
const WORD_MARK_Y = /[\p{L}\p{M}\p{N}]/uy;

/**
 * Word tokens; apostrophes and hyphens between letters stay inside; a possessive 's ends the
 * word. The spans of `wordSpansOf(text, tokens, true, placeJoiner, ...)` (lib/text/scan.ts), read
 * in one loop over the shared tokens that also notes the capitalised words (no callback per word).
 */
function tokenize(text: string, own = false): Words {
  const base = tokensFor(text);
  const m = base.length;
  // (every word starts with a token of its own: at most one word per token; the buffers are
  // reused from text to text, except for a Words that outlives the call: `own`)
  if (own || spanBuffer.length < 2 * m) {
    const spans = new Int32Array(Math.max(2 * m, own ? 0 : 2 * spanBuffer.length));
    const firsts = new Int32Array(spans.length >> 1);
    if (own) return wordsOf(text, base, spans, firsts);
    spanBuffer = spans;
    firstBuffer = firsts;
  }
  return wordsOf(text, base, spanBuffer, firstBuffer);
}
let spanBuffer = new Int32Array(0);
let firstBuffer = new Int32Array(0);

function wordsOf(text: string, base: readonly BaseTok[], spans: Int32Array, firsts: Int32Array): Words {
  const n = text.length;
  const m = base.length;
  let w = 0;
  const caps: number[] = [];
  let start = -1; // start of the word being read, -1 outside a word
  let end = 0;
  for (let i = 0; i < m; i++) {
    const t = base[i];
    const k = t.k;
    if (k === TokKind.Word || k === TokKind.Digits) {
      if (start < 0) {
        start = t.s;
        firsts[w >> 1] = i;
      }
      end = t.e;
      continue;
    }
    if (k === TokKind.Punct) {
      const c = text.charCodeAt(t.s);
      if (c >= 0x80 && wordCharLen(text, t.s, c) === t.e - t.s) {
        if (start < 0) {
          start = t.s;
          firsts[w >> 1] = i;
        }
        end = t.e;
        continue;
      }
      // a joiner between two word characters continues the word
      if (start >= 0 && t.e === t.s + 1 && t.e < n && placeJoiner(c) && wordCharLen(text, t.e, text.charCodeAt(t.e)) > 0) {
        end = t.e;
        continue;
      }
    }
    if (start < 0) continue;
    if (capitalAt(text, start)) caps.push(w >> 1);
    spans[w++] = start;
    spans[w++] = end;
    start = -1;
  }
  if (start >= 0) {
    if (capitalAt(text, start)) caps.push(w >> 1);
    spans[w++] = start;
    spans[w++] = end;
  }
  return new Words(text, alignedLower(text), spans.subarray(0, w), firsts.subarray(0, w >> 1), base, caps);
}

const GERMAN_LETTERS: Record<string, string> = { tsch: 'ch', sch: 'sh', ch: 'kh', w: 'v', j: 'y' };
/** Letters or words only German romanisations and compounds have (a cheap test before the readings). */
const GERMAN_LETTERS_RE = /[wjWJ]|ch|-?(?:streifens?|stadt|ebene|tals?|höhen|halbinsel)$|^(?:nord|süd|ost|west|zentral)-/i;
const GERMAN_CH_RE = /ch/i;
/**
 * The English reading of a name in German romanisation (tsch -> ch, sch -> sh, ch -> kh,
 * w -> v, j -> y), or undefined when the name has none of those letters.
 */
export function germanReading(name: string): string | undefined {
  if (!/[wjWJ]|ch/i.test(name)) return undefined;
  const out = name.replace(/tsch|sch|ch|[wj]/gi, (m) => {
    const up = m[0] !== m[0].toLowerCase();
    const en = GERMAN_LETTERS[m.toLowerCase()];
    return up ? en[0].toUpperCase() + en.slice(1) : en;
  });
  return out === name ? undefined : out;
}

/**
 * The English reading of an Arabic name in German romanisation: dsch -> j (Dschabalia, Dschenin,
 * Bint Dschbeil), sch -> sh, ch -> kh (Chan Junis), j -> y (Junis, Nabatija), the article
 * asch- / esch- -> ash-; undefined when the name has none of those letters.
 */
export function germanArabicReading(name: string): string | undefined {
  if (!/[jJ]|ch/i.test(name)) return undefined;
  const out = name.replace(/dsch|tsch|sch|ch|j/gi, (m) => {
    const up = m[0] !== m[0].toLowerCase();
    const en = GERMAN_ARABIC_LETTERS[m.toLowerCase()];
    return up ? en[0].toUpperCase() + en.slice(1) : en;
  });
  return out === name ? undefined : out;
}
const GERMAN_ARABIC_LETTERS: Record<string, string> = { dsch: 'j', tsch: 'ch', sch: 'sh', ch: 'kh', j: 'y' };

// German compounds of a place name and a geographic word: Gazastreifen, Gaza-Stadt, Nord-Darfur,
// Bekaa-Ebene, Golanhöhen, Sinai-Halbinsel (also in the genitive: des Gazastreifens)
const GERMAN_TAILS: [RegExp, string][] = [
  [/-?streifens?$/i, ' Strip'],
  [/-stadt$/i, ' City'],
  [/-?(?:ebene|tals?)$/i, ' Valley'],
  [/-?höhen$/i, ' Heights'],
  [/-?halbinsel$/i, ' Peninsula'],
];
const GERMAN_HEADS: [RegExp, string][] = [
  [/^nord-/i, 'North '],
  [/^süd-/i, 'South '],
  [/^ost-/i, 'East '],
  [/^west-/i, 'West '],
  [/^zentral-/i, 'Central '],
];

/** The English form of a German compound place name (`Gazastreifen` -> `Gaza Strip`), or undefined. */
export function germanCompound(name: string): string | undefined {
  for (const [re, en] of GERMAN_TAILS) {
    const m = re.exec(name);
    if (m && m.index >= 3) return name.slice(0, m.index) + en;
  }
  for (const [re, en] of GERMAN_HEADS) {
    const m = re.exec(name);
    if (m && name.length - m[0].length >= 3) return en + name.slice(m[0].length);
  }
  return undefined;
}

/** The English readings of a German-romanised name: Slavic, Arabic and compound (see above). */
export function germanReadings(name: string): string[] {
  const out: string[] = [];
  const add = (r: string | undefined): void => {
    if (r !== undefined && r !== name && !out.includes(r)) out.push(r);
  };
  add(germanReading(name));
  add(germanArabicReading(name));
  const compound = germanCompound(name);
  if (compound !== undefined) {
    add(compound);
    add(germanArabicReading(compound));
  }
  return out;
}

const NO_READINGS: readonly string[] = [];
const readingCache = new Map<string, readonly string[]>();
/**
 * `germanReadings(name)`, remembered per written name (capitalised words recur from text to
 * text); a name without German letters or compound parts has none and is not stored.
 */
function readingsOf(name: string): readonly string[] {
  if (!GERMAN_LETTERS_RE.test(name)) return NO_READINGS;
  let r = readingCache.get(name);
  if (r === undefined) {
    r = germanReadings(name);
    if (readingCache.size >= 50000) readingCache.clear();
    readingCache.set(name, r);
  }
  return r;
}

const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|an|ash|asch|esch|az|ath)-\p{Lu}/u;

/** The separator between two tokens is one space or one hyphen (a name may span it). */
function joinable(text: string, a: Tok, b: Tok): boolean {
  if (b.start - a.end !== 1) return false;
  const c = text[a.end];
  return c === ' ' || c === '\u00a0' || isHyphen(c);
}

function kindBase(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'settlement':
      return e.population > 0 ? Math.log10(e.population + 100) : 3;
    case 'region':
      return 6.5;
    case 'country':
      return 7;
    default:
      return 7;
  }
}

/** "KkeV", "QYOv": letters that do not look like a written name. */
function oddShape(word: string): boolean {
  let sawLower = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) sawLower = true;
      else if (code >= 65 && code <= 90) {
        if (sawLower && !(i >= 2 && /^(mc|ma|le|la|de)/i.test(word.slice(0, i)))) return true;
      } else if (code === 45 || code === 39) sawLower = false;
      continue;
    }
    const ch = word[i];
    if (ch === '-' || ch === "'" || ch === '\u2019') {
      sawLower = false;
      continue;
    }
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    if (ch === lo) sawLower = true;
    else if (sawLower && !(i >= 2 && /^(mc|ma)/i.test(word.slice(0, i)))) return true;
  }
  return false;
}

interface FuzzyItem {
  name: string;
  id: number;
}
const initialOf = (name: string): string => {
  const c = name[0].toLowerCase();
  return c.charCodeAt(0) < 128 ? c : c.normalize('NFKD')[0];
};
/** Names of some places bucketed by initial, so a garble is compared with a few dozen names. */
function bucketize(g: Gazetteer, ids: readonly number[]): Map<string, FuzzyItem[]> {
  const m = new Map<string, FuzzyItem[]>();
  for (const id of ids) {
    const e = g.entry(id);
    for (const name of [e.name, ...e.aliases]) {
      if (!name || name.length > 30) continue;
      const k = initialOf(name);
      const list = m.get(k);
      if (list) list.push({ name, id });
      else m.set(k, [{ name, id }]);
    }
  }
  return m;
}
const bucketCache = new WeakMap<Gazetteer, Map<string, Map<string, FuzzyItem[]>>>();
function bucketsFor(g: Gazetteer, key: string, ids: () => readonly number[]): Map<string, FuzzyItem[]> {
  let perG = bucketCache.get(g);
  if (!perG) bucketCache.set(g, (perG = new Map()));
  let b = perG.get(key);
  if (!b) perG.set(key, (b = bucketize(g, ids())));
  return b;
}

/** A sentence or clause stop (. ! ? ;) between two offsets. */
function stopBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59) return true;
  }
  return false;
}

const foldCache = new Map<string, string>();
/** Lowercase words without diacritics or punctuation, space-joined ("Sudža" -> "sudza"). */
function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldWords(s).join(' ');
    if (foldCache.size >= 50000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

/** The folded spellings of gazetteer entries (name first, then aliases), per gazetteer, made on first use. */
const spellingCache = new WeakMap<Gazetteer, (readonly string[] | undefined)[]>();
function spellingsOf(g: Gazetteer): (e: GazetteerEntry) => readonly string[] {
  let list = spellingCache.get(g);
  if (!list) spellingCache.set(g, (list = []));
  const memo = list;
  return (e) => {
    const i = e.index;
    let sp = i >= 0 ? memo[i] : undefined;
    if (sp === undefined) {
      const out = [fold(e.name)];
      for (const a of e.aliases) out.push(fold(a));
      sp = out;
      if (i >= 0) memo[i] = sp;
    }
    return sp;
  };
}
/** Whether `folded` is one of the spellings after the name (an alias). */
function aliasSpelled(sp: readonly string[], folded: string): boolean {
  for (let k = 1; k < sp.length; k++) if (sp[k] === folded) return true;
  return false;
}
/** Letters of a folded name (`fold(s)`): its length without the spaces between words. */
function foldedLetters(folded: string): number {
  let n = folded.length;
  for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) === 32) n--;
  return n;
}

/**
 * A set of text offsets: the offsets given at construction sorted once and found by binary
 * search, the few added later in a small hash set. Membership costs O(log n) whatever the
 * number of members (a hash set of tens of thousands of integers grows slower per entry as it
 * grows, which made long texts of repeated names superlinear; a byte per text offset was
 * memory outside the heap for every text).
 */
export class OffsetSet {
  private readonly sorted: number[];
  private extra: Set<number> | undefined;
  constructor(offsets: readonly number[] = []) {
    let inOrder = true;
    for (let k = 1; k < offsets.length && inOrder; k++) if (offsets[k] < offsets[k - 1]) inOrder = false;
    this.sorted = inOrder ? (offsets as number[]) : [...offsets].sort((x, y) => x - y);
  }
  add(o: number): void {
    (this.extra ??= new Set()).add(o);
  }
  has(o: number): boolean {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = a[mid];
      if (v === o) return true;
      if (v < o) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.extra !== undefined && this.extra.has(o);
  }
}

/**
 * Whether a key match of a short written name (6 letters or fewer) reaches only spellings at
 * least two letters longer: transliterations of one name differ by a letter (Sudža / Sudzha),
 * not by a syllable (Jiga / Jijiga).
 */
export function swallowsSyllable(folded: string, spellings: readonly string[]): boolean {
  const n = foldedLetters(folded);
  if (n > 6) return false;
  // (an Arabic article written as its own word is no syllable of the name: `Kisweh`, `Al Kiswah`)
  for (const s of spellings) if (foldedLetters(s) - articleLetters(s) < n + 2) return false;
  return true;
}
/** Letters of a leading Arabic article word in a folded name (`al kiswah`: 2), else 0. */
function articleLetters(folded: string): number {
  const sp = folded.indexOf(' ');
  return sp > 0 && sp <= 3 && LEADING_ARTICLES.has(folded.slice(0, sp)) ? sp : 0;
}
const LEADING_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en']);

/** Whether `word` starts with `name`'s stem (the name without its final vowels) and goes on three letters or more. */
export function extendsStem(word: string, name: string): boolean {
  const stem = name.replace(/[aeiouy]+$/, '');
  return stem.length >= 3 && word.startsWith(stem) && word.length - stem.length >= 3;
}

/** Whether two folded names start with the same three letters. */
export function sameHead(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3);
}

function consonants(key: string): string {
  let out = '';
  for (const ch of key) if (!'aeiou'.includes(ch)) out += ch;
  return out;
}

/** How many words are answered by a text search before the word set is made. */
const LOWER_SEARCHES = 8;

/**
 * Does the word also occur in lower case in this text ("front", "post": a common word here, not
 * a place)? A whole word or a whole part of a compound (`front-line`) counts. The first few words
 * asked are answered by a text search, the later ones by one word set: both give the same answer.
 */
function lowerUses(text: string, toks: Words, searches = LOWER_SEARCHES): { has(w: string): boolean } {
  const lowerMemo = new Map<string, boolean>();
  let lowerWords: { has(w: string): boolean } | undefined;
  return {
    has(w: string): boolean {
      if (lowerWords) return lowerWords.has(w);
      let r = lowerMemo.get(w);
      if (r !== undefined) return r;
      if (lowerMemo.size >= searches) {
        lowerWords = toks.lowerWords();
        return lowerWords.has(w);
      }
      r = false;
      // (the same answer as the set's: a whole word or a whole part of a compound, see lowerUseAt)
      if (w.length > 0) for (let at = text.indexOf(w); at >= 0 && !r; at = text.indexOf(w, at + 1)) r = toks.lowerUseAt(w, at);
      lowerMemo.set(w, r);
      return r;
    },
  };
}

/** The place pass's lower-case test for `text`, by text search (`searches` words) then by the word set (for tests). */
export function lowerCaseUses(text: string, searches = LOWER_SEARCHES): { has(w: string): boolean } {
  return lowerUses(text, tokenize(text, true), searches);
}

/**
 * A German spelling that the tables list for a city only (`Cherson`) reaches the region named
 * after the city through its English reading (`Cherson region` is Kherson Oblast).
 */
function withGermanRegions(g: Gazetteer, name: string, ids: readonly number[]): readonly number[] {
  if (!GERMAN_CH_RE.test(name)) return ids;
  const de = germanReading(name);
  const more = de === undefined ? undefined : g.lookupName(de);
  if (!more || more === ids) return ids;
  let out: number[] | undefined;
  for (const id of more) {
    const r = g.entry(id);
    if ((r.kind !== 'region' && r.kind !== 'area') || ids.includes(id)) continue;
    if (!ids.some((x) => g.entry(x).admin === r.name)) continue;
    (out ??= [...ids]).push(id);
  }
  return out ?? ids;
}

/** The entries of the first German reading (of `readings`) that names some, and that reading folded; null for none. */
function readingHit(g: Gazetteer, readings: readonly string[]): { ids: readonly number[]; reading: string } | null {
  for (const de of readings) {
    const ids = g.lookupName(de);
    if (ids) return { ids, reading: fold(de) };
  }
  return null;
}

export function extractPlaces(text: string, gazetteer: Gazetteer, options: PlaceOptions = {}): PlaceEntity[] {
  if (typeof text !== 'string' || !text || !gazetteer || gazetteer.size === 0) return [];
  // (slots of SPELLINGS stay valid while this text is read)
  SPELLINGS.reserve(text.length);
  const toks = tokenize(text);
  const g = gazetteer;
  const gen = generationOf(g);

  // words that occur in lowercase somewhere in the text are common words here ("front", "post")
  const lowerSeen = lowerUses(text, toks);

  const prevWord = (i: number): Tok | undefined => (i > 0 ? toks.get(i - 1) : undefined);
  // (the offsets are read first: the word before is made only when no stop stands between)
  const hasPrep = (i: number): boolean => {
    if (i <= 0) return false;
    const pEnd = toks.end(i - 1);
    const start = toks.start(i);
    if (pEnd > start || stopBetween(text, pEnd, start)) return false;
    const p = toks.get(i - 1);
    if (p.lower === 'the' && i > 1) return hasPrep(i - 1);
    if (p.lower === 'of') {
      const pp = i > 1 ? toks.get(i - 2) : undefined;
      return !!pp && DIRECTION_OF.has(pp.lower);
    }
    if (p.lower === 'and' || p.lower === 'or' || p.lower === 'on' || p.lower === 'by') return false;
    return PLACE_PREPS.has(p.lower);
  };
  const strongPrep = (i: number): boolean => {
    if (i <= 0 || stopBetween(text, toks.end(i - 1), toks.start(i))) return false;
    const p = toks.get(i - 1);
    if (p.lower === 'the' && i > 1) return strongPrep(i - 1);
    if (p.lower === 'of') return i > 1 && DIRECTION_OF.has(toks.get(i - 2).lower);
    // `the border crossing at Muse`, `the army base at Djibo`
    if (p.lower === 'at') return i > 1 && AT_PLACE_NOUNS.has(toks.get(i - 2).lower);
    return STRONG_PREPS.has(p.lower);
  };

  const spellings = spellingsOf(g);
  const surfaceOf = (c: Cand): string => (c.surface ??= text.slice(toks.get(c.first).start, toks.get(c.last).end));
  const foldedOf = (c: Cand): string => (c.folded ??= c.form ? c.form.folded : fold(surfaceOf(c)));

  // ---- pass 1: candidate spans -----------------------------------------------------------
  const cands: Cand[] = [];
  let unresolved: number[] = [];
  const countryWeight = new Map<string, number>();
  const addWeight = (cc: string, w: number): void => {
    if (cc) countryWeight.set(cc, (countryWeight.get(cc) ?? 0) + w);
  };

  // only capitalised words start a name: the loop visits those (`next` is where the scan resumes
  // after a name found)
  const caps = toks.caps;
  for (let ci = 0, next = 0; ci < caps.length; ci++) {
    const i = caps[ci];
    if (i < next) continue;
    next = i + 1;
    // (the word's tag is read from its offsets: most capitalised words are never made into a Tok)
    const slot = toks.slotOf(i);
    const bits = slot >= 0 && SPELLINGS.tag(slot) >>> 4 === gen ? SPELLINGS.tag(slot) & 15 : nameBits(toks.get(i), g, gen);
    if (bits & W_THE) continue;
    const joined = i + 1 < toks.length && !!(bits & W_MULTI) && toks.joinedToNext(i);
    if (!(bits & (W_DEMONYM | W_NAME)) && !joined) {
      // no name starts here (most capitalised words)
      if (!toks.initial(i) || hasPrep(i)) unresolved.push(i);
      continue;
    }
    const t = toks.get(i);
    // the word's own form answers the per-word questions (kept with its spelling across texts)
    const facts = factsOf(t.rec, g);
    const own = facts.form;
    const dem = own.demonym;
    if (dem) addWeight(dem, 1);
    // the longest run of name tokens from here (only when some multi-word name starts so)
    let maxEnd = i;
    // (or whose German reading starts one: `Chan Junis`, `Bint Dschbeil`)
    const multi = joined;
    while (multi && maxEnd + 1 < toks.length && maxEnd - i + 1 < MAX_TOKENS && joinable(text, toks.get(maxEnd), toks.get(maxEnd + 1))) {
      const nx = toks.get(maxEnd + 1);
      if (!nx.cap && !CONNECTORS.has(nx.lower) && !NAME_TAILS.has(nx.lower) && !/^(al|el|ad|as|ash|asch|esch|ar|az|ez|an|ed|es|at)[-\u2011]/i.test(nx.text))
        break;
      maxEnd++;
    }
    let found: Cand | undefined;
    for (let last = maxEnd; last >= i; last--) {
      const lt = toks.get(last);
      if (last === i) {
        // the word alone: its answers are kept with its spelling
        if (own.ids) {
          found = { first: i, last, start: t.start, end: lt.end, ids: (facts.ids ??= withGermanRegions(g, t.text, own.ids)), prep: hasPrep(i), form: own };
          break;
        }
        const hit = facts.byReading !== undefined ? facts.byReading : (facts.byReading = readingHit(g, facts.readings));
        if (hit) found = { first: i, last, start: t.start, end: lt.end, ids: hit.ids, prep: hasPrep(i), reading: hit.reading };
        break;
      }
      if (!lt.cap && CONNECTORS.has(lt.lower)) continue;
      const name = text.slice(t.start, lt.end);
      const form = g.lookupForm(name);
      if (form.ids) {
        found = { first: i, last, start: t.start, end: lt.end, ids: withGermanRegions(g, name, form.ids), prep: hasPrep(i), form };
        break;
      }
      // a German romanisation (`Orichiw`, `Welykomychajliwka`, `Chan Junis`, `Dschenin`) or
      // compound (`Gazastreifen`, `Nord-Darfur`): its English reading; the written form stays
      // the surface (it is no exact spelling)
      let ids: readonly number[] | undefined;
      let reading = '';
      for (const de of readingsOf(name))
        if ((ids = g.lookupName(de))) {
          reading = de;
          break;
        }
      if (ids) {
        found = { first: i, last, start: t.start, end: lt.end, ids, prep: hasPrep(i), reading: fold(reading) };
        break;
      }
    }
    if (!found) {
      if (!t.initial || hasPrep(i)) unresolved.push(i);
      continue;
    }
    // suffix words: "Kursk region", "Oskil River", "Luhansk Oblasts"
    const nx = toks.get(found.last + 1);
    if (nx && joinable(text, toks.get(found.last), nx) && text[toks.get(found.last).end] !== '-') {
      if (REGION_SUFFIX.has(nx.lower) && (nx.lower !== 'state' && nx.lower !== 'states' ? true : nx.cap)) {
        found.hint = 'region';
        found.end = nx.end;
        if (PLURAL_SUFFIX.has(nx.lower)) {
          // "Donetsk and Luhansk Oblasts": the hint reaches back over the coordinated names
          for (let k = cands.length - 1; k >= 0; k--) {
            const prev = cands[k];
            const nextStart = k + 1 < cands.length ? cands[k + 1].start : found.start;
            if (nextStart - prev.end > 12 || found.start - prev.end > 200) break;
            if (!/^\s*(,|,?\s*and|,?\s*or|&)\s*$/.test(text.slice(prev.end, nextStart))) break;
            prev.hint = 'region';
          }
        }
      } else if (RIVER_SUFFIX.has(nx.lower)) {
        found.hint = 'river';
        found.end = nx.end;
      }
    }
    // German and inverted forms: "Gebiet Kursk", "Oblast Charkiw", "Provinz Idlib"
    const pv = toks.get(found.first - 1);
    if (!found.hint && pv && GERMAN_REGION_NOUNS.has(pv.lower) && joinable(text, pv, toks.get(found.first)) && text[pv.end] === ' ') {
      found.hint = 'region';
      found.start = pv.start;
      if (GERMAN_PLURAL_REGION_NOUNS.includes(pv.lower)) found.regionList = true;
    } else if (!found.hint && pv && GERMAN_RIVER_NOUNS.has(pv.lower) && joinable(text, pv, toks.get(found.first)) && text[pv.end] === ' ' && found.ids.some((id) => g.entry(id).kind === 'river')) {
      found.hint = 'river';
      found.start = pv.start;
    }
    // `Gebieten Tschernihiw und Poltawa`: the names coordinated after a plural region noun
    const before = cands.length ? cands[cands.length - 1] : undefined;
    if (!found.hint && before?.regionList && found.start - before.end <= 8 && /^\s*(?:,|und|oder|sowie)\s*$/.test(text.slice(before.end, found.start)) && found.ids.some((id) => REGION_KINDS.has(g.entry(id).kind))) {
      found.hint = 'region';
      found.regionList = true;
    }
    // "the governorate of Gaza", "the region of Tigray", "the province of Cabo Delgado": the
    // region, when the name has a region reading (the mention is the name itself)
    if (!found.hint && pv && pv.lower === 'of' && found.first > 1) {
      const noun = toks.get(found.first - 2);
      if (!noun.cap && INVERTED_REGION_NOUNS.has(noun.lower) && !stopBetween(text, noun.end, toks.get(found.first).start) && found.ids.some((id) => REGION_KINDS.has(g.entry(id).kind))) found.hint = 'region';
    }
    // `near Kherson`, `Zaporizhzhia City`, `the city of Kherson`: the town, when a region shares the name
    if (!found.hint) {
      const after = toks.get(found.last + 1);
      if (after && joinable(text, toks.get(found.last), after) && after.lower === 'city' && text[toks.get(found.last).end] === ' ') {
        found.townCue = true;
        found.end = after.end;
      } else if (pv && TOWN_PREPS.has(pv.lower) && !stopBetween(text, pv.end, toks.get(found.first).start)) found.townCue = true;
      else if (pv && pv.lower === 'of' && found.first > 1 && /^(city|town|outskirts|suburbs|centre|center)$/.test(toks.get(found.first - 2).lower)) found.townCue = true;
    }
    // `advanced along the Blue Nile`, `across the Dnipro`, `on the Dnipro`: a river when one shares the name
    if (!found.hint && pv) {
      const pp = pv.lower === 'the' ? toks.get(found.first - 2) : pv;
      // (`on the Dnipro` too: a town is not written with `the`)
      if (pp && (pp.lower === 'along' || pp.lower === 'across' || pp.lower === 'crossed' || (pp.lower === 'on' && pp !== pv))) {
        const rivers = found.ids.some((id) => g.entry(id).kind === 'river') ? found.ids : g.lookup(placeKey(`${text.slice(found.start, toks.get(found.last).end)} river`));
        if (rivers && rivers.some((id) => g.entry(id).kind === 'river')) {
          found.ids = rivers;
          found.hint = 'river';
        }
      }
    }
    if (found.townCue) found.regionNamesake = found.ids.some((id) => g.entry(id).kind === 'region') && found.ids.some((id) => g.entry(id).kind === 'settlement');
    // "the X River" already matched as a name: hint from the name
    const nameLast = toks.get(found.last).lower;
    if (RIVER_SUFFIX.has(nameLast)) found.hint = 'river';
    if (REGION_SUFFIX.has(nameLast) || nameLast === 'oblast') found.hint = 'region';
    cands.push(found);
    next = (found.end > toks.get(found.last).end ? found.last + 1 : found.last) + 1;
  }

  // country evidence from names with a single reading
  for (const c of cands) {
    const ids = c.ids;
    if (!ids.length) continue;
    const e0 = g.entry(ids[0]);
    let anyCountry = false;
    let oneCountry = true;
    for (const id of ids) {
      const e = g.entry(id);
      if (e.kind === 'country') anyCountry = true;
      if (e.country !== e0.country) oneCountry = false;
    }
    if (anyCountry) {
      for (const id of ids) {
        const e = g.entry(id);
        if (e.kind === 'country') addWeight(e.country, 2);
      }
    } else if (oneCountry) {
      // only a real spelling of the name is evidence ("Soviet" is not evidence for Soweto); a
      // German spelling is, when its English reading is one (`Dschabalia`: Jabalia)
      const surface = c.reading || foldedOf(c);
      if (ids.some((id) => spellings(g.entry(id)).includes(surface)))
        addWeight(e0.country, e0.kind === 'settlement' && e0.population < 20000 ? 0.5 : 1);
    }
  }
  const memory = options.memory;
  if (memory) {
    // the evidence of the earlier chunks counts with this one's, and this one's is kept for the next
    for (const [cc, w] of memory.countryWeight) addWeight(cc, w);
    memory.countryWeight = new Map(countryWeight);
  }
  let totalWeight = 0;
  for (const w of countryWeight.values()) totalWeight += w;
  const share = (cc: string): number => (totalWeight > 0 ? (countryWeight.get(cc) ?? 0) / totalWeight : 0);

  // regions named with their suffix somewhere in the text ("Kursk region" makes bare "Kursk" the oblast)
  const explicitRegions = new Set<number>(memory?.explicitRegions);
  for (const c of cands) {
    for (const id of c.ids) {
      const e = g.entry(id);
      if (e.kind !== 'region' && e.kind !== 'area') continue;
      if (c.hint === 'region' || spellings(e)[0] === foldedOf(c) || (e.kind === 'area' && c.last > c.first)) explicitRegions.add(id);
    }
  }

  // ---- pass 2: choose an entry per candidate (two rounds: admin evidence from round one) -----
  const adminCount = new Map<string, number>();
  const explicitAdminNames = new Set<string>();
  for (const id of explicitRegions) explicitAdminNames.add(g.entry(id).name);
  if (memory) memory.explicitRegions = explicitRegions;

  let anchors = false;
  const choose = (c: Cand, idx: number): void => {
    // one reading: nothing to weigh (every score is finite, so the one entry is the best)
    if (c.ids.length === 1) {
      c.chosen = g.entry(c.ids[0]);
      return;
    }
    // a German spelling is weighed by its English reading (Chan Junis: the town Khan Yunis)
    const folded = c.reading || foldedOf(c);
    let best: GazetteerEntry | undefined;
    let bestScore = -Infinity;
    // "Kupiansk in Kharkiv": a region whose settlement was just named
    const prev = idx > 0 ? cands[idx - 1] : undefined;
    const inOf = prev && (c.afterIn ??= c.start - prev.end <= 9 && /^\s*(in|,)\s*(the\s+)?$/i.test(text.slice(prev.end, c.start))) ? prev.chosen : undefined;
    // a name of several words is a region's full name, unless a town is spelled so (`Khan Younis`
    // is the town; the governorate is `Khan Younis Governorate`)
    let townSpelled: boolean | undefined;
    const multiFull = (): boolean =>
      c.last > c.first && !(townSpelled ??= c.ids.some((id) => g.entry(id).kind === 'settlement' && spellings(g.entry(id)).includes(folded)));
    for (const id of c.ids) {
      const e = g.entry(id);
      if (e.kind === 'country' && !options.countries && c.ids.length > 1) {
        // a country name is still a fine reading; it just is not reported later
      }
      let s = kindBase(e);
      const sp = spellings(e);
      if (e.kind === 'region' || e.kind === 'area') {
        const full = sp[0] === folded || multiFull();
        if (!full) s = explicitRegions.has(id) ? 11 : 4.5;
        if (inOf && inOf.admin === e.name) s += 5;
      }
      if (c.hint === 'region') s += e.kind === 'region' || e.kind === 'area' ? 10 : -6;
      if (c.hint === 'river') s += e.kind === 'river' ? 10 : -6;
      if (e.country) s += 4 * share(e.country);
      if (CONFLICT.has(e.country)) s += 0.7;
      if (e.admin) {
        if (explicitAdminNames.has(e.admin)) s += 2.5;
        const n = adminCount.get(e.admin) ?? 0;
        if (n > 0) s += Math.min(2, n * 0.75);
      }
      // the writer's exact spelling of a name beats a namesake that only shares the key
      if (sp[0] === folded) s += 3.5;
      else if (aliasSpelled(sp, folded)) s += 3.2;
      // of namesakes, the one near the article's other places (round two only)
      if (anchors && c.ids.length > 1) s += nearBonus(c.ids, e);
      // `near Kherson`, `Zaporizhzhia City`: a settlement, not the region of the same name
      if (c.townCue && e.kind === 'settlement' && c.regionNamesake) s += 7;
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    c.chosen = best;
  };
  cands.forEach(choose);
  for (const c of cands) if (c.chosen?.admin) adminCount.set(c.chosen.admin, (adminCount.get(c.chosen.admin) ?? 0) + 1);
  // settlements chosen in round one anchor the namesakes of round two (`Kalynivka` next to Chasiv
  // Yar is the Donetsk village, not the Vinnytsia town); one anchor per place, at most 200
  const seenAnchor = new Set<number>();
  const anchorList: Anchor[] = [];
  for (const c of cands) {
    const e = c.chosen;
    // only names with one reading anchor (a wrong first choice must not pull its namesakes' neighbours)
    if (!e || e.kind !== 'settlement' || c.ids.length > 1 || seenAnchor.has(e.index) || anchorList.length >= 200) continue;
    seenAnchor.add(e.index);
    anchorList.push({ index: e.index, lat: e.lat, lon: e.lon, cos: Math.cos((e.lat * Math.PI) / 180) });
  }
  // anchors come from names with one reading, so a name with several never anchors itself: one memo per entry
  const nearMemo = new Map<number, number>();
  const settlementBonus = (e: GazetteerEntry): number => {
    let b = nearMemo.get(e.index);
    if (b === undefined) nearMemo.set(e.index, (b = proximity(anchorList, e)));
    return b;
  };
  const nearBonus = (ids: readonly number[], e: GazetteerEntry): number => {
    if (e.kind === 'settlement') return settlementBonus(e);
    // a region, river or area keeps its standing against the settlements it competes with
    let bonus = 0;
    for (const id of ids) {
      const o = g.entry(id);
      if (o.kind === 'settlement') bonus = Math.max(bonus, settlementBonus(o));
    }
    return bonus;
  };
  anchors = anchorList.length > 0;
  cands.forEach(choose);
  refineChoices(text, cands, g, { countryShare: share, nameEnd: (c) => toks.end(c.last) });

  // ---- acceptance: people, outlets, common words ------------------------------------------
  const persons = memory ? memory.persons : new Set<string>();
  const candEnds = new OffsetSet(cands.map((c) => toks.end(c.last)));
  const dominant = (cc: string): boolean => share(cc) >= 0.15;
  // `Kornoi and Tina near the border`: a name listed right after an accepted settlement or
  // region of its country (a given name there is the next place of the list)
  let prevCand: Cand | undefined;
  const listedAfterPlace = (c: Cand, e: GazetteerEntry): boolean => {
    const p = prevCand;
    if (!p || !p.accepted || !p.chosen || p.chosen.country !== e.country || p.chosen.kind === 'country') return false;
    return c.start - p.end <= 6 && /^\s*(?:,|,?\s*and|,?\s*or)\s+$/.test(text.slice(p.end, c.start));
  };
  // `from Sake towards Minova`, `between Macomia and Mucojo`: a name paired with the next place
  // of its country (a common word there is the first place of the pair)
  const pairedWithNext = (k: number, e: GazetteerEntry): boolean => {
    const c = cands[k];
    const n = cands[k + 1];
    const p = prevWord(c.first);
    if (!n || !n.chosen || !p || (p.lower !== 'from' && p.lower !== 'between')) return false;
    if (n.chosen.country !== e.country || n.chosen.kind === 'country' || n.start - c.end > 12) return false;
    return (p.lower === 'from' ? /^\s+(?:to|towards|toward|into)\s+(?:the\s+)?$/ : /^\s+and\s+(?:the\s+)?$/).test(text.slice(c.end, n.start));
  };
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const e = c.chosen;
    if (!e) continue;
    const single = c.first === c.last;
    const t = toks.get(c.first);
    const prev = prevWord(c.first);
    const prevJoined = prev && joinable(text, prev, t);
    const next = toks.get(c.last + 1);
    const nextJoined = next && joinable(text, toks.get(c.last), next) && c.end === toks.get(c.last).end;
    const lower = single ? t.lower : '';
    if (e.kind === 'country' && !options.countries) {
      // not reported, whatever the tests below say; a given name before a capitalised word still
      // makes that word a person (as below)
      if (single && (e.flags & FLAG_GIVEN_NAME || g.isGivenName(lower)) && nextJoined && next.cap && !c.hint) persons.add(next.lower);
      c.accepted = false;
      prevCand = c;
      continue;
    }
    // `Depayin and Ye-U townships`, `Kornoi village`: a place noun right after the name
    const nounAfter = !!nextJoined && PLACE_NOUNS_AFTER.has(next.lower) && text[toks.get(c.last).end] === ' ';
    const strong = c.hint !== undefined || nounAfter || strongPrep(c.first) || pairedWithNext(k, e);
    let ok = true;
    if (MONTHS_DAYS.has(t.lower) && single) ok = false;
    const surfaceText = surfaceOf(c);
    for (let k = c.first; k <= c.last; k++) if (oddShape(toks.get(k).text)) ok = false;
    // short all-capitals words are acronyms ("EST", "OS"), unless written exactly as an alias ("DPR")
    if (single && t.text.length <= 3 && t.text === t.text.toUpperCase() && !(e.name === surfaceText || e.aliases.includes(surfaceText))) ok = false;
    // a capitalised surname after the name makes it a person ("Paris Hilton")
    if (single && nextJoined && next.cap && g.isSurname(next.lower) && !c.hint) ok = false;
    // titles and given names before: "President Vladimir Putin", "Lloyd Austin"
    if (prev && prevJoined && prev.cap && (TITLES.has(prev.lower) || g.isGivenName(prev.lower)) && !c.hint) {
      ok = false;
      if (single) persons.add(lower);
    }
    if (prev && TITLES.has(prev.lower) && single && !c.hint && text.slice(prev.end, t.start).trim() === '.') ok = false;
    if (single && persons.has(lower)) ok = false;
    // "Washington Post", "Kyiv Independent", "the Kursk submarine"
    if (nextJoined && g.isOrgTail(next.lower)) ok = false;
    if (nextJoined && VESSEL.has(next.lower)) ok = false;
    // (the word before in the same line: a headline ending "warship" does not make the dateline a ship)
    if (prev && prevJoined && VESSEL.has(prev.lower)) ok = false;
    // a given name followed by a capitalised word is a person ("Vladimir Putin")
    const flags = e.flags;
    if (single && (flags & FLAG_GIVEN_NAME || g.isGivenName(lower))) {
      if (nextJoined && next.cap && !c.hint) {
        ok = false;
        persons.add(next.lower);
      } else if (!strong && e.kind !== 'region' && e.kind !== 'area' && e.kind !== 'river' && !listedAfterPlace(c, e)) ok = false;
    }
    // (the tests below only turn a name down)
    if (!ok) {
      c.accepted = false;
      prevCand = c;
      continue;
    }
    // (the entry's common-word flag is its canonical name's: `Tina` is not the English `tine`)
    if (single && !strong && ((flags & FLAG_COMMON && spellings(e)[0] === foldedOf(c)) || g.isCommonWord(lower))) ok = false;
    // also written in lowercase in this text ("front", "post"): a word, not a place
    if (ok && single && !strong && e.kind === 'settlement' && e.population < 200000 && lowerSeen.has(lower)) ok = false;
    if (single && t.initial && g.isCommonWord(lower) && !c.hint) ok = false;
    // a surname after a capitalised first word that is not itself a place: "Marina Miron"
    if (
      single &&
      prevJoined &&
      prev.cap &&
      !c.hint &&
      !candEnds.has(prev.end) &&
      !g.demonymOfLower(prev.lower) &&
      !g.isCommonWord(prev.lower) &&
      !PLACE_PREPS.has(prev.lower) &&
      !MONTHS_DAYS.has(prev.lower)
    )
      ok = false;
    // a key match that is not a spelling of the name needs the article to be about that country
    const surfaceWords = foldedOf(c);
    const sp = spellings(e);
    const exact = sp.includes(surfaceWords) || (e.kind === 'river' && c.hint === 'river' && sp[0] === `${surfaceWords} river`);
    if (!exact) {
      if (!dominant(e.country)) ok = false;
      // a short name whose key only meets a longer name's (`Jiga` and Jijiga: the folds of j and
      // doubled letters swallow a syllable) is another place, not a spelling of that one
      if (single && swallowsSyllable(surfaceWords, sp)) ok = false;
      // a one-word name that is only a key match of a village needs a place word before it
      // (`near Pokrovske`): a surname in a text about that country (`Rublev beat Medvedev`) is not a village
      // (or a list it continues: `near Krasnoarmeysk, Dimitrov, Rodinskoye and Udachnoye`)
      const listed = !!prev && (text.slice(prev.end, t.start).includes(',') || prev.lower === 'and' || prev.lower === 'or' || prev.lower === 'und');
      if (single && e.kind === 'settlement' && e.population < 50000 && !c.prep && !c.hint && !listed) ok = false;
      for (let k = c.first; k <= c.last; k++) if (g.isCommonWord(toks.get(k).lower) || /^[ivx]+$/.test(toks.get(k).lower)) ok = false;
    }
    // small settlements need the article to be about their country, or a place word before them
    // (or a region named in the text that they lie in)
    const inNamedRegion = !!e.admin && explicitAdminNames.has(e.admin);
    if (e.kind === 'settlement' && e.population < 15000 && !dominant(e.country) && !c.prep && !c.hint && !inNamedRegion) ok = false;
    if (e.kind === 'settlement' && e.population < 3000 && !dominant(e.country) && !inNamedRegion) ok = false;
    if (e.kind === 'country' && !options.countries) ok = false;
    // names of three letters or fewer ("Van", "Log", "San") only when the article is about their country
    // (a surface of 13 or more characters never folds to 3 letters or fewer)
    if (single && surfaceText.length <= 12 && foldedLetters(surfaceWords) <= 3 && (!exact || !dominant(e.country) || (e.kind === 'settlement' && e.population < 50000 && !nounAfter))) ok = false;
    c.accepted = ok;
    prevCand = c;
  }

  // `das Dorf Nowoseliwka im Gebiet Saporischschja`, `Antonovka of Kherson region`: a settlement
  // placed in a named region that none of its namesakes lies in is a village the gazetteer lacks;
  // it is placed at the region rather than at a namesake elsewhere
  const relocated: PlaceEntity[] = [];
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k];
    const r = cands[k + 1];
    const ea = a.chosen;
    const er = r.chosen;
    if (!a.accepted || !r.accepted || !ea || !er || ea.kind !== 'settlement' || er.kind !== 'region' || r.hint !== 'region') continue;
    if (r.start - a.end > 16 || !/^\s*(?:,\s*)?(?:in|im|of)\s+(?:the\s+)?(?:Gebiet\s+)?$/i.test(text.slice(a.end, r.start))) continue;
    if (a.ids.some((id) => g.entry(id).admin === er.name) || !ea.admin || ea.admin === er.name) continue;
    a.accepted = false;
    const surface = text.slice(a.start, a.end);
    relocated.push({ name: surface, lat: er.lat, lon: er.lon, country: er.country, kind: 'settlement', admin: er.name, id: `near:${er.id}:${placeKey(surface)}`, mentions: [{ text: surface, start: a.start, end: a.end }] });
  }

  // two small settlements written side by side are one two-word name the gazetteer lacks
  // ("Stepovaya Novoselovka"): neither single reading stands
  const merged: PlaceEntity[] = [];
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k];
    const b = cands[k + 1];
    if (!a.accepted || !b.accepted || a.first !== a.last || b.first !== b.last || a.hint || b.hint) continue;
    if (b.first !== a.last + 1 || !joinable(text, toks.get(a.last), toks.get(b.first)) || text[toks.get(a.last).end] !== ' ') continue;
    const ea = a.chosen!;
    const eb = b.chosen!;
    if (ea.kind !== 'settlement' || eb.kind !== 'settlement' || ea.population > 100000 || eb.population > 100000) continue;
    a.accepted = false;
    b.accepted = false;
    const surface = text.slice(a.start, b.end);
    merged.push({ name: surface, lat: eb.lat, lon: eb.lon, country: eb.country, kind: 'settlement', admin: eb.admin, id: `near:${eb.id}:${placeKey(surface)}`, mentions: [{ text: surface, start: a.start, end: b.end }] });
    k++;
  }

  // ---- routes between two places: `the Chasiv Yar-Kostiantynivka road`, `the Mandalay-Lashio highway`
  if (unresolved.length) {
    const used = new Set<number>();
    for (const i of unresolved) {
      const t = toks.get(i);
      const hy = t.text.indexOf('-');
      if (hy <= 0 || hy === t.text.length - 1) continue;
      const next = toks.get(i + 1);
      if (!next || !joinable(text, t, next)) continue;
      // `the Zaporizhia-Dnipropetrovsk administrative boundary`: a line between two regions
      const boundary = boundaryAfter(toks, i);
      if (!boundary && !ROUTE_NOUNS.has(next.lower)) continue;
      const cut = t.start + hy;
      // the first place may start with the capitalised words before (`Chasiv Yar`)
      const from: number[] = [];
      for (let k = i - 1; k >= i - 2 && k >= 0 && toks.get(k).cap && joinable(text, toks.get(k), toks.get(k + 1)) && text[toks.get(k).end] === ' '; k--) from.push(k);
      const parts: { first: number; start: number; end: number; ids: readonly number[] }[] = [];
      for (const k of [...from.reverse(), i]) {
        const start = toks.get(k).start;
        const ids = g.lookupName(text.slice(start, cut));
        if (ids) {
          parts.push({ first: k, start, end: cut, ids });
          break;
        }
      }
      const ids2 = g.lookupName(text.slice(cut + 1, t.end));
      if (ids2) parts.push({ first: i, start: cut + 1, end: t.end, ids: ids2 });
      // both ends must be places of a country the article is about
      if (parts.length !== 2) continue;
      const chosen = chooseRouteEnds(parts.map((pt) => ({ surface: text.slice(pt.start, pt.end), ids: pt.ids })), g, boundary ? 'region' : 'settlement', dominant, spellings);
      if (!chosen[0] || !chosen[1]) continue;
      for (let k = 0; k < 2; k++) {
        const pt = parts[k];
        cands.push({ first: pt.first, last: i, start: pt.start, end: pt.end, ids: pt.ids, chosen: chosen[k], accepted: true, prep: true });
        for (let w = pt.first; w <= i; w++) used.add(w);
      }
    }
    if (used.size) unresolved = unresolved.filter((i) => !used.has(i));
  }

  // ---- fuzzy: garbled names in clear place context, against a small pool ---------------------
  const accepted = cands.filter((c) => c.accepted && c.chosen);
  const fuzzyHits = new Set<number>();
  // only in an article that is already about places in a war zone
  let warPlaces = 0;
  for (const c of accepted) if (c.chosen!.kind !== 'country' && CONFLICT.has(c.chosen!.country)) warPlaces++;
  if (unresolved.length && warPlaces >= 2) {
    // candidate names: the accepted places, the places of their admin regions (first few), and
    // the regions of the article's countries; admin and region buckets are cached per gazetteer
    const admins: string[] = [];
    const ccs = new Set<string>();
    const direct: number[] = [];
    const directSet = new Set<number>();
    let directBuckets: Map<string, FuzzyItem[]> | undefined;
    for (const c of accepted) {
      const e = c.chosen!;
      if (e.kind === 'country') continue;
      ccs.add(e.country);
      if (!directSet.has(e.index)) direct.push(e.index);
      directSet.add(e.index);
      if (e.admin && admins.length < 4 && !admins.includes(e.admin)) admins.push(e.admin);
    }
    for (const [cc, w] of countryWeight) if (w / Math.max(1, totalWeight) >= 0.15) ccs.add(cc);
    // directOnly: compare only with places the article itself names (a garble after "in" or
    // "regained" is most likely a misspelling of one of them)
    // one search per written form and pool in this text (a garble is often repeated)
    const searched = new Map<string, { item: FuzzyItem; score: number }[]>();
    const fuzzySearch = (word: string, regionsOnly: boolean, directOnly: boolean): { item: FuzzyItem; score: number }[] => {
      const memoKey = `${regionsOnly ? 1 : 0}${directOnly ? 1 : 0}${word}`;
      let hit = searched.get(memoKey);
      if (!hit) searched.set(memoKey, (hit = searchPools(word, regionsOnly, directOnly)));
      return hit;
    };
    const searchPools = (word: string, regionsOnly: boolean, directOnly: boolean): { item: FuzzyItem; score: number }[] => {
      const ini = initialOf(word);
      const list: FuzzyItem[] = [];
      const take = (items: readonly FuzzyItem[] | undefined): void => {
        if (!items) return;
        for (const it of items) {
          const a = it.name.length;
          const w = word.length;
          if (Math.min(a, w) / Math.max(a, w) >= 0.4) list.push(it);
        }
      };
      if (!directOnly) for (const cc of ccs) take(bucketsFor(g, `r:${cc}`, () => g.regionsOf(cc)).get(ini));
      if (!regionsOnly) {
        if (!directOnly)
          for (const a of admins) take(bucketsFor(g, `a:${a}`, () => g.inAdmin(a).slice(0, 150)).get(ini));
        take((directBuckets ??= bucketize(g, direct)).get(ini));
      }
      if (!list.length) return [];
      const f = new Fuse(list, { keys: ['name'], includeScore: true, threshold: 0.45, ignoreLocation: true });
      return f.search(word, { limit: 3 }).map((r) => ({ item: r.item, score: r.score ?? 1 }));
    };
    const regionPoolIds = (): number[] => {
      const out: number[] = [];
      for (const cc of ccs) out.push(...g.regionsOf(cc));
      return out;
    };
    const acceptedEnds = new OffsetSet(accepted.map((c) => c.end));
    const acceptedStarts = new OffsetSet(accepted.map((c) => c.start));
    // "the Kursk region and Sudaschha", "Sudaschha, Gornal": next to an accepted place
    const coordinated = (i: number): boolean => {
      const p = toks.get(i - 1);
      if (p && (p.lower === 'and' || p.lower === 'or') && i > 1 && acceptedEnds.has(toks.get(i - 2).end)) return true;
      const n = toks.get(i + 1);
      if (n && (n.lower === 'and' || n.lower === 'or') && i + 2 < toks.length && acceptedStarts.has(toks.get(i + 2).start)) return true;
      return false;
    };
    let attempts = 0;
    for (const i of unresolved) {
      if (attempts >= 60) break; // a bounded number of fuzzy searches per text
      const t = toks.get(i);
      // (length, digits, months, common words, given names, demonyms, acronyms, odd shapes, adjectives and -isms)
      if (!(screensOf(t.rec, g) & SCREEN_FUZZY)) continue;
      const prev = prevWord(i);
      const next = toks.get(i + 1);
      if (prev && prev.cap && joinable(text, prev, t)) continue;
      if (next && next.cap && joinable(text, t, next)) continue;
      const regionNext = next && joinable(text, t, next) && REGION_SUFFIX.has(next.lower) && !PLURAL_SUFFIX.has(next.lower);
      const coord = coordinated(i);
      // "Sudaschha, the main town": an appositive naming the kind of place
      const appositive = text.charCodeAt(t.end) === 44 && /^,\s+(the|a)\s+(\w+\s+)?(town|city|village|settlement|district|region|river)\b/i.test(text.slice(t.end, t.end + 40));
      const prep = hasPrep(i) && prev && !['from', 'to', 'at', 'by', 'on', 'of', 'over', 'and', 'or'].includes(prev.lower);
      if ((!regionNext && !(coord || appositive) && !prep) || lowerSeen.has(t.lower) || persons.has(t.lower)) continue;
      attempts++;
      const res = fuzzySearch(t.text, !!regionNext, !regionNext && !coord && !appositive);
      const key = placeKey(t.text);
      let hit: GazetteerEntry | undefined;
      // a looser spelling only for places the article names itself, or for a region before "region"
      for (const r of res) {
        const e = g.entry(r.item.id);
        const limit = regionNext || directSet.has(r.item.id) ? 0.45 : 0.3;
        if (regionNext && e.kind !== 'region') continue;
        const ek = placeKey(r.item.name);
        const sameFirst = ek[0] === key[0];
        const ratio = Math.min(ek.length, key.length) / Math.max(ek.length, key.length);
        // a word that carries a name's whole stem on by three letters or more is another, longer
        // name (Djibasso is not Djibo), not a garble (Sudaschha for Sudzha)
        // a garble of a place the article does not name keeps the name's first letters (Kislovka
        // is another village than Kurylivka, Manaung another town than Maungdaw)
        const headOk = regionNext || directSet.has(r.item.id) || sameHead(fold(t.text), fold(r.item.name));
        const fuseOk = (r.score ?? 1) <= limit && sameFirst && headOk && ratio >= 0.5 && !extendsStem(fold(t.text), fold(r.item.name));
        if (fuseOk) {
          hit = e;
          break;
        }
      }
      if (!hit && regionNext) {
        // consonant skeleton for very short garbles ("Smie" for Sumy) among regions only
        const sk = consonants(key);
        if (sk.length >= 2) {
          const matches = regionPoolIds()
            .map(g.entry)
            .filter((e) => e.kind === 'region' && [e.name, ...e.aliases].some((n) => consonants(placeKey(n.replace(/\s+(oblast|region|province|governorate|state)$/i, ''))) === sk));
          if (matches.length === 1) hit = matches[0];
        }
      }
      if (!hit) continue;
      fuzzyHits.add(i);
      const end = regionNext ? next.end : t.end;
      cands.push({ first: i, last: i, start: t.start, end, ids: [hit.index], chosen: hit, accepted: true, prep: true, hint: regionNext ? 'region' : undefined });
    }
  }

  // ---- villages the gazetteer lacks, placed at the town they are reported near -----------------
  // (also the one-word names whose only readings context turned down: a far-away namesake of a
  // village said to be near a known town)
  const inferred = warPlaces >= 2 ? inferNearby(text, toks, withDropped(unresolved, cands), fuzzyHits, cands, g, persons, hasPrep, lowerSeen) : [];
  // ---- city districts and rivers the gazetteer lacks, placed at the place named before them ----
  if (warPlaces >= 1) inferred.push(...inferDistrictsAndRivers(text, toks, unresolved, fuzzyHits, cands, g, persons, lowerSeen));

  // ---- group mentions per place ------------------------------------------------------------
  const byId = new Map<number, PlaceEntity>();
  const out: PlaceEntity[] = [];
  const sorted = cands.filter((c) => c.accepted && c.chosen).sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    const e = c.chosen!;
    if (e.index < 0) continue;
    const mention: Mention = { text: text.slice(c.start, c.end), start: c.start, end: c.end };
    let p = byId.get(e.index);
    if (!p) {
      p = {
        name: e.name,
        lat: e.lat,
        lon: e.lon,
        country: e.country,
        kind: e.kind as PlaceKind,
        id: e.id,
        mentions: [],
      };
      if (e.admin) p.admin = e.admin;
      byId.set(e.index, p);
      out.push(p);
    }
    p.mentions.push(mention);
  }
  const byName = new Map<string, PlaceEntity>();
  for (const v of [...merged, ...relocated, ...inferred]) {
    const known = byName.get(v.name);
    if (known) known.mentions.push(...v.mentions);
    else {
      byName.set(v.name, v);
      out.push(v);
    }
  }
  return out;
}

/** The unresolved words and the one-word candidates left with no reading (place-context's `dropped`), in text order. */
function withDropped(unresolved: number[], cands: Cand[]): number[] {
  const more = cands.filter((c) => c.dropped && c.first === c.last).map((c) => c.first);
  return more.length ? [...new Set([...unresolved, ...more])].sort((a, b) => a - b) : unresolved;
}

/** Words after `X-Y` that make it a line between two regions: `boundary`, `border`, `administrative boundary`. */
const BOUNDARY_NOUNS = new Set(['boundary', 'border', 'borderline', 'boundaries', 'borders']);
function boundaryAfter(toks: Words, i: number): boolean {
  const n = toks.get(i + 1);
  if (!n) return false;
  if (BOUNDARY_NOUNS.has(n.lower)) return true;
  const n2 = toks.get(i + 2);
  return (n.lower === 'administrative' || n.lower === 'regional' || n.lower === 'oblast') && !!n2 && BOUNDARY_NOUNS.has(n2.lower);
}

/**
 * The readings of the two ends of `X-Y road` (settlements) or `X-Y boundary` (regions), in a
 * country the article is about: the writer's exact spelling first, then, of namesakes, the one
 * nearest the other end, then the most populous (`Huliaipole-Pokrovske road` is the Pokrovske
 * by Huliaipole, not Pokrovsk, whose key it shares).
 */
function chooseRouteEnds(
  parts: { surface: string; ids: readonly number[] }[],
  g: Gazetteer,
  kind: 'settlement' | 'region',
  dominant: (cc: string) => boolean,
  spellings: (e: GazetteerEntry) => readonly string[],
): (GazetteerEntry | undefined)[] {
  const readings = parts.map((pt) => {
    const folded = fold(pt.surface);
    const all = pt.ids.map((id) => g.entry(id)).filter((e) => (kind === 'region' ? REGION_KINDS.has(e.kind) : e.kind === 'settlement') && dominant(e.country));
    const spelled = all.filter((e) => spellings(e).includes(folded));
    return spelled.length ? spelled : all;
  });
  const best = (list: GazetteerEntry[], other: GazetteerEntry[]): GazetteerEntry | undefined => {
    let out: GazetteerEntry | undefined;
    let outKm = Infinity;
    for (const e of list) {
      // distance to the other end's nearest reading (0 when the other end is unknown)
      let km = other.length ? Infinity : 0;
      for (const o of other) km = Math.min(km, distanceKm(e.lat, e.lon, o.lat, o.lon));
      const bucket = Math.floor(km / 100); // namesakes within 100 km of each other are weighed by size
      const outBucket = Math.floor(outKm / 100);
      if (!out || bucket < outBucket || (bucket === outBucket && e.population > out.population)) {
        out = e;
        outKm = km;
      }
    }
    return out;
  };
  return readings.map((list, k) => best(list, readings[1 - k] ?? []));
}

/** Ukrainian and Russian city district names are adjectives: Komunarskyi, Kyjiwskyj, Shevchenkivskyi. */
const DISTRICT_SHAPE = /sk(?:yi|yj|yy|iy|ij|yi|i|y)$/;

/**
 * `the Komunarskyi district`, `in the district of Kyjiwskyj`: a city district the gazetteer
 * lacks, placed at the city (of 100,000 or more) named before it, within the sentence before;
 * `the Kinska river`: a river the gazetteer lacks, placed at the place named before it. Only
 * capitalised names that are no person, common word or given name.
 */
function inferDistrictsAndRivers(
  text: string,
  toks: Words,
  unresolved: number[],
  skip: Set<number>,
  cands: Cand[],
  g: Gazetteer,
  persons: Set<string>,
  lowerSeen: { has(w: string): boolean },
): PlaceEntity[] {
  const out: PlaceEntity[] = [];
  const placed = cands.filter((c) => c.accepted && c.chosen && c.chosen.index >= 0 && c.chosen.kind !== 'country').sort((a, b) => a.start - b.start);
  if (!placed.length) return out;
  // the last place before `at` (a city of 100,000 or more, for a district) within 400 characters
  const before = (at: number, city: boolean): Cand | undefined => {
    for (let k = placed.length - 1; k >= 0; k--) {
      const c = placed[k];
      if (c.end > at) continue;
      if (at - c.end > 400) return undefined;
      const e = c.chosen!;
      if (!city || (e.kind === 'settlement' && e.population >= 100000)) return c;
    }
    return undefined;
  };
  // names the gazetteer lacks, and one-word names whose only readings were turned down (a key
  // match of a far-away namesake: `Prymorskyi` and Primorsky Krai)
  const words = [...unresolved];
  for (const c of cands) if (!c.accepted && c.first === c.last && c.hint !== 'river') words.push(c.first);
  for (const i of words) {
    if (skip.has(i)) continue;
    const t = toks.get(i);
    const w = t.lower;
    // (length, digits, acronyms, odd shapes, common words, given names, demonyms, months)
    // (the word's own tests first; whether it is a person or written in lower case, which reads
    // the text, only of the few words in a district's or a river's place)
    if (!(screensOf(t.rec, g) & SCREEN_DISTRICT)) continue;
    const prev = toks.get(i - 1);
    const next = toks.get(i + 1);
    if (prev && prev.cap && joinable(text, prev, t)) continue;
    const nextJoined = !!next && joinable(text, t, next) && text[t.end] === ' ';
    let kind: 'district' | 'river' | undefined;
    let end = t.end;
    if (nextJoined && (next.lower === 'district' || next.lower === 'raion') && DISTRICT_SHAPE.test(w)) {
      kind = 'district';
      end = next.end;
    } else if (prev && prev.lower === 'of' && i > 1 && toks.get(i - 2).lower === 'district' && DISTRICT_SHAPE.test(w) && !(next && next.cap && joinable(text, t, next))) kind = 'district';
    else if (nextJoined && next.lower === 'river' && !(prev && prev.cap)) {
      kind = 'river';
      end = next.end;
    }
    if (!kind || persons.has(w) || lowerSeen.has(w)) continue;
    const anchor = before(t.start, kind === 'district');
    if (!anchor) continue;
    const e = anchor.chosen!;
    const surface = text.slice(t.start, end);
    const name = kind === 'district' ? `${t.text} District` : `${t.text} River`;
    out.push({
      name,
      lat: e.lat,
      lon: e.lon,
      country: e.country,
      kind: kind === 'district' ? 'area' : 'river',
      admin: e.kind === 'settlement' ? e.admin : e.name,
      id: `near:${e.id}:${placeKey(name)}`,
      mentions: [{ text: surface, start: t.start, end }],
    });
  }
  return out;
}

// Ukrainian and Russian village name endings; prefixes of Arabic toponyms
const SLAVIC_ENDING = /(ivka|yivka|iivka|ovka|evka|ivske|ivske|ske|skoe|skoye|sk|ne|ove|eve|ino|ovo|evo|yno|ka|ytsia|ytsya|itsa|ivtsi|ichi|oye|oe|ohrad|hrad|grad|pil|pol|horod|gorod|dar|ynka|inka|yne|ine|ove|iv|ovo|iya|ia|ye|ya|ate)$/;
const SLAVIC_PREFIX = new Set(['nova', 'novyi', 'novo', 'stara', 'staryi', 'mala', 'malyi', 'velyka', 'velykyi', 'verkhnia', 'nyzhnia', 'nizhnyaya', 'krasnyi', 'krasnaya', 'bolshaya', 'malaya', 'novaya', 'staraya', 'pershe', 'druhe']);
const ARABIC_PREFIX = new Set(['beit', 'bayt', 'kfar', 'kafr', 'deir', 'dayr', 'tal', 'tell', 'ain', 'ayn', 'khirbet', 'wadi', 'jabal', 'jebel', 'ras', 'bir', 'umm', 'um', 'abu', 'khan', 'maarat', 'tel', 'hay', 'hayy', 'jisr', 'qasr', 'marj', 'bani']);
const SLAVIC = new Set(['UA', 'RU', 'BY']);
const ARABIC = new Set(['PS', 'LB', 'SY', 'IL', 'IQ', 'YE', 'JO', 'SD', 'EG', 'LY']);
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);
const NEAR_AFTER = /^\s*,?\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:town|city)\s+of\s+)?/i;
const DIRECTION = /^\s*\(\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central|east-central|west-central)(?:ern)?\s+(?:of\s+)?|near\s+|outside\s+)/i;

/**
 * Capitalised names in a war article that the gazetteer does not know, reported "near" or
 * "(northwest of)" a known town, or listed with known villages, and shaped like a toponym of
 * that country: placed at the known town (front-line villages lie within a few kilometres).
 */
function inferNearby(
  text: string,
  toks: Words,
  unresolved: number[],
  skip: Set<number>,
  cands: Cand[],
  g: Gazetteer,
  persons: Set<string>,
  hasPrep: (i: number) => boolean,
  lowerSeen: { has(w: string): boolean },
): PlaceEntity[] {
  const out: PlaceEntity[] = [];
  const anchors = cands.filter((c) => c.accepted && c.chosen && c.chosen.index >= 0 && c.chosen.kind === 'settlement').sort((a, b) => a.start - b.start);
  if (!anchors.length) return out;
  const ends: number[] = [];
  for (const c of cands) if (c.accepted) ends.push(c.end);
  const placeEnds = new OffsetSet(ends);
  // offset where each word's sentence starts (worked out forward, as far as asked)
  const sentenceStart = (i: number): number => toks.sentenceStart(i);
  // the last settlement named before `at` in the same sentence (binary search over anchors)
  const anchorBefore = (at: number, from: number): Cand | undefined => {
    let lo = 0;
    let hi = anchors.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid].end <= at) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 && anchors[best].start >= from ? anchors[best] : undefined;
  };
  const regions = cands.filter((c) => c.accepted && c.chosen && c.chosen.index >= 0 && c.chosen.kind === 'region').sort((a, b) => a.start - b.start);
  const regionAfter = (at: number): Cand | undefined => {
    let lo = 0;
    let hi = regions.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (regions[mid].start >= at) {
        best = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (best < 0 || regions[best].start - at > 160) return undefined;
    const between = text.slice(at, regions[best].start);
    return /[.!?;]/.test(between) || !/\bin\s+(the\s+)?$|\(\s*$/.test(between) ? undefined : regions[best];
  };
  // the anchor starting exactly at `at` (the last of equal starts), by binary search
  const anchorAt = (at: number): Cand | undefined => {
    let lo = 0;
    let hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid].start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && anchors[lo - 1].start === at ? anchors[lo - 1] : undefined;
  };
  // `X near Kupiansk`, `X, near Kupiansk`: the settlement named right after `near` / `outside`
  const nearAfter = (at: number): Cand | undefined => {
    const m = NEAR_AFTER.exec(text.slice(at, at + 32));
    return m ? anchorAt(at + m[0].length) : undefined;
  };
  // `X and Poltavka`: a known settlement listed right after the name (not after a comma:
  // `Zelenska, Kyiv's first lady`)
  const settlementListedAfter = (at: number): Cand | undefined => {
    const m = /^\s+(?:and|or)\s+/.exec(text.slice(at, at + 8));
    return m ? anchorAt(at + m[0].length) : undefined;
  };
  let attempts = 0;
  for (const i of unresolved) {
    if (skip.has(i) || attempts++ > 400) continue;
    const t = toks.get(i);
    const w = t.lower;
    // (length, digits, acronyms, odd shapes, common words, names, demonyms, months, adjectives)
    if (!(screensOf(t.rec, g) & SCREEN_NEARBY)) continue;
    let last = i;
    const prev = toks.get(i - 1);
    const next = toks.get(i + 1);
    // two-word names: "Nova Poltavka", "Beit Ummar"
    if (next && next.cap && joinable(text, t, next) && (SLAVIC_PREFIX.has(w) || ARABIC_PREFIX.has(w))) last = i + 1;
    else if (next && next.cap && joinable(text, t, next)) continue;
    if ((prev && prev.cap && joinable(text, prev, t)) || persons.has(w) || lowerSeen.has(w)) continue;
    const lastTok = toks.get(last);
    // an explicit anchor: "Shcherbynivka (northwest of Toretsk)"
    let anchor: Cand | undefined;
    const after = text.slice(lastTok.end, lastTok.end + 40);
    const dm = DIRECTION.exec(after);
    if (dm) anchor = anchorAt(lastTok.end + dm[0].length);
    // `in southern Uspenivka and northwestern Rivnopillia`: a compass adjective before the name
    // is read past (the list and the preposition are the words before it)
    const lead = prev && !prev.cap && COMPASS_ADJECTIVES.has(prev.lower) && !stopBetween(text, prev.end, t.start) ? i - 1 : i;
    const lp = lead === i ? prev : toks.get(lead - 1);
    const listed = lp && (lp.lower === 'and' || lp.lower === 'or') ? toks.get(lead - 2) && placeEnds.has(toks.get(lead - 2).end) : lp && placeEnds.has(lp.end) && /^\s*,\s*$/.test(text.slice(lp.end, toks.get(lead).start));
    const prep = hasPrep(lead) && lp && ['near', 'in', 'into', 'toward', 'towards', 'seized', 'captured', 'liberated', 'entered', 'recaptured', 'retook', 'took', 'outside', 'around', 'of'].includes(lp.lower === 'the' ? (toks.get(lead - 2)?.lower ?? '') : lp.lower);
    // `hold Zatyshshia and Poltavka`: listed before a known village
    const listedBefore = !listed && !prep ? settlementListedAfter(lastTok.end) : undefined;
    if (!anchor) {
      if (!listed && !prep && !listedBefore) continue;
      // the village listed after it, the town it is said to be near (`Kurylivka near Kupiansk`),
      // a known town earlier in the sentence or close before it, else the region the list is said
      // to be in ("... Basovka in Sumy region")
      anchor =
        listedBefore ?? nearAfter(lastTok.end) ?? anchorBefore(t.start, Math.max(0, Math.min(sentenceStart(i), t.start - 400))) ?? regionAfter(lastTok.end);
      if (!anchor) continue;
      const cc = anchor.chosen!.country;
      const shaped = SLAVIC.has(cc)
        ? SLAVIC_ENDING.test(toks.get(last).lower) || SLAVIC_PREFIX.has(w)
        : ARABIC.has(cc)
          ? ARABIC_PREFIX.has(w) || /^(al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez|en)[-\u2011]/.test(w)
          : false;
      if (!shaped) continue;
    }
    const e = anchor.chosen!;
    const surface = text.slice(t.start, lastTok.end);
    const name = surface.replace(/[\u2019']s$/, '');
    out.push({
      name,
      lat: e.lat,
      lon: e.lon,
      country: e.country,
      kind: 'settlement',
      admin: e.admin,
      id: `near:${e.id}:${placeKey(name)}`,
      mentions: [{ text: surface, start: t.start, end: lastTok.end }],
    });
    placeEnds.add(lastTok.end);
  }
  return out;
}
