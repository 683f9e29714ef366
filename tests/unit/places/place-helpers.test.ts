import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPlaces, LetterSketch, OffsetSet, tokenAt } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { tokenize } from '../../../lib/text/tokens';

describe('tokenAt finds the shared token starting at an offset', () => {
  const text = 'Russian forces shelled Kupiansk, Kharkiv Oblast, on 3 May.';
  const toks = tokenize(text);
  const startOf = (word: string): number => text.indexOf(word);
  const cases: [string, number, number | 'none'][] = [
    // [what, offset, from]: the answer is the token whose start is the offset, whatever the start of the search
    ['the first token', 0, 0],
    ['a word far after the cursor', startOf('Oblast'), 0],
    ['a word far before the cursor', startOf('forces'), toks.length - 1],
    ['a word next to the cursor', startOf('Kharkiv'), 7],
    ['the last token', text.length - 1, 3],
    ['a cursor past the end', startOf('May'), toks.length + 5],
  ];
  it.each(cases)('%s', (_what, at, from) => {
    const i = tokenAt(toks, at, from === 'none' ? undefined : from);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(toks[i].s).toBe(at);
  });

  it('is -1 inside a token, past the text and for no tokens', () => {
    expect(tokenAt(toks, startOf('Kupiansk') + 2, 0)).toBe(-1);
    expect(tokenAt(toks, startOf('Kupiansk') + 2, toks.length - 1)).toBe(-1);
    expect(tokenAt(toks, text.length + 3, 2)).toBe(-1);
    expect(tokenAt([], 0, 0)).toBe(-1);
  });

  it('agrees with a linear search for any offset and cursor', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 60 }), fc.nat(400), fc.nat(80), (gaps, at, from) => {
        const base: { s: number }[] = [];
        let s = 0;
        for (const gap of gaps) base.push({ s: (s += gap) });
        const want = base.findIndex((t) => t.s === at);
        expect(tokenAt(base, at, from)).toBe(want);
      }),
    );
  });
});

describe('OffsetSet', () => {
  const cases: [string, number[], number[], number[], number[]][] = [
    // [what, given, added, members, not members]
    ['offsets in order', [3, 9, 27], [], [3, 9, 27], [0, 4, 28, -1]],
    ['offsets out of order', [27, 3, 9, 9], [], [3, 9, 27], [10, 26]],
    ['offsets added later', [5], [40, 2], [2, 5, 40], [3, 41]],
    ['no offsets', [], [], [], [0, 1]],
  ];
  it.each(cases)('%s', (_what, given, added, members, others) => {
    const set = new OffsetSet(given);
    for (const o of added) set.add(o);
    for (const o of members) expect(set.has(o)).toBe(true);
    for (const o of others) expect(set.has(o)).toBe(false);
  });

  it('does not reorder the array it was given', () => {
    const given = [8, 1, 4];
    new OffsetSet(given);
    expect(given).toEqual([8, 1, 4]);
  });
});

describe('LetterSketch', () => {
  const cases: [string, string[], string[], string[]][] = [
    // [what, added, found, not found]
    ['words added', ['kursk', 'front', 'a'], ['kursk', 'front', 'a'], []],
    ['another length, first, second or last letter', ['kursk'], [], ['kurs', 'kurskk', 'hursk', 'kArsk', 'kursa', '']],
    ['nothing added', [], [], ['kursk', 'x']],
  ];
  it.each(cases)('%s', (_what, added, found, missing) => {
    const sketch = new LetterSketch();
    for (const w of added) sketch.add(w, 0, w.length);
    for (const w of found) expect(sketch.has(w, 0, w.length)).toBe(true);
    for (const w of missing) if (w) expect(sketch.has(w, 0, w.length)).toBe(false);
  });

  it('reads a word inside a longer string by its offsets', () => {
    const sketch = new LetterSketch();
    const text = 'troops near the front line';
    sketch.add(text, text.indexOf('front'), text.indexOf('front') + 5);
    expect(sketch.has('front', 0, 5)).toBe(true);
    expect(sketch.has(text, text.indexOf('troops'), text.indexOf('troops') + 6)).toBe(false);
  });
});

describe('the lowercase-word test of the place pass', () => {
  // a capitalised name also written in lower case in the same text is a common word there
  const g = loadGazetteer();
  const filler = 'Officials in Kyiv and Kharkiv said shelling continued near Lviv, Odesa, Dnipro, Sumy, Poltava, Chernihiv and Zhytomyr. ';
  it.each([
    ['a lower-case twin far from the name', `${filler.repeat(3)}Troops reached Druzhba on Monday. The word druzhba means friendship.`, false],
    ['no lower-case twin', `${filler.repeat(3)}Troops reached Druzhba on Monday. The word means friendship.`, true],
  ])('%s', (_what, text, found) => {
    expect(extractPlaces(text, g).some((p) => p.mentions.some((m) => m.text === 'Druzhba'))).toBe(found);
  });
});
