/* global chrome */
// End to end in Chromium: a feed added in the options page fills the library, and an article
// opened afterwards links to the feed's items. The feed is tests/fixtures/feeds/serve.mjs on
// 127.0.0.1 (the demo pack's articles as a news site with RSS).
//
// Permission: the options page asks with browser.permissions.request inside the "Add feed"
// click (a Playwright click is a user gesture). Headless Chromium cannot show or accept the
// permission dialog, and there is no switch to auto-accept it; but Chrome grants a request
// without a dialog for a site the person already allowed under the extension's "Site access"
// in chrome://extensions. The test does exactly that first (through that page's own
// developerPrivate API, the one its "Add a site" button uses), so the shipped code path runs
// unchanged and no test-only flag exists in the build.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ask, chromiumMissing, inWorker, launchWithExtension, screenshot, tabIdOf, waitForReport } from './harness.mjs';
import { startFeedServer } from '../fixtures/feeds/serve.mjs';

const missing = chromiumMissing();

describe('feeds in Chromium', { skip: missing ?? false, timeout: 240_000 }, () => {
  let feeds;
  let browser;

  before(async () => {
    feeds = await startFeedServer();
    browser = await launchWithExtension();
  });

  after(async () => {
    await browser?.close();
    await feeds?.close();
  });

  test('nothing is fetched from a site the person has not allowed', async () => {
    const allowed = await inWorker(browser.context, browser.extensionId, () => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
    assert.equal(allowed, false, 'optional host permissions start ungranted');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const probe = await ask(options, 'feeds:probe', { url: `${feeds.origin}/feed.xml` });
    assert.equal(probe.ok, false);
    assert.match(probe.message, /permission/i);
    assert.equal(feeds.requests.length, 0, 'the feed server saw no request');
    await options.close();
  });

  test('a feed added in options fills the library; an open article links to its items', async () => {
    // The person allows 127.0.0.1 under Site access (see the header).
    const ext = await browser.context.newPage();
    await ext.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await ext.evaluate((id) => chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'), browser.extensionId);
    await ext.close();

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 760, height: 1200 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('No feeds yet.').waitFor();
    await options.getByLabel('Feed address').fill(`${feeds.origin}/feed.xml`);
    await options.getByRole('button', { name: 'Add feed' }).click();

    const feed = options.getByTestId('feeds').locator('li').first();
    await feed.getByText('OK', { exact: true }).waitFor({ timeout: 60_000 });
    const detail = await feed.locator('.feed-detail').innerText();
    assert.match(detail, /9 new items — 9 added/, detail);
    assert.equal(await inWorker(browser.context, browser.extensionId, () => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] })), true, 'the click granted the optional permission');
    await screenshot(options, 'options-feed-added', { fullPage: true });

    const status = await ask(options, 'library:status', {});
    assert.equal(status.sources, 9);
    const listed = await ask(options, 'feeds:list', {});
    assert.equal(listed[0].title, 'Local Front News');
    const alarm = await inWorker(browser.context, browser.extensionId, () => chrome.alarms.get('cx-feeds'));
    assert.ok(alarm && alarm.scheduledTime > Date.now() + 30 * 60_000, 'the next check is scheduled about an hour ahead');

    // Checking again: items already seen are not fetched again.
    const articleHits = () => feeds.requests.filter((r) => r.path.startsWith('/articles/')).length;
    const before = articleHits();
    await options.getByRole('button', { name: 'Check now' }).click();
    await feed.getByText(/no new items/).waitFor();
    assert.equal(articleHits(), before);

    // An article opened now links to the feed's items.
    const page = await browser.context.newPage();
    await page.goto(`${feeds.origin}/open/kupiansk.html`);
    const tabId = await tabIdOf(browser.context, browser.extensionId, page);
    await waitForReport(browser.context, browser.extensionId, tabId);
    let report;
    for (let i = 0; i < 100; i++) {
      report = await ask(options, 'report:get', { tabId });
      if (report?.links) break;
      await options.waitForTimeout(200);
    }
    // a relation's page claim is its link's claim index
    const relations = report.links.flatMap((l) => l.relations.map((r) => ({ ...r, on: report.analysis.claims[l.claim].text })));
    const tanks = relations.find((r) => r.on.includes('12 tanks') && r.relation === 'corroborates');
    assert.ok(tanks, `12 tanks near Kupiansk is corroborated: ${JSON.stringify(relations.map((r) => [r.on, r.relation, r.b.doc]))}`);
    assert.ok(tanks.b.doc.startsWith(`${feeds.origin}/articles/`), tanks.b.doc);
    assert.equal(report.librarySize, 10, 'the open article joined the library too');
    assert.ok(report.sources.every((s) => s.url.startsWith(feeds.origin)));

    // Removing the feed keeps its sources and clears the alarm.
    await options.getByRole('button', { name: /Remove Local Front News/ }).click();
    await options.getByText('No feeds yet.').waitFor();
    assert.equal(await inWorker(browser.context, browser.extensionId, () => chrome.alarms.get('cx-feeds')), undefined);
    await screenshot(options, 'options-feed-removed');
    await page.close();
    await options.close();
  });
});
