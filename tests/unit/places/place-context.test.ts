// The article's geographic context decides between namesakes, and a bare city name is the
// city (lib/extract/place-context.ts). First on a small made-up gazetteer, so the rules are
// tested without the curated tables; then end to end on the built gazetteer.
import { describe, expect, it } from 'vitest';
import { distanceKm, geoScore, refineChoices, type ContextCandidate } from '../../../lib/extract/place-context';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { createGazetteer, placeKey, type GazetteerEntry, type GazetteerRow } from '../../../lib/gazetteer/index';
import type { PlaceEntity } from '../../../lib/model';

// kinds: 0 settlement, 1 region; admins: 1 East Oblast, 2 West Oblast, 3 South Oblast, 4 Ferrow Oblast
const ADMINS = ['', 'East Oblast', 'West Oblast', 'South Oblast', 'Ferrow Oblast'];
const row = (id: string, name: string, lat: number, lon: number, kind: number, pop: number, admin: number, aliases = ''): GazetteerRow => [id, name, lat, lon, 'UA', kind, pop, admin, 0, aliases, ''];
const world = createGazetteer({
  admins: ADMINS,
  rows: [
    row('alderford', 'Alderford', 50.0, 36.0, 0, 40000, 1),
    row('birchwick', 'Birchwick', 50.1, 36.2, 0, 12000, 1),
    row('colnby-near', 'Colnby', 50.05, 36.15, 0, 1500, 1),
    row('colnby-far', 'Colnby', 46.0, 30.0, 0, 2500, 2),
    row('dunmarsh-town', 'Dunmarsh', 49.2, 37.2, 0, 30000, 3),
    row('dunmarsh-village', 'Dunmarsh', 50.02, 36.05, 0, 1000, 1),
    row('ferrow-oblast', 'Ferrow Oblast', 49.5, 36.5, 1, 0, 0, 'Ferrow'),
    row('ferrow', 'Ferrow', 49.99, 36.23, 0, 1400000, 4),
    row('gelby-town', 'Gelby', 48.99, 37.8, 0, 28000, 3, 'Krasny Gelby'),
    row('gelby-village', 'Gelby', 49.6, 36.47, 0, 4000, 1),
    row('south-oblast', 'South Oblast', 48.5, 37.5, 1, 0, 0),
    row('east-oblast', 'East Oblast', 49.9, 36.3, 1, 0, 0),
    row('west-oblast', 'West Oblast', 46.5, 30.5, 1, 0, 0),
    row('hollin', 'Hollin', 49.6, 36.3, 0, 9000, 4),
    row('marlow', 'Marlow', 46.1, 30.1, 0, 2000, 2),
    ['pellin', 'Pellin', 13.5, 25.3, 'SD', 0, 2000, 0, 0, '', ''],
  ],
});
const byId = (id: string): GazetteerEntry => {
  for (let i = 0; i < world.size; i++) if (world.entry(i).id === id) return world.entry(i);
  throw new Error(`no ${id}`);
};

interface Spec {
  surface: string;
  /** initial (first-round) choice */
  chosen: string;
  hint?: 'region';
  /** characters of a suffix word after the name ("Ferrow Oblast" is its own name; "Ferrow region" has one) */
  suffix?: string;
}
/** Candidates for the named surfaces, in text order, each with a first-round choice. */
function candidates(text: string, specs: Spec[]): (ContextCandidate & { nameEnd: number })[] {
  let from = 0;
  return specs.map((s) => {
    const start = text.indexOf(s.surface, from);
    if (start < 0) throw new Error(`${s.surface} not in text`);
    const nameEnd = start + s.surface.length;
    from = nameEnd;
    const ids = world.lookup(placeKey(s.surface)) ?? [];
    return { start, end: nameEnd + (s.suffix?.length ?? 0), nameEnd, ids, hint: s.hint, chosen: byId(s.chosen) };
  });
}
function refine(text: string, specs: Spec[]): string[] {
  const cs = candidates(text, specs);
  refineChoices(text, cs, world, { nameEnd: (c) => c.nameEnd });
  return cs.map((c) => c.chosen!.id);
}

