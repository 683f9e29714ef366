// The units and places passes read their words from the one token array of an analysis
// (wordSpansOf) instead of scanning the characters again: the words must be exactly those the
// character scanner finds, on prose and on any string (marks, surrogates, joiners, digits).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans, wordSpansOf } from '../../../lib/text/scan';
import { alignedLower, tokenize, tokensFor, wideWords, TokKind } from '../../../lib/text/tokens';

const unitJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;
const placeJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 96 || c === 45 || c === 0x2011;

function check(text: string): void {
  const toks = tokenize(text);
  const wide = wideWords(toks);
  expect(wordSpansOf(text, toks, false, unitJoiner, wide)).toEqual(wordSpans(text, false, unitJoiner));
  expect(wordSpansOf(text, toks, true, placeJoiner, wide)).toEqual(wordSpans(text, true, placeJoiner));
  // the units pass scans the lower-cased text: its words line up with the original's tokens
  const lower = alignedLower(text);
  if (lower !== undefined) expect(wordSpansOf(text, toks, false, unitJoiner, wide)).toEqual(wordSpans(lower, false, unitJoiner));
  // the first token of each word, when reported, is the token the word starts at
  for (const [marks, joiner] of [[false, unitJoiner], [true, placeJoiner]] as const) {
    const firstTok: number[] = [];
    const spans = wordSpansOf(text, toks, marks, joiner, wide, firstTok);
    expect(firstTok.length).toBe(spans.length / 2);
    firstTok.forEach((ti, k) => {
      if (ti >= 0) expect(toks[ti].s).toBe(spans[2 * k]);
    });
  }
}

describe('wordSpansOf', () => {
  it.each([
    'the 81st Airmobile Brigade’s drones',
    'U.S. troops near al-Qassam, 1,171 km²',
    'Sudža, Kupʼjansk and Дніпро; Suda\u0308x ×3 ÷ 4² 𝐀b 𝟎7',
    'end-- -start `q` Ras`Tanura x\u2011y İstanbul ΣΟΦΊΑ ℓ Ⅻ ٣٤',
    'a\u0301\u0301b c\u0308-d e-\u0301f',
  ])('%s', (text) => check(text));

  it('names the token each word of plain prose starts at', () => {
    const text = 'the 81st Airmobile Brigade’s drones near al-Qassam, 1,171 km';
    const toks = tokenize(text);
    const firstTok: number[] = [];
    const spans = wordSpansOf(text, toks, false, unitJoiner, wideWords(toks), firstTok);
    expect(firstTok.every((ti) => ti >= 0)).toBe(true);
    expect(firstTok.map((ti, k) => text.slice(toks[ti].s, spans[2 * k + 1]))).toEqual(['the', '81st', 'Airmobile', 'Brigade’s', 'drones', 'near', 'al-Qassam', '1', '171', 'km']);
  });

  it('names the token each word of the places pass starts at (joined by apostrophes and hyphens)', () => {
    const text = 'Shelling near Kupʼjansk and al-Hol, Kyiv’s suburbs, the Chasiv Yar-Kostiantynivka road';
    const toks = tokenize(text);
    const firstTok: number[] = [];
    const spans = wordSpansOf(text, toks, true, placeJoiner, wideWords(toks), firstTok);
    expect(firstTok.every((ti) => ti >= 0)).toBe(true);
    expect(firstTok.map((ti, k) => text.slice(toks[ti].s, spans[2 * k + 1]))).toEqual(['Shelling', 'near', 'Kupʼjansk', 'and', 'al-Hol', 'Kyiv’s', 'suburbs', 'the', 'Chasiv', 'Yar-Kostiantynivka', 'road']);
  });

  it('equals the character scanner on any string', () => {
    const alphabet = fc.constantFrom(
      'a', 'Z', '7', ' ', '.', '-', "'", '’', '`', 'ʼ', '\u2011', 'é', 'Д', '\u0301', '²', '—', '𝐀', '𝟎', '\ud835', '\udc00',
      '\u00d7', ',', '\n', 'İ', 'ℓ', 'Ⅻ', '٣', '\u00a0', '\t', 'ß', 'ǅ', 'ª',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => check(text)),
      { numRuns: 3000 },
    );
  });

  it('equals the character scanner on arbitrary UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => check(text)),
      { numRuns: 800 },
    );
  });
});

describe('tokensFor', () => {
  it('returns one token array per text, the same as tokenize', () => {
    const a = 'Russian forces shelled Kherson, 12 people were hurt.';
    const first = tokensFor(a);
    expect(tokensFor(a)).toBe(first);
    expect(first.map((t) => [t.s, t.e, t.k, t.t, t.l, t.cap])).toEqual(tokenize(a).map((t) => [t.s, t.e, t.k, t.t, t.l, t.cap]));
    const b = `${a} Again.`;
    expect(tokensFor(b)).not.toBe(first);
    expect(tokensFor(b).filter((t) => t.k === TokKind.Word).map((t) => t.t).slice(-1)).toEqual(['Again']);
  });
});
