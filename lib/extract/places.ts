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
import type { Mention, PlaceEntity, PlaceKind } from '../model';
import {
  FLAG_COMMON,
  FLAG_GIVEN_NAME,
  foldWords,
  placeKey,
  type Gazetteer,
  type GazetteerEntry,
} from '../gazetteer/index';

export interface PlaceOptions {
  /** Also report country names (off by default: readers do not need every `Russia`). */
  countries?: boolean;
}

interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  /** First word of a sentence (or of a line). */
  initial: boolean;
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
  chosen?: GazetteerEntry;
  score?: number;
  accepted?: boolean;
}

const MAX_TOKENS = 4;

// lowercase words allowed inside a multi-word name
const CONNECTORS = new Set(['al', 'el', 'ad', 'as', 'ash', 'ar', 'az', 'ez', 'es', 'en', 'ed', 'de', 'du', 'des', 'la', 'le', 'of', 'bin', 'ibn', 'on', 'upon', 'am', 'an', 'der', 'di', 'da', 'do', 'dos', 'y']);
// lowercase words that may end a multi-word name (matched against the index)
const NAME_TAILS = new Set(['strip', 'bank', 'heights', 'sea', 'valley', 'peninsula', 'island', 'corridor', 'camp', 'city', 'river', 'oblast', 'region', 'province', 'governorate', 'state', 'crossing', 'dam', 'reservoir', 'bridge', 'plant', 'npp', 'spit', 'strait', 'gulf', 'canal', 'zone']);
const REGION_SUFFIX = new Set(['oblast', 'region', 'province', 'governorate', 'district', 'raion', 'rayon', 'krai', 'kray', 'county', 'oblasts', 'regions', 'provinces', 'governorates', 'districts', 'states', 'state']);
const PLURAL_SUFFIX = new Set(['oblasts', 'regions', 'provinces', 'governorates', 'districts', 'states', 'rivers']);
const RIVER_SUFFIX = new Set(['river', 'rivers']);
const PLACE_PREPS = new Set([
  'in', 'near', 'outside', 'around', 'from', 'to', 'into', 'toward', 'towards', 'at', 'across', 'through', 'via',
  'captured', 'seized', 'took', 'retook', 'liberated', 'entered', 'recaptured', 'regained', 'shelled', 'struck',
  'hit', 'bombed', 'attacked', 'reached', 'between', 'besieged', 'encircled', 'surrounded', 'evacuated', 'northeast',
  'northwest', 'southeast', 'southwest', 'within', 'inside', 'beyond', 'along', 'over', 'village', 'town', 'city',
  'settlement', 'villages', 'towns', 'cities', 'hamlet', 'outskirts', 'direction', 'of', 'on', 'by', 'and', 'or',
]);
// prepositions alone strong enough for a name that is also a common word or given name
const STRONG_PREPS = new Set(['in', 'near', 'outside', 'around', 'into', 'toward', 'towards', 'captured', 'seized', 'retook', 'liberated', 'recaptured', 'regained', 'shelled', 'village', 'town', 'city', 'settlement', 'outskirts']);
const DIRECTION_OF = new Set(['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'centre', 'center', 'north-east', 'north-west', 'south-east', 'south-west', 'outside', 'city', 'town', 'village', 'region', 'province', 'residents', 'people', 'battle', 'siege', 'fall', 'capture', 'liberation', 'direction', 'suburbs', 'south-west']);
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
const CONFLICT = new Set(['UA', 'RU', 'BY', 'IL', 'PS', 'LB', 'SY', 'YE', 'SD', 'SS', 'MM', 'ML', 'BF', 'NE', 'TD', 'ET', 'SO', 'CD', 'IQ', 'IR']);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{M}\p{N}]/u.test(ch);
}
const isApostrophe = (ch: string): boolean => ch === "'" || ch === '\u2019' || ch === '\u02bc' || ch === '`';
const isHyphen = (ch: string): boolean => ch === '-' || ch === '\u2011';

/** Word tokens; apostrophes and hyphens between letters stay inside; a possessive 's ends the word. */
function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let initial = true;
  while (i < n) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (!isWordChar(code, ch)) {
      if (ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '\u2022' || ch === ':') {
        // "U.S." / "Vladimir V. Putin": a period after a single capital is not a sentence end
        if (ch === '.' && toks.length && toks[toks.length - 1].end === i && toks[toks.length - 1].text.length === 1) {
          // initial stays as it was
        } else initial = true;
      }
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const c = text[i];
      const cc = text.charCodeAt(i);
      if (isWordChar(cc, c)) {
        i++;
        continue;
      }
      if ((isApostrophe(c) || isHyphen(c)) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1])) {
        if (isApostrophe(c) && (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordChar(text.charCodeAt(i + 2), text[i + 2])))
          break;
        i++;
        continue;
      }
      break;
    }
    const t = text.slice(start, i);
    toks.push({ start, end: i, text: t, lower: t.toLowerCase(), cap: isUpper(t[0]), initial });
    initial = false;
  }
  return toks;
}

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

