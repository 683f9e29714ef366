#!/usr/bin/env node
// `npm run bench` (last step): what Crosscheck costs a page, in Debian's Chromium with the built
// Chrome extension, on three generated pages (sentences of our own, recombined): a short article,
// a 10,000-word article and a long live blog. For each, medians of a few runs:
//
//   painted    ms from the page's load event to the content script's `cx-painted` mark (read,
//              sent, analysed in the background, answered, painted in slices)
//   read       the content script's sliced read of the page (`cx-read` measure, wall time) and
//              its longest slice (`cx-read-slice`)
//   slice      the longest painting slice the highlighter reported
//   longtask   the longest task in the page (PerformanceObserver 'longtask', >= 50 ms) with the
//              extension, and the same page without it (the difference is ours)
//              (long animation frames do not name content scripts, so our own share is the
//              read and paint slices above: the extension's only synchronous work in the page)
//   heap       JSHeapUsedSize (CDP Performance.getMetrics) with and without the extension; the
//              content script's isolated world lives in the same heap
//
// Needs `npm run build` first (skips with a note when .output/chrome-mv3 or Chromium is missing).
// Timings vary with the machine's load; nothing here is asserted.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, chromiumMissing, launchWithExtension, serveFolder } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);

const missing = chromiumMissing();
if (missing) {
  console.log(`bench-page: skipped (${missing})`);
  process.exit(0);
}

// ---- pages -------------------------------------------------------------------------------

