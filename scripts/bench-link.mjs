#!/usr/bin/env node
// Linker at library scale (run by `npm run bench`, or alone: `node --import tsx scripts/bench-link.mjs`).
//
//   ingest     putting synthetic sources into the in-memory library (claims/s), and the link
//              service's ingest of real articles (fingerprint + upsert, articles/s) when present
//   link       one page of 100 claims against libraries of 10k, 100k and 1M synthetic claims
//              (scripts/gen-synthetic.mjs): median of rounds
//   baseline   the naive way measured in the same run: a fuse.js search of every page claim over
//              all stored claims. At 10k a sample of 10 page claims, at 100k of 3, each
//              scaled to 100; at 1M extrapolated linearly from 100k (a fuse search is a full scan)
//   memory     peak RSS; file store: load time of the 100k library from its JSON Lines file
// --quick: 10k and 100k only, fewer rounds. --sizes=1000000: only those sizes (peak RSS per size).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { syntheticPage, syntheticSources } from './gen-synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const imp = (p) => import(pathToFileURL(join(root, p)).href);
const { MemoryLibrary } = await imp('lib/store/library.ts');
const { openFileLibrary } = await imp('lib/store/file.ts');
const { linkPage } = await imp('lib/claims/linker.ts');
const { createLinkService } = await imp('lib/claims/service.ts');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = () => process.resourceUsage().maxRSS / 1024;
const t0All = performance.now();

// ---- ingest of real articles through the service (fingerprint + upsert), when the corpus is here
{
  const seeds = resolve(root, '../shared/corpus/seeds');
  const own = join(root, 'tests/fixtures/link');
  const texts = [seeds, own].filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  if (texts.length) {
    const { analyze } = await imp('lib/analyze.ts');
    const { loadGazetteer } = await imp('lib/cli/load-gazetteer.ts');
    const gazetteer = loadGazetteer();
    const analyses = texts.map((text) => ({ text, analysis: analyze({ text }, { gazetteer }) }));
    const lib = new MemoryLibrary();
    const service = createLinkService(lib);
    const rounds = 20;
    const t = performance.now();
    for (let r = 0; r < rounds; r++) for (let i = 0; i < analyses.length; i++) await service.ingest({ id: `a${i}`, doc: `a${i}` }, analyses[i].analysis, analyses[i].text);
    const ms = performance.now() - t;
    console.log(`service ingest (fingerprint + upsert, analysis excluded): ${fmt((rounds * analyses.length) / (ms / 1000), 0)} articles/s over ${analyses.length} real articles x ${rounds} (revisits update in place: ${(await lib.count()).sources} sources)`);
  }
}

const only = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = only ? only.slice(8).split(',').map(Number) : quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const page = syntheticPage({ claims: 100 });
const rows = [];
let dir;
let fileLoad;
for (const n of sizes) {
  // streamed from the generator into the library: nothing but the library holds the sources
  // (the naive baseline's fuse.js documents are built on the way, at 100k and below)
  const lib = new MemoryLibrary();
  const docs = n <= 100_000 ? [] : undefined;
  let sourceCount = 0;
  let ingestMs = 0;
  for (const s of syntheticSources({ claims: n, seed: 7 })) {
    if (docs) for (const c of s.claims) docs.push({ key: `${c.category} ${c.measure ?? ''} ${c.side ?? ''} ${c.unit} ${c.where ?? ''}`, src: s.id });
    const t = performance.now();
    lib.putSync(s);
    ingestMs += performance.now() - t;
    sourceCount++;
  }

  const rounds = quick ? 3 : n >= 1_000_000 ? 5 : 7;
  const times = [];
  let relations = 0;
  await linkPage(page, lib); // warm-up
  for (let r = 0; r < rounds; r++) {
    const s = performance.now();
    const links = await linkPage(page, lib);
    times.push(performance.now() - s);
    relations = links.reduce((k, l) => k + l.relations.length, 0);
  }
  const linkMs = median(times);

  // naive baseline: fuse.js over every stored claim, one search per page claim
  let naiveMs;
  let naiveNote;
  if (docs) {
    const fuse = new Fuse(docs, { keys: ['key'], threshold: 0.3, ignoreLocation: true });
    const sample = page.claims.slice(0, n <= 10_000 ? 10 : 3);
    const s = performance.now();
    for (const c of sample) fuse.search(`${c.category} ${c.measure ?? ''} ${c.side ?? ''} ${c.unit} ${c.where ?? ''}`);
    naiveMs = ((performance.now() - s) * page.claims.length) / sample.length;
    naiveNote = sample.length === page.claims.length ? 'measured' : `measured on ${sample.length} claims, scaled x${fmt(page.claims.length / sample.length, 1)}`;
  } else {
    const at100k = rows.find((r) => r.n === 100_000);
    naiveMs = at100k ? (at100k.naiveMs * n) / 100_000 : NaN;
    naiveNote = 'extrapolated linearly from 100k';
  }

  if (n === 100_000) {
    dir = mkdtempSync(join(tmpdir(), 'cx-bench-'));
    const path = join(dir, 'lib.jsonl');
    writeFileSync(path, await lib.exportJsonl());
    const s = performance.now();
    await openFileLibrary(path);
    fileLoad = performance.now() - s;
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ n, sources: sourceCount, ingestMs, linkMs, naiveMs, naiveNote, relations });
  console.log(
    `${fmt(n, 0).padStart(9)} claims (${fmt(sourceCount, 0)} sources): ingest ${fmt(n / (ingestMs / 1000), 0)} claims/s; link 100 claims ${fmt(linkMs, 2)} ms median of ${rounds} (${relations} relations); naive fuse.js ${fmt(naiveMs, 0)} ms (${naiveNote}); ${fmt(naiveMs / linkMs, 0)}x; RSS peak ${fmt(mb(), 0)} MB`,
  );
}

const r100 = rows.find((r) => r.n === 100_000);
const r1m = rows.find((r) => r.n === 1_000_000);
if (r100) console.log(`speed-up over the naive baseline at 100k claims: ${fmt(r100.naiveMs / r100.linkMs, 0)}x (target >= 100x)`);
if (r100 && r1m) console.log(`growth 100k -> 1M claims: ${fmt(r1m.linkMs / r100.linkMs, 2)}x for 10x the claims (target < 10x, sub-linear)`);
if (fileLoad !== undefined) console.log(`file store: loading the 100k-claim JSON Lines library takes ${fmt(fileLoad, 0)} ms`);
console.log(`peak RSS ${fmt(mb(), 0)} MB; bench-link took ${fmt((performance.now() - t0All) / 1000, 1)} s`);
