// What a tab's report carries to the side panel and hover cards: a few relations of each kind
// per claim with exact totals, and each other source once in a table.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/model';
import { linkPage, MAX_PER_KIND } from '../../../lib/claims/linker';
import type { SourceRecord } from '../../../lib/claims/record';
import { MemoryLibrary } from '../../../lib/store/library';
import { testClaim } from '../helpers/claim';
import { linkCounts } from '../../../lib/format/links';
import { PANEL_PER_KIND, sourceTable } from '../../../lib/background/library';

const claim = testClaim;

const source = (id: string, claims: Claim[], extra: Partial<SourceRecord> = {}): SourceRecord => ({
  id,
  doc: `https://${id}.example/story`,
  url: `https://${id}.example/story`,
  outlet: `${id}.example`,
  title: `Story of ${id}`,
  claims,
  units: [],
  places: [{ name: 'Pokrovsk', admin: 'Donetsk Oblast', country: 'UA' }],
  ...extra,
});

async function library(): Promise<MemoryLibrary> {
  const lib = new MemoryLibrary();
  // 9 outlets agree on 1,200 (3 of them only repeat the General Staff), 7 report a later toll
  for (let i = 0; i < 9; i++) await lib.put(source(`agree${i}`, [claim('1,200 soldiers', 1200, { when: '2024-11', attribution: i < 3 ? 'General Staff' : undefined })]));
  for (let i = 0; i < 7; i++) await lib.put(source(`later${i}`, [claim(`${1500 + i * 10} soldiers`, 1500 + i * 10, { when: `2025-0${i + 1}` })]));
  return lib;
}

const page = source('page', [claim('about 1,200 Russian soldiers', 1200, { when: '2024-11', approx: 'about', low: 1100, high: 1300 })]);

describe('relations listed per claim', () => {
  it('lists at most maxPerKind of each kind and counts every one found', async () => {
    const all = (await linkPage(page, await library()))[0];
    const few = (await linkPage(page, await library(), { maxPerKind: 2 }))[0];
    expect(all.relations.filter((r) => r.relation === 'corroborates')).toHaveLength(9);
    expect(all.relations.filter((r) => r.relation === 'updates')).toHaveLength(7);
    expect(few.relations.map((r) => r.relation)).toEqual(['corroborates', 'corroborates', 'updates', 'updates']);
    expect(few.counts).toEqual({ corroborates: 9, conflicts: 0, updates: 7, related: 0 });
    expect(few.counts).toEqual(all.counts);
    // the independence count covers the unlisted ones: 6 outlets of their own + the General Staff once
    expect([few.independentSources, few.reports]).toEqual([7, 9]);
    expect([all.independentSources, all.reports]).toEqual([7, 9]);
    // what the panel and the hover card print
    expect(linkCounts(few)).toBe('9 corroborate (7 independent) · 7 updates');
    expect(linkCounts(few)).toBe(linkCounts(all));
    expect(PANEL_PER_KIND).toBeLessThan(MAX_PER_KIND);
  });

  it('puts each other source once in a table and not inside every relation', async () => {
    const found = await linkPage(page, await library(), { maxPerKind: PANEL_PER_KIND });
    const { links, sources } = sourceTable(found);
    const relations = links.flatMap((l) => l.relations);
    expect(relations.length).toBe(2 * PANEL_PER_KIND);
    expect(relations.every((r) => r.source === undefined && r.claim !== undefined)).toBe(true);
    // every relation finds its source in the table by the claim's doc, and nothing else is there
    expect(new Set(sources.map((s) => s.doc))).toEqual(new Set(relations.map((r) => r.b.doc)));
    expect(sources).toHaveLength(new Set(sources.map((s) => s.id)).size);
    expect(sources.find((s) => s.id === 'later6')).toEqual({ id: 'later6', doc: 'https://later6.example/story', url: 'https://later6.example/story', outlet: 'later6.example', title: 'Story of later6' });
    expect(links[0].counts).toEqual(found[0].counts);
    // the linker's own output (the CLI's) is unchanged
    expect(found[0].relations.every((r) => r.source !== undefined)).toBe(true);
  });
});
