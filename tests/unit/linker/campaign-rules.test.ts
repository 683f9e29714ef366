// Linker rules learnt from the second linking cluster (tests/fixtures/link2, a campaign at sea):
// counts of named things, periods by month, tallies that move on, year vs month figures,
// distances without a side, claimant spellings, short independent reports, seas as theatres,
// copies that give a figure another side, and counted nouns that name one thing.
import { describe, expect, it } from 'vitest';
import type { Claim, RelationKind } from '../../../lib/model';
import { linkPage, sameClaimant } from '../../../lib/claims/linker';
import { contextBound, type SourcePlace, type SourceRecord } from '../../../lib/claims/record';
import { NEAR_DUPLICATE, duplicateSignatures, fingerprint, minhash, signatureCardinality, signatureSimilarity, decodeSignature } from '../../../lib/claims/fingerprint';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryLibrary } from '../../../lib/store/library';

const claim = (c: Partial<Claim> & Pick<Claim, 'text' | 'value' | 'unit' | 'category'>): Claim => ({
  start: 0,
  end: c.text.length,
  low: c.value,
  high: c.value,
  approx: 'exact',
  canonicalValue: c.value,
  ...c,
});

const RED_SEA: SourcePlace = { name: 'Red Sea', id: 'f:redse', country: 'YE' };
const MOKHA: SourcePlace = { name: 'Mokha', id: 's:YE:moha', admin: 'Taiz Governorate', country: 'YE' };
const ADEN: SourcePlace = { name: 'Aden', id: 'g:415189', admin: "'Adan Governorate", country: 'YE' };
const POKROVSK: SourcePlace = { name: 'Pokrovsk', id: 'g:1', admin: 'Donetsk Oblast', country: 'UA' };

const source = (id: string, claims: Claim[], places: SourcePlace[] = [RED_SEA], extra: Partial<SourceRecord> = {}): SourceRecord => ({ id, doc: id, claims, units: [], places, ...extra });

const attacks = (text: string, value: number, extra: Partial<Claim> = {}) => claim({ text, value, unit: 'attack', category: 'other', side: 'ye', ...extra });

/** The relation the page's first claim has to `other`'s claims (undefined: none listed). */
async function relationOf(page: SourceRecord, other: SourceRecord): Promise<{ relation: RelationKind; independent: boolean; reason: string } | undefined> {
  const lib = new MemoryLibrary();
  await lib.put(other);
  await lib.put(page);
  const [first] = await linkPage(page, lib);
  const r = first?.relations.find((x) => x.b.doc === other.doc);
  return r && { relation: r.relation, independent: r.independent, reason: r.reason };
}

describe('counts of named things in category other', () => {
  it.each([
    ['attack', true],
    ['location', true],
    ['tonne', true],
    ['item', false],
    ['percent', false],
  ])('a count of %s is scoped by place like equipment: %s', (unit, scoped) => {
    expect(contextBound({ category: 'other', unit })).toBe(!scoped);
  });

  it('compares two trackers’ counts of attacks for the same day as a conflict', async () => {
    const page = source('a', [attacks('27 attacks', 27, { where: 'Red Sea', when: '2024-01-12', attribution: 'U.S. Central Command' })]);
    const other = source('b', [attacks('34 Houthi attacks', 34, { when: '2024-01-12', attribution: 'Seaward Risk' })]);
    expect((await relationOf(page, other))?.relation).toBe('conflicts');
  });

  it('still keeps an unnamed count apart when no place ties the two', async () => {
    const page = source('a', [claim({ text: '2,300', value: 2300, unit: 'item', category: 'other' })], [MOKHA]);
    const other = source('b', [claim({ text: '2,300', value: 2300, unit: 'item', category: 'other' })], [ADEN]);
    expect(await relationOf(page, other)).toBeUndefined();
  });
});

