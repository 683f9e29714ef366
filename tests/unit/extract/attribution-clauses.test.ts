import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

const claimOf = (text: string, surface: string) => analyzedClaim(text, surface);
type Row = [string, string, string | undefined];

describe('attribution: a relative clause between the speaker and its verb', () => {
  const rows: Row[] = [
    // a bare `The group, which ...,` points back to the body named before
    ['The Sudan Doctors Network said the shelling killed 12 people in Kosti. The group, which tracks casualties across the country, said 47 people were wounded.', '47 people', 'Sudan Doctors Network'],
    // a named body before the clause is the speaker itself, whole
    ['The Sudan Doctors Network, which tracks casualties across the country, said 47 people were wounded in Kosti.', '47 people', 'Sudan Doctors Network'],
    // `who` without commas: people who saw it
    ['Villagers who fled the fighting said at least 15 houses were burned.', 'at least 15 houses', 'Villagers'],
    ['Residents said the bridge had been hit at least four times overnight.', 'at least four times', 'Residents'],
  ];
  for (const [text, surface, want] of rows) it(`${surface} ← ${want}`, () => expect(claimOf(text, surface).attribution).toBe(want));
});

describe('attribution: a bare body the text names no further', () => {
  const rows: Row[] = [
    ['Some 400,000 people have been displaced in the north, the government says.', 'Some 400,000 people', 'government'],
    // the subject of the sentence speaks through `and says`
    ['The government launched the offensive in March and says it has retaken 35 villages since then.', '35 villages', 'government'],
    // ... but a body named before is who it is
    ['The Somali government said its forces killed 20 militants. The government also says 14 villages were retaken.', '14 villages', 'Somali government'],
  ];
  for (const [text, surface, want] of rows) it(`${surface} ← ${want}`, () => expect(claimOf(text, surface).attribution).toBe(want));
});

describe("sides: a source that reports a killing is not the killer, unless it speaks of its own forces", () => {
  const rows: Row[] = [
    // the network counts the dead; it killed nobody (no RSF would be their enemy)
    ['The Sudan Doctors Network said the shelling killed 12 people in Kosti.', '12 people', 'sd'],
    // the army's own troops killed them: the RSF's, Sudan's by country code
    ['Fighting went on near Babanusa. The Sudanese army said troops of its 22nd Division killed 40 fighters near the town.', '40 fighters', 'sd'],
    // where a monitor sits is not a side
    ['The Syrian Observatory for Human Rights, a Britain-based monitor, said 24 fighters were killed near Hama.', '24 fighters', 'sy'],
  ];
  for (const [text, surface, want] of rows) it(`${surface} → ${want}`, () => expect(claimOf(text, surface).side).toBe(want));
});

describe("attribution: a body's whole name", () => {
  const rows: Row[] = [
    // a capitalised possessor opens the name; an appositive after it describes it
    ["Yemen's Civil Defence Authority, a state body, said 16 people were killed in Hodeidah.", '16 people', "Yemen's Civil Defence Authority"],
    // `&` inside a name
    ['The Armed Conflict Location & Event Data Project has recorded more than 3,000 deaths in Niger this year.', 'more than 3,000 deaths', 'Armed Conflict Location & Event Data Project'],
    // a report that lists
    ["The Ukrainian navy's evening report listed 2 landing craft destroyed.", '2 landing craft', "Ukrainian navy's evening report"],
  ];
  for (const [text, surface, want] of rows) it(`${surface} ← ${want}`, () => expect(claimOf(text, surface).attribution).toBe(want));
});

describe('attribution: carried to the next sentence only while the story goes on', () => {
  const rows: Row[] = [
    // `It said` after a bare `The army said`
    ['The army said it killed 25 militants near Jowhar. It said 2 soldiers died in the fighting.', '2 soldiers', 'army'],
    // a sentence that turns to another story does not go on quoting the last source
    ['The Ukrainian Air Force said 70 drones were shot down overnight. Separately, 9 people were injured in a fire in Lviv.', '9 people', undefined],
    ['The Ukrainian Air Force said 70 drones were shot down overnight. Meanwhile, 9 people were injured in a fire in Lviv.', '9 people', undefined],
  ];
  for (const [text, surface, want] of rows) it(`${surface} ← ${want}`, () => expect(claimOf(text, surface).attribution).toBe(want));
});

describe('sides: a launch site after a perfect or passive verb', () => {
  it('rockets that have been fired from Lebanon are its side', () => {
    expect(claimOf('The Israeli military says 900 rockets have been fired from Lebanon since the spring.', '900 rockets').side).toBe('lb');
  });
});
