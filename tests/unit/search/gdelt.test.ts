import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import type { Analysis, Claim, Relation, SourceMeta } from '../../../lib/model';
import {
  buildGdeltQuery,
  describeQuery,
  GDELT_ENDPOINT,
  GDELT_PERMISSION,
  gdeltDateTime,
  parseArtList,
  parseSeenDate,
  periodOf,
  SEARCH_EXPLANATION,
  searchMoreSources,
  type SearchDeps,
} from '../../../lib/search/gdelt';

const claim = (over: Partial<Claim>): Claim => ({
  text: '12 Russian tanks', start: 0, end: 16, value: 12, low: 12, high: 12, approx: 'exact', unit: 'tank', canonicalValue: 12, category: 'equipment', ...over,
});
const NOW = Date.parse('2024-12-01T12:00:00Z');

describe('buildGdeltQuery', () => {
  it('filters to the claim place, page places and units, measure words, and a window around `when`', () => {
    const r = buildGdeltQuery(
      claim({ where: 'Kupiansk', when: '2024-10', measure: 'losses', side: 'ru' }),
      { places: [{ name: 'Kupiansk' }, { name: 'Kharkiv Oblast' }, { name: 'Oskil River' }, { name: 'Kyiv' }], units: [{ name: '3rd Tank Brigade' }] },
      { now: NOW },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query.query).toBe('(Kupiansk OR "Kharkiv Oblast" OR "Oskil River" OR "3rd Tank Brigade") (tanks OR losses OR lost)');
    expect(gdeltDateTime(r.query.start)).toBe('20240924000000');
    expect(gdeltDateTime(r.query.end)).toBe('20241114235959');
    const url = new URL(r.query.url);
    expect(url.origin + url.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: r.query.query, mode: 'ArtList', format: 'json', maxrecords: '10', startdatetime: '20240924000000', enddatetime: '20241114235959',
    });
  });

  it.each([
    [{ measure: 'killed' as const, unit: 'person', category: 'casualties' as const }, '(killed OR dead OR died)'],
    [{ measure: 'captured' as const, unit: 'person', category: 'captured' as const }, '(captured OR prisoners)'],
    [{ unit: 'km2', category: 'territory' as const }, '("square kilometers" OR "square miles" OR territory)'],
    [{ unit: 'drone', category: 'equipment' as const }, '(drones OR destroyed OR lost)'],
  ])('measure words for %j', (over, words) => {
    const r = buildGdeltQuery(claim({ where: 'Sudzha', when: '2024-08-15', ...over }), {}, { now: NOW });
    expect(r.ok && r.query.query).toBe(`Sudzha ${words}`);
  });

  it('a day claim gets [day − 7, day + 14]; the end never passes now; no when falls back to the page date, then to 30 days back', () => {
    const day = buildGdeltQuery(claim({ where: 'Sudzha', when: '2024-08-15' }), {}, { now: NOW });
    expect(day.ok && [gdeltDateTime(day.query.start), gdeltDateTime(day.query.end)]).toEqual(['20240808000000', '20240829235959']);
    const recent = buildGdeltQuery(claim({ where: 'Pokrovsk', when: '2024-11-25' }), {}, { now: NOW });
    expect(recent.ok && gdeltDateTime(recent.query.end)).toBe('20241201120000');
    const page = buildGdeltQuery(claim({ where: 'Pokrovsk' }), { published: '2024-11-03' }, { now: NOW });
    expect(page.ok && gdeltDateTime(page.query.start)).toBe('20241027000000');
    const none = buildGdeltQuery(claim({ where: 'Pokrovsk' }), {}, { now: NOW });
    expect(none.ok && [gdeltDateTime(none.query.start), gdeltDateTime(none.query.end)]).toEqual(['20241101120000', '20241201120000']);
  });

  it('refuses to build a query with nothing to search for, or for a future date', () => {
    expect(buildGdeltQuery(claim({}), {}, { now: NOW })).toEqual({ ok: false, reason: 'the claim names no place or unit to search for' });
    expect(buildGdeltQuery(claim({ where: 'Kupiansk', when: '2025-06' }), {}, { now: NOW })).toMatchObject({ ok: false, reason: expect.stringMatching(/future/) });
  });

  it('drops short names and quotes from terms, bounds maxrecords, adds a language filter', () => {
    const r = buildGdeltQuery(claim({ where: 'Yar' }), { places: [{ name: 'Ay' }, { name: 'Chasiv "Yar"' }], sourceLanguage: 'english' }, { now: NOW, maxRecords: 500 });
    expect(r.ok && r.query.query).toBe('(Yar OR "Chasiv Yar") (tanks OR destroyed OR lost) sourcelang:english');
    expect(r.ok && r.query.maxRecords).toBe(75);
  });

  it('periodOf reads years, months and days', () => {
    expect(periodOf('2024')?.map((d) => d.toISOString())).toEqual(['2024-01-01T00:00:00.000Z', '2024-12-31T23:59:59.000Z']);
    expect(periodOf('2024-02')?.map((d) => d.toISOString())).toEqual(['2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.000Z']);
    expect(periodOf('soon')).toBeUndefined();
  });
});

