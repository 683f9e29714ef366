#!/usr/bin/env node
// Builds the offline map shapes the views draw (components/PlaceMap), from the world-atlas npm
// package (Natural Earth, public domain):
//   public/map/world-110m.json   the world's countries at 1:110m as TopoJSON (object `countries`
//                                with names; the land object and other metadata dropped)
// The extension loads it lazily at run time (fetch from its own public/ folder).
// No 1:50m regional file (about 700 kB even rounded) and no admin-1 (oblast) shapes: no npm
// package ships them; regions show as dots.
// Usage: node scripts/build-map.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'map');
mkdirSync(outDir, { recursive: true });

const atlasDir = dirname(require.resolve('world-atlas/package.json'));
const src = JSON.parse(readFileSync(join(atlasDir, 'countries-110m.json'), 'utf8'));
if (src.type !== 'Topology' || !src.objects?.countries) throw new Error('world-atlas countries-110m.json: unexpected shape');
const world = { type: 'Topology', bbox: src.bbox, transform: src.transform, arcs: src.arcs, objects: { countries: src.objects.countries } };
writeFileSync(join(outDir, 'world-110m.json'), JSON.stringify(world));
console.log(`public/map/world-110m.json: ${src.objects.countries.geometries.length} countries, ${src.arcs.length} arcs`);
