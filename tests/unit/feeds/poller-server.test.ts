// The poller against real HTTP servers on 127.0.0.1, with Node's own fetch. The server is the
// only thing faked: it serves feeds of our own writing and records every request, so the tests
// check what a person would see (status and message per feed, items in the library) and what the
// network saw (conditional headers, nothing fetched from a site without permission).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newFeedState, pollFeed, type FeedArticle, type FeedState, type IngestResult, type PollDeps } from '../../../lib/feeds/poller';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

interface Seen {
  path: string;
  host: string;
  headers: IncomingMessage['headers'];
}

let server: Server;
let base = ''; // http://127.0.0.1:PORT — the permitted origin
let other = ''; // http://localhost:PORT — same server, an origin WITHOUT permission
let log: Seen[] = [];
let etagBody = '';

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Front Feed</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}
const item = (guid: string, link: string | undefined, title: string, summary = '') =>
  `<item><guid isPermaLink="false">${guid}</guid>${link ? `<link>${link}</link>` : ''}<title>${title}</title><pubDate>Tue, 12 Nov 2024 08:30:00 GMT</pubDate>${summary ? `<description>${summary}</description>` : ''}</item>`;

function mainFeed(): string {
  return rss([
    item('pokrovsk', '/articles/pokrovsk-line.html', 'Fighting near Pokrovsk'),
    item('kupiansk', `${base}/articles/kupiansk-crossing.html`, 'Kupiansk crossing'),
    item('pdf', '/articles/report.pdf', 'Monthly report (PDF)'),
    item('pdf-with-summary', '/articles/report.pdf?v=2', 'Annex (PDF)', 'Russian forces lost 12 tanks near Kupiansk in October, the annex says.'),
    item('big', '/articles/big.html', 'Very long page', 'Summary of a page too big to read: 40 drones shot down overnight.'),
    item('elsewhere', `${other}/articles/pokrovsk-line.html`, 'Hosted on a site without permission', 'A summary that must not be used either.'),
  ]);
}

