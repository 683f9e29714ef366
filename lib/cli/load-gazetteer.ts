// Node-only: reads the built gazetteer asset (public/gazetteer.json) next to the repository
// root, relative to this module, once per process.
import { readFileSync } from 'node:fs';
import { createGazetteer, type Gazetteer, type GazetteerData } from '../gazetteer/index';

let cached: Gazetteer | undefined;

export function gazetteerPath(): URL {
  return new URL('../../public/gazetteer.json', import.meta.url);
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const data = JSON.parse(readFileSync(gazetteerPath(), 'utf8')) as GazetteerData;
  cached = createGazetteer(data);
  return cached;
}
