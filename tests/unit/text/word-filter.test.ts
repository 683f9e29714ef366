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
});
