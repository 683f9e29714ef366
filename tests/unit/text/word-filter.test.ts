import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordFilter, WordTable } from '../../../lib/text/word-filter';

describe('WordFilter', () => {
  it('never rejects a listed word and rejects most others', () => {
    const words = ['one', 'two', 'three', 'dozens', 'half', 'a', 'mach', 'zwölf'];
    const f = new WordFilter(words);
    for (const w of words) expect(f.mayHave(w)).toBe(true);
    const others = ['said', 'russian', 'military', 'and', 'of', 'brigade', 'kursk', 'offensive'];
    expect(others.filter((w) => f.mayHave(w))).toEqual([]);
    expect(f.mayHave('')).toBe(false);
  });

  it('tells apart words that share length and first and last letters', () => {
    const f = new WordFilter(['troops', 'tanks']);
    expect(f.mayHave('troops')).toBe(true);
    expect(f.mayHave('tapes')).toBe(false); // t…s of five letters like `tanks`, other second letters
    expect(f.mayHave('trips')).toBe(false);
  });

  it('never rejects a listed word, whatever the words (long, non-ASCII, one letter)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), { maxLength: 30 }), (words) => {
        const f = new WordFilter(words);
        for (const w of words) expect(f.mayHave(w)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('WordTable', () => {
  it('answers exactly the listed words, with their values', () => {
    const t = new WordTable<number>([['of', 1], ['troops', 2], ['ukraine', 3], ['zwölf', 4], ['’s', 5], ['', 6]]);
    expect(['of', 'troops', 'ukraine', 'zwölf', '’s', ''].map((w) => t.get(w))).toEqual([1, 2, 3, 4, 5, 6]);
    // near misses: other case, a letter more or less, the other apostrophe, a combining accent
    expect(['Of', 'troop', 'troopss', "'s", 'zwo\u0308lf', 'on', 'the'].map((w) => t.get(w))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('keeps the last value of a repeated word, as a Map does', () => {
    const t = new WordTable<string>([['war', 'a'], ['war', 'b']]);
    expect(t.get('war')).toBe('b');
  });

  it('agrees with a Map on any words and lookups (surrogate pairs, lone surrogates, long words)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer()), { maxLength: 60 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 30 }),
        (entries, probes) => {
          const t = new WordTable(entries);
          const m = new Map(entries);
          for (const [w] of entries) expect(t.get(w)).toBe(m.get(w));
          for (const w of probes) expect(t.get(w)).toBe(m.get(w));
        },
      ),
      { numRuns: 300 },
    );
  });
});
