// The shipped demo pack (assets/packs/demo.jsonl) is built from assets/packs/demo/*.txt by
// scripts/build-pack.mjs. These tests rebuild it in memory and compare, and check that the
// articles relate the way the demo is meant to show: corroborating figures in other units or
// wording, a conflict for the same period, cumulative tallies reported later, and one article
// from another war that relates to none of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPackFromDir, leadDate } from '../../../lib/packs/build-node';
import { parsePack, serializePack, type PackSource } from '../../../lib/packs/format';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import type { Claim } from '../../../lib/model';

const dir = new URL('../../../assets/packs/demo', import.meta.url).pathname;
const packFile = new URL('../../../assets/packs/demo.jsonl', import.meta.url);

describe('demo pack', () => {
  it('is up to date with its articles (run `node scripts/build-pack.mjs` after editing them)', async () => {
    const rebuilt = serializePack(await buildPackFromDir(dir, { name: 'demo', gazetteer: loadGazetteer(), outlet: 'Crosscheck demo pack' }));
    const shipped = readFileSync(packFile, 'utf8');
    const stale = rebuilt.split('\n').map((line, i) => (line === shipped.split('\n')[i] ? undefined : (JSON.parse(line || '{}').meta?.doc ?? `line ${i + 1}`))).filter(Boolean);
    expect(stale, 'stale lines in assets/packs/demo.jsonl').toEqual([]);
    expect(shipped).toBe(rebuilt);
  });

  const pack = parsePack(readFileSync(packFile, 'utf8'));
  const byFile = (name: string): PackSource => pack.sources.find((s) => s.meta.doc === `demo/${name}`)!;
  const claim = (file: string, text: string): Claim => {
    const c = byFile(file).analysis.claims.find((x) => x.text === text);
    if (!c) throw new Error(`no claim "${text}" in ${file}`);
    return c;
  };
  /** The interval in canonical units. */
  const span = (c: Claim): [number, number] => {
    const k = c.value ? (c.canonicalValue ?? c.value) / c.value : 1;
    return [(c.low ?? 0) * k, (c.high ?? 0) * k];
  };
  const sameQuantity = (a: Claim, b: Claim) => a.category === b.category && a.measure === b.measure && a.side === b.side && a.where === b.where && a.unit === b.unit;
  const overlap = (a: Claim, b: Claim) => span(a)[0] <= span(b)[1] && span(b)[0] <= span(a)[1];
  const month = (c: Claim) => c.when?.slice(0, 7);

  it('every line parses into a dated, titled war-coverage source with claims that index its text', () => {
    expect(pack.errors).toEqual([]);
    expect(pack.sources).toHaveLength(10);
    for (const s of pack.sources) {
      expect(s.meta).toMatchObject({ id: `pack:${s.meta.doc}`, outlet: 'Crosscheck demo pack', language: 'en' });
      expect(s.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.meta.title).toBeTruthy();
      expect(s.analysis.warCoverage.isWarCoverage).toBe(true);
      expect(s.analysis.claims.length).toBeGreaterThan(0);
      for (const c of s.analysis.claims) expect(s.text!.slice(c.start, c.end)).toBe(c.text);
      expect(s.provenance).toEqual({ kind: 'pack', pack: 'demo' });
    }
  });

  it.each([
    ['01-kursk-incursion-syrskyi.txt', 'about 1,000 square kilometres', '02-kursk-salient-square-miles.txt', 'nearly 400 square miles'],
    ['07-pokrovsk-approach.txt', 'within 6 kilometres', '08-pokrovsk-four-miles.txt', 'about four miles'],
    ['09-kupiansk-tanks.txt', 'a dozen tanks', '08-pokrovsk-four-miles.txt', '12 tanks'],
  ])('corroborates: %s "%s" ~ %s "%s"', (fa, ta, fb, tb) => {
    const a = claim(fa, ta);
    const b = claim(fb, tb);
    expect(sameQuantity(a, b)).toBe(true);
    expect(month(a)).toBe(month(b));
    expect(overlap(a, b)).toBe(true);
  });

  it('conflicts: Gerasimov\'s 67,000 and an independent 20,000 for Ukrainian casualties in Kursk Oblast, same month', () => {
    const a = claim('05-sudzha-recaptured.txt', 'more than 67,000 Ukrainian troops');
    const b = claim('06-kursk-losses-dispute.txt', 'about 20,000 Ukrainian troops');
    expect(sameQuantity(a, b)).toBe(true);
    expect(a).toMatchObject({ category: 'casualties', measure: 'killedOrWounded', side: 'ua', where: 'Kursk Oblast' });
    expect(month(a)).toBe(month(b));
    expect(overlap(a, b)).toBe(false);
    expect([a.attribution, b.attribution]).toEqual(['Gerasimov', 'Frontelligence']);
  });

  it.each([
    ['03-kursk-russian-losses-november.txt', 'About 20,000 Russian troops', '04-kursk-russian-losses-january.txt', 'More than 38,000 Russian troops'],
    ['01-kursk-incursion-syrskyi.txt', 'about 1,000 square kilometres', '05-sudzha-recaptured.txt', 'less than 100 square kilometres'],
  ])('updates: %s "%s" then later %s "%s"', (fa, ta, fb, tb) => {
    const a = claim(fa, ta);
    const b = claim(fb, tb);
    expect(sameQuantity(a, b)).toBe(true);
    expect(month(b)! > month(a)!).toBe(true);
  });

  it('the article from another war shares no quantity with the Ukrainian ones', () => {
    const sudan = byFile('10-el-fasher-zamzam.txt').analysis;
    expect(sudan.places.map((p) => p.country)).not.toContain('UA');
    const others = pack.sources.filter((s) => !s.meta.doc.includes('zamzam')).flatMap((s) => s.analysis.claims);
    for (const c of sudan.claims) expect(others.filter((o) => sameQuantity(o, c) && o.where)).toEqual([]);
  });

  it.each([
    ['Title\n12 August 2024 — KYIV, text', '2024-08-12'],
    ['Title\n\n5 January 2025', '2025-01-05'],
    ['Title\n2025-03-13\n', '2025-03-13'],
    ['Title\n\nOn 12 August 2024 troops crossed', undefined],
    ['Title\n12 Smarch 2024', undefined],
  ])('leadDate(%j)', (text, date) => {
    expect(leadDate(text)).toBe(date);
  });
});
