#!/usr/bin/env node
// `npm run bench` (after bench-page): how long the side panel waits for a page's links when the
// library holds 100k claims, in Debian's Chromium with the built Chrome extension.
//
// The library is filled the way a person fills it: a JSON Lines library file of 100k synthetic
// claims (scripts/gen-synthetic.mjs, its ten busiest places renamed to the real towns the page
// is about, so the page's claims find candidates under the same index keys) is chosen in the
// options page's import button. Then a served war-coverage page is read with the side panel
// (sidepanel.html?tab=ID) already open on its tab, as a person keeps the panel open while
// reading. Per read (the panel marks its side in entrypoints/sidepanel/App.tsx):
//
//   analysed → links   from the background's analysis of the page (TabReport.analyzedAt: the
//            report is kept and open panels told) to the panel holding the answer that carried
//            the page's links: the panel's ask, the link step, the patch and its push, the
//            panel's second ask. What a person with the panel open waits for once the page was
//            read. The figure with the target (< 100 ms).
//   ask → links   from the panel's first ask that got this report to that answer (`cx-panel-links`):
//            the same without the push of the analysed report (one round trip when the links were
//            there at the first ask)
//   analysed → shown   until the frame after the panel rendered them (`cx-panel-shown`): the
//            panel's first rows (a dense page's rows are drawn a screenful first, then a chunk per
//            frame: components/SidePanelView.tsx FIRST_ROWS)
//   analysed → all drawn   until the frame after every claim row and the sections after them
//            (timelines, map, units, places) were drawn (`cx-panel-drawn`; n/a for builds without it)
//   page load → links   from the tab's navigation (the page's own load and read, the analysis)

// Runs (each a new URL of the page, so each is a new source, added to the library as any page
// the person reads):
//   first    the first page read after the import (the imported sources are not in memory yet)
//   warm     BENCH_PANEL_RUNS more reads (default 5): medians
//   cold     reads right after the service worker was stopped (CDP, as Chrome stops an idle
//            worker): the fresh worker loads the library's index from IndexedDB (default 3)
// plus the worker's own spans of each link step (globalThis.cxLinkTimings, LinkTiming in
// lib/background/library.ts), and screenshots of the panel (test-results/screenshots/
// bench-panel-100k.png, its top; bench-panel-100k-claim.png, its first claim).
//
// BENCH_PANEL_PROFILE=1 also records a CPU profile of the service worker (DevTools protocol on a
// loopback debugging port) over one warm and one cold read of the dense page, prints the
// functions with the most self time (the side panel's too) and saves them as
// test-results/bench-panel-{worker,panel}-{warm,cold}.cpuprofile.
// BENCH_PANEL_STEPS=1 prints each read's panel steps (asks, answers, pushes, renders);
// BENCH_PANEL_GAP=ms the pause after each read (default 2500).
// BENCH_PANEL_CLAIMS=N sets the library's size (default 100000); BENCH_PANEL_COMPARE=DIR adds a
// second build (another checkout's .output/chrome-mv3) in its own browser, its rounds
// interleaved with this one's, for before/after medians at the same time on the same machine.
// Needs `npm run build` first (skips with a note when .output/chrome-mv3 or Chromium is missing).
// Timings vary with the machine's load; nothing here is asserted.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_BUILD, ROOT, ask, chromiumMissing, inWorker, launchWithExtension, openSidePanel, screenshot, serveFolder, stopServiceWorker, tabIdOf } from '../tests/e2e/harness.mjs';
import { syntheticSources } from './gen-synthetic.mjs';

const CLAIMS = Number(process.env.BENCH_PANEL_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_PANEL_RUNS ?? 5);
const COLD = Number(process.env.BENCH_PANEL_COLD ?? 3);
const COMPARE = process.env.BENCH_PANEL_COMPARE ? resolve(process.env.BENCH_PANEL_COMPARE) : null;
const PROFILE = !!process.env.BENCH_PANEL_PROFILE;
/** A pause after each read (ms): the worker's work after the answer (the page stored, the report
 *  kept in session storage) is done before the next read, in this browser and the other. */
const GAP_MS = Number(process.env.BENCH_PANEL_GAP ?? 2500);
const TARGET_MS = 100;

