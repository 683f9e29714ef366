// German days of the month (`13. Juni 2024`, `seit dem 19. November`) are dates, not sentence
// ends; a date a count runs from (`since`, `between ... and`, `since the start of the war in`)
// is no period of the count; a plain-text article's dateline gives its publication date.
// Texts are our own.
import { describe, expect, it } from 'vitest';
import { datelineDate, findDates } from '../../../lib/extract/dates';
import { segment } from '../../../lib/text/sentences';
import { tokenize } from '../../../lib/text/tokens';

const sentences = (text: string): string[] => {
  const toks = tokenize(text);
  const s = segment(toks).sentenceStart;
  return s.filter((k) => k < toks.length).map((k, i) => text.slice(toks[k].s, i + 1 < s.length && s[i + 1] < toks.length ? toks[s[i + 1]].s : text.length).trim());
};

describe('German days of the month', () => {
  it.each([
    ['Die Miliz hat seit dem 19. November mehr als 70 Angriffe verübt.', 1],
    ['DUBAI, 13. Juni 2024 — Die Miliz griff an.', 1],
    ['Am 3. August 2024 griff die Miliz an.', 1],
    // an English count before a month that opens the next sentence still ends the sentence
    ['The toll rose to 45. November was the deadliest month.', 2],
  ])('%s has %i sentence(s)', (text, n) => expect(sentences(text)).toHaveLength(n));

  it.each([
    ['DUBAI, 13. Juni 2024 — Text', undefined, '2024-06-13', false],
    ['seit dem 19. November', '2024-06-13', '2023-11-19', true],
    ['seit Mitte März', '2024-06-13', '2024-03', true],
    ['between November 19 and', '2024-01-12', '2023-11-19', true],
    // the date of the event a count runs from
    ['since the start of the full-scale invasion in February 2022', undefined, '2022-02', true],
    ['since the insurgency began in October 2017', undefined, '2017-10', true],
    ['seit Beginn der Invasion im Februar 2022', undefined, '2022-02', true],
    ['Russia lost 40 tanks in March 2024', undefined, '2024-03', false],
    ['since the start of the year, 40 tanks were lost in March 2024', undefined, '2024-03', false],
  ])('%s → %s', (text, date, when, since) => {
    const d = findDates(tokenize(text), date).find((x) => !x.bareYear);
    expect([d?.when, d?.since]).toEqual([when, since]);
  });
});

describe('a dateline gives the publication date', () => {
  it.each([
    ['Title\n\nADEN, January 12, 2024 (Harbor Wire) — Jets struck.', '2024-01-12'],
    ['Title\nMarch 7, 2024 — Three crew members were killed.', '2024-03-07'],
    ['Title\n\nDUBAI, 13. Juni 2024 — Die Miliz.', '2024-06-13'],
    ['Title\n\nKyiv, Ukraine, 5 March 2025 — Text.', '2025-03-05'],
    ['Title\n12 August 2024 — KYIV, text', '2024-08-12'],
    ['Title\n2025-03-13\n', '2025-03-13'],
    // no dateline: a date inside a sentence, a month without a day, a date after the first line
    ['Title\n\nOn 12 August 2024 troops crossed.', undefined],
    ['Title\n\nOn Friday, March 7, 2024 — Text', undefined],
    ['Title\n\nMarch 2024 — Text', undefined],
    ['Title\n\nThis article is republished.\n\nADEN, January 12, 2024 — Text', undefined],
  ])('%j → %s', (text, date) => expect(datelineDate(text)).toBe(date));
});
