// Inverted region forms (`the governorate of Gaza`, `the region of Tigray`, `Provinz Idlib`),
// `the regional capital X` as the city, and city districts and rivers the gazetteer lacks
// (`the Shevchenkivskyi district`, `the district of Saltivskyi`, `the Kinska river`), placed
// at the city or place named before them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { distanceKm } from '../../../lib/extract/place-context';

const g = loadGazetteer();
const lines = readFileSync(new URL('../../fixtures/places/inverted-districts.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
const find = (text: string, surface: string) => extractPlaces(text, g).find((x) => x.mentions.some((m) => m.text === surface));

describe('the region named in an inverted form', () => {
  it.each([
    // [fixture line, surface, place]
    [0, 'Gaza', 'Gaza Governorate'],
    [0, 'Khan Younis', 'Khan Younis Governorate'],
    [1, 'Tigray', 'Tigray'],
    [1, 'Amhara', 'Amhara Region'],
    [2, 'Cabo Delgado', 'Cabo Delgado Province'],
    [3, 'Kharkiv', 'Kharkiv Oblast'],
    [3, 'Sumy', 'Sumy Oblast'],
    [4, 'Provinz Idlib', 'Idlib Governorate'],
    [4, 'Gouvernement Hama', 'Hama Governorate'],
  ] as [number, string, string][])('line %i: %s -> %s', (line, surface, name) => {
    const p = find(lines[line], surface);
    expect(p?.name).toBe(name);
    expect(p?.kind).toBe('region');
  });
  it('a bare name without the inverted form stays the town', () => {
    expect(find('Israeli strikes on Gaza killed 30 people overnight, the health ministry said.', 'Gaza')?.kind).toBe('settlement');
    expect(find('Drones struck Kharkiv and Sumy overnight, Ukraine said.', 'Sumy')?.kind).toBe('settlement');
  });
});

describe('the regional capital is the city', () => {
  it('"the regional capital Zaporizhzhia" is the city while "the Zaporizhzhia region" is the oblast', () => {
    expect(find(lines[5], 'Zaporizhzhia')?.kind).toBe('settlement');
    expect(find(lines[5], 'Zaporizhzhia region')?.name).toBe('Zaporizhzhia Oblast');
  });
});

describe('city districts and rivers the gazetteer lacks', () => {
  it.each([
    // [fixture line, surface, lat, lon of the city or river]
    [6, 'Shevchenkivskyi district', 49.99, 36.23],
    [8, 'Prymorskyi district', 46.48, 30.73],
  ] as [number, string, number, number][])('line %i: %s is placed at its city', (line, surface, lat, lon) => {
    const p = find(lines[line], surface);
    expect(p, surface).toBeDefined();
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(30);
  });
  it('a district written "the district of X" is found by its name', () => {
    const text = 'Missiles hit Kharkiv overnight, and in the district of Nemyshlianskyi a school burned, the mayor said.';
    const p = find(text, 'Nemyshlianskyi');
    expect(p).toBeDefined();
    expect(distanceKm(p!.lat, p!.lon, 49.99, 36.23)).toBeLessThan(30);
  });
  it('a river the gazetteer lacks is placed near the place named before it', () => {
    const text = 'Russian troops pressed on Orikhiv in Zaporizhzhia Oblast and tried to cross the Kinska river under cover of fog.';
    const p = find(text, 'Kinska river');
    expect(p?.kind).toBe('river');
    expect(distanceKm(p!.lat, p!.lon, 47.6, 35.4)).toBeLessThan(100);
  });
  it('no district or river without a war place named before it', () => {
    expect(extractPlaces('The Oktyabrsky district court sentenced him. Later he walked along the Potomac river in Washington.', g).map((p) => p.name)).toEqual([]);
  });
  it('a district needs a city before it, and a district-shaped surname is no district', () => {
    expect(find('In the Novozavodskyi district officials counted damaged cars, after Russian troops shelled a farm near Pokrovsk.', 'Novozavodskyi district')).toBeUndefined();
    expect(find('Drones struck Kharkiv. Mayor Terekhov thanked Mr Zelensky district officials for the repairs.', 'Zelensky district')).toBeUndefined();
  });
});

describe('a town placed in its own region', () => {
  it('"Dnipro in Dnipropetrovsk Oblast" is the city, the oblast written out is the region', () => {
    expect(find(lines[9], 'Dnipro')?.kind).toBe('settlement');
    expect(find(lines[9], 'Dnipropetrovsk Oblast')?.kind).toBe('region');
  });
});
