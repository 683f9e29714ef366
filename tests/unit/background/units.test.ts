// The unit card's "also in": the background answers content scripts with the library's sources
// that mention a unit (title, outlet, date), newest first, never the asking page itself.
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGazetteer, type Gazetteer } from '../../../lib/gazetteer/index';
import { startBackground, type BackgroundService } from '../../../lib/messaging/background-service';
import type { Reply, UnitSources } from '../../../lib/messaging/protocol';
import { createIdbLibrary, type IdbLibrary } from '../../../lib/store/idb';
import { createLibraryCore, libraryFeature } from '../../../lib/background/library';
import { buildUnitIndex, createUnitSources, listenForUnitQueries } from '../../../lib/background/units';
import { createMemoryLibrary } from '../../../lib/store/library';
import { toRecord } from '../../../lib/claims/record';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer.json', import.meta.url), 'utf8')));
});

const BRIGADE = '155th Separate Mechanized Brigade';
const PAGES = {
  first: {
    url: 'https://front.example/pokrovsk-assaults',
    title: 'Assaults repelled near Pokrovsk',
    published: '2025-03-02',
    text: `Near Pokrovsk in Donetsk Oblast, the ${BRIGADE} said its soldiers repelled 14 assaults in a day. Russian forces shelled the town 30 times, the regional governor said.`,
  },
  second: {
    url: 'https://wire.example/donetsk-update',
    title: 'Donetsk front: heavy shelling',
    published: '2025-03-05',
    text: `The ${BRIGADE} reported 11 attacks near Pokrovsk overnight. A missile strike on Kramatorsk killed three civilians and wounded at least 12 others, officials said.`,
  },
  third: {
    url: 'https://daily.example/brigade',
    title: 'On the line with a mechanized brigade',
    published: '2025-03-09',
    text: `Soldiers of the ${BRIGADE} said drones now decide most fights near Pokrovsk. Russian troops attacked 20 times in a day, the General Staff said.`,
  },
};

const report = (p: (typeof PAGES)[keyof typeof PAGES]) => ({
  meta: { url: p.url, title: p.title, published: p.published, lang: 'en' },
  text: p.text,
  blocks: [{ start: 0, end: p.text.length }],
});
const contentSender = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as never });
const optionsSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

function call<T = unknown>(type: string, payload: unknown, sender: object): Promise<Reply<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cx: 1, type, payload }, sender, (r: Reply<T>) => resolve(r));
  });
}

describe('units:sources in the background', () => {
  let service: BackgroundService;
  let library: IdbLibrary | undefined;
  let ac: AbortController;

  beforeEach(() => {
    fakeBrowser.reset();
    const factory = new IDBFactory();
    const core = createLibraryCore({ openLibrary: async () => (library = await createIdbLibrary(factory)) });
    ac = new AbortController();
    service = startBackground({ loadGazetteer: async () => gazetteer, log: () => undefined, features: [libraryFeature(core)], signal: ac.signal });
    listenForUnitQueries(core, ac.signal);
  });
  afterEach(() => {
    ac.abort();
    library?.close();
  });

  const read = async (tabId: number, p: (typeof PAGES)[keyof typeof PAGES]) => {
    const r = await call('page:report', report(p), contentSender(tabId, p.url));
    if (!r.ok) throw new Error(r.error);
    await service.settled();
    return (await service.getReport(tabId))!.analysis;
  };
  const ask = async (tabId: number, url: string, names: string[]) => {
    const r = await call<{ units: UnitSources[] }>('units:sources', { names }, contentSender(tabId, url));
    if (!r.ok) throw new Error(r.error);
    return r.value.units;
  };

  test('lists the other sources that mention the unit, newest first, without the asking page', async () => {
    const a = await read(1, PAGES.first);
    expect(a.units.map((u) => u.name)).toContain(BRIGADE);
    await read(2, PAGES.third);
    await read(3, PAGES.second);
    const [got] = await ask(3, PAGES.second.url, [BRIGADE]);
    expect(got.total).toBe(2);
    expect(got.sources.map((s) => [s.title, s.outlet, s.published])).toEqual([
      [PAGES.third.title, 'daily.example', '2025-03-09'],
      [PAGES.first.title, 'front.example', '2025-03-02'],
    ]);
    // a unit nobody else mentions
    const [none] = await ask(3, PAGES.second.url, ['93rd Separate Mechanized Brigade']);
    expect(none).toEqual({ name: '93rd Separate Mechanized Brigade', total: 0, sources: [] });
  });

  test('a source stored after the first question is in the next answer', async () => {
    await read(1, PAGES.first);
    const before = await ask(9, 'https://elsewhere.example/x', [BRIGADE]);
    expect(before[0].total).toBe(1);
    await read(2, PAGES.second);
    const after = await ask(9, 'https://elsewhere.example/x', [BRIGADE]);
    expect(after[0].sources.map((s) => s.outlet)).toEqual(['wire.example', 'front.example']);
  });

  test('refuses extension pages and bad payloads, with a reason', async () => {
    const fromOptions = await call('units:sources', { names: [BRIGADE] }, optionsSender);
    expect(fromOptions).toMatchObject({ ok: false, error: expect.stringMatching(/content script/) });
    const bad = await call('units:sources', { names: 'brigade' }, contentSender(1, PAGES.first.url));
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/names must be an array/) });
    const empty = await call('units:sources', { names: ['  '] }, contentSender(1, PAGES.first.url));
    expect(empty).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
  });
});

