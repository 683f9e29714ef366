import { describe, expect, it } from 'vitest';
import { extractPlaces, germanReading } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { distanceKm } from '../../../lib/extract/place-context';

const g = loadGazetteer();

describe('front-line villages, townships and border communities the population lists lack', () => {
  const cases: [string, string, number, number][] = [
    // [text, surface, lat, lon of the place meant]
    ['Russian troops advanced near Kucheriv Yar and Zolotyi Kolodyaz, north-east of Pokrovsk in Donetsk Oblast.', 'Kucheriv Yar', 48.58, 37.33],
    ['Russian troops advanced near Kucheriv Yar and Zolotyi Kolodyaz, north-east of Pokrovsk in Donetsk Oblast.', 'Zolotyi Kolodyaz', 48.56, 37.29],
    ['Fighting continued near Nove Shakhove, close to Dobropillia in Donetsk Oblast.', 'Nove Shakhove', 48.55, 37.36],
    ['The Russian ministry claimed the capture of Bila Gora near Kostiantynivka in Donetsk Oblast.', 'Bila Gora', 48.5, 37.83],
    ['Ukrainian forces repelled assaults near Ridkodub and Zelena Dolyna in the Lyman direction, Donetsk Oblast.', 'Ridkodub', 49.16, 37.9],
    ['Attacks were repelled near Vovchanski Khutory, north-east of Kharkiv, near Vovchansk.', 'Vovchanski Khutory', 50.3, 36.99],
    ['Resistance fighters seized a police post in Kawlin, in Myanmar\u2019s Sagaing Region, near Pinlebu.', 'Kawlin', 23.78, 95.68],
    ['Hezbollah fired rockets at Avivim, an Israeli community on the Lebanese border near Kiryat Shmona.', 'Avivim', 33.09, 35.47],
    ['Israeli shelling hit Aita al-Shaab in south Lebanon, near the border with Israel, and Yaroun.', 'Aita al-Shaab', 33.1, 35.34],
    ['Families fled El Fasher for Kornoi near the Chadian border in North Darfur, Sudan.', 'Kornoi', 15.36, 22.82],
  ];
  it.each(cases)('%s -> %s', (text, surface, lat, lon) => {
    const p = extractPlaces(text, g).find((x) => x.mentions.some((m) => m.text === surface));
    expect(p, surface).toBeDefined();
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(30);
  });
});

describe('"on the X": the river that shares the name with a city', () => {
  it.each([
    ['Ukrainian boats landed troops in the Kherson region on the Dnipro overnight.', 'Dnipro', 'river'],
    ['Missiles struck Dnipro overnight, the regional governor said.', 'Dnipro', 'settlement'],
    ['Russian drones struck an energy site on Dnipro\u2019s outskirts.', 'Dnipro', 'settlement'],
  ])('%s', (text, surface, kind) => {
    const p = extractPlaces(text, g).find((x) => x.mentions.some((m) => m.text.startsWith(surface)));
    expect(p?.kind).toBe(kind);
  });
});

describe('German romanisations of Ukrainian names', () => {
  it.each([
    // [written, English reading]
    ['Orichiw', 'Orikhiv'],
    ['Welykomychajliwka', 'Velykomykhaylivka'],
    ['Tschernihiw', 'Chernihiv'],
    ['Schachtarsk', 'Shakhtarsk'],
    ['Kyjiw', 'Kyyiv'],
  ])('%s reads as %s', (de, en) => {
    expect(germanReading(de)).toBe(en);
  });
  it('has no reading for a name without German letters', () => {
    expect(germanReading('Pokrovsk')).toBeUndefined();
    expect(germanReading('Sumy')).toBeUndefined();
  });
  it.each([
    ['Ukrainian officials said Russian troops attacked Orichiw in Zaporizhzhia Oblast, Ukraine.', 'Orichiw', 'Orikhiv'],
    ['Russian troops took the village of Welykomychajliwka in the Dnipropetrowsk region of Ukraine.', 'Welykomychajliwka', 'Velykomykhailivka'],
  ])('%s', (text, surface, name) => {
    expect(extractPlaces(text, g).find((p) => p.mentions.some((m) => m.text === surface))?.name).toBe(name);
  });
});

describe('a route between two places: both ends are places', () => {
  it.each([
    ['Ukrainian forces held the Chasiv Yar-Kostiantynivka road in Donetsk Oblast, near Pokrovsk, Ukraine.', ['Chasiv Yar', 'Kostiantynivka']],
    ['Resistance fighters in Myanmar cut the Mandalay-Lashio highway near Kyaukme in Shan State.', ['Mandalay', 'Lashio']],
  ])('%s', (text, ends) => {
    const found = extractPlaces(text, g);
    for (const end of ends) expect(found.some((p) => p.name === end && p.mentions.some((m) => m.text === end)), end).toBe(true);
  });
  it('needs a route word after the pair, and both ends in a country the article is about', () => {
    expect(extractPlaces('The Russian-Ukrainian talks stalled, Moscow-Kyiv relations froze.', g)).toEqual([]);
    expect(extractPlaces('Ukrainian forces held the Chasiv Yar-Kostiantynivka meeting in Donetsk Oblast, near Pokrovsk.', g).some((p) => p.name === 'Kostiantynivka')).toBe(false);
  });
});
