// Smoke test of the Firefox build in firefox-esr over WebDriver BiDi: the unpacked build is
// installed as a temporary add-on, reads a served war article (the content script marks <html>
// with data-cx-ready once the background answered), and its sidebar page, opened in a tab,
// shows the background's report for the article's tab, every claim with its normal form.
// Hovering a claim opens its card beside it; Escape closes it. Skips when firefox-esr is absent.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIREFOX_BUILD, ROOT, SCREENSHOTS, serveFolder } from './harness.mjs';
import { firefoxMissing, launchFirefox } from './bidi.mjs';

const GECKO_ID = 'crosscheck@crosscheck.dev';
const missing =
  firefoxMissing() ?? (existsSync(join(FIREFOX_BUILD, 'manifest.json')) ? null : `${FIREFOX_BUILD} is not built (npm run build)`);

describe('Firefox with the extension', { skip: missing ?? false, timeout: 180_000 }, () => {
  // Fixing the add-on's internal UUID through the profile lets the test open its pages.
  const uuid = randomUUID();
  let server;
  let firefox;

  before(async () => {
    server = await serveFolder(join(ROOT, 'tests', 'e2e', 'pages'));
    firefox = await launchFirefox({ prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) } });
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('the Firefox build reads a war article and its sidebar page shows the report', async () => {
    const { bidi } = firefox;
    const installed = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    assert.equal(installed.extension, GECKO_ID);

    const { contexts } = await bidi.send('browsingContext.getTree', {});
    const tab = contexts[0].context;
    const articleUrl = new URL('war.html', server.url).href;
    await bidi.send('browsingContext.navigate', { context: tab, url: articleUrl, wait: 'complete' });
    assert.equal(await bidi.waitFor(tab, "document.documentElement.hasAttribute('data-cx-ready')"), true);

    const { context: panel } = await bidi.send('browsingContext.create', { type: 'tab' });
    const panelUrl = `moz-extension://${uuid}/sidepanel.html`;
    await bidi.send('browsingContext.navigate', { context: panel, url: panelUrl, wait: 'complete' });
    const tabId = await bidi.evaluate(
      panel,
      `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(articleUrl)})?.id)`,
    );
    assert.equal(typeof tabId, 'number');
    await bidi.send('browsingContext.navigate', { context: panel, url: `${panelUrl}?tab=${tabId}`, wait: 'complete' });
    const verdict = await bidi.waitFor(panel, "document.querySelector('.cx-verdict')?.textContent");
    assert.match(verdict, /War coverage/);
    const title = await bidi.evaluate(panel, "document.querySelector('.cx-page')?.textContent");
    assert.match(title, /Drone strikes hit Kharkiv/);
    const claims = await bidi.evaluate(panel, "document.querySelectorAll('li.cx-claim').length");
    assert.ok(claims > 0, `claims listed: ${claims}`);

    // The article is painted: the three kinds of highlights are in the page's registry (or, without
    // the Highlight API, the fallback's cx-mark elements are in the article).
    const painted = await bidi.waitFor(
      tab,
      `(() => {
        const names = ['cx-unit', 'cx-place', 'cx-claim'];
        if (globalThis.CSS && CSS.highlights) return names.every((n) => (CSS.highlights.get(n)?.size ?? 0) > 0) && names.join();
        return ['unit', 'place', 'claim'].every((k) => document.querySelector('cx-mark[data-kind=' + k + ']')) && 'fallback';
      })()`,
    );
    assert.ok(painted, 'units, places and claims are highlighted');
    const pageShot = await bidi.send('browsingContext.captureScreenshot', { context: tab, origin: 'viewport' });
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, 'firefox-war-article-highlights.png'), Buffer.from(pageShot.data, 'base64'));

    // Hovering a claim opens its card next to it (in a closed shadow root, which BiDi cannot read in
    // Firefox: what it says is checked in the screenshot) without covering the claim; Escape closes it.
    const mark = await bidi.evaluate(
      tab,
      `(() => {
        for (const r of CSS.highlights?.get('cx-claim') ?? []) {
          const b = r.getClientRects()[0];
          if (b && b.top > 0 && b.bottom < innerHeight) return { x: Math.round(b.left + Math.min(6, b.width / 2)), y: Math.round(b.top + b.height / 2), top: b.top, bottom: b.bottom, text: r.toString() };
        }
        return null;
      })()`,
    );
    assert.ok(mark, 'a claim is painted in view');
    const pointer = (actions) => bidi.send('input.performActions', { context: tab, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
    await pointer([{ type: 'pointerMove', x: 2, y: 2 }, { type: 'pointerMove', x: mark.x, y: mark.y, duration: 100 }]);
    const card = await bidi.waitFor(
      tab,
      `(() => {
        const h = document.querySelector('cx-card-host');
        if (!h) return null;
        const b = h.getBoundingClientRect();
        return b.height > 40 ? { top: b.top, bottom: b.bottom, height: b.height, placement: h.getAttribute('data-placement'), shadow: h.shadowRoot === null } : null;
      })()`,
      { timeout: 5_000 },
    );
    assert.equal(card.shadow, true, 'the card is in a closed shadow root');
    assert.ok(card.placement === 'below' ? card.top >= mark.bottom - 1 : card.bottom <= mark.top + 1, `the card (${card.placement}) does not cover the claim`);
    const cardShot = await bidi.send('browsingContext.captureScreenshot', { context: tab, origin: 'viewport' });
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, 'firefox-hover-card.png'), Buffer.from(cardShot.data, 'base64'));
    await bidi.send('input.performActions', { context: tab, actions: [{ type: 'key', id: 'kb', actions: [{ type: 'keyDown', value: '\uE00C' }, { type: 'keyUp', value: '\uE00C' }] }] });
    await bidi.waitFor(tab, "document.querySelector('cx-card-host') === null", { timeout: 5_000 });

    // The sidebar page lists the page's claims with their normal forms (the card's first line).
    const listed = await bidi.evaluate(panel, "[...document.querySelectorAll('li.cx-claim')].map((li) => li.querySelector('.cx-normal')?.textContent ?? '')");
    assert.equal(listed.length, claims);
    assert.ok(listed.every((t) => t.length > 0), 'every claim shows its normal form');
    assert.ok(listed.some((t) => /112/.test(t) && /drone/i.test(t)), `the drones claim in normal form: ${listed.join(' | ')}`);

    await bidi.send('browsingContext.setViewport', { context: panel, viewport: { width: 380, height: 900 } });
    const shot = await bidi.send('browsingContext.captureScreenshot', { context: panel, origin: 'document' });
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, 'firefox-panel-war.png'), Buffer.from(shot.data, 'base64'));
  });
});
