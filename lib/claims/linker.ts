// The linker: for each claim of a page, the claims of other sources about the same quantity
// (corroborates / conflicts / updates) or the same entities (related), with a reason a reader
// understands and whether the other source is independent of the page for that claim.
//
// Candidates come only from exact index keys (record.ts), newest first and capped per claim;
// fuse.js only confirms two place names the gazetteer did not both resolve (one pair at a time).
// Rules (annotation guide, section 4):
//   same quantity = same category, measure, canonical unit (durations in days), side (or one side
//     unstated) and scope: the same place, or one inside the other's admin region. A capital used
//     as a voice or dateline (`Moscow said`) is not a place here; a claim without a place is about
//     its article's focus (its most-mentioned places). Distances, durations and other
//     context-bound figures need the same named place (a distance: or a town the other article
//     names), unless one text is a copy of the other and the figure is the same. A count local to
//     one event (targets or sites struck, tonnes of cargo: 'other' counts but attacks) meets another
//     only at its place or in an article about the same places, not across a theatre (a sea and
//     the country of its coast), where running tallies (attacks, losses) do meet. A length (`18
//     miles long`) is a thing's size: two of one month, in articles naming a place in common, are
//     the same quantity when their figures agree.
//   corroborates: the canonical intervals overlap;
//   figures more than SERIES_RATIO apart are two series (a day's count, a war's total): related;
//   otherwise, by period (claim `when`, else the source's published date, else the latest day
//   its article reports on): different periods → updates (a timeline), the same → conflicts;
//     no dates: two different claimants → conflicts, else updates (another count in the series).
//   related: same category, another quantity, sharing a place; the MAX_RELATED best per claim.
// Independence: not a near-duplicate text (MinHash, fingerprint.ts) and not the same claimant
// (normalised names; a government's official voices count as one: `Kyiv`, `the General Staff`).
// Record-derived values are memoised per object: records and claims are treated as immutable
// (a library replaces a source, it does not edit it).

import Fuse from 'fuse.js';
import type { Claim, ClaimLinks, ClaimRef, Relation, RelationKind, SourceMeta } from '../model';
import { decodeSignature, duplicateSignatures, NEAR_DUPLICATE } from './fingerprint';
import { figure, overlap, showFigure, unitKey, type Figure } from './quantity';
import { contextBound, focus, queryKeys, relatedKeys, scopeWhere, theatre, theatreKeys, type SourceRecord } from './record';

export interface Candidate {
  source: SourceRecord;
  /** Indices into source.claims that carry one of the looked-up keys. */
  claims: number[];
}

/** What the linker needs from a library. */
export interface CandidateIndex {
  candidates(keys: string[], limit?: number): Promise<Candidate[]>;
}

export const MAX_RELATED = 3;
/** Two figures more than this far apart are not one series (a day's losses and the war's total). */
export const SERIES_RATIO = 40;
/** Cap on candidate claims compared per page claim (keeps a page bounded on huge libraries; the
 *  stores hand out the newest first). */
export const MAX_CANDIDATES = 150;
/** At most this many relations of one kind are listed per claim (counts cover all compared). */
export const MAX_PER_KIND = 25;
/** Related claims are only a few: fewer candidates are looked at for them. */
export const RELATED_CANDIDATES = 40;
/** Candidates looked at in a claim's theatre (a sea and the country of its coast), after its own scope. */
export const THEATRE_CANDIDATES = 60;

const CLAIMANT_NOISE = new Set(['the', 'of', 'for', 'and', 'gen', 'general', 'president', 'minister', 'spokesperson', 'spokesman', 'chief', 'mr', 'ms', 'dr', 'col', 'colonel']);

/** A claimant's name folded to 5-letter word stems without titles (`Ministry of Defence of Russia` → `minis defen russi`). */
const claimantCache = new Map<string, string>();
export function normClaimant(s: string | undefined): string {
  if (!s) return '';
  let v = claimantCache.get(s);
  if (v === undefined) {
    if (claimantCache.size > 10000) claimantCache.clear();
    claimantCache.set(s, (v = foldClaimant(s)));
  }
  return v;
}

/** Well-known bodies written as an acronym or in another language, as one name
 *  (`CENTCOM`, `US-Zentralkommando` = `US Central Command`). */
const CLAIMANT_ALIASES: Record<string, string> = {
  centcom: 'US Central Command',
  eucom: 'US European Command',
  africom: 'US Africa Command',
  indopacom: 'US Indo-Pacific Command',
  'us zentralkommando': 'US Central Command',
  ukmto: 'UK Maritime Trade Operations',
  'uk maritime trade operations agency': 'UK Maritime Trade Operations',
  idf: 'Israel Defense Forces',
  'israeli military': 'Israel Defense Forces',
  zahal: 'Israel Defense Forces',
};

/** Dotted initials as one word (`U.S.` → `US`, `U.K.` → `UK`). */
const undot = (s: string) => s.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));

function foldClaimant(s: string): string {
  const flat = undot(s).replace(/[-\u2010-\u2015]/g, ' ').replace(/\s+/g, ' ').trim();
  const alias = CLAIMANT_ALIASES[flat.toLowerCase().replace(/^the /, '')];
  return (alias ? undot(alias) : flat)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CLAIMANT_NOISE.has(w))
    .map((w) => w.slice(0, 5))
    .join(' ');
}

const BODY = /\b(general staff|military command|military|armed forces|army|defen[cs]e ministry|ministry of defen[cs]e|government|command|authorities|generalstab|verteidigungsministerium|streitkr\u00e4fte|zentralkommando)\b/;

