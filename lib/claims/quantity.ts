// Quantities that compare: a claim's interval in its canonical unit, the key of "what is
// counted", and the words a reader sees for a figure.
//
// A claim stores value/low/high in the unit as stated (500 square miles) and canonicalValue in
// the canonical unit (1,295 km²); low and high are converted by the same factor
// (canonicalValue / value). Durations compare across hour/day/month/year (in days).
// One-sided hedges: `up to X` is [0, X] in the claim, but two "up to" figures are not the same
// figure because both intervals touch zero; for comparison the figure interval of an upper bound
// is [0.75·X, X] (a bound is stated close to what is meant). The claim record is not changed.

import type { Claim } from '../model';

/** Days per duration unit, so `seven months` and `a year` compare. */
const DAYS: Record<string, number> = { hour: 1 / 24, day: 1, month: 30.4375, year: 365.25 };

/** Counted nouns that name one thing (`16 sites` = `16 locations`, `vessels` = `ships`). */
const SAME_THING: Record<string, string> = { site: 'location', position: 'location', vessel: 'ship', boat: 'ship' };

/** The unit two claims must share to compare (durations share one; counted things compare by kind). */
export function unitKey(c: Claim): string {
  if (c.unit in DAYS) return 'duration';
  const u = c.kind ?? c.unit;
  return SAME_THING[u] ?? u;
}

export interface Figure {
  /** Canonical interval (the comparison interval). */
  lo: number;
  hi: number;
  /** Canonical point value. */
  v: number;
  /** Canonical unit label (km², km, days, people...). */
  unit: string;
}

/** Factor from the stated unit to the canonical one. */
function factor(c: Claim): number {
  if (c.value !== null && c.canonicalValue !== null && c.value !== 0) return c.canonicalValue / c.value;
  return 1;
}

const figureCache = new WeakMap<Claim, Figure | null>();

/** The canonical comparison interval of a claim, or null when it states no usable figure
 *  (memoised per claim object: stored claims are not mutated). */
export function figure(c: Claim): Figure | null {
  let f = figureCache.get(c);
  if (f === undefined) figureCache.set(c, (f = computeFigure(c)));
  return f;
}

function computeFigure(c: Claim): Figure | null {
  if (c.approx === 'vague' || c.value === null || c.canonicalValue === null) return null;
  if (c.unit === 'ratio') return null;
  let f = factor(c);
  let unit = c.unit;
  if (c.unit in DAYS) {
    f *= DAYS[c.unit];
    unit = 'day';
  }
  const v = c.value * f;
  let lo = (c.low ?? c.value) * f;
  let hi = (c.high ?? c.value) * f;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (c.approx === 'atMost' || c.approx === 'under') lo = Math.max(lo, 0.75 * hi);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !Number.isFinite(v)) return null;
  return { lo, hi, v, unit };
}

/** Relative tolerance for rounding: 1,171 vs 1,170 is the same figure. */
const EPS = 0.005;

export function overlap(a: Figure, b: Figure): boolean {
  const tol = EPS * Math.max(Math.abs(a.hi), Math.abs(b.hi));
  return a.lo <= b.hi + tol && b.lo <= a.hi + tol;
}

const LABEL: Record<string, string> = {
  km2: 'km²',
  km: 'km',
  person: 'people',
  usd: 'US$',
  percent: '%',
  day: 'days',
  tonne: 't',
};

/** One formatter for every figure (toLocaleString builds one per call; same output). */
let EN: Intl.NumberFormat | undefined;

export function num(n: number): string {
  const a = Math.abs(n);
  const r = a >= 100 ? Math.round(n) : a >= 10 ? Math.round(n * 10) / 10 : Math.round(n * 100) / 100;
  // whole numbers (most figures) grouped by hand: what en-US formatting gives, without its cost
  if (Number.isInteger(r) && Math.abs(r) < 1e15 && !Object.is(r, -0)) {
    let s = String(Math.abs(r));
    let out = '';
    while (s.length > 3) {
      out = ',' + s.slice(-3) + out;
      s = s.slice(0, -3);
    }
    return (r < 0 ? '-' : '') + s + out;
  }
  return (EN ??= new Intl.NumberFormat('en-US')).format(r);
}

/** `1,171 km²`, `1,165–1,295 km²`. */
export function showFigure(f: Figure): string {
  const u = LABEL[f.unit] ?? f.unit;
  const body = Math.abs(f.hi - f.lo) <= EPS * Math.abs(f.hi) ? num(f.v) : `${num(f.lo)}–${num(f.hi)}`;
  return u === '%' ? `${body}%` : `${body} ${u}`;
}
