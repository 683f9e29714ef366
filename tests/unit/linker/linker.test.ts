import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/model';
import { linkPage, sameClaimant, classify } from '../../../lib/claims/linker';
import { figure, overlap } from '../../../lib/claims/quantity';
import { normalizeUrl, type SourceRecord } from '../../../lib/claims/record';
import { fingerprint, similarity, NEAR_DUPLICATE, decodeSignature, encodeSignature, minhash } from '../../../lib/claims/fingerprint';
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

const source = (id: string, claims: Claim[], extra: Partial<SourceRecord> = {}): SourceRecord => ({
  id,
  doc: id,
  claims,
  units: [],
  places: [{ name: 'Pokrovsk', admin: 'Donetsk Oblast', country: 'UA' }, { name: 'Donetsk Oblast', country: 'UA' }],
  ...extra,
});

const area = (text: string, value: number, unit: 'sqmi' | 'km2', approx: Claim['approx'] = 'exact', lo = value, hi = value, extra: Partial<Claim> = {}) =>
  claim({ text, value, low: lo, high: hi, approx, unit: 'km2', canonicalValue: unit === 'sqmi' ? value * 2.58999 : value, category: 'territory', side: 'ru', where: 'Donetsk Oblast', ...extra });

const killed = (text: string, value: number, when?: string, attribution?: string, extra: Partial<Claim> = {}) =>
  claim({ text, value, unit: 'person', category: 'casualties', measure: 'killed', side: 'ru', where: 'Pokrovsk', ...(when ? { when } : {}), ...(attribution ? { attribution } : {}), ...extra });

async function links(page: SourceRecord, others: SourceRecord[]) {
  const lib = new MemoryLibrary();
  for (const o of others) await lib.put(o);
  await lib.put(page);
  return linkPage(page, lib);
}

describe('quantity comparison', () => {
  it('converts low and high by the same factor as the value (square miles to km²)', () => {
    const f = figure(area('nearly 500 square miles', 500, 'sqmi', 'nearly', 450, 500))!;
    expect(f.lo).toBeCloseTo(450 * 2.58999, 3);
    expect(f.hi).toBeCloseTo(1294.995, 3);
    expect(overlap(f, figure(area('1,171 square kilometers', 1171, 'km2'))!)).toBe(true);
  });

  it('does not treat two different "up to" bounds as the same figure', () => {
    const a = figure(claim({ text: 'up to 400 kilometres', value: 400, low: 0, high: 400, approx: 'atMost', unit: 'km', category: 'distance' }))!;
    const b = figure(claim({ text: 'up to 80 kilometres', value: 80, low: 0, high: 80, approx: 'atMost', unit: 'km', category: 'distance' }))!;
    expect(overlap(a, b)).toBe(false);
  });

  it('gives no figure for vague amounts', () => {
    expect(figure(claim({ text: 'tens of thousands', value: null, low: 10000, high: 99999, approx: 'vague', unit: 'person', category: 'casualties', canonicalValue: null }))).toBeNull();
  });
});

