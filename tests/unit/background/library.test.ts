// The background library with WXT's fakeBrowser and fake-indexeddb: pages reported by content
// scripts are linked to the library and added to it when they are war coverage, except in
// private windows, while paused and on excluded sites; a revisit updates its source; the
// options page's import keeps good lines and reports bad ones by number.
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGazetteer, type Gazetteer } from '../../../lib/gazetteer/index';
import { startBackground, type BackgroundService } from '../../../lib/messaging/background-service';
import type { ImportSummary, LibraryStatus, PanelLinks, Reply, TabReport } from '../../../lib/messaging/protocol';
import { createIdbLibrary, type IdbLibrary } from '../../../lib/store/idb';
import { createLibraryCore, libraryFeature, importKind, lineCuts } from '../../../lib/background/library';
import { mergeSummaries, splitImport } from '../../../lib/background/import-chunks';
import { librarySettingsItem } from '../../../lib/background/settings';
import { relationCounts } from '../../../lib/format/links';
import type { ClaimLinks } from '../../../lib/model';

interface Article {
  slug: string;
  title: string;
  published: string;
  paragraphs: string[];
}
const ARTICLES: Article[] = JSON.parse(readFileSync(new URL('../../fixtures/library/toretsk.json', import.meta.url), 'utf8')).articles;
const [gains, grinds, disputed, garden] = ARTICLES;

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer.json', import.meta.url), 'utf8')));
});

function pageReport(a: Article, url: string) {
  const parts = [a.title, ...a.paragraphs];
  const text = parts.join('\n\n');
  const blocks: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of parts) {
    blocks.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return { meta: { url, title: a.title, published: a.published, lang: 'en' }, text, blocks };
}

const contentSender = (tabId: number, url: string, incognito = false) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, incognito } as never });
const optionsSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