const PLACES = ['Pokrovsk', 'Kupiansk', 'Chasiv Yar', 'Kramatorsk', 'Zaporizhzhia', 'Kherson', 'Sumy', 'Toretsk', 'Vuhledar', 'Lyman'];
const UNITS = ['the 47th Separate Mechanized Brigade', 'the 3rd Assault Brigade', 'the 92nd Assault Brigade', 'the 25th Airborne Brigade', 'the 59th Motorized Brigade'];
const WAR = [
  (i) => `Russian forces attacked positions near ${PLACES[i % 10]} ${12 + (i % 40)} times over the past day, the General Staff said.`,
  (i) => `${cap(UNITS[i % 5])} said its drone crews destroyed ${2 + (i % 7)} tanks and ${3 + (i % 9)} armoured vehicles near ${PLACES[(i + 3) % 10]}.`,
  (i) => `A missile strike on ${PLACES[(i + 5) % 10]} killed ${1 + (i % 6)} civilians and wounded at least ${4 + (i % 20)} others, the regional governor said.`,
  (i) => `Air defences shot down ${30 + (i % 60)} of ${50 + (i % 70)} drones launched overnight, the air force said.`,
];
const CALM = [
  () => 'Volunteers handed out bread, water and batteries to residents who stayed behind.',
  () => 'Many families have left the town, and the streets are quiet for most of the day.',
  () => 'Officials say schools will teach online until the shelters have been repaired.',
  () => 'Analysts say the weather will shape what either side can do in the coming weeks.',
  () => 'Aid groups warn that older people living alone are the hardest to reach.',
];
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
/** Paragraphs of about `words` words: every fourth sentence from the war set. */
function paragraphs(words) {
  const out = [];
  let n = 0;
  let i = 0;
  while (n < words) {
    const sentences = [];
    for (let k = 0; k < 4; k++, i++) sentences.push(i % 4 === 0 ? WAR[(i / 4) % 4 | 0](i) : CALM[i % 5](i));
    const p = sentences.join(' ');
    n += p.split(/\s+/).length;
    out.push(p);
  }
  return out;
}
const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2025-05-10T08:00:00Z">
<style>body{font:17px/1.55 Georgia,serif;max-width:720px;margin:20px auto;padding:0 16px}</style></head>
<body><header><nav><a href="/">Home</a> · <a href="/war">War</a></nav></header>${body}<footer>© Bench Daily</footer></body></html>`;
const article = (title, words) =>
  page(title, `<article><h1>${title}</h1>${paragraphs(words).map((p) => `<p>${p}</p>`).join('\n')}</article>`);
function liveBlog(entries) {
  const ps = paragraphs(entries * 60);
  const items = [];
  for (let e = 0; e < entries; e++) {
    const hh = String(23 - Math.floor(e / 12) % 24).padStart(2, '0');
    const mm = String(59 - ((e * 5) % 60)).padStart(2, '0');
    items.push(`<div class="entry"><time>${hh}:${mm}</time><h2>Update ${entries - e}</h2><p>${ps[(e * 2) % ps.length]}</p><p>${ps[(e * 2 + 1) % ps.length]}</p></div>`);
  }
  return page('Live: the war in Ukraine, day by day', `<main><h1>Live: the war in Ukraine, day by day</h1>${items.join('\n')}</main>`);
}

const PAGES = [
  { name: 'short article (≈400 words)', file: 'short.html', html: article('Fighting near Pokrovsk intensifies', 400) },
  { name: '10,000-word article', file: 'long.html', html: article('A long read on the front line', 10_000) },
  { name: 'live blog (300 entries)', file: 'live.html', html: liveBlog(300) },
];

// ---- measuring ---------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : NaN;
};
const fmt = (x, unit = 'ms') => (Number.isFinite(x) ? `${Math.round(x)} ${unit}` : '—');
const mb = (x) => (Number.isFinite(x) ? `${(x / 1048576).toFixed(1)} MB` : '—');

const OBSERVE = () => {
  window.__cxLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__cxLong.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support
  }
};

async function measureOnce(context, url, withExtension) {
  const tab = await context.newPage();
  await tab.addInitScript(OBSERVE);
  await tab.goto(url, { waitUntil: 'load' });
  let painted = NaN;
  let read = NaN;
  let readSlice = NaN;
  let slice = NaN;
  let marks = 0;
  if (withExtension) {
    const got = await tab
      .waitForFunction(() => performance.getEntriesByName('cx-painted').length > 0, null, { timeout: 120_000, polling: 50 })
      .then(() => true, () => false);
    if (got) {
      const t = await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const p = performance.getEntriesByName('cx-painted')[0];
        const r = performance.getEntriesByName('cx-read');
        const rs = performance.getEntriesByName('cx-read-slice');
        return {
          load: nav.loadEventEnd,
          painted: p.startTime,
          detail: p.detail,
          read: r.length ? Math.max(...r.map((e) => e.duration)) : NaN,
          readSlice: rs.length ? Math.max(...rs.map((e) => e.detail?.longestSliceMs ?? NaN)) : NaN,
        };
      });
      painted = t.painted - t.load;
      read = t.read;
      readSlice = t.readSlice;
      slice = t.detail?.longestSliceMs ?? NaN;
      marks = t.detail?.painted ?? 0;
    }
  } else {
    await tab.waitForTimeout(3000);
  }
  await tab.waitForTimeout(500);
  const longest = await tab.evaluate(() => (window.__cxLong.length ? Math.max(...window.__cxLong) : 0));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  await tab.close();
  return { painted, read, readSlice, slice, marks, longest, heap };
}

async function plainBrowser() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  return { context, close: () => browser.close() };
}

const dir = await mkdtemp(join(tmpdir(), 'cx-bench-page-'));
for (const p of PAGES) await writeFile(join(dir, p.file), p.html);
const server = await serveFolder(dir);
const withExt = await launchWithExtension();
const without = await plainBrowser();

console.log(`\npage impact (Chromium, built extension; medians of ${RUNS} runs)`);
try {
  for (const p of PAGES) {
    const url = new URL(p.file, server.url).href;
    const on = [];
    const off = [];
    for (let r = 0; r < RUNS; r++) {
      on.push(await measureOnce(withExt.context, `${url}?run=${r}`, true));
      off.push(await measureOnce(without.context, `${url}?run=${r}`, false));
    }
    const words = p.html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    const m = (xs, k) => median(xs.map((x) => x[k]));
    console.log(`  ${p.name}: ${words.toLocaleString('en')} words, ${Math.round(m(on, 'marks'))} marks`);
    console.log(`    load → painted ${fmt(m(on, 'painted'))} · read ${fmt(m(on, 'read'))} (longest slice ${fmt(m(on, 'readSlice'))}) · longest paint slice ${fmt(m(on, 'slice'))}`);
    console.log(`    longest task ≥50 ms: with ${m(on, 'longest') ? fmt(m(on, 'longest')) : 'none'}, without ${m(off, 'longest') ? fmt(m(off, 'longest')) : 'none'}`);
    console.log(`    JS heap: with ${mb(m(on, 'heap'))}, without ${mb(m(off, 'heap'))} (+${mb(m(on, 'heap') - m(off, 'heap'))})`);
  }
} finally {
  await withExt.close();
  await without.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
