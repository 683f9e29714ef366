// The background service with WXT's fakeBrowser: content reports are validated and analysed
// with the real engine and gazetteer, reports are kept per tab and given only to extension
// pages, and forgotten when tabs close or navigate.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGazetteer, type Gazetteer } from '../../../lib/gazetteer/index';
import { startBackground, type BackgroundService } from '../../../lib/messaging/background-service';
import type { PageMarks, Reply, TabReport } from '../../../lib/messaging/protocol';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = createGazetteer(JSON.parse(readFileSync(new URL('../../../public/gazetteer.json', import.meta.url), 'utf8')));
});

const contentSender = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: 'https://news.example/story', tab: { id: tabId } as never });
const panelSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

async function call(type: string, payload: unknown, sender: object): Promise<Reply<unknown>> {
  let reply!: Reply<unknown>;
  const done = new Promise<void>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ cx: 1, type, payload }, sender, (r: Reply<unknown>) => {
      reply = r;
      resolve();
    });
  });
  await done;
  return reply;
}

function value<T = unknown>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const text =
  'Russian forces attacked near Pokrovsk in Donetsk Oblast on Friday.\n\n' +
  'The 155th Separate Mechanized Brigade said it repelled 14 assaults and that about 300 Russian soldiers were killed.';
const report = {
  meta: { url: 'https://news.example/story', title: 'Assaults near Pokrovsk', published: '2025-03-14' },
  text,
  blocks: [
    { start: 0, end: text.indexOf('\n') },
    { start: text.indexOf('\n') + 2, end: text.length },
  ],
};

