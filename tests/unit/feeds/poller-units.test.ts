// Poller behaviour that needs no network: hostile dependencies, bounds, cancellation, the
// opaque-redirect path of an extension service worker, and the options-page URL check.
import { describe, expect, it } from 'vitest';
import { newFeedState, normalizeFeedUrl, pollDueFeeds, pollFeed, type FeedArticle, type PollDeps } from '../../../lib/feeds/poller';
import { boundedFetch, decode } from '../../../lib/feeds/http';

const NOW = Date.parse('2024-11-12T10:00:00Z');
const FEED = 'https://feeds.example.org/rss';

function rss(n: number, from = 0): string {
  const items = Array.from({ length: n }, (_, i) => `<item><guid>id-${from + i}</guid><title>Item ${from + i}</title><description>Summary ${from + i}</description></item>`);
  return `<rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`;
}
const ok = (body: string, type = 'application/rss+xml', headers: Record<string, string> = {}) => new Response(body, { status: 200, headers: { 'content-type': type, ...headers } });

function deps(fetchImpl: PollDeps['fetch'], extra: Partial<PollDeps> = {}): PollDeps & { added: FeedArticle[] } {
  const added: FeedArticle[] = [];
  return {
    fetch: fetchImpl,
    now: () => NOW,
    random: () => 0.5,
    hasPermission: () => true,
    ingest: async (a) => {
      added.push(a);
      return { outcome: 'added' };
    },
    added,
    ...extra,
  };
}

describe('pollFeed with hostile or unusual dependencies', () => {
  it('never throws: fetch throwing synchronously, hasPermission throwing, ingest throwing synchronously', async () => {
    const a = await pollFeed(newFeedState(FEED, NOW), deps(() => { throw new Error('boom'); }));
    expect(a.state).toMatchObject({ status: 'error', failures: 1 });
    expect(a.state.message).toMatch(/^offline or unreachable: could not connect \(boom\)/);

    const b = await pollFeed(newFeedState(FEED, NOW), deps(async () => ok(rss(1)), { hasPermission: () => { throw new Error('no api'); } }));
    expect(b.state.status).toBe('error');

    const c = await pollFeed(newFeedState(FEED, NOW), deps(async () => ok(rss(1)), { ingest: () => { throw new Error('sync'); } }));
    expect(c.report.items[0]).toMatchObject({ outcome: 'failed', reason: 'the library refused it (sync)' });
  });

  it('items without links are ingested from their summary with the feed as provenance', async () => {
    const d = deps(async () => ok(rss(2)));
    const { state } = await pollFeed(newFeedState(FEED, NOW), d);
    expect(state.message).toBe('checked 2024-11-12 10:00 UTC: 2 new items — 2 added');
    expect(d.added[0]).toEqual({ url: FEED, title: 'Item 0', text: 'Item 0\n\nSummary 0', published: undefined, from: 'summary', feed: { url: FEED, title: 'T', itemId: 'id-0' } });
  });

  it('seenIds stay bounded, newest first, and a bounded feed never re-ingests what it remembers', async () => {
    const limits = { seenIdsMax: 5, itemsPerRun: 50 };
    const d = deps(async () => ok(rss(8)), { limits });
    const first = await pollFeed(newFeedState(FEED, NOW), d);
    expect(first.state.seenIds).toEqual(['id-0', 'id-1', 'id-2', 'id-3', 'id-4']);
    const d2 = deps(async () => ok(rss(3, 100) + ''), { limits });
    const second = await pollFeed(first.state, d2);
    expect(second.state.seenIds).toEqual(['id-100', 'id-101', 'id-102', 'id-0', 'id-1']);
  });

  it('an aborted poll keeps the previous state and ingests nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const d = deps((_u, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))), { signal: controller.signal });
    const before = { ...newFeedState(FEED, NOW), status: 'ok' as const, message: 'checked earlier' };
    const r = await pollFeed(before, d);
    expect(r.state).toEqual(before);
    expect(d.added).toHaveLength(0);
  });

  it('a poll cancelled while the request is in flight also keeps the previous state', async () => {
    const controller = new AbortController();
    const d = deps(
      (_u, init) =>
        new Promise((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
          queueMicrotask(() => controller.abort());
        }),
      { signal: controller.signal },
    );
    const before = { ...newFeedState(FEED, NOW), status: 'not-modified' as const, message: 'no change' };
    expect((await pollFeed(before, d)).state).toEqual(before);
  });

  it('an opaque redirect (service worker) is followed by the platform, then refused if it ends on a site without permission', async () => {
    const calls: string[] = [];
    const fetchImpl: PollDeps['fetch'] = async (url, init) => {
      calls.push(`${init?.redirect} ${url}`);
      if (init?.redirect === 'manual') return { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null, url: '' } as unknown as Response;
      const res = ok(rss(1));
      Object.defineProperty(res, 'url', { value: 'https://elsewhere.example.net/rss' });
      return res;
    };
    const d = deps(fetchImpl, { hasPermission: (o) => o === 'https://feeds.example.org' });
    const r = await pollFeed(newFeedState(FEED, NOW), d);
    expect(calls).toEqual([`manual ${FEED}`, `follow ${FEED}`]);
    expect(r.state).toMatchObject({ status: 'needs-permission', missingOrigins: ['https://elsewhere.example.net'] });
    expect(d.added).toHaveLength(0);
  });

  it('pollDueFeeds polls only due feeds, keeps order, and returns the others unchanged', async () => {
    const a = { ...newFeedState('https://a.example.org/rss', NOW), nextDue: NOW - 1 };
    const b = { ...newFeedState('https://b.example.org/rss', NOW), nextDue: NOW + 60_000 };
    const requested: string[] = [];
    const d = deps(async (url) => {
      requested.push(url);
      return ok(rss(1));
    });
    const { states, reports } = await pollDueFeeds([a, b], d);
    expect(requested).toEqual(['https://a.example.org/rss']);
    expect(states[0]).toMatchObject({ url: a.url, status: 'ok' });
    expect(states[1]).toBe(b);
    expect([...reports.keys()]).toEqual([a.url]);
  });
});