const missing = chromiumMissing();
if (missing) {
  console.log(`bench-panel: skipped (${missing})`);
  process.exit(0);
}
if (COMPARE && !existsSync(join(COMPARE, 'manifest.json'))) {
  console.log(`bench-panel: BENCH_PANEL_COMPARE=${COMPARE} has no manifest.json`);
  process.exit(1);
}

// ---- the page ------------------------------------------------------------------------------

const TOWNS = ['Pokrovsk', 'Kupiansk', 'Chasiv Yar', 'Toretsk', 'Vuhledar', 'Lyman', 'Kurakhove', 'Siversk', 'Huliaipole', 'Orikhiv'];
// Sentences of our own about the towns, each with one figure the engine reads as a claim.
const SENTENCES = [
  (p, n) => `Ukrainian commanders said ${n * 3} Russian soldiers were killed in assaults on ${p} over the weekend.`,
  (p, n) => `Russian units lost ${(n % 30) + 3} tanks near ${p} in the past week, Ukraine's General Staff reported.`,
  (p, n) => `Russian forces have seized roughly ${n * 2 + 12} square kilometres near ${p} since March, analysts at ISW estimated.`,
  (p, n) => `The Russian Defence Ministry said ${n * 4} Ukrainian troops were killed or wounded around ${p}.`,
  (p, n) => `Air defence crews downed ${(n % 25) + 6} drones over ${p} during the night, officials said.`,
  (p, n) => `Russian troops pushed ${(n % 8) + 2} kilometres closer to ${p}, according to DeepState.`,
  (p, n) => `Ukrainian intelligence estimates that Russia has gathered about ${(n + 4) * 1000} soldiers near ${p}.`,
  (p, n) => `At least ${n * 5} Russian soldiers were wounded in the battle for ${p}, the regional governor said.`,
];
const CALM = [
  'Residents who stayed queue for water at the one working pump.',
  'Shelling has cut the power lines again, and repair crews wait for a lull.',
  'Evacuation buses leave twice a week from the square by the church.',
];

