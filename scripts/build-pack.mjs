#!/usr/bin/env node
// Builds a source pack from a folder of articles with the engine (lib/analyze.ts) and the
// gazetteer (public/gazetteer.json):
//
//   node scripts/build-pack.mjs [DIR] [OUT]      (defaults: assets/packs/demo → assets/packs/demo.jsonl)
//
// One JSON object per line (see lib/packs/format.ts and docs/feeds-and-packs.md). The output is
// deterministic, and tests/unit/packs/demo-pack.test.ts fails when it is out of date.
import { register } from 'tsx/esm/api';
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

register();
const { buildPackFromDir } = await import('../lib/packs/build-node.ts');
const { serializePack, parsePack, packSummary } = await import('../lib/packs/format.ts');
const { loadGazetteer } = await import('../lib/cli/load-gazetteer.ts');

const root = new URL('..', import.meta.url).pathname;
const dir = resolve(root, process.argv[2] ?? 'assets/packs/demo');
const out = resolve(root, process.argv[3] ?? `${dir.replace(/\/+$/, '')}.jsonl`);
const name = basename(dir);
const sources = await buildPackFromDir(dir, { name, gazetteer: loadGazetteer(), outlet: name === 'demo' ? 'Crosscheck demo pack' : undefined });
const content = serializePack(sources);
const check = packSummary(parsePack(content));
if (check.errors) {
  process.stderr.write(`build-pack: ${check.errors} lines do not parse back; not written\n`);
  process.exit(1);
}
await writeFile(out, content);
process.stdout.write(`${out}: ${check.sources} sources, ${check.claims} claims (${check.warCoverage} war coverage)\n`);