describe('the unit index', () => {
  test('matches names without case or extra spaces and counts a source once', () => {
    const rec = (id: string, units: string[], published?: string) => ({
      ...toRecord({ id, doc: id, ...(published ? { published } : {}) }, { claims: [], places: [], units: units.map((name) => ({ name, mentions: [] })) }),
    });
    const idx = buildUnitIndex([rec('a', ['3rd Assault Brigade', '3rd  assault brigade']), rec('b', ['3rd Assault Brigade'], '2025-01-01')]);
    expect(idx.get('3rd assault brigade')!.map((s) => s.id)).toEqual(['b', 'a']);
  });

  test.each([
    ['14th Mechanised Brigade', '14th Mechanized Brigade'],
    ['Khortytsia Operational-Strategic Group', 'Khortytsia Operational Strategic Group'],
    ['Kawlin People’s Defence Force', "Kawlin People's Defense Force"],
    ['Rubicon Centre', 'Rubicon Center'],
  ])('a source stored as "%s" is found for "%s"', async (stored, asked) => {
    const lib = createMemoryLibrary();
    const core = { open: async () => ({ library: lib }) as never, counts: () => lib.count() };
    await lib.put(toRecord({ id: 'a', doc: 'a' }, { claims: [], places: [], units: [{ name: stored, mentions: [] }] }));
    expect((await createUnitSources(core).sourcesFor([asked]))[0].total).toBe(1);
  });

  test('different units stay apart', () => {
    const rec = toRecord({ id: 'a', doc: 'a' }, { claims: [], places: [], units: [{ name: '14th Mechanized Brigade', mentions: [] }] });
    const idx = buildUnitIndex([rec]);
    expect(idx.has('41st mechanized brigade')).toBe(false);
    expect(idx.has('14th motorized brigade')).toBe(false);
  });

  test('is read again when the library counts change, and kept otherwise', async () => {
    const lib = createMemoryLibrary();
    let reads = 0;
    const counting = { ...lib, list: async () => (reads++, lib.list()) };
    const core = { open: async () => ({ library: counting }) as never, counts: () => lib.count() };
    const q = createUnitSources(core);
    await lib.put(toRecord({ id: 'a', doc: 'a' }, { claims: [], places: [], units: [{ name: 'Azov Brigade', mentions: [] }] }));
    expect((await q.sourcesFor(['Azov Brigade']))[0].total).toBe(1);
    expect((await q.sourcesFor(['Azov Brigade']))[0].total).toBe(1);
    expect(reads).toBe(1);
    await lib.put(toRecord({ id: 'b', doc: 'b' }, { claims: [], places: [], units: [{ name: 'Azov Brigade', mentions: [] }] }));
    expect((await q.sourcesFor(['Azov Brigade'], 'a'))[0].sources.map((s) => s.id)).toEqual(['b']);
    expect(reads).toBe(2);
  });
});
