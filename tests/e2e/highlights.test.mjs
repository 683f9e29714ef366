// End to end in Chromium with the built extension: what a reader sees on the page. A war article
// is painted with the three kinds of highlights (CSS Custom Highlights registered by the content
// script in the page's own registry), a calm page is not; hovering a claim opens its card (in a
// closed shadow root, read here through the DevTools protocol); the side panel scrolls the page to
// a claim and a card's "open in side panel" selects it there; switching the site off gives back
// the page's DOM byte for byte.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ROOT,
  chromiumMissing,
  inShadowRoot,
  launchWithExtension,
  openPage,
  openSidePanel,
  screenshot,
  serveFolder,
  setSettings,
  tabIdOf,
  waitForReport,
} from './harness.mjs';

const missing = chromiumMissing();
const NAMES = ['cx-unit', 'cx-place', 'cx-claim'];
const DEFAULTS = { enabled: true, sites: {}, kinds: { units: true, places: true, claims: true } };

/** Sizes of our highlights in the page's registry (main world), by name; 0 when absent. */
function highlightSizes(page) {
  return page.evaluate((names) => Object.fromEntries(names.map((n) => [n, CSS.highlights.get(n)?.size ?? 0])), [...NAMES, 'cx-flash']);
}

/** Waits until every kind in `names` has ranges. */
function waitForHighlights(page, names = NAMES) {
  return page.waitForFunction((ns) => ns.every((n) => (CSS.highlights.get(n)?.size ?? 0) > 0), names, { timeout: 20_000 });
}

/** The viewport box of the first range of highlight `name` whose text matches `re` (source string). */
function rangeBox(page, name, re) {
  return page.evaluate(
    ([n, source]) => {
      for (const r of CSS.highlights.get(n) ?? []) {
        if (new RegExp(source).test(r.toString())) {
          const b = r.getClientRects()[0];
          return { x: b.left + Math.min(6, b.width / 2), y: b.top + b.height / 2, text: r.toString(), top: r.getBoundingClientRect().top };
        }
      }
      return null;
    },
    [name, re.source],
  );
}

/** The hover card's host and what its closed shadow root shows (via CDP, which pierces closed roots). */
async function readCard(page) {
  return inShadowRoot(page, 'cx-card-host', `function () {
    const q = (s) => this.querySelector(s);
    const btn = q('[data-action=open-panel]')?.getBoundingClientRect();
    return {
      mode: this.mode,
      text: this.textContent,
      normal: q('[data-testid=normal-form]')?.textContent ?? null,
      counts: q('[data-testid=counts]')?.textContent ?? null,
      openPanel: btn ? { x: btn.left + btn.width / 2, y: btn.top + btn.height / 2 } : null,
    };
  }`);
}

