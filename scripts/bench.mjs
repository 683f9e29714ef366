#!/usr/bin/env node
// `npm run bench`: engine speed against baselines measured in the same run, then the linker.
//
//   engine     full analyze() throughput (chars/ms) over >= 1 MB of varied article text, one
//              article per call; baseline: compromise nlp(text).places() + .numbers(); floor:
//              one pass of one Unicode regular expression over the same text. Ratios printed.
//              Engine and compromise are both warmed up until their passes settle (the JIT);
//              each one's first, cold pass is printed too.
//   linearity  one long text and the same text 10x: time ratio (target <= 11x)
//   adversarial 100,000 digits / commas / capitals / spaces: time vs. normal text of that size
//   gazetteer  load time (read + parse + index), median of runs
//   breakdown  each extractor alone over the same text (ms per MB and share)
//   bundle     gzipped size of the engine bundled by esbuild (minified, browser); and of the
//              Chrome build's content scripts, when .output exists
//   link       scripts/bench-link.mjs (library scale), when present; --no-link skips it
//
// Medians of repeated rounds; numbers vary with the machine's load, ratios much less.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const { gazetteerPath } = await import(pathToFileURL(join(root, 'lib/cli/load-gazetteer.ts')).href);

// The engine is timed as it ships: bundled by esbuild into one module (the extension's build
// bundles it the same way), not through the tsx loader, whose per-module transform adds about a
// fifth to the run time. `--tsx` times the sources through tsx instead.
const lib = (p) => pathToFileURL(join(root, p)).href;
async function engineModule() {
  if (!args.includes('--tsx')) {
    try {
      const { build } = await import('esbuild');
      const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
      const outfile = join(dir, 'engine.mjs');
      const entry = [
        `export { analyze } from ${JSON.stringify(join(root, 'lib/analyze.ts'))};`,
        `export { createGazetteer } from ${JSON.stringify(join(root, 'lib/gazetteer/index.ts'))};`,
        `export { extractUnits } from ${JSON.stringify(join(root, 'lib/extract/units.ts'))};`,
        `export { extractPlaces } from ${JSON.stringify(join(root, 'lib/extract/places.ts'))};`,
        `export { extractClaims } from ${JSON.stringify(join(root, 'lib/extract/claims.ts'))};`,
        `export { detectWarCoverage } from ${JSON.stringify(join(root, 'lib/extract/detect.ts'))};`,
        `export { tokenize, tokensFor } from ${JSON.stringify(join(root, 'lib/text/tokens.ts'))};`,
        `export { tokensOf } from ${JSON.stringify(join(root, 'lib/extract/units.ts'))};`,
      ].join('\n');
      await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'silent' });
      const m = await import(pathToFileURL(outfile).href);
      rmSync(dir, { recursive: true, force: true });
      return { m, how: 'esbuild bundle' };
    } catch (e) {
      console.log(`(esbuild bundle failed: ${e.message}; timing the sources through tsx)`);
    }
  }
  const [a, g, u, p, c, d, t] = await Promise.all(['lib/analyze.ts', 'lib/gazetteer/index.ts', 'lib/extract/units.ts', 'lib/extract/places.ts', 'lib/extract/claims.ts', 'lib/extract/detect.ts', 'lib/text/tokens.ts'].map((f) => import(lib(f))));
  return { m: { ...a, ...g, ...u, ...p, ...c, ...d, tokenize: t.tokenize, tokensFor: t.tokensFor, tokensOf: u.tokensOf }, how: 'tsx' };
}
const { m: engineLib, how: engineHow } = await engineModule();
const { analyze, createGazetteer } = engineLib;
console.log(`engine code: ${engineHow}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// ---- the text: real articles from ../shared when present, else the bundled demo pages
function articles() {
  const out = [];
  const seeds = resolve(root, '../shared/corpus/seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) out.push(readFileSync(join(seeds, f), 'utf8'));
  const truth = resolve(root, '../shared/corpus/news-pages/ground-truth.json');
  if (existsSync(truth)) for (const v of Object.values(JSON.parse(readFileSync(truth, 'utf8')))) if (v.articleBody) out.push(v.articleBody);
  const demo = join(root, 'demo');
  if (existsSync(demo))
    for (const f of readdirSync(demo).filter((f) => /\.html?$/.test(f)))
      out.push(readFileSync(join(demo, f), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' '));
  if (!out.length) throw new Error('bench: no article text found (needs ../shared/corpus or demo/)');
  return out;
}
const base = articles();
const target = quick ? 256 * 1024 : 1024 * 1024;
const docs = [];
let total = 0;
for (let i = 0; total < target; i++) {
  const t = base[i % base.length];
  docs.push(t);
  total += t.length;
}
console.log(`text: ${docs.length} articles (${base.length} distinct), ${fmt(total / 1024, 0)} KB`);

// ---- gazetteer
const gzTimes = [];
let gazetteer;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  gazetteer = createGazetteer(JSON.parse(readFileSync(gazetteerPath(), 'utf8')));
  gzTimes.push(performance.now() - t0);
}
console.log(`gazetteer load (read + parse + index): median ${fmt(median(gzTimes))} ms, ${fmt(statSync(gazetteerPath()).size / 1024, 0)} KB, ${gazetteer.size ?? '?'} entries (target < 50 ms)`);

const env = { gazetteer };
const floorRe = /[\p{L}\p{N}]+/gu; // tokenising every word: the least any extractor must do
let sink = 0;
const passOnce = (fn, list = docs, chars = total) => {
  const t0 = performance.now();
  for (const d of list) fn(d);
  return chars / (performance.now() - t0);
};
const floorPass = (d) => {
  floorRe.lastIndex = 0;
  for (const m of d.matchAll(floorRe)) sink += m[0].length;
};
const engineRun = (d) => analyze({ text: d }, env);
const nlp = (await import('compromise')).default;
const compRun = (d) => {
  const doc = nlp(d);
  sink += doc.places().length + doc.numbers().length;
};
const compDocs = docs.slice(0, Math.max(10, Math.ceil(docs.length / (quick ? 16 : 8))));
const compTotal = compDocs.reduce((s, d) => s + d.length, 0);

// Warm-up. V8 optimises large functions only after many calls: the engine's throughput climbs for
// about the first 10 MB of text (x2-3 from the first MB) and compromise's for its first few MB
// (x1.5). Both are run at least 10 passes and until the last three agree within 10% (or a cap), the first pass of
// each is reported as "cold", and the measured rounds come after. The same rule for both sides.
const settle = (fn, list, chars, cap, min) => {
  const tps = [passOnce(fn, list, chars)];
  const first = tps[0];
  while (tps.length < cap) {
    tps.push(passOnce(fn, list, chars));
    const last = tps.slice(-3);
    if (last.length === 3 && Math.max(...last) / Math.min(...last) < 1.1 && tps.length >= min) break;
  }
  return { first, passes: tps.length };
};
const engineWarm = settle(engineRun, docs, total, quick ? 6 : 16, quick ? 4 : 10);
const compWarm = settle(compRun, compDocs, compTotal, quick ? 6 : 16, quick ? 4 : 10);

// engine and floor rounds interleaved, so that both see the same machine load; the ratio is
// the median of the per-round ratios
const engineTp = [];
const floorTp = [];
const perRound = [];
for (let r = 0; r < (quick ? 3 : 7); r++) {
  const e = passOnce(engineRun);
  const f = passOnce(floorPass);
  engineTp.push(e);
  floorTp.push(f);
  perRound.push(f / e);
}
const engine = median(engineTp);
const floor = median(floorTp);
const compTimes = [];
for (let r = 0; r < (quick ? 2 : 3); r++) compTimes.push(passOnce(compRun, compDocs, compTotal));
const comp = median(compTimes);
console.log(`engine     ${fmt(engine)} chars/ms (warm: after ${engineWarm.passes} passes of ${fmt(total / 1024, 0)} KB; first pass, cold JIT: ${fmt(engineWarm.first)})`);
console.log(`compromise ${fmt(comp)} chars/ms (places + numbers, ${fmt(compTotal / 1024, 0)} KB; warm: after ${compWarm.passes} passes; first pass, cold JIT: ${fmt(compWarm.first)})`);
console.log(`regex floor ${fmt(floor)} chars/ms (one Unicode regex pass: every word)`);
console.log(`ratio: engine / compromise = ${fmt(engine / comp)}x (target >= 50x; cold first passes: ${fmt(engineWarm.first / compWarm.first)}x); floor / engine = ${fmt(median(perRound))}x (target <= 5x)`);

// ---- where the time goes: each extractor alone over the same articles. Inside analyze() the
// passes share one token array per text (and the detector the units' words); alone, each one
// tokenises for itself, so each share includes the shared tokenizer (timed alone at the end).
// Claims get the units and places found beforehand, the detector the unit names, as in analyze().
// `own`: the same with the shared tokens (for the detector: the units' words) built beforehand,
// untimed: what each pass adds inside analyze().
{
  const { extractUnits, extractPlaces, extractClaims, detectWarCoverage, tokenize, tokensFor, tokensOf } = engineLib;
  const ctx = docs.map((d) => ({ units: extractUnits(d), places: extractPlaces(d, gazetteer) }));
  const hints = ctx.map((c) => ({ units: 1, places: 1, claims: 1, unitNames: c.units.map((u) => u.name) }));
  const stage = (fn) => {
    const ts = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (let i = 0; i < docs.length; i++) fn(docs[i], i);
      ts.push(performance.now() - t0);
    }
    return median(ts);
  };
  // units and the detector keep the last text's tokens; a fresh copy of each text defeats that
  const fresh = (d) => ` ${d}`;
  const times = {
    units: stage((d) => extractUnits(fresh(d))),
    places: stage((d) => extractPlaces(d, gazetteer)),
    claims: stage((d, i) => extractClaims(d, ctx[i])),
    detect: stage((d, i) => detectWarCoverage(fresh(d), hints[i])),
  };
  const sum = Object.values(times).reduce((a, b) => a + b, 0);
  const mb = total / (1024 * 1024);
  const tokens = tokenize ? stage((d) => tokenize(d)) : undefined;
  console.log(`breakdown (ms per MB, alone): ${Object.entries(times).map(([k, v]) => `${k} ${fmt(v / mb, 0)} (${fmt((100 * v) / sum, 0)}%)`).join(', ')}${tokens === undefined ? '' : `; the shared tokenizer alone ${fmt(tokens / mb, 0)} (inside each of the four)`}`);
  if (tokensFor && tokensOf) {
    // per text: build what analyze() shares (untimed), then time the pass
    const own = (pre, fn, copy = true) => {
      const ts = [];
      for (let r = 0; r < 3; r++) {
        let t = 0;
        for (let i = 0; i < docs.length; i++) {
          const d = copy ? fresh(docs[i]) : docs[i];
          pre(d);
          const t0 = performance.now();
          fn(d, i);
          t += performance.now() - t0;
        }
        ts.push(t);
      }
      return median(ts);
    };
    const owns = {
      units: own(tokensFor, (d) => extractUnits(d)),
      places: own(tokensFor, (d) => extractPlaces(d, gazetteer)),
      claims: own(tokensFor, (d, i) => extractClaims(d, ctx[i]), false),
      detect: own(tokensOf, (d, i) => detectWarCoverage(d, hints[i])),
    };
    console.log(`breakdown (ms per MB, own: shared tokens built beforehand; the detector reads the units' words): ${Object.entries(owns).map(([k, v]) => `${k} ${fmt(v / mb, 0)}`).join(', ')}`);
  }
}