async function call<T = unknown>(type: string, payload: unknown, sender: object): Promise<Reply<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cx: 1, type, payload }, sender, (r: Reply<T>) => resolve(r));
  });
}
function value<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('background library', () => {
  let service: BackgroundService;
  let library: IdbLibrary;
  let factory: IDBFactory;

  const start = () =>
    startBackground({
      loadGazetteer: async () => gazetteer,
      log: () => undefined,
      features: [libraryFeature(createLibraryCore({ openLibrary: async () => (library = await createIdbLibrary(factory)), loadDemoPack: async () => readFileSync(new URL('../../../assets/packs/demo.jsonl', import.meta.url), 'utf8') }))],
    });

  const read = async (tabId: number, a: Article, url: string, incognito = false): Promise<TabReport> => {
    const reply = await call('page:report', pageReport(a, url), contentSender(tabId, url, incognito));
    expect(reply.ok).toBe(true);
    await service.settled();
    return (await service.getReport(tabId))!;
  };
  const status = async () => value(await call<LibraryStatus>('library:status', {}, optionsSender));

  beforeEach(() => {
    fakeBrowser.reset();
    factory = new IDBFactory();
    service = start();
  });
  afterEach(() => {
    service.stop();
    library?.close();
  });

  test('a war-coverage page is added; a page that is not war coverage is not', async () => {
    const r = await read(1, gains, 'https://front.example/toretsk?utm_source=x#top');
    expect(r.analysis.warCoverage.isWarCoverage).toBe(true);
    expect(r.librarySize).toBe(1);
    expect(r.outlet).toBe('front.example');
    const stored = await library.list();
    expect(stored.map((s) => s.id)).toEqual(['https://front.example/toretsk']);
    expect(stored[0]).toMatchObject({ outlet: 'front.example', title: gains.title, published: '2024-09-20', language: 'en' });
    expect(stored[0].fingerprint).toBeTruthy();
    expect('text' in stored[0]).toBe(false);

    const g = await read(2, garden, 'https://town.example/flowers');
    expect(g.analysis.warCoverage.isWarCoverage).toBe(false);
    expect(g.librarySize).toBe(1);
    expect((await status()).sources).toBe(1);
  });

  test('a second article links to the first: corroborating and conflicting figures, with their sources', async () => {
    // what each tab's content script is handed for its hover cards
    const pushed: { tabId: number; type: string; payload: { links: { relations: unknown[] }[] } }[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: { type: string; payload: never }) => {
      pushed.push({ tabId, type: message.type, payload: message.payload });
      return { ok: true, value: { painted: true } };
    }) as never;
    await read(1, gains, 'https://front.example/toretsk');
    await read(3, disputed, 'https://wire.example/toretsk-claim');
    const r = await read(2, grinds, 'https://daily.example/toretsk');
    const relations = r.links!.flatMap((l) => l.relations);
    const corroborates = relations.find((x) => x.relation === 'corroborates');
    expect(corroborates?.b.doc).toBe('https://front.example/toretsk');
    expect(corroborates?.b.text).toBe('about 500 square kilometres');
    expect(relations.find((x) => x.relation === 'conflicts')?.b.doc).toBe('https://wire.example/toretsk-claim');
    expect(relations.every((x) => x.b.doc !== 'https://daily.example/toretsk')).toBe(true); // never itself
    expect(r.sources!.map((s) => s.id).sort()).toEqual(['https://front.example/toretsk', 'https://wire.example/toretsk-claim']);
    expect(r.librarySize).toBe(3);

    // the first tab, still open, was linked again once the others arrived
    const first = (await service.getReport(1))!;
    expect(first.links!.flatMap((l) => l.relations).map((x) => x.b.doc)).toContain('https://daily.example/toretsk');

    // the pages' hover cards get the same counts as the panel (not its relations), the first tab's again after the relink
    const lastFor = (tabId: number) => pushed.filter((p) => p.tabId === tabId && p.type === 'page:links').at(-1);
    const counts = (links: readonly (ClaimLinks | PanelLinks)[] | undefined) => (links ?? []).map((l) => [l.claim, relationCounts(l as ClaimLinks), l.independentSources]);
    expect(counts(lastFor(2)?.payload.links as ClaimLinks[])).toEqual(counts(r.links));
    expect(counts(lastFor(1)?.payload.links as ClaimLinks[])).toEqual(counts(first.links));
    expect(lastFor(1)?.payload.links.some((l) => Object.values(relationCounts(l as ClaimLinks)).some((n) => n > 0))).toBe(true);
    expect(lastFor(1)?.payload.links.flatMap((l) => l.relations)).toEqual([]);
  });

  test('private windows, a paused library and excluded sites add nothing (pages are still linked)', async () => {
    await read(1, gains, 'https://front.example/toretsk');
    const priv = await read(2, grinds, 'https://daily.example/toretsk', true);
    expect(priv.links!.flatMap((l) => l.relations).map((x) => x.b.doc)).toContain('https://front.example/toretsk');
    expect((await status()).sources).toBe(1);

    await librarySettingsItem.setValue({ paused: true, excludedSites: [] });
    await read(3, disputed, 'https://wire.example/toretsk-claim');
    expect((await status()).sources).toBe(1);

    await librarySettingsItem.setValue({ paused: false, excludedSites: ['wire.example'] });
    await read(4, disputed, 'https://news.wire.example/toretsk-claim');
    expect((await status()).sources).toBe(1);
    expect(await status()).toMatchObject({ paused: false, excludedSites: ['wire.example'] });

    await read(5, disputed, 'https://other.example/toretsk-claim');
    expect((await status()).sources).toBe(2);
  });

  test('a page\'s links reach the panel before the page is stored; the size counts the page it is storing', async () => {
    await read(1, gains, 'https://front.example/toretsk');
    // the next store waits until the test lets it go
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const put = library.put.bind(library);
    library.put = async (r) => {
      await gate;
      return put(r);
    };
    const pushed: { type: string; tabId?: number }[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: { type: string; payload?: { tabId?: number } }) => void pushed.push({ type: m.type, tabId: m.payload?.tabId }));
    expect(value(await call<{ marks: unknown }>('page:report', pageReport(grinds, 'https://daily.example/toretsk'), contentSender(2, 'https://daily.example/toretsk'))).marks).toBeTruthy();
    let linked: TabReport | null = null;
    for (let i = 0; i < 200 && !linked?.links; i++) {
      await new Promise((ok) => setTimeout(ok, 5));
      linked = await service.getReport(2);
    }
    // linked and pushed while the store is still held
    expect(linked!.links!.flatMap((l) => l.relations).some((x) => x.b.doc === 'https://front.example/toretsk')).toBe(true);
    expect(linked!.librarySize).toBe(2);
    expect(pushed.filter((m) => m.type === 'report:changed' && m.tabId === 2).length).toBeGreaterThanOrEqual(1);
    expect((await library.list()).map((x) => x.id)).toEqual(['https://front.example/toretsk']);
    release();
    await service.settled();
    expect((await library.list()).map((x) => x.id).sort()).toEqual(['https://daily.example/toretsk', 'https://front.example/toretsk']);
    expect((await status()).sources).toBe(2);
  });

  test('panels are told of a page being linked with its links, or without them once linking takes a while', async () => {
    await read(1, gains, 'https://front.example/toretsk');
    // candidate lookups wait until the test lets them go
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const candidates = library.candidates.bind(library);
    library.candidates = async (keys, limit) => {
      await gate;
      return candidates(keys, limit);
    };
    const told: boolean[] = [];
    const carried: (boolean | undefined)[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: { type: string; payload?: { tabId?: number; report?: TabReport } }) => {
      if (m.type !== 'report:changed' || m.payload?.tabId !== 2) return;
      void service.getReport(2).then((r) => told.push(r?.links !== undefined));
      carried.push(m.payload.report ? m.payload.report.links !== undefined : undefined);
    });
    value(await call<{ marks: unknown }>('page:report', pageReport(grinds, 'https://daily.example/toretsk'), contentSender(2, 'https://daily.example/toretsk')));
    expect(told).toEqual([]); // not at once: the links may follow within a moment
    for (let i = 0; i < 400 && !told.length; i++) await new Promise((ok) => setTimeout(ok, 5));
    expect(told).toEqual([false]); // the analysed report, while the page is still being linked
    release();
    await service.settled();
    expect(told).toEqual([false, true]);
    // the push that brings the links carries the report itself (the panel shows it without asking)
    expect(carried).toEqual([undefined, true]);
  });

  test('a revisit or an edit updates its source instead of adding another', async () => {
    await read(1, gains, 'https://front.example/toretsk');
    const edited = { ...gains, title: 'Toretsk front (updated)' };
    const again = await read(1, edited, 'https://front.example/toretsk?utm_campaign=feed#comments');
    expect(again.librarySize).toBe(1);
    const all = await library.list();
    expect(all).toHaveLength(1);
    expect(all[0].title).toBe('Toretsk front (updated)');
  });

  test('import keeps good lines, reports bad ones by line number, and says what it added', async () => {
    const demo = readFileSync(new URL('../../../assets/packs/demo.jsonl', import.meta.url), 'utf8').trim().split('\n');
    const text = [demo[0], '{"v":1,"meta":{"id":"x"}}', 'not json at all', demo[1], ''].join('\n');
    expect(importKind(text)).toBe('pack');
    const s = value(await call<ImportSummary>('library:import', { text, name: 'mixed.jsonl' }, optionsSender));
    expect(s.kind).toBe('pack');
    expect(s.added).toHaveLength(2);
    expect(s.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(s.errors[0].message).toMatch(/meta\.doc/);
    expect(s.message).toMatch(/2 sources added.*2 bad lines left out.*holds 2 sources/);
    expect((await status()).sources).toBe(2);
  });

  test('export, clear and import round-trip the library; clearing needs the confirmation word', async () => {
    value(await call<ImportSummary>('library:import-demo', {}, optionsSender));
    await read(1, gains, 'https://front.example/toretsk');
    const before = await status();
    expect(before.sources).toBeGreaterThan(5);
    const { jsonl, sources } = value(await call<{ jsonl: string; sources: number }>('library:export', {}, optionsSender));
    expect(sources).toBe(before.sources);
    expect(importKind(jsonl)).toBe('library');

    expect(await call('library:clear', {}, optionsSender)).toEqual({ ok: false, error: expect.stringMatching(/confirm/) });
    expect(value(await call<{ removed: number }>('library:clear', { confirm: 'clear' }, optionsSender)).removed).toBe(before.sources);
    expect((await status()).sources).toBe(0);

    const broken = jsonl.replace(/\n$/, '') + '\n{"id":"bad"}\n';
    const s = value(await call<ImportSummary>('library:import', { text: broken, name: 'export.jsonl' }, optionsSender));
    expect(s.kind).toBe('library');
    expect(s.added).toHaveLength(before.sources);
    expect(s.errors).toEqual([{ line: before.sources + 2, message: expect.stringMatching(/doc/) }]);
    expect(await status()).toMatchObject({ sources: before.sources, claims: before.claims });
    const exportedAgain = value(await call<{ jsonl: string }>('library:export', {}, optionsSender)).jsonl;
    const byId = (t: string) => t.trim().split('\n').slice(1).map((l) => JSON.parse(l)).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(exportedAgain)).toEqual(byId(jsonl));
  });

  test('a large file travels in parts: line numbers of the whole file, the same library either way', async () => {
    const demo = readFileSync(new URL('../../../assets/packs/demo.jsonl', import.meta.url), 'utf8').trim().split('\n');
    value(await call('library:import', { text: demo.join('\n'), name: 'demo.jsonl' }, optionsSender));
    const whole = value(await call<{ jsonl: string; parts: number }>('library:export', {}, optionsSender));
    expect(whole.parts).toBe(1);
    // an export with a bad line 4, split into parts of a few lines each
    const lines = whole.jsonl.trim().split('\n');
    lines.splice(3, 0, '{"id": "broken", "doc": "x"}');
    const file = lines.join('\n') + '\n';
    const parts = splitImport(file, 9000);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.slice(1).every((p) => p.text.startsWith('{"crosscheck":"library"'))).toBe(true);
    value(await call('library:clear', { confirm: 'clear' }, optionsSender));
    const done: ImportSummary[] = [];
    for (const p of parts) done.push(value(await call<ImportSummary>('library:import', { text: p.text, name: 'big.jsonl', lineOffset: p.lineOffset }, optionsSender)));
    const merged = mergeSummaries('big.jsonl', done);
    expect(merged.errors).toEqual([{ line: 4, message: expect.stringMatching(/claims/) }]);
    expect(merged.added).toHaveLength(demo.length);
    expect(merged.message).toMatch(/big\.jsonl: 10 sources added, 0 updated, 1 bad line left out; the library now holds 10 sources/);

    // export in parts cut after newlines: the parts join to the whole
    expect(lineCuts('ab\ncd\nef\n', 4)).toEqual([0, 3, 6, 9]);
    expect(lineCuts('', 4)).toEqual([0, 0]);
  });

  test('export parts join to the whole export', async () => {
    service.stop();
    service = startBackground({
      loadGazetteer: async () => gazetteer,
      log: () => undefined,
      features: [libraryFeature(createLibraryCore({ openLibrary: async () => (library = await createIdbLibrary(factory)), exportPartChars: 5000 }))],
    });
    const demo = readFileSync(new URL('../../../assets/packs/demo.jsonl', import.meta.url), 'utf8');
    value(await call('library:import', { text: demo, name: 'demo.jsonl' }, optionsSender));
    const first = value(await call<{ jsonl: string; parts: number }>('library:export', { part: 0 }, optionsSender));
    expect(first.parts).toBeGreaterThan(2);
    let joined = first.jsonl;
    for (let part = 1; part < first.parts; part++) joined += value(await call<{ jsonl: string }>('library:export', { part }, optionsSender)).jsonl;
    expect(joined).toBe(await library.exportJsonl());
    expect(joined.split('\n').filter(Boolean).every((l) => JSON.parse(l))).toBe(true);
  });

  test('library messages are refused from content scripts', async () => {
    const r = await call('library:export', {}, contentSender(1, 'https://front.example/'));
    expect(r).toEqual({ ok: false, error: 'library:export is only accepted from an extension page' });
  });
});
