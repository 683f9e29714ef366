// End to end in Chromium with the built extension: the side panel's "Updates over time" charts.
// Four front reports of our own writing, a month apart, give running totals of the same five
// quantities (ground taken around Toretsk, tanks near Pokrovsk, drones over Kharkiv, people
// evacuated from Kupiansk, shells on Nikopol). The first three are read (and so kept in the
// library); the side panel of the fourth lists each of its claims as updated and draws one
// timeline per claim: the first ones at once, the others when the person scrolls down to them.
// What is checked is what a person sees: the captions, the values and dates on each chart, the
// series' claimants, and a chart further down drawn once it is scrolled into view.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ask, chromiumMissing, openSidePanel, screenshot, servePagesWithExtension, tabIdOf, waitForReport } from './harness.mjs';

const missing = chromiumMissing();

const DATES = ['2024-05-02', '2024-06-03', '2024-07-01', '2024-08-01'];
const MONTHS = ['May', 'June', 'July', 'August'];
const FIGURES = [
  {
    values: [120, 210, 330, 470],
    unit: 'km²',
    say: (n) => `Russian forces have captured about ${n} square kilometres around Toretsk since the start of the year, Ukrainian analysts said.`,
  },
  {
    values: [40, 65, 90, 118],
    unit: 'tanks',
    say: (n) => `Ukraine's General Staff said ${n} Russian tanks had been destroyed near Pokrovsk since January.`,
  },
  {
    values: [300, 420, 560, 700],
    unit: 'drones',
    say: (n) => `Air defence units have shot down ${n} drones over Kharkiv since the start of the year, the regional governor said.`,
  },
  {
    values: [1500, 2600, 3900, 5200],
    unit: 'people',
    say: (n) => `The regional administration said ${n} civilians had been evacuated from Kupiansk since January.`,
  },
  {
    values: [800, 1400, 2100, 2900],
    unit: 'shells',
    say: (n) => `Officials said ${n} artillery shells had hit Nikopol since the start of the year.`,
  },
];
const QUIET = [
  'A bakery near the station opened again after the power came back.',
  'Schools in the region will teach online until the autumn.',
  'Volunteers repaired the roof of the district hospital over the weekend.',
  'The river crossing was closed again after heavy rain.',
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function report(k) {
  const title = `Front report, ${MONTHS[k]} 2024`;
  const paragraphs = [...FIGURES.map((f) => f.say(f.values[k])), QUIET[k]];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="${DATES[k]}T08:00:00Z"></head>
<body><main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></main></body></html>`;
}

const fmt = (n) => n.toLocaleString('en-US');

describe('Side panel timelines in Chromium', { skip: missing ?? false, timeout: 180_000 }, () => {
  let close;
  let server;
  let browser;

  before(async () => {
    const pages = Object.fromEntries(DATES.map((_, k) => [`report-${k}.html`, report(k)]));
    ({ server, browser, close } = await servePagesWithExtension('cx-timelines-', pages));
  });

  after(async () => {
    await close?.();
  });

  test('each updated claim gets a chart of its figures over time; charts further down are drawn when scrolled to', async () => {
    const { context, extensionId } = browser;
    // the three earlier reports, read one after the other (each joins the library)
    const tabs = [];
    for (let k = 0; k < 3; k++) {
      const page = await context.newPage();
      await page.goto(`${server.url}report-${k}.html`);
      await waitForReport(context, extensionId, await tabIdOf(context, extensionId, page));
      tabs.push(page);
    }
    const page = await context.newPage();
    await page.goto(`${server.url}report-3.html`);
    const tabId = await tabIdOf(context, extensionId, page);
    await waitForReport(context, extensionId, tabId);
    const panel = await openSidePanel(context, extensionId, tabId, { height: 640 });
    // the library step is done when the report counts the three earlier reports and this one
    for (let i = 0; i < 100; i++) {
      const r = await ask(panel, 'report:get', { tabId });
      if (r?.librarySize === 4) break;
      await panel.waitForTimeout(200);
    }
    await panel.reload();

    // every claim is listed as updated by the earlier reports
    const claims = panel.locator('li.cx-claim');
    await claims.first().waitFor();
    assert.equal(await claims.count(), FIGURES.length);
    for (const f of FIGURES) {
      const row = claims.filter({ has: panel.locator('.cx-quote', { hasText: String(f.values[3]) }) });
      assert.match(await row.locator('.cx-counts').innerText(), /3 updates/, `the claim of ${f.values[3]} ${f.unit}`);
    }

    const section = panel.getByRole('region', { name: 'Updates over time' });
    await section.waitFor();
    const figures = section.locator('figure.cx-timeline-figure');
    assert.equal(await figures.count(), FIGURES.length);
    const chart = (i) => figures.nth(i).locator('svg.cx-timeline');

    // One chart per claim, captioned with the claim as this page words it and its unit; the
    // first are drawn at once, while a chart far below the fold is not drawn before it is needed.
    for (let i = 0; i < FIGURES.length; i++) {
      const caption = await figures.nth(i).locator('figcaption').innerText();
      assert.match(caption, new RegExp(`^“[^”]*${FIGURES[i].values[3]}[^”]*” as reported over time`), `caption ${i}: ${caption}`);
    }
    assert.equal(await chart(0).count(), 1, 'the first chart is drawn at once');
    const last = FIGURES.length - 1;
    assert.ok(await figures.nth(last).evaluate((el) => el.getBoundingClientRect().top > innerHeight + 300), 'the last chart is well below the fold');
    assert.equal(await chart(last).count(), 0, 'the last chart waits until it is scrolled to');

    // what a chart shows: the four figures at their places in time, labelled, the first and last dates
    const shows = async (i) => {
      const svg = chart(i);
      await svg.waitFor({ timeout: 10_000 });
      const labels = await svg.locator('text.cx-point-label').allTextContents();
      assert.deepEqual(labels.map((t) => t.trim()).sort(), FIGURES[i].values.map(fmt).sort(), `chart ${i} labels its figures`);
      const text = await svg.evaluate((el) => [...el.querySelectorAll(':scope > text')].map((t) => t.textContent));
      assert.ok(text.some((t) => /May 2024/.test(t)) && text.some((t) => /August 2024/.test(t)), `chart ${i} spans May to August: ${text.join(' | ')}`);
      // the later a report, the higher its figure: the line climbs left to right
      const points = await svg.evaluate((el) =>
        [...el.querySelectorAll('text.cx-point-label')].map((t) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), v: Number(t.textContent.replace(/,/g, '')) })),
      );
      const byX = [...points].sort((a, b) => a.x - b.x);
      assert.deepEqual(byX.map((p) => p.v), [...FIGURES[i].values], `chart ${i} runs in date order`);
      assert.ok(byX.every((p, j) => j === 0 || p.y < byX[j - 1].y), `chart ${i} climbs`);
      return svg;
    };
    await shows(0);

    // The person scrolls down to the last chart: it is drawn, with its own figures.
    await figures.nth(last).scrollIntoViewIfNeeded();
    const lastChart = await shows(last);
    assert.ok(await lastChart.isVisible());
    assert.match(await lastChart.getAttribute('aria-label'), /as reported over time: timeline, \d+ claimants?/);
    const series = await lastChart.locator('text.cx-series-label').allTextContents();
    assert.ok(series.length >= 1 && series.every((s) => s.trim().length > 0), `each line names its claimant: ${series.join(', ')}`);
    // the screen-reader table under it lists the same four figures with their dates
    const rows = await figures.nth(last).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assert.deepEqual(rows.map((r) => r[2]).sort(), FIGURES[last].values.map((v) => `${fmt(v)} ${FIGURES[last].unit}`).sort());

    await figures.nth(last - 1).scrollIntoViewIfNeeded();
    await chart(last - 1).waitFor();
    await figures.nth(last).scrollIntoViewIfNeeded();
    await screenshot(panel, 'timelines-panel-scrolled');
    await panel.close();
    await page.close();
    for (const t of tabs) await t.close();
  });
});
