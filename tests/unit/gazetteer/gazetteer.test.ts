import { describe, expect, it } from 'vitest';
import { createGazetteer, foldWords, placeKey, type GazetteerData } from '../../../lib/gazetteer/index';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

describe('placeKey folds romanisations onto one key', () => {
  const same: [string, string][] = [
    ['Kupiansk', 'Kupjansk'],
    ['Kupiansk', 'Kupyansk'],
    ['Sudzha', 'Sudža'],
    ['Sudzha', 'Sudscha'],
    ['Kurakhove', 'Kurakhovo'],
    ['Svatove', 'Svatovo'],
    ['Siversk', 'Sivers’k'],
    ['Lyman', 'Liman'],
    ['Khan Younis', 'Khan Yunis'],
    ['El Fasher', 'Al-Fasher'],
    ['Raqqa', 'Ar Raqqah'],
    ['Chasiv Yar', 'Chasiv-Yar'],
    ['Sievierodonetsk', 'Severodonetsk'],
    ['Hulyaipole', 'Gulyaypole'],
    ['Odesa', 'Odessa'],
    ['Zaporizhzhia', 'Zaporizhia'],
  ];
  it.each(same)('%s ~ %s', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
  });

  const different: [string, string][] = [
    ['Kursk', 'Kyiv'],
    ['Sumy', 'Sudzha'],
    ['Gaza', 'Gao'],
    ['Donetsk', 'Luhansk'],
  ];
  it.each(different)('%s differs from %s', (a, b) => {
    expect(placeKey(a)).not.toBe(placeKey(b));
  });

  it('ignores case, diacritics and a leading article', () => {
    expect(placeKey('the Donbas')).toBe(placeKey('DONBAS'));
    expect(placeKey('Ménaka')).toBe(placeKey('Menaka'));
  });
});

describe('createGazetteer on a small hand-made asset', () => {
  const data: GazetteerData = {
    kinds: ['settlement', 'region', 'river', 'area', 'sector', 'country', 'feature'],
    admins: ['', 'Kursk Oblast'],
    rows: [
      ['t:1', 'Sudzha', 51.2, 35.27, 'RU', 0, 6000, 1, 0, 'Sudža', ''],
      ['t:2', 'Kursk Oblast', 51.5, 36.3, 'RU', 1, 0, 0, 0, 'Kursk', ''],
      ['t:3', 'Kursk', 51.73, 36.19, 'RU', 0, 400000, 1, 0, '', ''],
    ],
    givenNames: 'vladimir|mark',
  };
  const g = createGazetteer(data);

  it('computes keys when the asset has none (or a different key version)', () => {
    expect(g.size).toBe(3);
    expect(g.find('Sudscha').map((e) => e.name)).toEqual(['Sudzha']);
  });

  it('returns every reading of an ambiguous name, most populous first', () => {
    expect(g.find('Kursk').map((e) => e.name)).toEqual(['Kursk', 'Kursk Oblast']);
  });

  it('knows admin regions and given names', () => {
    expect(g.inAdmin('Kursk Oblast').map((i) => g.entry(i).name).sort()).toEqual(['Kursk', 'Sudzha']);
    expect(g.entry(0).admin).toBe('Kursk Oblast');
    expect(g.isGivenName('vladimir')).toBe(true);
    expect(g.isGivenName('sudzha')).toBe(false);
  });

  it('reads the same places from the tab-separated table form of the asset', () => {
    const table = (data.rows ?? []).map((r) => r.join('\t')).join('\n');
    const t = createGazetteer({ ...data, rows: undefined, table });
    expect(t.size).toBe(3);
    expect(t.find('Sudža').map((e) => [e.name, e.lat, e.admin])).toEqual([['Sudzha', 51.2, 'Kursk Oblast']]);
    expect(t.entry(1).kind).toBe('region');
  });

  it('looks a name up as written, the same as by its key, also when asked again', () => {
    for (const name of ['Sudscha', 'Sudža', 'Kursk', 'KURSK', 'Nowhere', 'K', '']) {
      const key = placeKey(name);
      const want = key.length < 2 ? undefined : g.lookup(key);
      expect(g.lookupName(name)).toEqual(want);
      expect(g.lookupName(name)).toEqual(want);
    }
    expect(g.lookupName('Sudscha')?.map((i) => g.entry(i).name)).toEqual(['Sudzha']);
  });

  it.each([
    // [written form, its fold]
    ['Sudža', 'sudza'],
    ['Kursk', 'kursk'],
    ['Al-Fashir', 'al fashir'],
    ["Donetsk People's Republic", 'donetsk peoples republic'],
    ['Nowhere', 'nowhere'],
    ['', ''],
  ])('gives the entries and the fold of %j from one lookup, also when asked again', (name, folded) => {
    for (let round = 0; round < 2; round++) {
      const form = g.lookupForm(name);
      expect(form.ids).toEqual(g.lookupName(name));
      expect(form.folded).toBe(folded);
      expect(form.folded).toBe(foldWords(name).join(' '));
    }
  });

  it('finds demonyms written in any case, and in lower case by the shortcut', () => {
    const d = createGazetteer({ ...data, demonyms: { UA: 'Ukrainian|Ukrainians', RU: 'russian' } });
    expect(d.demonymCountry('UKRAINIAN')).toBe('UA');
    expect(d.demonymCountry('Russian')).toBe('RU');
    expect(d.demonymOfLower('ukrainians')).toBe('UA');
    expect(d.demonymOfLower('russian')).toBe('RU');
    expect(d.demonymOfLower('kursk')).toBeUndefined();
  });

  describe("a form's remembered answers equal the index's own", () => {
    const d = createGazetteer({ ...data, demonyms: { UA: 'Ukrainian', RU: 'russian' }, multiFirst: 'kursk|sudza' });
    it.each([
      // [written form, demonym, starts a multi-word name]
      ['Kursk', undefined, true],
      ['KURSK', undefined, true],
      ['Sudža', undefined, true],
      ['Ukrainian', 'UA', false],
      ['RUSSIAN', 'RU', false],
      ['Nowhere', undefined, false],
    ] as Array<[string, string | undefined, boolean]>)('%s', (name, demonym, multi) => {
      for (let round = 0; round < 2; round++) {
        const form = d.lookupForm(name);
        expect(form.demonym).toBe(demonym);
        expect(form.demonym).toBe(d.demonymOfLower(name.toLowerCase()));
        expect(form.startsMulti).toBe(multi);
        expect(form.startsMulti).toBe(d.startsMultiWord(foldWords(name).join('')));
      }
    });
  });

  it('loads an empty or placeholder asset without throwing', () => {
    expect(createGazetteer({}).size).toBe(0);
    expect(createGazetteer({ v: 0 } as GazetteerData).find('Kyiv')).toEqual([]);
  });
});

