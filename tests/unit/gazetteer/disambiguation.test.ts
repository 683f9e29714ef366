import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import type { PlaceEntity } from '../../../lib/model';

const g = loadGazetteer();
const km = (a: { lat: number; lon: number }, b: [number, number]): number => {
  const r = Math.PI / 180;
  const h = Math.sin(((b[0] - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const mentionOf = (text: string, surface: string): PlaceEntity | undefined =>
  extractPlaces(text, g).find((p) => p.mentions.some((m) => m.text === surface));

describe('place disambiguation: namesakes near the other places, towns versus regions', () => {
  // [text, surface, expected point, tolerance km]
  const rows: Array<[string, string, [number, number], number]> = [
    // a namesake near the article's other places beats a larger or exactly spelled one far away
    ['Russian troops pushed from Chasiv Yar toward Kalynivka and Stupochky, and shelled Kostiantynivka.', 'Kalynivka', [48.63, 37.87], 30],
    ['Fighting went on near Vasylivka, Stepnohirsk and Kamianske on the Zaporizhzhia front.', 'Kamianske', [47.51, 35.41], 30],
    ['Units hit Ukrainian positions near Orekhov and Gulyaipole, and near Robotyne.', 'Orekhov', [47.57, 35.78], 30],
    ['Strikes were reported near Seversk, Konstantinovka and Dzerzhinsk.', 'Seversk', [48.87, 38.1], 30],
    ['Strikes were reported near Seversk, Konstantinovka and Dzerzhinsk.', 'Konstantinovka', [48.53, 37.71], 30],
    ['West of Kurakhovo, Russian forces attacked near Dachne and Ulakly.', 'Dachne', [47.94, 37.13], 30],
    // a town, not the region of the same name, after `near` or before `City`
    ['Guided bombs hit Zaporizhzhia City overnight; Zaporizhzhia Oblast officials said power was cut.', 'Zaporizhzhia City', [47.84, 35.14], 20],
    ['Marines were defeated near Kherson and Antonovka of Kherson region.', 'Kherson', [46.64, 32.61], 20],
    // `along` / `across` / `crossed` the name: the river of that name
    ['Army units pushed north along the Blue Nile towards Khartoum, away from Blue Nile State.', 'Blue Nile', [14.0, 33.6], 250],
    ['Marines crossed the Dnipro near Krynky before dawn.', 'Dnipro', [47.2, 33.8], 120],
    // a village placed in a named region none of its namesakes lies in: at that region, not at a namesake elsewhere
    ['Die Armee nahm das Dorf Nowoseliwka im Gebiet Saporischschja ein.', 'Nowoseliwka', [47.5, 35.6], 150],
    ['The ministry said troops took Novoselivka in Kharkiv Oblast.', 'Novoselivka', [49.5, 36.5], 150],
    // the writer's exact spelling beats a namesake that only shares the key, even when the
    // attacking side's country is the only one named (`Pokrovsk` is not Russia's Pokrovskoye)
    ["Russia's forces lost 40 tanks near Pokrovsk last week.", 'Pokrovsk', [48.28, 37.18], 20],
    ['Russia claimed to have captured Pokrovsk.', 'Pokrovsk', [48.28, 37.18], 20],
    ['After the Battle of Kursk in July, Soviet fronts pushed west across Left-Bank Ukraine.', 'Kursk', [51.73, 36.19], 30],
    // ... while the region suffix still makes the region
    ['Marines were defeated near Kherson and Antonovka of Kherson region.', 'Kherson region', [46.7, 33.5], 60],
  ];
  for (const [text, surface, point, tol] of rows)
    it(`${surface} in "${text.slice(0, 50)}…"`, () => {
      const p = mentionOf(text, surface);
      expect(p, JSON.stringify(extractPlaces(text, g).map((x) => x.mentions.map((m) => m.text)))).toBeDefined();
      expect(km(p!, point)).toBeLessThan(tol);
    });
});

describe('gazetteer: romanisation rows for one spelling merge', () => {
  it('Konstantinovka is a form of Kostiantynivka in Donetsk Oblast (a second row for the same town adds, not replaces)', () => {
    const e = g.find('Konstantinovka')[0];
    expect([e?.name, e?.admin]).toEqual(['Kostiantynivka', 'Donetsk Oblast']);
  });
  it('front-line villages below the population cut are in the gazetteer with their Russian forms', () => {
    for (const [ru, ua] of [['Kotlino', 'Kotlyne'], ['Verkhnekamenskoye', 'Verkhnokamianske'], ['Bogoyavlenka', 'Bohoiavlenka']])
      expect(g.find(ru).map((e) => e.name)).toContain(ua);
  });
});

describe('a surname that only shares a key with a village is not a place', () => {
  // a text about Russia, so Russian villages are in play; the names are spelled as surnames
  const rows: Array<[string, string]> = [
    ["Rublev beat Medvedev in Moscow; Russia's tennis federation praised him.", 'Rublev'],
    ["Rublev beat Medvedev in Moscow; Russia's tennis federation praised him.", 'Medvedev'],
  ];
  for (const [text, surface] of rows)
    it(`${surface} in "${text.slice(0, 40)}…"`, () => {
      expect(mentionOf(text, surface)?.name).toBeUndefined();
    });
  it('a village in a list after a place word still counts', () => {
    const text = "The Tsentr group repelled counterattacks near Krasnoarmeysk, Dimitrov, Rodinskoye and Udachnoye of the Donetsk People's Republic.";
    expect(mentionOf(text, 'Rodinskoye')?.country).toBe('UA');
  });
});
