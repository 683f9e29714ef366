// Conflict zones the gazetteer gained: Haiti's gang war, Kashmir on both sides of the Line of
// Control, the Russian border villages of the cross-border raids, the Bhamo front, western
// Mali's border posts, Lower Shabelle; the natural features war copy names there; and names
// that must not turn into places (an ethnic adjective, a spokesman's surname).
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { distanceKm } from '../../../lib/extract/place-context';

const g = loadGazetteer();

const cases: [string, string, number, number][] = [
  // [sentence, surface, lat, lon of the place meant]
  ['Armed men from the Viv Ansanm coalition burned homes in Kenscoff and Croix-des-Bouquets overnight, police in Haiti said.', 'Kenscoff', 18.45, -72.28],
  ['Armed men from the Viv Ansanm coalition burned homes in Kenscoff and Croix-des-Bouquets overnight, police in Haiti said.', 'Croix-des-Bouquets', 18.58, -72.23],
  ['Gangs in Cité Soleil fired on a police convoy near Port-au-Prince, Haitian officials said.', 'Cité Soleil', 18.58, -72.33],
  ['Thousands have fled the Artibonite since the gang began its attacks on farming towns in Haiti.', 'Artibonite', 19.3, -72.5],
  ['Indian troops returned fire across the Line of Control in Poonch after shelling from Pakistani posts, the Indian army said.', 'Line of Control', 34.1, 74.0],
  ['Indian troops returned fire across the Line of Control in Poonch after shelling from Pakistani posts, the Indian army said.', 'Poonch', 33.77, 74.09],
  ['Two soldiers were killed in a gunfight with militants in Rajouri, in Indian-administered Kashmir, police said.', 'Rajouri', 33.38, 74.31],
  ["Pakistan's army said Indian drones had been shot down over Lahore in Punjab province.", 'Punjab province', 31.2, 72.7],
  ['Ukrainian drones struck a fuel depot near Zhuravlevka and Demidovka in Belgorod Oblast, the Russian governor said, not far from Grayvoron.', 'Demidovka', 50.75, 35.55],
  ['Ukrainian drones struck a fuel depot near Zhuravlevka and Demidovka in Belgorod Oblast, the Russian governor said, not far from Grayvoron.', 'Zhuravlevka', 50.45, 36.58],
  ['Russian units pressed on towards Yunakivka and Andriivka in Sumy Oblast, the Ukrainian border guard said.', 'Andriivka', 51.15, 35.08],
  ['Ukrainian assault groups crossed into the Krasnoyaruzhsky district of Belgorod Oblast, a Russian milblogger wrote.', 'Krasnoyaruzhsky district', 50.7, 35.6],
  ['Russian troops attacked near Hryshyne and Rodynske in the Pokrovsk direction, the Ukrainian General Staff said.', 'Hryshyne', 48.37, 37.07],
  ['Kachin Independence Army fighters captured a junta base at Momauk, east of Bhamo in Kachin State.', 'Momauk', 24.26, 97.35],
  ['Jets bombed a market in Shwegu, a river town in Kachin State, residents of Bhamo said.', 'Shwegu', 24.23, 96.79],
  ['JNIM fighters burned fuel tankers at Diboli on the road from Kayes to the Senegalese border, Malian officials said.', 'Diboli', 14.47, -12.18],
  ['Al-Shabaab fighters retook Awdheegle in Lower Shabelle after Somali troops pulled out, residents said.', 'Awdheegle', 1.98, 44.83],
  ['A Ukrainian sea drone hit a Russian landing ship in Sevastopol Bay in Crimea, the navy said.', 'Sevastopol Bay', 44.62, 33.55],
  ['Russian air defences fired at missiles over Cape Tarkhankut in western Crimea, the occupation authorities said.', 'Cape Tarkhankut', 45.35, 32.5],
  ['Boko Haram fighters withdrew into the Sambisa Forest after the raid on Gwoza in Borno State, the Nigerian army said.', 'Sambisa Forest', 11.3, 13.5],
  ['M23 boats were seen on Lake Tanganyika south of Uvira in South Kivu, Congolese officials said.', 'Lake Tanganyika', -6.0, 29.5],
];

