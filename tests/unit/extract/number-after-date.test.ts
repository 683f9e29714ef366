// A count right after a date's month (`seit dem 30. April 120 Angriffe`, `in April 120 attacks`)
// is a claim: a month is no name prefix (`Route 66`); the date's own day and ordinals
// (`3. Sturmbrigade`) stay no claims. Texts are our own.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const claimTexts = (text: string, date?: string): string[] => extractClaims(text, { date }).map((c) => c.text);

describe('a count after a date', () => {
  // [text, claims expected]
  const rows: Array<[string, string[]]> = [
    ['Die Miliz hat seit dem 30. April 120 Angriffe auf Schiffe verübt.', ['120 Angriffe']],
    ['Seit dem 2. März 45 Drohnen abgeschossen, meldete die Armee.', ['45 Drohnen']],
    ['Am 14. Juli 2024 12 Soldaten verwundet.', ['12 Soldaten']],
    ['Seit April 300 Raketen auf die Stadt.', ['300 Raketen']],
    ['In April 120 attacks were recorded across the front.', ['120 attacks']],
    // the day of the month and an ordinal name are no claims
    ['Die 3. Sturmbrigade meldete am 30. April den Angriff.', []],
    ['Am 30. April griff die Miliz an.', []],
    // a capitalised name before a number is still a name
    ['The convoy drove along Route 66 to the port.', []],
  ];
  it.each(rows)('%s', (text, want) => expect(claimTexts(text, '2024-05-02')).toEqual(want));
});
