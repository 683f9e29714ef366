// The `unit` of a numeric claim follows the annotation guide: a canonical measure, `person`, or
// the singular of the counted noun as written (`helicopters` → helicopter, `pickup trucks` →
// truck), with the class a type name or abbreviation stands for (`UAVs` → drone, `APCs` →
// vehicle, `villages` → settlement). The coarser class stays on the claim as `kind`, which the
// linker and the category rules compare. Bare numbers take the noun a reader agrees they count.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import { unitKey } from '../../../lib/claims/quantity';
import type { Claim } from '../../../lib/model';

const claimsOf = (text: string): Claim[] => extractClaims(text, { date: '2025-09-14' });
const find = (text: string, surface: string): Claim | undefined => claimsOf(text).find((c) => c.text.includes(surface) || surface.includes(c.text));

describe('the unit is the singular of the counted noun, the kind its class', () => {
  // [text, claim, unit, kind (undefined: same as the unit)]
  const rows: Array<[string, string, string, string | undefined]> = [
    ['The regiment lost 9 helicopters in the first month.', '9 helicopters', 'helicopter', 'aircraft'],
    ['Scouts counted 14 pickup trucks at the ford.', '14 pickup trucks', 'truck', 'vehicle'],
    ['Drone teams hit 31 motorcycles on the road to the village.', '31 motorcycles', 'motorcycle', 'vehicle'],
    ['The navy has lost two submarines since spring.', 'two submarines', 'submarine', 'ship'],
    ['Radar tracked about 60 projectiles fired across the border.', 'about 60 projectiles', 'projectile', 'rocket'],
    ['Sailors boarded four fishing vessels near the cape.', 'four fishing vessels', 'vessel', 'ship'],
    ['The battery fired 700 shells at the bridgehead.', '700 shells', 'shell', undefined],
    ['Pilots reported three jets over the lake.', 'three jets', 'jet', 'aircraft'],
    // an attack word naming the kind of group is a modifier: the groups are counted, not attacks
    ['Officers said roughly 40 Russian assault groups probed the outskirts in a week.', 'roughly 40 Russian assault groups', 'group', undefined],
    ['Scouts spotted six sabotage groups crossing the river at night.', 'six sabotage groups', 'group', undefined],
    ['The brigade beat off 5 counter-attacks at dusk.', '5 counter-attacks', 'counter-attack', 'counterattack'],
    ['Gunners destroyed 11 artillery systems in a week.', '11 artillery systems', 'system', 'artillery'],
    // abbreviations, type names and the words a class is known by take the class
    ['Air defence downed 48 UAVs overnight.', '48 UAVs', 'drone', undefined],
    ['Air defence downed 48 unmanned aerial vehicles overnight.', '48 unmanned aerial vehicles', 'drone', undefined],
    ['The column included 16 APCs and fuel tankers.', '16 APCs', 'vehicle', undefined],
    ['Troops recaptured three villages north of the lake.', 'three villages', 'settlement', undefined],
    ['The sappers cleared 20 pieces of equipment from the road.', '20 pieces of equipment', 'item', undefined],
    ['The fleet lost 6 warships in the strait.', '6 warships', 'ship', undefined],
    ['Bombers flew 75 sorties over the gulf.', '75 sorties', 'sortie', undefined],
    ['Police seized 12 e-bikes at the crossing.', '12 e-bikes', 'e-bike', undefined],
    ['Troops fought off 4 counter-offensives in the south.', '4 counter-offensives', 'counter-offensive', 'offensive'],
    // German nouns take the English unit the guide names
    ['Die Flugabwehr holte 9 Hubschrauber vom Himmel.', '9 Hubschrauber', 'helicopter', 'aircraft'],
    ['Die Armee feuerte 2.500 Granaten auf die Stadt.', '2.500 Granaten', 'shell', undefined],
    ['Im Hafen wurden 11 Boote versenkt.', '11 Boote', 'boat', 'ship'],
  ];
  it.each(rows)('%s → %s: %s', (text, surface, unit, kind) => {
    const c = find(text, surface);
    expect(c?.text).toBe(surface);
    expect(c?.unit).toBe(unit);
    expect(c?.kind).toBe(kind);
  });

  it('two sources counting the same thing by different nouns still compare (the kind)', () => {
    const a = find('The air force said 12 helicopters were lost.', '12 helicopters') as Claim;
    const b = find('The air force said 12 aircraft were lost.', '12 aircraft') as Claim;
    expect(a.unit).not.toBe(b.unit);
    expect(unitKey(a)).toBe(unitKey(b));
    // while different tally lines stay apart
    const c = find('Gunners destroyed 11 artillery systems.', '11 artillery systems') as Claim;
    const d = find('Gunners destroyed 11 air defence systems.', '11 air defence systems') as Claim;
    expect(c.unit).toBe(d.unit);
    expect(unitKey(c)).not.toBe(unitKey(d));
  });

  it('aid lorries are still no military equipment', () => {
    const c = find('Only 35 aid trucks reached the city on Monday.', '35 aid trucks');
    expect([c?.unit, c?.category]).toEqual(['truck', 'other']);
  });

  it.each([
    ['Navy gunners sank three uncrewed surface vessels off the coast.', 'three uncrewed surface vessels', 'equipment'],
    ['Coalition jets destroyed 2 explosive boats near the port.', '2 explosive boats', 'equipment'],
    ['Militants have attacked more than 70 cargo vessels in drone attacks.', 'more than 70 cargo vessels', 'other'],
  ])('a boat that is a weapon is equipment, a merchant ship is not: %s', (text, surface, category) => {
    const c = find(text, surface);
    expect([c?.text, c?.category]).toEqual([surface, category]);
  });
});

