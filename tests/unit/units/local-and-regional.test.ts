// Formations named in ways the first lexicon missed: a local resistance force named for its
// township, a regional military command with a compass word, the Darfur armed movements' joint
// force under its full name, and Russian groups of forces in German spelling.
import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../../lib/extract/units';

const names = (text: string): Array<[string, string[]]> => extractUnits(text).map((u) => [u.name, u.mentions.map((m) => m.text)]);

describe('units named for a place, a region or in another romanisation', () => {
  it.each([
    ['Fighters of the Depayin People’s Defence Force ambushed a convoy on the road.', 'Depayin People’s Defence Force', 'Depayin People’s Defence Force'],
    ["A spokesman for the Monywa People's Defence Force said two soldiers were captured.", 'Monywa People’s Defence Force', "Monywa People's Defence Force"],
    ['Taunggyi, seat of the Eastern Regional Military Command, was quiet on Friday.', 'Eastern Regional Military Command', 'Eastern Regional Military Command'],
    ['The Joint Force of Darfur Armed Movements said it had pushed the attackers back.', 'Joint Protection Force', 'Joint Force of Darfur Armed Movements'],
    ['Soldaten der Truppengruppe Wostok rückten vor; the "Wostok" group of forces claimed two villages.', 'Vostok Group of Forces', 'Truppengruppe Wostok'],
  ])('%s', (text, name, mention) => {
    const got = names(text);
    const unit = got.find(([n]) => n === name);
    expect(unit, JSON.stringify(got)).toBeDefined();
    expect(unit![1]).toContain(mention);
  });

  it.each([
    // a sentence-initial article, a country or a possessive body is not the place of the force
    ['The People’s Defence Force took the police station.', 'People’s Defence Force'],
    ['Myanmar People’s Defence Force units advanced.', 'People’s Defence Force'],
    ["The NUG's People's Defence Force said it held the town.", 'People’s Defence Force'],
  ])('%s keeps the bare name', (text, name) => {
    expect(names(text).map(([n]) => n)).toEqual([name]);
  });

  it('a bare "Joint Force" counts only once the full name is in the text', () => {
    expect(names('The Joint Force said it held the road.')).toEqual([]);
    const both = names('The Joint Force of Darfur Armed Movements fought alongside the army. The Joint Force said it held the road.');
    expect(both).toHaveLength(1);
    expect(both[0][1]).toEqual(['Joint Force of Darfur Armed Movements', 'Joint Force']);
  });
});
