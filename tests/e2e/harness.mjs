/* global chrome */
// Helpers for end-to-end tests in Debian's Chromium with the built extension loaded, reusable by
// every e2e test: a static server on 127.0.0.1, a browser with the extension, the side panel
// opened as its page for a given tab, tab ids, and screenshots under test-results/screenshots/.

import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `folder` on http://127.0.0.1:<random port>/. Returns {url, port, close}. Responses
 * are `no-store`; the same files under /cacheable/ are served `no-cache` instead, so that the
 * back-forward cache may keep them (no-store keeps a page out of it).
 */
export async function serveFolder(folder) {
  const base = resolve(folder);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const cacheable = path.startsWith('/cacheable/');
      if (cacheable) path = path.slice('/cacheable'.length);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheable ? 'no-cache' : 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * A test's fixture site: writes `pages` ({file name: content}) into a fresh temporary folder
 * named after `prefix`, serves it and launches Chromium with the extension. Returns
 * {dir, server, browser, close}; close() shuts the browser and the server and removes the folder.
 */
export async function servePagesWithExtension(prefix, pages) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(pages)) await writeFile(join(dir, name), content);
  const server = await serveFolder(dir);
  const browser = await launchWithExtension();
  const close = async () => {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { dir, server, browser, close };
}

/** Why Chromium e2e cannot run here, or null when it can. */
export function chromiumMissing() {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) return `${CHROME_BUILD} is not built (npm run build)`;
  return null;
}

/**
 * Chromium with the built Chrome extension, in a fresh temporary profile. Headless unless
 * `headed` is true; `args` are more command-line flags. Returns {context, extensionId, worker, close}.
 */
export async function launchWithExtension({ extensionDir = CHROME_BUILD, headed = false, args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(join(tmpdir(), 'cx-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the flags below choose new headless; Playwright's own headless shell drops extensions
    viewport: { width: 1200, height: 900 },
    // Keep the back-forward cache a reader has (Playwright turns it off by default).
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [
      ...(headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      ...args,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      worker,
      close: async () => {
        await context.close().catch(() => undefined);
        await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** The extension's service worker (it may have been restarted since launch). */
export async function serviceWorker(context, extensionId) {
  const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return live ?? context.waitForEvent('serviceworker', { timeout: 10_000 });
}

/** Asks the background from an extension page, as the side panel and options page do. */
export function ask(page, type, payload) {
  return page.evaluate(
    async ([t, p]) => {
      const r = await chrome.runtime.sendMessage({ cx: 1, type: t, payload: p });
      if (!r?.ok) throw new Error(r?.error ?? 'no answer');
      return r.value;
    },
    [type, payload],
  );
}

/** Runs `fn(arg)` in the extension's service worker (where `chrome.*` is available). */
export async function inWorker(context, extensionId, fn, arg) {
  const worker = await serviceWorker(context, extensionId);
  return worker.evaluate(fn, arg);
}

/** The browser tab id of a Playwright page (matched by its URL in chrome.tabs.query). */
export async function tabIdOf(context, extensionId, page) {
  const url = page.url();
  const ids = await inWorker(
    context,
    extensionId,
    async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id),
    url,
  );
  if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0];
}

/** Makes `page`'s tab the active tab of its window (as a click on its tab strip would). */
export async function activateTab(context, extensionId, page) {
  const id = await tabIdOf(context, extensionId, page);
  await inWorker(context, extensionId, (tabId) => chrome.tabs.update(tabId, { active: true }), id);
  return id;
}

/**
 * Opens the side panel page in its own tab. With a tab id it shows that tab (?tab=ID); with
 * null it follows the active tab of its window, as the real side panel does, or of the window
 * given as `window` (?window=ID: the panel's own tab is then not the one it follows).
 */
export async function openSidePanel(context, extensionId, tabId, { width = 380, height = 800, window } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const params = new URLSearchParams();
  if (tabId !== null && tabId !== undefined) params.set('tab', String(tabId));
  if (window !== undefined) params.set('window', String(window));
  const query = params.size ? `?${params}` : '';
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
  return page;
}

/** Waits until the background holds a report for `tabId`, and returns it. */
export async function waitForReport(context, extensionId, tabId, { timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const report = await inWorker(
      context,
      extensionId,
      async (id) => (await chrome.storage.session.get(`cx-report:${id}`))[`cx-report:${id}`] ?? null,
      tabId,
    );
    if (report) return report;
    if (Date.now() > deadline) throw new Error(`no report for tab ${tabId} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sets the extension's settings item directly (as the options page would). */
export async function setSettings(context, extensionId, settings) {
  await inWorker(context, extensionId, (s) => chrome.storage.local.set({ settings: s, settings$: { v: 2 } }), settings);
}

/** Saves a PNG of `page` as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name, { fullPage = false } = {}) {
  const file = join(SCREENSHOTS, `${name}.png`);
  await mkdir(join(file, '..'), { recursive: true });
  await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * Opens `url` in a new tab of `context` and collects the page's errors in `page.errors`: uncaught
 * exceptions and console errors (the browser's own request for /favicon.ico is a 404 from the test
 * server, not ours).
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
  await page.goto(url);
  page.errors = errors;
  return page;
}

/**
 * Runs `functionDeclaration` (source of a `function () {...}`, `this` = the shadow root) in the
 * shadow root of the first `<hostName>` element of `page`, closed roots included (the DevTools
 * protocol pierces them), and returns its value; null when there is no such host.
 */
export async function inShadowRoot(page, hostName, functionDeclaration) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (node) => {
      if (node.localName === hostName) return node;
      for (const c of node.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    if (!host?.shadowRoots?.length) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots[0].backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, returnByValue: true, functionDeclaration });
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Stops the extension's service worker, as Chrome stops an idle one: the next message starts a
 * fresh worker with nothing in memory. Sent (CDP ServiceWorker.stopAllWorkers) from a page of the
 * extension's own origin (a static file of the build, no script), which is closed again.
 */
export async function stopServiceWorker(context, extensionId) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
  await new Promise((ok) => setTimeout(ok, 500));
}
