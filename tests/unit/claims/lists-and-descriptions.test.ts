// Causes found on the heldout8 blind set: every item of a list of the dead is counted as dead, and
// a body described by where it sits (`the Britain-based monitor`) is the body named before.
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

const TITLE = 'Fighting goes on in the province\n\n';
const claim = (text: string, surface: string) => analyzedClaim(TITLE + text, surface);

describe('a list of people after a count of the dead', () => {
  const text = 'The monitor said the dead included 433 fighters, 296 civilians, 274 members of the security forces and 121 fighters from local tribes.';
  it.each([['296 civilians'], ['274 members'], ['121 fighters']])('%s is counted as killed, like the item before it', (surface) => {
    const c = claim(text, surface);
    expect([c.category, c.measure]).toEqual(['casualties', 'killed']);
  });
  it('an item with a verb of its own is not', () => {
    const c = claim('Shelling killed 12 soldiers, and 300 civilians fled the town overnight.', '300 civilians');
    expect(c.measure).toBeUndefined();
  });
});

describe('a body described by where it sits', () => {
  const text = 'The death toll rose to 1,124, the Syrian Observatory for Human Rights said on Saturday.\n\nThe Britain-based monitor, which relies on sources inside Syria, said the dead included 296 civilians. It said at least 38 of the civilians were executed.';
  it.each([['296 civilians'], ['at least 38 of the civilians']])('%s is attributed to the body named before', (surface) => {
    expect(claim(text, surface).attribution).toBe('Syrian Observatory for Human Rights');
  });
  it('with no body named before, the description stays the source', () => {
    expect(claim('The London-based group said 40 people were killed in the raid.', '40 people').attribution).toBe('London-based group');
  });
});

describe('a share of arms', () => {
  it('"90 percent of the missiles" is an equipment figure', () => {
    expect(claim('The army said roughly 90 percent of the missiles were intercepted over the north.', 'roughly 90 percent').category).toBe('equipment');
  });
  it('"40 percent of the population" is not', () => {
    expect(claim('The agency said 40 percent of the population had fled the province.', '40 percent').category).toBe('other');
  });
});
