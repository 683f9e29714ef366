import { describe, expect, it } from 'vitest';
import { intervalFor, hedgeBefore, hedgeBeforeTokens } from '../../../lib/text/hedges';
import { detectConvention, scanNumbers } from '../../../lib/text/numbers';
import { segment } from '../../../lib/text/sentences';
import { tokenize, TokKind } from '../../../lib/text/tokens';
import { singular } from '../../../lib/text/units';

const nums = (text: string): Array<[string, number]> =>
  scanNumbers(text, tokenize(text)).map((n) => [text.slice(n.start, n.end), n.value]);

describe('scanNumbers', () => {
  const rows: Array<[string, Array<[string, number]>]> = [
    ['It lost 1,171 square kilometres.', [['1,171', 1171]]],
    ['The enemy lost 7 905 servicemen and 20 842 drones.', [['7 905', 7905], ['20 842', 20842]]],
    ['Population: 1 414 021 100 people.', [['1 414 021 100', 1414021100]]],
    ['Narrow\u202fno-break: 40\u202f000 troops.', [['40\u202f000', 40000]]],
    ['Losses reached 54.9 thousand.', [['54.9 thousand', 54900]]],
    ['It costs $500 million and €2bn.', [['500 million', 500000000], ['2bn', 2000000000]]],
    ['seven months and twenty-one days', [['seven', 7], ['twenty-one', 21]]],
    ['one hundred and six soldiers', [['one hundred and six', 106]]],
    ['a thousand drones', [['a thousand', 1000]]],
    ['three dozen shells', [['three dozen', 36]]],
    ['about 2.1 thousand units', [['2.1 thousand', 2100]]],
    ['Der Feind verlor 7.905 Soldaten und 1,6 Prozent.', [['7.905', 7905], ['1,6', 1.6]]],
    ['In English 2.5 km and 1,250 troops.', [['2.5', 2.5], ['1,250', 1250]]],
    ['Dotted groups 1.234.567 read as a single number.', [['1.234.567', 1234567]]],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(nums(text)).toEqual(want);
  });

  it('leaves codes glued to letters alone', () => {
    expect(nums('MH17 and 48N6E3')).toEqual([]);
  });
});

describe('detectConvention', () => {
  const rows: Array<[string, boolean]> = [
    ['Die Quote lag bei 1,6 Prozent, der Feind verlor 7.905 Soldaten.', true],
    ['Insgesamt 1.234.567 Einwohner.', true],
    ['It lost 1,171 km2 and 2.5 per cent; 1,234,567 people.', false],
    ['Exercises 22,24,26,31.', false],
    ['No numbers here.', false],
  ];
  it.each(rows)('%s → decimal comma %s', (text, german) => {
    expect(detectConvention(tokenize(text)).decimalComma).toBe(german);
  });
});

describe('hedges', () => {
  const rows: Array<[string, string | null]> = [
    ['at least', 'atLeast'],
    ['killed more than', 'over'],
    ['as few as', 'atLeast'],
    ['up to', 'atMost'],
    ['approximately', 'about'],
    ['nearly', 'nearly'],
    ['fewer than', 'under'],
    ['the', null],
  ];
  it.each(rows)('%s → %s', (phrase, approx) => {
    const h = hedgeBefore(phrase.split(' '));
    expect(h?.hedge.approx ?? null).toBe(approx);
    // the same read over the tokens before a number (nearest first), as the claim scanner does
    const toks = tokenize(`${phrase} 40`);
    const idx = toks.map((t, i) => (t.k === TokKind.Word ? i : -1)).filter((i) => i >= 0).reverse();
    const ht = hedgeBeforeTokens(toks, idx, idx.length);
    expect(ht?.hedge.approx ?? null).toBe(approx);
    expect(ht?.n).toBe(h?.n);
  });
  it('turns hedges into the guide intervals', () => {
    expect(intervalFor('nearly', 500)).toEqual({ low: 450, high: 500 });
    expect(intervalFor('about', 30)).toEqual({ low: 27, high: 33 });
    expect(intervalFor('atLeast', 41)).toEqual({ low: 41, high: 61.5 });
    expect(intervalFor('atMost', 400)).toEqual({ low: 0, high: 400 });
    expect(intervalFor('over', 78000)).toEqual({ low: 78000, high: 97500 });
    expect(intervalFor('exact', 7)).toEqual({ low: 7, high: 7 });
  });
});

describe('sentences', () => {
  it('does not split at U.S., Feb. or decimals, and splits at line breaks', () => {
    const text = 'U.S. officials met on Feb. 25 and lost 2.5 km. Then Kyiv said no.\nNew paragraph here.';
    const toks = tokenize(text);
    const seg = segment(toks);
    const sentenceOf = (word: string): number => seg.sentenceOf(toks.findIndex((t) => t.t === word));
    expect(sentenceOf('officials')).toBe(sentenceOf('lost'));
    expect(sentenceOf('Then')).toBe(sentenceOf('lost') + 1);
    expect(seg.paragraphOf(toks.findIndex((t) => t.t === 'paragraph'))).toBe(1);
  });
});

describe('singular', () => {
  it.each([
    ['batteries', 'battery'],
    ['trucks', 'truck'],
    ['launches', 'launch'],
    ['aircraft', 'aircraft'],
    ['bus', 'bus'],
    ['sorties', 'sortie'],
    ['buses', 'bus'],
    ['villages', 'village'],
    ['ambushes', 'ambush'],
  ])('%s → %s', (w, s) => expect(singular(w)).toBe(s));
});

describe('adversarial input stays linear and sane', () => {
  const big = 100_000;
  it.each([
    ['digits', '9'.repeat(big)],
    ['comma groups', '1' + ',000'.repeat(big / 4)],
    ['spaces and digits', '1 000 '.repeat(big / 6)],
    ['dots', '1.'.repeat(big / 2)],
    ['hyphens', '1-'.repeat(big / 2)],
  ])('%s', (_name, text) => {
    const out = scanNumbers(text, tokenize(text));
    for (const n of out) {
      expect(n.end).toBeLessThanOrEqual(text.length);
      expect(Number.isFinite(n.value)).toBe(true);
    }
  });
});
