// The claim scanner makes one walk over its tokens and feeds the sentence and date readers only
// the tokens each can act on (punctuation and line breaks; words and digits). They must find
// exactly what a walk offering them every token finds, on prose and on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, SegmentBuilder } from '../../../lib/text/sentences';
import { tokenize, TokKind } from '../../../lib/text/tokens';
import { dateReader, dateWordFilter, findDates, lowerDateWordLength } from '../../../lib/extract/dates';
import { findWeapons, WeaponReader } from '../../../lib/extract/weapons';
import { wideWords } from '../../../lib/text/tokens';

const PIECES = [
  ' ', '  ', '\n', '\n\n', '\r\n', '\u2028', '.', '!', '?', '…', '"', '”', '’', ')', "'", '(', '“', ',', '-', '–', '/',
  'U.S.', 'Feb.', 'No.', 'Dr.', 'e.g.', 'a.', 'Then', 'the', 'Kyiv', 'said', '2.5', '3', '26', '2025', '24.02.2022',
  '2022-02-24', '2/24/2022', 'April', 'MARCH', 'march', 'May', 'may', 'Sept', 'Monday', 'monday', 'last', 'Last', 'this',
  'next month', 'past year', 'this week', 'yesterday', 'Today', 'tonight', 'mid-', 'early', 'since', 'from', 'of', 'th',
  'S-400', 'S 400', 'S400', 'S-4000', 'U.S.', 'Shahed', 'Shaheds', 'Shahed-136', 'Lancet', 'Lancet drone', 'M1 Abrams',
  'Abrams tanks', 'Leopard 2A6', 'PzH 2000', 'Patriotic', 'Strykers', 'HIMARS', 'himars', 'Su-34', '_Kalibr', 'é',
  'Kh-101', 'Iron Dome', 'David’s Sling', 'F-16', 'F-16s', '-Tor-M2', 'x\u0301Kinzhal', 'TB2', 'Bayraktar', 'Mayor', 'thistle', 'Décembre', 'x\u0301', 'ſ', 'K', 'İ', 'Σ', 'Juneau', '5March', 'Jan', 'jAN',
];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((ps) => ps.join(fc.sample(fc.constantFrom('', ' '), 1)[0]));
const anyText = fc.oneof(prose, fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((ps) => ps.join('')), fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }));

describe('sparse scans agree with the full walk', () => {
  it('sentences from the punctuation and line breaks alone equal those of a walk over every token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const toks = tokenize(text);
        const b = new SegmentBuilder(toks);
        toks.forEach((t, i) => {
          if (t.k === TokKind.Punct || t.k === TokKind.Break) b.visit(i);
        });
        const sparse = b.done();
        const full = segment(toks);
        expect(sparse.sentenceStart).toEqual(full.sentenceStart);
        expect(sparse.paragraphStart).toEqual(full.paragraphStart);
        for (let k = -1; k <= toks.length; k++) {
          expect(sparse.sentenceOf(k)).toBe(full.sentenceOf(k));
          expect(sparse.paragraphOf(k)).toBe(full.paragraphOf(k));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('dates from the digits and the words that pass the date filters equal those of a walk over every token', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, '2025-03-14'), (text, date) => {
        const toks = tokenize(text);
        const r = dateReader(toks, date);
        const words = dateWordFilter();
        toks.forEach((t, i) => {
          if ((t.k === TokKind.Word && (t.cap || lowerDateWordLength(t.e - t.s)) && words.mayHave(t.l)) || t.k === TokKind.Digits) r.offer(i);
        });
        expect(r.dates).toEqual(findDates(toks, date));
      }),
      { numRuns: 400 },
    );
  });

  it('weapon names from the capitalised words alone equal those of one pattern pass over the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const toks = tokenize(text);
        const r = new WeaponReader(text, toks);
        toks.forEach((t, i) => {
          if (t.k === TokKind.Word && t.cap) r.offer(i);
        });
        expect(r.done(wideWords(toks))).toEqual(findWeapons(text));
      }),
      { numRuns: 600 },
    );
  });

  it('reads sentences and paragraphs the same way on a news paragraph', () => {
    const text = 'U.S. officials met on Feb. 25 and lost 2.5 km. Then Kyiv said no.\n\n"We held," he said. On Monday, 26 April 2025, it rained.';
    const toks = tokenize(text);
    const seg = segment(toks);
    const at = (w: string): number => toks.findIndex((t) => t.t === w);
    expect(seg.sentenceOf(at('officials'))).toBe(seg.sentenceOf(at('lost')));
    expect(seg.sentenceOf(at('Then'))).toBe(seg.sentenceOf(at('lost')) + 1);
    expect(seg.paragraphOf(at('We'))).toBe(1);
    expect(seg.sentenceOf(at('Monday'))).toBe(seg.sentenceOf(at('he')) + 1);
    expect(findDates(toks, '2025-05-01').map((d) => d.when)).toEqual(['2025-02-25', '2025-04-28', '2025-04-26']);
  });
});