describe('describeQuery and the first-use explanation', () => {
  it('shows the words, the period, the count and the full request that will be sent', () => {
    const r = buildGdeltQuery(claim({ where: 'Kupiansk', when: '2024-10', measure: 'losses' }), {}, { now: NOW });
    if (!r.ok) throw new Error(r.reason);
    const text = describeQuery(r.query, 3);
    expect(text.split('\n')).toEqual([
      'Crosscheck will send this search to the GDELT Project (api.gdeltproject.org):',
      '  search words: Kupiansk (tanks OR losses OR lost)',
      '  period: 2024-09-24 to 2024-11-14',
      '  asking for: up to 10 article links',
      `Full request: ${r.query.url}`,
      'Nothing else from this page is sent. Crosscheck then reads up to 3 of the articles found, each from its own site and only where you allow that site.',
    ]);
  });

  it('the permission to request covers the endpoint', () => {
    expect(GDELT_PERMISSION).toBe(`${new URL(GDELT_ENDPOINT).origin}/*`);
  });

  it('the explanation says it is off by default, what is sent, and that results are read locally', () => {
    expect(SEARCH_EXPLANATION).toMatch(/off until you turn it on/);
    expect(SEARCH_EXPLANATION).toMatch(/GDELT/);
    expect(SEARCH_EXPLANATION).toMatch(/exact search before it is sent/);
    expect(SEARCH_EXPLANATION).toMatch(/only for sites you allow/);
  });
});

