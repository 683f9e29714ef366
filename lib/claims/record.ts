// The source record the library stores and the index keys the linker looks claims up by.
//
// Index keys (exact, no scan): `q|category|measure|unit|side|scope` for a claim's quantity and
// `r|category|scope` for related claims. Scope is the claim's place and the admin region it lies
// in; for a claim that names no place, or only a capital used as a voice (`Moscow said`), each
// place of its article's focus (its most-mentioned places), or '' when there is none. A page
// claim looks under the same scopes and under its own side and '' (every side when it names
// none). Candidates are then compared (linker.ts).

import type { Analysis, Claim, SourceMeta } from '../model';
import { figure, unitKey } from './quantity';

export interface SourcePlace {
  name: string;
  id?: string;
  admin?: string;
  country?: string;
}

export interface SourceUnit {
  name: string;
  side?: string;
}

/** One analysed article in the library: no full text, only what linking needs. */
export interface SourceRecord extends SourceMeta {
  claims: Claim[];
  units: SourceUnit[];
  places: SourcePlace[];
  /** MinHash signature of the text (lib/claims/fingerprint.ts), base64. */
  fingerprint?: string;
  /** ISO time of the last ingest of this source. */
  updated?: string;
}

/** A record from an analysis (no text kept). */
export function toRecord(meta: SourceMeta, analysis: Pick<Analysis, 'claims' | 'units' | 'places'>, fingerprint?: string): SourceRecord {
  const rec: SourceRecord = {
    ...meta,
    claims: analysis.claims.map((c) => ({ ...c })),
    units: analysis.units.map((u) => (u.side ? { name: u.name, side: u.side } : { name: u.name })),
    // most-mentioned first (stable): the first places say what the article is about
    places: [...analysis.places].sort((x, y) => y.mentions.length - x.mentions.length).map((p) => {
      const out: SourcePlace = { name: p.name };
      if (p.id) out.id = p.id;
      if (p.admin) out.admin = p.admin;
      if (p.country) out.country = p.country;
      return out;
    }),
  };
  if (fingerprint) rec.fingerprint = fingerprint;
  return rec;
}

/** Categories whose figures mean nothing without a place (a distance, a duration). */
export const CONTEXT_BOUND = new Set(['distance', 'duration', 'other']);

/** Units of an 'other' figure that say nothing of what is counted (`2,300` alone, a share). */
const UNNAMED = new Set(['item', 'percent', 'ratio']);

/** A figure that means nothing without its place: a distance, a duration, or an 'other' figure
 *  that names no counted thing (`rose by 40 percent`). A count of named things in 'other'
 *  (`27 attacks`, `16 locations`, `21,000 tonnes`) is scoped like equipment: by its place or its
 *  article's focus. */
export function contextBound(c: Pick<Claim, 'category' | 'unit'>): boolean {
  if (!CONTEXT_BOUND.has(c.category)) return false;
  return c.category !== 'other' || UNNAMED.has(c.unit) || unitKey(c as Claim) === 'duration' || c.unit === 'km' || c.unit === 'km2';
}

const adminCache = new WeakMap<SourceRecord, Map<string, string>>();
export function adminOf(rec: SourceRecord, name: string | undefined): string | undefined {
  if (!name) return undefined;
  let m = adminCache.get(rec);
  if (!m) {
    m = new Map();
    for (const p of rec.places) if (p.admin && p.admin !== p.name && !m.has(p.name)) m.set(p.name, p.admin);
    adminCache.set(rec, m);
  }
  return m.get(name);
}

/** Capitals that news copy uses for a government or as a dateline (`Moscow said`, `KYIV —`):
 *  as a claim's place they say little about what the figure covers (except for a distance). */
export const METONYM_CAPITALS = new Set(['Kyiv', 'Moscow', 'Minsk', 'Washington', 'London', 'Paris', 'Berlin', 'Brussels', 'Beijing', 'Tehran', 'Pyongyang', 'Ankara', 'Warsaw']);

/** The place a claim is about, for scope: its `where`, unless that is a capital used as a voice. */
export function scopeWhere(c: Claim): string | undefined {
  if (!c.where) return undefined;
  return METONYM_CAPITALS.has(c.where) && !contextBound(c) ? undefined : c.where;
}

