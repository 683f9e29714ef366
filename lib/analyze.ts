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
import { extractUnits, unitMemory, type UnitMemory } from './extract/units';
import { extractPlaces, placeMemory, type PlaceMemory } from './extract/places';
import { extractClaims } from './extract/claims';
import { mergeWarScans, scanWarWords, scoreWarScan, type WarScan } from './extract/detect';
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
  typeof m.text === 'string' &&
  m.text.length === m.end - m.start &&
  text.startsWith(m.text, m.start); // (the slice compared without making it)

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

/**
 * Long texts (live blogs, pasted transcripts) are read in paragraph-aligned chunks of about this
 * many characters. The token arrays of a whole megabyte outlive the young generation and make
 * garbage collection grow faster than the text; per chunk, working memory stays bounded and the
 * cost linear. What earlier chunks found is carried to the later ones: the units named (so that
 * `the 81st` or an acronym in chunk 3 is the unit named in chunk 1), the places' country and
 * region evidence and the people named; the page verdict is scored over the word passes of all
 * chunks. Claims read their own chunk only. Articles are far shorter.
 */
export const CHUNK_CHARS = 50_000;

/** Chunk boundaries: cut at the last line break before the limit, else a sentence end, else a space. */
export function chunkBounds(text: string, size = CHUNK_CHARS): number[] {
  const bounds = [0];
  let at = 0;
  while (text.length - at > size) {
    const limit = at + size;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= at + size / 2) {
      const dot = text.lastIndexOf('. ', limit);
      cut = dot > at + size / 2 ? dot + 2 : text.lastIndexOf(' ', limit);
    } else cut += 1;
    if (cut <= at + size / 2) {
      cut = limit;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff) cut--; // never split a surrogate pair
    }
    bounds.push(cut);
    at = cut;
  }
  bounds.push(text.length);
  return bounds;
}

const shift = (m: Mention, by: number): Mention => ({ text: m.text, start: m.start + by, end: m.end + by });

interface Marks {
  units: UnitEntity[];
  places: PlaceEntity[];
  claims: Claim[];
}

/** The page detector's word pass over the chunks read so far (or the error it threw), and units. */
interface DetectScan {
  scan?: WarScan;
  error?: unknown;
  unitNames?: string[];
}

/** What the chunks read so far found, for the chunks after them. */
interface ChunkMemory {
  units: UnitMemory;
  places: PlaceMemory;
}

function analyzeChunk(text: string, date: string | undefined, env: AnalyzeEnv, detect: DetectScan, memory?: ChunkMemory): Marks {
  let found: UnitEntity[] | undefined;
  const units = cleanUnits(text, guard('units', [], env, () => (found = extractUnits(text, memory?.units))));
  // the detector reads the units' word tokens: right now they are still in the cache
  if (found && !memory) detect.unitNames = found.map((u) => u.name);
  if (detect.error === undefined) {
    try {
      const scan = scanWarWords(text);
      detect.scan = detect.scan ? mergeWarScans(detect.scan, scan) : scan;
    } catch (error) {
      detect.error = error;
    }
  }
  const unitSpans = new SpanIndex(units.flatMap((u) => u.mentions));
  const places = cleanPlaces(
    text,
    guard('places', [], env, () => extractPlaces(text, env.gazetteer, memory ? { memory: memory.places } : undefined)),
    unitSpans,
  );
  const claims = cleanClaims(
    text,
    guard('claims', [], env, () => extractClaims(text, { date, places, units })),
    unitSpans,
  );
  return { units, places, claims };
}

/** Chunk results in text order: entities of one name (places of one id) merged, offsets shifted. */
function mergeChunks(parts: Array<{ at: number; marks: Marks }>): Marks {
  const units: UnitEntity[] = [];
  const places: PlaceEntity[] = [];
  const claims: Claim[] = [];
  const unitBy = new Map<string, UnitEntity>();
  const placeBy = new Map<string, PlaceEntity>();
  for (const { at, marks } of parts) {
    for (const u of marks.units) {
      const mentions = u.mentions.map((m) => shift(m, at));
      const known = unitBy.get(u.name);
      if (known) {
        known.mentions.push(...mentions);
        if (!known.side && u.side) known.side = u.side;
      } else {
        const e = { ...u, mentions };
        unitBy.set(u.name, e);
        units.push(e);
      }
    }
    for (const p of marks.places) {
      const mentions = p.mentions.map((m) => shift(m, at));
      const key = p.id ?? `${p.name}@${p.lat},${p.lon}`;
      const known = placeBy.get(key);
      if (known) known.mentions.push(...mentions);
      else {
        const e = { ...p, mentions };
        placeBy.set(key, e);
        places.push(e);
      }
    }
    for (const c of marks.claims) claims.push({ ...c, start: c.start + at, end: c.end + at });
  }
  return { units, places, claims };
}

export function analyze(input: AnalyzeInput, env: AnalyzeEnv): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const bounds = chunkBounds(text);
  let marks: Marks;
  const detect: DetectScan = {};
  if (bounds.length <= 2) marks = analyzeChunk(text, input.date, env, detect);
  else {
    const memory: ChunkMemory = { units: unitMemory(text), places: placeMemory() };
    const parts: Array<{ at: number; marks: Marks }> = [];
    for (let k = 0; k + 1 < bounds.length; k++)
      parts.push({ at: bounds[k], marks: analyzeChunk(text.slice(bounds[k], bounds[k + 1]), input.date, env, detect, memory) });
    marks = mergeChunks(parts);
    detect.unitNames = marks.units.map((u) => u.name);
  }
  const { units, places, claims } = marks;
  // the verdict weighs the word passes of the whole text
  const warCoverage = guard(
    'detect',
    { isWarCoverage: false, score: 0, reasons: ['detection failed'] },
    env,
    () => {
      if (detect.error !== undefined) throw detect.error;
      const scan = detect.scan ?? scanWarWords(text);
      const names = detect.unitNames;
      return scoreWarScan(text, scan, { units: units.length, places: places.length, claims: claims.length, date: input.date }, names ? () => names : undefined);
    },
  );
  return { warCoverage, units, places, claims };
}
