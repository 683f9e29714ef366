// The claim scanner's walk reads one byte of flags per word (by length and first two letters)
// before it asks the date, weapon, trigger and side readers about the word. The table may let
// through words no reader wants, but it must never hide one a reader wants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WALK_FLAGS, walkHead, walkHeads, wordHead } from '../../../lib/extract/claims';
import { dateStartWords, dateWordFilter } from '../../../lib/extract/dates';
import { findWeapons } from '../../../lib/extract/weapons';
import { isNumberWord } from '../../../lib/text/numbers';
import { lowerOf, tokenize, TokKind } from '../../../lib/text/tokens';
import { lexicon } from '../../../lib/text/units';

const flagsOf = (word: string): number => walkHeads(lexicon())[walkHead(word, word.length)];

describe('walk table: which reader may want a word', () => {
  it.each([
    ['seven', WALK_FLAGS.trigger],
    ['twenty', WALK_FLAGS.trigger],
    ['a', WALK_FLAGS.trigger],
    ['an', WALK_FLAGS.trigger],
    ['half', WALK_FLAGS.trigger],
    ['thousands', WALK_FLAGS.trigger],
    ['yearlong', WALK_FLAGS.trigger],
    ['mach', WALK_FLAGS.trigger],
    ['zwölf', WALK_FLAGS.trigger],
    ['march', WALK_FLAGS.date],
    ['monday', WALK_FLAGS.date],
    ['yesterday', WALK_FLAGS.date],
    ['last', WALK_FLAGS.date],
    ['russian', WALK_FLAGS.sideCap],
    ['israeli', WALK_FLAGS.sideCap],
    ['hamas', WALK_FLAGS.sideLower],
    ['north', WALK_FLAGS.sideLower],
    ['shahed', WALK_FLAGS.weapon],
    ['shaheds', WALK_FLAGS.weapon],
    ['himars', WALK_FLAGS.weapon],
    ['s', WALK_FLAGS.weapon],
    ['kh', WALK_FLAGS.weapon],
    ['leopard', WALK_FLAGS.weapon],
    ['bayraktars', WALK_FLAGS.weapon],
  ])('%s is flagged for its reader', (word, flag) => {
    expect(flagsOf(word) & flag).toBe(flag);
  });

  it('flags every listed date word and number word, and every side word of the lexicon', () => {
    for (const w of dateStartWords()) expect(flagsOf(w) & WALK_FLAGS.date).toBe(WALK_FLAGS.date);
    for (const w of ['zero', 'one', 'nineteen', 'ninety', 'fünfzig']) {
      expect(isNumberWord(w) || w === 'fünfzig').toBe(true);
      expect(flagsOf(w) & WALK_FLAGS.trigger).toBe(WALK_FLAGS.trigger);
    }
    for (const w of lexicon().sides.keys()) expect(flagsOf(w) & WALK_FLAGS.sideCap).toBe(WALK_FLAGS.sideCap);
  });

  it('passes over most words of plain prose without a look at any reader', () => {
    const text = 'The village council said the road to the school was closed after heavy rain, and residents were asked to stay indoors while crews cleared fallen trees from the river bank.';
    const words = tokenize(text).filter((t) => t.k === TokKind.Word);
    const flagged = words.filter((t) => walkHeads(lexicon())[wordHead(text, t, true)] !== 0);
    expect(flagged.length).toBeLessThan(words.length / 4);
  });

  const PIECES = ['Shahed', 'SHAHED', 'Shaheds', 'S-400', 'S 400', 'Kh-101', 'HIMARS', 'Leopard 2', 'Iron Dome', 'Ärger', 'Éclair', 'İstanbul', 'Σ', 'ΣΑΣ', 'March', 'MONDAY', 'yesterday', 'Seven', 'TWENTY', 'a', 'An', 'Russian', 'RUSSIAN', 'hamas', 'North', 'the', 'said', 'x\u0301Kinzhal', 'ſ', ' ', '. ', '\n', '-'];
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(' ')),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join('')),
    fc.string({ maxLength: 80 }),
  );

  it('never hides a word from the reader that wants it, in any text', () => {
    const table = walkHeads(lexicon());
    const dates = dateWordFilter();
    const sides = lexicon().sides;
    fc.assert(
      fc.property(texts, (text) => {
        const toks = tokenize(text);
        const aligned = lowerOf(text).length === text.length;
        const weaponStarts = new Set(findWeapons(text).map((w) => w.start));
        for (const t of toks) {
          if (t.k !== TokKind.Word) continue;
          const f = table[wordHead(text, t, aligned)];
          expect(f).toBe(table[walkHead(t.l, t.l.length)]);
          if (dates.mayHave(t.l)) expect(f & WALK_FLAGS.date).toBe(WALK_FLAGS.date);
          if (isNumberWord(t.l)) expect(f & WALK_FLAGS.trigger).toBe(WALK_FLAGS.trigger);
          if (sides.has(t.l)) expect(f & WALK_FLAGS.sideCap).toBe(WALK_FLAGS.sideCap);
          if (t.cap && weaponStarts.has(t.s) && t.l.length === t.e - t.s) expect(f & WALK_FLAGS.weapon).toBe(WALK_FLAGS.weapon);
        }
      }),
      { numRuns: 400 },
    );
  });
});
