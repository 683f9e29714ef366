// A tiny WebDriver BiDi client over Node's WebSocket (Node 20: run with
// --experimental-websocket), enough to drive Firefox's own remote agent without geckodriver:
// start Firefox with a fresh profile, send commands, await their results.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Why Firefox cannot be driven here, or null when it can. */
export function firefoxMissing() {
  if (!existsSync(FIREFOX)) return `${FIREFOX} is missing (apt-get install firefox-esr)`;
  if (typeof WebSocket === 'undefined') return 'no WebSocket in this Node (run node with --experimental-websocket)';
  return null;
}

export class BiDi {
  #ws;
  #next = 1;
  #pending = new Map();

  static async connect(url) {
    const bidi = new BiDi();
    bidi.#ws = new WebSocket(url);
    await new Promise((ok, fail) => {
      bidi.#ws.addEventListener('open', ok, { once: true });
      bidi.#ws.addEventListener('error', () => fail(new Error(`cannot connect to ${url}`)), { once: true });
    });
    bidi.#ws.addEventListener('message', (e) => {
      const msg = JSON.parse(String(e.data));
      const waiter = msg.id !== undefined && bidi.#pending.get(msg.id);
      if (!waiter) return;
      bidi.#pending.delete(msg.id);
      if (msg.type === 'error') waiter.fail(new Error(`${msg.error}: ${msg.message}`));
      else waiter.ok(msg.result);
    });
    return bidi;
  }

  send(method, params = {}, timeout = 30_000) {
    const id = this.#next++;
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        fail(new Error(`${method} timed out`));
      }, timeout);
      this.#pending.set(id, {
        ok: (r) => (clearTimeout(timer), ok(r)),
        fail: (e) => (clearTimeout(timer), fail(e)),
      });
      this.#ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates `expression` in a browsing context and returns its value (JSON-serialisable). */
  async evaluate(context, expression) {
    const r = await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
    return r.result.value === undefined ? undefined : JSON.parse(r.result.value);
  }

  /** Polls `expression` until it returns a truthy value. */
  async waitFor(context, expression, { timeout = 20_000, interval = 250 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(context, expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, interval));
    }
  }

  close() {
    this.#ws?.close();
  }
}

/**
 * Starts headless Firefox with its BiDi agent on a random port and a fresh profile holding
 * `prefs`. Returns {bidi, close}.
 */
export async function launchFirefox({ prefs = {} } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'cx-firefox-'));
  const all = {
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'browser.aboutwelcome.enabled': false,
    ...prefs,
  };
  await writeFile(
    join(profile, 'user.js'),
    Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n',
  );
  const child = spawn(
    FIREFOX,
    ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--no-remote', '--profile', profile],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its BiDi agent:\n${log.slice(-2000)}`)), 60_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}):\n${log.slice(-2000)}`));
    });
  });
  const bidi = await BiDi.connect(`${url.replace(/\/$/, '')}/session`);
  await bidi.send('session.new', { capabilities: {} });
  return {
    bidi,
    close: async () => {
      await bidi.send('session.end', {}, 5_000).catch(() => undefined);
      bidi.close();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
