// Places of the wars outside Europe and the Middle East (Cabo Delgado, the Great Lakes, Amhara,
// the Sahel, the Central African Republic, South Sudan, north-east Nigeria, Libya) are in the
// gazetteer and pinned where they are; a short name whose key only meets a longer name is not
// read as that other town (Jiga is not Jijiga).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extendsStem, extractPlaces, swallowsSyllable } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { distanceKm } from '../../../lib/extract/place-context';
import { createGazetteer, type GazetteerRow } from '../../../lib/gazetteer/index';

const g = loadGazetteer();
const lines = readFileSync(new URL('../../fixtures/places/africa-fronts.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

describe('towns of active conflicts outside Europe and the Middle East', () => {
  const cases: [number, string, number, number][] = [
    // [fixture line, surface, lat, lon of the place meant]
    [0, 'Macomia', -12.25, 40.13],
    [0, 'Cabo Delgado', -12.5, 39.5],
    [1, 'Mocímboa da Praia', -11.35, 40.35],
    [1, 'Palma', -10.78, 40.47],
    [1, 'Mueda', -11.66, 39.55],
    [2, 'Rugombo', -2.83, 29.1],
    [2, 'Cibitoke', -2.89, 29.12],
    [2, 'Sange', -3.08, 29.12],
    [2, 'Luvungi', -2.87, 29.02],
    [3, 'Dembecha', 10.55, 37.48],
    [3, 'Jiga', 10.65, 37.38],
    [3, 'Bahir Dar', 11.59, 37.39],
    [3, 'Debre Markos', 10.35, 37.73],
    [4, 'Kantchari', 12.48, 1.52],
    [4, 'Djibo', 14.1, -1.63],
    [4, 'Arbinda', 14.23, -0.87],
    [5, 'Banibangou', 15.04, 2.7],
    [6, 'Bria', 6.54, 21.99],
    [6, 'Zemio', 5.03, 25.13],
    [7, 'Nasir', 8.6, 33.07],
    [7, 'Abyei', 9.59, 28.44],
    [8, 'Gwoza', 11.08, 13.7],
    [8, 'Borno State', 11.9, 13.1],
    [9, 'Derna', 32.77, 22.64],
    [9, 'Misrata', 32.38, 15.09],
    [10, 'Nyangezi', -2.69, 28.87],
    [10, 'Mekane Selam', 10.75, 38.75],
    [10, 'Heglig', 9.98, 29.4],
  ];
  it.each(cases)('line %i: %s', (line, surface, lat, lon) => {
    const p = extractPlaces(lines[line], g).find((x) => x.mentions.some((m) => m.text === surface));
    expect(p, surface).toBeDefined();
    // towns within 30 km of where they are; a region within 150 km of its centre
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(p!.kind === 'region' ? 150 : 30);
  });

  it("Mocímboa da Praia is one place, not Cape Verde's capital Praia", () => {
    const names = extractPlaces(lines[1], g).map((p) => p.name);
    expect(names).not.toContain('Praia');
  });

  it("Mozambique's Gaza Province does not take the bare name Gaza", () => {
    const p = extractPlaces('Israeli strikes on Gaza killed 12 people, the territory\u2019s health ministry said.', g).find((x) => x.mentions.some((m) => m.text === 'Gaza'));
    expect(p?.country).toBe('PS');
  });
});

describe('a short name whose key only meets a longer name', () => {
  it.each([
    // [written (folded), spellings of the place its key reaches, swallowed?]
    ['jiga', ['jijiga'], true],
    ['sudza', ['sudzha'], false],
    ['kyjiw', ['kyiv', 'kiev'], false],
    ['gaza', ['gaza', 'ghazzah'], false],
    ['sudaschha', ['sudzha'], false],
  ] as [string, string[], boolean][])('%s against %j: %s', (folded, spellings, swallowed) => {
    expect(swallowsSyllable(folded, spellings)).toBe(swallowed);
  });

  // a gazetteer that knows Jijiga but not Jiga
  const row = (id: string, name: string, lat: number, lon: number, pop: number, admin: number): GazetteerRow => [id, name, lat, lon, 'ET', 0, pop, admin, 0, '', ''];
  const small = createGazetteer({
    admins: ['', 'Amhara Region', 'Somali Region'],
    rows: [row('jijiga', 'Jijiga', 9.35, 42.8, 160000, 2), row('bahir-dar', 'Bahir Dar', 11.59, 37.39, 240000, 1), row('dembecha', 'Dembecha', 10.55, 37.48, 20000, 1), ['et', 'Ethiopia', 9, 39, 'ET', 5, 5e6, 0, 0, '', '']],
  });
  it('is not read as the longer town', () => {
    const text = 'Ethiopian troops retook Dembecha and Jiga, on the road to Bahir Dar, after fighting with Fano militiamen in Ethiopia.';
    const places = extractPlaces(text, small);
    expect(places.map((p) => p.name)).toContain('Dembecha');
    expect(places.map((p) => p.name)).not.toContain('Jijiga');
  });
  it('the longer town written in full is still found', () => {
    const places = extractPlaces('Drone strikes hit Jijiga and Bahir Dar in Ethiopia overnight.', small);
    expect(places.map((p) => p.name)).toContain('Jijiga');
  });
});

describe('a longer name is not a garble of a shorter one', () => {
  it.each([
    // [written (folded), name of a place the article names, another name?]
    ['djibasso', 'djibo', true],
    ['sudaschha', 'sudzha', false],
    ['kupjansk', 'kupiansk', false],
    ['sudzhanka', 'sudzha', true],
  ] as [string, string, boolean][])('%s against %s: %s', (word, name, longer) => {
    expect(extendsStem(word, name)).toBe(longer);
  });
  it('Djibasso is not pinned at Djibo', () => {
    const p = extractPlaces(lines[11], g).find((x) => x.mentions.some((m) => m.text === 'Djibasso'));
    expect(p).toBeUndefined();
    expect(extractPlaces(lines[11], g).map((x) => x.name)).toContain('Djibo');
  });
});
