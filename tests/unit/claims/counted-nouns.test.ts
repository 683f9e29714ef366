// Causes found on the heldout8 blind set: what a count counts when the noun is a compound with a
// modifier inside (`system combat vehicles`), a people noun modifies a thing (`civilian vessels`),
// the toll's own phrase names another noun (`the toll from the clashes`), a headline says
// `displacement tops`, and whose a count is when two enemies are named together.
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

const TITLE = 'Fighting goes on along the front\n\n';
const claim = (text: string, surface: string) => analyzedClaim(TITLE + text, surface);

describe('the counted noun', () => {
  // [text, claim, unit]
  const rows: Array<[string, string, string]> = [
    ['The ministry said 1 641 multiple launch rocket system combat vehicles had been destroyed.', '1 641 multiple launch rocket system combat vehicles', 'vehicle'],
    ['Russian strikes on the port damaged three civilian vessels this month.', 'three civilian vessels', 'vessel'],
    ['Rioters burned four police vehicles outside the station.', 'four police vehicles', 'vehicle'],
    ['Shelling hit two refugee camps near the border.', 'two refugee camps', 'camp'],
    ['Five civilian casualties were reported after the raid.', 'Five civilian casualties', 'person'],
    ['The attack wounded 12 police near the station.', '12 police', 'person'],
    ['The death toll from the two-week clashes rose above 1,100, a monitor said.', 'above 1,100', 'person'],
    ['Gang violence pushes displacement tops 1.4 million, officials said.', 'tops 1.4 million', 'person'],
    ['The agency said 5.7 million Haitians face acute hunger.', '5.7 million Haitians', 'person'],
    ['An official said nine launch pads had been destroyed in the raid.', 'nine launch pads', 'pad'],
  ];
  it.each(rows)('%s → %s is counted in %s', (text, surface, unit) => {
    expect(claim(text, surface).unit).toBe(unit);
  });
  it('a toll is counted in people killed, not in the clashes it came from', () => {
    const c = claim('The death toll from the clashes in the province rose above 1,100.', 'above 1,100');
    expect([c.category, c.measure]).toEqual(['casualties', 'killed']);
  });
  it('a verb between the toll and the noun ends the toll phrase', () => {
    expect(claim('The toll rose after militants carried out about 30 attacks on the town.', 'about 30 attacks').unit).toBe('attack');
  });
  it('"tops" is a hedge: at least the figure', () => {
    const c = claim('The number of displaced people tops 40,000, the agency said.', 'tops 40,000');
    expect([c.approx, c.low]).toEqual(['over', 40000]);
  });
});

describe('two sides named together', () => {
  it('enemies counted together are of neither side', () => {
    expect(claim('At least 1,200 Russian and Ukrainian soldiers were killed in the battle.', 'At least 1,200 Russian and Ukrainian soldiers').side).toBeUndefined();
  });
  it('allies counted together read as the first', () => {
    expect(claim('Ukraine says it tied down some 60,000 Russian and North Korean troops in the region.', 'some 60,000 Russian and North Korean troops').side).toBe('ru');
  });
  it('casualties of an exchange between two enemies have no side', () => {
    expect(claim('At least five people were killed as Indian and Pakistani troops exchanged fire across the Line of Control.', 'At least five people').side).toBeUndefined();
  });
  it('a shelling by one of them names the other as the victims', () => {
    expect(claim("Pakistan's military said Indian shelling hit villages overnight, killing three civilians.", 'three civilians').side).toBe('pk');
  });
  it('"the Indian Ocean" is no side', () => {
    expect(claim('The navy escorted 40 merchant ships across the Indian Ocean last month.', '40 merchant ships').side).toBeUndefined();
  });
});
