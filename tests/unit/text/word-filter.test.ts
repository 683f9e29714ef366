import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordFilter } from '../../../lib/text/word-filter';

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

  it('turns away a word that starts like one listed word and ends like another', () => {
    // `said` has the length and first two letters of `sank` and the last two of `raid`
    const f = new WordFilter(['sank', 'raid']);
    expect(f.mayHave('sank')).toBe(true);
    expect(f.mayHave('raid')).toBe(true);
    expect(f.mayHave('said')).toBe(false);
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