describe('linkPage', () => {
  it('corroborates across units and explains it with both figures', async () => {
    const page = source('a', [area('nearly 230 square miles', 230, 'sqmi', 'nearly', 207, 230)]);
    const other = source('b', [area('590 square kilometres', 590, 'km2')]);
    const [l] = await links(page, [other]);
    expect(l.relations).toHaveLength(1);
    expect(l.relations[0]).toMatchObject({ relation: 'corroborates', independent: true, b: { doc: 'b', text: '590 square kilometres' } });
    expect(l.relations[0].reason).toMatch(/same figure/);
    expect(l.relations[0].reason).toContain('590 km²');
    expect(l).toMatchObject({ independentSources: 1, reports: 1 });
  });

  it('reads a later, larger cumulative toll as an update, not a conflict', async () => {
    const page = source('nov', [killed('4,500 soldiers', 4500, '2024-11')]);
    const other = source('mar', [killed('6,000 soldiers', 6000, '2025-03')]);
    const [l] = await links(page, [other]);
    expect(l.relations[0].relation).toBe('updates');
    expect(l.relations[0].reason).toBe('later figure: “6,000 soldiers” (6,000 people) on 2025-03 after “4,500 soldiers” (4,500 people) on 2024-11');
  });

  it('falls back to the published date when a claim has no date of its own', async () => {
    const page = source('nov', [killed('4,500 soldiers', 4500)], { published: '2024-11-20' });
    const other = source('mar', [killed('6,000 soldiers', 6000)], { published: '2025-03-02' });
    const [l] = await links(page, [other]);
    expect(l.relations[0].relation).toBe('updates');
  });

  it('marks different figures for the same period as a conflict', async () => {
    const page = source('kyiv', [killed('4,500 soldiers', 4500, '2024-11', 'General Staff')]);
    const other = source('count', [killed('1,200 soldiers', 1200, '2024-11', 'Mediazona')]);
    const [l] = await links(page, [other]);
    expect(l.relations[0]).toMatchObject({ relation: 'conflicts', independent: true });
  });

  it('does not read a day\'s losses against the war\'s total as an update', async () => {
    const page = source('day', [killed('1,250 soldiers', 1250, '2025-03-01')]);
    const other = source('total', [killed('790,000 soldiers', 790000, '2025-03-02')]);
    const [l] = await links(page, [other]);
    expect(l.relations.map((r) => r.relation)).toEqual(['related']);
    expect(l.relations[0].reason).toMatch(/another scale/);
  });

  it('does not link claims of the same source to each other', async () => {
    const page = source('one', [killed('4,500 soldiers', 4500, '2024-11'), killed('1,200 soldiers', 1200, '2024-11')]);
    const ls = await links(page, []);
    expect(ls.every((l) => l.relations.length === 0)).toBe(true);
  });

  it('needs the same side and place: other sides and other regions are not the same quantity', async () => {
    const page = source('a', [killed('4,500 soldiers', 4500, '2024-11')]);
    const ua = source('b', [killed('4,500 soldiers', 4500, '2024-11', undefined, { side: 'ua' })]);
    const far = source('c', [killed('4,500 soldiers', 4500, '2024-11', undefined, { where: 'Kherson' })], { places: [{ name: 'Kherson', admin: 'Kherson Oblast' }] });
    const [l] = await links(page, [ua, far]);
    expect(l.relations.filter((r) => r.relation !== 'related')).toEqual([]);
  });

  it('counts a shared claimant once and marks it not independent', async () => {
    const page = source('p', [killed('4,500 soldiers', 4500, '2024-11', "Ukraine's General Staff")]);
    const b = source('b', [killed('4,500 soldiers', 4500, '2024-11', 'General Staff of Ukraine')]);
    const c = source('c', [killed('about 4,500 soldiers', 4500, '2024-11', 'ISW', { approx: 'about', low: 4050, high: 4950 })]);
    const d = source('d', [killed('4,500 Russian troops', 4500, '2024-11', 'ISW')]);
    const [l] = await links(page, [b, c, d]);
    const byDoc = Object.fromEntries(l.relations.map((r) => [r.b.doc, r]));
    expect(byDoc.b).toMatchObject({ relation: 'corroborates', independent: false });
    expect(byDoc.c).toMatchObject({ relation: 'corroborates', independent: true });
    expect(l.reports).toBe(3);
    expect(l.independentSources).toBe(1); // c and d only repeat ISW
  });

  it('treats a near-duplicate text as not independent', async () => {
    const text = 'Russian forces have lost about 4,500 soldiers killed near Pokrovsk since the start of August, the General Staff said, as assault groups pushed towards the city from the south and east.';
    const rewrite = 'Russian forces lost about 4,500 soldiers killed near Pokrovsk since the start of August, said the General Staff, while assault groups pushed towards the city from the south and the east.';
    const page = source('p', [killed('4,500 soldiers', 4500, '2024-11')], { fingerprint: fingerprint(text) });
    const copy = source('q', [killed('4,500 soldiers', 4500, '2024-11')], { fingerprint: fingerprint(rewrite) });
    const [l] = await links(page, [copy]);
    expect(l.relations[0]).toMatchObject({ relation: 'corroborates', independent: false });
    expect(l.independentSources).toBe(0);
  });

  it('keeps distances apart unless they are about the same named place', () => {
    const d = (text: string, v: number, where?: string) => claim({ text, value: v, unit: 'km', category: 'distance', side: 'ru', ...(where ? { where } : {}) });
    const ra = source('a', []);
    const rb = source('b', [], { places: [{ name: 'Kupiansk', admin: 'Kharkiv Oblast' }] });
    expect(classify(d('within 8 km', 8, 'Pokrovsk'), ra, d('8 km', 8), rb, false)).toBeNull();
    expect(classify(d('within 8 km', 8, 'Pokrovsk'), ra, d('8 km', 8, 'Pokrovsk'), source('c', []), false)?.relation).toBe('corroborates');
  });
});

describe('claimants', () => {
  it('matches names and official voices, not different bodies', () => {
    expect(sameClaimant('Gerasimov', 'Valery Gerasimov')).toBe(true);
    expect(sameClaimant('Russian Defence Ministry', 'Ministry of Defence of Russia')).toBe(true);
    expect(sameClaimant('Moscow', "Russia's defence ministry")).toBe(true);
    expect(sameClaimant("Kyiv's military command", 'General Staff')).toBe(true);
    expect(sameClaimant('ISW', 'Gerasimov')).toBe(false);
    expect(sameClaimant('Moscow', 'Kyiv')).toBe(false);
    expect(sameClaimant(undefined, 'ISW')).toBe(false);
  });
});

describe('fingerprints', () => {
  it('round-trips the compact signature', () => {
    const sig = minhash('Russian troops advanced near Pokrovsk on Tuesday, officials said.');
    expect([...decodeSignature(encodeSignature(sig))!]).toEqual([...sig]);
    expect(decodeSignature('not base64!')).toBeNull();
  });

  it('scores a light rewording far above an unrelated report on the same war', () => {
    const a = 'Ukrainian forces withdrew from most of the territory they had seized in the Kursk region, military analysts said on Sunday, as a Russian counteroffensive squeezed the remaining pocket near Sudzha.';
    const b = 'Military analysts said on Sunday that Ukrainian forces have withdrawn from most of the territory they seized in the Kursk region, as a Russian counteroffensive squeezed the remaining pocket near Sudzha.';
    const c = 'Drone attacks on Odesa damaged port warehouses overnight, the regional governor said, and air defence units shot down most of the incoming drones over the sea.';
    expect(similarity(fingerprint(a), fingerprint(b))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(similarity(fingerprint(a), fingerprint(c))).toBeLessThan(NEAR_DUPLICATE);
  });
});

describe('normalizeUrl', () => {
  it('drops fragments, tracking parameters and www so a revisit is the same source', () => {
    expect(normalizeUrl('https://www.Example.com/war/story/?utm_source=x&id=3#top')).toBe('https://example.com/war/story?id=3');
  });
});
