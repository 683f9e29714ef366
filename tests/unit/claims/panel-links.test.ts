// What a tab's report carries to the side panel and hover cards: a few relations of each kind
// per claim with exact totals, and each other source once in a table.
import { describe, expect, it } from 'vitest';
import type { Claim, Relation } from '../../../lib/model';
import type { TabReport } from '../../../lib/messaging/protocol';
import { validateClaimRef } from '../../../lib/messaging/validate';
import { seriesFor } from '../../../components/SidePanelView';
import { linkPage, MAX_PER_KIND } from '../../../lib/claims/linker';
import type { SourceRecord } from '../../../lib/claims/record';
import { MemoryLibrary } from '../../../lib/store/library';
import { testClaim } from '../helpers/claim';
import { linkCounts } from '../../../lib/format/links';
import { createLibraryCore, independentFirst, PANEL_PER_KIND, panelLinks, sourceTable } from '../../../lib/background/library';

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
    expect(relations.every((r) => !('source' in r) && r.claim !== undefined)).toBe(true);
    // the page's claim is the link's index, and the other claim's text and offsets are its `b`
    expect(relations.every((r) => !('a' in r) && !('text' in r.claim!) && !('start' in r.claim!))).toBe(true);
    // every relation finds its source in the table by the claim's doc, and nothing else is there
    expect(new Set(sources.map((s) => s.doc))).toEqual(new Set(relations.map((r) => r.b.doc)));
    expect(sources).toHaveLength(new Set(sources.map((s) => s.id)).size);
    expect(sources.find((s) => s.id === 'later6')).toEqual({ id: 'later6', doc: 'https://later6.example/story', url: 'https://later6.example/story', outlet: 'later6.example', title: 'Story of later6' });
    expect(links[0].counts).toEqual(found[0].counts);
    // the linker's own output (the CLI's) is unchanged
    expect(found[0].relations.every((r) => r.source !== undefined)).toBe(true);
  });
});

describe('the report carries the first relations; links:claim the rest', () => {
  const rel = (relation: Relation['relation'], doc: string, independent: boolean, value = 1200, when?: string): Relation => ({
    a: { doc: 'page', text: 'x', start: 0, end: 1 },
    b: { doc, text: `${value} soldiers`, start: 0, end: 10 },
    relation,
    independent,
    reason: `${relation} ${doc}`,
    source: { id: doc, doc, outlet: `${doc}.example`, published: '2025-01-02' },
    claim: claim(`${value} soldiers`, value, when ? { when } : {}),
  });

  it('keeps the counts of every relation, the strongest first (independent ones first) and how many the full list has', async () => {
    const found = await linkPage(page, await library(), { maxPerKind: PANEL_PER_KIND });
    const cut = panelLinks(found, 1);
    expect(cut[0].counts).toEqual(found[0].counts);
    expect([cut[0].independentSources, cut[0].reports]).toEqual([found[0].independentSources, found[0].reports]);
    expect(linkCounts(cut[0])).toBe(linkCounts(found[0]));
    expect(cut[0].relations.map((r) => r.relation)).toEqual(['corroborates', 'updates']);
    expect(cut[0].listed).toBe(found[0].relations.length);

    const mixed = [{ claim: 0, relations: [rel('corroborates', 'c1', false), rel('corroborates', 'c2', true), rel('corroborates', 'c3', true), rel('updates', 'u1', true, 900, '2024-01'), rel('related', 'r1', true)], independentSources: 2, reports: 3 }];
    const two = panelLinks(mixed, 2)[0];
    expect(two.relations.map((r) => r.b.doc)).toEqual(['c2', 'c3', 'u1', 'r1']);
    expect(two.listed).toBe(5);
    // nothing cut: every relation goes, in the order the panel lists them (by kind, independent
    // ones first), so expanding a cut list keeps the relations shown first on top
    expect(panelLinks(mixed, 3)[0].relations.map((r) => r.b.doc)).toEqual(['c2', 'c3', 'c1', 'u1', 'r1']);
    expect(independentFirst(mixed[0].relations).map((r) => r.b.doc)).toEqual(['c2', 'c3', 'c1', 'u1', 'r1']);
    expect(() => panelLinks(mixed, -1)).toThrow(/non-negative integer/);
  });

  it('a cut list keeps the timeline of the full one', async () => {
    const found = await linkPage(page, await library(), { maxPerKind: PANEL_PER_KIND });
    const full = sourceTable(found);
    const cut = sourceTable(panelLinks(found, 1), found);
    expect(cut.links[0].relations.filter((r) => r.relation === 'updates')).toHaveLength(1);
    const on = { published: '2024-11-20', outlet: 'page.example' };
    const before = seriesFor(page.claims[0], full.links[0], { ...on, sources: full.sources });
    expect(before.flatMap((s) => s.points).length).toBeGreaterThan(3);
    expect(seriesFor(page.claims[0], cut.links[0], { ...on, sources: cut.sources })).toEqual(before);
    // the report is smaller than the full lists
    expect(JSON.stringify(cut).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('links:claim answers one claim’s full list, and refuses a claim the page does not have', async () => {
    const lib = await library();
    const core = createLibraryCore({ openLibrary: async () => lib });
    const report: TabReport = {
      tabId: 3,
      meta: { url: 'https://page.example/story', title: 'Story' },
      textLength: 10,
      paragraphs: 1,
      analysis: { claims: page.claims, units: [], places: [{ name: 'Pokrovsk', lat: 48.3, lon: 37.2, country: 'UA', admin: 'Donetsk Oblast', mentions: [] }], warCoverage: { isWarCoverage: true, score: 1, reasons: [] } } as unknown as TabReport['analysis'],
      analyzedAt: 5,
      analyzeMs: 0,
    };
    const fields = await core.linkReport(report, 'About 1,200 Russian soldiers were killed near Pokrovsk in November.');
    const first = fields.links![0];
    expect(first.listed).toBeGreaterThan(first.relations.length);
    const all = await core.claimLinks(report, 0);
    expect(all.relations).toHaveLength(first.listed!);
    expect(all.relations.every((r) => !('source' in r) && all.sources.some((s) => s.doc === r.b.doc))).toBe(true);
    // what the report sent first is part of the full list
    for (const r of first.relations) expect(all.relations.some((x) => x.b.doc === r.b.doc && x.relation === r.relation)).toBe(true);
    // both worded as the linker words them for any caller (the core words only what it sends)
    const direct = (await linkPage(page, lib, { maxPerKind: PANEL_PER_KIND }))[0];
    expect(first.relations.every((r) => r.reason.length > 0)).toBe(true);
    expect(all.relations.map((r) => r.reason).sort()).toEqual(direct.relations.map((r) => r.reason).sort());
    // a worker that no longer holds the list links the page again and answers the same
    const fresh = createLibraryCore({ openLibrary: async () => lib });
    expect((await fresh.claimLinks(report, 0)).relations.map((r) => r.b.doc)).toEqual(all.relations.map((r) => r.b.doc));
    await expect(core.claimLinks(report, 1)).rejects.toThrow(/claim 1 is not on this page \(it has 1 claim\)/);
    await expect(core.claimLinks(report, -1)).rejects.toThrow(/not on this page/);
    expect(() => validateClaimRef({ tabId: 3, claim: 'x' })).toThrow(/claim must be a non-negative integer/);
  });
});