describe('periods and tallies', () => {
  const killed = (text: string, value: number, when: string, attribution?: string) =>
    claim({ text, value, unit: 'person', category: 'casualties', measure: 'killed', where: 'Aden', when, ...(attribution ? { attribution } : {}) });

  it.each<[string, Claim, Claim, RelationKind]>([
    ['two reports a day apart in one month conflict', killed('Three crew members', 3, '2024-03-07', 'U.S. Central Command'), killed('Two crew members', 2, '2024-03-06', 'the ship’s manager'), 'conflicts'],
    ['one claimant’s toll on two days of a month moves on', killed('Three crew members', 3, '2024-03-07', 'U.S. Central Command'), killed('Five crew members', 5, '2024-03-20', 'CENTCOM'), 'updates'],
    ['a larger toll months later is an update', killed('Three crew members', 3, '2024-03-07'), killed('30 crew members', 30, '2024-09-02'), 'updates'],
    [
      'an overlapping but different tally of another month is an update',
      attacks('more than 50 attacks', 50, { low: 50, high: 60, approx: 'over', where: 'Aden', when: '2024-02-20' }),
      attacks('about 60 attacks', 60, { low: 54, high: 66, approx: 'about', where: 'Aden', when: '2024-03-07' }),
      'updates',
    ],
    ['the same tally repeated in another month corroborates', attacks('27 attacks', 27, { where: 'Aden', when: '2024-01-12' }), attacks('27 attacks', 27, { where: 'Aden', when: '2024-02-02' }), 'corroborates'],
    [
      'an overlapping distance of another month corroborates (a distance is no tally)',
      claim({ text: 'about 3,500 nautical miles', value: 3500, low: 3150, high: 3850, approx: 'about', unit: 'km', canonicalValue: 6482, category: 'distance', where: 'Aden', when: '2024-01-12' }),
      claim({ text: 'rund 6.500 Kilometer', value: 6500, low: 5850, high: 7150, approx: 'about', unit: 'km', category: 'distance', where: 'Aden', when: '2024-06-13' }),
      'corroborates',
    ],
  ])('%s', async (_label, a, b, want) => {
    expect((await relationOf(source('a', [a], [ADEN]), source('b', [b], [ADEN])))?.relation).toBe(want);
  });

  it('reads a year’s figure against a month’s as related, not a conflict', async () => {
    const usd = (text: string, value: number, when: string) => claim({ text, value, unit: 'usd', category: 'cost', where: 'Aden', when });
    const r = await relationOf(source('a', [usd('$428 million', 428e6, '2024-01')], [ADEN]), source('b', [usd('about $6 billion', 6e9, '2024')], [ADEN]));
    expect(r?.relation).toBe('related');
    expect(r?.reason).toMatch(/year/);
  });
});

describe('distances', () => {
  const km = (text: string, value: number, extra: Partial<Claim> = {}) => claim({ text, value, low: value * 0.9, high: value * 1.1, approx: 'about', unit: 'km', category: 'distance', ...extra });

  it('matches a distance to a town whether or not one report gives it a side', async () => {
    const page = source('a', [km('about 35 nautical miles', 64.8, { canonicalValue: 64.8, where: 'Mokha', side: 'ye' })], [MOKHA]);
    const other = source('b', [km('about 65 kilometres', 65, { where: 'Mokha' })], [MOKHA]);
    expect((await relationOf(page, other))?.relation).toBe('corroborates');
  });

  it('does not read a placeless distance as the distance to a town its article already gives', async () => {
    const slick = km('some 18 miles', 29, { canonicalValue: 29 });
    const page = source('a', [slick, km('about 35 nautical miles', 64.8, { where: 'Mokha' })], [MOKHA]);
    const other = source('b', [km('about 65 kilometres', 65, { where: 'Mokha' })], [MOKHA]);
    expect(await relationOf(page, other)).toBeUndefined();
  });
});

describe('claimant spellings', () => {
  it.each([
    ['U.S. Central Command', 'US Central Command', true],
    ['CENTCOM', 'U.S. Central Command', true],
    ['US-Zentralkommando', 'US Central Command', true],
    ['UK Maritime Trade Operations agency (UKMTO)', 'UKMTO', true],
    ['US Central Command', 'Russia’s defence ministry', false],
    ['Seaward Risk', 'U.S. Central Command', false],
    ['Yahya Saree', 'US Central Command', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameClaimant(a, b)).toBe(same);
  });
});

