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
//              extension, and the same page without it. Nothing else runs script in the page:
//              the harness waits and reads through plain CDP Runtime.evaluate calls (Playwright's
//              own helpers would inject a script of their own, itself a 30-80 ms task).
//   traced     a second load of the page under a CDP trace and CPU profile, which says whose each
//              task is: `script` is the longest task that ran Crosscheck's code (a profiler sample
//              or a trace event in the content script), `frames` the longest task without our
//              code from our first task until 1 s after painting (the frames that draw our
//              highlights: style, pre-paint, paint), and `page alone` the longest task of the
//              same page without the extension (its own parsing and layout), and the longest of
//              the messages our content script received (the background's answer to the page's report,
//              a push of links: what the content script pays for what it is sent). Each is given as
//              wall time and, in brackets, the main thread's CPU time in that task (what is left
//              when a busy machine takes the core away mid-task). Tracing slows everything a
//              little, so these read high next to the untraced ones.
//   heap       JSHeapUsedSize (CDP Performance.getMetrics) with and without the extension; the
//              content script's isolated world lives in the same heap
//
// BENCH_PAGE_RUNS=N (default 3) sets the runs; BENCH_PAGE_ONLY=short|long|live one page;
// BENCH_PAGE_DEBUG=1 prints what the longest task of ours was made of; BENCH_PAGE_COMPARE=DIR adds a second built
// extension (another checkout's .output/chrome-mv3), measured in interleaved runs next to this
// one, for before/after medians on the same machine at the same time.
//
// Needs `npm run build` first (skips with a note when .output/chrome-mv3 or Chromium is missing).
// Timings vary with the machine's load; nothing here is asserted.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_BUILD, CHROMIUM, chromiumMissing, launchWithExtension, serveFolder } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const COMPARE = process.env.BENCH_PAGE_COMPARE ? resolve(process.env.BENCH_PAGE_COMPARE) : null;

