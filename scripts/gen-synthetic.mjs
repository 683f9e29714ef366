// Synthetic claim libraries for the linker benchmark: deterministic (seeded), in memory.
//
//   import { syntheticSources, syntheticPage } from './gen-synthetic.mjs';
//   for (const source of syntheticSources({ claims: 100_000, seed: 1 })) library.putSync(source);
//
// Sources look like analysed war reports: 4-20 claims each (mean 12), places drawn from 2,000
// settlements in 60 admin regions with a skewed popularity (a few fronts dominate the news),
// sides mostly ua/ru, categories in news proportions (casualties and equipment most), measures,
// units with sq mi / km² and miles / km mixes, hedges, dates over 2022-2025, 40 claimants, and a
// random 256 x 32-bit fingerprint. Runnable alone: `node scripts/gen-synthetic.mjs 1000` prints
// a JSON Lines library of that many claims (for trying the CLI on a large file).

const REGIONS = 60;
const PLACES = 2000;
const CLAIMANTS = [
  'General Staff', 'Russian Defence Ministry', 'ISW', 'Mediazona', 'UK Ministry of Defence', 'Zelensky', 'Peskov', 'Gerasimov',
  'DeepState', 'regional governor', 'UN monitoring mission', 'Oryx', 'BBC analysis', 'Reuters', 'Kyiv Independent', 'Meduza',
  'Syrskyi', 'Shoigu', 'Belousov', 'Ukrainian Air Force', 'Russian Air Defence', 'OHCHR', 'Pentagon', 'NATO official',
  'Institute for the Study of War', 'Rybar', 'Ukrainian military intelligence', 'FSB', 'Prosecutor General', 'local officials',
  'Kherson administration', 'Kharkiv governor', 'Donetsk governor', 'Sumy governor', 'Belgorod governor', 'Kursk governor',
  'Wagner', 'Akhmat', 'Azov', 'Russian Navy',
];

