// A lexicon name matches only when its first word is written as the name is: an acronym in
// capitals, a proper name capitalised; the rule is read once per alias when the lexicon is built.
import { describe, expect, it } from 'vitest';
import { aliasCase, NAMED_UNITS } from '../../../lib/extract/unit-lexicon';
import { extractUnits } from '../../../lib/extract/units';

const unit = (name: string) => NAMED_UNITS.find((u) => u.name === name)!;

describe('aliasCase', () => {
  it.each([
    // unit, first word of an alias (lower case), rule
    ['Rapid Support Forces', 'rsf', 'acronym'],
    ['Rapid Support Forces', 'rapid', 'capital'],
    ['Azov', 'azov', 'capital'],
    ['al-Quds Brigades', 'al-quds', 'any'],
    ['Quds Force', 'irgc-qf', 'acronym'],
  ] as const)('%s / %s: %s', (name, first, rule) => {
    expect(aliasCase(unit(name), first)).toBe(rule);
  });
});

describe('the first word of a lexicon name is written as the name', () => {
  it.each([
    // sentence, unit names found
    ['Fighters of the RSF shelled the market before dawn.', ['Rapid Support Forces']],
    ['The statement said the rsf numbers were disputed.', []],
    ['Soldiers from Azov held the road for a week.', ['Azov']],
    ['The azov shoreline was quiet on Tuesday.', []],
  ])('%s', (text, names) => {
    expect(extractUnits(text).map((u) => u.name)).toEqual(names);
  });
});