const missing = chromiumMissing();
if (missing) {
  console.log(`bench-page: skipped (${missing})`);
  process.exit(0);
}
if (COMPARE && !existsSync(join(COMPARE, 'manifest.json'))) {
  console.log(`bench-page: BENCH_PAGE_COMPARE=${COMPARE} has no manifest.json`);
  process.exit(1);
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
const fmt = (x, unit = 'ms') => (Number.isFinite(x) ? `${Math.round(x)}${unit ? ` ${unit}` : ''}` : '—');
const mb = (x) => (Number.isFinite(x) ? `${(x / 1048576).toFixed(1)} MB` : '—');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const OBSERVE = `window.__cxLong = [];
window.__cxFrames = [];
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__cxLong.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__cxFrames.push([e.startTime, e.duration]); })
    .observe({ type: 'long-animation-frame', buffered: true });
} catch {}`;

/** Waits in the page (one evaluate, no polling from outside) for the `cx-painted` mark. */
const WAIT_PAINTED = `new Promise((resolve) => {
  const t0 = performance.now();
  const check = () => {
    if (performance.getEntriesByName('cx-painted').length) return resolve(true);
    if (performance.now() - t0 > 120000) return resolve(false);
    setTimeout(check, 100);
  };
  check();
})`;

const READ_MARKS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const p = performance.getEntriesByName('cx-painted')[0];
  const r = performance.getEntriesByName('cx-read');
  const rs = performance.getEntriesByName('cx-read-slice');
  return {
    load: nav.loadEventEnd,
    painted: p ? p.startTime : NaN,
    detail: p ? p.detail : null,
    read: r.length ? Math.max(...r.map((e) => e.duration)) : NaN,
    readSlice: rs.length ? Math.max(...rs.map((e) => (e.detail && e.detail.longestSliceMs) ?? NaN)) : NaN,
  };
})()`;

async function evaluate(cdp, expression) {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value;
}

async function openTab(context, initScript) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Page.enable');
  if (initScript) await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript });
  return { tab, cdp };
}

async function heapOf(cdp) {
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** One plain load: timing marks, long tasks seen by the page, heap. */
async function measureOnce(context, url, withExtension) {
  const { tab, cdp } = await openTab(context, OBSERVE);
  await tab.goto(url, { waitUntil: 'load' });
  const out = { painted: NaN, read: NaN, readSlice: NaN, slice: NaN, marks: 0, longest: 0, frame: 0, heap: NaN };
  if (withExtension) {
    if (await evaluate(cdp, WAIT_PAINTED)) {
      const t = await evaluate(cdp, READ_MARKS);
      out.painted = t.painted - t.load;
      out.read = t.read;
      out.readSlice = t.readSlice;
      out.slice = t.detail?.longestSliceMs ?? NaN;
      out.marks = t.detail?.painted ?? 0;
    }
  } else {
    await sleep(3000);
  }
  await sleep(1000);
  out.longest = await evaluate(cdp, 'window.__cxLong.length ? Math.max(...window.__cxLong) : 0');
  // long animation frames (task + style + layout + paint, >= 50 ms) from our first mark on, or
  // (without the extension) from the load event on
  out.frame = await evaluate(cdp, `(() => {
    const read = performance.getEntriesByName('cx-read')[0];
    const from = read ? read.startTime : performance.getEntriesByType('navigation')[0].loadEventEnd;
    const late = window.__cxFrames.filter(([t, d]) => t + d >= from).map(([, d]) => d);
    return late.length ? Math.max(...late) : 0;
  })()`);
  out.heap = await heapOf(cdp);
  await cdp.detach();
  await tab.close();
  return out;
}

const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'RecalculateStyles', 'Layerize']);

/**
 * One load under a trace and a CPU profile. Returns the longest task that ran the extension's
 * code (`script`), the longest other task from the first of ours until the end (`frames`), and
 * the longest task of the page overall (`all`), in ms.
 */
async function tracedOnce(context, url, extensionOrigin) {
  const { tab, cdp } = await openTab(context);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await tab.goto(url, { waitUntil: 'load' });
  if (extensionOrigin) await evaluate(cdp, WAIT_PAINTED);
  else await sleep(2500);
  await sleep(1000);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await tab.close();
  return attribute(events, profile, url, extensionOrigin);
}

function attribute(events, profile, url, extensionOrigin) {
  // the page's main thread: where its HTML was parsed
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(url.split('?')[0]));
  if (!parse) return { script: NaN, frames: NaN, receive: NaN, all: NaN, allCpu: NaN };
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  let tasks = onThread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  tasks = top.filter((t) => t.ts >= parse.ts - 1000);
  const all = Math.max(0, ...tasks.map((t) => t.dur)) / 1000;
  const allCpu = Math.max(0, ...tasks.map((t) => t.tdur ?? NaN)) / 1000;
  if (!extensionOrigin) return { script: NaN, frames: NaN, receive: NaN, all, allCpu };
  // sample times whose stack holds a frame of the extension's scripts
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const n = byId.get(id);
    const v = Boolean(n && (n.callFrame.url.startsWith(extensionOrigin) || (parent.has(id) && isOurs(parent.get(id)))));
    ours.set(id, v);
    return v;
  };
  const ourTimes = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (isOurs(id)) ourTimes.push(t);
  });
  const ourEvents = onThread.filter((e) => JSON.stringify(e.args ?? {}).includes(extensionOrigin));
  const within = (task, ts) => ts >= task.ts && ts <= task.ts + task.dur;
  const mine = (task) => ourTimes.some((x) => within(task, x)) || ourEvents.some((e) => within(task, e.ts));
  let script = 0;
  let frames = 0;
  let receive = 0;
  let receiveCpu = 0;
  let receiveTask = null;
  let scriptCpu = 0;
  let framesCpu = 0;
  let first = Infinity;
  let longestTask = null;
  for (const task of tasks) {
    if (mine(task)) {
      first = Math.min(first, task.ts);
      if (task.dur > script) longestTask = task;
      script = Math.max(script, task.dur);
      scriptCpu = Math.max(scriptCpu, task.tdur ?? NaN);
      // a message handed to our content script (the background's answer, a push): the longest
      // 'Receive mojo message' in our tasks (its own wall and CPU time, not the task's)
      for (const e of onThread) {
        if (e.name !== 'Receive mojo message' || !within(task, e.ts) || e.dur <= receive) continue;
        receive = e.dur;
        receiveCpu = e.tdur ?? NaN;
        receiveTask = task;
      }
    }
  }
  if (DEBUG && longestTask) console.log(`      ${describe(longestTask, onThread, profile, byId)}`);
  if (DEBUG && receiveTask) console.log(`      received: ${describe(receiveTask, onThread, profile, byId)}`);
  for (const task of tasks) {
    if (task.ts < first || mine(task)) continue;
    const draws = onThread.some((e) => RENDER_EVENTS.has(e.name) && within(task, e.ts));
    if (draws) {
      frames = Math.max(frames, task.dur);
      framesCpu = Math.max(framesCpu, task.tdur ?? NaN);
    }
    if (DEBUG && draws && task.dur > 8000) console.log(`      frame at +${((task.ts - first) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms (CPU ${((task.tdur ?? NaN) / 1000).toFixed(1)})`);
  }
  return { script: script / 1000, frames: frames / 1000, scriptCpu: scriptCpu / 1000, framesCpu: framesCpu / 1000, receive: receive / 1000, receiveCpu: receiveCpu / 1000, all, allCpu };
}

const DEBUG = Boolean(process.env.BENCH_PAGE_DEBUG);

/** What a task was made of (BENCH_PAGE_DEBUG=1): trace events over 2 ms and the functions sampled most. */
function describe(task, onThread, profile, byId) {
  const inner = onThread.filter((e) => e !== task && e.ts >= task.ts && e.ts <= task.ts + task.dur && e.dur > 2000 && !/RunTask/.test(e.name));
  const self = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (t < task.ts || t > task.ts + task.dur) return;
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + 1);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k}×${n}`);
  return `task ${(task.dur / 1000).toFixed(1)} ms (CPU ${((task.tdur ?? NaN) / 1000).toFixed(1)}): ${inner.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`).join(', ')} | samples: ${top.join(' ')}`;
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
const builds = [{ label: COMPARE ? 'this build' : 'with', dir: CHROME_BUILD }, ...(COMPARE ? [{ label: 'compared', dir: COMPARE }] : [])];
for (const b of builds) {
  b.browser = await launchWithExtension({ extensionDir: b.dir });
  b.origin = `chrome-extension://${b.browser.extensionId}/`;
}
const without = await plainBrowser();