describe('Highlights on the page', { skip: missing ?? false, timeout: 240_000 }, () => {
  let server;
  let browser;

  before(async () => {
    server = await serveFolder(join(ROOT, 'tests', 'e2e', 'pages'));
    browser = await launchWithExtension();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path) => openPage(browser.context, new URL(path, server.url).href);

  test('a war article shows units, places and claims; a calm page shows none', async () => {
    const page = await open(`long-war.html?${Math.random().toString(36).slice(2)}`);
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    assert.equal(report.analysis.warCoverage.isWarCoverage, true);
    await waitForHighlights(page);
    const sizes = await highlightSizes(page);
    const mentions = (list) => list.reduce((n, e) => n + e.mentions.length, 0);
    assert.equal(sizes['cx-claim'], report.analysis.claims.length, 'every claim is painted');
    assert.equal(sizes['cx-unit'], mentions(report.analysis.units), 'every unit mention is painted');
    assert.equal(sizes['cx-place'], mentions(report.analysis.places), 'every place mention is painted');
    // The painted text is the text the engine found.
    const unit = await rangeBox(page, 'cx-unit', /24th Separate Mechanized Brigade/);
    assert.ok(unit, 'the brigade is marked as a unit');
    assert.ok(await rangeBox(page, 'cx-place', /^Chasiv Yar$/), 'Chasiv Yar is marked as a place');
    // Nothing was added to the DOM: highlights only.
    assert.equal(await page.evaluate(() => document.querySelectorAll('cx-mark, cx-card-host').length), 0);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'highlights-war-article');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => (document.body.style.cssText = 'background:#15181b;color:#e4e4e4'));
    await screenshot(page, 'highlights-war-article-dark');
    await page.close();

    const calm = await open('calm.html');
    const calmId = await tabIdOf(browser.context, browser.extensionId, calm);
    const calmReport = await waitForReport(browser.context, browser.extensionId, calmId);
    assert.equal(calmReport.analysis.warCoverage.isWarCoverage, false);
    await calm.waitForSelector('html[data-cx-ready]');
    await calm.waitForTimeout(500);
    assert.deepEqual(Object.values(await highlightSizes(calm)), [0, 0, 0, 0], 'no highlights on a page that is not war coverage');
    await screenshot(calm, 'highlights-calm-page');

    // "Highlight anyway" in the side panel switches the site on explicitly: now it is painted.
    const panel = await openSidePanel(browser.context, browser.extensionId, calmId);
    await panel.getByTestId('highlight-anyway').click();
    await calm.waitForFunction(() => (CSS.highlights.get('cx-claim')?.size ?? 0) > 0, null, { timeout: 10_000 });
    await panel.getByTestId('highlight-anyway').waitFor({ state: 'detached' });
    await screenshot(panel, 'highlights-panel-not-war', { fullPage: true });
    await setSettings(browser.context, browser.extensionId, DEFAULTS);
    await calm.waitForFunction(() => (CSS.highlights.get('cx-claim')?.size ?? 0) === 0, null, { timeout: 10_000 });
    await panel.close();
    await calm.close();
  });

  test('hovering a claim opens its card with the normal form and the counts; "open in side panel" selects it there', async () => {
    const page = await open(`long-war.html?${Math.random().toString(36).slice(2)}`);
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    await waitForHighlights(page);
    const index = report.analysis.claims.findIndex((c) => /420/.test(c.text));
    assert.ok(index >= 0, 'the 420 servicemen claim was found');
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.locator('li.cx-claim').first().waitFor();
    await page.bringToFront();

    const box = await rangeBox(page, 'cx-claim', /420/);
    assert.ok(box, 'the claim is painted');
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('cx-card-host', { state: 'attached', timeout: 5_000 });
    const card = await readCard(page);
    assert.equal(card.mode, 'closed', 'the card lives in a closed shadow root');
    assert.match(card.normal, /420/, `normal form: ${card.normal}`);
    assert.notEqual(card.normal.trim(), report.analysis.claims[index].text.trim(), 'the normal form is not the raw quote');
    assert.match(card.counts, /no other sources yet|corroborate|conflict|update|related/);
    await screenshot(page, 'highlights-hover-card');

    // The card never covers the highlight it belongs to.
    const cardRect = await page.evaluate(() => {
      const h = document.querySelector('cx-card-host');
      return { top: parseFloat(h.style.top), placement: h.getAttribute('data-placement') };
    });
    if (cardRect.placement === 'below') assert.ok(cardRect.top >= box.y, 'card below the mark');

    // "Open in side panel" from the card selects that claim in the (open) side panel.
    assert.ok(card.openPanel, 'the card has an "open in side panel" button');
    await page.mouse.move(card.openPanel.x, card.openPanel.y, { steps: 4 });
    await page.mouse.click(card.openPanel.x, card.openPanel.y);
    await panel.waitForSelector(`li.cx-claim[data-claim="${index}"][data-selected]`, { timeout: 5_000 });

    // Escape closes the card.
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('cx-card-host', { state: 'attached' });
    await page.keyboard.press('Escape');
    await page.waitForSelector('cx-card-host', { state: 'detached', timeout: 5_000 });
    assert.deepEqual(page.errors, []);
    await panel.close();
    await page.close();
  });

  test('clicking a claim in the side panel scrolls the page to it and flashes it', async () => {
    const page = await open(`long-war.html?${Math.random().toString(36).slice(2)}`);
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    await waitForHighlights(page);
    const last = report.analysis.claims.length - 1;
    assert.match(report.analysis.claims[last].text, /1,180|14 artillery/);
    const before = await rangeBox(page, 'cx-claim', /1,180|14 artillery/);
    const viewport = page.viewportSize();
    assert.ok(before.top > viewport.height, `the last claim starts below the fold (${before.top})`);

    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.locator(`li.cx-claim[data-claim="${last}"] .cx-quote`).click();
    await page.waitForFunction(() => (CSS.highlights.get('cx-flash')?.size ?? 0) > 0, null, { timeout: 5_000 });
    await page.waitForFunction(
      (src) => {
        for (const r of CSS.highlights.get('cx-claim') ?? []) {
          if (new RegExp(src).test(r.toString())) {
            const b = r.getBoundingClientRect();
            return b.top >= 0 && b.bottom <= innerHeight;
          }
        }
        return false;
      },
      /1,180|14 artillery/.source,
      { timeout: 5_000 },
    );
    assert.ok((await page.evaluate(() => scrollY)) > 0, 'the page scrolled');
    await screenshot(page, 'highlights-scrolled-to-claim');
    await screenshot(panel, 'highlights-panel', { fullPage: true });
    await panel.close();
    await page.close();
  });

  test('a live page that adds an update is read again and the new claim is painted', async () => {
    const page = await open(`long-war.html?${Math.random().toString(36).slice(2)}`);
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    await waitForHighlights(page);
    const claims = report.analysis.claims.length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: the regional governor said a drone strike on Sumy overnight wounded 23 people.';
      document.querySelector('article').append(p);
    });
    await page.waitForFunction(
      () => [...(CSS.highlights.get('cx-claim') ?? [])].some((r) => /23 people/.test(r.toString())),
      null,
      { timeout: 15_000 },
    );
    assert.ok((await highlightSizes(page))['cx-claim'] > claims, 'one more claim painted');
    assert.ok(await rangeBox(page, 'cx-place', /^Sumy$/), 'the new place is painted');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('switching the site off leaves the DOM exactly as it was before Crosscheck touched it', async () => {
    // Off first, so the page is loaded and snapshotted untouched.
    await setSettings(browser.context, browser.extensionId, { ...DEFAULTS, sites: { '127.0.0.1': false } });
    const page = await open(`long-war.html?${Math.random().toString(36).slice(2)}`);
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-cx-ready')), false);
    const untouched = await page.evaluate(() => document.documentElement.outerHTML);
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.length);

    // On: painted, a card opened, then closed.
    await setSettings(browser.context, browser.extensionId, { ...DEFAULTS, sites: { '127.0.0.1': true } });
    await waitForHighlights(page);
    const box = await rangeBox(page, 'cx-claim', /420/);
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('cx-card-host', { state: 'attached' });
    assert.notEqual(await page.evaluate(() => document.documentElement.outerHTML), untouched, 'while on, the page carries our marks');

    // Off again, with the card still open: every trace goes.
    await setSettings(browser.context, browser.extensionId, { ...DEFAULTS, sites: { '127.0.0.1': false } });
    await page.waitForSelector('html:not([data-cx-ready])');
    await page.waitForFunction(() => !document.querySelector('cx-card-host'));
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), untouched, 'DOM restored byte for byte');
    assert.deepEqual(await highlightSizes(page), { 'cx-unit': 0, 'cx-place': 0, 'cx-claim': 0, 'cx-flash': 0 });
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('cx-')).length), 0, 'no cx- highlight left registered');
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), sheets, 'our stylesheet is gone');
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'highlights-switched-off');
    await setSettings(browser.context, browser.extensionId, DEFAULTS);
    await page.close();
  });
});
