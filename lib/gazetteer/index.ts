// The place index: built from public/gazetteer.json (scripts/build-gazetteer.mjs), one exact
// Map lookup per transliteration key. Pure: the caller hands in the parsed JSON (read from disk
// by lib/cli/load-gazetteer.ts, fetched by the content script). Entries are materialised lazily.
import type { PlaceKind } from '../model';
import { WordFilter } from '../text/word-filter';
import { foldWords, KEY_VERSION, placeKey } from './key';

export { placeKey, foldWords, KEY_VERSION } from './key';

/** [id, name, lat, lon, country, kind index, population, admin index, flags, aliases '|', keys '|'] */
export type GazetteerRow = [string, string, number, number, string, number, number, number, number, string, string];

/** The JSON asset, as parsed. Every field is optional so that a stale or empty asset still loads. */
export interface GazetteerData {
  v?: number;
  /** placeKey version the `keys` column was computed with; keys are recomputed on mismatch. */
  keyVersion?: number;
  kinds?: string[];
  admins?: string[];
  rows?: GazetteerRow[];
  /**
   * The same rows as one string (the built asset): one line per place, fields separated by tabs
   * in GazetteerRow order. Parsing one long string is far cheaper than ten thousand small arrays;
   * a line is split only when its entry is asked for.
   */
  table?: string;
  /** '|'-joined folded first words of multi-word names ("gaza" for Gaza Strip): longer lookups start only there. */
  multiFirst?: string;
  /** '|'-joined lowercase given names (Vladimir, Mark): a place name that is one needs context. */
  givenNames?: string;
  /** '|'-joined lowercase surnames (Hilton, Austin): a capitalised one after a place name makes a person. */
  surnames?: string;
  /** '|'-joined lowercase common English words that must not become places on their own. */
  commonWords?: string;
  /** '|'-joined lowercase words that turn a preceding place name into an outlet or institution. */
  orgTails?: string;
  /** ISO country -> '|'-joined adjectives and demonyms, evidence for an article's country. */
  demonyms?: Record<string, string>;
}

/** Entry flag bits. */
export const FLAG_COMMON = 1;
export const FLAG_GIVEN_NAME = 2;
export const FLAG_CAPITAL = 4;

export interface GazetteerEntry {
  index: number;
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2 (seas and cross-border areas: the country of the war they are reported in). */
  country: string;
  kind: PlaceKind;
  population: number;
  /** First-level region the place lies in, when known. */
  admin?: string;
  flags: number;
  aliases: readonly string[];
}

export interface Gazetteer {
  readonly size: number;
  entry(index: number): GazetteerEntry;
  /** Entry indices for a placeKey, or undefined. */
  lookup(key: string): readonly number[] | undefined;
  /**
   * `lookup(placeKey(name))` for a name as written, undefined also when the key is shorter than
   * two characters; remembered per written form, so a name seen before costs one Map lookup.
   */
  lookupName(name: string): readonly number[] | undefined;
  /** `lookupName` and the form's fold, from one cached lookup (see NameForm). */
  lookupForm(name: string): NameForm;
  /** Entries whose name or alias has the same key as `name`, most populous first. */
  find(name: string): GazetteerEntry[];
  /** Indices of places whose admin region is `admin` (for context and fuzzy candidates). */
  inAdmin(admin: string): readonly number[];
  /** Indices of all regions (kind region) of a country. */
  regionsOf(country: string): readonly number[];
  /** Whether some multi-word name starts with this word (folded: lowercase, no diacritics). */
  startsMultiWord(foldedWord: string): boolean;
  isGivenName(lowerWord: string): boolean;
  isSurname(lowerWord: string): boolean;
  isCommonWord(lowerWord: string): boolean;
  isOrgTail(lowerWord: string): boolean;
  /** The country an adjective or demonym points to (`Ukrainian` -> UA). */
  demonymCountry(word: string): string | undefined;
  /** `demonymCountry` for a word already in lower case (`ukrainian`). */
  demonymOfLower(lowerWord: string): string | undefined;
}

/**
 * What the index knows of one written form of a name (Gazetteer.lookupForm). A name pass asks
 * the same questions of every capitalised word, and most words recur across a text and across
 * texts: each answer is worked out on first use and kept with the form.
 */