describe('namesakes: population and distance to the article\u2019s other places', () => {
  const cases: [string, string, Spec[], string][] = [
    [
      'a tiny namesake far from every other place loses to the nearer one',
      'Drones hit Alderford and Birchwick; troops also fought near Colnby.',
      [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Colnby', chosen: 'colnby-far' }],
      'colnby-near',
    ],
    [
      'a large town beats a tiny village of the same name that lies nearer',
      'Shelling hit Alderford and Birchwick overnight, and fighting went on around Dunmarsh.',
      [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Dunmarsh', chosen: 'dunmarsh-village' }],
      'dunmarsh-town',
    ],
    [
      'the region written next to the name is strongest ("Colnby, West Oblast")',
      'Drones hit Alderford and Birchwick; a depot burned in Colnby, West Oblast.',
      [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Colnby', chosen: 'colnby-near' }, { surface: 'West Oblast', chosen: 'west-oblast', hint: 'region' }],
      'colnby-far',
    ],
    [
      '"X in the Y Oblast" works the same way',
      'Drones hit Alderford and Birchwick; fighting went on near Dunmarsh in East Oblast.',
      [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Dunmarsh', chosen: 'dunmarsh-town' }, { surface: 'East Oblast', chosen: 'east-oblast', hint: 'region' }],
      'dunmarsh-village',
    ],
    [
      'the same place named otherwise in the text wins ("Gelby, which Moscow calls Krasny Gelby")',
      'Strikes hit Alderford and Hollin. Fighting went on near Gelby, which Moscow calls Krasny Gelby.',
      [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Hollin', chosen: 'hollin' }, { surface: 'Gelby', chosen: 'gelby-village' }, { surface: 'Krasny Gelby', chosen: 'gelby-town' }],
      'gelby-town',
    ],
  ];
  it.each(cases)('%s', (_label, text, specs, want) => {
    const ids = refine(text, specs);
    expect(ids[specs.findIndex((s) => s.chosen.startsWith(want.split('-')[0]))]).toBe(want);
  });

  it('a village with no namesake within 300 km of the article’s other places gets no reading', () => {
    const text = 'Drones hit Alderford, Birchwick and Hollin; troops also fought near Marlow.';
    const cs = candidates(text, [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Hollin', chosen: 'hollin' }, { surface: 'Marlow', chosen: 'marlow' }]);
    refineChoices(text, cs, world, { nameEnd: (c) => c.nameEnd });
    expect(cs.map((c) => c.chosen?.id)).toEqual(['alderford', 'birchwick', 'hollin', undefined]);
  });

  it('keeps that village when the article names its region, or names too few other places', () => {
    const named = 'Drones hit Alderford, Birchwick and Hollin; troops also fought near Marlow, West Oblast.';
    const specs: Spec[] = [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Hollin', chosen: 'hollin' }, { surface: 'Marlow', chosen: 'marlow' }, { surface: 'West Oblast', chosen: 'west-oblast', hint: 'region' }];
    expect(refine(named, specs)[3]).toBe('marlow');
    expect(refine('Drones hit Alderford; troops fought near Marlow.', [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Marlow', chosen: 'marlow' }])).toEqual(['alderford', 'marlow']);
  });

  it('keeps that village when no other place of the article is in its country (a roundup of wars)', () => {
    const text = 'Drones hit Alderford, Birchwick and Hollin; elsewhere, fighters attacked Pellin.';
    const specs: Spec[] = [{ surface: 'Alderford', chosen: 'alderford' }, { surface: 'Birchwick', chosen: 'birchwick' }, { surface: 'Hollin', chosen: 'hollin' }, { surface: 'Pellin', chosen: 'pellin' }];
    expect(refine(text, specs)[3]).toBe('pellin');
  });

  it('leaves a name with one reading alone', () => {
    expect(refine('Drones hit Alderford.', [{ surface: 'Alderford', chosen: 'alderford' }])).toEqual(['alderford']);
  });
});

describe('a bare city name is the city, not the region named after it', () => {
  const cases: [string, string, Spec[], string[]][] = [
    [
      'bare name written as a town in a text that names the oblast: the city',
      'Bombs hit Ferrow overnight, the Ferrow Oblast governor said.',
      [{ surface: 'Ferrow', chosen: 'ferrow-oblast' }, { surface: 'Ferrow Oblast', chosen: 'ferrow-oblast' }],
      ['ferrow', 'ferrow-oblast'],
    ],
    [
      'one sense per article: every bare mention follows the one written as a town',
      'Two districts of Ferrow lost power. In Ferrow Oblast, villages were shelled; schools in Ferrow closed.',
      [{ surface: 'Ferrow', chosen: 'ferrow-oblast' }, { surface: 'Ferrow Oblast', chosen: 'ferrow-oblast' }, { surface: 'Ferrow', chosen: 'ferrow-oblast' }],
      ['ferrow', 'ferrow-oblast', 'ferrow'],
    ],
    [
      'bare name never written as a town in a text that names the oblast: the region',
      'The incursion into Ferrow Oblast stalled. Fighting in Ferrow has since slowed.',
      [{ surface: 'Ferrow Oblast', chosen: 'ferrow-oblast' }, { surface: 'Ferrow', chosen: 'ferrow-oblast' }],
      ['ferrow-oblast', 'ferrow-oblast'],
    ],
    [
      '"X regional administration": the region',
      'Debris fell on a warehouse, the Ferrow regional administration said.',
      [{ surface: 'Ferrow', chosen: 'ferrow' }],
      ['ferrow-oblast'],
    ],
    [
      'a settlement placed "in X": the region',
      'Russia advanced near Hollin in Ferrow after heavy fighting.',
      [{ surface: 'Hollin', chosen: 'hollin' }, { surface: 'Ferrow', chosen: 'ferrow-oblast' }],
      ['hollin', 'ferrow-oblast'],
    ],
    [
      'a name that qualifies an operation or a front keeps the region the article gave it',
      'The Ferrow offensive stalled; troops dug in across Ferrow Oblast.',
      [{ surface: 'Ferrow', chosen: 'ferrow-oblast' }, { surface: 'Ferrow Oblast', chosen: 'ferrow-oblast' }],
      ['ferrow-oblast', 'ferrow-oblast'],
    ],
    [
      'the name with its region word stays the region',
      'Russia advanced in the Ferrow region after heavy fighting.',
      [{ surface: 'Ferrow', chosen: 'ferrow-oblast', hint: 'region', suffix: ' region' }],
      ['ferrow-oblast'],
    ],
  ];
  it.each(cases)('%s', (_label, text, specs, want) => {
    expect(refine(text, specs)).toEqual(want);
  });
});

describe('geographic score', () => {
  const cases: [number, (s: number) => boolean][] = [
    [10, (s) => s === 2],
    [60, (s) => s === 1.5],
    [120, (s) => s === 0.75],
    [250, (s) => s === 0],
    [600, (s) => s < -2],
    [5000, (s) => s === -5],
  ];
  it.each(cases)('%s km', (km, ok) => expect(ok(geoScore(km)), String(geoScore(km))).toBe(true));
  it('measures great-circle kilometres', () => {
    // Kharkiv to Kyiv, about 410 km
    expect(Math.abs(distanceKm(49.99, 36.23, 50.45, 30.52) - 410)).toBeLessThan(15);
  });
});

describe('end to end on the built gazetteer (own sentences)', () => {
  const g = loadGazetteer();
  const places = (text: string): PlaceEntity[] => extractPlaces(text, g);
  const owner = (text: string, surface: string): PlaceEntity | undefined => places(text).find((p) => p.mentions.some((m) => m.text === surface));
  const cases: [string, string, string, number, number][] = [
    // [text, surface, canonical, lat, lon]
    ['Glide bombs struck Kupiansk, Chuhuiv and Balakliia in Kharkiv Oblast; Ukrainian troops also repelled assaults near Lyman and Siversk.', 'Lyman', 'Lyman', 48.99, 37.8],
    ['Drones hit Kupiansk and Chuhuiv in Kharkiv Oblast, and a school burned in Lyman, Donetsk Oblast.', 'Lyman', 'Lyman', 48.99, 37.8],
    ['Russian glide bombs hit Kharkiv overnight. Kharkiv Oblast officials said 11 people were hurt in the city.', 'Kharkiv', 'Kharkiv', 49.99, 36.23],
    ['A rocket hit a depot near Chuhuiv, the Kharkiv regional administration said.', 'Kharkiv', 'Kharkiv Oblast', 49.5, 36.5],
    ['Russian forces claimed Uspenivka, northeast of Huliaipole, as fighting went on near Orikhiv and Mala Tokmachka in Zaporizhzhia Oblast.', 'Uspenivka', 'Uspenivka', 47.72, 36.4],
    ['Israeli forces raided the Jenin refugee camp again, and bulldozers tore up streets in Jenin.', 'Jenin refugee camp', 'Jenin camp', 32.46, 35.29],
    ['Government troops retook Moqokori in Hiraan and advanced on Adan Yabaal in Middle Shabelle.', 'Middle Shabelle', 'Middle Shabelle', 2.9, 45.7],
    ['Government troops retook Moqokori in Hiraan and advanced on Adan Yabaal in Middle Shabelle.', 'Adan Yabaal', 'Adan Yabaal', 3.43, 46.1],
    ['A glide bomb hit a nine-storey block in the Saltivskyi district of Kharkiv.', 'Saltivskyi district', 'Saltivskyi district', 50.02, 36.33],
    ['Turkish-backed factions attacked the Tishrin Dam on the Euphrates south-east of Manbij.', 'Tishrin Dam', 'Tishreen Dam', 36.38, 38.18],
    // `People's` inside a name is no possessive
    ["Militia units of the Luhansk People's Republic shelled positions near Kreminna.", "Luhansk People's Republic", 'Luhansk Oblast', 48.9, 39.1],
    // an Arabic article before a capital opens a capitalised name
    ['Families fled the al-Hol camp in Hasakah province as guards left.', 'al-Hol camp', 'al-Hol camp', 36.38, 41.15],
  ];
  it.each(cases)('%s [%s]', (text, surface, canonical, lat, lon) => {
    const p = owner(text, surface);
    expect(p?.name, surface).toBe(canonical);
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(30);
  });

  it.each([
    ['The Islamic State Sahel Province claimed the ambush near Menaka.', 'Menaka'],
    ['Fighters of Islamic State West Africa Province raided a base near Diffa.', 'Diffa'],
  ])('a province of the Islamic State is a group, not a place: %s', (text, place) => {
    const ps = places(text);
    expect(ps.map((p) => p.name).some((n) => n.startsWith(place))).toBe(true);
    for (const p of ps) for (const m of p.mentions) expect(text.slice(m.end, m.end + 9)).not.toBe(' Province');
    for (const p of ps) for (const m of p.mentions) expect(m.text.endsWith('Province')).toBe(false);
  });

  it('"Middle Shabelle" is the region, not the Shabelle River', () => {
    const names = places('The army says it freed villages in Hiraan and Middle Shabelle.').map((p) => p.name);
    expect(names).toContain('Middle Shabelle');
    expect(names).not.toContain('Shabelle River');
  });
});