/** An article of `claims` sentences with figures, five to a paragraph, with a quiet sentence in between. */
function article(claims) {
  const paragraphs = [];
  for (let i = 0; i < claims; i += 5) {
    const s = [];
    for (let k = i; k < Math.min(claims, i + 5); k++) s.push(SENTENCES[k % SENTENCES.length](TOWNS[Math.floor(k / SENTENCES.length) % TOWNS.length], 13 + k * 11));
    s.push(CALM[(i / 5) % CALM.length]);
    paragraphs.push(s.join(' '));
  }
  return paragraphs;
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = (title, paragraphs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="2025-05-20T07:00:00Z"></head>
<body><main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></main></body></html>`;

const PAGES = [
  { name: 'article', claims: 30, title: 'Along the eastern front, a week of assaults' },
  { name: 'dense', claims: 100, title: 'The eastern front, town by town' },
];

// ---- the browser -----------------------------------------------------------------------------

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');

const setPaused = (b, paused) =>
  // eslint-disable-next-line no-undef
  inWorker(b.context, b.extensionId, (s) => chrome.storage.local.set({ library: s, library$: { v: 1 } }), { paused, excludedSites: [] });

/** The service worker's DevTools target, over the loopback debugging port (BENCH_PANEL_PROFILE). */
async function workerTarget(b) {
  const list = await (await fetch(`http://127.0.0.1:${b.debugPort}/json/list`)).json();
  const t = list.find((x) => x.type === 'service_worker' && x.url.startsWith(`chrome-extension://${b.extensionId}/`));
  if (!t) throw new Error('no service worker target');
  const ws = new WebSocket(t.webSocketDebuggerUrl);
  await new Promise((ok, fail) => {
    ws.onopen = ok;
    ws.onerror = fail;
  });
  let id = 0;
  const waiting = new Map();
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    const w = waiting.get(msg.id);
    if (w) {
      waiting.delete(msg.id);
      if (msg.error) w.fail(new Error(msg.error.message));
      else w.ok(msg.result);
    }
  };
  const send = (method, params = {}) =>
    new Promise((ok, fail) => {
      waiting.set(++id, { ok, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => ws.close() };
}

/** The functions with the most self time in a CPU profile, as lines. */
function topSelf(profile, n = 18) {
  const dt = new Map();
  const { samples, timeDeltas, nodes } = profile;
  const byId = new Map(nodes.map((x) => [x.id, x]));
  for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const self = new Map();
  let total = 0;
  for (const [nodeId, us] of dt) {
    const f = byId.get(nodeId).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us);
    if (f.functionName !== '(idle)' && f.functionName !== '(program)') total += us;
  }
  const rows = [...self].sort((x, y) => y[1] - x[1]).slice(0, n);
  return [`busy ${(total / 1000).toFixed(0)} ms`, ...rows.map(([k, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`)];
}

/** One read of `url` with the side panel open on its tab: the panel's measures for it (and,
 *  with `profile`, the worker's CPU profile from the page's load to the links shown). */
async function read(b, url, { profile } = {}) {
  const tab = await b.context.newPage();
  await tab.goto(`${b.server}blank.html`);
  const tabId = await tabIdOf(b.context, b.extensionId, tab);
  const panel = await openSidePanel(b.context, b.extensionId, tabId);
  await panel.locator('.panel').waitFor();
  await new Promise((ok) => setTimeout(ok, 300)); // the panel has shown the blank tab
  let prof;
  let panelProf;
  if (profile) {
    prof = await workerTarget(b);
    panelProf = await b.context.newCDPSession(panel);
    for (const p of [prof, panelProf]) {
      await p.send('Profiler.enable');
      await p.send('Profiler.setSamplingInterval', { interval: 200 });
      await p.send('Profiler.start');
    }
  }
  const loadedAt = Date.now();
  await tab.goto(url);
  const deadline = Date.now() + 120_000;
  let got;
  for (;;) {
    got = await panel.evaluate((u) => {
      const find = (name) => performance.getEntriesByName(name).find((e) => e.detail?.url === u);
      const links = find('cx-panel-links');
      const shown = find('cx-panel-shown');
      const drawn = find('cx-panel-drawn');
      const at = (e) => performance.timeOrigin + e.startTime + e.duration;
      return links && shown ? { links: links.duration, shown: shown.duration, linksAt: at(links), shownAt: at(shown), drawnAt: drawn ? at(drawn) : undefined, detail: links.detail, steps: (drawn ?? shown).detail?.steps, now: Date.now() } : null;
    }, url);
    if (got) {
      // the last rows follow within a moment (a build without the measure is found out once, then not waited for)
      for (let i = 0; got.drawnAt === undefined && b.drawsInChunks !== false && i < 200; i++) {
        await new Promise((ok) => setTimeout(ok, 25));
        got.drawnAt = await panel.evaluate((u) => {
          const e = performance.getEntriesByName('cx-panel-drawn').find((x) => x.detail?.url === u);
          return e ? performance.timeOrigin + e.startTime + e.duration : undefined;
        }, url);
      }
      b.drawsInChunks = got.drawnAt !== undefined;
      break;
    }
    if (Date.now() > deadline) throw new Error(`the panel got no links for ${url} within 120 s`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
  if (prof) {
    for (const [who, session] of [['worker', prof], ['panel', panelProf]]) {
      const { profile: p } = await session.send('Profiler.stop');
      const file = join(ROOT, 'test-results', `bench-panel-${who}-${profile}.cpuprofile`);
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, JSON.stringify(p));
      console.log(`# ${who} profile (${profile}, ${url}): ${file}\n#   ${topSelf(p).join('\n#   ')}`);
    }
    prof.close();
    await panelProf.detach();
  }
  let span;
  for (let i = 0; i < 40 && !span; i++) {
    span = await inWorker(b.context, b.extensionId, (u) => globalThis.cxLinkTimings?.find((x) => x.url === u), url);
    if (!span) await new Promise((ok) => setTimeout(ok, 50));
  }
  // the worker's clock (Date.now() when the page's analysis was done) is the machine's
  // and the report's size as JSON (what the panel is sent), with its links' part
  const { analyzedAt, bytes } = await panel.evaluate(async (id) => {
    // eslint-disable-next-line no-undef
    const report = (await chrome.runtime.sendMessage({ cx: 1, type: 'report:get', payload: { tabId: id } }))?.value;
    const len = (x) => (x === undefined ? 0 : JSON.stringify(x).length);
    return { analyzedAt: report?.analyzedAt, bytes: { report: len(report), links: len(report?.links), series: len(report?.links?.map((l) => l.series)), sources: len(report?.sources), analysis: len(report?.analysis) } };
  }, tabId);
  return { tabId, tab, panel, ask: got.links, wait: got.linksAt - analyzedAt, shown: got.shownAt - analyzedAt, drawn: got.drawnAt === undefined ? NaN : got.drawnAt - analyzedAt, detail: got.detail, steps: got.steps, load: got.linksAt - loadedAt, span, bytes };
}

async function closeRead(r) {
  await r.panel.close();
  await r.tab.close();
  await new Promise((ok) => setTimeout(ok, GAP_MS));
}

/** A browser with `build`, its library filled with the synthetic claims through the options page's import. */
async function prepare(label, build, server, pagesByName, dir) {
  const debugPort = PROFILE ? 9400 + Math.floor(Math.random() * 500) : null;
  const b = await launchWithExtension({ extensionDir: build, ...(debugPort ? { args: [`--remote-debugging-port=${debugPort}`, '--remote-debugging-address=127.0.0.1'] } : {}) });
  b.debugPort = debugPort;
  b.label = label;
  b.server = server.url;
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  b.options = options;
  // the towns as the engine finds them on the page (their admin regions), from a read with the
  // library paused and empty (that read is also the empty-library figure)
  await setPaused(b, true);
  const empty = {};
  for (const p of PAGES) {
    const r = await read(b, `${server.url}${p.name}.html?empty`);
    empty[p.name] = r;
    pagesByName[p.name].report ??= await ask(options, 'report:get', { tabId: r.tabId });
    await closeRead(r);
  }
  await setPaused(b, false);
  b.empty = empty;

  const places = pagesByName.dense.report.analysis.places;
  const rename = new Map(TOWNS.map((name, i) => [`Place ${i}`, places.find((p) => p.name === name) ?? { name }]));
  const lines = [];
  let sources = 0;
  let aboutTowns = 0;
  for (const s of syntheticSources({ claims: CLAIMS, seed: 7 })) {
    const moved = {
      ...s,
      places: s.places.map((p) => {
        const to = rename.get(p.name);
        return to ? { ...p, name: to.name, ...(to.admin ? { admin: to.admin } : {}) } : p;
      }),
      claims: s.claims.map((c) => (rename.has(c.where) ? { ...c, where: rename.get(c.where).name } : c)),
    };
    aboutTowns += moved.claims.filter((c) => TOWNS.includes(c.where)).length;
    lines.push(JSON.stringify(moved));
    sources++;
  }
  const file = [JSON.stringify({ crosscheck: 'library', schema: 2, sources }), ...lines].join('\n') + '\n';
  const path = join(dir, 'synthetic-library.jsonl');
  await writeFile(path, file);
  const t0 = Date.now();
  await options.getByTestId('import-file').setInputFiles(path, { timeout: 300_000 });
  await options.getByTestId('import-result').waitFor({ timeout: 600_000 });
  b.importMs = Date.now() - t0;
  b.status = await ask(options, 'library:status', {});
  b.aboutTowns = aboutTowns;
  b.fileMB = file.length / 1e6;
  return b;
}

function spanLine(spans) {
  const keys = ['size', 'lookup', 'reads', 'compare', 'inherit', 'list', 'classify', 'report', 'total', 'queued', 'store', 'patch'];
  return keys
    .filter((k) => spans.some((s) => s && s[k] !== undefined))
    .map((k) => `${k} ${Math.round(median(spans.filter(Boolean).map((s) => s[k] ?? 0)))}`)
    .join(', ');
}

// ---- run ---------------------------------------------------------------------------------------

const dir = await mkdtemp(join(tmpdir(), 'cx-bench-panel-'));
const pagesByName = {};
for (const p of PAGES) {
  pagesByName[p.name] = { ...p };
  await writeFile(join(dir, `${p.name}.html`), html(p.title, article(p.claims)));
}
await writeFile(join(dir, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>Nothing here yet.</p></body></html>');
const server = await serveFolder(dir);
const builds = [['this', CHROME_BUILD], ...(COMPARE ? [['compare', COMPARE]] : [])];
const browsers = [];
try {
  for (const [label, build] of builds) browsers.push(await prepare(label, build, server, pagesByName, dir));
  if (PROFILE) {
    // the first read after the import, unprofiled, then one warm and one cold read profiled
    const b = browsers[0];
    await closeRead(await read(b, `${server.url}dense.html?profile-first`));
    await closeRead(await read(b, `${server.url}dense.html?profile-warm`, { profile: 'warm' }));
    await stopServiceWorker(b.context, b.extensionId);
    await closeRead(await read(b, `${server.url}dense.html?profile-cold`, { profile: 'cold' }));
  } else await measure(browsers, server);
} finally {
  for (const b of browsers) await b.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

async function measure(browsers, server) {
  const results = new Map(browsers.map((b) => [b, Object.fromEntries(PAGES.map((p) => [p.name, { first: null, warm: [], cold: [] }]))]));
  let n = 0;
  const once = async (b, page, kind) => {
    const r = await read(b, `${server.url}${page.name}.html?${kind}=${n++}`);
    const res = results.get(b)[page.name];
    if (kind === 'first') res.first = r;
    else res[kind].push(r);
    console.log(`# ${b.label} ${page.name} ${kind}: analysed → links ${ms(r.wait)}, ask → links ${ms(r.ask)}, analysed → shown ${ms(r.shown)}, all drawn ${ms(r.drawn)}, page load → links ${ms(r.load)}; worker ${JSON.stringify(Object.fromEntries(Object.entries(r.span ?? {}).filter(([k]) => k !== 'url').map(([k, v]) => [k, Math.round(v)])))}`);
    if (process.env.BENCH_PANEL_STEPS) console.log(`#   panel steps: ${r.steps}`);
    if (kind === 'first') console.log(`#   report ${Object.entries(r.bytes).map(([k, v]) => `${k} ${(v / 1e3).toFixed(1)} kB`).join(', ')}`);
    return r;
  };
  // the first read after the import, then warm reads, interleaved across builds
  for (const page of PAGES) for (const b of browsers) await closeRead(await once(b, page, 'first'));
  for (let i = 0; i < RUNS; i++) for (const page of PAGES) for (const b of browsers) await closeRead(await once(b, page, 'warm'));
  // a screenshot of the panel with the library loaded (the dense page, warm)
  const shot = await read(browsers[0], `${server.url}dense.html?screenshot`);
  const shotFile = await screenshot(shot.panel, 'bench-panel-100k', { fullPage: false });
  // and the first claim with its relations
  await shot.panel.locator('li.cx-claim').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(shot.panel, 'bench-panel-100k-claim', { fullPage: false });
  await closeRead(shot);
  for (let i = 0; i < COLD; i++)
    for (const page of PAGES)
      for (const b of browsers) {
        await stopServiceWorker(b.context, b.extensionId);
        await closeRead(await once(b, page, 'cold'));
      }

  console.log('');
  for (const b of browsers) {
    console.log(`bench-panel [${b.label}${b.label === 'this' ? '' : ' ' + COMPARE}]: library ${b.status.sources} sources / ${b.status.claims} claims (${b.aboutTowns} about the page's towns), imported from a ${b.fileMB.toFixed(1)} MB file through the options page in ${b.importMs} ms`);
    for (const page of PAGES) {
      const res = results.get(b)[page.name];
      const claims = res.first?.detail?.claims;
      const line = (what, key) => {
        const warm = res.warm.map((r) => r[key]);
        const cold = res.cold.map((r) => r[key]);
        return `    ${what}: warm median ${ms(median(warm))} (${warm.map(Math.round).join(', ')}), first after import ${ms(res.first?.[key])}, fresh worker median ${ms(median(cold))} (${cold.map(Math.round).join(', ')}); empty library ${ms(b.empty[page.name][key])}`;
      };
      console.log(`  ${page.name} page (${claims} claims):  [target < ${TARGET_MS} ms]`);
      console.log(line('analysed → links in the panel', 'wait'));
      console.log(line("the panel's ask → links", 'ask'));
      console.log(line('analysed → links shown', 'shown'));
      console.log(line('analysed → every row drawn', 'drawn'));
      console.log(line('page load → links in the panel', 'load'));
      console.log(`    worker spans (medians, ms): warm: ${spanLine(res.warm.map((r) => r.span))}; first: ${spanLine([res.first?.span])}; cold: ${spanLine(res.cold.map((r) => r.span))}`);
    }
  }
  console.log(`bench-panel: screenshot ${shotFile}`);
}