/** Mulberry32: a small deterministic generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function randomSignature(r) {
  // 256 x 32 bits = 1024 bytes → base64 (same shape as lib/claims/fingerprint.ts)
  // joined once (a string grown by += is a tree of pieces, several times the flat size in memory)
  const out = [];
  for (let i = 0; i < 1024; i += 3) {
    const n = ((r() * 256) << 16) | ((r() * 256) << 8) | (r() * 256);
    const rest = 1024 - i;
    out.push(B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (rest > 1 ? B64[(n >> 6) & 63] : '=') + (rest > 2 ? B64[n & 63] : '='));
  }
  return out.join('');
}

const place = (i) => ({ name: `Place ${i}`, admin: `Region ${i % REGIONS}`, country: i % 5 === 0 ? 'RU' : 'UA', id: `s:${i}` });

function pick(r, weights) {
  let x = r() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of weights) if ((x -= w) <= 0) return v;
  return weights[weights.length - 1][0];
}

const KINDS = [
  ['killed', 22], ['wounded', 6], ['killedOrWounded', 8], ['captured', 4], ['tank', 6], ['drone', 8], ['missile', 5], ['vehicle', 4],
  ['area', 12], ['troops', 8], ['distance', 8], ['duration', 5], ['cost', 4],
];
const HEDGES = [['exact', 50], ['about', 20], ['over', 12], ['nearly', 8], ['atLeast', 6], ['atMost', 4]];

function interval(v, approx) {
  switch (approx) {
    case 'about': return [0.9 * v, 1.1 * v];
    case 'nearly': return [0.9 * v, v];
    case 'over': return [v, 1.2 * v];
    case 'atLeast': return [v, 1.5 * v];
    case 'atMost': return [0, v];
    default: return [v, v];
  }
}

function makeClaim(r, places, offset) {
  const kind = pick(r, KINDS);
  const approx = pick(r, HEDGES);
  const side = r() < 0.9 ? (r() < 0.5 ? 'ru' : 'ua') : undefined;
  const p = places[Math.floor(r() * places.length)];
  let value = Math.round(10 ** (1 + r() * 3.5));
  let unit = 'person';
  let factor = 1;
  let category = 'casualties';
  let measure;
  let noun = 'soldiers';
  if (['killed', 'wounded', 'killedOrWounded', 'captured'].includes(kind)) {
    measure = kind;
    noun = kind === 'captured' ? 'prisoners' : 'soldiers';
  } else if (['tank', 'drone', 'missile', 'vehicle'].includes(kind)) {
    category = 'equipment';
    unit = kind;
    noun = kind + 's';
    value = Math.round(value / 10) + 1;
  } else if (kind === 'area') {
    category = 'territory';
    unit = 'km2';
    if (r() < 0.4) {
      factor = 2.58999;
      noun = 'square miles';
    } else noun = 'square kilometres';
  } else if (kind === 'troops') {
    category = 'troops';
    value *= 10;
    noun = 'troops';
  } else if (kind === 'distance') {
    category = 'distance';
    unit = 'km';
    value = Math.round(value / 100) + 1;
    if (r() < 0.4) {
      factor = 1.609344;
      noun = 'miles';
    } else noun = 'kilometres';
  } else if (kind === 'duration') {
    category = 'duration';
    unit = r() < 0.5 ? 'month' : 'day';
    value = Math.round(value / 200) + 1;
    noun = unit + 's';
  } else {
    category = 'cost';
    unit = 'usd';
    value *= 1e5;
    noun = 'dollars';
  }
  const [low, high] = interval(value, approx);
  const text = `${approx === 'exact' ? '' : approx + ' '}${value.toLocaleString('en-US')} ${noun}`;
  const year = 2022 + Math.floor(r() * 4);
  const month = 1 + Math.floor(r() * 12);
  const c = {
    text,
    start: offset,
    end: offset + text.length,
    value,
    low,
    high,
    approx,
    unit,
    canonicalValue: value * factor,
    category,
  };
  if (measure) c.measure = measure;
  if (side) c.side = side;
  if (r() < 0.8) c.where = p.name;
  if (r() < 0.7) c.when = `${year}-${String(month).padStart(2, '0')}`;
  if (r() < 0.6) c.attribution = CLAIMANTS[Math.floor(r() * CLAIMANTS.length)];
  return c;
}

function makeSource(r, i, nClaims, prefix) {
  // skewed popularity: squaring a uniform number favours low place numbers (the busy fronts)
  const nPlaces = 2 + Math.floor(r() * 5);
  const places = [];
  for (let k = 0; k < nPlaces; k++) places.push(place(Math.floor(r() * r() * PLACES)));
  const claims = [];
  for (let k = 0; k < nClaims; k++) claims.push(makeClaim(r, places, 40 + k * 120));
  return {
    id: `${prefix}${i}`,
    doc: `https://news${i % 97}.example/war/${prefix}${i}`,
    url: `https://news${i % 97}.example/war/${prefix}${i}`,
    outlet: `news${i % 97}.example`,
    title: `Synthetic report ${i}`,
    published: `${2022 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    language: 'en',
    claims,
    units: [],
    places: places.filter((p, k) => places.findIndex((q) => q.name === p.name) === k).flatMap((p) => [p, { name: p.admin, country: p.country }]),
    fingerprint: randomSignature(r),
  };
}

/** Sources with `claims` claims in total (the last source may be shorter). */
export function* syntheticSources({ claims, seed = 1, prefix = 'syn-' }) {
  const r = rng(seed);
  let left = claims;
  for (let i = 0; left > 0; i++) {
    const n = Math.min(left, 4 + Math.floor(r() * 17));
    left -= n;
    yield makeSource(r, i, n, prefix);
  }
}

/** One page with `claims` claims, from another seed (not in the library). */
export function syntheticPage({ claims = 100, seed = 999 } = {}) {
  return makeSource(rng(seed), 0, claims, 'page-');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  let count = 0;
  const lines = [];
  for (const s of syntheticSources({ claims: n })) {
    lines.push(JSON.stringify(s));
    count++;
  }
  process.stdout.write(JSON.stringify({ crosscheck: 'library', schema: 2, sources: count }) + '\n' + lines.join('\n') + '\n');
}
