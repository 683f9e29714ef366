#!/usr/bin/env node
// `npm start`: the bundled demo. Builds the extension when the build is missing or older than
// its sources, serves demo/ on 127.0.0.1, opens each demo article in Chromium with the
// extension loaded (headed when $DISPLAY is set, otherwise headless), waits for the reports,
// prints what Crosscheck found on each page, saves screenshots of the page and of its side
// panel under test-results/screenshots/start/, and exits.
//   --keep-open   (headed only) leave the browser open until Ctrl+C

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  CHROME_BUILD,
  CHROMIUM,
  ROOT,
  SCREENSHOTS,
  launchWithExtension,
  openSidePanel,
  screenshot,
  serveFolder,
  tabIdOf,
  waitForReport,
} from '../tests/e2e/harness.mjs';

const PAGES = ['kursk-sudzha-wire.html', 'kursk-sudzha-analysis.html', 'sudan-el-fasher.html', 'supermarket-price-war.html'];
const keepOpen = process.argv.includes('--keep-open');

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium is missing at ${CHROMIUM}. On Debian or Ubuntu: sudo apt-get install -y chromium fonts-liberation`);
  console.error('(or point CHROMIUM_PATH at another Chromium build)');
  process.exit(1);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const manifest = join(CHROME_BUILD, 'manifest.json');
const sources = Math.max(...['entrypoints', 'lib', 'public', 'wxt.config.ts', 'package.json'].map((p) => newestMtime(join(ROOT, p))));
if (!existsSync(manifest) || statSync(manifest).mtimeMs < sources) {
  console.log('Building the extension (npm run build)…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; see above.');
    process.exit(1);
  }
}

const headed = !!process.env.DISPLAY;
const outDir = join(SCREENSHOTS, 'start');
const server = await serveFolder(join(ROOT, 'demo'));
console.log(`Serving demo/ at ${server.url}; opening Chromium ${headed ? 'in a window' : 'headless'} with the extension…\n`);
const browser = await launchWithExtension({ headed });
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const list = (items, n = 3) => (items.length ? items.slice(0, n).join('; ') + (items.length > n ? '; …' : '') : '—');
let failures = 0;

try {
  for (const name of PAGES) {
    const page = await browser.context.newPage();
    await page.goto(new URL(name, server.url).href);
    try {
      const tabId = await tabIdOf(browser.context, browser.extensionId, page);
      const report = await waitForReport(browser.context, browser.extensionId, tabId, { timeout: 30_000 });
      const a = report.analysis;
      const verdict = a.warCoverage.isWarCoverage ? 'war coverage' : 'not war coverage';
      console.log(`${name}\n  “${report.meta.title}”`);
      console.log(`  ${verdict} (score ${a.warCoverage.score.toFixed(2)}) · ${report.paragraphs} paragraphs · ${report.textLength} characters`);
      console.log(`  ${count(a.units.length, 'unit')}: ${list(a.units.map((u) => u.name))}`);
      console.log(`  ${count(a.places.length, 'place')}: ${list(a.places.map((p) => p.name))}`);
      console.log(`  ${count(a.claims.length, 'claim')}: ${list(a.claims.map((c) => c.text), 4)}`);
      const base = name.replace(/\.html$/, '');
      await screenshot(page, `start/${base}-page`);
      const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
      await panel.getByTestId('verdict').waitFor({ timeout: 10_000 });
      await screenshot(panel, `start/${base}-panel`, { fullPage: true });
      if (!keepOpen || !headed) await panel.close();
      console.log('');
    } catch (error) {
      failures++;
      console.error(`${name}: ${error instanceof Error ? error.message : error}\n`);
    }
    if (!keepOpen || !headed) await page.close();
  }
  console.log(`Screenshots (page and side panel for each article): ${relative(process.cwd(), outDir) || outDir}/`);
  if (keepOpen && headed) {
    console.log('The browser stays open; press Ctrl+C to quit.');
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failures ? 1 : 0);
