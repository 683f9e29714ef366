// The engine's one entry point: text in, Analysis out. Pure and synchronous (the gazetteer is
// loaded by the caller: from disk in Node, fetched lazily in the content script), so the CLI,
// the tests and the extension run exactly the same code.
//
// Order matters: units first (their spans shield numbers and place names inside formation
// names such as "Luhansk Operational Tactical Group" or "81st"), then places, then claims
// (which borrow places for `where` and units for attribution), then the page verdict, which
// uses the counts as evidence. Every extractor runs behind a guard: a bug in one kind of mark
// must not cost the reader the others, and nothing the engine returns may point outside the text.

import type { Analysis, AnalyzeInput, Claim, Mention, PlaceEntity, UnitEntity } from './model';
import { extractUnits } from './extract/units';
import { extractPlaces } from './extract/places';
import { extractClaims } from './extract/claims';
import { detectWarCoverage } from './extract/detect';
import type { Gazetteer } from './gazetteer/index';

export interface AnalyzeEnv {
  gazetteer: Gazetteer;
  /** Receives extractor failures (the analysis goes on without that kind of mark). */
  onError?: (stage: string, error: unknown) => void;
}

function guard<T>(stage: string, fallback: T, env: AnalyzeEnv, run: () => T): T {
  try {
    return run();
  } catch (error) {
    env.onError?.(stage, error);
    return fallback;
  }
}

const valid = (text: string, m: { text: string; start: number; end: number }): boolean =>
  Number.isInteger(m.start) &&
  Number.isInteger(m.end) &&
  m.start >= 0 &&
  m.end > m.start &&
  m.end <= text.length &&
  text.slice(m.start, m.end) === m.text;

/** Sorted, non-overlapping spans for "is this offset inside a unit name" checks. */
class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Mention[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const s of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start < this.ends[last]) {
        if (s.end > this.ends[last]) this.ends[last] = s.end;
        continue;
      }
      this.starts.push(s.start);
      this.ends.push(s.end);
    }
  }

  /** True when [start, end) lies wholly inside one indexed span. */
  covers(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= start) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && end <= this.ends[hi];
  }
}

function cleanUnits(text: string, units: UnitEntity[]): UnitEntity[] {
  const out: UnitEntity[] = [];
  for (const u of units) {
    const mentions = u.mentions.filter((m) => valid(text, m));
    if (mentions.length && u.name) out.push({ ...u, mentions });
  }
  return out;
}

function cleanPlaces(text: string, places: PlaceEntity[], unitSpans: SpanIndex): PlaceEntity[] {
  const out: PlaceEntity[] = [];
  for (const p of places) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const mentions = p.mentions.filter((m) => valid(text, m) && !unitSpans.covers(m.start, m.end));
    if (mentions.length && p.name) out.push({ ...p, mentions });
  }
  return out;
}

function cleanClaims(text: string, claims: Claim[], unitSpans: SpanIndex): Claim[] {
  return claims
    .filter((c) => valid(text, c) && !unitSpans.covers(c.start, c.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export function analyze(input: AnalyzeInput, env: AnalyzeEnv): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const units = cleanUnits(text, guard('units', [], env, () => extractUnits(text)));
  const unitSpans = new SpanIndex(units.flatMap((u) => u.mentions));
  const places = cleanPlaces(
    text,
    guard('places', [], env, () => extractPlaces(text, env.gazetteer)),
    unitSpans,
  );
  const claims = cleanClaims(
    text,
    guard('claims', [], env, () => extractClaims(text, { date: input.date, places, units })),
    unitSpans,
  );
  const warCoverage = guard(
    'detect',
    { isWarCoverage: false, score: 0, reasons: ['detection failed'] },
    env,
    () =>
      detectWarCoverage(text, { units: units.length, places: places.length, claims: claims.length }),
  );
  return { warCoverage, units, places, claims };
}