describe('the built asset (public/gazetteer.json)', () => {
  const g = loadGazetteer();

  const cases: [string, string, string, number, number][] = [
    // spelling in text, canonical name, country, lat, lon
    ['Kupyansk', 'Kupiansk', 'UA', 49.71, 37.62],
    ['Artemovsk', 'Bakhmut', 'UA', 48.6, 38.0],
    ['Krasnoarmeysk', 'Pokrovsk', 'UA', 48.28, 37.18],
    ['Dzerzhinsk', 'Toretsk', 'UA', 48.4, 37.85],
    ['Avdeyevka', 'Avdiivka', 'UA', 48.14, 37.75],
    ['Nikolaev', 'Mykolaiv', 'UA', 46.97, 32.0],
    ['Zaporozhye', 'Zaporizhzhia', 'UA', 47.84, 35.14],
    ['Kharkov', 'Kharkiv', 'UA', 50.0, 36.23],
    ['Sudža', 'Sudzha', 'RU', 51.2, 35.27],
    ['Kursk Oblast', 'Kursk Oblast', 'RU', 51.5, 36.3],
    ['Al-Fashir', 'El Fasher', 'SD', 13.63, 25.35],
    ['Khan Yunis', 'Khan Younis', 'PS', 31.34, 34.3],
    ['Oskol River', 'Oskil River', 'UA', 49.6, 37.7],
    ['Litani River', 'Litani River', 'LB', 33.3, 35.4],
    ['Lashio', 'Lashio', 'MM', 22.94, 97.75],
  ];
  it.each(cases)('%s resolves to %s (%s)', (surface, name, cc, lat, lon) => {
    const hit = g.find(surface).find((e) => e.name === name);
    expect(hit, `${surface} -> ${name}`).toBeDefined();
    expect(hit!.country).toBe(cc);
    expect(Math.abs(hit!.lat - lat)).toBeLessThan(0.5);
    expect(Math.abs(hit!.lon - lon)).toBeLessThan(0.5);
  });

  it('gives settlements their first-level region', () => {
    expect(g.find('Sudzha')[0].admin).toBe('Kursk Oblast');
    expect(g.find('Kupiansk')[0].admin).toBe('Kharkiv Oblast');
  });

  it('gives every place finite coordinates and a two-letter country', () => {
    const bad: string[] = [];
    for (let i = 0; i < g.size; i++) {
      const e = g.entry(i);
      if (!/^[A-Z]{2}$/.test(e.country) || !Number.isFinite(e.lat) || !Number.isFinite(e.lon) || Math.abs(e.lat) > 90 || Math.abs(e.lon) > 180) bad.push(e.name);
    }
    expect(bad).toEqual([]);
  });

  it('covers the conflict zones with thousands of places', () => {
    expect(g.size).toBeGreaterThan(5000);
    for (const cc of ['UA', 'RU', 'SD', 'SY', 'MM', 'YE', 'PS', 'LB', 'ML', 'SO']) expect(g.regionsOf(cc).length, cc).toBeGreaterThan(0);
  });
});