export interface NameForm {
  /** Entry indices of the form's key (undefined: none, or a key shorter than two characters). */
  readonly ids: readonly number[] | undefined;
  /** The form's words folded (lowercase, no diacritics or punctuation), space-joined: `foldWords(name).join(' ')`. */
  readonly folded: string;
  /** `demonymOfLower(name.toLowerCase())`. */
  readonly demonym: string | undefined;
  /** `startsMultiWord(foldWords(name).join(''))`: some multi-word name starts with this (one-word) form. */
  readonly startsMulti: boolean;
}

/** The index's answers a form asks for once. */
interface FormIndex {
  demonymOfLower(lowerWord: string): string | undefined;
  startsMultiWord(foldedWord: string): boolean;
}

const UNSET = -1;

class Form implements NameForm {
  private f: string | undefined;
  private d: string | undefined | typeof UNSET = UNSET;
  private m: boolean | typeof UNSET = UNSET;
  constructor(
    private readonly name: string,
    readonly ids: readonly number[] | undefined,
    private readonly index: FormIndex,
  ) {}
  get folded(): string {
    return (this.f ??= foldWords(this.name).join(' '));
  }
  get demonym(): string | undefined {
    if (this.d === UNSET) this.d = this.index.demonymOfLower(this.name.toLowerCase());
    return this.d;
  }
  get startsMulti(): boolean {
    if (this.m === UNSET) {
      const f = this.folded;
      this.m = this.index.startsMultiWord(f.indexOf(' ') < 0 ? f : f.replace(/ /g, ''));
    }
    return this.m;
  }
}

const KIND_FALLBACK: PlaceKind[] = ['settlement', 'region', 'river', 'area', 'sector', 'country', 'feature'];
const EMPTY: readonly number[] = [];

function splitSet(s: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!s) return out;
  for (const w of s.split('|')) if (w) out.add(w);
  return out;
}

/** Rows from either an array (tests, hand-made assets) or the tab-separated table (built asset). */
interface RowSource {
  count: number;
  row(i: number): GazetteerRow;
  /** Calls `add` with each precomputed key of every row, in one pass. */
  eachKey(add: (key: string, i: number) => void): void;
}

function arraySource(rows: GazetteerRow[]): RowSource {
  return {
    count: rows.length,
    row: (i) => rows[i],
    eachKey(add) {
      for (let i = 0; i < rows.length; i++) for (const k of (rows[i][10] ?? '').split('|')) if (k) add(k, i);
    },
  };
}

function tableSource(table: string): RowSource {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < table.length; ) {
    const nl = table.indexOf('\n', at);
    const end = nl < 0 ? table.length : nl;
    if (end > at) {
      starts.push(at);
      ends.push(end);
    }
    at = end + 1;
  }
  const parsed: (GazetteerRow | undefined)[] = new Array(starts.length);
  return {
    count: starts.length,
    row(i) {
      let r = parsed[i];
      if (!r) {
        const f = table.slice(starts[i], ends[i]).split('\t');
        r = [f[0], f[1], Number(f[2]), Number(f[3]), f[4], Number(f[5]), Number(f[6]), Number(f[7]), Number(f[8]), f[9] ?? '', f[10] ?? ''];
        parsed[i] = r;
      }
      return r;
    },
    eachKey(add) {
      for (let i = 0; i < starts.length; i++) {
        const end = ends[i];
        // the keys are the last field: '|'-separated, read straight out of the table
        let from = table.lastIndexOf('\t', end - 1) + 1;
        while (from < end) {
          let bar = table.indexOf('|', from);
          if (bar < 0 || bar > end) bar = end;
          if (bar > from) add(table.slice(from, bar), i);
          from = bar + 1;
        }
      }
    },
  };
}

