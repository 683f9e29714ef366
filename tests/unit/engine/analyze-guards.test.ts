// The orchestrator's promises, independent of how good each extractor is: a failing extractor
// costs only its own kind of mark, nothing returned points outside the text, and numbers or
// place names inside a unit's name are not reported twice.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim, PlaceEntity, UnitEntity } from '../../../lib/model';
import type { Gazetteer } from '../../../lib/gazetteer/index';

const fake = vi.hoisted(() => ({
  units: (): UnitEntity[] => [],
  places: (): PlaceEntity[] => [],
  claims: (): Claim[] => [],
}));
vi.mock('../../../lib/extract/units', () => ({ extractUnits: () => fake.units() }));
vi.mock('../../../lib/extract/places', () => ({ extractPlaces: () => fake.places() }));
vi.mock('../../../lib/extract/claims', () => ({ extractClaims: () => fake.claims() }));

const { analyze } = await import('../../../lib/analyze');

const TEXT = 'The 81st Airmobile Brigade held Kupiansk; 159 Russians were killed near Luhansk.';
const at = (s: string) => ({ text: s, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const claim = (s: string): Claim => ({
  ...at(s),
  value: 1,
  low: 1,
  high: 1,
  approx: 'exact',
  unit: 'person',
  canonicalValue: 1,
  category: 'casualties',
});
const place = (name: string, mentions: { text: string; start: number; end: number }[]): PlaceEntity => ({
  name,
  lat: 49.7,
  lon: 37.6,
  country: 'UA',
  mentions,
});
const env = () => ({ gazetteer: {} as Gazetteer, onError: vi.fn() });

beforeEach(() => {
  fake.units = () => [{ name: '81st Airmobile Brigade', side: 'ua', mentions: [at('81st Airmobile Brigade')] }];
  fake.places = () => [place('Kupiansk', [at('Kupiansk')])];
  fake.claims = () => [claim('159 Russians')];
});

describe('analyze guards', () => {
  it('keeps places and claims when the units extractor throws, and says which stage failed', () => {
    fake.units = () => {
      throw new Error('boom');
    };
    const e = env();
    const a = analyze({ text: TEXT }, e);
    expect(a.units).toEqual([]);
    expect(a.places.map((p) => p.name)).toEqual(['Kupiansk']);
    expect(a.claims.map((c) => c.text)).toEqual(['159 Russians']);
    expect(e.onError).toHaveBeenCalledWith('units', expect.any(Error));
  });

  it('keeps units and places when the claims extractor throws', () => {
    fake.claims = () => {
      throw new RangeError('bad number');
    };
    const a = analyze({ text: TEXT }, env());
    expect(a.units).toHaveLength(1);
    expect(a.places).toHaveLength(1);
    expect(a.claims).toEqual([]);
  });

  it('drops mentions whose offsets do not slice to their text, and entities left without mentions', () => {
    fake.places = () => [
      place('Kupiansk', [at('Kupiansk'), { text: 'Kupiansk', start: 0, end: 8 }, { text: 'x', start: 500, end: 501 }]),
      place('Nowhere', [{ text: 'Nowhere', start: -3, end: 4 }]),
    ];
    fake.claims = () => [claim('159 Russians'), { ...claim('159 Russians'), start: 1 }];
    const a = analyze({ text: TEXT }, env());
    expect(a.places).toEqual([place('Kupiansk', [at('Kupiansk')])]);
    expect(a.claims).toHaveLength(1);
  });

  it('does not report a place or a number that is part of a unit name', () => {
    const text = 'The Luhansk Operational Tactical Group said the 81st held.';
    const m = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
    fake.units = () => [
      { name: 'Luhansk Operational Tactical Group', mentions: [m('Luhansk Operational Tactical Group')] },
      { name: '81st Airmobile Brigade', mentions: [m('81st')] },
    ];
    fake.places = () => [place('Luhansk Oblast', [m('Luhansk')])];
    fake.claims = () => [{ ...claim('81st'), ...m('81st') }];
    const a = analyze({ text }, env());
    expect(a.units).toHaveLength(2);
    expect(a.places).toEqual([]);
    expect(a.claims).toEqual([]);
  });

  it('returns claims in reading order', () => {
    fake.claims = () => [claim('159 Russians'), { ...claim('81st Airmobile'), start: 4, end: 18, text: TEXT.slice(4, 18) }];
    fake.units = () => [];
    const a = analyze({ text: TEXT }, env());
    expect(a.claims.map((c) => c.start)).toEqual([4, TEXT.indexOf('159')]);
  });
});
