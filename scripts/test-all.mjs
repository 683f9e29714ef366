#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit tests (Vitest), build, web-ext lint
// of the Firefox build, end-to-end tests (node --test tests/e2e/: Chromium, Firefox). Each
// step's output is printed as it runs. Ends with one line `N passed, N failed` (Vitest tests +
// e2e tests + one per other step) and exits non-zero when anything failed.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

function run(cmd, args, { capture = false } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    let out = '';
    if (capture) child.stdout.on('data', (d) => (out += d));
    child.once('error', (error) => resolvePromise({ code: 127, out: String(error) }));
    child.once('exit', (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), out }));
  });
}

function heading(name) {
  console.log(`\n━━ ${name} ${'━'.repeat(Math.max(0, 70 - name.length))}`);
}

function step(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? '✔' : '✘'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function counted(name, p, f, s, detail = '') {
  passed += p;
  failed += f;
  skipped += s;
  summary.push(`${f ? '✘' : '✔'} ${name}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}${detail ? ` — ${detail}` : ''}`);
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`hint: ${chromium} is missing, so the Chromium end-to-end tests will be skipped.`);
  console.log('      Install it with: sudo apt-get install -y chromium fonts-liberation');
}

// 1. Type check (both tsconfigs: the extension and the DOM-free core).
heading('typecheck');
step('typecheck', (await run('npm', ['run', '--silent', 'typecheck'])).code === 0);

// 2. Lint.
heading('lint');
step('lint', (await run('npm', ['run', '--silent', 'lint'])).code === 0);

// 3. Unit tests, counted from Vitest's JSON report.
heading('unit tests (vitest)');
const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitest = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  const crashed = vitest.code !== 0 && r.numFailedTests === 0 ? 1 : 0; // a file that failed to load
  counted('unit tests', r.numPassedTests, r.numFailedTests + crashed, r.numPendingTests + r.numTodoTests, crashed ? 'a test file failed to run' : '');
} else {
  counted('unit tests', 0, 1, 0, 'Vitest wrote no report');
}

// 4. Build both browsers.
heading('build (chrome-mv3, firefox-mv2)');
const built = (await run('npm', ['run', '--silent', 'build'])).code === 0;
step('build', built);

// 5. web-ext lint of the Firefox build: no errors allowed (warnings are printed).
heading('web-ext lint (firefox-mv2)');
if (built) {
  const lint = await run(bin('web-ext'), ['lint', '--source-dir', join(root, '.output', 'firefox-mv2'), '--output', 'json', '--no-config-discovery'], { capture: true });
  let report;
  try {
    report = JSON.parse(lint.out.slice(lint.out.indexOf('{')));
  } catch {
    console.log(lint.out);
  }
  if (report) {
    for (const kind of ['errors', 'warnings', 'notices']) {
      for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} — ${m.message}`);
    }
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
  }
  step('web-ext lint', !!report && report.summary.errors === 0);
} else {
  step('web-ext lint', false, 'not run: the build failed');
}

// 6. End-to-end tests in real browsers (they skip cleanly when a browser is missing).
heading('end-to-end tests (node --test tests/e2e/)');
if (built) {
  const tap = join(results, 'e2e.tap');
  rmSync(tap, { force: true });
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  const e2e = await run(process.execPath, [
    ...(nodeMajor < 22 ? ['--experimental-websocket'] : []),
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'tests/e2e/',
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  const [p, f] = [num('pass'), num('fail') + (num('cancelled') || 0)];
  // Skipped tests and skipped suites (a browser that is not installed), with their reasons.
  const skips = [...text.matchAll(/^\s*ok \d+ - (.*?) # SKIP ?(.*)$/gm)].map((m) => `${m[1]}: ${m[2] || 'skipped'}`);
  if (Number.isNaN(p) || Number.isNaN(f)) counted('e2e tests', 0, 1, 0, 'the test runner printed no totals');
  else counted('e2e tests', p, f + (e2e.code !== 0 && f === 0 ? 1 : 0), skips.length, skips.join('; '));
} else {
  counted('e2e tests', 0, 1, 0, 'not run: the build failed');
}

heading('summary');
for (const line of summary) console.log(line);
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
