import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

describe('counted nouns: attackers are people, counterattacks are attacks', () => {
  // [text, claim, unit, category]
  const rows: Array<[string, string, string, string]> = [
    ['Guards at the checkpoint killed 9 attackers before dawn.', '9 attackers', 'person', 'casualties'],
    ['Police said 4 assailants were detained.', '4 assailants', 'person', 'captured'],
    ['The brigade beat back 6 counterattacks overnight.', '6 counterattacks', 'attack', 'other'],
    ['Defenders repelled 3 counter-attacks near the bridge.', '3 counter-attacks', 'attack', 'other'],
  ];
  for (const [text, surface, unit, category] of rows)
    it(`${surface} → ${unit}, ${category}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect(c, JSON.stringify(extractClaims(text).map((x) => x.text))).toBeDefined();
      expect([c!.unit, c!.category]).toEqual([unit, category]);
    });
});
