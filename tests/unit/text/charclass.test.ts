// The character-class table must answer exactly what the Unicode property escapes answer, for
// every BMP code unit outside the surrogates, and the word scanner and the tokenizer built on it
// must split text with characters from all over the BMP as the regular expressions do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CC_LETTER_MARK, CC_WORD, CC_WORD_MARK, charClass, isSurrogate } from '../../../lib/text/charclass';
import { wordSpans } from '../../../lib/text/scan';
import { tokenize, TokKind } from '../../../lib/text/tokens';

const LM = /^[\p{L}\p{M}]$/u;
const LN = /^[\p{L}\p{N}]$/u;
const LMN = /^[\p{L}\p{M}\p{N}]$/u;

describe('charClass', () => {
  it('agrees with the property escapes on every BMP code unit but the surrogates', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isSurrogate(c)) continue;
      const s = String.fromCharCode(c);
      const v = charClass(c);
      if (((v & CC_LETTER_MARK) !== 0) !== LM.test(s) || ((v & CC_WORD) !== 0) !== LN.test(s) || ((v & CC_WORD_MARK) !== 0) !== LMN.test(s))
        wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  const cases: Array<[string, number, number, number]> = [
    // character, letter or mark, letter or digit, letter, mark or digit
    ['é', 1, 1, 1],
    ['Д', 1, 1, 1],
    ['\u0301', 1, 0, 1], // combining acute
    ['²', 0, 1, 1],
    ['٣', 0, 1, 1], // Arabic-Indic three
    ['ك', 1, 1, 1],
    ['—', 0, 0, 0],
    ['\u00a0', 0, 0, 0],
    ['€', 0, 0, 0],
    ['中', 1, 1, 1],
  ];
  it.each(cases)('%s', (ch, lm, ln, lmn) => {
    const v = charClass(ch.charCodeAt(0));
    expect([(v & CC_LETTER_MARK) !== 0, (v & CC_WORD) !== 0, (v & CC_WORD_MARK) !== 0]).toEqual([!!lm, !!ln, !!lmn]);
  });
});

const WORD_RE = /[\p{L}\p{N}]+/gu;
const LETTERS_RE = /[\p{L}\p{M}]+/gu;

describe('scanner and tokenizer over characters from the whole BMP', () => {
  // any code unit but the surrogates (those are covered by the scanner's own property tests)
  const unit = fc.integer({ min: 0, max: 0xffff }).filter((c) => !isSurrogate(c)).map((c) => String.fromCharCode(c));
  const text = fc.array(fc.oneof(unit, fc.constantFrom('a', ' ', 'Z')), { maxLength: 40 }).map((a) => a.join(''));
  it('word spans equal the regular expression', () => {
    fc.assert(
      fc.property(text, (t) => {
        const re = [...t.matchAll(WORD_RE)].flatMap((m) => [m.index, m.index + m[0].length]);
        expect(wordSpans(t, false, () => false)).toEqual(re);
      }),
      { numRuns: 1500 },
    );
  });
  it('word tokens are the runs of letters and marks', () => {
    fc.assert(
      fc.property(text, (t) => {
        const words = tokenize(t).filter((k) => k.k === TokKind.Word).map((k) => k.t);
        expect(words).toEqual([...t.matchAll(LETTERS_RE)].map((m) => m[0]));
      }),
      { numRuns: 1500 },
    );
  });
});