describe('decoding', () => {
  it('reads a windows-1251 feed from its XML declaration, and a charset from the header', async () => {
    // "Суджа" in windows-1251
    const cyr = [0xd1, 0xf3, 0xe4, 0xe6, 0xe0];
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>');
    const tail = new TextEncoder().encode('</title></channel></rss>');
    const bytes = new Uint8Array([...head, ...cyr, ...tail]);
    expect(decode(bytes, 'application/rss+xml')).toContain('<title>Суджа</title>');
    expect(decode(new Uint8Array(cyr), 'text/html; charset=windows-1251')).toBe('Суджа');
    expect(decode(new Uint8Array([0xc3, 0xa9]), 'text/html; charset=no-such-charset')).toBe('é');
  });

  it('boundedFetch refuses a non-http address without calling fetch', async () => {
    let called = false;
    const r = await boundedFetch('file:///etc/passwd', { fetch: async () => { called = true; return ok(''); }, hasPermission: () => true, timeoutMs: 1000, maxBytes: 1000 });
    expect(r).toEqual({ ok: false, error: { kind: 'bad-url', message: 'not a web address: file:///etc/passwd', url: 'file:///etc/passwd' } });
    expect(called).toBe(false);
  });
});

describe('normalizeFeedUrl', () => {
  it.each([
    ['  kyivindependent.com/rss/  ', { ok: true, url: 'https://kyivindependent.com/rss/' }],
    ['https://example.org/feed.xml#top', { ok: true, url: 'https://example.org/feed.xml' }],
    ['feed://example.org/rss', { ok: true, url: 'https://example.org/rss' }],
    ['feed:https://example.org/rss', { ok: true, url: 'https://example.org/rss' }],
    ['http://127.0.0.1:8080/rss', { ok: true, url: 'http://127.0.0.1:8080/rss' }],
    ['', { ok: false, message: 'enter the address of a feed' }],
    ['javascript:alert(1)', { ok: false, message: 'only http and https feeds can be read (not javascript:)' }],
    ['ftp://example.org/rss', { ok: false, message: 'only http and https feeds can be read (not ftp:)' }],
    ['news', { ok: false, message: '"news" is not a full site name' }],
    ['https://exa mple.org', { ok: false, message: '"https://exa mple.org" is not a web address' }],
  ])('%j', (input, expected) => {
    expect(normalizeFeedUrl(input)).toEqual(expected);
  });
});

describe('extractArticle', () => {
  it('a page too large for Readability still gives its text, and a page with no text gives nothing', async () => {
    const { extractArticle } = await import('../../../lib/feeds/article');
    const many = `<html><head><title>Huge</title></head><body>${'<div><span>cell</span></div>'.repeat(12_000)}<p>Russian forces lost 12 tanks near Kupiansk.</p></body></html>`;
    const a = extractArticle(many, 'https://a.example/huge');
    expect(a?.text).toContain('Russian forces lost 12 tanks near Kupiansk.');
    expect(a?.title).toBe('Huge');
    expect(extractArticle('<html><body><script>only()</script></body></html>', 'https://a.example/empty')).toBeUndefined();
  });
});
