// A four-digit figure is a year of a past war only when it reads as a year: `1770 Russian soldiers`
// counts soldiers (and must not appear in the "history of past wars" reason), `in 1944` is a year.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const historyReason = (text: string): string => detectWarCoverage(text).reasons.find((r) => r.includes('history of past wars')) ?? '';

describe('four-digit figures: counts or years', () => {
  const rows: Array<[string, string, boolean]> = [
    ['Officials said 1770 Russian soldiers were killed near Pokrovsk this week.', '1770', false],
    ['The air force said 1592 drones were shot down over the region overnight.', '1592', false],
    ['Medics counted 1623 civilians wounded since the offensive began.', '1623', false],
    ['In 1944 Soviet troops took the city after a long siege.', '1944', true],
    ['The fortress fell in 1623 after a siege of many months.', '1623', true],
    ['The old bridge was blown up in 1941 by retreating troops.', '1941', true],
    ['Veterans of the 1956 campaign gathered at the memorial.', '1956', true],
  ];
  for (const [text, figure, year] of rows) {
    it(`${figure} in "${text.slice(0, 48)}…" is ${year ? 'a year' : 'a count'}`, () => {
      expect(historyReason(text).includes(figure)).toBe(year);
    });
  }
});