describe('parseArtList', () => {
  it('reads the ArtList fields, skipping bad entries and duplicates', () => {
    const body = JSON.stringify({
      articles: [
        { url: 'https://a.example/x', url_mobile: '', title: 'Tanks lost near Kupiansk', seendate: '20241104T093000Z', socialimage: '', domain: 'a.example', language: 'English', sourcecountry: 'Ukraine' },
        { url: 'https://a.example/x', title: 'duplicate' },
        { url: 'javascript:alert(1)', title: 'not web' },
        { title: 'no url' },
        null,
        { url: 'https://b.example/y', title: '', seendate: 'garbage' },
      ],
    });
    expect(parseArtList(body)).toEqual({
      ok: true,
      articles: [
        { url: 'https://a.example/x', title: 'Tanks lost near Kupiansk', seen: '2024-11-04T09:30:00.000Z', domain: 'a.example', language: 'English', sourceCountry: 'Ukraine' },
        { url: 'https://b.example/y', title: 'https://b.example/y' },
      ],
    });
  });

  it.each([
    ['{}', { ok: true, articles: [] }],
    ['', { ok: true, articles: [] }],
    ['{"articles": [', { ok: false, kind: 'malformed' }],
    ['{"articles": 3}', { ok: false, kind: 'malformed' }],
    ['[]', { ok: false, kind: 'refused' }],
    ['Your search contained a keyword that was too short.', { ok: false, kind: 'refused', message: 'the search service refused the query: Your search contained a keyword that was too short.' }],
  ])('%j', (body, expected) => {
    expect(parseArtList(body)).toMatchObject(expected);
  });

  it('parseSeenDate', () => {
    expect(parseSeenDate('20250314T093000Z')).toBe('2025-03-14T09:30:00.000Z');
    expect(parseSeenDate(20250314)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// End to end against a stand-in for the GDELT API and article sites on 127.0.0.1.

const page = (title: string, body: string, date: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta property="article:published_time" content="${date}"></head><body><article><h1>${title}</h1>${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const PAGES: Record<string, string> = {
  '/news/dozen-tanks.html': page(
    'Kupiansk: a month of armoured assaults',
    'Russian units lost a dozen tanks around Kupiansk in October 2024, according to the Ukrainian military.\n\nA spokesman for the Khortytsia group said roughly 1,150 Russian troops were killed near Kupiansk that month, as assaults on the eastern bank of the Oskil continued.',
    '2024-11-02',
  ),
  '/news/moscow-disputes.html': page(
    'Moscow disputes Kupiansk figures',
    'The Russian defence ministry said in November 2024 that only 300 of its soldiers were killed near Kupiansk in October 2024.\n\nIt said 40 Ukrainian tanks were destroyed there over the same weeks, a figure Kyiv did not comment on.',
    '2024-11-05',
  ),
  '/news/football.html': page('Cup final report', 'The home side won the cup final 3-1 in front of 40,000 fans on Saturday, with two goals in the last ten minutes.\n\nThe coach praised a young squad.', '2024-11-03'),
};

let server: Server;
let base = '';
let other = '';
let requests: { path: string; host: string; query?: string }[] = [];
let gdeltBody = '';

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: url.pathname, host: req.headers.host ?? '', query: url.searchParams.get('query') ?? undefined });
    if (url.pathname === '/api/v2/doc/doc') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(gdeltBody);
    }
    const html = PAGES[url.pathname];
    if (html) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(html);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
});

function artList(paths: string[]): string {
  return JSON.stringify({
    articles: paths.map((p, i) => ({ url: p.startsWith('http') ? p : `${base}${p}`, url_mobile: '', title: `result ${i}`, seendate: '20241104T093000Z', socialimage: '', domain: '127.0.0.1', language: 'English', sourcecountry: 'Ukraine' })),
  });
}

/** A stand-in for the linker (helper C writes the real one): same quantity → overlap or not. */
function standInLink(target: Claim, found: { meta: SourceMeta; analysis: Analysis }): Relation[] {
  const out: Relation[] = [];
  for (const c of found.analysis.claims) {
    if (c.category !== target.category || c.measure !== target.measure || c.side !== target.side || c.unit !== target.unit) continue;
    if (c.low === null || c.high === null || target.low === null || target.high === null) continue;
    const overlap = c.low <= target.high && target.low <= c.high;
    out.push({
      a: { doc: 'page', text: target.text, start: target.start, end: target.end },
      b: { doc: found.meta.doc, text: c.text, start: c.start, end: c.end },
      relation: overlap ? 'corroborates' : 'conflicts',
      independent: true,
      reason: overlap ? 'intervals overlap' : 'intervals do not overlap',
      source: found.meta,
      claim: c,
    });
  }
  return out;
}

describe('searchMoreSources against a local GDELT stand-in', () => {
  const gazetteer = loadGazetteer();
  const source = analyze(
    { text: 'Russian losses mount near Kupiansk\n\nAbout 1,200 Russian soldiers were killed in the Kupiansk sector in October 2024, the General Staff said.', date: '2024-11-01' },
    { gazetteer },
  );
  const target = source.claims.find((c) => c.measure === 'killed')!;

  const deps = (extra: Partial<SearchDeps> = {}): SearchDeps => ({
    fetch: (input, init) => fetch(input, init),
    hasPermission: (origin) => origin === base,
    analyze: (a) => analyze({ text: a.text, date: a.published }, { gazetteer }),
    link: standInLink,
    now: () => NOW,
    endpoint: `${base}/api/v2/doc/doc`,
    ...extra,
  });

  it('sends the described query, reads permitted results, and reports which corroborate or conflict', async () => {
    expect(target).toMatchObject({ where: 'Kupiansk', when: '2024-10', side: 'ru', unit: 'person' });
    gdeltBody = artList(['/news/dozen-tanks.html', '/news/moscow-disputes.html', '/news/football.html', `${other}/news/dozen-tanks.html`, '/news/gone.html']);
    const out = await searchMoreSources(target, { places: source.places, units: source.units, published: '2024-11-01' }, deps());
    expect(out.ok).toBe(true);
    // The request sent is exactly the one described to the person.
    const sent = requests.find((r) => r.path === '/api/v2/doc/doc')!;
    expect(sent.query).toBe(out.query!.query);
    expect(describeQuery(out.query!)).toContain(`search words: ${sent.query}`);
    expect(sent.query).toBe('Kupiansk (killed OR dead OR died)');

    const by = Object.fromEntries(out.results.map((r) => [r.article.url.replace(base, '').replace(other, 'OTHER'), r]));
    expect(by['/news/dozen-tanks.html']).toMatchObject({ status: 'linked', meta: { title: 'Kupiansk: a month of armoured assaults', published: '2024-11-02' } });
    expect(by['/news/dozen-tanks.html'].relations!.map((r) => [r.relation, r.b.text])).toEqual([['corroborates', 'roughly 1,150 Russian troops']]);
    expect(by['/news/moscow-disputes.html'].relations!.map((r) => [r.relation, r.b.text])).toEqual([['conflicts', '300 of its soldiers']]);
    expect(by['/news/football.html']).toMatchObject({ status: 'not-war' });
    expect(by['OTHER/news/dozen-tanks.html']).toMatchObject({ status: 'skipped', reason: `no permission to read ${other}` });
    expect(by['/news/gone.html']).toMatchObject({ status: 'failed', reason: 'HTTP 404 (not found)' });
    expect(out.counts).toEqual({ corroborates: 1, conflicts: 1, updates: 0, related: 0 });
    expect(out.message).toBe('5 found, 4 read, 2 with related figures (1 corroborate, 1 conflict); 1 site not read without your permission');
    expect(out.missingOrigins).toEqual([other]);
    expect(requests.every((r) => r.host.startsWith('127.0.0.1'))).toBe(true);
  });

  it('reads at most fetchCount results', async () => {
    gdeltBody = artList(['/news/dozen-tanks.html', '/news/moscow-disputes.html', '/news/football.html']);
    const out = await searchMoreSources(target, { places: source.places }, deps({ limits: { fetchCount: 1 } }));
    expect(out.results).toHaveLength(1);
    expect(requests.filter((r) => r.path.startsWith('/news/'))).toHaveLength(1);
  });

  it('no permission for the search service: nothing is sent', async () => {
    const out = await searchMoreSources(target, {}, deps({ hasPermission: () => false }));
    expect(out).toMatchObject({ ok: false, message: `no search sent: no permission to read ${base}`, missingOrigins: [base] });
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['{"articles": [ {"url": ', /^the search service sent an unreadable answer/],
    ['Please limit requests to one every 5 seconds.', /^the search service refused the query: Please limit requests/],
  ])('a bad answer (%j) is a readable message, never a throw', async (body, message) => {
    gdeltBody = body;
    const out = await searchMoreSources(target, {}, deps());
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(message);
    expect(requests.filter((r) => r.path.startsWith('/news/'))).toHaveLength(0);
  });

  it('nothing found, and an analyser that throws, are reported per result', async () => {
    gdeltBody = '{}';
    expect((await searchMoreSources(target, {}, deps())).message).toBe('the search found no articles for this claim');
    gdeltBody = artList(['/news/dozen-tanks.html']);
    const out = await searchMoreSources(target, {}, deps({ analyze: () => { throw new Error('engine bug'); } }));
    expect(out.results[0]).toMatchObject({ status: 'failed', reason: 'could not analyse it (engine bug)' });
  });
});