function handler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  log.push({ path: url.pathname + url.search, host: req.headers.host ?? '', headers: req.headers });
  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...extra });
    res.end(body);
  };
  switch (url.pathname) {
    case '/rss.xml':
      return send(200, 'application/rss+xml; charset=utf-8', mainFeed());
    case '/served-as-html.xml':
      return send(200, 'text/html', rss([item('kupiansk', '/articles/kupiansk-crossing.html', 'Kupiansk crossing')]));
    case '/atom.xml':
      return send(
        200,
        'application/atom+xml',
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Test</title><entry><id>urn:a1</id><title>Kupiansk crossing</title><link href="/articles/kupiansk-crossing.html"/><updated>2024-11-11T17:05:00Z</updated></entry></feed>`,
      );
    case '/etag.xml': {
      const etag = '"v1"';
      const lastModified = 'Tue, 12 Nov 2024 09:00:00 GMT';
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        return void res.end();
      }
      return send(200, 'application/rss+xml', etagBody, { etag, 'last-modified': lastModified });
    }
    case '/malformed.xml':
      return send(200, 'application/rss+xml', fixture('malformed.xml'));
    case '/home.html':
      return send(200, 'text/html', fixture('page.html'));
    case '/slow.xml': {
      const t = setTimeout(() => send(200, 'application/rss+xml', mainFeed()), 5000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    case '/redirect.xml':
      res.writeHead(301, { location: '/moved/feed.xml' });
      return void res.end();
    case '/moved/feed.xml':
      return send(200, 'application/rss+xml', rss([item('rel', 'article.html', 'Relative to the final URL', 'x')]));
    case '/redirect-away.xml':
      res.writeHead(302, { location: `${other}/rss.xml` });
      return void res.end();
    case '/loop.xml':
      res.writeHead(302, { location: '/loop.xml' });
      return void res.end();
    case '/huge.xml': {
      // Streamed without Content-Length: the client must stop reading by itself.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = '<!-- ' + 'x'.repeat(64 * 1024) + ' -->';
      let sent = 0;
      const pump = () => {
        while (sent < 200 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.write(rss([]).replace('</channel></rss>', ''));
      return pump();
    }
    case '/declared-huge.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024) });
      return void res.end();
    case '/gone.xml':
      return send(410, 'text/plain', 'gone');
    case '/busy.xml':
      return send(503, 'text/plain', 'busy', { 'retry-after': '7200' });
    case '/articles/pokrovsk-line.html':
      return send(200, 'text/html; charset=utf-8', fixture('articles/pokrovsk-line.html'));
    case '/articles/kupiansk-crossing.html':
    case '/moved/article.html':
      return send(200, 'text/html', fixture('articles/kupiansk-crossing.html'));
    case '/articles/report.pdf':
      return send(200, 'application/pdf', '%PDF-1.4 not really');
    case '/articles/big.html':
      return send(200, 'text/html', '<html><body><p>' + 'word '.repeat(400_000) + '</p></body></html>');
    default:
      return send(404, 'text/plain', 'not found');
  }
}

beforeAll(async () => {
  server = createServer(handler);
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
  log = [];
});

/** A library stand-in: remembers each article once by URL. */
function makeLibrary() {
  const articles = new Map<string, FeedArticle>();
  const calls: FeedArticle[] = [];
  const ingest = async (a: FeedArticle): Promise<IngestResult> => {
    calls.push(a);
    if (articles.has(a.url)) return { outcome: 'updated' };
    articles.set(a.url, a);
    return { outcome: 'added' };
  };
  return { articles, calls, ingest };
}

const NOW = Date.parse('2024-11-12T10:00:00Z');

function deps(ingest: PollDeps['ingest'], extra: Partial<PollDeps> = {}): PollDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    now: () => NOW,
    random: () => 0.5,
    hasPermission: (origin) => origin === base,
    ingest,
    limits: { feedTimeoutMs: 1500, articleTimeoutMs: 3000, feedBytes: 512 * 1024, articleBytes: 1024 * 1024 },
    ...extra,
  };
}

const hostsSeen = () => new Set(log.map((r) => r.host.replace(/:\d+$/, '')));

describe('pollFeed against a local server', () => {
  it('RSS: reads the pages, falls back to summaries, skips non-HTML, defers sites without permission', async () => {
    const lib = makeLibrary();
    const { state, report } = await pollFeed(newFeedState(`${base}/rss.xml`, NOW), deps(lib.ingest));
    expect(state.status).toBe('ok');
    expect(state.title).toBe('Test Front Feed');
    expect(state.message).toBe('checked 2024-11-12 10:00 UTC: 6 new items — 4 added, 1 skipped, 1 item waiting for permission to read ' + other);
    const byId = Object.fromEntries(report.items.map((r) => [r.id, r]));
    expect(byId.pokrovsk).toMatchObject({ outcome: 'added', from: 'page' });
    expect(byId.kupiansk).toMatchObject({ outcome: 'added', from: 'page' });
    expect(byId.pdf).toMatchObject({ outcome: 'skipped', reason: 'not an HTML page (application/pdf) and the feed gives no summary' });
    expect(byId['pdf-with-summary']).toMatchObject({ outcome: 'added', from: 'summary', reason: 'from the feed summary (not an HTML page (application/pdf))' });
    expect(byId.big).toMatchObject({ outcome: 'added', from: 'summary' });
    expect(byId.big.reason).toMatch(/passed the limit of 1\.0 MB; reading stopped/);
    expect(byId.elsewhere).toMatchObject({ outcome: 'deferred', reason: `no permission to read ${other}` });
    expect(state.missingOrigins).toEqual([other]);

    // What reached the library: main text from the page, with the feed as provenance.
    const pok = lib.articles.get(`${base}/articles/pokrovsk-line.html`)!;
    expect(pok.title).toBe('Fighting near Pokrovsk: brigade holds the line');
    expect(pok.text).toContain('repelled 14 assaults over Monday and Tuesday');
    expect(pok.text).not.toMatch(/Subscribe|All rights reserved|analytics/);
    expect(pok).toMatchObject({ outlet: 'Front Line Notes', lang: 'en', published: '2024-11-12', feed: { url: `${base}/rss.xml`, title: 'Test Front Feed', itemId: 'pokrovsk' } });
    const kup = lib.articles.get(`${base}/articles/kupiansk-crossing.html`)!;
    expect(kup.published).toBe('2024-11-11');
    expect(kup.text).toContain('fewer than 3,000 residents');
    const annex = lib.calls.find((a) => a.feed.itemId === 'pdf-with-summary')!;
    expect(annex.text).toBe('Annex (PDF)\n\nRussian forces lost 12 tanks near Kupiansk in October, the annex says.');

    // Nothing at all was requested from the origin without permission, and nothing from it ingested.
    expect(hostsSeen()).toEqual(new Set(['127.0.0.1']));
    expect(lib.calls.some((a) => a.url.startsWith(other) || a.text.includes('must not be used'))).toBe(false);

    // Second poll: the same feed again. Nothing is fetched or ingested twice.
    log = [];
    const again = await pollFeed(state, deps(lib.ingest));
    expect(again.state.status).toBe('ok');
    expect(again.state.message).toBe(`checked 2024-11-12 10:00 UTC: 1 new item — 1 item waiting for permission to read ${other}`);
    expect(lib.calls).toHaveLength(4);
    expect(log.map((r) => r.path)).toEqual(['/rss.xml']);

    // Once the person grants the other site, the deferred item is read.
    const granted = await pollFeed(again.state, deps(lib.ingest, { hasPermission: () => true }));
    expect(granted.report.items).toEqual([expect.objectContaining({ id: 'elsewhere', outcome: 'added', from: 'page' })]);
    expect(granted.state.missingOrigins).toBeUndefined();
  });

  it('Atom, and a feed served as text/html, parse by content', async () => {
    const lib = makeLibrary();
    const atom = await pollFeed(newFeedState(`${base}/atom.xml`, NOW), deps(lib.ingest));
    expect(atom.state).toMatchObject({ status: 'ok', title: 'Atom Test', message: 'checked 2024-11-12 10:00 UTC: 1 new item — 1 added' });
    const html = await pollFeed(newFeedState(`${base}/served-as-html.xml`, NOW), deps(lib.ingest));
    expect(html.state).toMatchObject({ status: 'ok', message: 'checked 2024-11-12 10:00 UTC: 1 new item — 1 updated' });
  });

  it('conditional requests: the second poll carries If-None-Match and If-Modified-Since, a 304 does no work', async () => {
    etagBody = rss([item('e1', '/articles/pokrovsk-line.html', 'Pokrovsk')]);
    const lib = makeLibrary();
    const first = await pollFeed(newFeedState(`${base}/etag.xml`, NOW), deps(lib.ingest));
    expect(first.state).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Tue, 12 Nov 2024 09:00:00 GMT' });
    expect(log[0].headers['if-none-match']).toBeUndefined();
    log = [];
    const later = NOW + 3_600_000;
    const second = await pollFeed(first.state, deps(lib.ingest, { now: () => later }));
    expect(log).toHaveLength(1);
    expect(log[0].headers['if-none-match']).toBe('"v1"');
    expect(log[0].headers['if-modified-since']).toBe('Tue, 12 Nov 2024 09:00:00 GMT');
    expect(second.state).toMatchObject({ status: 'not-modified', message: 'no change since the last check (2024-11-12 11:00 UTC)', failures: 0, nextDue: later + 3_600_000 });
    expect(second.state.seenIds).toEqual(first.state.seenIds);
    expect(lib.calls).toHaveLength(1);
  });

  it('follows a redirect on the same site and resolves links against the final URL; the feed keeps its address', async () => {
    const lib = makeLibrary();
    const { state } = await pollFeed(newFeedState(`${base}/redirect.xml`, NOW), deps(lib.ingest));
    expect(state.status).toBe('ok');
    expect(state.url).toBe(`${base}/redirect.xml`);
    expect([...lib.articles.keys()]).toEqual([`${base}/moved/article.html`]);
  });

  it('a redirect to a site without permission stops before requesting it', async () => {
    const lib = makeLibrary();
    const { state } = await pollFeed(newFeedState(`${base}/redirect-away.xml`, NOW), deps(lib.ingest));
    expect(state).toMatchObject({ status: 'needs-permission', message: `redirected to ${other}, which has no permission: grant access to check this feed`, missingOrigins: [other] });
    expect(hostsSeen()).toEqual(new Set(['127.0.0.1']));
    expect(lib.calls).toHaveLength(0);
  });

  it('a feed on a site without permission is not requested at all', async () => {
    const lib = makeLibrary();
    const { state } = await pollFeed(newFeedState(`${other}/rss.xml`, NOW), deps(lib.ingest));
    expect(state).toMatchObject({ status: 'needs-permission', message: `no permission to read ${other}: grant access to check this feed`, failures: 0 });
    expect(log).toHaveLength(0);
    expect(lib.calls).toHaveLength(0);
  });

  const failures: [string, string, RegExp][] = [
    ['/malformed.xml', 'malformed', /^the feed is not well-formed XML \(line \d+, column \d+: .+\); next try 2024-11-12 10:05 UTC$/],
    ['/home.html', 'a web page', /^this address is a web page, not a feed; the page names a feed at http:\/\/127\.0\.0\.1:\d+\/feed\.xml; next try/],
    ['/slow.xml', 'slow', /^timed out: no complete answer within 2 s; next try/],
    ['/huge.xml', 'huge, streamed', /^feed too large: the response passed the limit of 512 KB; reading stopped; next try/],
    ['/declared-huge.xml', 'huge, declared', /^feed too large: the response is 50\.0 MB; the limit is 512 KB; next try/],
    ['/loop.xml', 'a redirect loop', /^could not fetch the feed: more than 5 redirects; next try/],
    ['/gone.xml', 'gone', /^could not fetch the feed: HTTP 410 \(gone\); next try/],
  ];
  it.each(failures)('%s (%s): status error with a readable message, nothing ingested', async (path, _what, message) => {
    const lib = makeLibrary();
    const { state, report } = await pollFeed(newFeedState(`${base}${path}`, NOW), deps(lib.ingest));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(message);
    expect(report.message).toBe(state.message);
    expect(state.failures).toBe(1);
    expect(state.nextDue).toBe(NOW + 5 * 60_000); // random 0.5 → no jitter
    expect(lib.calls).toHaveLength(0);
    expect(state.seenIds).toEqual([]);
  });

  it('backs off exponentially on repeated errors, honours Retry-After, and recovers', async () => {
    const lib = makeLibrary();
    let s: FeedState = newFeedState(`${base}/malformed.xml`, NOW);
    const due: number[] = [];
    for (let i = 0; i < 4; i++) {
      s = (await pollFeed(s, deps(lib.ingest))).state;
      due.push(s.nextDue - NOW);
    }
    expect(due).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(s.message).toMatch(/failed 4 times in a row/);
    const jittered = await pollFeed(s, deps(lib.ingest, { random: () => 1 }));
    expect(jittered.state.nextDue - NOW).toBe(80 * 60_000 * 1.25);

    const busy = await pollFeed(newFeedState(`${base}/busy.xml`, NOW), deps(lib.ingest));
    expect(busy.state.message).toMatch(/^could not fetch the feed: HTTP 503 \(server error\)/);
    expect(busy.state.nextDue - NOW).toBe(7_200_000);

    const healed = await pollFeed({ ...s, url: `${base}/atom.xml` }, deps(lib.ingest));
    expect(healed.state).toMatchObject({ status: 'ok', failures: 0, nextDue: NOW + 3_600_000 });
  });

  it('bounds the items handled per run and picks up the rest soon after', async () => {
    const lib = makeLibrary();
    const limits = { ...deps(lib.ingest).limits, itemsPerRun: 2 };
    const first = await pollFeed(newFeedState(`${base}/rss.xml`, NOW), deps(lib.ingest, { limits }));
    expect(first.report.items.filter((r) => r.outcome !== 'deferred')).toHaveLength(2);
    expect(first.report.remaining).toBe(3);
    expect(first.state.message).toMatch(/— 2 added, 1 item waiting for permission to read .*, 3 more next time$/);
    expect(first.state.nextDue).toBe(NOW + 5 * 60_000);
    const second = await pollFeed(first.state, deps(lib.ingest, { limits }));
    expect(second.report.items.filter((r) => r.outcome !== 'deferred').map((r) => r.id)).toEqual(['pdf', 'pdf-with-summary']);
  });

  it('an item the library refuses is retried on the next poll, and the feed stays ok', async () => {
    let fail = true;
    const lib = makeLibrary();
    const flaky = async (a: FeedArticle) => {
      if (fail) throw new Error('quota exceeded');
      return lib.ingest(a);
    };
    const first = await pollFeed(newFeedState(`${base}/atom.xml`, NOW), deps(flaky));
    expect(first.state.status).toBe('ok');
    expect(first.report.items).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'the library refused it (quota exceeded)' })]);
    expect(first.state.message).toMatch(/1 could not be read$/);
    fail = false;
    const second = await pollFeed(first.state, deps(flaky));
    expect(second.report.items).toEqual([expect.objectContaining({ id: 'urn:a1', outcome: 'added' })]);
  });

  it('offline: a connection refused is an error status, never a throw', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const lib = makeLibrary();
    const { state } = await pollFeed(newFeedState(`http://127.0.0.1:${port}/feed.xml`, NOW), deps(lib.ingest, { hasPermission: () => true }));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/^offline or unreachable: could not connect/);
  });
});