// ---- linearity
const long = base.slice(0, 20).join('\n\n').slice(0, 100_000);
const longer = Array.from({ length: 10 }, () => long).join('\n\n');
const timeOne = (text, n) => {
  const ts = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    analyze({ text }, env);
    ts.push(performance.now() - t0);
  }
  return median(ts);
};
const t1 = timeOne(long, 5);
const t10 = timeOne(longer, 3);
console.log(`linearity: ${fmt(long.length / 1000, 0)} k chars ${fmt(t1)} ms, 10x ${fmt(t10)} ms → ${fmt(t10 / t1, 2)}x (target <= 11x)`);

// ---- adversarial inputs
const n = 100_000;
const adversarial = {
  digits: '7'.repeat(n),
  commas: '1,'.repeat(n / 2),
  'digit-spaces': '1 '.repeat(n / 2),
  capitals: 'A'.repeat(n),
  'capital words': 'Kursk '.repeat(n / 6),
  hyphens: '5-'.repeat(n / 2),
  dots: '9.'.repeat(n / 2),
};
const normal = timeOne(long.slice(0, n), 3);
const worst = [];
for (const [name, text] of Object.entries(adversarial)) {
  const t = timeOne(text, 2);
  worst.push(`${name} ${fmt(t)} ms (${fmt(t / normal, 1)}x)`);
}
console.log(`adversarial (100k chars; normal text ${fmt(normal)} ms): ${worst.join(', ')}`);

