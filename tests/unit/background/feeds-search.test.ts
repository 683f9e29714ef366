// The background's feeds and search features with WXT's fakeBrowser, fake-indexeddb and the
// local news site of tests/fixtures/feeds/serve.mjs (Node's fetch): a feed added through the
// options messages is polled when its alarm fires and fills the library; nothing is fetched
// without permission or while the library is paused; "search for more sources" is refused
// until turned on, shows its query, and links what a stand-in search service finds.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGazetteer, type Gazetteer } from '../../../lib/gazetteer/index';
import { startBackground, type BackgroundService } from '../../../lib/messaging/background-service';
import type { FeedView, Reply } from '../../../lib/messaging/protocol';
import { createIdbLibrary, type IdbLibrary } from '../../../lib/store/idb';
import { createLibraryCore, libraryFeature } from '../../../lib/background/library';
import { FEEDS_ALARM, feedsFeature } from '../../../lib/background/feeds';
import { searchFeature } from '../../../lib/background/search';
import { librarySettingsItem, searchSettingsItem } from '../../../lib/background/settings';
import { startFeedServer } from '../../fixtures/feeds/serve.mjs';

interface FeedServer {
  origin: string;
  requests: { path: string }[];
  close(): Promise<void>;
}

let gazetteer: Gazetteer;
let site: FeedServer;
let gdelt: Server;
let gdeltUrl = '';
const gdeltQueries: string[] = [];

beforeAll(async () => {
  gazetteer = createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer.json', import.meta.url), 'utf8')));
  site = await startFeedServer();
  // A stand-in for the GDELT DOC API speaking its ArtList JSON.
  gdelt = createServer((req, res) => {
    gdeltQueries.push(new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ articles: [{ url: `${site.origin}/articles/09-kupiansk-tanks.html`, title: 'Tanks near Kupiansk', seendate: '20241030T100000Z', domain: '127.0.0.1', language: 'English' }] }));
  });
  await new Promise<void>((ok) => gdelt.listen(0, '127.0.0.1', ok));
  gdeltUrl = `http://127.0.0.1:${(gdelt.address() as { port: number }).port}/api/v2/doc/doc`;
});
afterAll(async () => {
  await site.close();
  await new Promise((ok) => gdelt.close(ok));
});

const optionsSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
async function call<T>(type: string, payload: unknown, sender: object = optionsSender): Promise<Reply<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cx: 1, type, payload }, sender, (r: Reply<T>) => resolve(r));
  });
}
function value<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('feeds and search in the background', () => {
  let service: BackgroundService;
  let library: IdbLibrary;
  let allowed: Set<string>;

  beforeEach(() => {
    fakeBrowser.reset();
    allowed = new Set();
    site.requests.length = 0;
    const factory = new IDBFactory();
    const core = createLibraryCore({ openLibrary: async () => (library = await createIdbLibrary(factory)) });
    const hasPermission = async (origin: string) => allowed.has(new URL(origin).origin);
    service = startBackground({
      loadGazetteer: async () => gazetteer,
      log: () => undefined,
      features: [libraryFeature(core), feedsFeature(core, { fetch: (u, i) => fetch(u, i), hasPermission }), searchFeature(core, { fetch: (u, i) => fetch(u, i), hasPermission, endpoint: gdeltUrl, now: () => Date.parse('2024-11-30T00:00:00Z') })],
    });
  });
  afterEach(() => {
    service.stop();
    library?.close();
  });

  const fireAlarm = async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEEDS_ALARM, scheduledTime: Date.now() } as never);
    await service.settled();
  };

  test('a feed is added, its alarm set, and its articles join the library when the alarm fires', async () => {
    allowed.add(site.origin);
    const added = value(await call<FeedView[]>('feeds:add', { url: `${site.origin}/feed.xml` }));
    expect(added).toMatchObject([{ url: `${site.origin}/feed.xml`, status: 'pending', label: 'Waiting' }]);
    await service.settled();
    expect(await fakeBrowser.alarms.get(FEEDS_ALARM)).toBeTruthy();

    await fireAlarm();
    const [feed] = value(await call<FeedView[]>('feeds:list', {}));
    expect(feed).toMatchObject({ status: 'ok', title: 'Local Front News', tone: 'ok' });
    expect(feed.detail).toMatch(/9 new items — 9 added/);
    const sources = await library.list();
    expect(sources).toHaveLength(9);
    expect(sources.every((s) => s.url?.startsWith(`${site.origin}/articles/`) && s.outlet === 'Local Front News')).toBe(true);

    // the next alarm is about an hour away; firing again early does nothing
    const alarm = await fakeBrowser.alarms.get(FEEDS_ALARM);
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(50 * 60_000);
    const before = site.requests.length;
    await fireAlarm();
    expect(site.requests.length).toBe(before);

    value(await call('feeds:remove', { url: `${site.origin}/feed.xml` }));
    expect(value(await call<FeedView[]>('feeds:list', {}))).toEqual([]);
  });

  test('without permission nothing is requested; while paused the alarm checks nothing', async () => {
    value(await call('feeds:add', { url: `${site.origin}/feed.xml` }));
    await fireAlarm();
    const [feed] = value(await call<FeedView[]>('feeds:list', {}));
    expect(feed).toMatchObject({ status: 'needs-permission', label: 'Needs permission' });
    expect(site.requests).toHaveLength(0);

    allowed.add(site.origin);
    await librarySettingsItem.setValue({ paused: true, excludedSites: [] });
    value(await call('feeds:check', {})); // "check now" still runs...
    expect(await library.list()).toHaveLength(9);
    site.requests.length = 0;
    value(await call('feeds:add', { url: `${site.origin}/atom.xml` }));
    await fireAlarm(); // ...but the alarm does not while paused
    expect(site.requests).toHaveLength(0);
  });

  test('a bad feed address is refused with a clear error', async () => {
    expect(await call('feeds:add', { url: 'ftp://example.org/feed' })).toEqual({ ok: false, error: 'url must be an http(s) address' });
    allowed.add(site.origin);
    const probe = value(await call<{ ok: boolean; message: string }>('feeds:probe', { url: `${site.origin}/malformed.xml` }));
    expect(probe.ok).toBe(false);
    expect(probe.message).toMatch(/malformed|not a feed|broken|XML/i);
  });

  test('search for more sources: refused while off, shows its query, links what it finds', async () => {
    allowed.add(site.origin);
    allowed.add(new URL(gdeltUrl).origin);
    const text = 'Kupiansk under pressure\n\nRussian forces lost 12 tanks near Kupiansk in October 2024, Ukrainian officers said, as assaults towards the Oskil River continued and artillery pounded the town.';
    const tab = { id: 4 } as never;
    value(await call('page:report', { meta: { url: 'https://paper.example/kupiansk', title: 'Kupiansk under pressure', published: '2024-11-02' }, text, blocks: [{ start: 0, end: text.length }] }, { id: fakeBrowser.runtime.id, url: 'https://paper.example/kupiansk', tab }));
    await service.settled();
    const report = (await service.getReport(4))!;
    const claim = report.analysis.claims.findIndex((c) => c.text.includes('12 tanks'));
    expect(claim).toBeGreaterThanOrEqual(0);

    const preview = value(await call<{ enabled: boolean; text: string; explanation: string }>('search:preview', { tabId: 4, claim }));
    expect(preview.enabled).toBe(false);
    expect(preview.text).toMatch(/search words: .*Kupiansk/);
    expect(preview.explanation).toMatch(/off until you turn it on/);
    expect(await call('search:more', { tabId: 4, claim })).toEqual({ ok: false, error: expect.stringMatching(/turn it on in the options page/) });
    expect(gdeltQueries).toHaveLength(0);

    await searchSettingsItem.setValue({ enabled: true });
    const found = value(await call<{ ok: boolean; query: string; results: { status: string; relations: { relation: string }[] }[]; counts: { corroborates: number } }>('search:more', { tabId: 4, claim }));
    expect(gdeltQueries).toHaveLength(1);
    expect(found.query).toContain(gdeltQueries[0]);
    expect(found.ok).toBe(true);
    expect(found.results[0].status).toBe('linked');
    expect(found.counts.corroborates).toBeGreaterThanOrEqual(1);
    expect(await library.count()).toEqual({ sources: 1, claims: expect.any(Number) }); // found articles are not kept
  });
});