describe('the counted noun behind a calibre, a container, a coordinated modifier, quotes', () => {
  // [text, claim, unit, category]
  const rows: Array<[string, string, string, string]> = [
    ['Plants turned out 3 million 122mm shells last year.', '3 million 122mm shells', 'shell', 'equipment'],
    ['Militia fighters seized four 82mm mortars at the depot.', 'four 82mm mortars', 'mortar', 'equipment'],
    ['The order covers 1.2 million 155-mm rounds by 2028.', '1.2 million 155-mm rounds', 'round', 'equipment'],
    ['Ships carried more than 9,000 crates of grenades to the port.', 'more than 9,000 crates', 'crate', 'equipment'],
    ['Defenders halted 18 assault and offensive actions near the town.', '18 assault and offensive actions', 'action', 'other'],
    ['The ministry said 12 "saboteurs" were detained.', '12 "saboteurs"', 'person', 'captured'],
    ['A drone boat hit the freighter and one Indian sailor was killed.', 'one Indian sailor', 'person', 'casualties'],
    ['Norway will send two further NASAMS batteries.', 'two further NASAMS batteries', 'battery', 'equipment'],
    ['Strikes hit nine locations in the city overnight.', 'nine locations', 'location', 'other'],
    ['Rebels captured four provincial capitals in a month.', 'four provincial capitals', 'capital', 'territory'],
    ['Shelling closed two working piers at the harbour.', 'two working piers', 'pier', 'other'],
    ['The army said it killed 40 M23 fighters near the lake.', '40 M23 fighters', 'person', 'casualties'],
  ];
  it.each(rows)('%s → %s: %s', (text, surface, unit, category) => {
    const c = find(text, surface);
    expect(c?.text).toBe(surface);
    expect([c?.unit, c?.category]).toEqual([unit, category]);
  });
});

describe('a bare number takes the noun its context counts', () => {
  // [text, claim as marked, unit]
  const rows: Array<[string, string, string]> = [
    // a part of the count before: `N of them` (the span takes the pronoun), also across a sentence
    ['The enemy fired 2,100 shells at the district, 300 of them from tanks.', '300 of them', 'shell'],
    ['Some 3 million people have fled the region. About 1 million of them are children.', 'About 1 million of them', 'person'],
    // a part of a count with a possessor: `N of the province's M districts`
    ['Voting was cancelled in 12 of the province\'s 40 districts.', '12', 'district'],
    ['Gunners hit 7 of their 20 targets.', '7', 'target'],
    // `including N from X`: X is how, not what is counted
    ['The army fired 90 shells, including 30 from howitzers.', '30', 'shell'],
    ['Russia launched 80 drones, of which more than 60 were downed.', 'more than 60', 'drone'],
    // a count of times after a place: the attack verb before it names the unit
    ['Russian troops attacked positions near Toretsk 14 times.', '14 times', 'attack'],
    ['Artillery shelled the village of Bilozerka 9 times overnight.', '9 times', 'shelling'],
  ];
  it.each(rows)('%s → %s: %s', (text, surface, unit) => {
    const c = claimsOf(text).find((x) => x.text === surface);
    expect(c?.text).toBe(surface);
    expect(c?.unit).toBe(unit);
  });
});

describe('a count whose noun the sentence before gave with the same verb', () => {
  // [text, claim, unit: the noun of the last count before, or item when nothing says what is counted]
  const rows: Array<[string, string, string]> = [
    ['Ukraine received 200 tanks last year. Poland received about 100, officials said.', 'about 100', 'tank'],
    ['The plant can assemble 900 drones a month, and 1,400 rockets. A second line assembles some 500, the firm said.', 'some 500', 'rocket'],
    // another verb: nothing says what is counted
    ['Russia fired 40 missiles overnight. The war has cost roughly 2 billion.', 'roughly 2 billion', 'item'],
    // another paragraph: no longer the same account
    ['Ukraine received 200 tanks last year.\n\nPoland received about 100, officials said.', 'about 100', 'item'],
  ];
  it.each(rows)('%s → %s: %s', (text, surface, unit) => {
    const c = claimsOf(text).find((x) => x.text === surface);
    expect(c?.unit).toBe(unit);
  });
});

describe('numbers that are no measure or are read in full', () => {
  it('a capital M before digits is a name, not metres', () => {
    const cs = claimsOf('Government troops pushed back 300 M23 fighters and advanced 800 m.');
    expect(cs.map((c) => [c.text, c.unit])).toEqual([
      ['300 M23 fighters', 'person'],
      ['800 m', 'km'],
    ]);
  });

  it('a count right after a day of a date is no second day of a range', () => {
    const c = find('The toll since fighting began on May 9 rose to 1,320 dead.', '1,320 dead');
    expect([c?.text, c?.unit, c?.measure]).toEqual(['1,320 dead', 'person', 'killed']);
  });

  it('a possessive before the number is no name before it', () => {
    expect(find('Its 18 crew members were rescued by a tug.', '18 crew members')?.unit).toBe('person');
  });

  it('`one of the women` is no count', () => {
    expect(claimsOf('Police said one of the women was hurt in the crush.')).toEqual([]);
  });

  it('a tally line naming two things takes the first, and the longest phrase ending at the number', () => {
    const text = 'Enemy losses are approximately:\nwarships / boats ‒ 31 (+1)\nautomotive equipment and fuel tanks ‒ 4,210 (+12)\nhelicopters ‒ 90';
    expect(claimsOf(text).map((c) => [c.text, c.unit, c.kind])).toEqual([
      ['31', 'ship', undefined],
      ['+1', 'ship', undefined],
      ['4,210', 'vehicle', undefined],
      ['+12', 'vehicle', undefined],
      ['90', 'helicopter', 'aircraft'],
    ]);
  });
});
