/* global chrome */
// End to end in Debian's Chromium with the built Chrome extension: pages served on 127.0.0.1
// are read by the content script, analysed in the background, and shown in the side panel.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ROOT,
  activateTab,
  chromiumMissing,
  inWorker,
  launchWithExtension,
  openSidePanel,
  screenshot,
  serveFolder,
  tabIdOf,
  waitForReport,
} from './harness.mjs';

const missing = chromiumMissing();
// The side panel's verdict and the page title in its header (components/SidePanelView.tsx).
const VERDICT = '.cx-verdict';
const TITLE = '.cx-page';

describe('Chromium with the extension', { skip: missing ?? false, timeout: 180_000 }, () => {
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

  const open = async (path, base = server.url) => {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(path, base).href);
    page.errors = errors;
    return page;
  };

  test('the toolbar button opens the side panel', async () => {
    const behavior = await inWorker(browser.context, browser.extensionId, () => chrome.sidePanel.getPanelBehavior());
    assert.equal(behavior.openPanelOnActionClick, true);
    const manifest = await inWorker(browser.context, browser.extensionId, () => chrome.runtime.getManifest());
    assert.equal(manifest.side_panel.default_path, 'sidepanel.html');
    assert.equal(manifest.action.default_popup, undefined, 'a popup would take the click from the side panel');
  });

  test('a war article is read, analysed and shown in the side panel for its tab', async () => {
    const page = await open('war.html');
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    await page.waitForSelector('html[data-cx-ready]');

    // What the content script read: the article, not the navigation, sidebar or footer.
    const blocks = await page.evaluate(() => document.querySelectorAll('article h1, article p').length);
    assert.equal(report.paragraphs, blocks);
    assert.match(report.meta.title, /Drone strikes hit Kharkiv/);
    assert.equal(report.meta.published, '2025-03-14');

    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.locator(VERDICT).waitFor();
    assert.match(await panel.locator(TITLE).innerText(), /Drone strikes hit Kharkiv as fighting grinds on near Pokrovsk/);
    assert.equal(await panel.getByTestId('paragraphs').innerText(), String(blocks));
    assert.match(await panel.locator(VERDICT).innerText(), /^\W*War coverage/);
    const claims = Number((await panel.locator('#cx-claims-h').innerText()).match(/\d+/)[0]);
    assert.ok(claims > 0, `claims shown: ${claims}`);
    assert.equal(claims, report.analysis.claims.length);
    assert.equal(await panel.locator('li.cx-claim').count(), claims);
    assert.ok(await panel.getByText('155th Separate Mechanized Brigade').count());
    const textLength = await panel.getByTestId('text-length').innerText();
    assert.ok(!(await panel.locator('body').innerText()).includes('recipes'), 'sidebar text not read');
    assert.match(textLength, /character/);
    assert.deepEqual(page.errors, []);

    await screenshot(page, 'chromium-war-article');
    await screenshot(panel, 'chromium-panel-war', { fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'chromium-panel-war-dark', { fullPage: true });
    await panel.close();
    await page.close();
  });

  test('a page without war is reported as not war coverage', async () => {
    const page = await open('calm.html');
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    const report = await waitForReport(browser.context, browser.extensionId, tabId);
    assert.equal(report.analysis.warCoverage.isWarCoverage, false);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.locator(VERDICT).waitFor();
    assert.match(await panel.locator(VERDICT).innerText(), /Not war coverage/);
    assert.match(await panel.locator(TITLE).innerText(), /Allotment society/);
    await screenshot(panel, 'chromium-panel-not-war', { fullPage: true });
    await panel.close();
    await page.close();
  });

  test('the side panel follows the active tab', async () => {
    const war = await open('war.html');
    const sudan = await open('other-war.html');
    const warId = await tabIdOf(browser.context, browser.extensionId, war);
    const sudanId = await tabIdOf(browser.context, browser.extensionId, sudan);
    await waitForReport(browser.context, browser.extensionId, warId);
    await waitForReport(browser.context, browser.extensionId, sudanId);
    const windowId = await inWorker(browser.context, browser.extensionId, async (id) => (await chrome.tabs.get(id)).windowId, warId);

    // The panel follows the active tab of one window, as the real side panel does.
    const panel = await openSidePanel(browser.context, browser.extensionId, null, { window: windowId });
    await activateTab(browser.context, browser.extensionId, war);
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('Kharkiv'));
    await activateTab(browser.context, browser.extensionId, sudan);
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('El Fasher'));
    assert.equal(await panel.locator('[data-tab]').getAttribute('data-tab'), String(sudanId));
    assert.match(await panel.locator(VERDICT).innerText(), /War coverage/);
    await screenshot(panel, 'chromium-panel-followed-tab', { fullPage: true });
    await panel.close();
    await war.close();
    await sudan.close();
  });

  test('back from the back-forward cache, the tab reports the page it shows again', async () => {
    const page = await open('cacheable/war.html');
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    await waitForReport(browser.context, browser.extensionId, tabId);
    await page.evaluate(() => (window.cxTestMarker = 1));
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('Kharkiv'));

    await page.goto(new URL('cacheable/calm.html', server.url).href);
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('Allotment'));
    assert.match(await panel.locator(VERDICT).innerText(), /Not war coverage/);

    // Back: the page comes out of the back-forward cache (no new load, the content script is
    // not run again), and still the panel shows it once more.
    await page.goBack({ waitUntil: 'commit' });
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('Kharkiv'));
    assert.equal(await page.evaluate(() => window.cxTestMarker), 1, 'restored from the back-forward cache');
    assert.match(await panel.locator(VERDICT).innerText(), /^\W*War coverage/);
    await panel.close();
    await page.close();
  });

  test('a single-page app that moves to another story is read again', async () => {
    const page = await open('spa.html');
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    await waitForReport(browser.context, browser.extensionId, tabId);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('Allotment'));
    assert.match(await panel.locator(VERDICT).innerText(), /Not war coverage/);

    await page.evaluate(() => window.nextStory());
    await panel.waitForFunction(() => document.querySelector('.cx-page')?.textContent?.includes('Kharkiv'));
    assert.match(await panel.locator(VERDICT).innerText(), /^\W*War coverage/);
    assert.match(await panel.getByTestId('url').innerText(), /spa\.html$/);
    await panel.close();
    await page.close();
  });

  test('switching the site off stops reading and reporting it', async () => {
    const page = await open('war.html');
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    await waitForReport(browser.context, browser.extensionId, tabId);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await panel.locator(VERDICT).waitFor();

    // Off from the side panel's switch: the page loses its mark and the report goes away.
    const sw = panel.getByTestId('site-switch');
    assert.equal(await sw.isChecked(), true);
    await sw.uncheck();
    await page.waitForSelector('html:not([data-cx-ready])');
    await panel.getByTestId('empty').waitFor();
    assert.match(await panel.getByTestId('empty').innerText(), /off for this site/);
    await screenshot(panel, 'chromium-panel-site-off', { fullPage: true });

    // Reloaded while off: not reported. The same page from another host (localhost) still is,
    // so the content script does run and only this site is off.
    await page.reload();
    const control = await open('war.html', server.url.replace('127.0.0.1', 'localhost'));
    const controlId = await tabIdOf(browser.context, browser.extensionId, control);
    await waitForReport(browser.context, browser.extensionId, controlId);
    await page.waitForTimeout(1000);
    const stored = await inWorker(
      browser.context,
      browser.extensionId,
      async (id) => (await chrome.storage.session.get(`cx-report:${id}`))[`cx-report:${id}`] ?? null,
      tabId,
    );
    assert.equal(stored, null);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-cx-ready')), false);

    // On again: read again without a reload.
    await sw.check();
    await waitForReport(browser.context, browser.extensionId, tabId);
    await page.waitForSelector('html[data-cx-ready]');
    await panel.close();
    await control.close();
    await page.close();
  });

  test('the options page: global switch off stops reading everywhere, a site set on still reads', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const global = options.getByLabel(/Read pages on every site/);
    await global.waitFor();
    assert.equal(await global.isChecked(), true);
    // The earlier test switched 127.0.0.1 off and on again from the side panel: it is listed.
    await options.getByRole('button', { name: 'Forget 127.0.0.1' }).click();
    await options.getByText('No site has its own setting').waitFor();
    await global.uncheck();
    await options.getByLabel('Site', { exact: true }).fill('localhost');
    await options.getByRole('button', { name: 'Set on' }).click();
    await options.getByText('localhost', { exact: true }).waitFor();
    await screenshot(options, 'chromium-options');

    const off = await open('calm.html');
    const on = await open('calm.html', server.url.replace('127.0.0.1', 'localhost'));
    const onId = await tabIdOf(browser.context, browser.extensionId, on);
    await waitForReport(browser.context, browser.extensionId, onId);
    await on.waitForSelector('html[data-cx-ready]');
    const offId = await tabIdOf(browser.context, browser.extensionId, off);
    await off.waitForTimeout(1000);
    const stored = await inWorker(
      browser.context,
      browser.extensionId,
      async (id) => (await chrome.storage.session.get(`cx-report:${id}`))[`cx-report:${id}`] ?? null,
      offId,
    );
    assert.equal(stored, null);
    assert.equal(await off.evaluate(() => document.documentElement.hasAttribute('data-cx-ready')), false);

    // Back to the defaults for any later test.
    await global.check();
    await options.getByRole('button', { name: 'Forget localhost' }).click();
    await options.getByText('No site has its own setting').waitFor();
    await options.close();
    await off.close();
    await on.close();
  });
});
