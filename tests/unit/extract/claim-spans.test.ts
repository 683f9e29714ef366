import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

describe('claim spans: German adjectives and participles, modifiers before known nouns, weapon names', () => {
  // [text, claim span, unit, side or null for "any"]
  const rows: Array<[string, string, string, string | null]> = [
    ['Bei dem Beschuss wurden zwei Menschen getötet und neun weitere verletzt.', 'neun weitere verletzt', 'person', null],
    ['Moskau setzte sieben ballistischen Raketen ein.', 'sieben ballistischen Raketen', 'missile', null],
    ['Berlin liefert zwei weitere Luftabwehrsysteme.', 'zwei weitere Luftabwehrsysteme', 'system', null],
    ['Russland griff die Ukraine mit 80 Drohnen und drei ballistischen Raketen an.', 'drei ballistischen Raketen', 'missile', 'ru'],
    ['Air defence shot down 5 guided aerial bombs over the city.', '5 guided aerial bombs', 'bomb', null],
    ['Jets destroyed four underground storage depots.', 'four underground storage depots', 'depot', null],
    ['The brigade lost 3 Bradley infantry fighting vehicles in the assault.', '3 Bradley infantry fighting vehicles', 'vehicle', null],
    ['Two Kenyan and four South African peacekeepers were wounded.', 'four South African peacekeepers', 'person', 'za'],
  ];
  for (const [text, surface, unit, side] of rows)
    it(surface, () => {
      const all = extractClaims(text);
      const c = all.find((x) => x.text === surface);
      expect(c, JSON.stringify(all.map((x) => x.text))).toBeDefined();
      expect(c!.unit).toBe(unit);
      if (side) expect(c!.side).toBe(side);
    });
  it('an adjective before a plain word is still no claim: `two big old men` counts men, `three feet tall` is a length', () => {
    expect(extractClaims('The boy was three feet tall.').map((c) => c.unit)).toEqual(['km']);
  });
});

describe('claim spans: a verb of exceeding is a hedge, a losses word opening a long subject is the measure', () => {
  it('`losses in the "Vostok" grouping\'s zone exceeded 190 servicemen`: over 190, losses', () => {
    const c = extractClaims('Ukrainian losses in the "Vostok" grouping\'s zone exceeded 190 servicemen during the day.').find((x) => /190/.test(x.text));
    expect(c && [c.text, c.approx, c.low, c.measure, c.category]).toEqual(['exceeded 190 servicemen', 'over', 190, 'losses', 'casualties']);
  });
});