describe('background service', () => {
  let service: BackgroundService;
  let loads = 0;

  beforeEach(() => {
    fakeBrowser.reset();
    loads = 0;
    service = startBackground({
      loadGazetteer: async () => {
        loads++;
        return gazetteer;
      },
      log: () => undefined,
    });
  });
  afterEach(() => service.stop());

  test('a content report is analysed and kept for its tab; the page is answered only what it paints', async () => {
    const reply = await call('page:report', report, contentSender(5));
    expect(reply.ok).toBe(true);
    const got = await call('report:get', { tabId: 5 }, panelSender);
    expect(got.ok).toBe(true);
    const tabReport = (got as { value: TabReport }).value;
    expect(tabReport).toMatchObject({ tabId: 5, textLength: text.length, paragraphs: 2, meta: report.meta });
    const { analysis } = tabReport;
    expect(analysis.warCoverage.isWarCoverage).toBe(true);
    expect(analysis.units.map((u) => u.name)).toContain('155th Separate Mechanized Brigade');
    expect(analysis.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Pokrovsk', 'Donetsk Oblast']));
    expect(analysis.claims.length).toBeGreaterThan(0);

    // the page gets the offsets of every mark of the panel's report, and no claim's fields
    const { marks } = (reply as { value: { marks: PageMarks } }).value;
    expect(Object.keys(marks).sort()).toEqual(['claims', 'isWarCoverage', 'places', 'reportId', 'unitNames', 'units']);
    expect(marks.reportId).toBe(tabReport.reportId);
    expect(marks.isWarCoverage).toBe(true);
    expect(marks.unitNames).toEqual(analysis.units.map((u) => u.name));
    expect(marks.units).toEqual(analysis.units.map((u) => u.mentions.flatMap((m) => [m.start, m.end])));
    expect(marks.places).toEqual(analysis.places.map((p) => p.mentions.flatMap((m) => [m.start, m.end])));
    expect(marks.claims).toEqual(analysis.claims.flatMap((c) => [c.start, c.end]));
    expect(marks.claims.map((_, i) => i % 2 === 0 && text.slice(marks.claims[i], marks.claims[i + 1])).filter(Boolean)).toEqual(analysis.claims.map((c) => c.text));
    expect(JSON.stringify(marks).length).toBeLessThan(JSON.stringify(analysis).length / 3);
  });

  test('a hover card asks for one mark: the claim, the place or the unit of the tab\'s own report', async () => {
    const { marks } = value<{ marks: PageMarks }>(await call('page:report', report, contentSender(21)));
    const { analysis } = (await service.getReport(21))!;
    const card = (kind: string, index: number, tab = 21, reportId = marks.reportId) => call('page:card', { reportId, kind, index }, contentSender(tab));
    const claim = analysis.claims.findIndex((c) => /300/.test(c.text));
    expect(value(await card('claim', claim))).toEqual({ kind: 'claim', index: claim, claim: analysis.claims[claim] });
    const pokrovsk = analysis.places.findIndex((p) => p.name === 'Pokrovsk');
    const { mentions, id: _id, ...place } = analysis.places[pokrovsk];
    expect(value(await card('place', pokrovsk))).toEqual({ kind: 'place', index: pokrovsk, place: { ...place, mentionCount: mentions.length } });
    expect(value(await card('unit', 0))).toEqual({ kind: 'unit', index: 0, unit: { name: analysis.units[0].name, side: analysis.units[0].side, mentionCount: analysis.units[0].mentions.length } });
    // no such mark, another tab's report, a report replaced since: nothing to show
    expect(value(await card('claim', analysis.claims.length))).toBeNull();
    expect(value(await card('claim', claim, 22))).toBeNull();
    const again = value<{ marks: PageMarks }>(await call('page:report', report, contentSender(21)));
    expect(again.marks.reportId).not.toBe(marks.reportId);
    expect(value(await card('claim', claim))).toBeNull();
    expect(value(await card('claim', claim, 21, again.marks.reportId))).toMatchObject({ kind: 'claim', claim: { text: analysis.claims[claim].text } });
  });

  test('a card question with a bad payload, or from a page that is not a content script, is refused clearly', async () => {
    const { marks } = value<{ marks: PageMarks }>(await call('page:report', report, contentSender(23)));
    expect(await call('page:card', { reportId: marks.reportId, kind: 'claim', index: -1 }, contentSender(23))).toEqual({ ok: false, error: 'index must be a non-negative integer' });
    expect(await call('page:card', { reportId: marks.reportId, kind: 'person', index: 0 }, contentSender(23))).toEqual({ ok: false, error: 'kind must be "unit", "place" or "claim"' });
    expect(await call('page:card', { kind: 'claim', index: 0 }, contentSender(23))).toEqual({ ok: false, error: 'reportId must be a string' });
    expect(await call('page:card', { reportId: marks.reportId, kind: 'claim', index: 0 }, panelSender)).toEqual({ ok: false, error: 'page:card is only accepted from a content script' });
  });

  test('the gazetteer is loaded once for all tabs', async () => {
    await call('page:report', report, contentSender(1));
    await call('page:report', report, contentSender(2));
    expect(loads).toBe(1);
  });

  test('an invalid payload is refused with a clear error and nothing is kept', async () => {
    const reply = await call('page:report', { ...report, text: 'x'.repeat(2_000_001), blocks: [] }, contentSender(3));
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/page text is too large/) });
    expect(await service.getReport(3)).toBeNull();
  });

  test('reports go only to extension pages, and page:report only comes from content scripts', async () => {
    await call('page:report', report, contentSender(4));
    const fromPage = await call('report:get', { tabId: 4 }, contentSender(9));
    expect(fromPage).toEqual({ ok: false, error: 'report:get is only accepted from an extension page' });
    const fromPanel = await call('page:report', report, panelSender);
    expect(fromPanel).toEqual({ ok: false, error: 'page:report is only accepted from a content script' });
  });

  test('a tab that closes, navigates or switches off loses its report; open panels are told', async () => {
    const pushed: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => void pushed.push(m));
    await call('page:report', report, contentSender(6));
    await call('page:report', report, contentSender(7));
    await call('page:report', report, contentSender(8));
    expect(pushed).toContainEqual({ cx: 1, type: 'report:changed', payload: { tabId: 6 } });

    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 0, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading', url: 'https://news.example/next' }, {} as never);
    expect((await call('page:clear', { url: report.meta.url }, contentSender(8))).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    for (const id of [6, 7, 8]) expect(await service.getReport(id)).toBeNull();
    expect(pushed.filter((m) => (m as { type?: string }).type === 'report:changed')).toHaveLength(6);
  });

  test('a report survives a restart of the background through session storage', async () => {
    await call('page:report', report, contentSender(11));
    // written a moment after it changed (packed with other tabs'); a worker is stopped only when idle
    await service.settled();
    service.stop();
    const restarted = startBackground({ loadGazetteer: async () => gazetteer, log: () => undefined });
    expect((await restarted.getReport(11))?.meta.title).toBe('Assaults near Pokrovsk');
    restarted.stop();
  });

  test('a card opened after the background restarted is answered from the report kept in session storage', async () => {
    const { marks } = value<{ marks: PageMarks }>(await call('page:report', report, contentSender(12)));
    const claim = (await service.getReport(12))!.analysis.claims[0];
    await service.settled();
    service.stop();
    const restarted = startBackground({ loadGazetteer: async () => gazetteer, log: () => undefined });
    const got = await call('page:card', { reportId: marks.reportId, kind: 'claim', index: 0 }, contentSender(12));
    expect(value(got)).toEqual({ kind: 'claim', index: 0, claim });
    restarted.stop();
  });

  test('reports are written to session storage together, a moment after they change; a forgotten one is not handed back', async () => {
    const writes: string[][] = [];
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    fakeBrowser.storage.session.set = (async (items: Record<string, unknown>) => {
      writes.push(Object.keys(items).sort());
      return set(items);
    }) as never;
    await call('page:report', report, contentSender(21));
    await call('page:report', report, contentSender(22));
    expect(writes).toEqual([]); // the answer went first
    await service.settled();
    expect(writes).toEqual([['cx-report:21', 'cx-report:22']]);

    // a tab closed before its removal was written: the service does not hand its report back
    await call('page:report', report, contentSender(23));
    await service.settled();
    await fakeBrowser.tabs.onRemoved.trigger(23, { windowId: 0, isWindowClosing: false });
    expect(await service.getReport(23)).toBeNull();
    await service.settled();
    expect((await fakeBrowser.storage.session.get('cx-report:23'))['cx-report:23']).toBeUndefined();
  });

  test('once stopped, the service answers nothing', async () => {
    service.stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
