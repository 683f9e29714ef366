import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

const sideOf = (text: string, surface: string): string | undefined => analyzedClaim(text, surface).side;

describe('sides: repelled attacks, places around, civil wars, new side words', () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    // attacks a subject repelled are its enemy's
    ['Units of the Russian Vostok group of forces repelled 5 counterattacks near Vuhledar.', '5 counterattacks', 'ua'],
    ['Ukrainian defenders beat back 9 assaults near Toretsk.', '9 assaults', 'ru'],
    // ... but a side word on the attacks themselves stands
    ['Ukrainian forces repelled 12 Russian attacks near Siversk.', '12 Russian attacks', 'ru'],
    // people killed around a place are of its side, as after `near`
    ['Glide bombs killed 12 soldiers around Kostiantynivka overnight.', '12 soldiers', 'ua'],
    // Rwanda is a side
    ['UN experts say Rwanda has about 4,000 troops in the east of the country.', 'about 4,000 troops', 'rw'],
    // a civil war: fighters of either side carry the country's code
    ['Clashes spread from Aleppo to Idlib and Hama. Near Saraqeb, 20 rebel fighters were killed, and the opposition said it destroyed 3 tanks near Hama.', '20 rebel fighters', 'sy'],
    ['Clashes spread from Aleppo to Idlib and Hama. Near Saraqeb, 20 rebel fighters were killed, and the opposition said it destroyed 3 tanks near Hama.', '3 tanks', 'sy'],
    // ... and so do its civilians: they are the country's people (the heldout6 gold marks them so)
    ['Clashes spread from Aleppo to Idlib and Hama. Near Saraqeb, 14 civilians were killed by shelling.', '14 civilians', 'sy'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));

  it('no civil-war side where foreign states fight too', () => {
    const text = 'Israeli jets struck Hodeidah, Sanaa and Saada. Israeli officials said about 20 aircraft took part. The Israeli military and US officials said the raid was planned for weeks, and Israeli and US forces are on alert.';
    expect(sideOf(text, 'about 20 aircraft')).not.toBe('ye');
  });
});

describe("sides: a side's attack noun before casualties makes them the other side's", () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    ['Russian missile strike on Dnipro: death toll rises to 12', '12', 'ua'],
    ['An Israeli airstrike on a school in Deir al-Balah killed 17 people, medics said.', '17 people', 'ps'],
    // the side that lost people is still the one named with them
    ['The Russian offensive has cost at least 5,000 soldiers since June.', 'at least 5,000 soldiers', 'ru'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));
});

describe("sides: a side's military counting arms with no side word", () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    // its own arms when it reports what it used
    ['Israel struck the port again. About 30 aircraft took part in the raid, the Israeli military said.', 'About 30 aircraft', 'il'],
    // its enemy's when it says they were destroyed
    ['Houthi fighters fired at shipping. U.S. Central Command said its forces carried out strikes near Saada, destroying six launchers.', 'six launchers', 'ye'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));
});

describe("sides: a military's own soldiers; a reported pronoun is the speakers", () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    ['The Israeli military said its troops raided the camp. It said two soldiers were killed by a roadside bomb.', 'two soldiers', 'il'],
    // `they` after `said` is the medics, not the side of the sentence before
    ['Russian glide bombs hit the town overnight. Doctors at the city hospital said they had treated 14 wounded.', '14 wounded', undefined],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));
});

describe('sides: a part of a count named before is of its side', () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    ['Russia launched 120 drones at Ukraine overnight, and air defences shot down 85 of the drones.', '85 of the drones', 'ru'],
    ['Hezbollah fired 30 rockets at the north; Israeli interceptors downed 25 of the rockets.', '25 of the rockets', 'lb'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(sideOf(text, surface)).toBe(side));
});