console.log(`\npage impact (Chromium, built extension${COMPARE ? `; compared with ${COMPARE}` : ''}; medians of ${RUNS} runs)`);
try {
  for (const p of PAGES.filter((x) => !process.env.BENCH_PAGE_ONLY || x.file.startsWith(process.env.BENCH_PAGE_ONLY))) {
    const url = new URL(p.file, server.url).href;
    const on = builds.map(() => []);
    const traced = builds.map(() => []);
    const off = [];
    const offTraced = [];
    for (let r = 0; r < RUNS; r++) {
      for (const [i, b] of builds.entries()) {
        on[i].push(await measureOnce(b.browser.context, `${url}?run=${r}`, true));
        traced[i].push(await tracedOnce(b.browser.context, `${url}?traced=${r}`, b.origin));
      }
      off.push(await measureOnce(without.context, `${url}?run=${r}`, false));
      offTraced.push(await tracedOnce(without.context, `${url}?traced=${r}`, null));
    }
    const words = p.html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    const m = (xs, k) => median(xs.map((x) => x[k]));
    const lt = (x) => (x ? fmt(x) : 'none');
    console.log(`  ${p.name}: ${words.toLocaleString('en')} words, ${Math.round(m(on[0], 'marks'))} marks`);
    for (const [i, b] of builds.entries()) {
      const tag = COMPARE ? `[${b.label}] ` : '';
      console.log(`    ${tag}load → painted ${fmt(m(on[i], 'painted'))} · read ${fmt(m(on[i], 'read'))} (longest slice ${fmt(m(on[i], 'readSlice'))}) · longest paint slice ${fmt(m(on[i], 'slice'))}`);
      console.log(`    ${tag}longest task ≥50 ms seen by the page: with ${lt(m(on[i], 'longest'))}, without ${lt(m(off, 'longest'))} · longest animation frame ≥50 ms after our first read (without: after load): with ${lt(m(on[i], 'frame'))}, without ${lt(m(off, 'frame'))}`);
      console.log(`    ${tag}traced, wall (CPU) ms: longest task running Crosscheck ${fmt(m(traced[i], 'script'), '')}(${fmt(m(traced[i], 'scriptCpu'), '')}) · longest frame after it, drawing highlights ${fmt(m(traced[i], 'frames'), '')}(${fmt(m(traced[i], 'framesCpu'), '')}) · page alone, longest task ${fmt(m(offTraced, 'all'), '')}(${fmt(m(offTraced, 'allCpu'), '')}) · longest message received ${fmt(m(traced[i], 'receive'), '')}(${fmt(m(traced[i], 'receiveCpu'), '')})`);
      console.log(`    ${tag}JS heap: with ${mb(m(on[i], 'heap'))}, without ${mb(m(off, 'heap'))} (+${mb(m(on[i], 'heap') - m(off, 'heap'))})`);
    }
  }
} finally {
  for (const b of builds) await b.browser.close();
  await without.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
