// Causes found on blind texts: one canonical spelling for a formation type, coordinated
// members marked the way the guide marks them, a brigade "of the National Guard" named the way
// its own name reads, armed groups a text names with an acronym, and air commands.
import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../../lib/extract/units';

const got = (text: string): Array<[string, string[]]> => extractUnits(text).map((u) => [u.name, u.mentions.map((m) => m.text)]);
const namesOf = (text: string): string[] => extractUnits(text).map((u) => u.name);

describe('one canonical spelling for a formation type (US, as the guide writes it)', () => {
  it.each([
    ['The 58th Motorised Infantry Brigade dug in west of the river.', '58th Motorized Infantry Brigade', '58th Motorised Infantry Brigade'],
    ['Crews of the 17th Armoured Brigade repaired two tanks.', '17th Armored Brigade', '17th Armoured Brigade'],
    ['the 33rd mechanised brigade said it held the road', '33rd Mechanized Brigade', '33rd mechanised brigade'],
  ])('%s', (text, name, mention) => {
    expect(got(text)).toEqual([[name, [mention]]]);
  });

  it('both spellings in one text are one unit, and a short reference in either spelling joins it', () => {
    const text = 'The 60th Mechanised Brigade pulled back. Officers of the 60th Mechanized Brigade said the 60th Mechanised had lost a company.';
    expect(got(text)).toEqual([['60th Mechanized Brigade', ['60th Mechanised Brigade', '60th Mechanized Brigade', '60th Mechanised']]]);
  });
});

