// `npm start`, the README's first command: on the built extension it serves the demo articles,
// prints what Crosscheck found on each and saves a screenshot of each page and its side panel.
// Run as a user would (a child process), so a panel that never shows its verdict fails here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCREENSHOTS, chromiumMissing } from './harness.mjs';

test('npm start reads every demo article and screenshots its page and side panel', { skip: chromiumMissing() ?? false }, async () => {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env: { ...process.env, DISPLAY: '' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0, `npm start exited ${code}\n${out}\n${err}`);
  // the war articles are called war coverage and show their findings; the calm one is not
  assert.match(out, /kursk-sudzha-wire\.html\n\s+“[^”]+”\n\s+war coverage \(score/);
  assert.match(out, /supermarket-price-war\.html\n\s+“[^”]+”\n\s+not war coverage/);
  assert.match(out, /80th Separate Air Assault Brigade/);
  for (const name of ['kursk-sudzha-wire', 'kursk-sudzha-analysis', 'sudan-el-fasher', 'supermarket-price-war'])
    for (const part of ['page', 'panel']) {
      const file = join(SCREENSHOTS, 'start', `${name}-${part}.png`);
      assert.ok(existsSync(file) && statSync(file).mtimeMs >= started - 1000, `fresh screenshot ${file}`);
    }
});