// ---- bundle
// the engine as the extension's background bundles it (lib/analyze.ts and everything it imports,
// minified for the browser); the gazetteer JSON is fetched lazily and is not part of it
try {
  const { build } = await import('esbuild');
  const r = await build({ entryPoints: [join(root, 'lib/analyze.ts')], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  const js = r.outputFiles[0].contents;
  console.log(`bundle: engine (lib/analyze.ts, esbuild minified) ${fmt(js.length / 1024)} KB, ${fmt(gzipSync(js).length / 1024)} KB gzipped (target < 150 KB; gazetteer ${fmt(gzipSync(readFileSync(gazetteerPath())).length / 1024)} KB gzipped, fetched lazily)`);
} catch (e) {
  console.log(`bundle: engine not measured (${e.message})`);
}
const cs = join(root, '.output/chrome-mv3/content-scripts');
if (existsSync(cs)) {
  for (const f of readdirSync(cs).filter((f) => f.endsWith('.js'))) {
    const buf = readFileSync(join(cs, f));
    console.log(`bundle: ${f} ${fmt(statSync(join(cs, f)).size / 1024)} KB, ${fmt(gzipSync(buf).length / 1024)} KB gzipped (target < 150 KB)`);
  }
} else console.log('bundle: no .output/chrome-mv3 (run npm run build first)');
if (sink < 0) console.log(sink);

// ---- linker scale
const linkBench = join(root, 'scripts/bench-link.mjs');
if (!args.includes('--no-link') && existsSync(linkBench)) {
  console.log('\n== link');
  const r = spawnSync(process.execPath, ['--import', 'tsx', linkBench, ...(quick ? ['--quick'] : [])], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
