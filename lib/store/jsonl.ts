// Export and import of the library as JSON Lines, lossless, with per-line validation.
//
// Line 1 is a header {"crosscheck":"library","schema":N,"sources":COUNT}; every further line is
// one source record (record.ts). Import keeps every valid line and reports each bad one with its
// line number and what is wrong; a file without header is read as the current schema.
//
// Schema versions:
//   1  a source record without a text fingerprint (near-duplicates known only by URL); it could
//      carry the article `text`.
//   2  (current) records carry `fingerprint` (MinHash, base64) and never the text; a v1 line with
//      a `text` gets its fingerprint computed from it and the text dropped, a v1 line without one
//      stays without fingerprint.

import type { Claim } from '../model';
import { fingerprint } from '../claims/fingerprint';
import type { SourceRecord } from '../claims/record';

export const JSONL_SCHEMA = 2;

export interface LineError {
  line: number;
  message: string;
}

export interface ImportReport {
  records: SourceRecord[];
  errors: LineError[];
  /** Schema version the file declared (or assumed). */
  schema: number;
}

export function exportJsonl(records: Iterable<SourceRecord>): string {
  const list = [...records];
  const lines = [JSON.stringify({ crosscheck: 'library', schema: JSONL_SCHEMA, sources: list.length })];
  for (const r of list) lines.push(JSON.stringify(r));
  return lines.join('\n') + '\n';
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optStr = (o: Record<string, unknown>, k: string) => o[k] === undefined || typeof o[k] === 'string';
const numOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

function claimProblem(c: unknown, i: number): string | null {
  if (!isObj(c)) return `claims[${i}] is not an object`;
  if (typeof c.text !== 'string') return `claims[${i}].text must be a string`;
  if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || (c.end as number) < (c.start as number)) return `claims[${i}] needs integer start <= end`;
  for (const k of ['value', 'low', 'high', 'canonicalValue']) if (!numOrNull(c[k])) return `claims[${i}].${k} must be a number or null`;
  for (const k of ['approx', 'unit', 'category']) if (typeof c[k] !== 'string') return `claims[${i}].${k} must be a string`;
  for (const k of ['measure', 'side', 'where', 'when', 'attribution']) if (!optStr(c, k)) return `claims[${i}].${k} must be a string when present`;
  return null;
}

/** The record a parsed line holds, or a message saying what is wrong with it. */
export function validateRecord(x: unknown, schema = JSONL_SCHEMA): SourceRecord | string {
  if (!isObj(x)) return 'not a JSON object';
  if (typeof x.id !== 'string' || !x.id) return 'missing "id" (a non-empty string)';
  if (typeof x.doc !== 'string' || !x.doc) return 'missing "doc" (a non-empty string)';
  for (const k of ['url', 'outlet', 'title', 'published', 'language', 'fingerprint', 'updated']) if (!optStr(x, k)) return `"${k}" must be a string when present`;
  if (!Array.isArray(x.claims)) return '"claims" must be an array';
  for (let i = 0; i < x.claims.length; i++) {
    const p = claimProblem(x.claims[i], i);
    if (p) return p;
  }
  if (!Array.isArray(x.units) || !x.units.every((u) => isObj(u) && typeof u.name === 'string')) return '"units" must be an array of {name}';
  if (!Array.isArray(x.places) || !x.places.every((p) => isObj(p) && typeof p.name === 'string')) return '"places" must be an array of {name}';
  const rec = { ...x } as unknown as SourceRecord & { text?: unknown };
  if (schema < 2 && typeof rec.text === 'string') rec.fingerprint = fingerprint(rec.text);
  if ('text' in rec) delete rec.text;
  rec.claims = rec.claims as Claim[];
  return rec;
}

export function importJsonl(text: string): ImportReport {
  const errors: LineError[] = [];
  const records: SourceRecord[] = [];
  let schema = JSONL_SCHEMA;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      errors.push({ line: n + 1, message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (isObj(parsed) && parsed.crosscheck === 'library') {
      if (typeof parsed.schema !== 'number' || !Number.isInteger(parsed.schema) || parsed.schema < 1) {
        errors.push({ line: n + 1, message: 'header has no valid "schema" version' });
      } else if (parsed.schema > JSONL_SCHEMA) {
        errors.push({ line: n + 1, message: `schema ${parsed.schema} is newer than this version understands (${JSONL_SCHEMA}); lines are read as ${JSONL_SCHEMA}` });
      } else schema = parsed.schema;
      continue;
    }
    const r = validateRecord(parsed, schema);
    if (typeof r === 'string') errors.push({ line: n + 1, message: r });
    else records.push(r);
  }
  return { records, errors, schema };
}
