#!/usr/bin/env node
// Visual check of the views: bundles tests/visual/demo.tsx (an article painted by the
// highlighter, hover cards, legend) and panel.tsx (the side panel) with esbuild, serves them on
// 127.0.0.1 with the map shapes and axe-core, and, when run directly, opens them in Debian
// Chromium (playwright-core, headless), saves screenshots in light and dark to
// test-results/screenshots/ui/ and prints axe violations.
//   node tests/visual/render.mjs
// tests/e2e/ui-visual.test.mjs uses the same functions and asserts on the results.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = join(ROOT, 'tests', 'visual');
export const SHOTS = join(ROOT, 'test-results', 'screenshots', 'ui');
export const CHROMIUM = '/usr/bin/chromium';

const ESBUILD = {
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'silent',
};

/** Bundle the demo and panel pages. */
export async function bundle() {
  const out = {};
  for (const name of ['demo', 'panel']) {
    const r = await build({ ...ESBUILD, entryPoints: [join(HERE, `${name}.tsx`)], sourcemap: 'inline' });
    out[name] = r.outputFiles[0].text;
  }
  return out;
}

/**
 * Size of the content-side code (highlighter, hover controller, hover card with its tiny map),
 * minified, and gzipped: what a content script adds to every page it runs on.
 */
export async function contentBundleSize() {
  const entry = `
    export { createHighlighter } from './lib/dom/highlighter';
    export { createWatcher } from './lib/dom/watcher';
    export { mountHoverCards } from './components/HoverCard';
  `;
  const r = await build({
    ...ESBUILD,
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    minify: true,
    metafile: true,
  });
  const code = r.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code).length };
}

/** Serve the bundles on 127.0.0.1 (random port); `extra` maps more paths to [type, body]. */
export async function serve(extra = {}) {
  const js = await bundle();
  const files = {
    '/': ['text/html', readFileSync(join(HERE, 'demo.html'))],
    '/demo.html': ['text/html', readFileSync(join(HERE, 'demo.html'))],
    '/panel.html': ['text/html', readFileSync(join(HERE, 'panel.html'))],
    '/demo.js': ['text/javascript', js.demo],
    '/panel.js': ['text/javascript', js.panel],
    '/axe.js': ['text/javascript', readFileSync(require.resolve('axe-core/axe.min.js'))],
  };
  Object.assign(files, extra);
  const mapFile = join(ROOT, 'public', 'map', 'world-110m.json');
  if (existsSync(mapFile)) files['/map/world-110m.json'] = ['application/json', readFileSync(mapFile)];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const f = files[path];
    if (!f) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': `${f[0]}; charset=utf-8`, 'cache-control': 'no-store' }).end(f[1]);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/** axe-core on a page (optionally within a selector); returns violations with their nodes. */
export async function runAxe(page, include) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.js' });
  return page.evaluate(async (sel) => {
    const ctx = sel ? { include: [sel] } : document;
    const res = await window.axe.run(ctx, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
  }, include ?? null);
}

/** Rect of the first client rect of a painted mark, in viewport coordinates. */
export function markRect(page, id) {
  return page.evaluate((mid) => {
    const m = window.__cx.highlighter.get(mid);
    const r = m.range.getClientRects()[0];
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }, id);
}

/** Move the pointer onto a mark and wait for the card; returns the latency and the card's rect. */
export async function hoverMark(page, id) {
  const r = await markRect(page, id);
  await page.evaluate(() => {
    window.__cxHover = { moved: 0, opened: 0 };
    document.addEventListener('pointermove', () => (window.__cxHover.moved ||= performance.now()), { capture: true, once: true });
    new MutationObserver((recs, obs) => {
      if (document.querySelector('cx-card-host')) {
        window.__cxHover.opened = performance.now();
        obs.disconnect();
      }
    }).observe(document.documentElement, { childList: true });
  });
  await page.mouse.move(r.left + Math.min(12, r.width / 2), r.top + r.height / 2);
  await page.waitForSelector('cx-card-host', { timeout: 2000 });
  const t = await page.evaluate(() => window.__cxHover);
  const card = await page.evaluate(() => {
    const b = document.querySelector('cx-card-host').getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
  });
  return { latencyMs: t.opened - t.moved, mark: r, card };
}

/** The card's text (closed shadow root: read through the page's handle on the cards). */
export function cardText(page) {
  return page.evaluate(() => window.__cx.cards.shadow()?.textContent ?? null);
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const srv = await serve();
  const browser = await launch();
  try {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width: 1180, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${srv.url}/demo.html`);
      await page.evaluate(() => window.__cx.ready);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SHOTS, `demo-${scheme}.png`) });
      const h = await hoverMark(page, 'claim:0');
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(SHOTS, `card-claim-${scheme}.png`), clip: { x: 0, y: 0, width: 1180, height: 560 } });
      console.log(`${scheme}: claim card opened in ${h.latencyMs.toFixed(0)} ms`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 890);
      await page.waitForTimeout(300);
      await hoverMark(page, 'place:1:0');
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SHOTS, `card-place-${scheme}.png`), clip: { x: 0, y: 0, width: 1180, height: 600 } });
      await page.keyboard.press('Escape');
      const panel = await ctx.newPage();
      await panel.setViewportSize({ width: 400, height: 2400 });
      await panel.goto(`${srv.url}/panel.html`);
      await panel.waitForSelector('svg.cx-map[data-loaded="yes"]');
      await panel.screenshot({ path: join(SHOTS, `panel-${scheme}.png`), fullPage: true });
      const v = await runAxe(panel);
      console.log(`${scheme}: axe on the panel: ${v.length} violations`);
      for (const x of v) console.log(`  [${x.impact}] ${x.id}: ${x.help}\n    ${x.nodes.join('\n    ')}`);
      const vd = await runAxe(page, 'article');
      console.log(`${scheme}: axe on the article: ${vd.length} violations`);
      for (const x of vd) console.log(`  [${x.impact}] ${x.id}: ${x.help}\n    ${x.nodes.join('\n    ')}`);
      if (errors.length) console.log(`${scheme}: page errors:\n  ${errors.join('\n  ')}`);
      await ctx.close();
    }
    const size = await contentBundleSize();
    console.log(`content-side bundle (highlighter + watcher + hover card + map): ${size.bytes} B minified, ${size.gzip} B gzip`);
  } finally {
    await browser.close();
    await srv.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
