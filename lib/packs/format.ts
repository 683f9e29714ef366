// Source packs: a JSON Lines file, one analysed source per line, that a library can import to
// start with something to link to (the demo pack ships in assets/packs/demo.jsonl).
//
// The line shape (version 1), compatible with lib/model.ts:
//
//   {"v":1,"meta":SourceMeta,"analysis":Analysis,"text":"...","provenance":{"kind":"pack","pack":"demo"}}
//
// - meta: SourceMeta (id and doc required; url, outlet, title, published, language optional).
// - analysis: Analysis exactly as `analyze()` returns it (warCoverage, units, places, claims).
// - text (optional): the analysed text; when present every claim's offsets must index it, so a
//   library can re-analyse the source after an engine upgrade.
// - provenance (optional): where the source came from (a pack, a feed, a page visit).
// A fingerprint (near-duplicate signature) is left to the library, which computes it on import.
// Lines may also be exactly a library's own export if it carries these fields; unknown fields are
// ignored. Pure: no DOM, no Node API.

import type { Analysis, SourceMeta } from '../model';

export const PACK_VERSION = 1;

export interface PackProvenance {
  kind: 'pack' | 'feed' | 'page' | 'search';
  /** Pack name, feed URL, ... */
  pack?: string;
  feed?: string;
}

export interface PackSource {
  v: number;
  meta: SourceMeta;
  analysis: Analysis;
  text?: string;
  provenance?: PackProvenance;
}

export interface PackLineError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface ParsedPack {
  sources: PackSource[];
  errors: PackLineError[];
}

export const PACK_LIMITS = { lineChars: 2_000_000, lines: 100_000 };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numOrNull = (v: unknown) => v === null || isNum(v);

function checkMeta(m: unknown): string | undefined {
  if (!isObj(m)) return '"meta" is missing or not an object';
  if (typeof m.id !== 'string' || !m.id) return '"meta.id" must be a non-empty string';
  if (typeof m.doc !== 'string' || !m.doc) return '"meta.doc" must be a non-empty string';
  for (const k of ['url', 'outlet', 'title', 'published', 'language']) {
    if (m[k] !== undefined && typeof m[k] !== 'string') return `"meta.${k}" must be a string`;
  }
  if (typeof m.published === 'string' && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(m.published)) return '"meta.published" must be an ISO date';
  return undefined;
}

function checkClaim(c: unknown, i: number, text: string | undefined): string | undefined {
  if (!isObj(c)) return `claim ${i} is not an object`;
  if (typeof c.text !== 'string' || !Number.isInteger(c.start) || !Number.isInteger(c.end) || (c.end as number) <= (c.start as number)) return `claim ${i} has no valid text and offsets`;
  if (!numOrNull(c.value) || !numOrNull(c.low) || !numOrNull(c.high) || !numOrNull(c.canonicalValue)) return `claim ${i} has a non-numeric value`;
  if (typeof c.unit !== 'string' || typeof c.category !== 'string' || typeof c.approx !== 'string') return `claim ${i} lacks unit, category or approx`;
  if (text !== undefined && text.slice(c.start as number, c.end as number) !== c.text) return `claim ${i} ("${String(c.text).slice(0, 40)}") does not match the text at its offsets`;
  return undefined;
}

function checkAnalysis(a: unknown, text: string | undefined): string | undefined {
  if (!isObj(a)) return '"analysis" is missing or not an object';
  const wc = a.warCoverage;
  if (!isObj(wc) || typeof wc.isWarCoverage !== 'boolean' || !isNum(wc.score) || !Array.isArray(wc.reasons)) return '"analysis.warCoverage" is malformed';
  if (!Array.isArray(a.units) || !Array.isArray(a.places) || !Array.isArray(a.claims)) return '"analysis" needs units, places and claims lists';
  for (const [i, p] of a.places.entries()) {
    if (!isObj(p) || typeof p.name !== 'string' || !isNum(p.lat) || !isNum(p.lon)) return `place ${i} lacks name or coordinates`;
  }
  for (const [i, u] of a.units.entries()) if (!isObj(u) || typeof u.name !== 'string') return `unit ${i} lacks a name`;
  for (const [i, c] of a.claims.entries()) {
    const e = checkClaim(c, i, text);
    if (e) return e;
  }
  return undefined;
}

export type PackLineResult = { ok: true; source: PackSource } | { ok: false; message: string };

/** One line of a pack; every problem is a message, never a throw. */
export function parsePackLine(line: string): PackLineResult {
  if (line.length > PACK_LIMITS.lineChars) return { ok: false, message: `line is longer than ${PACK_LIMITS.lineChars} characters` };
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { ok: false, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isObj(data)) return { ok: false, message: 'not a JSON object' };
  if (data.v !== undefined && data.v !== PACK_VERSION) return { ok: false, message: `pack format version ${JSON.stringify(data.v)} is not supported (expected ${PACK_VERSION})` };
  const text = typeof data.text === 'string' ? data.text : undefined;
  const problem = checkMeta(data.meta) ?? checkAnalysis(data.analysis, text);
  if (problem) return { ok: false, message: problem };
  const source: PackSource = { v: PACK_VERSION, meta: data.meta as unknown as SourceMeta, analysis: data.analysis as unknown as Analysis };
  if (text !== undefined) source.text = text;
  if (isObj(data.provenance) && typeof data.provenance.kind === 'string') source.provenance = data.provenance as unknown as PackProvenance;
  return { ok: true, source };
}

/** A whole pack file: good lines become sources, bad ones are listed with their line number. */
export function parsePack(content: string): ParsedPack {
  const sources: PackSource[] = [];
  const errors: PackLineError[] = [];
  const ids = new Set<string>();
  const lines = content.replace(/^\ufeff/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (sources.length + errors.length >= PACK_LIMITS.lines) {
      errors.push({ line: i + 1, message: `the pack has more than ${PACK_LIMITS.lines} sources; the rest were not read` });
      break;
    }
    const r = parsePackLine(line);
    if (!r.ok) errors.push({ line: i + 1, message: r.message });
    else if (ids.has(r.source.meta.id)) errors.push({ line: i + 1, message: `duplicate source id ${r.source.meta.id}` });
    else {
      ids.add(r.source.meta.id);
      sources.push(r.source);
    }
  }
  return { sources, errors };
}

/** One source as a pack line (no trailing newline). Key order is fixed so packs diff cleanly. */
export function serializePackSource(s: PackSource): string {
  const out: Record<string, unknown> = { v: PACK_VERSION, meta: s.meta, analysis: s.analysis };
  if (s.text !== undefined) out.text = s.text;
  if (s.provenance) out.provenance = s.provenance;
  return JSON.stringify(out);
}

export function serializePack(sources: readonly PackSource[]): string {
  return sources.map(serializePackSource).join('\n') + (sources.length ? '\n' : '');
}

/** Counts of a parsed pack, for a "this pack added N sources, M claims" summary. */
export function packSummary(pack: ParsedPack): { sources: number; claims: number; warCoverage: number; errors: number } {
  let claims = 0;
  let war = 0;
  for (const s of pack.sources) {
    claims += s.analysis.claims.length;
    if (s.analysis.warCoverage.isWarCoverage) war++;
  }
  return { sources: pack.sources.length, claims, warCoverage: war, errors: pack.errors.length };
}

