import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const gazetteer = loadGazetteer();
const units = (text: string): string[] => analyze({ text }, { gazetteer }).units.flatMap((u) => u.mentions.map((m) => m.text));

describe('units: armed movements, shortened groupings, numbered military regions', () => {
  // [text, mentions that must be units, words that must not be]
  const rows: Array<[string, string[], string[]]> = [
    ['M23 fighters advanced on Bukavu while Wazalendo militias withdrew.', ['M23', 'Wazalendo'], []],
    ['The attack was claimed by the Allied Democratic Forces, an Islamist group.', ['Allied Democratic Forces'], []],
    ['Fano militias overran the town, and Fano commanders said the road was cut.', ['Fano militias'], []],
    // a bare Fano needs context (a town in Italy, a surname)
    ['The festival in Fano drew tourists from Rimini.', [], ['Fano']],
    ['A colonel of the 33rd Military Region said the base was quiet.', ['33rd Military Region'], []],
    // `Region` alone never makes a formation
    ['Kursk Region officials said the Belgorod Region was calm.', [], ['Kursk Region', 'Belgorod Region']],
    ['Units of the Tsentr group hit positions, and the Dnepr group repelled attacks.', ['Tsentr group', 'Dnepr group'], []],
    ['The army and allied Joint Force fighters held the airport in El Fasher.', ['Joint Force'], []],
    ['The Joint Force commander of NATO flew to Brussels.', [], ['Joint Force']],
  ];
  for (const [text, want, not] of rows)
    it(text.slice(0, 60), () => {
      const got = units(text);
      for (const w of want) expect(got, JSON.stringify(got)).toContain(w);
      for (const n of not) expect(got.some((g) => g.includes(n)), JSON.stringify(got)).toBe(false);
    });
});