/** A government's official voice: `Kyiv`, `Kyiv's military command`, `Ukraine's General Staff` → ua;
 *  `Moscow`, `the Kremlin`, `Russia's defence ministry` → ru; a body without a country
 *  (`the General Staff`, `the Defence Ministry`) → '?', which agrees with either. */
const officialCache = new Map<string, string | null>();
export function officialOf(name: string): string | undefined {
  let v = officialCache.get(name);
  if (v === undefined) {
    if (officialCache.size > 10000) officialCache.clear();
    officialCache.set(name, (v = foldOfficial(name) ?? null));
  }
  return v ?? undefined;
}

function foldOfficial(name: string): string | undefined {
  const n = undot(name).toLowerCase().replace(/[\u2019']s\b/g, '').replace(/^the /, '').replace(/-/g, ' ').trim();
  if (/^(kyiv|kiev)$/.test(n)) return 'ua';
  if (/^(moscow|kremlin)$/.test(n)) return 'ru';
  if (/^(pentagon|white house)$/.test(n)) return 'us';
  const body = BODY.test(n);
  if (!body) return undefined;
  if (/\b(kyiv|kiev|ukrain\w*)\b/.test(n)) return 'ua';
  if (/\b(moscow|russia\w*|russisch\w*|kremlin)\b/.test(n)) return 'ru';
  // another country's body is that country's, not a body of either side
  if (/\b(us|american|united states|pentagon)\b/.test(n)) return 'us';
  if (/\b(uk|british|britain)\b/.test(n)) return 'gb';
  if (/\b(israel\w*)\b/.test(n)) return 'il';
  return n.split(/\s+/).length <= 3 ? '?' : undefined;
}

/** Both claims attribute the figure to the same person or body (`Gerasimov`, `Valery Gerasimov`;
 *  `Defence Ministry`, `Ministry of Defence of Russia`): one name's stems are all in the other's. */
export function sameClaimant(a: string | undefined, b: string | undefined): boolean {
  // `UK Maritime Trade Operations agency (UKMTO)`: the name or the acronym in brackets
  const pa = a && /^(.+?)\s*\(([^()]+)\)\s*$/.exec(a);
  const pb = b && /^(.+?)\s*\(([^()]+)\)\s*$/.exec(b);
  if (pa || pb) {
    const xs = pa ? [pa[1], pa[2]] : [a];
    const ys = pb ? [pb[1], pb[2]] : [b];
    return xs.some((x) => ys.some((y) => sameName(x, y)));
  }
  return sameName(a, b);
}

/** sameClaimant, remembered per pair of names (a page's claims ask about the same few claimants
 *  against the same candidates' claimants). */
const claimantPairs = new Map<string, boolean>();
function sameClaimantOnce(a: string, b: string): boolean {
  const k = a + '\u0000' + b;
  let v = claimantPairs.get(k);
  if (v === undefined) {
    if (claimantPairs.size > 20000) claimantPairs.clear();
    claimantPairs.set(k, (v = sameClaimant(a, b)));
  }
  return v;
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  const x = normClaimant(a);
  const y = normClaimant(b);
  if (!x || !y) return false;
  const ox = officialOf(a ?? '');
  const oy = officialOf(b ?? '');
  if (ox && oy && (ox !== '?' || oy !== '?')) return ox === oy || ox === '?' || oy === '?';
  if (x === y) return true;
  const wx = x.split(' ');
  const wy = y.split(' ');
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return short.every((w) => long.includes(w));
}

const sigCache = new WeakMap<SourceRecord, Uint32Array | null>();
function signature(r: SourceRecord): Uint32Array | null {
  let v = sigCache.get(r);
  if (v === undefined) sigCache.set(r, (v = r.fingerprint ? decodeSignature(r.fingerprint) : null));
  return v;
}

/** Characters of a stored fingerprint that hold its first 66 values (88 groups of 3 bytes). */
const PREFIX_CHARS = 352;
/** Agreeing positions among the first 64 below which signatureSimilarity stops early (so
 *  duplicateSignatures answers no). */
const PREFIX_MIN = Math.max(1, Math.floor((64 * NEAR_DUPLICATE) / 3));
const prefixCache = new WeakMap<SourceRecord, Uint32Array | null>();
function signaturePrefix(r: SourceRecord, fp: string): Uint32Array | null {
  let v = prefixCache.get(r);
  if (v === undefined) prefixCache.set(r, (v = decodeSignature(fp.slice(0, PREFIX_CHARS))));
  return v;
}
/** The number of values a stored fingerprint decodes to (when it decodes). */
const signatureLength = (fp: string): number => ((fp.length / 4) * 3 - (fp.endsWith('==') ? 2 : fp.endsWith('=') ? 1 : 0)) / 4;

export function nearDuplicate(a: SourceRecord, b: SourceRecord): boolean {
  if (a.url && b.url && a.url === b.url) return true;
  const fa = a.fingerprint;
  const fb = b.fingerprint;
  if (!fa || !fb) return false;
  // Most candidates are not copies: the first 64 values (a quarter of the decoding) show it as
  // signatureSimilarity's early stop would on the whole signatures (of different lengths: no).
  if (fa.length !== fb.length) return false;
  if (signatureLength(fa) > 128) {
    const px = signaturePrefix(a, fa);
    const py = signaturePrefix(b, fb);
    // a prefix that does not decode is part of a fingerprint that does not either
    if (!px || !py) return false;
    let same = 0;
    for (let i = 0; i < 64; i++) if (px[i] === py[i] && px[i] !== 0xffffffff) same++;
    if (same < PREFIX_MIN) return false;
  }
  const x = signature(a);
  const y = signature(b);
  return x !== null && y !== null && duplicateSignatures(x, y);
}

/** What the linker needs of one claim, worked out once (claims are immutable) and kept flat
 *  next to its article's other claims: comparing a candidate reads this one small object, not
 *  the claim, its figure and a cache entry each. Strings are interned (equal ones are one
 *  string, so comparing them is comparing pointers). */
interface Facts {
  c: Claim;
  f: Figure | null;
  /** The figure's interval and value (NaN without a figure). */
  lo: number;
  hi: number;
  v: number;
  category: string;
  /** c.unit and its key (unitKey: durations in days). */
  rawUnit: string;
  unit: string;
  measure: string;
  side: string;
  /** The place it is about (scopeWhere), that place's admin region in its article, and whether
   *  its article resolved that place (names it among its places). */
  where: string | undefined;
  wadmin: string | undefined;
  named: boolean;
  /** period(): undefined until asked, null for none. */
  p?: string | null;
  /** claimantOf(): undefined until asked, null for none. */
  who?: string | null;
  /** measureKey(), when asked. */
  mkey?: string;
  /** monthOf() and yearOf() of its period, when asked. */
  pm?: string;
  py?: string;
}

/** What the linker needs of one article, worked out once per record object. */
interface Article {
  r: SourceRecord;
  facts: Facts[];
  /** Place name → its admin region (record.ts adminOf). */
  admin: Map<string, string>;
  /** Names of its resolved places (not their admin regions). */
  names: Set<string>;
  /** Its places and their admin regions. */
  places: Set<string>;
  /** Its focus (record.ts focus). */
  focus: Set<string>;
  /** latestDay(): undefined until asked, null for none. */
  latest?: string | null;
  /** For the page being linked (`for`): whether this article copies it, whether their places meet. */
  dupFor?: SourceRecord;
  dup?: boolean;
  shareFor?: SourceRecord;
  share?: boolean;
}

const interned = new Map<string, string>();
function intern(s: string): string {
  const v = interned.get(s);
  if (v !== undefined) return v;
  if (interned.size > 20000) interned.clear();
  interned.set(s, s);
  return s;
}

function factsOf(c: Claim, admin: Map<string, string>, names: Set<string>): Facts {
  const f = figure(c);
  const w = scopeWhere(c);
  const where = w === undefined ? undefined : intern(w);
  return {
    c,
    f,
    lo: f ? f.lo : NaN,
    hi: f ? f.hi : NaN,
    v: f ? f.v : NaN,
    category: intern(c.category),
    rawUnit: intern(c.unit),
    unit: intern(unitKey(c)),
    measure: intern(c.measure ?? ''),
    side: intern(c.side ?? ''),
    where,
    wadmin: where === undefined ? undefined : admin.get(where),
    named: where !== undefined && names.has(where),
    p: undefined,
    who: undefined,
    mkey: undefined,
    pm: undefined,
    py: undefined,
  };
}

const articles = new WeakMap<SourceRecord, Article>();
function article(r: SourceRecord): Article {
  let a = articles.get(r);
  if (a) return a;
  const admin = new Map<string, string>();
  const names = new Set<string>();
  const places = new Set<string>();
  for (const p of r.places) {
    if (p.admin && p.admin !== p.name && !admin.has(p.name)) admin.set(p.name, p.admin);
    names.add(p.name);
    places.add(p.name);
    if (p.admin) places.add(p.admin);
  }
  a = { r, facts: r.claims.map((c) => factsOf(c, admin, names)), admin, names, places, focus: new Set(focus(r)) };
  articles.set(r, a);
  return a;
}

const adminIn = (A: Article, name: string | undefined): string | undefined => (name ? A.admin.get(name) : undefined);

/** Two place names the gazetteer did not both resolve (a garbled translation, a spelling) that
 *  fuse.js finds alike. Two resolved names are two different places. */
function unresolvedAlike(a: string, ra: Article, b: string, rb: Article): boolean {
  if (ra.names.has(a) && rb.names.has(b)) return false;
  return similarName(a, b);
}

let fuseCache: { names: string; fuse: Fuse<string> } | undefined;
/** Confirm two differently spelled place names among a small set (never a scan). */
function similarName(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  const names = a;
  if (!fuseCache || fuseCache.names !== names) fuseCache = { names, fuse: new Fuse([a], { includeScore: true, threshold: 0.2 }) };
  const hit = fuseCache.fuse.search(b)[0];
  return hit !== undefined && (hit.score ?? 1) <= 0.2;
}

/** The two claims can be about the same place: the same place, or one inside the other's admin
 *  region, or one name spelled two ways (fuse.js, unresolved names only). A claim that names no
 *  place (or only a capital as a voice) is about its article's focus, its most-mentioned places. */
function whereCompatible(A: Side, B: Facts, rb: Article): boolean {
  const ra = A.R;
  const F = A.F;
  const wa = F.where;
  const wb = B.where;
  if (wa && wb) {
    if (wa === wb) return true;
    if (F.wadmin === wb || B.wadmin === wa) return true;
    // unresolvedAlike: two resolved names are two places
    if (F.named && B.named) return false;
    return similarName(wa, wb);
  }
  // a count local to its event meets another only at its place or in an article about the same
  // places, not anywhere in the theatre (a sea and the country of its coast)
  const sea = !localCount(F) && !localCount(B);
  if (wa) return rb.focus.has(wa) || rb.focus.has(F.wadmin ?? '\0') || (sea && seaOfFocus(ra, wa, rb));
  if (wb) return ra.focus.has(wb) || ra.focus.has(B.wadmin ?? '\0') || (sea && seaOfFocus(rb, wb, ra));
  const fa = ra.focus;
  const fb = rb.focus;
  if (!fa.size || !fb.size) return !fa.size && !fb.size;
  for (const p of fa) if (fb.has(p)) return true;
  if (!sea) return false;
  // one article is about a sea of the country the other's places lie in
  for (const p of fa) if (seaOfFocus(ra, p, rb)) return true;
  for (const p of fb) if (seaOfFocus(rb, p, ra)) return true;
  return false;
}

/** A count of things local to one event (targets or sites struck, tonnes of cargo, buildings hit),
 *  not a running tally of the campaign (attacks, losses, casualties, arms destroyed). */
export function localCount(F: { category: string; unit: string; c: Claim }): boolean {
  return F.category === 'other' && F.unit !== 'attack' && !contextBound(F.c);
}

/** `name` is a sea (gulf, strait) in article R whose country is one of other's focus countries. */
function seaOfFocus(R: Article, name: string, other: Article): boolean {
  const cc = theatre(R.r).waters.get(name);
  return cc !== undefined && theatre(other.r).countries.includes(cc);
}

/** What classify needs of one side (the page's claim), worked out once for all its candidates. */
interface Side {
  /** The page claim's facts. */
  F: Facts;
  R: Article;
  bound: boolean;
}

function sideOf(c: Claim, r: SourceRecord): Side {
  const R = article(r);
  const i = r.claims.indexOf(c);
  return { F: i >= 0 ? R.facts[i] : factsOf(c, R.admin, R.names), R, bound: contextBound(c) };
}

const measureKey = (F: Facts): string => (F.mkey ??= `${F.category}|${F.measure}|${F.unit}`);

/** Category, measure, unit and side agree (an unstated side agrees with any). */
function sameMeasure(a: Claim, b: Claim): boolean {
  return (
    a.category === b.category &&
    (a.measure ?? '') === (b.measure ?? '') &&
    unitKey(a) === unitKey(b) &&
    (!a.side || !b.side || a.side === b.side)
  );
}

function month(d: string | undefined): string | undefined {
  return d && /^\d{4}(-\d{2}(-\d{2})?)?/.test(d) ? d.slice(0, 10) : undefined;
}

/** The latest day or month an undated article reports on (its claims' dates finer than a year),
 *  as a stand-in for its publication date. */
function latestDay(R: Article): string | undefined {
  let v = R.latest;
  if (v === undefined) {
    v = null;
    for (const c of R.r.claims) if (c.when && /^\d{4}-\d{2}(-\d{2})?$/.test(c.when) && (v === null || c.when > v)) v = c.when;
    R.latest = v;
  }
  return v ?? undefined;
}

/** The period a claim refers to: its own, else its source's publication date, else the latest
 *  day its article reports on. */
function period(F: Facts, R: Article): string | undefined {
  let v = F.p;
  if (v === undefined) F.p = v = month(F.c.when) ?? month(R.r.published) ?? latestDay(R) ?? null;
  return v ?? undefined;
}

/** The month (or year) and the year of a claim's period (`period`), kept on its facts: a page
 *  claim meets a hundred candidates, each of them many page claims. */
const monthOf = (F: Facts, p: string): string => (F.pm ??= p.slice(0, 7));
const yearOf = (F: Facts, p: string): string => (F.py ??= p.slice(0, 4));

/** Two dated reports of one quantity cover the same period when they fall in the same month (a
 *  toll reported on March 6 and on March 7 is one toll), or one is the other's year.
 *  (pa, pb: the periods of F and B.) */
function samePeriod(F: Facts, pa: string, B: Facts, pb: string): boolean {
  return monthOf(F, pa) === monthOf(B, pb) || pa === yearOf(B, pb) || pb === yearOf(F, pa);
}

/** One period is a year and the other a month or day of it (`this year` vs `in January`). */
function yearAndPart(F: Facts, pa: string, B: Facts, pb: string): boolean {
  return (pa.length === 4) !== (pb.length === 4) && yearOf(F, pa) === yearOf(B, pb);
}

/** Figures that are running tallies (losses, captures, attacks): a later report of an
 *  overlapping but different figure is the tally moving on, not the same report. */
function tally(F: Facts): boolean {
  return F.category === 'casualties' || F.category === 'captured' || F.category === 'equipment' || (F.category === 'other' && !contextBound(F.c));
}

const SIDES: Record<string, string> = { ua: 'Ukrainian', ru: 'Russian', kp: 'North Korean', us: 'American', il: 'Israeli', ps: 'Palestinian', by: 'Belarusian', ir: 'Iranian' };
const sideName = (s: string) => SIDES[s] ?? s;
const quote = (c: Claim) => `“${c.text}”`;
const per = (c: Claim) => (c.attribution ? ` per ${c.attribution}` : '');

export interface Verdict {
  relation: RelationKind;
  /** Built only for the relations that are listed. */
  reason: () => string;
  /** Ranks related claims (more shared entities first); 0 for the others. */
  score: number;
}

/** Why two figures relate (the reason's wording). */
type Why = 'same' | 'scale' | 'later' | 'period' | 'part' | 'claimants' | 'series' | 'subject';

/** A verdict whose reason is worded only when asked (most compared candidates are counted, not
 *  listed): it keeps the two claims, no closures. */
class LazyVerdict implements Verdict {
  constructor(
    readonly relation: RelationKind,
    readonly score: number,
    private readonly why: Why,
    private readonly a: Claim,
    private readonly fa: Figure,
    private readonly b: Claim,
    private readonly fb: Figure,
    private readonly pa?: string,
    private readonly pb?: string,
  ) {}

  reason(): string {
    const { a, b } = this;
    if (this.why === 'subject') {
      const what = a.measure && b.measure && a.measure !== b.measure ? `${a.measure} vs ${b.measure}` : a.side !== b.side && a.side && b.side ? `${sideName(a.side)} vs ${sideName(b.side)}` : 'another quantity';
      return `same subject (${a.category}${a.where || b.where ? ', ' + (a.where ?? b.where) : ''}), ${what}: ${quote(a)} vs ${quote(b)}`;
    }
    const sa = showFigure(this.fa);
    const sb = showFigure(this.fb);
    switch (this.why) {
      case 'same':
        return `same figure: ${sa === sb ? `${quote(a)} and ${quote(b)} (${sa})` : `${quote(a)} (${sa}) ≈ ${quote(b)} (${sb})`}`;
      case 'scale':
        return `same measure, another scale (a daily count and a total, or two different counts): ${quote(a)} (${sa}) vs ${quote(b)} (${sb})`;
      case 'later': {
        const pa = this.pa!;
        const pb = this.pb!;
        return pa < pb ? `later figure: ${quote(b)} (${sb}) on ${pb} after ${quote(a)} (${sa}) on ${pa}` : `later figure: ${quote(a)} (${sa}) on ${pa} after ${quote(b)} (${sb}) on ${pb}`;
      }
      case 'period': {
        const pa = this.pa!;
        const pb = this.pb!;
        return `different figures for the same period (${pa.length <= pb.length ? pa : pb}): ${quote(a)} (${sa})${per(a)} vs ${quote(b)} (${sb})${per(b)}`;
      }
      case 'part': {
        const [ya, yb] = [this.pa!, this.pb!];
        return `a year's figure and a part of that year: ${quote(a)} (${sa}) for ${ya} vs ${quote(b)} (${sb}) for ${yb}`;
      }
      case 'claimants':
        return `claimants disagree: ${quote(a)} (${sa})${per(a)} vs ${quote(b)} (${sb})${per(b)}`;
      default:
        return `another figure in the same series (dates not stated): ${quote(a)} (${sa}) vs ${quote(b)} (${sb})`;
    }
  }
}

/** Context-bound figures (a distance, a duration) are the same quantity only at the same place
 *  and for the same side: both name it, or (a distance to a town) one names it and the other's
 *  article names that town. A duration is of an event, which a place does not identify. In a copy
 *  of the text, only when the figure is also the same. */
function contextMatch(a: Claim, ra: Article, b: Claim, rb: Article, copies: boolean | (() => boolean)): 'same' | 'copy' | false {
  // an unstated side agrees with any (`35 nautical miles south of Mokha` with or without `Houthi`)
  if (!a.side || !b.side || a.side === b.side) {
    if (a.where && b.where && (a.where === b.where || unresolvedAlike(a.where, ra, b.where, rb))) return 'same';
    // a distance to a town: the other article names that town (not just its region)
    // (unless that article states its own distance to the town: the placeless one is another)
    if (a.category === 'distance' && a.where && !b.where && adminIn(ra, a.where) && rb.names.has(a.where) && !distanceTo(rb, a.where)) return 'same';
    if (a.category === 'distance' && b.where && !a.where && adminIn(rb, b.where) && ra.names.has(b.where) && !distanceTo(ra, b.where)) return 'same';
  }
  return (typeof copies === 'function' ? copies() : copies) ? 'copy' : false;
}

/** Two lengths (`a slick some 18 miles long`, `about 30 kilometres long`) name the size of a thing,
 *  which the place named next to it does not identify: reports of one month whose articles name a
 *  place in common may measure the same thing (their figures must then agree). */
function lengthsAlike(A: Side, B: Facts, rb: Article): boolean {
  const pa = period(A.F, A.R);
  const pb = period(B, rb);
  return pa !== undefined && pb !== undefined && monthOf(A.F, pa) === monthOf(B, pb) && articlesShare(A, rb);
}

/** The article states a distance to this place. */
function distanceTo(R: Article, where: string): boolean {
  for (const D of R.facts) if (D.category === 'distance' && D.where === where) return true;
  return false;
}

/** The page's places meet the other article's (memoised on the article for the page). */
function articlesShare(A: Side, rb: Article): boolean {
  if (rb.shareFor === A.R.r) return rb.share!;
  let v = false;
  const [small, large] = A.R.places.size <= rb.places.size ? [A.R.places, rb.places] : [rb.places, A.R.places];
  for (const p of small)
    if (large.has(p)) {
      v = true;
      break;
    }
  rb.shareFor = A.R.r;
  rb.share = v;
  return v;
}

/** How claim b of source rb relates to claim a of source ra, or null when it does not.
 *  `score` ranks related claims (more shared entities first). */
export function classify(a: Claim, ra: SourceRecord, b: Claim, rb: SourceRecord, copies: boolean | (() => boolean)): Verdict | null {
  const RB = article(rb);
  const i = rb.claims.indexOf(b);
  return classifyWith(sideOf(a, ra), i >= 0 ? RB.facts[i] : factsOf(b, RB.admin, RB.names), RB, copies);
}

function classifyWith(A: Side, B: Facts, rb: Article, copies: boolean | (() => boolean)): Verdict | null {
  const F = A.F;
  const bound = A.bound;
  if (!F.f || !B.f || F.category !== B.category) return null;
  const where = whereCompatible(A, B, rb);
  const sides = !F.side || !B.side || F.side === B.side;
  // a copy, rewrite or translation gives one figure to one side, its original to another or none
  // (`struck more than 60 targets` / `more than 60 Houthi targets`): the same figure is the same claim
  if (!sides && F.measure === B.measure && F.unit === B.unit && overlap(F, B) && (typeof copies === 'function' ? copies() : copies)) return compareFigures(A, B, rb);
  if (F.measure === B.measure && F.unit === B.unit && sides && (where || bound)) {
    if (!bound) return compareFigures(A, B, rb);
    const m = contextMatch(F.c, A.R, B.c, rb, copies);
    if (m === 'same' || (m === 'copy' && overlap(F, B))) return compareFigures(A, B, rb);
    if (F.unit === 'length' && overlap(F, B) && lengthsAlike(A, B, rb)) return compareFigures(A, B, rb);
    return null;
  }
  if (!bound && F.rawUnit !== 'ratio' && B.rawUnit !== 'ratio' && (where || articlesShare(A, rb))) {
    const score = (where ? 2 : 0) + (F.side && F.side === B.side ? 1 : 0) + (F.measure && F.measure === B.measure ? 1 : 0) + (F.unit === B.unit ? 1 : 0);
    return new LazyVerdict('related', score, 'subject', F.c, F.f, B.c, B.f);
  }
  return null;
}

function compareFigures(A: Side, B: Facts, rb: Article): Verdict {
  const F = A.F;
  const a = F.c;
  const b = B.c;
  const fa = F.f!;
  const fb = B.f!;
  if (overlap(F, B)) {
    // a tally that overlaps one of another month but is not the same figure has moved on
    if (F.v !== B.v && tally(F)) {
      const pa = period(F, A.R);
      const pb = period(B, rb);
      if (pa && pb && !samePeriod(F, pa, B, pb)) return new LazyVerdict('updates', 0, 'later', a, fa, b, fb, pa, pb);
    }
    return new LazyVerdict('corroborates', 0, 'same', a, fa, b, fb);
  }
  const ratio = Math.max(F.v, B.v) / Math.max(Math.min(F.v, B.v), 1e-9);
  if (ratio > SERIES_RATIO) return new LazyVerdict('related', 1, 'scale', a, fa, b, fb);
  const pa = period(F, A.R);
  const pb = period(B, rb);
  if (pa && pb && !samePeriod(F, pa, B, pb)) return new LazyVerdict('updates', 0, 'later', a, fa, b, fb, pa, pb);
  // a year's figure and a month's are two quantities of one subject, not a disagreement
  if (pa && pb && yearAndPart(F, pa, B, pb)) return new LazyVerdict('related', 1, 'part', a, fa, b, fb, pa, pb);
  // one claimant's running tally on two days of a month moves on (`the General Staff said` on the
  // 3rd and on the 20th); two claimants' figures for that month disagree
  if (pa && pb && pa !== pb && pa.length === 10 && pb.length === 10) {
    const wa = claimantIn(A.R, F);
    const wb = claimantIn(rb, B);
    if (wa && wb && sameClaimant(wa, wb)) return new LazyVerdict('updates', 0, 'later', a, fa, b, fb, pa, pb);
  }
  if (pa && pb) return new LazyVerdict('conflicts', 0, 'period', a, fa, b, fb, pa, pb);
  if (a.attribution && b.attribution && !sameClaimant(a.attribution, b.attribution)) return new LazyVerdict('conflicts', 0, 'claimants', a, fa, b, fb);
  return new LazyVerdict('updates', 0, 'series', a, fa, b, fb);
}

const ref = (r: SourceRecord, c: Claim): ClaimRef => ({ doc: r.doc, text: c.text, start: c.start, end: c.end });

function meta(r: SourceRecord): SourceMeta {
  const m: SourceMeta = { id: r.id, doc: r.doc };
  if (r.url) m.url = r.url;
  if (r.outlet) m.outlet = r.outlet;
  if (r.title) m.title = r.title;
  if (r.published) m.published = r.published;
  if (r.language) m.language = r.language;
  return m;
}

/** Groups sources into independent origins (near-duplicates share one); returns id → origin. */
export function groupOrigins(sources: SourceRecord[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const sorted = [...sources].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const s of sorted) parent.set(s.id, s.id);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++)
      if (nearDuplicate(sorted[i], sorted[j])) {
        const x = find(sorted[i].id);
        const y = find(sorted[j].id);
        if (x !== y) parent.set(y < x ? x : y, y < x ? y : x);
      }
  const out = new Map<string, string>();
  for (const s of sorted) out.set(s.id, find(s.id));
  return out;
}

const ORDER: Record<RelationKind, number> = { corroborates: 0, conflicts: 1, updates: 2, related: 3 };

export interface LinkOptions {
  /** Relations listed per kind and claim (MAX_PER_KIND by default; `counts` cover all). */
  maxPerKind?: number;
  /** Relations come with an empty `reason`, worded by `wordReasons` when asked (a caller that
   *  shows only a few of the listed relations words only those). */
  deferReasons?: boolean;
  /** Filled with where the time went, ms by `now` (for benchmarks): the candidate lookups, the
   *  comparisons, the claimants inherited from copies, and the listed relations with their counts. */
  spans?: LinkSpans;
}

export interface LinkSpans {
  now: () => number;
  lookup?: number;
  compare?: number;
  inherit?: number;
  list?: number;
}

/** The reasons of relations made with `deferReasons`, until they are worded. */
const unworded = new WeakMap<Relation, { v: Verdict; why: string }>();

/** Words the reason of each of these relations made with `deferReasons` (in place; the others
 *  are left as they are). Returns the same array. */
export function wordReasons<R extends Relation>(relations: R[]): R[] {
  for (const r of relations) {
    const u = unworded.get(r);
    if (!u) continue;
    r.reason = u.v.reason() + u.why;
    unworded.delete(r);
  }
  return relations;
}

const noCounts = (): Record<RelationKind, number> => ({ corroborates: 0, conflicts: 0, updates: 0, related: 0 });

/** Links every claim of `page` to claims of other sources the index knows. Per claim, at most
 *  `maxPerKind` relations of each kind (MAX_RELATED related) are listed and built; `counts` and
 *  the independence count cover every compared candidate. */
export async function linkPage(page: SourceRecord, index: CandidateIndex, options: LinkOptions = {}): Promise<ClaimLinks[]> {
  const maxPerKind = options.maxPerKind ?? MAX_PER_KIND;
  const deferReasons = options.deferReasons === true;
  const maxRelated = Math.min(MAX_RELATED, maxPerKind);
  const out: ClaimLinks[] = [];
  const copies = (R: Article): boolean => {
    if (R.dupFor !== page) {
      R.dupFor = page;
      R.dup = nearDuplicate(page, R.r);
    }
    return R.dup!;
  };
  const pairDup = new Map<string, boolean>();
  const sourcesAlike = (x: SourceRecord, y: SourceRecord): boolean => {
    const k = x.id < y.id ? `${x.id}\u0000${y.id}` : `${y.id}\u0000${x.id}`;
    let v = pairDup.get(k);
    if (v === undefined) pairDup.set(k, (v = nearDuplicate(x, y)));
    return v;
  };
  // Page claims about one place and quantity look up the same keys: each lookup is asked once.
  const lookups = new Map<string, Promise<Candidate[]>>();
  const spans = options.spans;
  const span = (name: 'compare' | 'inherit' | 'list', t: number): number => {
    const now = spans ? spans.now() : 0;
    if (spans) spans[name] = (spans[name] ?? 0) + now - t;
    return now;
  };
  const lookup = async (keys: string[], limit: number, timed = true): Promise<Candidate[]> => {
    const k = `${limit}\u0000${keys.join('\u0000')}`;
    let v = lookups.get(k);
    if (!v) lookups.set(k, (v = index.candidates(keys, limit)));
    if (!spans || !timed) return v;
    const t = spans.now();
    const got = await v;
    spans.lookup = (spans.lookup ?? 0) + spans.now() - t;
    return got;
  };
  // Every claim's lookups are asked for at once, before the first is compared: a store that reads
  // candidate sources from disk (IndexedDB) reads them in parallel, not one claim after another.
  const keysOf: [string[], string[], string[]][] = page.claims.map((_, i) => [queryKeys(page, i), theatreKeys(page, i), relatedKeys(page, i)]);
  for (const [query, theatreK, relatedK] of keysOf) {
    if (query.length) void lookup(query, MAX_CANDIDATES, false).catch(() => undefined);
    if (theatreK.length) void lookup(theatreK, THEATRE_CANDIDATES, false).catch(() => undefined);
    if (relatedK.length) void lookup(relatedK, RELATED_CANDIDATES, false).catch(() => undefined);
  }
  for (let i = 0; i < page.claims.length; i++) {
    const a = page.claims[i];
    const relations: Relation[] = [];
    const found: Found[] = [];
    const A = sideOf(a, page);
    // the theatre pass may meet claims the first pass found (indexed under both): each once
    let seen: Set<Claim> | undefined;
    const consider = async (keys: string[], wantRelated: boolean, limit = MAX_CANDIDATES, again = false) => {
      if (!keys.length || !A.F.f) return; // a claim without a usable figure relates to nothing
      if (again) seen = new Set(found.map((f) => f.b));
      let budget = limit;
      for (const cand of await lookup(keys, limit)) {
        const rb = cand.source;
        if (rb.id === page.id) continue;
        const RB = article(rb);
        const copy = () => copies(RB);
        for (const j of cand.claims) {
          if (budget-- <= 0) return;
          // a lookup names each claim once, and a claim the first pass found is not related,
          // so the second pass cannot find it again
          const B = RB.facts[j];
          if (!B || (again && seen!.has(B.c))) continue;
          const v = classifyWith(A, B, RB, copy);
          // a claim of another side comes only through the related keys: there it may be a
          // copy's same claim (classifyWith)
          if (!v || ((v.relation === 'related') !== wantRelated && !(wantRelated && A.F.side && B.side && A.F.side !== B.side))) continue;
          // a related claim's claimant is asked for only when it is listed (make)
          found.push({ v, b: B.c, B, rb, RB, claimant: v.relation === 'related' ? undefined : claimantIn(RB, B) });
        }
      }
    };
    let t = spans ? spans.now() : 0;
    const [query, theatreK, relatedK] = keysOf[i];
    await consider(query, false);
    await consider(theatreK, false, THEATRE_CANDIDATES, true);
    await consider(relatedK, true, RELATED_CANDIDATES);
    if (spans) t = span('compare', t);
    inheritFromCopies(found, sourcesAlike);
    if (spans) t = span('inherit', t);

    const claimantA = claimantOf(page, a);
    const sameAsA = (who: string | undefined): boolean => (who && claimantA ? sameClaimantOnce(claimantA, who) : false);
    const from = new Map<Relation, SourceRecord>();
    const make = (f: Found, independent: boolean): Relation => {
      const why = independent ? '' : copies(f.RB) ? ' (a copy, rewrite or translation of this text)' : ` (both per ${f.claimant})`;
      const r: Relation = { a: ref(page, a), b: ref(f.rb, f.b), relation: f.v.relation, independent, reason: deferReasons ? '' : f.v.reason() + why, source: meta(f.rb), claim: f.b };
      if (deferReasons) unworded.set(r, { v: f.v, why });
      from.set(r, f.rb);
      return r;
    };
    const counts = noCounts();
    const unlisted: Counted[] = [];
    // the maxRelated best related claims (the first found among equal scores), as a stable sort
    // by score would put them first: only those are listed, the others are counted
    const related: Found[] = [];
    const listed = new Map<Relation, Found>();
    for (const f of found) {
      const kind = f.v.relation;
      if (kind === 'related') {
        counts.related++;
        if (maxRelated <= 0) continue;
        const score = f.v.score;
        if (related.length === maxRelated && related[maxRelated - 1].v.score >= score) continue;
        let at = related.length;
        while (at > 0 && related[at - 1].v.score < score) at--;
        related.splice(at, 0, f);
        if (related.length > maxRelated) related.pop();
      } else if (++counts[kind] <= maxPerKind) {
        const r = make(f, !copies(f.RB) && !sameAsA(f.claimant));
        listed.set(r, f);
        relations.push(r);
      } else if (kind === 'corroborates') unlisted.push({ relation: kind, independent: !copies(f.RB) && !sameAsA(f.claimant), source: f.rb, claim: f.b, claimant: f.claimant });
    }
    for (const f of related) {
      f.claimant = claimantIn(f.RB, f.B);
      relations.push(make(f, !copies(f.RB) && !sameAsA(f.claimant)));
    }
    relations.sort((x, y) => ORDER[x.relation] - ORDER[y.relation] || (x.b.doc < y.b.doc ? -1 : x.b.doc > y.b.doc ? 1 : x.b.start - y.b.start));
    const counted: Counted[] = relations.map((r) => ({ relation: r.relation, independent: r.independent, source: from.get(r) ?? r.b.doc, claim: r.claim, claimant: listed.get(r)?.claimant ?? r.claim?.attribution }));
    out.push({ claim: i, relations, counts, ...countSources([...counted, ...unlisted]) });
    if (spans) span('list', t);
  }
  if (spans?.lookup) spans.compare = (spans.compare ?? 0) - spans.lookup;
  return out;
}

/** A candidate claim that relates to the page claim, before it is listed or counted. */
interface Found {
  v: Verdict;
  b: Claim;
  B: Facts;
  rb: SourceRecord;
  /** rb's article (whether it copies the page is asked when the relation is listed or counted: copies). */
  RB: Article;
  /** Who stands behind b (claimantOf, or inherited from a copy of rb). */
  claimant: string | undefined;
}

/** Who stands behind claim c of article r: its attribution, else the attribution of another
 *  claim of the same article stating the same figure for the same quantity (a headline or
 *  summary repeating the body's `the General Staff said` figure). */
export function claimantOf(r: SourceRecord, c: Claim): string | undefined {
  if (c.attribution) return c.attribution;
  const R = article(r);
  const i = r.claims.indexOf(c);
  return claimantIn(R, i >= 0 ? R.facts[i] : factsOf(c, R.admin, R.names));
}

function claimantIn(R: Article, F: Facts): string | undefined {
  const c = F.c;
  if (c.attribution) return c.attribution;
  if (F.who !== undefined) return F.who ?? undefined;
  let who: string | undefined;
  const fc = F.f;
  if (fc)
    for (const D of R.facts) {
      const d = D.c;
      if (d === c || !d.attribution || !sameMeasure(c, d)) continue;
      const fd = D.f;
      if (fd && overlap(fc, fd)) {
        who = d.attribution;
        break;
      }
    }
  F.who = who ?? null;
  return who;
}

/** A copy, rewrite or translation repeats its original's claimant even where its own wording
 *  lost the attribution (`said its ministry of defence`): an unattributed candidate takes the
 *  claimant of the same figure in a near-duplicate source among the candidates. Bounded: a few
 *  same-figure claims are looked at per candidate. */
function inheritFromCopies(found: Found[], alike: (x: SourceRecord, y: SourceRecord) => boolean): void {
  // the attributed candidates by category, measure and unit (what sameMeasure needs besides the side)
  const attributed = new Map<string, Found[]>();
  for (const f of found) {
    if (!f.claimant || f.v.relation === 'related') continue;
    const k = measureKey(f.B);
    const list = attributed.get(k);
    if (list) list.push(f);
    else attributed.set(k, [f]);
  }
  if (!attributed.size) return;
  for (const f of found) {
    if (f.claimant || f.v.relation === 'related') continue;
    const ff = f.B.f;
    if (!ff) continue;
    let looked = 0;
    const side = f.b.side;
    // the same measure key: sameMeasure is the side's agreement
    for (const g of attributed.get(measureKey(f.B)) ?? []) {
      if (g.rb === f.rb || (side && g.b.side && side !== g.b.side)) continue;
      const fg = g.B.f;
      if (!fg || !overlap(ff, fg)) continue;
      if (++looked > 8) break;
      if (alike(f.rb, g.rb)) {
        f.claimant = g.claimant;
        break;
      }
    }
  }
}

/** What counting needs of a relation: its kind, flag, other source and claim. */
interface Counted {
  relation: RelationKind;
  independent: boolean;
  source: SourceRecord | string;
  claim?: Claim;
  /** Who stands behind the claim (claimantOf), when known. */
  claimant?: string;
}

/** "N independent sources (M reports)" among the corroborating relations of one claim: reports
 *  counts the other sources, N their independent origins — near-duplicates of each other count
 *  once, sources that only repeat one claimant count once, and copies of the page not at all. */
function countSources(relations: Counted[]): { independentSources: number; reports: number } {
  const corr = relations.filter((r) => r.relation === 'corroborates');
  const id = (r: Counted) => (typeof r.source === 'string' ? r.source : r.source.id);
  const recs = new Map<string, SourceRecord>();
  for (const r of corr) if (typeof r.source !== 'string') recs.set(r.source.id, r.source);
  const ids = new Set(corr.map(id));
  const origin = recs.size <= 200 ? groupOrigins([...recs.values()]) : new Map<string, string>();
  const groups = new Set<string>();
  for (const r of corr) {
    if (!r.independent) continue;
    const who = r.claimant ?? r.claim?.attribution;
    groups.add(who ? 'claimant:' + normClaimant(who) : 'origin:' + (origin.get(id(r)) ?? id(r)));
  }
  return { independentSources: groups.size, reports: ids.size };
}