export const FOCUS_PLACES = 3;
const focusCache = new WeakMap<SourceRecord, string[]>();

/** What an article is about: its first FOCUS_PLACES places other than capitals (records keep
 *  places most-mentioned first), with the admin regions they lie in. */
export function focus(rec: SourceRecord): string[] {
  let f = focusCache.get(rec);
  if (f) return f;
  const out = new Set<string>();
  let n = 0;
  for (const p of rec.places) {
    if (METONYM_CAPITALS.has(p.name)) continue;
    if (n++ >= FOCUS_PLACES) break;
    out.add(p.name);
    if (p.admin) out.add(p.admin);
  }
  focusCache.set(rec, (f = [...out]));
  return f;
}

/** Seas, gulfs and straits (gazetteer features, ids `f:`): a theatre, not a point. The gazetteer
 *  gives each the country of the war it is reported in (Red Sea: YE, Black Sea: UA). */
const WATERS = /\b(sea|gulf|strait|straits|bay|ocean|channel|mandeb)\b/i;
export function waters(p: SourcePlace): boolean {
  return !!p.id && p.id.startsWith('f:') && !!p.country && WATERS.test(p.name);
}

const theatreCache = new WeakMap<SourceRecord, { countries: string[]; waters: Map<string, string>; seas: string[] }>();
/** The countries of an article's focus, its seas by name → country, and the countries of the
 *  seas among its focus. */
export function theatre(rec: SourceRecord): { countries: string[]; waters: Map<string, string>; seas: string[] } {
  let t = theatreCache.get(rec);
  if (t) return t;
  const f = new Set(focus(rec));
  const countries = new Set<string>();
  const seas = new Set<string>();
  const w = new Map<string, string>();
  for (const p of rec.places) {
    if (f.has(p.name) && p.country) countries.add(p.country);
    if (waters(p)) {
      w.set(p.name, p.country!);
      if (f.has(p.name)) seas.add(p.country!);
    }
  }
  theatreCache.set(rec, (t = { countries: [...countries], waters: w, seas: [...seas] }));
  return t;
}

/** Theatre tokens: a sea's figure and a placeless one from an article about that country's coast
 *  can be one quantity (`attacks in the Red Sea` and `attacks on ships` in a report from Mokha).
 *  `~CC`: a placeless figure in an article about country CC; `≈CC`: a figure on a sea of CC, or a
 *  placeless one in an article about such a sea. A sea's side looks up the `~` keys and a
 *  placeless figure the `≈` keys (and the `~` keys when its article is about a sea), so claims
 *  with no sea anywhere (most of a land war) never meet through these keys. */
function theatreTokens(rec: SourceRecord, c: Claim, query: boolean): string[] {
  if (contextBound(c)) return [];
  // a count local to one event (targets struck, tonnes of cargo) is not looked for across the
  // theatre (linker.ts localCount); it is still indexed there, for libraries built before
  if (query && c.category === 'other' && unitKey(c) !== 'attack') return [];
  const w = scopeWhere(c);
  const t = theatre(rec);
  if (w) {
    const cc = t.waters.get(w);
    return cc ? [(query ? '~' : '\u2248') + cc] : [];
  }
  const own = t.countries.map((cc) => (query ? '\u2248' : '~') + cc);
  return t.seas.length ? [...own, ...t.seas.map((cc) => (query ? '~' : '\u2248') + cc)] : own;
}

/** Where a stored claim is indexed: its place and that place's admin region; a claim that names
 *  no place (or only a capital) is indexed under its article's focus ('' when there is none). */
function scopeTokens(rec: SourceRecord, c: Claim): string[] {
  const w = scopeWhere(c);
  if (!w) {
    // a distance or duration without a place may still be a copy's: all the article's places
    const f = contextBound(c) ? [...new Set(rec.places.map((p) => p.name))] : focus(rec);
    return f.length ? f : [''];
  }
  const admin = adminOf(rec, w);
  // a length (`a slick 30 kilometres long`) is a thing's size, met in articles naming a place in
  // common (linker.ts): also under all the article's places
  if (c.kind === 'length') return [...new Set([w, ...(admin ? [admin] : []), ...rec.places.map((p) => p.name)])];
  return admin ? [w, admin] : [w];
}

