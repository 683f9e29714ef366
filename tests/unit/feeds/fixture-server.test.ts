// The local news site used by the end-to-end tests, exercised with the real poller, extractor and
// engine: the feed's items land in a library once, and the page meant to be opened has claims
// that match claims of those items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fixtures/feeds/serve.mjs';
import { newFeedState, pollFeed, probeFeed } from '../../../lib/feeds/poller';
import { createFeedIngest } from '../../../lib/feeds/ingest';
import { extractArticle } from '../../../lib/feeds/article';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import type { PackSource } from '../../../lib/packs/format';

let site: FeedServer;
beforeAll(async () => {
  site = await startFeedServer();
});
afterAll(() => site.close());

describe('fixture news site', () => {
  it('its RSS feed puts every Ukrainian demo article in the library once, with claims', async () => {
    const gazetteer = loadGazetteer();
    const library = new Map<string, PackSource>();
    const ingest = createFeedIngest({
      analyze: (input) => analyze(input, { gazetteer }),
      put: async (s) => (library.has(s.meta.id) ? 'updated' : (library.set(s.meta.id, s), 'added')),
    });
    const deps = { fetch: (u: string, i?: RequestInit) => fetch(u, i), now: () => Date.parse('2025-03-20T00:00:00Z'), random: () => 0.5, hasPermission: (o: string) => o === site.origin, ingest, limits: { itemsPerRun: 20 } };
    const first = await pollFeed(newFeedState(`${site.origin}/feed.xml`, 0), deps);
    expect(first.state.message).toBe(`checked 2025-03-20 00:00 UTC: 9 new items — 9 added`);
    expect(library.size).toBe(9);
    const again = await pollFeed(first.state, deps);
    expect(again.state.message).toBe('checked 2025-03-20 00:00 UTC: no new items');

    // The page to open: its tank claim has the same quantity as the Kupiansk items' claims.
    const res = await fetch(`${site.origin}/open/kupiansk.html`);
    const open = extractArticle(await res.text(), res.url)!;
    const claims = analyze({ text: open.text, date: open.published }, { gazetteer }).claims;
    const tanks = claims.find((c) => c.unit === 'tank')!;
    expect(tanks).toMatchObject({ value: 12, where: 'Kupiansk', side: 'ru', when: '2024-10' });
    const matching = [...library.values()].filter((s) => s.analysis.claims.some((c) => c.unit === 'tank' && c.where === 'Kupiansk' && c.canonicalValue === 12));
    expect(matching.map((s) => s.meta.title).sort()).toEqual(['Kupiansk: a dozen Russian tanks lost in October', 'Pokrovsk braces as Russian troops close in']);
  });

  it('answers 304 to the ETag it gave, and serves the awkward cases', async () => {
    const first = await fetch(`${site.origin}/etag.xml`);
    expect(first.headers.get('etag')).toBe('"demo-v1"');
    expect((await fetch(`${site.origin}/etag.xml`, { headers: { 'if-none-match': '"demo-v1"' } })).status).toBe(304);
    expect((await fetch(`${site.origin}/report.pdf`)).headers.get('content-type')).toBe('application/pdf');
    expect(site.requests.some((r) => r.path === '/etag.xml' && r.headers['if-none-match'] === '"demo-v1"')).toBe(true);
  });
});

describe('probeFeed (adding a feed in options)', () => {
  const deps = () => ({ fetch: (u: string, i?: RequestInit) => fetch(u, i), hasPermission: (o: string) => o === site.origin });

  it('reads the feed once and lists the article sites to ask permission for', async () => {
    const r = await probeFeed(`${site.origin}/feed.xml`, deps());
    expect(r).toMatchObject({ ok: true, feedUrl: `${site.origin}/feed.xml`, title: 'Local Front News', format: 'rss2', itemCount: 9, articleOrigins: [site.origin] });
    expect(r.ok && r.sample.map((i) => i.title)[0]).toBe('Syrskyi: Ukrainian troops hold about 1,000 square kilometres of Kursk Oblast');
  });

  it('given the site home page, follows the feed the page names', async () => {
    const r = await probeFeed(`${site.origin}/`, deps());
    expect(r).toMatchObject({ ok: true, feedUrl: `${site.origin}/feed.xml`, itemCount: 9 });
  });

  it('says what is wrong otherwise, without ingesting anything', async () => {
    expect(await probeFeed(`${site.origin}/malformed.xml`, deps())).toMatchObject({ ok: false, message: expect.stringMatching(/not well-formed XML/) });
    const other = site.origin.replace('127.0.0.1', 'localhost');
    expect(await probeFeed(`${other}/feed.xml`, deps())).toEqual({ ok: false, message: `no permission to read ${other}`, missingOrigin: other });
    expect(await probeFeed('ftp://x.example/feed', deps())).toEqual({ ok: false, message: 'only http and https feeds can be read (not ftp:)' });
  });
});