describe('places of the newly covered conflict zones', () => {
  it.each(cases)('%s → %s', (sentence, surface, lat, lon) => {
    const p = extractPlaces(sentence, g).find((x) => x.mentions.some((m) => m.text === surface));
    expect(p, surface).toBeDefined();
    // towns within 30 km of where they are; a region, area or feature within 150 km
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(p!.kind === 'settlement' ? 30 : 150);
  });

  it("a Russian border village is not its namesake in western Ukraine (Demydivka, Rivne Oblast)", () => {
    const p = extractPlaces('Belgorod Oblast governor said shelling hit Demidovka (Demydivka) near Grayvoron.', g).find((x) => x.name === 'Demidovka');
    expect(p).toBeDefined();
    expect(p!.country).toBe('RU');
  });

  it('"Chechen" in "Chechen units" is not the region Chechnya', () => {
    const names = extractPlaces('Chechen units attacked near Sudzha in Kursk Oblast, Russian milbloggers said.', g).map((p) => p.name);
    expect(names).not.toContain('Chechnya');
    expect(names).toContain('Sudzha');
  });

  it('a spokesman quoted with a Hebrew or Haitian given name is a person, not the town of his surname', () => {
    const names = extractPlaces('Police spokesman Frantz Jérémie said gangs attacked Kenscoff again, and Lt. Col. Nadav Shoham said all missiles were intercepted.', g).map((p) => p.name);
    expect(names).not.toContain('Jérémie');
    expect(names).toContain('Kenscoff');
  });

  it('a town on a road ("the Dakar road through Kayes") is the town, also when the article names its region', () => {
    const text = 'JNIM has cut the Dakar road through Kayes and Diéma. In the Kayes region, fighters attacked a gendarmerie post.';
    const p = extractPlaces(text, g).find((x) => x.mentions.some((m) => m.text === 'Kayes'));
    expect(p).toBeDefined();
    expect(distanceKm(p!.lat, p!.lon, 14.45, -11.44)).toBeLessThan(30);
  });

  it('"im Raum Kupjansk" (German "in the Kupiansk area") is Kupiansk', () => {
    const p = extractPlaces('Die Brigade hielt ihre Stellungen im Raum Kupjansk im Gebiet Charkiw.', g).find((x) => x.mentions.some((m) => m.text === 'Kupjansk'));
    expect(p?.name).toBe('Kupiansk');
  });

  it("bare Punjab is India's state in an Indian story and Pakistan's province in a Pakistani one", () => {
    const india = extractPlaces('Floods hit Punjab, where Amritsar and Ludhiana were cut off, Indian officials said.', g).find((x) => x.name === 'Punjab');
    const pakistan = extractPlaces('Militants attacked a police post in Punjab near Lahore, Pakistani officials said.', g).find((x) => x.name === 'Punjab');
    expect(india?.country).toBe('IN');
    expect(pakistan?.country).toBe('PK');
  });

  it('a US state named as the site of an arms plant is a place ("a plant in Mesquite, Texas")', () => {
    const p = extractPlaces('The Pentagon awarded a shell contract for a new plant in Mesquite, Texas, officials said.', g).find((x) => x.name === 'Texas');
    expect(p?.country).toBe('US');
  });

  it.each([
    ['M23 fighters advanced across the Ruzizi plain towards Uvira in South Kivu, residents said.', 'Ruzizi plain', -3.0, 29.2],
    ['Marines repelled boat landings on islands in the Dnipro delta near Kherson, the navy said.', 'Dnipro delta', 46.5, 32.3],
    ['Gangs attacked Mirebalais, the main town of the Centre department of Haiti, police said.', 'Centre department', 19.0, -72.0],
  ])('a lower-case "plain", "delta" or "department" ends the name: %s', (sentence, surface, lat, lon) => {
    const p = extractPlaces(sentence, g).find((x) => x.mentions.some((m) => m.text === surface));
    expect(p, surface).toBeDefined();
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(150);
  });

  it('a name spelt with a Le- prefix and a capital inside ("Rishon LeZion") is a place', () => {
    expect(extractPlaces('Shrapnel fell on a street in Rishon LeZion, south of Tel Aviv, the police said.', g).map((p) => p.name)).toContain('Rishon LeZion');
  });

  it('a surname a given name has shown to be a person stays a person when it stands alone later', () => {
    const names = extractPlaces('Lt. Col. Nadav Shoham said the missiles were intercepted over Israel. Shoham said the barrage lasted an hour.', g).map((p) => p.name);
    expect(names).not.toContain('Shoham');
  });
});
