// Claims on fixtures of our own writing in the styles the held-out set uses (wire copy from Gaza,
// a Sudan think-tank note, a translated General Staff bulletin with space-grouped numbers, a Red
// Sea live blog, German-style number formats). Each NAME.gold.json lists the claims a careful
// reader would mark (optional ones count neither way) and strings that must stay unmarked.
// Matching mirrors the shared scorer: spans overlap by containment and their digits agree.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import type { Claim } from '../../../lib/model';

interface GoldClaim {
  surface: string;
  value: number | null;
  unit: string;
  optional?: boolean;
  unitOptional?: boolean;
  measure?: string;
  side?: string;
  attribution?: string;
}
interface Gold {
  claims: GoldClaim[];
  absent: string[];
}

const DIR = join(__dirname, '../../fixtures/claims');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const digits = (s: string): string => s.replace(/\D/g, '');
const matches = (c: Claim, g: GoldClaim): boolean => {
  const a = norm(c.text);
  const b = norm(g.surface);
  if (!a || !b || !(a.includes(b) || b.includes(a))) return false;
  const da = digits(c.text);
  const db = digits(g.surface);
  return !da || !db || da.includes(db) || db.includes(da);
};

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
  const claims = extractClaims(text, { date: '2025-07-12' });

  it('finds the claims a reader would mark, with value and unit', () => {
    const used = new Set<number>();
    const misses: string[] = [];
    let found = 0;
    let required = 0;
    for (const g of gold.claims) {
      const i = claims.findIndex((c, k) => !used.has(k) && matches(c, g));
      if (!g.optional) required++;
      if (i < 0) {
        if (!g.optional) misses.push(`missed: ${g.surface}`);
        continue;
      }
      used.add(i);
      if (g.optional) continue;
      found++;
      const c = claims[i];
      const v = c.canonicalValue ?? c.value;
      if (g.value === null ? v !== null : v === null || Math.abs(v - g.value) > Math.max(0.011 * Math.abs(g.value), 0.5)) misses.push(`value: ${g.surface} got ${v}`);
      if (!g.unitOptional && c.unit !== g.unit) misses.push(`unit: ${g.surface} got ${c.unit}`);
      if (g.measure && c.measure !== g.measure) misses.push(`measure: ${g.surface} got ${c.measure}`);
      if (g.side && c.side !== g.side) misses.push(`side: ${g.surface} got ${c.side}`);
      if (g.attribution && !(c.attribution && norm(c.attribution).includes(norm(g.attribution)))) misses.push(`attribution: ${g.surface} got ${c.attribution}`);
    }
    const extra = claims.filter((c, k) => !used.has(k) && !gold.claims.some((g) => matches(c, g))).map((c) => `extra: ${c.text}`);
    expect([...misses, ...extra]).toEqual([]);
    expect(found).toBe(required);
  });

  it('leaves dates, times and codes unmarked', () => {
    for (const s of gold.absent) {
      const at = text.indexOf(s);
      expect(at, s).toBeGreaterThanOrEqual(0);
      const hit = claims.find((c) => c.start < at + s.length && c.end > at && digits(c.text) && digits(s).includes(digits(c.text)));
      expect(hit?.text, s).toBeUndefined();
    }
  });
});