/** Whether a claim takes part in linking at all (a usable figure). */
export function linkable(c: Claim): boolean {
  return figure(c) !== null;
}

function quantityBase(c: Claim, side: string): string {
  return `q|${c.category}|${c.measure ?? ''}|${unitKey(c)}|${side}|`;
}

/** The keys a stored claim is indexed under. */
export function claimKeys(rec: SourceRecord, i: number): string[] {
  const c = rec.claims[i];
  if (!c || !linkable(c)) return [];
  const scopes = scopeTokens(rec, c);
  const base = quantityBase(c, c.side ?? '');
  return [...scopes.map((s) => base + s), ...theatreTokens(rec, c, false).map((s) => base + s), ...scopes.map((s) => `r|${c.category}|${s}`)];
}

/** Every key of a record, deduplicated (what an IndexedDB multiEntry index holds). */
export function recordKeys(rec: SourceRecord): string[] {
  const out = new Set<string>();
  for (let i = 0; i < rec.claims.length; i++) for (const k of claimKeys(rec, i)) out.add(k);
  return [...out];
}

const COMMON_SIDES = ['ua', 'ru', 'kp', 'us', 'il', 'ps', 'by', 'ir'];

/** Where a page claim looks: like scopeTokens (its place and admin region, or its article's
 *  focus), so a pair is found from either side. */
function pageScopes(page: SourceRecord, c: Claim): string[] {
  return scopeTokens(page, c);
}

/** The keys to look a page claim's same-quantity candidates up by. */
export function queryKeys(page: SourceRecord, i: number): string[] {
  const c = page.claims[i];
  if (!c || !linkable(c)) return [];
  const sides = c.side ? [c.side, ''] : ['', ...new Set([...COMMON_SIDES, ...page.claims.map((x) => x.side ?? ''), ...page.units.map((u) => u.side ?? '')])].filter((s, k, a) => a.indexOf(s) === k);
  const scopes = pageScopes(page, c);
  const out: string[] = [];
  for (const side of sides) {
    const base = quantityBase(c, side);
    for (const s of scopes) out.push(base + s);
  }
  return out;
}

/** The keys to look a page claim's same-quantity candidates up by in its theatre (theatreTokens). */
export function theatreKeys(page: SourceRecord, i: number): string[] {
  const c = page.claims[i];
  if (!c || !linkable(c)) return [];
  const tokens = theatreTokens(page, c, true);
  if (!tokens.length) return [];
  const sides = c.side ? [c.side, ''] : ['', ...new Set([...COMMON_SIDES, ...page.claims.map((x) => x.side ?? ''), ...page.units.map((u) => u.side ?? '')])].filter((s, k, a) => a.indexOf(s) === k);
  const out: string[] = [];
  for (const side of sides) for (const t of tokens) out.push(quantityBase(c, side) + t);
  return out;
}

/** The keys to look a page claim's related candidates up by (its place and its article's places). */
export function relatedKeys(page: SourceRecord, i: number): string[] {
  const c = page.claims[i];
  if (!c || !linkable(c) || contextBound(c)) return [];
  return pageScopes(page, c).map((s) => `r|${c.category}|${s}`);
}

/** A stable source id for a URL: no fragment, no tracking parameters, lower-case host, no trailing slash. */
export function normalizeUrl(url: string): string {
  const m = /^(https?):\/\/([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!m) return url.trim();
  const query = (m[4] ?? '')
    .slice(1)
    .split('&')
    .filter((p) => p && !/^(utm_[a-z]+|fbclid|gclid|ocid|cmpid|ref|smid)=/i.test(p))
    .sort()
    .join('&');
  const path = m[3].replace(/\/+$/, '') || '';
  return `${m[1].toLowerCase()}://${m[2].toLowerCase().replace(/^www\./, '')}${path}${query ? '?' + query : ''}`;
}