const foldedEq = (a: string, b: string): boolean => a.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase() === b.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function consonants(key: string): string {
  let out = '';
  for (const ch of key) if (!'aeiou'.includes(ch)) out += ch;
  return out;
}

export function extractPlaces(text: string, gazetteer: Gazetteer, options: PlaceOptions = {}): PlaceEntity[] {
  if (typeof text !== 'string' || !text || !gazetteer || gazetteer.size === 0) return [];
  const toks = tokenize(text);
  const g = gazetteer;

  // words that occur in lowercase somewhere in the text are common words here ("front", "post")
  const lowerSeen = new Set<string>();
  for (const t of toks) if (!t.cap) lowerSeen.add(t.lower);

  const prevWord = (i: number): Tok | undefined => (i > 0 ? toks[i - 1] : undefined);
  const hasPrep = (i: number): boolean => {
    const p = prevWord(i);
    if (!p || p.end > toks[i].start || /[.!?;]/.test(text.slice(p.end, toks[i].start))) return false;
    if (p.lower === 'the' && i > 1) return hasPrep(i - 1);
    if (p.lower === 'of') {
      const pp = i > 1 ? toks[i - 2] : undefined;
      return !!pp && DIRECTION_OF.has(pp.lower);
    }
    if (p.lower === 'and' || p.lower === 'or' || p.lower === 'on' || p.lower === 'by') return false;
    return PLACE_PREPS.has(p.lower);
  };
  const strongPrep = (i: number): boolean => {
    const p = prevWord(i);
    if (!p || /[.!?;]/.test(text.slice(p.end, toks[i].start))) return false;
    if (p.lower === 'the' && i > 1) return strongPrep(i - 1);
    if (p.lower === 'of') return i > 1 && DIRECTION_OF.has(toks[i - 2].lower);
    return STRONG_PREPS.has(p.lower);
  };

  // ---- pass 1: candidate spans -----------------------------------------------------------
  const cands: Cand[] = [];
  const unresolved: number[] = [];
  const countryWeight = new Map<string, number>();
  const addWeight = (cc: string, w: number): void => {
    if (cc) countryWeight.set(cc, (countryWeight.get(cc) ?? 0) + w);
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.cap || t.lower === 'the') continue;
    const dem = g.demonymCountry(t.lower);
    if (dem) addWeight(dem, 1);
    // the longest run of name tokens from here
    let maxEnd = i;
    while (maxEnd + 1 < toks.length && maxEnd - i + 1 < MAX_TOKENS && joinable(text, toks[maxEnd], toks[maxEnd + 1])) {
      const nx = toks[maxEnd + 1];
      if (!nx.cap && !CONNECTORS.has(nx.lower) && !NAME_TAILS.has(nx.lower) && !/^(al|el|ad|as|ash|ar|az|ez|an|ed|es|at)[-\u2011]/i.test(nx.text))
        break;
      maxEnd++;
    }
    let found: Cand | undefined;
    for (let last = maxEnd; last >= i; last--) {
      const lt = toks[last];
      if (last > i && !lt.cap && CONNECTORS.has(lt.lower)) continue;
      const key = placeKey(text.slice(t.start, lt.end));
      if (key.length < 2) continue;
      const ids = g.lookup(key);
      if (ids) {
        found = { first: i, last, start: t.start, end: lt.end, ids, prep: hasPrep(i) };
        break;
      }
    }
    if (!found) {
      if (!t.initial || hasPrep(i)) unresolved.push(i);
      continue;
    }
    // suffix words: "Kursk region", "Oskil River", "Luhansk Oblasts"
    const nx = toks[found.last + 1];
    if (nx && joinable(text, toks[found.last], nx) && text[toks[found.last].end] !== '-') {
      if (REGION_SUFFIX.has(nx.lower) && (nx.lower !== 'state' && nx.lower !== 'states' ? true : nx.cap)) {
        found.hint = 'region';
        found.end = nx.end;
        found.last = found.last; // the name itself stays
        if (PLURAL_SUFFIX.has(nx.lower)) {
          // "Donetsk and Luhansk Oblasts": the hint reaches back over the coordinated names
          for (let k = cands.length - 1; k >= 0; k--) {
            const prev = cands[k];
            const gap = text.slice(prev.end, found.start);
            const nextStart = k + 1 < cands.length ? cands[k + 1].start : found.start;
            const between = text.slice(prev.end, nextStart);
            if (!/^\s*(,|,?\s*and|,?\s*or|&)\s*$/.test(between) || gap.length > 200) break;
            prev.hint = 'region';
          }
        }
      } else if (RIVER_SUFFIX.has(nx.lower)) {
        found.hint = 'river';
        found.end = nx.end;
      }
    }
    // "the X River" already matched as a name: hint from the name
    const nameLast = toks[found.last].lower;
    if (RIVER_SUFFIX.has(nameLast)) found.hint = 'river';
    if (REGION_SUFFIX.has(nameLast) || nameLast === 'oblast') found.hint = 'region';
    cands.push(found);
    i = found.end > toks[found.last].end ? found.last + 1 : found.last;
  }

  // country evidence from names with a single reading
  for (const c of cands) {
    const entries = c.ids.map(g.entry);
    const ccs = new Set(entries.map((e) => e.country));
    if (entries.some((e) => e.kind === 'country')) {
      for (const e of entries) if (e.kind === 'country') addWeight(e.country, 2);
    } else if (ccs.size === 1) addWeight(entries[0].country, entries[0].kind === 'settlement' && entries[0].population < 20000 ? 0.5 : 1);
  }
  let totalWeight = 0;
  for (const w of countryWeight.values()) totalWeight += w;
  const share = (cc: string): number => (totalWeight > 0 ? (countryWeight.get(cc) ?? 0) / totalWeight : 0);

  // regions named with their suffix somewhere in the text ("Kursk region" makes bare "Kursk" the oblast)
  const explicitRegions = new Set<number>();
  for (const c of cands) {
    const surface = text.slice(c.start, toks[c.last].end);
    for (const id of c.ids) {
      const e = g.entry(id);
      if (e.kind !== 'region' && e.kind !== 'area') continue;
      if (c.hint === 'region' || foldedEq(surface, e.name) || (e.kind === 'area' && c.last > c.first)) explicitRegions.add(id);
    }
  }

  // ---- pass 2: choose an entry per candidate (two rounds: admin evidence from round one) -----
  const adminCount = new Map<string, number>();
  const explicitAdminNames = new Set<string>();
  for (const id of explicitRegions) explicitAdminNames.add(g.entry(id).name);

  const choose = (c: Cand, idx: number): void => {
    const surface = text.slice(c.start, toks[c.last].end);
    let best: GazetteerEntry | undefined;
    let bestScore = -Infinity;
    // "Kupiansk in Kharkiv": a region whose settlement was just named
    const prev = idx > 0 ? cands[idx - 1] : undefined;
    const inOf = prev && /^\s*(in|,)\s*(the\s+)?$/i.test(text.slice(prev.end, c.start)) ? prev.chosen : undefined;
    for (const id of c.ids) {
      const e = g.entry(id);
      if (e.kind === 'country' && !options.countries && c.ids.length > 1) {
        // a country name is still a fine reading; it just is not reported later
      }
      let s = kindBase(e);
      if (e.kind === 'region' || e.kind === 'area') {
        const full = foldedEq(surface, e.name) || c.last > c.first;
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
      if (foldedEq(surface, e.name)) s += 0.3;
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    c.chosen = best;
    c.score = bestScore;
  };
  cands.forEach(choose);
  for (const c of cands) if (c.chosen?.admin) adminCount.set(c.chosen.admin, (adminCount.get(c.chosen.admin) ?? 0) + 1);
  cands.forEach(choose);

  // ---- acceptance: people, outlets, common words ------------------------------------------
  const persons = new Set<string>();
  const candEnds = new Set(cands.map((c) => toks[c.last].end));
  const dominant = (cc: string): boolean => share(cc) >= 0.15;
  for (const c of cands) {
    const e = c.chosen;
    if (!e) continue;
    const single = c.first === c.last;
    const t = toks[c.first];
    const prev = prevWord(c.first);
    const prevJoined = prev && joinable(text, prev, t);
    const next = toks[c.last + 1];
    const nextJoined = next && joinable(text, toks[c.last], next) && c.end === toks[c.last].end;
    const lower = single ? t.lower : '';
    const strong = c.hint !== undefined || strongPrep(c.first);
    let ok = true;
    if (MONTHS_DAYS.has(t.lower) && single) ok = false;
    const surfaceText = text.slice(c.start, toks[c.last].end);
    const exactAlias = [e.name, ...e.aliases].includes(surfaceText);
    for (let k = c.first; k <= c.last; k++) if (oddShape(toks[k].text)) ok = false;
    // short all-capitals words are acronyms ("EST", "OS"), unless written exactly as an alias ("DPR")
    if (single && t.text.length <= 3 && t.text === t.text.toUpperCase() && !exactAlias) ok = false;
    // a capitalised surname after the name makes it a person ("Paris Hilton")
    if (single && nextJoined && next.cap && g.isSurname(next.lower) && !c.hint) ok = false;
    // titles and given names before: "President Vladimir Putin", "Lloyd Austin"
    if (prev && prevJoined && prev.cap && (TITLES.has(prev.lower) || g.isGivenName(prev.lower)) && !c.hint) ok = false;
    if (prev && TITLES.has(prev.lower) && single && !c.hint && text.slice(prev.end, t.start).trim() === '.') ok = false;
    if (single && persons.has(lower)) ok = false;
    // "Washington Post", "Kyiv Independent", "the Kursk submarine"
    if (nextJoined && g.isOrgTail(next.lower)) ok = false;
    if (nextJoined && VESSEL.has(next.lower)) ok = false;
    if (prev && VESSEL.has(prev.lower)) ok = false;
    // a given name followed by a capitalised word is a person ("Vladimir Putin")
    const flags = e.flags;
    if (single && (flags & FLAG_GIVEN_NAME || g.isGivenName(lower))) {
      if (nextJoined && next.cap && !c.hint) {
        ok = false;
        persons.add(next.lower);
      } else if (!strong && e.kind !== 'region' && e.kind !== 'area' && e.kind !== 'river') ok = false;
    }
    if (single && (flags & FLAG_COMMON || g.isCommonWord(lower) || lowerSeen.has(lower)) && !strong) ok = false;
    if (single && t.initial && g.isCommonWord(lower) && !c.hint) ok = false;
    // a surname after a capitalised first word that is not itself a place: "Marina Miron"
    if (
      single &&
      prevJoined &&
      prev.cap &&
      !c.hint &&
      !candEnds.has(prev.end) &&
      !g.demonymCountry(prev.lower) &&
      !g.isCommonWord(prev.lower) &&
      !PLACE_PREPS.has(prev.lower) &&
      !MONTHS_DAYS.has(prev.lower)
    )
      ok = false;
    // a key match that is not a spelling of the name needs the article to be about that country
    const surfaceWords = foldWords(text.slice(c.start, toks[c.last].end)).join(' ');
    const exact = [e.name, ...e.aliases].some((n) => foldWords(n).join(' ') === surfaceWords);
    if (!exact) {
      if (!dominant(e.country)) ok = false;
      for (let k = c.first; k <= c.last; k++) if (g.isCommonWord(toks[k].lower) || /^[ivx]+$/.test(toks[k].lower)) ok = false;
    }
    // small settlements need the article to be about their country, or a place word before them
    if (e.kind === 'settlement' && e.population < 15000 && !dominant(e.country) && !c.prep && !c.hint) ok = false;
    if (e.kind === 'settlement' && e.population < 3000 && !dominant(e.country)) ok = false;
    if (e.kind === 'country' && !options.countries) ok = false;
    // names of three letters or fewer ("Van", "Log", "San") only when the article is about their country
    if (single && foldWords(surfaceText).join('').length <= 3 && (!exact || !dominant(e.country) || (e.kind === 'settlement' && e.population < 50000))) ok = false;
    c.accepted = ok;
  }

  // ---- fuzzy: garbled names in clear place context, against a small pool ---------------------
  const accepted = cands.filter((c) => c.accepted && c.chosen);
  // only in an article that is already about places in a war zone
  let warPlaces = 0;
  for (const c of accepted) if (c.chosen!.kind !== 'country' && CONFLICT.has(c.chosen!.country)) warPlaces++;
  if (unresolved.length && warPlaces >= 2) {
    let fuse: Fuse<{ name: string; id: number }> | undefined;
    let regionFuse: Fuse<{ name: string; id: number }> | undefined;
    const poolIds = (regionsOnly: boolean): number[] => {
      const ids = new Set<number>();
      const ccs = new Set<string>();
      for (const c of accepted) {
        const e = c.chosen!;
        if (e.kind === 'country') continue;
        ccs.add(e.country);
        if (!regionsOnly) {
          ids.add(e.index);
          if (e.admin) for (const id of g.inAdmin(e.admin).slice(0, 400)) ids.add(id);
        }
      }
      for (const [cc, w] of countryWeight) if (w / Math.max(1, totalWeight) >= 0.15) ccs.add(cc);
      for (const cc of ccs) for (const id of g.regionsOf(cc)) ids.add(id);
      return [...ids];
    };
    const makeFuse = (ids: number[]): Fuse<{ name: string; id: number }> => {
      const items: { name: string; id: number }[] = [];
      for (const id of ids) {
        const e = g.entry(id);
        items.push({ name: e.name, id });
        for (const a of e.aliases) if (a.length <= 30) items.push({ name: a, id });
      }
      return new Fuse(items, { keys: ['name'], includeScore: true, threshold: 0.45, ignoreLocation: true });
    };
    const acceptedEnds = new Set(accepted.map((c) => c.end));
    const acceptedStarts = new Set(accepted.map((c) => c.start));
    // "the Kursk region and Sudaschha", "Sudaschha, Gornal": next to an accepted place
    const coordinated = (i: number): boolean => {
      const p = toks[i - 1];
      if (p && (p.lower === 'and' || p.lower === 'or') && i > 1 && acceptedEnds.has(toks[i - 2].end)) return true;
      const n = toks[i + 1];
      if (n && (n.lower === 'and' || n.lower === 'or') && i + 2 < toks.length && acceptedStarts.has(toks[i + 2].start)) return true;
      return false;
    };
    for (const i of unresolved) {
      const t = toks[i];
      if (t.text.length < 4 || t.text.length > 24 || /\d/.test(t.text)) continue;
      if (MONTHS_DAYS.has(t.lower) || g.isCommonWord(t.lower) || g.isGivenName(t.lower) || lowerSeen.has(t.lower)) continue;
      if (g.demonymCountry(t.lower) || persons.has(t.lower)) continue;
      if (t.text === t.text.toUpperCase() || oddShape(t.text)) continue; // acronyms, odd shapes
      if (/(ish|ese|ian|ians|ans|ists?|ism)$/.test(t.lower)) continue; // adjectives and -isms
      const prev = prevWord(i);
      const next = toks[i + 1];
      if (prev && prev.cap && joinable(text, prev, t)) continue;
      if (next && next.cap && joinable(text, t, next)) continue;
      const regionNext = next && joinable(text, t, next) && REGION_SUFFIX.has(next.lower) && !PLURAL_SUFFIX.has(next.lower);
      const coord = coordinated(i);
      // "Sudaschha, the main town": an appositive naming the kind of place
      const appositive = /^,\s+(the|a)\s+(\w+\s+)?(town|city|village|settlement|district|region|river)\b/i.test(text.slice(t.end, t.end + 40));
      const prep = hasPrep(i) && prev && !['from', 'to', 'at', 'by', 'on', 'of', 'over', 'and', 'or'].includes(prev.lower);
      if (!regionNext && !(coord || appositive) && !prep) continue;
      const f = regionNext ? (regionFuse ??= makeFuse(poolIds(true))) : (fuse ??= makeFuse(poolIds(false)));
      const res = f.search(t.text, { limit: 3 });
      const key = placeKey(t.text);
      let hit: GazetteerEntry | undefined;
      // a place word before the name alone is weak evidence: ask for a closer spelling
      const limit = regionNext || coord || appositive ? 0.45 : 0.3;
      for (const r of res) {
        const e = g.entry(r.item.id);
        if (regionNext && e.kind !== 'region') continue;
        const ek = placeKey(r.item.name);
        const sameFirst = ek[0] === key[0];
        const ratio = Math.min(ek.length, key.length) / Math.max(ek.length, key.length);
        const fuseOk = (r.score ?? 1) <= limit && sameFirst && ratio >= 0.5;
        if (fuseOk) {
          hit = e;
          break;
        }
      }
      if (!hit && regionNext) {
        // consonant skeleton for very short garbles ("Smie" for Sumy) among regions only
        const sk = consonants(key);
        if (sk.length >= 2) {
          const matches = poolIds(true)
            .map(g.entry)
            .filter((e) => e.kind === 'region' && [e.name, ...e.aliases].some((n) => consonants(placeKey(n.replace(/\s+(oblast|region|province|governorate|state)$/i, ''))) === sk));
          if (matches.length === 1) hit = matches[0];
        }
      }
      if (!hit) continue;
      const end = regionNext ? next.end : t.end;
      cands.push({ first: i, last: i, start: t.start, end, ids: [hit.index], chosen: hit, accepted: true, prep: true, hint: regionNext ? 'region' : undefined });
    }
  }

  // ---- group mentions per place ------------------------------------------------------------
  const byId = new Map<number, PlaceEntity>();
  const out: PlaceEntity[] = [];
  const sorted = cands.filter((c) => c.accepted && c.chosen).sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    const e = c.chosen!;
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
  return out;
}