export function createGazetteer(data: GazetteerData): Gazetteer {
  const src: RowSource =
    typeof data?.table === 'string' ? tableSource(data.table) : arraySource(Array.isArray(data?.rows) ? data.rows : []);
  const kinds = (Array.isArray(data?.kinds) ? data.kinds : KIND_FALLBACK) as PlaceKind[];
  const admins = Array.isArray(data?.admins) ? data.admins : [];
  const recompute = data?.keyVersion !== KEY_VERSION;
  const index = new Map<string, number[]>();
  const addKey = (k: string, i: number): void => {
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  };
  if (recompute) {
    for (let i = 0; i < src.count; i++) {
      const r = src.row(i);
      const names = [r[1], ...(r[9] ? r[9].split('|') : [])];
      for (const k of new Set(names.map(placeKey).filter((x) => x.length >= 2))) addKey(k, i);
    }
  } else src.eachKey(addKey);
  const given = splitSet(data?.givenNames);
  const multiFirst = data?.multiFirst === undefined ? undefined : splitSet(data.multiFirst);
  const surnames = splitSet(data?.surnames);
  const common = splitSet(data?.commonWords);
  const orgTails = splitSet(data?.orgTails);
  const demonyms = new Map<string, string>();
  if (data?.demonyms)
    for (const [cc, words] of Object.entries(data.demonyms)) for (const w of words.split('|')) if (w) demonyms.set(w.toLowerCase(), cc);

  // cheap pre-checks, built on first use: most capitalised words of a text are neither demonyms
  // nor the first word of a multi-word name, and fail these without hashing
  let demonymFilter: WordFilter | undefined;
  let multiFilter: WordFilter | undefined;
  const isDemonym = (l: string): boolean => (demonymFilter ??= new WordFilter(demonyms.keys())).mayHave(l);

  const cache: (GazetteerEntry | undefined)[] = new Array(src.count);
  let byAdmin: Map<string, number[]> | undefined;
  let byCountryRegions: Map<string, number[]> | undefined;

  function entry(i: number): GazetteerEntry {
    const hit = cache[i];
    if (hit) return hit;
    if (!(i >= 0 && i < src.count)) throw new RangeError(`no gazetteer entry ${i}`);
    const r = src.row(i);
    const admin = admins[r[7]] || undefined;
    const e: GazetteerEntry = {
      index: i,
      id: r[0],
      name: r[1],
      lat: r[2],
      lon: r[3],
      country: r[4],
      kind: kinds[r[5]] ?? 'settlement',
      population: r[6] || 0,
      admin,
      flags: r[8] || 0,
      aliases: r[9] ? r[9].split('|') : [],
    };
    cache[i] = e;
    return e;
  }

  function buildSecondary(): void {
    byAdmin = new Map();
    byCountryRegions = new Map();
    for (let i = 0; i < src.count; i++) {
      const row = src.row(i);
      const a = admins[row[7]];
      if (a) {
        const l = byAdmin.get(a);
        if (l) l.push(i);
        else byAdmin.set(a, [i]);
      }
      if (kinds[row[5]] === 'region') {
        const cc = row[4];
        const l = byCountryRegions.get(cc);
        if (l) l.push(i);
        else byCountryRegions.set(cc, [i]);
      }
    }
  }

  const startsMultiWord = (w: string): boolean => (multiFirst ? (multiFilter ??= new WordFilter(multiFirst)).mayHave(w) && multiFirst.has(w) : true);
  const demonymOfLower = (l: string): string | undefined => (isDemonym(l) ? demonyms.get(l) : undefined);
  const lookupName = (name: string): readonly number[] | undefined => lookupForm(name).ids;
  const formIndex: FormIndex = { demonymOfLower, startsMultiWord };

  // written form -> its entry indices, fold and the rest of NameForm; bounded, cleared when full
  const byName = new Map<string, Form>();
  function lookupForm(name: string): Form {
    let hit = byName.get(name);
    if (hit === undefined) {
      const key = placeKey(name);
      hit = new Form(name, key.length < 2 ? undefined : index.get(key), formIndex);
      if (byName.size >= 50000) byName.clear();
      byName.set(name, hit);
    }
    return hit;
  }

  return {
    size: src.count,
    entry,
    lookup: (key) => index.get(key),
    lookupName,
    lookupForm,
    find(name) {
      const ids = index.get(placeKey(name));
      if (!ids) return [];
      return ids.map(entry).sort((a, b) => b.population - a.population);
    },
    inAdmin(admin) {
      if (!byAdmin) buildSecondary();
      return byAdmin!.get(admin) ?? EMPTY;
    },
    regionsOf(country) {
      if (!byCountryRegions) buildSecondary();
      return byCountryRegions!.get(country) ?? EMPTY;
    },
    startsMultiWord,
    isGivenName: (w) => given.has(w),
    isSurname: (w) => surnames.has(w),
    isCommonWord: (w) => common.has(w),
    isOrgTail: (w) => orgTails.has(w),
    demonymCountry: (w) => {
      const l = w.toLowerCase();
      return isDemonym(l) ? demonyms.get(l) : undefined;
    },
    demonymOfLower,
  };
}