describe('coordinated members are marked from their ordinal to the shared head', () => {
  it.each([
    [
      'Shelling hit the 44th and 57th mechanised brigades near the town.',
      [
        ['44th Mechanized Brigade', ['44th and 57th mechanised brigades']],
        ['57th Mechanized Brigade', ['57th mechanised brigades']],
      ],
    ],
    [
      'Reinforcements from the 21st, 28th and 71st Jaeger Brigades arrived.',
      [
        ['21st Jaeger Brigade', ['21st, 28th and 71st Jaeger Brigades']],
        ['28th Jaeger Brigade', ['28th and 71st Jaeger Brigades']],
        ['71st Jaeger Brigade', ['71st Jaeger Brigades']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(got(text)).toEqual(expected);
  });

  it('a later short reference still finds the first member', () => {
    const text = 'The 44th and 57th Mechanized Brigades held. On Friday the 44th said it had lost two vehicles.';
    expect(got(text)[0]).toEqual(['44th Mechanized Brigade', ['44th and 57th Mechanized Brigades', '44th']]);
  });
});

describe('a numbered formation "of the" service it belongs to', () => {
  it.each([
    ['Soldiers of the 2nd brigade of the National Guard of Ukraine held the crossing.', '2nd National Guard Brigade', '2nd brigade of the National Guard of Ukraine', 'ua'],
    ['The 5th Brigade of the National Guard lost a position.', '5th National Guard Brigade', '5th Brigade of the National Guard', undefined],
    ['Volunteers joined the 125th brigade of the Territorial Defense Forces.', '125th Territorial Defense Brigade', '125th brigade of the Territorial Defense Forces', undefined],
    ['Paratroopers of the 31st Brigade of the Airborne Forces of Russia advanced.', '31st Airborne Brigade', '31st Brigade of the Airborne Forces of Russia', 'ru'],
    // a formation with type words of its own keeps them; the service is still in the mention
    ['The 4th Rapid Reaction Brigade of the National Guard counterattacked.', '4th Rapid Reaction Brigade', '4th Rapid Reaction Brigade of the National Guard', undefined],
  ])('%s', (text, name, mention, side) => {
    const units = extractUnits(text);
    expect(units.map((u) => [u.name, u.mentions.map((m) => m.text)])).toEqual([[name, [mention]]]);
    expect(units[0].side).toBe(side);
  });

  it('a later "the 2nd Brigade" joins the fuller name', () => {
    expect(got('The 2nd brigade of the National Guard held. The 2nd Brigade said it lost no one.')).toEqual([
      ['2nd National Guard Brigade', ['2nd brigade of the National Guard', '2nd Brigade']],
    ]);
  });

  it('a lower-case "national guard" is not the service', () => {
    expect(namesOf('The 7th Brigade of the national guard was deployed.')).toEqual(['7th Brigade']);
  });
});

describe('armed groups a text names with an acronym', () => {
  it.each([
    ['Fighters of the Wollo Fano Popular Force (WFPF) entered the town; the WFPF said it took 12 prisoners.', 'Wollo Fano Popular Force', ['Wollo Fano Popular Force', 'WFPF', 'WFPF']],
    ['The Nuba Mountains Defence Forces (NMDF) shelled the road, and later the Nuba Mountains Defence Forces withdrew.', 'Nuba Mountains Defence Forces', ['Nuba Mountains Defence Forces', 'NMDF', 'Nuba Mountains Defence Forces']],
  ])('%s', (text, name, mentions) => {
    expect(got(text)).toEqual([[name, mentions]]);
  });

  it('the same name with no acronym anywhere in the text is not enough', () => {
    expect(namesOf('The Wollo Fano Popular Force entered the town.')).toEqual([]);
  });

  it.each([
    // a state's own military is a side
    'The Kenya Defence Forces (KDF) and the Sudanese Armed Forces (SAF) issued statements.',
    'The Ethiopian National Defense Force (ENDF) said it had retaken the town.',
    'The Lebanese Armed Forces (LAF) deployed to the border.',
    // type names and peacekeeping missions
    'A Quick Reaction Force (QRF) and a Joint Security Force (JSF) were on standby.',
    'The United Nations Disengagement Observer Force (UNDOF) reported the violation.',
    // an acronym that is not spelled from the name
    'The Wollo Fano Popular Force (ABC) entered the town.',
    'The Israeli Air Force (IAF) struck.',
    // a think tank's or a council's task force, an office's force
    'Analysts at the Atlantic Council Task Force (ACTF) said the line would hold.',
    'The Harbour Police Force (HPF) closed the port road.',
  ])('not a unit: %s', (text) => {
    expect(namesOf(text)).toEqual([]);
  });
});

describe('named militias in the lexicon', () => {
  it.each([
    ['Gunmen of the Volunteers for the Defense of the Homeland (VDP) guarded the well.', 'Volunteers for the Defence of the Homeland', 'bf'],
    ['VDP fighters repelled the raid on the village.', 'Volunteers for the Defence of the Homeland', 'bf'],
    ['The Men of Dignity took over the checkpoint.', 'Men of Dignity', 'sy'],
    ['Força Local militiamen patrolled the road to Mocímboa.', 'Força Local', 'mz'],
  ])('%s', (text, name, side) => {
    const units = extractUnits(text);
    expect(units.map((u) => [u.name, u.side])).toEqual([[name, side]]);
  });

  it('a bare "VDP" with nothing military about it is not the militia', () => {
    expect(namesOf('The VDP met in Ouagadougou on Monday.')).toEqual([]);
  });
});

describe('air and naval commands', () => {
  it.each([
    ['Air Command West said it shot down nine drones over Lviv.', 'Air Command West'],
    ['Pilots of the Eastern Air Command flew patrols.', 'Eastern Air Command'],
    ['The Southern Naval Command sent two frigates.', 'Southern Naval Command'],
  ])('%s', (text, name) => {
    expect(namesOf(text)).toEqual([name]);
  });

  it.each(['The Air Command said nothing.', 'Air Command staff met on Monday.'])('not a unit: %s', (text) => {
    expect(namesOf(text)).toEqual([]);
  });
});

describe('a city that names a side inside a longer formation name', () => {
  it.each([
    ["Hamas's Gaza City Brigade regrouped in the ruins.", 'Gaza City Brigade', 'ps'],
    ['Remnants of the Northern Gaza Brigade were reported in Beit Lahia.', 'Northern Gaza Brigade', 'ps'],
    ['Volunteers of the Kyiv City Territorial Defense Brigade dug trenches.', 'Kyiv City Territorial Defense Brigade', 'ua'],
  ])('%s', (text, name, side) => {
    expect(extractUnits(text).map((u) => [u.name, u.side])).toEqual([[name, side]]);
  });

  it('the city alone before a head is no particular formation', () => {
    expect(namesOf('Officers described the Gaza Brigade as broken.')).toEqual([]);
  });
});

describe('a resistance force named for its region, unlike a state military', () => {
  it('the Chinland Defense Force (CDF) is a unit and CDF a mention of it', () => {
    expect(got('The Chinland Defense Force (CDF) took Falam after a week; the CDF said 40 soldiers surrendered.')).toEqual([
      ['Chinland Defense Force', ['Chinland Defense Force', 'CDF', 'CDF']],
    ]);
  });
  it.each([
    'The Eritrean Defence Forces (EDF) withdrew from the border towns.',
    'The Rwanda Defence Force (RDF) denied the report.',
  ])('not a unit: %s', (text) => {
    expect(namesOf(text)).toEqual([]);
  });
});

describe("Myanmar army abbreviations with a unit number", () => {
  it.each([
    ['Soldiers of LIB 345 surrendered at the bridge.', 'Light Infantry Battalion 345', 'LIB 345'],
    ['LID 99 sent reinforcements by helicopter.', 'Light Infantry Division 99', 'LID 99'],
    ['The base of MOC 16 fell on Sunday.', 'Military Operations Command 16', 'MOC 16'],
  ])('%s', (text, name, mention) => {
    expect(got(text)).toEqual([[name, [mention]]]);
  });

  it('the abbreviation joins the full name in the same text', () => {
    expect(got('Light Infantry Battalion 345 was overrun. LIB 345 had about 200 troops.')).toEqual([
      ['Light Infantry Battalion 345', ['Light Infantry Battalion 345', 'LIB 345']],
    ]);
  });

  it('an abbreviation with no number is not a unit', () => {
    expect(namesOf('The LIB said nothing; the MOC was closed.')).toEqual([]);
  });
});

describe("Darfur's armed movements", () => {
  it('the Justice and Equality Movement and its acronym', () => {
    expect(extractUnits('The Justice and Equality Movement (JEM) joined the army; JEM fighters held the market.').map((u) => [u.name, u.side, u.mentions.length])).toEqual([
      ['Justice and Equality Movement', 'sd', 3],
    ]);
  });
});

describe("a numbered unit's honorific name is the same unit", () => {
  it.each([
    [
      'The 13th Khartiia Brigade held the ridge. Later the Khartiia Brigade said it had lost two drones, and Khartiia brigade medics evacuated the wounded.',
      [['13th Khartiia Brigade', ['13th Khartiia Brigade', 'Khartiia Brigade', 'Khartiia brigade']]],
    ],
    [
      'The 24th King Danylo Mechanized Brigade held the canal. The King Danylo Brigade said it lost a tank.',
      [['24th King Danylo Mechanized Brigade', ['24th King Danylo Mechanized Brigade', 'King Danylo Brigade']]],
    ],
  ])('%s', (text, expected) => {
    expect(got(text)).toEqual(expected);
  });

  it('a named brigade no numbered unit is called stays its own unit', () => {
    expect(got('The 13th Khartiia Brigade held. The Golani Brigade moved north.').map(([n]) => n)).toEqual(['13th Khartiia Brigade', 'Golani Brigade']);
  });

  it('two numbered units with the same honorific leave the bare name alone', () => {
    const names = got('The 1st Bohun Brigade and the 2nd Bohun Brigade fought. The Bohun Brigade said nothing.').map(([n]) => n);
    expect(names).toEqual(['1st Bohun Brigade', '2nd Bohun Brigade', 'Bohun Brigade']);
  });
});
