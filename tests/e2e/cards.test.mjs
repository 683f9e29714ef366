/* global chrome */
// End to end in Chromium with the built extension: what the hover cards offer beyond the claim's
// own figures. A unit's card lists the other sources in the library that mention the unit (two
// articles of our own writing read one after the other in the same profile); a claim card's
// "Open in side panel" opens Chrome's real side panel when it is closed (the click's user
// action reaches the background with the message) and the panel shows that claim.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumMissing, inShadowRoot, inWorker, openPage, screenshot, servePagesWithExtension, stopServiceWorker, tabIdOf, waitForReport } from './harness.mjs';

const missing = chromiumMissing();
const UNIT = '93rd Separate Mechanized Brigade';

const article = (title, date, paragraphs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${date}T07:00:00Z">
<style>body{font:17px/1.6 Georgia,serif;max-width:700px;margin:24px auto;padding:0 16px}</style></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

const PAGES = {
  'first.html': article('Brigade holds the approaches to Kostiantynivka', '2025-04-02', [
    `The ${UNIT} said on Tuesday that its soldiers had repelled 16 Russian assaults on the approaches to Kostiantynivka in Donetsk Oblast over the past day.`,
    'Russian forces shelled the town 40 times and struck it with glide bombs, the regional governor said. Two civilians were killed and nine were wounded.',
    'Ukraine’s General Staff said 142 clashes took place along the front line, most of them in the Pokrovsk and Kostiantynivka directions.',
  ]),
  'second.html': article('Drones and mud on the Kostiantynivka front', '2025-04-06', [
    `Drone crews of the ${UNIT} destroyed three tanks and seven armoured vehicles near Kostiantynivka, the brigade said on Sunday.`,
    'Russian troops attacked Ukrainian positions in the area 25 times in a day, according to the General Staff, which said about 300 Russian soldiers were killed or wounded.',
    'A missile strike on Kramatorsk killed four people and wounded at least 18 others, officials in Donetsk Oblast said.',
  ]),
};

/** Viewport point on the first range of our highlight `name` whose text matches `re`. */
function markPoint(page, name, re) {
  return page.evaluate(
    ([n, source]) => {
      for (const r of CSS.highlights.get(n) ?? []) {
        if (!new RegExp(source).test(r.toString())) continue;
        const b = r.getClientRects()[0];
        if (b && b.top >= 0 && b.bottom <= innerHeight) return { x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 };
      }
      return null;
    },
    [name, re.source],
  );
}

describe('Hover cards: unit sources and the side panel', { skip: missing ?? false, timeout: 180_000 }, () => {
  let close;
  let server;
  let browser;

  before(async () => {
    ({ server, browser, close } = await servePagesWithExtension('cx-cards-', PAGES));
  });

  after(async () => {
    await close?.();
  });

  const open = async (path) => {
    const page = await openPage(browser.context, new URL(path, server.url).href);
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    await page.waitForFunction(() => (CSS.highlights.get('cx-unit')?.size ?? 0) > 0, null, { timeout: 20_000 });
    return { page, tabId, report };
  };

  /** Waits until the library holds `n` sources (the background stores a page after linking it). */
  const waitForLibrary = async (tabId, n) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const size = await inWorker(browser.context, browser.extensionId, async (id) => (await chrome.storage.session.get(`cx-report:${id}`))[`cx-report:${id}`]?.librarySize ?? 0, tabId);
      if (size >= n) return;
      if (Date.now() > deadline) throw new Error(`the library did not reach ${n} sources`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  test('a unit card lists the other sources in the library that mention the unit', async () => {
    const first = await open('first.html');
    assert.ok(first.report.analysis.units.some((u) => u.name === UNIT), 'the brigade is found on the first page');
    await waitForLibrary(first.tabId, 1);
    await first.page.close();

    const second = await open('second.html');
    assert.ok(second.report.analysis.units.some((u) => u.name === UNIT), 'and on the second');
    const at = await markPoint(second.page, 'cx-unit', /93rd/);
    assert.ok(at, 'the brigade is painted in view');
    // the card's list arrives after painting: hover until it shows the source
    let card = null;
    for (let i = 0; i < 20 && !card?.items?.length; i++) {
      await second.page.mouse.move(5, 5);
      await second.page.mouse.move(at.x, at.y, { steps: 2 });
      await second.page.waitForSelector('cx-card-host', { state: 'attached', timeout: 5_000 });
      card = await inShadowRoot(
        second.page,
        'cx-card-host',
        `function () {
          return {
            title: this.querySelector('.cx-title')?.textContent,
            count: this.querySelector('[data-testid=unit-sources-count]')?.textContent ?? null,
            items: [...this.querySelectorAll('[data-testid=unit-sources] li')].map((li) => ({ text: li.textContent, href: li.querySelector('a')?.href ?? null })),
          };
        }`,
      );
      if (!card?.items?.length) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(card.title, UNIT);
    assert.equal(card.count, 'Also in 1 other source in your library:');
    assert.equal(card.items.length, 1, 'the page itself is not listed');
    assert.match(card.items[0].text, /^Brigade holds the approaches to Kostiantynivka \(127\.0\.0\.1, 2 April 2025\)$/);
    assert.equal(card.items[0].href, new URL('first.html', server.url).href);
    await screenshot(second.page, 'cards-unit-sources');
    assert.deepEqual(second.page.errors, []);
    await second.page.close();
  });

  /** What the card shows for the first mark of highlight `name` matching `re` (hovered afresh). */
  const cardFor = async (page, name, re) => {
    await page.mouse.move(5, 5);
    await page.waitForSelector('cx-card-host', { state: 'detached', timeout: 5_000 });
    const at = await markPoint(page, name, re);
    assert.ok(at, `${re} is painted in view`);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await page.waitForSelector('cx-card-host', { state: 'attached', timeout: 10_000 });
    return inShadowRoot(page, 'cx-card-host', `function () {
      const card = this.querySelector('.cx-card');
      return card ? { kind: card.getAttribute('data-kind'), label: card.getAttribute('aria-label'), text: card.textContent } : null;
    }`);
  };

  /** Waits until the tab's report has its links (the library linked it: cards show its counts). */
  const waitForLinks = async (tabId) => {
    const deadline = Date.now() + 20_000;
    while ((await waitForReport(browser.context, browser.extensionId, tabId)).links === undefined) {
      assert.ok(Date.now() < deadline, 'the page was linked');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  test('cards opened after the background worker restarted show what they show with a running worker', async () => {
    const marks = [
      ['cx-claim', /tanks/],
      ['cx-place', /^Kramatorsk$/],
      ['cx-unit', /93rd/],
    ];
    // the cards of the page with the worker that analysed it
    const first = await open('second.html');
    await waitForLinks(first.tabId);
    const expected = [];
    for (const [name, re] of marks) expected.push(await cardFor(first.page, name, re));
    assert.deepEqual(expected.map((c) => c?.kind), ['claim', 'place', 'unit']);
    assert.match(expected[0].text, /three tanks/);
    assert.match(expected[1].text, /Kramatorsk/);
    assert.match(expected[2].text, /93rd Separate Mechanized Brigade/);
    await first.page.close();

    // the same article in another tab, painted; then the worker stops (as Chrome stops an idle one)
    const second = await open('second.html');
    await waitForLinks(second.tabId);
    await new Promise((r) => setTimeout(r, 500)); // the unit sources asked after painting
    await inWorker(browser.context, browser.extensionId, () => (globalThis.__cxOldWorker = true));
    await stopServiceWorker(browser.context, browser.extensionId);

    // no card of this tab was opened before: each one is asked of the fresh worker
    for (const [i, [name, re]] of marks.entries()) assert.deepEqual(await cardFor(second.page, name, re), expected[i], `the ${expected[i].kind} card`);
    assert.equal(await inWorker(browser.context, browser.extensionId, () => globalThis.__cxOldWorker ?? false), false, 'a new worker answered');
    await screenshot(second.page, 'cards-unit-after-worker-restart');
    await cardFor(second.page, 'cx-place', /^Kramatorsk$/);
    await screenshot(second.page, 'cards-place-after-worker-restart');
    assert.deepEqual(second.page.errors, []);
    await second.page.close();
  });

  test('"Open in side panel" on a claim card opens the closed side panel at that claim', async () => {
    const { page, tabId, report } = await open('second.html');
    const panelsOpen = () =>
      inWorker(browser.context, browser.extensionId, async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length);
    assert.equal(await panelsOpen(), 0, 'no side panel is open yet');
    const index = report.analysis.claims.findIndex((c) => /tanks/.test(c.text));
    assert.ok(index >= 0, 'the tanks claim was found');
    const at = await markPoint(page, 'cx-claim', /tanks/);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await page.waitForSelector('cx-card-host', { state: 'attached', timeout: 5_000 });
    const button = await inShadowRoot(page, 'cx-card-host', `function () {
      const b = this.querySelector('[data-action=open-panel]')?.getBoundingClientRect();
      return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
    }`);
    assert.ok(button, 'the card has the button');
    // record what the background hands the panel to select
    await inWorker(browser.context, browser.extensionId, () => {
      globalThis.__cxSelectWrites = [];
      const set = chrome.storage.session.set.bind(chrome.storage.session);
      chrome.storage.session.set = (items, ...rest) => {
        for (const [k, v] of Object.entries(items)) if (k.startsWith('cx-select:')) globalThis.__cxSelectWrites.push([k, v]);
        return set(items, ...rest);
      };
    });
    await page.mouse.move(button.x, button.y, { steps: 4 });
    await page.mouse.click(button.x, button.y);
    const deadline = Date.now() + 10_000;
    while ((await panelsOpen()) === 0) {
      assert.ok(Date.now() < deadline, 'the side panel opened');
      await new Promise((r) => setTimeout(r, 200));
    }
    // the panel is a page of the browser context: it shows and selects the claim
    let panel = null;
    while (!panel && Date.now() < deadline + 5_000) {
      panel = browser.context.pages().find((p) => p.url().includes('/sidepanel.html')) ?? null;
      if (!panel) await new Promise((r) => setTimeout(r, 200));
    }
    if (panel) {
      await panel.waitForSelector(`li.cx-claim[data-claim="${index}"][data-selected]`, { timeout: 10_000 });
      await screenshot(panel, 'cards-panel-opened-from-card', { fullPage: true });
    }
    // the claim was handed to the panel, and the panel took it (read and removed it)
    const writes = await inWorker(browser.context, browser.extensionId, () => globalThis.__cxSelectWrites);
    assert.deepEqual(writes, [[`cx-select:${tabId}`, index]]);
    const readBack = Date.now() + 10_000;
    for (;;) {
      const left = await inWorker(browser.context, browser.extensionId, async (id) => (await chrome.storage.session.get(`cx-select:${id}`))[`cx-select:${id}`] ?? null, tabId);
      if (left === null) break;
      assert.ok(Date.now() < readBack, 'the opened panel read the claim it was opened for');
      await new Promise((r) => setTimeout(r, 200));
    }
    const refused = await inShadowRoot(page, 'cx-card-host', `function () { return this.querySelector('[data-testid=panel-refused]')?.textContent ?? null; }`);
    assert.equal(refused, null, 'the card does not say it was refused');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
