// The claim scanner reads sentences and weapon names by visiting only the tokens they can start at
// (found in the text); without the text the same readers walk every token. Both ways must find
// exactly the same things, on prose and on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/text/sentences';
import { tokenize } from '../../../lib/text/tokens';
import { findDates } from '../../../lib/extract/dates';

const PIECES = [
  ' ', '  ', '\n', '\n\n', '\r\n', '\u2028', '.', '!', '?', '…', '"', '”', '’', ')', "'", '(', '“', ',', '-', '–', '/',
  'U.S.', 'Feb.', 'No.', 'Dr.', 'e.g.', 'a.', 'Then', 'the', 'Kyiv', 'said', '2.5', '3', '26', '2025', '24.02.2022',
  '2022-02-24', '2/24/2022', 'April', 'MARCH', 'march', 'May', 'may', 'Sept', 'Monday', 'monday', 'last', 'Last', 'this',
  'next month', 'past year', 'this week', 'yesterday', 'Today', 'tonight', 'mid-', 'early', 'since', 'from', 'of', 'th',
  'Mayor', 'thistle', 'Décembre', 'x\u0301', 'ſ', 'K', 'İ', 'Σ', 'Juneau', '5March', 'Jan', 'jAN',
];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((ps) => ps.join(fc.sample(fc.constantFrom('', ' '), 1)[0]));
const anyText = fc.oneof(prose, fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((ps) => ps.join('')), fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }));

describe('sparse scans agree with the full walk', () => {
  it('segment(toks, text) equals segment(toks)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const toks = tokenize(text);
        const sparse = segment(toks, text);
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

  it('reads sentences and paragraphs the same way on a news paragraph', () => {
    const text = 'U.S. officials met on Feb. 25 and lost 2.5 km. Then Kyiv said no.\n\n"We held," he said. On Monday, 26 April 2025, it rained.';
    const toks = tokenize(text);
    const seg = segment(toks, text);
    const at = (w: string): number => toks.findIndex((t) => t.t === w);
    expect(seg.sentenceOf(at('officials'))).toBe(seg.sentenceOf(at('lost')));
    expect(seg.sentenceOf(at('Then'))).toBe(seg.sentenceOf(at('lost')) + 1);
    expect(seg.paragraphOf(at('We'))).toBe(1);
    expect(seg.sentenceOf(at('Monday'))).toBe(seg.sentenceOf(at('he')) + 1);
    expect(findDates(toks, '2025-05-01').map((d) => d.when)).toEqual(['2025-02-25', '2025-04-28', '2025-04-26']);
  });
});
