// Military units: what a defence reporter expects highlighted, and what must stay unmarked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../../lib/extract/units';
import type { UnitEntity } from '../../../lib/model';

const names = (text: string) => extractUnits(text).map((u) => u.name);
const find = (units: UnitEntity[], name: string) => units.find((u) => u.name === name);

describe('numbered formations', () => {
  const cases: Array<[string, string[]]> = [
    ['The 81st Airmobile Brigade held the line.', ['81st Airmobile Brigade']],
    ["Ukraine's 47th Separate Mechanized Brigade withdrew.", ['47th Separate Mechanized Brigade']],
    ['Elements of the 1st Guards Tank Army attacked.', ['1st Guards Tank Army']],
    ['A force from the 3rd Army Corps advanced.', ['3rd Army Corps']],
    ['The 810th Separate Guards Brigade of Marines landed.', ['810th Separate Guards Brigade of Marines']],
    ['The 1st Separate Assault Battalion was rotated out.', ['1st Separate Assault Battalion']],
    ['soldiers of the 47th mechanized brigade said', ['47th Mechanized Brigade']],
    ['The junta moved Light Infantry Division 77 north.', ['Light Infantry Division 77']],
    ['The Third Separate Assault Brigade took the village.', ['Third Separate Assault Brigade']],
    ['Unit 8200 and military unit 29155 were named.', ['Unit 8200', 'Unit 29155']],
    ['The 26th Marine Expeditionary Unit sailed.', ['26th Marine Expeditionary Unit']],
    ['Elements of the Russian 76th Airborne (VDV) Division attacked.', ['76th Airborne Division']],
    ["Russia's 20th and 8th Combined Arms armies pressed on.", ['20th Combined Arms Army', '8th Combined Arms Army']],
    ['Die ukrainische 47. Mechanisierte Brigade und die 3. Sturmbrigade wehrten den Angriff ab.', ['47. Mechanisierte Brigade', '3. Sturmbrigade']],
    ['Chapter 3. Brigade orders were issued in 2024. Seite 3. Brigade.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('coordinated plurals expand into one unit per ordinal', () => {
  it('the 30th and 54th Mechanized Brigades', () => {
    const text = 'attacked the positions of the Ukrainian 30th and 54th Mechanized Brigades and 81st Airmobile Brigade east of Siversk';
    const units = extractUnits(text);
    expect(units.map((u) => u.name)).toEqual(['30th Mechanized Brigade', '54th Mechanized Brigade', '81st Airmobile Brigade']);
    // the guide's surface convention: a coordinated member reads from its ordinal to the shared head
    expect(find(units, '30th Mechanized Brigade')!.mentions.map((m) => m.text)).toEqual(['30th and 54th Mechanized Brigades']);
    expect(find(units, '54th Mechanized Brigade')!.mentions.map((m) => m.text)).toEqual(['54th Mechanized Brigades']);
    for (const u of units) expect(u.side).toBe('ua');
  });
  it('three ordinals with commas, in lower case', () => {
    expect(names('the 25th, 79th and 95th airborne brigades')).toEqual([
      '25th Airborne Brigade',
      '79th Airborne Brigade',
      '95th Airborne Brigade',
    ]);
  });
});

describe('named formations', () => {
  const cases: Array<[string, string[]]> = [
    ['according to the Luhansk Operational Tactical Group, which oversees brigades', ['Luhansk Operational Tactical Group']],
    ['the elite Rubicon Center of Advanced Unmanned Systems drone group', ['Rubicon Center of Advanced Unmanned Systems']],
    ['Troops of the Golani Brigade entered the camp.', ['Golani Brigade']],
    ["Hamas's armed wing, the Izz ad-Din al-Qassam Brigades, said", ['Izz ad-Din al-Qassam Brigades']],
    ['The Rapid Support Forces shelled El Fasher.', ['Rapid Support Forces']],
    ['Units of the Sever Group of Forces advanced.', ['Sever Group of Forces']],
    ['Units of the Tsentr group of forces advanced.', ['Tsentr Group of Forces']],
    ['The Southern Military District sent reserves.', ['Southern Military District']],
    ['The Arakan Army seized the Western Regional Operations Command.', ['Arakan Army', 'Western Regional Operations Command']],
    ['Black Sea Fleet ships left Sevastopol.', ['Black Sea Fleet']],
    ['Wagner fighters withdrew from Bakhmut.', ['Wagner Group']],
    ['Kataib Hezbollah claimed the drone attack.', ['Kataib Hezbollah']],
    ["Israel's Northern Command said it struck launchers.", ['Northern Command']],
    ['The Eisenhower Carrier Strike Group and Task Force 153 patrol the Red Sea.', ['Eisenhower Carrier Strike Group', 'Task Force 153']],
    ['Defence forces of the Khortytsia operational-strategic group repelled 40 attacks.', ['Khortytsia Operational-Strategic Group']],
    ['The Islamist Al-Bara bin Malik Brigade fought in Omdurman.', ['Al-Bara bin Malik Brigade']],
    ["Hamas's Khan Younis Brigade was dismantled, the IDF's 162nd Division said.", ['Khan Younis Brigade', '162nd Division']],
    ['The MNDAA captured the Northeastern Command; the Triangle Region Command was reinforced.', ['Myanmar National Democratic Alliance Army', 'Northeastern Command', 'Triangle Region Command']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('short later references are mentions of the same unit', () => {
  it('the 81st, the 47th Mechanized, the 81st Brigade', () => {
    const text =
      'The 81st Airmobile Brigade and the 47th Mechanized Brigade held. The 81st said it lost no positions, and the 47th Mechanized withdrew. Later the 81st Brigade pulled back.';
    const units = extractUnits(text);
    expect(units.map((u) => u.name)).toEqual(['81st Airmobile Brigade', '47th Mechanized Brigade']);
    expect(units[0].mentions.map((m) => m.text)).toEqual(['81st Airmobile Brigade', '81st', '81st Brigade']);
    expect(units[1].mentions.map((m) => m.text)).toEqual(['47th Mechanized Brigade', '47th Mechanized']);
  });
  it('a lexicon short name counts once the unit is named, and an acronym the text defines', () => {
    const text = 'The Rubicon Center of Advanced Unmanned Systems moved north. Rubicon can’t cover every axis. The Kachin Independence Army (KIA) took Bhamo; the KIA said so.';
    const units = extractUnits(text);
    expect(find(units, 'Rubicon Center of Advanced Unmanned Systems')!.mentions.map((m) => m.text)).toEqual([
      'Rubicon Center of Advanced Unmanned Systems',
      'Rubicon',
    ]);
    expect(find(units, 'Kachin Independence Army')!.mentions.map((m) => m.text)).toEqual(['Kachin Independence Army', 'KIA', 'KIA']);
  });
  it('a word ordinal and a numeric ordinal name the same unit', () => {
    const units = extractUnits("Ukraine's Third Assault Brigade is often called the 3rd Assault Brigade.");
    expect(units).toHaveLength(1);
    expect(units[0].mentions.map((m) => m.text)).toEqual(['Third Assault Brigade', '3rd Assault Brigade']);
  });
  it('a day of the month is not a back-reference', () => {
    const units = extractUnits('The 24th Mechanized Brigade held. On the 24th, the 24th repelled an assault.');
    expect(units[0].mentions.map((m) => m.start)).toEqual([4, 51]);
  });
  it('an acronym defined after a numbered unit names its type, not the unit', () => {
    const units = extractUnits('The 2nd Combined Arms Army (CAA) and the 41st CAA attacked; the RSF and the Rapid Support Forces (RSF) too.');
    expect(units.map((u) => [u.name, u.mentions.map((m) => m.text)])).toEqual([
      ['2nd Combined Arms Army', ['2nd Combined Arms Army']],
      ['41st Combined Arms Army', ['41st CAA']],
      ['Rapid Support Forces', ['RSF', 'Rapid Support Forces', 'RSF']],
    ]);
  });
  it('an acronym in square brackets, as think tanks write it', () => {
    const units = extractUnits('Elements of the 20th Motorized Rifle Division (8th Combined Arms Army [CAA]) and the 58th CAA advanced.');
    expect(units.map((u) => u.name)).toEqual(['20th Motorized Rifle Division', '8th Combined Arms Army', '58th Combined Arms Army']);
  });
  it('an ordinal that two units share is not attached to either', () => {
    const units = extractUnits('The 3rd Army Corps and the 3rd Separate Assault Brigade fought. The 3rd said nothing.');
    expect(units.map((u) => u.mentions.length)).toEqual([1, 1]);
  });
  it('an ordinal that no unit has is not a mention', () => {
    expect(extractUnits('The 81st Airmobile Brigade marked the 30th anniversary. The 12th said nothing.')[0].mentions).toHaveLength(1);
  });
});

describe('not units', () => {
  const cases: string[] = [
    'Ukrainian forces retreated as the Russian army advanced and North Korean troops arrived.',
    'Ukrainian brigades were rotated; the brigade commander declined to comment.',
    'Pasi Paroinen of the Finland-based Black Bird Group and the Institute for the Study of War said.',
    'The Russian Ministry of Defense claimed the Kremlin was pleased.',
    'Lockheed Martin and SpaceX supplied HIMARS launchers and S-400 decoys.',
    'The Israel Defense Forces and the Sudanese Armed Forces issued statements.',
    'The London Fire Brigade, the Salvation Army, the Peace Corps and the Red Army.',
    'Ships crossed the Sea of Azov; the Azov coast was calm.',
    'Caesar crossed the Rubicon, and Richard Wagner wrote operas.',
    "Putin's Army Chief Sacked In Shake-Up",
    'The Syrian Arab Army and the People’s Liberation Army held parades.',
    'Hamas, Hezbollah and the Houthis are sides, not units.',
    'A Separate Assault Brigade was formed from the Operational Tactical Group and the Army Corps.',
    'The Wild lead the Central Division; the West Division title is open. He carried a Swiss Army knife.',
  ];
  it.each(cases)('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('sides', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ["Ukraine's 47th Separate Mechanized Brigade withdrew.", '47th Separate Mechanized Brigade', 'ua'],
    ["Russia's 155th Naval Infantry Brigade attacked.", '155th Naval Infantry Brigade', 'ru'],
    ['Israeli troops of the Golani Brigade', 'Golani Brigade', 'il'],
    ['A large Russian force, perhaps from the 3rd Army Corps, attacked.', '3rd Army Corps', 'ru'],
    ['The Rapid Support Forces shelled the city.', 'Rapid Support Forces', 'rsf'],
    ['The 12th Brigade moved.', '12th Brigade', undefined],
  ];
  it.each(cases)('%s', (text, name, side) => {
    expect(find(extractUnits(text), name)?.side).toBe(side);
  });
});

// Fixtures of our own writing (other wars and styles) and, when present, the shared seeds.
const here = new URL('.', import.meta.url).pathname;
const FIXTURES = join(here, '../../fixtures/units');
const SEEDS = join(here, '../../../../shared/corpus/seeds');
const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[\u2019']/g, "'").replace(/^the\s+/, '').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();

function goldCheck(dir: string) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json') && !f.startsWith('links')) : [];
  return files.map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8');
    return { f, gold, text };
  });
}

for (const [label, dir] of [['fixtures', FIXTURES], ['seeds', SEEDS]] as const) {
  const docs = goldCheck(dir);
  describe.skipIf(docs.length === 0)(`gold units in ${label}`, () => {
    it.each(docs.map((d) => [d.f, d] as const))('%s: every gold unit found, nothing extra', (_f, d) => {
      const units = extractUnits(d.text);
      const texts = (u: UnitEntity) => [u.name, ...u.mentions.map((m) => m.text)].map(norm);
      const matches = (u: UnitEntity, g: { name: string; surfaces: string[] }) =>
        texts(u).some((t) => t === norm(g.name) || g.surfaces.some((s) => norm(s) === t));
      const missed = (d.gold.units ?? []).filter((g: { name: string; surfaces: string[] }) => !units.some((u) => matches(u, g)));
      const allowed = new Set((d.gold.allowed ?? []).map(norm));
      const extra = units.filter((u) => !d.gold.units.some((g: { name: string; surfaces: string[] }) => matches(u, g)) && !texts(u).some((t) => allowed.has(t)));
      expect(missed.map((g: { name: string }) => g.name)).toEqual([]);
      expect(extra.map((u) => u.name)).toEqual([]);
    });
  });
}

describe('robustness', () => {
  const vocab = fc.constantFrom(
    '81st', '3rd', 'Third', 'and', ',', ' ', 'the', 'Brigade', 'Brigades', 'brigade', 'Army', 'Corps', 'Group', 'of', 'Forces',
    'Mechanized', 'Operational', 'Tactical', 'Rubicon', 'Azov', 'Sea', 'Wagner', 'RSF', '(', ')', 'KIA', "'s", '’s', 'Unit', '8200',
    '\n', '.', 'Golani', 'al-Qassam', 'Izz', 'ad-Din', 'Light', 'Infantry', 'Division', '77', 'Ukraine', 'Russian', 'Task', 'Force',
  );
  const texty = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('İstanbul and the 81st Airmobile Brigade İ. The 81st said.'), fc.array(vocab, { maxLength: 60 }).map((a) => a.join(' ')), fc.array(vocab, { maxLength: 60 }).map((a) => a.join('')));

  it('never throws, every mention slices to its text, and results are deterministic', () => {
    fc.assert(
      fc.property(texty, (text) => {
        const a = extractUnits(text);
        for (const u of a) {
          expect(u.name.length).toBeGreaterThan(0);
          expect(u.mentions.length).toBeGreaterThan(0);
          for (const m of u.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
        expect(extractUnits(text)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on adversarial input (100,000 capitals, digits, ordinals, heads)', () => {
    const inputs = [
      'A'.repeat(100_000),
      '9'.repeat(100_000),
      'A '.repeat(50_000),
      '1st '.repeat(25_000),
      'Brigade '.repeat(12_500),
      '1st and '.repeat(12_500) + 'Brigades',
      'The 81st. '.repeat(10_000) + 'The 81st Brigade',
      ',' .repeat(100_000),
    ];
    for (const s of inputs) expect(Array.isArray(extractUnits(s))).toBe(true);
  });

  it('accepts empty and non-string input without throwing', () => {
    expect(extractUnits('')).toEqual([]);
    expect(extractUnits(undefined as unknown as string)).toEqual([]);
  });
});

describe('German copy', () => {
  it('an article at a sentence start does not name a formation; a numbered German unit does', () => {
    const text = 'Die 25. Luftlandebrigade meldete Angriffe. Die Armee habe Verluste verursacht. Der Armee fehlen Soldaten.';
    expect(names(text)).toEqual(['25. Luftlandebrigade']);
  });
});

describe('lexicon: allied forces of Sudan and Myanmar', () => {
  it('names the Sudan Shield Forces and the Border Guard Police with their sides', () => {
    const units = extractUnits('The army and the allied Sudan Shield Forces advanced. Soldiers of the junta’s Border Guard Police surrendered.');
    expect(units.map((u) => [u.name, u.side])).toEqual([
      ['Sudan Shield Forces', 'sd'],
      ['Border Guard Police', 'mm'],
    ]);
  });
});
