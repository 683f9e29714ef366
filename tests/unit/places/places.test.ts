import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import type { PlaceEntity } from '../../../lib/model';

const g = loadGazetteer();
const places = (text: string): PlaceEntity[] => extractPlaces(text, g);
const names = (text: string): string[] => places(text).map((p) => p.name);
const find = (text: string, name: string): PlaceEntity | undefined => places(text).find((p) => p.name === name);
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/places/${name}`, import.meta.url), 'utf8');

describe('transliterations resolve to one canonical place', () => {
  const cases: [string, string, string][] = [
    ['Russian troops pushed into Kupyansk from the north.', 'Kupyansk', 'Kupiansk'],
    ['Shelling hit Kupjansk and nearby villages in Kharkiv Oblast.', 'Kupjansk', 'Kupiansk'],
    ['Fighting continued around Kurakhovo in Donetsk Oblast.', 'Kurakhovo', 'Kurakhove'],
    ['Russian forces attacked near Artemovsk on Tuesday.', 'Artemovsk', 'Bakhmut'],
    ['Units advanced in the Krasnoarmeysk direction of Donetsk Oblast.', 'Krasnoarmeysk', 'Pokrovsk'],
    ['Clashes were reported near Avdeyevka and Donetsk.', 'Avdeyevka', 'Avdiivka'],
    ['Missiles struck Nikolaev overnight, Ukraine said.', 'Nikolaev', 'Mykolaiv'],
    ['Drones hit an energy site in Zaporozhye as Ukrainian crews responded.', 'Zaporozhye', 'Zaporizhzhia'],
    ['Ukrainian troops held the line west of Liman in Donetsk Oblast.', 'Liman', 'Lyman'],
    ['Ukrainian forces withdrew from Sudža in Russia\u2019s Kursk Oblast.', 'Sudža', 'Sudzha'],
    ['Die ukrainischen Truppen zogen sich aus Sudscha im Gebiet Kursk zur\u00fcck, Kursk Oblast.', 'Sudscha', 'Sudzha'],
    ['The RSF attacked Al-Fashir, the capital of North Darfur, Sudanese officials said.', 'Al-Fashir', 'El Fasher'],
    ['Israeli strikes hit Khan Yunis in the southern Gaza Strip.', 'Khan Yunis', 'Khan Younis'],
  ];
  it.each(cases)('%s', (text, surface, canonical) => {
    const p = find(text, canonical);
    expect(p, `${canonical} in: ${text}`).toBeDefined();
    expect(p!.mentions.map((m) => m.text)).toContain(surface);
  });
});

describe('context decides between readings', () => {
  it('a bare name is the oblast when the article names the oblast and never writes the name as a town', () => {
    const text = 'Ukraine seized land in the Kursk region last August. Fighting in Kursk has since slowed.';
    const p = find(text, 'Kursk Oblast');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Kursk region', 'Kursk']);
    expect(names(text)).not.toContain('Kursk');
  });

  it('a bare name is the city once the article writes it as a town, also when it names the oblast', () => {
    const text = 'Ukraine seized land in the Kursk region last August. Drones struck Kursk overnight; in Kursk the power went out.';
    expect(find(text, 'Kursk Oblast')?.mentions.map((m) => m.text)).toEqual(['Kursk region']);
    expect(find(text, 'Kursk')?.mentions.map((m) => m.text)).toEqual(['Kursk', 'Kursk']);
  });

  it('"X in Y" makes Y the region X lies in', () => {
    const ps = places('Russia advanced near Kupiansk in Kharkiv and Kurakhove in Donetsk.');
    expect(ps.map((p) => p.name)).toEqual(['Kupiansk', 'Kharkiv Oblast', 'Kurakhove', 'Donetsk Oblast']);
  });

  it('the article\u2019s country picks between namesakes', () => {
    const ua = find('Ukrainian troops defended Pokrovsk as Russian assaults on Donetsk Oblast continued.', 'Pokrovsk');
    expect(ua?.country).toBe('UA');
    expect(ua!.lat).toBeCloseTo(48.28, 1);
  });

  it('coordinated regions with a plural suffix are two places', () => {
    const ps = places('The front runs along the border between Donetsk and Luhansk Oblasts.');
    expect(ps.map((p) => [p.name, p.mentions[0].text])).toEqual([
      ['Donetsk Oblast', 'Donetsk'],
      ['Luhansk Oblast', 'Luhansk Oblasts'],
    ]);
  });

  it('a river suffix makes the river, with the suffix in the mention', () => {
    const p = find('Kupiansk sits on the Oskil River, a crossing point in Kharkiv Oblast.', 'Oskil River');
    expect(p?.kind).toBe('river');
    expect(p?.mentions[0].text).toBe('Oskil River');
  });

  it('machine-translation garbles link to a place named nearby', () => {
    const text =
      'Ukrainian forces retreated from villages in the Kursk region and Sudaschha, the main town under their control. ' +
      'By February they had advanced to Sudzha. Russians tried to push into the Smie region of Ukraine.';
    const sudzha = find(text, 'Sudzha');
    expect(sudzha?.mentions.map((m) => m.text)).toEqual(['Sudaschha', 'Sudzha']);
    expect(find(text, 'Sumy Oblast')?.mentions[0].text).toBe('Smie region');
  });
});

describe('mentions are grouped per place', () => {
  it('one entity per canonical place, mentions in text order', () => {
    const text = 'Kupiansk was shelled. Later, Kupyansk was shelled again, officials in Kharkiv Oblast said.';
    const ps = places(text).filter((p) => p.name === 'Kupiansk');
    expect(ps).toHaveLength(1);
    expect(ps[0].mentions.map((m) => m.text)).toEqual(['Kupiansk', 'Kupyansk']);
    expect(ps[0].admin).toBe('Kharkiv Oblast');
    expect(ps[0].id).toBeTruthy();
  });
});

describe('not places', () => {
  const negatives: [string, string[]][] = [
    ['President Vladimir Putin spoke in Moscow on Sunday.', ['Vladimir']],
    ['Mark Austin scored twice in May before the Victory Day parade.', ['Mark', 'Austin', 'May', 'Victory']],
    ['The Washington Post and the Kyiv Independent reported the strike.', ['Washington', 'Kyiv']],
    ['Front-line units held. The front moved little; Post offices closed.', ['Front', 'Post']],
    ['The missile can reach Mach 10, the Ukrainian and Russian militaries say.', ['Mach', 'Ukrainian', 'Russian']],
    ['Sergeant Kursk told reporters the cruiser Moskva had sunk.', ['Kursk', 'Moscow']],
    ['Dr. Marina Miron of King\u2019s College said the war was at a turning point.', ['Miron', 'Marina']],
    ['The Soviet Union fought World War II across Europe.', ['Soweto', 'Warri']],
  ];
  it.each(negatives)('%s', (text, banned) => {
    const found = places(text);
    for (const p of found) for (const m of p.mentions) expect(banned, `${m.text} -> ${p.name}`).not.toContain(m.text);
    for (const b of banned) expect(found.map((p) => p.name)).not.toContain(b);
  });

  it('country names are not reported unless asked for', () => {
    const text = 'Russia and Ukraine traded strikes; North Korea sent troops to Kursk Oblast.';
    expect(names(text)).toEqual(['Kursk Oblast']);
    expect(extractPlaces(text, g, { countries: true }).map((p) => p.name)).toEqual(
      expect.arrayContaining(['Russia', 'Ukraine', 'North Korea', 'Kursk Oblast']),
    );
  });

  it('the sports and celebrity fixture yields no war places', () => {
    const ps = places(fixture('negatives.txt'));
    expect(ps.map((p) => p.name).filter((n) => n !== 'Paris')).toEqual([]);
  });
});

describe('other theatres (own fixtures)', () => {
  const expected: [string, string[]][] = [
    ['gaza.txt', ['Khan Younis', 'Rafah', 'Gaza Strip', 'Jabalia', 'Beit Lahia', 'Beit Hanoun', 'Netzarim Corridor', 'Deir al-Balah', 'Kerem Shalom', 'West Bank', 'Jenin', 'Tulkarm']],
    ['lebanon.txt', ['Kiryat Shmona', 'Metula', 'Dahiyeh', 'Beirut', 'Nabatieh', 'Khiam', 'Bint Jbeil', 'Litani River', 'Bekaa Valley', 'Tyre', 'Naqoura']],
    ['sudan.txt', ['El Fasher', 'Darfur', 'Zamzam camp', 'North Kordofan', 'El Obeid', 'Gezira State', 'Wad Madani', 'Tawila', 'Adre', 'Khartoum', 'Omdurman', 'Port Sudan']],
    ['myanmar.txt', ['Lashio', 'Shan State', 'Mandalay', 'Rakhine State', 'Maungdaw', 'Sittwe', 'Myawaddy', 'Kayin State', 'Naypyidaw', 'Sagaing Region']],
    ['syria.txt', ['Aleppo', 'Saraqib', 'Maarat al-Numan', 'Hama', 'Homs', 'Damascus', 'Manbij', 'Tishreen Dam', 'Euphrates River', 'Quneitra', 'Golan Heights', 'Raqqa', 'Latakia', 'Tartus']],
    ['sahel-redsea.txt', ['Djibo', 'Tillaberi Region', 'Red Sea', 'Hodeidah', 'Bab el-Mandeb', 'Gulf of Aden', 'Sanaa', 'Ras Isa']],
    ['bulletin-ru.txt', ['Bakhmut', 'Klishchiivka', 'Chasiv Yar', 'Pokrovsk', 'Avdiivka', 'Vuhledar', 'Kurakhove', 'Kupiansk', 'Lyman', 'Belgorod Oblast', 'Bryansk Oblast', 'Kursk Oblast', 'Toretsk', 'Mykolaiv Oblast']],
  ];
  expected.push(['bulletin-villages.txt', ['Sumy Oblast', 'Kharkiv Oblast', 'Kupiansk-Vuzlovyi', 'Petropavlivka', 'Stepova Novoselivka', 'Pokrovsk', 'Myrnohrad', 'Rodynske', 'Udachne', 'Bryansk Oblast', 'Kursk Oblast', 'Belgorod Oblast', 'Black Sea', 'Yunakivka', 'Novaya Sech', 'Basovka', 'Kindrashivka']]);
  expected.push(['datelines.txt', ['Kyiv', 'Odesa', 'Kharkiv', 'Deir al-Balah', 'Gaza Strip', 'Nuseirat', 'Bureij', 'Beirut', 'Baalbek', 'Myawaddy', 'Donbas', 'Hama', 'Khan Sheikhoun', 'El Fasher', 'Abu Shouk camp', 'Zamzam camp', 'Donetsk Oblast', 'Novohrodivka', 'Selydove', 'Pokrovsk']]);
  expected.push(['german.txt', ['Pokrovsk', 'Toretsk', 'Kursk Oblast', 'Sudzha', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Kurakhove', 'Donetsk Oblast', 'Crimea']]);
  expected.push(['assessment.txt', ['Toretsk', 'Pokrovsk', 'Kupiansk', 'Dvorichna', 'Siversk', 'Bilohorivka', 'Kostiantynivka', 'Shcherbynivka', 'Dnipropetrovsk Oblast', 'Rostov Oblast', 'Kursk Oblast', 'Sudzha', 'Orikhiv', 'Dnipro River', 'Saratov Oblast',
    'Petropavlivka', 'Uspenivka', 'Andriivka', 'Novoshakhtinsk', 'Belgorod', 'Kurilovka', 'Zaporizhzhia', 'Stepove', 'Mala Tokmachka', 'Kherson', 'Engels',
    'Zapadne', 'Kruhlyakivka', 'Verkhnokamianske', 'Ivanopillya', 'Oleksandro-Shultyne', 'Novopavlivka', 'Velykomykhailivka', 'Novoocheretuvate', 'Goncharovka']]);
  it.each(expected)('%s', (file, want) => {
    const got = names(fixture(file));
    expect(got).toEqual(expect.arrayContaining(want));
    // precision: nothing beyond the expected places and a few well-known capitals
    const extra = got.filter((n) => !want.includes(n));
    expect(extra.length, extra.join(', ')).toBeLessThanOrEqual(file === 'assessment.txt' ? 0 : 3);
  });
});

describe('villages the gazetteer lacks', () => {
  it('are placed at the town they are reported near, with their own name', () => {
    const text = fixture('assessment.txt');
    const ps = places(text);
    const village = (n: string): PlaceEntity | undefined => ps.find((p) => p.name === n);
    // "Shcherbynivka (northwest of Toretsk)", "northeast of Kupiansk near Dvorichna and Zapadne"
    const zapadne = village('Zapadne');
    expect(zapadne?.country).toBe('UA');
    expect(Math.abs(zapadne!.lat - 49.71)).toBeLessThan(0.3);
    for (const n of ['Kruhlyakivka', 'Verkhnokamianske', 'Ivanopillya', 'Oleksandro-Shultyne', 'Goncharovka']) expect(village(n), n).toBeDefined();
    expect(village('Goncharovka')?.country).toBe('RU');
  });

  it('are not guessed from people or outside war coverage', () => {
    const text = 'Fans cheered near Kovalenko and Bondarenko in the stadium. The singer performed in Kharkiv and Odesa.';
    expect(names(text).filter((n) => !['Kharkiv', 'Odesa'].includes(n))).toEqual([]);
  });
});

describe('robustness (fast-check)', () => {
  const placeish = fc.constantFrom('Kursk', 'Sudzha', 'Kupyansk', 'Oblast', 'region', 'River', 'in', 'near', 'and', 'Vladimir', 'Gaza Strip', 'Khan Yunis', 'el-', "'s", '\u2019', '-', '.', ',', ' ', '\n', 'Ä', 'İ', '\u0301');
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(placeish, { maxLength: 60 }).map((xs) => xs.join(' ')), fc.array(placeish, { maxLength: 60 }).map((xs) => xs.join('')));

  it('never throws, offsets slice to the mention text, results are deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = extractPlaces(t, g);
        for (const p of a) {
          expect(Number.isFinite(p.lat) && Number.isFinite(p.lon)).toBe(true);
          for (const m of p.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(m.start, m.end)).toBe(m.text);
          }
        }
        expect(extractPlaces(t, g)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('adversarial inputs finish (100,000 capitals, digits, commas, hyphens)', () => {
    for (const t of ['A'.repeat(100000), '1'.repeat(100000), ','.repeat(100000), 'Kyiv-'.repeat(20000), 'Aaaa '.repeat(20000)]) {
      expect(Array.isArray(extractPlaces(t, g))).toBe(true);
    }
  });
});

describe('German copy', () => {
  it('a capitalised German place noun before a name is place context, not a first name', () => {
    const text = 'Besonders umkämpft ist die Kleinstadt Myrnohrad östlich von Pokrowsk. Bei einem Angriff auf die Stadt Kupjansk wurden drei Zivilisten getötet. Moskau meldete Gewinne.';
    expect(names(text)).toEqual(expect.arrayContaining(['Myrnohrad', 'Pokrovsk', 'Kupiansk', 'Moscow']));
  });
});
