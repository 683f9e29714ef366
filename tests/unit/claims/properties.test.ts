import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import type { PlaceEntity } from '../../../lib/model';

const WORDS = [
  'at least', 'nearly', 'about', 'over', 'up to', 'between', 'and', 'to', '-', '–', ',', '.', ' ', '\n', '$', '€', '%',
  '1,171', '7 905', '7.905', '1,6', '54.9', 'thousand', 'million', 'seven', 'twenty-one', 'a', 'half', 'of', 'tens',
  'thousands', 'troops', 'Russians', 'Ukrainian', 'soldiers', 'killed', 'wounded', 'square miles', 'km', 'Mach', '14',
  'S-400', '81st', 'April', '26', '2025', 'on Saturday', 'said', 'according', 'Gerasimov', 'the', 'ISW', '’s', 'claim',
  'monthlong', '800-mile', '60,000-strong', 'force', 'times', 'more', 'or', 'so', '+', 'No.', '6:00', 'p.m.',
];

const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), wordSoup);

describe('extractClaims properties', () => {
  it('never throws, offsets slice to the claim text, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom('2025-03-14', '2024-11-01', 'not a date')), (text, date) => {
        const a = extractClaims(text, { date: date ?? undefined });
        const b = extractClaims(text, { date: date ?? undefined });
        expect(b).toEqual(a);
        let last = -1;
        for (const c of a) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.end).toBeGreaterThan(c.start);
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeGreaterThanOrEqual(last);
          last = c.end;
          if (c.value !== null) expect(Number.isFinite(c.value)).toBe(true);
          if (c.low !== null && c.high !== null) expect(c.low).toBeLessThanOrEqual(c.high);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('tolerates places whose mentions point anywhere', () => {
    fc.assert(
      fc.property(wordSoup, fc.integer({ min: -50, max: 500 }), (text, at) => {
        const places: PlaceEntity[] = [{ name: 'Sudzha', lat: 51, lon: 35, country: 'RU', mentions: [{ text: 'x', start: at, end: at + 3 }] }];
        expect(() => extractClaims(text, { places })).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('adversarial input', () => {
  const n = 100_000;
  it.each([
    ['digits', '9'.repeat(n)],
    ['commas', ','.repeat(n)],
    ['comma groups', '1' + ',000'.repeat(n / 4)],
    ['spaced groups', '1' + ' 000'.repeat(n / 4)],
    ['capitals', 'A'.repeat(n)],
    ['capital words', 'Kursk '.repeat(n / 6)],
    ['claims in one long sentence', '5 tanks, '.repeat(n / 9)],
    ['dates', 'April 26, 2025 5 tanks '.repeat(n / 24)],
    ['hyphens and digits', '1-'.repeat(n / 2)],
    ['dots and digits', '1.'.repeat(n / 2)],
  ])('%s: finishes with valid offsets', (_name, text) => {
    const claims = extractClaims(text, { date: '2025-04-28' });
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads every claim in a long run of them', () => {
    const text = '5 tanks, '.repeat(1000);
    expect(extractClaims(text)).toHaveLength(1000);
  });
});
