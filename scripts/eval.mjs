#!/usr/bin/env node
// `npm run eval`: run the CLI over the development set (../shared/corpus/seeds) and score it
// with the shared scorer, exactly as held-out texts are scored.
//   1. crosscheck analyze SEEDS/*.txt --json  → score.mjs analyze
//   2. crosscheck ingest SEEDS/*.txt into a fresh library, crosscheck link --json → score.mjs link
//   3. crosscheck analyze tests/fixtures/heldout/*.txt --json → score.mjs analyze (own held-out set)
//   4. the same for tests/fixtures/heldout2, heldout3, heldout4, heldout6, heldout7, heldout8 (later own held-out sets) and heldout5 (page detection only), each its own block
//   5. tests/fixtures/link and link2 (own clusters of one campaign each): ingest, link, score.mjs link
// Options: --corpus DIR (default ../shared/corpus/seeds), --analyze-only.
// SCORE_VERBOSE=1 is passed through to the scorer (it lists every miss).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
};
const corpus = option('--corpus', resolve(root, '../shared/corpus/seeds'));
const scorer = resolve(root, '../shared/tools/score.mjs');

if (!existsSync(corpus) || !existsSync(scorer)) {
  console.log(`eval: skipped — ${existsSync(corpus) ? scorer : corpus} is not here (the shared corpus is only on development machines).`);
  process.exit(0);
}
const files = readdirSync(corpus)
  .filter((f) => /\.(txt|html?)$/i.test(f))
  .sort()
  .map((f) => join(corpus, f));
if (!files.length) {
  console.error(`eval: no .txt or .html articles in ${corpus}`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
const cli = join(root, 'bin/crosscheck.mjs');
const run = (argv, label) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) {
    console.error(`eval: crosscheck ${label} exited with ${r.status}`);
    process.exit(1);
  }
  return { stdout: r.stdout, ms };
};
const score = (mode, pred, gold) => {
  const r = spawnSync(process.execPath, [scorer, mode, pred, gold], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.exit(r.status ?? 1);
};

try {
  console.log(`== analyze: ${files.length} articles from ${corpus}`);
  const analyzed = run(['analyze', ...files, '--json'], 'analyze');
  const pred = join(work, 'analyze.json');
  writeFileSync(pred, analyzed.stdout);
  console.log(`(crosscheck analyze took ${Math.round(analyzed.ms)} ms including start-up)`);
  score('analyze', pred, corpus);

  // linking: ingest a cluster into a fresh library, link it, score it against its links.gold.json
  const linkBlock = (label, dir, list) => {
    const library = join(work, `${label}.library.jsonl`);
    console.log(`\n== link (${label}): ingest ${list.length} articles from ${dir}, then link them`);
    run(['ingest', ...list, '--library', library], 'ingest');
    const linked = run(['link', ...list, '--library', library, '--json'], 'link');
    const linkPred = join(work, `${label}.link.json`);
    writeFileSync(linkPred, linked.stdout);
    score('link', linkPred, join(dir, 'links.gold.json'));
  };
  const linking = !flag('--analyze-only') && existsSync(join(root, 'lib/cli/link.ts'));
  if (linking && existsSync(join(corpus, 'links.gold.json'))) linkBlock('seeds', corpus, files);
  // the project's own clusters (one campaign each: rewrites, repeated officials, tallies over months)
  for (const set of ['link', 'link2']) {
    const dir = join(root, 'tests/fixtures', set);
    if (!linking || !existsSync(join(dir, 'links.gold.json'))) continue;
    linkBlock(set, dir, readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => join(dir, f)));
  }

  // second block: the project's own held-out articles (other wars, outlets and styles, hard
  // negatives), written and annotated to the guide; scored the same way
  // (heldout2: a second set written later, before the engine was run on it, each its own block)
  for (const set of ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8']) {
    const heldout = join(root, 'tests/fixtures', set);
    if (!existsSync(heldout)) continue;
    const hFiles = readdirSync(heldout).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => join(heldout, f));
    console.log(`\n== analyze (${set}): ${hFiles.length} articles from ${heldout}`);
    const h = run(['analyze', ...hFiles, '--json'], 'analyze');
    const hPred = join(work, `${set}.json`);
    writeFileSync(hPred, h.stdout);
    score('analyze', hPred, heldout);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