describe('near-duplicates of short reports', () => {
  // two independent short reports of one attack (tests/fixtures/link2): they share its names and
  // stock phrases, about a tenth of their word pairs, which alone would pass NEAR_DUPLICATE
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/link2');
  const first = readFileSync(join(dir, '006_true_confidence_march.txt'), 'utf8');
  const second = readFileSync(join(dir, '007_early_report_march.txt'), 'utf8');
  const copy = readFileSync(join(dir, '000_wire_january.txt'), 'utf8');
  const syndicated = readFileSync(join(dir, '002_syndicated_january.txt'), 'utf8');
  const rewrite = readFileSync(join(dir, '001_rewrite_january.txt'), 'utf8');

  it('does not take two independent short reports of one event for copies', () => {
    expect(signatureSimilarity(minhash(first), minhash(second))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(duplicateSignatures(minhash(first), minhash(second))).toBe(false);
  });

  it.each([
    ['a syndicated copy', syndicated],
    ['a rewrite', rewrite],
  ])('still takes %s for a copy', (_label, text) => {
    expect(duplicateSignatures(minhash(copy), minhash(text))).toBe(true);
  });

  it('estimates how many word pairs a signature stands for', () => {
    const words = Array.from({ length: 400 }, (_, i) => `q${i.toString(36)}`).join(' ');
    const n = signatureCardinality(decodeSignature(fingerprint(words))!);
    expect(n).toBeGreaterThan(399 * 0.8);
    expect(n).toBeLessThan(399 * 1.2);
  });
});

describe('seas as theatres', () => {
  it('links a figure for the Red Sea with a placeless one from a report on Yemen’s coast', async () => {
    const page = source('a', [attacks('more than 50 attacks', 50, { low: 50, high: 60, approx: 'over', when: '2024-02-20' })], [MOKHA]);
    const other = source('b', [attacks('27 attacks', 27, { where: 'Red Sea', when: '2024-01-12' })], [RED_SEA, ADEN]);
    expect((await relationOf(page, other))?.relation).toBe('updates');
    // and the other way round
    expect((await relationOf(other, page))?.relation).toBe('updates');
  });

  it('does not link it with a placeless figure from a report about another country', async () => {
    const page = source('a', [attacks('more than 50 attacks', 50, { low: 50, high: 60, approx: 'over', side: undefined, when: '2024-02-20' })], [POKROVSK]);
    const other = source('b', [attacks('27 attacks', 27, { where: 'Red Sea', side: undefined, when: '2024-01-12' })], [RED_SEA]);
    expect(await relationOf(page, other)).toBeUndefined();
  });
});

describe('counts local to one event', () => {
  const HODEIDAH: SourcePlace = { name: 'Hodeidah', id: 's:YE:hodeidah', admin: 'Hodeidah Governorate', country: 'YE' };
  const sites = (text: string, value: number, extra: Partial<Claim> = {}) => claim({ text, value, unit: 'location', category: 'other', side: 'ye', ...extra });

  it.each<[string, Claim, SourcePlace[], Claim, SourcePlace[], RelationKind | undefined]>([
    // a raid's sites on the Red Sea coast and another raid's near Hodeidah: two events, no tally
    ['are not compared across the theatre', sites('16 locations', 16, { where: 'Red Sea', when: '2024-01-12' }), [RED_SEA], sites('13 locations', 13, { when: '2024-02-03' }), [HODEIDAH], undefined],
    ['nor two placeless ones from articles about a sea and about its coast', sites('16 locations', 16, { when: '2024-01-12' }), [RED_SEA], sites('16 sites', 16, { unit: 'site', when: '2024-01-12' }), [HODEIDAH], undefined],
    ['are compared at the same place', sites('16 locations', 16, { where: 'Hodeidah', when: '2024-01-12' }), [HODEIDAH], sites('16 sites', 16, { unit: 'site', when: '2024-01-12' }), [HODEIDAH], 'corroborates'],
  ])('%s', async (_, a, pa, b, pb, want) => {
    const r = await relationOf(source('a', [a], pa), source('b', [b], pb));
    expect(r?.relation === 'related' ? undefined : r?.relation).toBe(want);
  });

  it('while a tally of attacks is compared across the theatre', async () => {
    const page = source('a', [attacks('more than 50 attacks', 50, { low: 50, high: 60, approx: 'over', when: '2024-02-20' })], [HODEIDAH]);
    const other = source('b', [attacks('27 attacks', 27, { where: 'Red Sea', when: '2024-01-12' })], [RED_SEA]);
    expect((await relationOf(page, other))?.relation).toBe('updates');
  });
});

describe('lengths', () => {
  const length = (text: string, value: number, low: number, high: number, extra: Partial<Claim> = {}) =>
    claim({ text, value, low, high, approx: 'about', unit: 'km', kind: 'length', category: 'distance', ...extra });
  // `some 18 miles long` (26-32 km) and `about 30 kilometres long` in two reports on one ship
  const slick18 = length('some 18 miles', 18, 16.2, 19.8, { canonicalValue: 28.97, when: '2024-02-20' });
  const slick30 = length('about 30 kilometres', 30, 27, 33, { where: 'Red Sea', when: '2024-02-21' });

  it('of one month in articles naming a place in common corroborate when the figures agree', async () => {
    const r = await relationOf(source('a', [slick18], [MOKHA]), source('b', [slick30], [RED_SEA, MOKHA]));
    expect(r?.relation).toBe('corroborates');
    expect((await relationOf(source('b', [slick30], [RED_SEA, MOKHA]), source('a', [slick18], [MOKHA])))?.relation).toBe('corroborates');
  });
  it.each<[string, Claim, SourcePlace[]]>([
    ['not when the figures differ (two things)', length('about 90 kilometres', 90, 81, 99, { when: '2024-02-21' }), [RED_SEA, MOKHA]],
    ['not months apart', length('about 30 kilometres', 30, 27, 33, { when: '2024-06-02' }), [RED_SEA, MOKHA]],
    ['not in articles with no place in common', slick30, [RED_SEA, ADEN]],
    ['not with a distance to a place', claim({ text: 'about 30 kilometres', value: 30, low: 27, high: 33, approx: 'about', unit: 'km', category: 'distance', when: '2024-02-21' }), [RED_SEA, MOKHA]],
  ])('%s', async (_, other, places) => {
    const r = await relationOf(source('a', [slick18], [MOKHA]), source('b', [other], places));
    expect(r === undefined || r.relation === 'related').toBe(true);
  });
});

describe('copies that give a figure another side', () => {
  const text = 'American and British aircraft struck more than 60 targets at 16 locations in Yemen on Friday, the command said, after weeks of attacks on merchant ships in the Red Sea and the Gulf of Aden.';
  const targets = (side: string) => claim({ text: 'more than 60 targets', value: 60, low: 60, high: 75, approx: 'over', unit: 'target', category: 'other', side, where: 'Red Sea' });

  it('is the same claim in a copy of the text', async () => {
    const r = await relationOf(source('a', [targets('gb')], [RED_SEA], { fingerprint: fingerprint(text) }), source('b', [targets('ye')], [RED_SEA], { fingerprint: fingerprint(text) }));
    expect(r?.relation).toBe('corroborates');
    expect(r?.independent).toBe(false);
  });

  it('is not in an independent report', async () => {
    const r = await relationOf(source('a', [targets('gb')]), source('b', [targets('ye')]));
    expect(r?.relation).not.toBe('corroborates');
  });
});

describe('counted nouns that name one thing', () => {
  it('reads 16 sites and 16 locations as one figure', async () => {
    const n = (text: string, unit: string) => claim({ text, value: 16, unit, category: 'other', side: 'ye', where: 'Red Sea' });
    expect((await relationOf(source('a', [n('16 sites', 'site')]), source('b', [n('16 locations', 'location')])))?.relation).toBe('corroborates');
  });
});
