// German romanisations of Arabic names (dsch = j, ch = kh, j = y, sch = sh: Dschabalia, Chan
// Junis, Dschenin) and German compounds of a place and a geographic word (Gazastreifen,
// Gaza-Stadt, Nord-Darfur, Bekaa-Ebene) reach the places their English names name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlaces, germanArabicReading, germanCompound, germanReadings } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const g = loadGazetteer();
const lines = readFileSync(new URL('../../fixtures/places/german-arabic.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

describe('German readings of Arabic names and German compounds', () => {
  it.each([
    ['Dschabalia', 'Jabalia'],
    ['Chan Junis', 'Khan Yunis'],
    ['Dschenin', 'Jenin'],
    ['Bint Dschbeil', 'Bint Jbeil'],
    ['Dschisr asch-Schughur', 'Jisr ash-Shughur'],
    ['Nabatija', 'Nabatiya'],
  ])('%s reads as %s', (de, en) => {
    expect(germanArabicReading(de)).toBe(en);
  });
  it.each([
    ['Gazastreifen', 'Gaza Strip'],
    ['Gazastreifens', 'Gaza Strip'],
    ['Gaza-Stadt', 'Gaza City'],
    ['Nord-Darfur', 'North Darfur'],
    ['Süd-Kordofan', 'South Kordofan'],
    ['Bekaa-Ebene', 'Bekaa Valley'],
    ['Golanhöhen', 'Golan Heights'],
    ['Sinai-Halbinsel', 'Sinai Peninsula'],
  ])('the compound %s is %s', (de, en) => {
    expect(germanCompound(de)).toBe(en);
  });
  it('a name without German letters or compound words has no reading', () => {
    expect(germanReadings('Rafah')).toEqual([]);
    expect(germanCompound('Stadt')).toBeUndefined();
    expect(germanCompound('Nord')).toBeUndefined();
  });
});

describe('German reports from Gaza, the West Bank, Lebanon, Syria and Sudan', () => {
  const cases: [number, string, string, string][] = [
    // [fixture line, surface, place, kind]
    [0, 'Gazastreifen', 'Gaza Strip', 'area'],
    [0, 'Chan Junis', 'Khan Younis', 'settlement'],
    [0, 'Dschabalia', 'Jabalia', 'settlement'],
    [0, 'Gaza-Stadt', 'Gaza City', 'settlement'],
    [1, 'Dschenin', 'Jenin', 'settlement'],
    [1, 'Westjordanland', 'West Bank', 'area'],
    [2, 'Schedschaija', 'Shujaiya', 'settlement'],
    [3, 'Bint Dschbeil', 'Bint Jbeil', 'settlement'],
    [3, 'Tyros', 'Tyre', 'settlement'],
    [3, 'Bekaa-Ebene', 'Bekaa Valley', 'area'],
    [4, 'Dschisr asch-Schughur', 'Jisr ash Shughūr', 'settlement'],
    [5, 'El Faschir', 'El Fasher', 'settlement'],
    [5, 'Bundesstaat Nord-Darfur', 'North Darfur', 'region'],
    [5, 'Chartum', 'Khartoum', 'settlement'],
    // a town's name of several words is the town, not the governorate named after it
    [6, 'Khan Younis', 'Khan Younis', 'settlement'],
    // a German spelling the tables give for the city reaches the region named after it
    [7, 'Cherson region', 'Kherson Oblast', 'region'],
    [7, 'Cherson', 'Kherson', 'settlement'],
  ];
  it.each(cases)('line %i: %s -> %s (%s)', (line, surface, name, kind) => {
    const p = extractPlaces(lines[line], g).find((x) => x.mentions.some((m) => m.text === surface));
    expect(p?.name).toBe(name);
    expect(p?.kind).toBe(kind);
  });
});

describe('German nouns are not read as places', () => {
  it('a German article about schools and industry names only Berlin', () => {
    const text =
      'Die Bundesregierung will im Jahr 2026 mehr Geld für Schulen ausgeben. Im Westen des Landes fehlen Lehrer, sagte die Ministerin in Berlin. ' +
      'Der Wachstumsbericht zeigt Schwächen bei Chemie und Autoindustrie. In der Innenstadt gab es Proteste. Der Chef der Jugendorganisation sprach von Chancen. ' +
      'Die Jury lobte das Buch. Juni und Juli waren heiß, der Juwelier in der Altstadt schloss. Ein Schachturnier fand im Rathaus statt.';
    expect(extractPlaces(text, g).map((p) => p.name)).toEqual(['Berlin']);
  });
});
