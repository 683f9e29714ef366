import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import type { Claim, PlaceEntity } from '../../../lib/model';

const one = (text: string, surface: string, date?: string): Claim => {
  const claims = extractClaims(text, { date });
  const c = claims.find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
};

describe('claim spans and values', () => {
  // [sentence, expected span, value, unit, canonicalValue, approx]
  const rows: Array<[string, string, number | null, string, number | null, string]> = [
    ['At least 41 vehicles departed Russian lines that day.', 'At least 41 vehicles', 41, 'vehicle', 41, 'atLeast'],
    ['Ukrainian forces held nearly 500 square miles of land.', 'nearly 500 square miles', 500, 'km2', 1294.995, 'nearly'],
    ['159 Russians were killed or wounded.', '159 Russians', 159, 'person', 159, 'exact'],
    ['The system costs about $500 million per battalion.', 'about $500 million', 500000000, 'usd', 500000000, 'about'],
    ['It can hit aircraft up to 400 kilometres away.', 'up to 400 kilometres', 400, 'km', 400, 'atMost'],
    ['Its missiles can reach speeds of Mach 14, the maker says.', 'Mach 14', 14, 'mach', 14, 'exact'],
    ['Russia gained six times more than a year earlier.', 'six times more', 6, 'ratio', 6, 'exact'],
    ['Russian forces have reclaimed nearly half of the area.', 'nearly half', 50, 'percent', 50, 'nearly'],
    ['The meeting lasted three to four hours.', 'three to four hours', 3.5, 'hour', 3.5, 'range'],
    ['Between 10,000 and 12,000 people fled the city.', 'Between 10,000 and 12,000 people', 11000, 'person', 11000, 'range'],
    ['The militia fielded 10,000-12,000 fighters last year.', '10,000-12,000 fighters', 11000, 'person', 11000, 'range'],
    ['The enemy lost up to 7 905 servicemen over the week.', 'up to 7 905 servicemen', 7905, 'person', 7905, 'atMost'],
    ['In total 20 842 soldiers were listed.', '20 842 soldiers', 20842, 'person', 20842, 'exact'],
    ['The army reported 54.9 thousand drones destroyed.', '54.9 thousand drones', 54900, 'drone', 54900, 'exact'],
    ['Along the 800-mile front line the attacks stalled.', '800-mile', 800, 'km', 1287.4752, 'exact'],
    ['Russia is in the 37-month war.', '37-month', 37, 'month', 37, 'exact'],
    ['Kyiv backs a one-month ceasefire.', 'one-month', 1, 'month', 1, 'exact'],
    ['Kyiv backs a monthlong ceasefire.', 'monthlong', 1, 'month', 1, 'exact'],
    ['Ukraine had to keep adding to its 60,000-strong force.', '60,000-strong force', 60000, 'person', 60000, 'exact'],
    ['Seven months after the incursion, they retreated.', 'Seven months', 7, 'month', 7, 'exact'],
    ['They advanced within five miles of the road.', 'within five miles', 5, 'km', 8.0467, 'atMost'],
    ['Houthi forces fired more than 100 missiles at ships.', 'more than 100 missiles', 100, 'missile', 100, 'over'],
    ['A convoy of 40 aid trucks crossed at Rafah.', '40 aid trucks', 40, 'truck', 40, 'exact'],
    ['Settlers seized roughly 1,200 dunams of farmland.', 'roughly 1,200 dunams', 1200, 'km2', 1.2, 'about'],
    ['The frigate sailed 300 nautical miles south.', '300 nautical miles', 300, 'km', 555.6, 'exact'],
    ['Fires burned 2,500 hectares of forest.', '2,500 hectares', 2500, 'km2', 25, 'exact'],
    ['The fighting displaced 2.1 million people.', '2.1 million people', 2100000, 'person', 2100000, 'exact'],
    ['Turnout fell to 42% in the occupied areas.', '42%', 42, 'percent', 42, 'exact'],
    ['Aid worth €1.5bn was pledged.', '€1.5bn', 1500000000, 'eur', 1500000000, 'exact'],
    ['They captured two villages outside the town.', 'two villages', 2, 'settlement', 2, 'exact'],
    ['Fighters killed tens of thousands of civilians.', 'tens of thousands of civilians', null, 'person', null, 'vague'],
    ['The tanker carried 80,000 tonnes of oil.', '80,000 tonnes', 80000, 'tonne', 80000, 'exact'],
    ['Some 300 Sudanese soldiers crossed into Chad.', 'Some 300 Sudanese soldiers', 300, 'person', 300, 'about'],
    ['Nearly half a million refugees crossed.', 'Nearly half a million refugees', 500000, 'person', 500000, 'nearly'],
    ['The war displaced 1.5m people.', '1.5m people', 1500000, 'person', 1500000, 'exact'],
    ['The tunnel was 500m long.', '500m', 500, 'km', 0.5, 'exact'],
    ['Donors pledged UAH 2.1 billion.', 'UAH 2.1 billion', 2100000000, 'uah', 2100000000, 'exact'],
    ['They proposed 30-40% cuts.', '30-40%', 35, 'percent', 35, 'range'],
    ['The siege lasted two and a half years.', 'two and a half years', 2.5, 'year', 2.5, 'exact'],
    ['Drones struck the depot three times more often.', 'three times more', 3, 'ratio', 3, 'exact'],
    ['Shelling killed 3 and injured 15 in Kharkiv.', '3', 3, 'person', 3, 'exact'],
    ['Losses: tanks - 10 244 (+5), aircraft - 370.', '10 244', 10244, 'tank', 10244, 'exact'],
    ['The overall death toll since October 7, 2023 had risen to 57,882.', '57,882', 57882, 'person', 57882, 'exact'],
  ];
  it.each(rows)('%s → %s', (text, span, value, unit, canonical, approx) => {
    const c = one(text, span);
    expect(c.value).toBe(value);
    expect(c.unit).toBe(unit);
    if (canonical === null) expect(c.canonicalValue).toBeNull();
    else expect(c.canonicalValue).toBeCloseTo(canonical, 2);
    expect(c.approx).toBe(approx);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('hedge intervals', () => {
  const rows: Array<[string, number | null, number | null]> = [
    ['about 30 square miles', 27, 33],
    ['nearly 500 tanks', 450, 500],
    ['over 78,000 troops', 78000, 97500],
    ['at least 41 vehicles', 41, 61.5],
    ['up to 100 targets', 0, 100],
    ['fewer than 50 soldiers', 40, 50],
    ['41 vehicles', 41, 41],
  ];
  it.each(rows)('%s → [%s, %s]', (text, low, high) => {
    const [c] = extractClaims(`Officials counted ${text} on the road.`);
    expect(c.low).toBe(low);
    expect(c.high).toBe(high);
  });
});

describe('not claims', () => {
  const rows: string[] = [
    'Gerasimov informed Putin on April 26, 2025, that Gornal had fallen.',
    'The invasion began in August 2024 and on Feb. 25 the attacks started.',
    'The 1943 Battle of Kursk was a turning point.',
    'The 81st Airmobile Brigade and the 3rd Army Corps fought there.',
    'Drones hit the S-400 and an Su-34 near the F-16 base.',
    'The U.S. Army’s Switchblade 600 is a loitering munition.',
    'Its 48N6E3 missiles are fast.',
    'The strike came at 6:00 PM local time, after talks at 10 a.m.',
    'Under Resolution 2334 and Article 5 the allies must act.',
    'The 25-year-old soldier was 29 years old in the photo.',
    'Veterans of the 1990s wars gathered on 24.02.2022.',
    'One thing is clear: no one expected both sides to agree.',
    'The MH17 inquiry published a report on COVID-19 in camps.',
    'Updated 2 hours ago. 5 min read.',
    'Crews fired 155mm shells and 152-mm rounds from M777 guns.',
    'Jets dropped 2,000-pound bombs; Leopard 2 and T-90M tanks fought on Day 1,000 of the war.',
    'Men aged 18 to 60 may not leave.',
    'The bridge was struck three times, a one-sided affair.',
  ];
  it.each(rows)('%s', (text) => {
    expect(extractClaims(text)).toEqual([]);
  });
});

describe('context fields', () => {
  it('reads the side from demonyms in or around the span', () => {
    expect(one('Gerasimov claimed over 76,000 Ukrainian soldiers died.', 'over 76,000 Ukrainian soldiers').side).toBe('ua');
    expect(one('It relied on North Korean troops—around 12,000, according to U.S. intelligence.', 'around 12,000').side).toBe('kp');
    expect(one('Israeli strikes killed at least 41 people in Gaza.', 'at least 41 people').side).toBe('ps');
  });
  it('resolves a pronoun subject to the previous sentence', () => {
    const text = 'Starting in December, Russian forces launched repeated attacks. By mid-February, they had advanced within five miles of the road.';
    expect(one(text, 'within five miles').side).toBe('ru');
    expect(one('Russian forces attacked. Later the road was cut within five miles of the town.', 'within five miles').side).toBeUndefined();
  });
  it('borrows the side of a formation named earlier in the sentence; what it destroyed is its enemy’s', () => {
    const text = 'The 3rd Army Corps lost 200 soldiers. The 3rd Army Corps destroyed 12 tanks.';
    const units = [{ name: '3rd Army Corps', side: 'ru', mentions: [{ text: '3rd Army Corps', start: 4, end: 18 }, { text: '3rd Army Corps', start: 43, end: 57 }] }];
    const claims = extractClaims(text, { units });
    expect(claims.find((c) => c.text === '200 soldiers')?.side).toBe('ru');
    expect(claims.find((c) => c.text === '12 tanks')?.side).toBe('ua');
    // no known enemy for the formation's side: no verdict
    const gb = [{ name: '3rd Army Corps', side: 'gb', mentions: units[0].mentions }];
    expect(extractClaims(text, { units: gb }).find((c) => c.text === '12 tanks')?.side).toBeUndefined();
  });
  it('reads the casualty measure and category', () => {
    const a = one('159 Russians were killed or wounded in the assault.', '159 Russians');
    expect([a.category, a.measure]).toEqual(['casualties', 'killedOrWounded']);
    const b = one('The ISW says Russia has lost more than 600,000 people.', 'more than 600,000 people');
    expect([b.category, b.measure]).toEqual(['casualties', 'losses']);
    const c = one('Moscow has deployed approximately 50,000 troops to the region.', 'approximately 50,000 troops');
    expect([c.category, c.measure]).toEqual(['troops', undefined]);
    const d = one('Ukraine says 1,200 Russian soldiers were captured.', '1,200 Russian soldiers');
    expect([d.category, d.measure]).toEqual(['captured', 'captured']);
  });
  it('reads attribution', () => {
    const rows: Array<[string, string, string | undefined]> = [
      ['159 Russians were killed, according to the Luhansk Operational Tactical Group, which oversees brigades.', '159 Russians', 'Luhansk Operational Tactical Group'],
      ['A BBC analysis estimates that over 78,000 Russian troops have been killed.', 'over 78,000 Russian troops', 'BBC analysis'],
      ['Gerasimov’s claim of 76,000 Ukrainians killed remains unverified.', '76,000 Ukrainians', 'Gerasimov'],
      ['On Saturday, Russian troops said they had taken two villages.', 'two villages', 'Russian troops'],
      ['“We lost 30 tanks,” said Colonel Ivan Petrenko of the brigade.', '30 tanks', 'Colonel Ivan Petrenko'],
      ['At least 41 people were killed, the Hamas-run health ministry said.', 'At least 41 people', 'Hamas-run health ministry'],
      ['Russia lost 1,000 soldiers in the battle.', '1,000 soldiers', undefined],
      ["Israel's ambulance service, Magen David Adom, reported two people lightly wounded.", 'two people', 'Magen David Adom'],
      ['Russia lost 1,000 soldiers near Bakhmut, said Kuzan.', '1,000 soldiers', 'Kuzan'],
      ['Die Armee hat nach Angaben des ukrainischen Generalstabs mehr als 70 Angriffe unternommen.', 'mehr als 70 Angriffe', 'Generalstabs'],
      ['Dabei seien 40 Panzer zerstört worden, teilte der Generalstab mit.', '40 Panzer', 'Generalstab'],
    ];
    for (const [text, span, who] of rows) expect(one(text, span).attribution, text).toBe(who);
  });
  it('resolves when from the sentence, else the article month', () => {
    expect(one('In March 2025 Russia lost 40 tanks.', '40 tanks', '2025-06-02').when).toBe('2025-03');
    expect(one('Last month Russia lost 40 tanks.', '40 tanks', '2025-06-02').when).toBe('2025-05');
    expect(one('On Saturday Russia lost 40 tanks.', '40 tanks', '2025-06-02').when).toBe('2025-05-31');
    expect(one('Russia lost 40 tanks.', '40 tanks', '2025-06-02').when).toBe('2025-06');
    expect(one('Russia lost 40 tanks.', '40 tanks').when).toBeUndefined();
  });
  it('takes where from a place mention in the sentence', () => {
    const text = 'Near Sudzha, Russian forces destroyed 12 vehicles. Elsewhere 3 tanks were lost.';
    const places: PlaceEntity[] = [{ name: 'Sudzha', lat: 51.19, lon: 35.27, country: 'RU', mentions: [{ text: 'Sudzha', start: 5, end: 11 }] }];
    const claims = extractClaims(text, { places });
    expect(claims.find((c) => c.text === '12 vehicles')?.where).toBe('Sudzha');
  });
});

describe('context across sentences and places', () => {
  it('resolves `It said` and `The ministry said` to the source named last, nearby', () => {
    const text =
      'Strikes killed at least 38 people, the health ministry said on Thursday.\nThe ministry said 11 children were among the dead. It said 120 people were wounded.\nIn other news, officials said 40 trucks crossed.';
    const claims = extractClaims(text);
    const by = (s: string) => claims.find((c) => c.text === s)?.attribution;
    expect(by('at least 38 people')).toBe('health ministry');
    expect(by('11 children')).toBe('health ministry');
    expect(by('120 people')).toBe('health ministry');
    // a bare noun that does not name the last source, or no reporting verb at all: nothing
    expect(by('40 trucks')).toBeUndefined();
    expect(extractClaims('The army said 40 tanks were lost. Russia, the ministry said, lost 12 more.\nIt said 5 jets were hit.')[0].attribution).toBeUndefined();
  });
  it('does not read a country of manufacture as a side', () => {
    const c = one('The enemy lost 3 pickup trucks and a Leopard tank made in Germany.', '3 pickup trucks');
    expect(c.side).toBeUndefined();
    expect(one('Ukraine lost 3 tanks made in Germany.', '3 tanks').side).toBe('ua');
  });
  it('gives civilians killed in a named place that place’s side, unless places of two sides are named', () => {
    const text = 'The bodies of 38 people were brought to hospitals in Khan Younis.';
    const at = text.indexOf('Khan Younis');
    const places: PlaceEntity[] = [{ name: 'Khan Younis', lat: 31.34, lon: 34.3, country: 'PS', mentions: [{ text: 'Khan Younis', start: at, end: at + 11 }] }];
    expect(extractClaims(text, { places })[0]).toMatchObject({ text: '38 people', measure: 'killed', side: 'ps' });
    const two = 'Shelling killed 5 people in Kharkiv and Belgorod.';
    const k = two.indexOf('Kharkiv');
    const b = two.indexOf('Belgorod');
    const p2: PlaceEntity[] = [
      { name: 'Kharkiv', lat: 50, lon: 36.2, country: 'UA', mentions: [{ text: 'Kharkiv', start: k, end: k + 7 }] },
      { name: 'Belgorod', lat: 50.6, lon: 36.6, country: 'RU', mentions: [{ text: 'Belgorod', start: b, end: b + 8 }] },
    ];
    expect(extractClaims(two, { places: p2 })[0].side).toBeUndefined();
  });
  it('reads a possessor or launch site after the span, a coordinated count, and skips a German source', () => {
    expect(one('More than 400 soldiers of the junta surrendered.', 'More than 400 soldiers').side).toBe('mm');
    expect(one('Warships shot down 11 drones launched from Houthi-held areas.', '11 drones').side).toBe('ye');
    expect(one('Warships shot down 11 drones over the Red Sea.', '11 drones').side).toBeUndefined();
    const c = extractClaims('Strikes killed 16 Lebanese civilians and 42 wounded.');
    expect(c.map((x) => x.side)).toEqual(['lb', 'lb']);
    expect(one('Die russische Armee hat nach Angaben des ukrainischen Generalstabs mehr als 70 Angriffe unternommen.', 'mehr als 70 Angriffe').side).toBe('ru');
  });
  it('reads the side of a duration only from a side word right after it', () => {
    expect(one('Yearlong Russian offensives have stalled.', 'Yearlong').side).toBe('ru');
    expect(one('After seven months the Russian army advanced.', 'seven months').side).toBeUndefined();
  });
  it('reads bulletin nouns: rocket systems, field guns, units of vehicles, tunnel shafts', () => {
    const text = 'In total 1 512 multiple launch rocket systems, 17 968 field artillery guns and 28 201 units of special military vehicles. Troops found 14 tunnel shafts.';
    const units = extractClaims(text).map((c) => [c.text, c.value, c.unit]);
    expect(units).toEqual([
      ['1 512 multiple launch rocket systems', 1512, 'system'],
      ['17 968 field artillery guns', 17968, 'gun'],
      ['28 201 units of special military vehicles', 28201, 'vehicle'],
      ['14 tunnel shafts', 14, 'shaft'],
    ]);
  });
});

describe('number conventions', () => {
  it('reads dots as thousands and commas as decimals in German-style text', () => {
    const claims = extractClaims('Der Feind verlor 7.905 Soldaten; die Quote lag bei 1,6 Prozent.');
    expect(claims.map((c) => [c.text, c.value])).toEqual([
      ['7.905 Soldaten', 7905],
      ['1,6 Prozent', 1.6],
    ]);
  });
  it('reads German hedges, number words, ranges with `bis` and counted nouns', () => {
    const text =
      'Der Generalstab meldete mehr als 70 Angriffe. Rund 1.200 russische Soldaten wurden getötet. In Kupjansk wurden drei Zivilisten verletzt. Gruppen von fünf bis acht Mann; bis zu 1.640 Soldaten; rund 14.000 Haushalte ohne Strom; die Evakuierung von 1.432 Familien.';
    const got = extractClaims(text).map((c) => [c.text, c.value, c.approx, c.unit, c.side ?? null, c.measure ?? null]);
    expect(got).toEqual([
      ['mehr als 70 Angriffe', 70, 'over', 'attack', null, null],
      ['Rund 1.200 russische Soldaten', 1200, 'about', 'person', 'ru', 'killed'],
      ['drei Zivilisten', 3, 'exact', 'person', null, 'wounded'],
      ['fünf bis acht Mann', 6.5, 'range', 'person', null, null],
      ['bis zu 1.640 Soldaten', 1640, 'atMost', 'person', null, null],
      ['rund 14.000 Haushalte', 14000, 'about', 'household', null, null],
      ['1.432 Familien', 1432, 'exact', 'family', null, null],
    ]);
  });
  it('keeps English decimals and reads a dotted count of people as thousands', () => {
    const claims = extractClaims('The front moved 1.5 km; the bulletin said 7.905 servicemen were lost.');
    expect(claims.map((c) => [c.text, c.value])).toEqual([
      ['1.5 km', 1.5],
      ['7.905 servicemen', 7905],
    ]);
  });
});
