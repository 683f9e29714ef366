// End to end on real markup: saved news pages from ../shared/corpus/news-pages (gunzipped and
// served on 127.0.0.1; every request to another host is refused, so the pages run offline). For
// each page: loaded with Crosscheck off for the site and snapshotted, switched on, read and
// painted (only when the engine calls it war coverage; the three war stories of the corpus are
// included), then switched off: no page error or console error caused by us, no highlights on a
// page that is not war coverage, and the DOM given back byte for byte (for pages whose own scripts
// leave them still). Skips when ../shared is absent.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT, SCREENSHOTS, chromiumMissing, servePagesWithExtension, setSettings, tabIdOf, waitForReport } from './harness.mjs';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news-pages');
const NAMES = ['cx-unit', 'cx-place', 'cx-claim'];
const DEFAULTS = { enabled: true, sites: {}, kinds: { units: true, places: true, claims: true } };
// The corpus README names three war stories; these are their pages (found by their ground-truth URLs).
const WAR_URLS = [/al-tanf-rukban/, /afghanistan-helicopter-crash/, /taliban-prisoners-flown-to-qatar/];
const OTHERS = 6;

const missing = chromiumMissing() ?? (existsSync(join(CORPUS, 'ground-truth.json')) ? null : `${CORPUS} is absent`);

/** Up to OTHERS pages that are not war stories (spread over the corpus) plus the war ones. */
async function choosePages() {
  const truth = JSON.parse(await readFile(join(CORPUS, 'ground-truth.json'), 'utf8'));
  const files = new Set((await readdir(join(CORPUS, 'html'))).map((f) => f.replace(/\.html\.gz$/, '')));
  const entries = Object.entries(truth).filter(([hash]) => files.has(hash)).sort(([a], [b]) => a.localeCompare(b));
  const war = entries.filter(([, v]) => WAR_URLS.some((re) => re.test(v.url ?? '')));
  const rest = entries.filter(([, v]) => !WAR_URLS.some((re) => re.test(v.url ?? '')));
  const step = Math.max(1, Math.floor(rest.length / OTHERS));
  const others = rest.filter((_, i) => i % step === 0).slice(0, OTHERS);
  return [...war.map(([hash, v]) => ({ hash, url: v.url, war: true })), ...others.map(([hash, v]) => ({ hash, url: v.url, war: false }))];
}

const pages = missing ? [] : await choosePages();

describe('Real news pages', { skip: missing ?? false, timeout: 600_000 }, () => {
  let close;
  let server;
  let browser;

  before(async () => {
    const files = {};
    for (const p of pages) files[`${p.hash}.html`] = gunzipSync(await readFile(join(CORPUS, 'html', `${p.hash}.html.gz`)));
    ({ server, browser, close } = await servePagesWithExtension('cx-news-', files));
  });

  after(async () => {
    await close?.();
  });

  // Off: the global switch; on: the defaults (no site set on explicitly, so only war coverage is painted).
  const crosscheck = (on) => setSettings(browser.context, browser.extensionId, { ...DEFAULTS, enabled: on });

  for (const p of pages) {
    test(`${p.war ? 'war story' : 'other'}: ${p.url}`, async () => {
      await crosscheck(false);
      const page = await browser.context.newPage();
      // Offline: only our server answers.
      await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      const errors = { off: [], on: [], ours: [] };
      let phase = 'off';
      page.on('pageerror', (e) => {
        errors[phase].push(e.message);
        if (/chrome-extension:\/\//.test(e.stack ?? '')) errors.ours.push(e.stack);
      });
      page.on('console', (m) => {
        if (/crosscheck/i.test(m.text()) && (m.type() === 'error' || m.type() === 'warning')) errors.ours.push(m.text());
      });
      await page.goto(new URL(`${p.hash}.html`, server.url).href, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForTimeout(1000);
      const untouched = await page.evaluate(() => document.documentElement.outerHTML);
      await page.waitForTimeout(1000);
      // A page whose own scripts keep changing it (lazy loaders, tickers) cannot be compared byte for byte.
      const stable = untouched === (await page.evaluate(() => document.documentElement.outerHTML));

      phase = 'on';
      await crosscheck(true);
      const tabId = await tabIdOf(browser.context, browser.extensionId, page);
      const report = await waitForReport(browser.context, browser.extensionId, tabId, { timeout: 60_000 });
      await page.waitForSelector('html[data-cx-ready]');
      const war = report.analysis.warCoverage.isWarCoverage;
      if (war && report.analysis.claims.length) {
        await page.waitForFunction(() => (CSS.highlights.get('cx-claim')?.size ?? 0) > 0, null, { timeout: 30_000 });
      } else {
        await page.waitForTimeout(500);
      }
      const sizes = await page.evaluate((ns) => ns.map((n) => CSS.highlights.get(n)?.size ?? 0), NAMES);
      const painted = sizes.some((n) => n > 0);
      // Painted exactly when the engine calls it war coverage; a page that is not a war story is
      // neither read as one nor painted.
      assert.equal(painted, war && report.analysis.claims.length + report.analysis.places.length + report.analysis.units.length > 0);
      if (!p.war) {
        assert.equal(war, false, `read as war coverage: ${report.analysis.warCoverage.reasons.join('; ')}`);
        assert.equal(painted, false, 'no highlights on a page that is not war coverage');
      }

      await crosscheck(false);
      await page.waitForSelector('html:not([data-cx-ready])');
      await page.waitForFunction(() => !document.querySelector('cx-card-host, cx-mark'));
      assert.deepEqual(await page.evaluate((ns) => ns.map((n) => CSS.highlights.get(n)?.size ?? 0), NAMES), [0, 0, 0]);
      if (stable) {
        const now = await page.evaluate(() => document.documentElement.outerHTML);
        if (now !== untouched) {
          let i = 0;
          while (i < now.length && now[i] === untouched[i]) i++;
          assert.fail(`DOM not restored at ${i}: before …${untouched.slice(Math.max(0, i - 80), i + 120)}… after …${now.slice(Math.max(0, i - 80), i + 120)}…`);
        }
      }
      assert.deepEqual(errors.ours, [], 'no error from Crosscheck');
      // Errors the page throws only while Crosscheck is on would be ours too.
      assert.deepEqual(errors.on.filter((m) => !errors.off.includes(m)), [], 'no new page errors while on');
      // The painted state, for looking at (after the comparison: screenshots wake some pages' lazy
      // loaders; caret 'initial' because Playwright's caret hiding leaves style="" on inputs).
      await crosscheck(true);
      await page.waitForSelector('html[data-cx-ready]');
      if (painted) await page.waitForFunction(() => (CSS.highlights.get('cx-claim')?.size ?? 0) + (CSS.highlights.get('cx-place')?.size ?? 0) > 0);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `news-${p.war ? 'war' : 'other'}-${p.hash.slice(0, 8)}.png`), caret: 'initial' });
      console.log(`# ${p.hash.slice(0, 8)} ${war ? 'war' : 'not war'} · ${report.textLength} chars · marks ${sizes.join('/')} · stable ${stable}`);
      await page.close();
    });
  }

  test('back to the default settings', async () => {
    await setSettings(browser.context, browser.extensionId, DEFAULTS);
  });
});
