// The detector's two- and three-word patterns, each shown in the reasons: a war word turned into
// a metaphor by the word before or after it, a past war, a weapon that makes `strikes` an attack,
// `Islamic State`, `peace talks`, and a side's forces.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const reasonsOf = (text: string): string => detectWarCoverage(text).reasons.join(' | ');

describe('word patterns in the reasons', () => {
  it.each([
    ['The two leaders traded a war of words over the weekend.', 'war words used as metaphor: war of words'],
    ['The senator renewed the war on drugs.', 'war words used as metaphor: war on drugs'],
    ['Staff gathered in the war room before the vote.', 'war words used as metaphor: war room'],
    ['The two chains began a price war in the spring.', 'war words used as metaphor: price war'],
    ['Veterans of the Second World War gathered.', 'history of past wars: veterans, world war'],
    ['Israeli air strikes hit the camp overnight and troops advanced.', 'weapons in use: air strikes'],
    ['Fighters of the Islamic State attacked the outpost.', 'conflict parties and theatres: islamic state'],
    ['The envoy said peace talks would resume after the ceasefire.', 'fighting and forces: peace talks, ceasefire'],
    ['Russian forces shelled the village as Ukrainian troops dug in.', 'a side’s forces or attacks: russian forces, ukrainian troops'],
  ])('%s', (text, reason) => {
    expect(reasonsOf(text)).toContain(reason);
  });

  it('does not pair two words across a paragraph break', () => {
    expect(reasonsOf('They argued about the price.\n\nWar broke out in the north.')).not.toContain('price war');
    expect(reasonsOf('He is Russian.\n\nForces of the other side attacked the town.')).not.toContain('russian forces');
  });
});
