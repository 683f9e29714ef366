// People hurt by an attacker named after the count (`... were killed in a Russian missile strike`)
// are the attacker's opponent's, not the attacker's; neutral people (a merchant ship's crew, aid
// workers, reporters) are of no side. Texts are our own.
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

const sideOf = (text: string, surface: string): string | undefined => analyzedClaim(text, surface).side;

describe('an attacker named after the casualties', () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    ['Ukraine braced for more attacks. Nine people were killed in a Russian missile strike on Dnipro on Monday.', 'Nine people', 'ua'],
    ['Ukraine counts the damage. Five civilians were injured when a Russian drone hit a bus stop.', 'Five civilians', 'ua'],
    ['Gaza health officials spoke of a night of raids. Eleven people were killed in an Israeli airstrike on a school.', 'Eleven people', 'ps'],
    ['The front was quiet elsewhere. Two Ukrainian soldiers were wounded by Russian artillery fire.', 'Two Ukrainian soldiers', 'ua'],
    // neutral people: no side
    ['Houthi rebels claimed the attack. Two crew members were killed when a Houthi missile struck the freighter.', 'Two crew members', undefined],
    ['Four seafarers were injured after a Houthi drone hit the tanker, the operator said.', 'Four seafarers', undefined],
    ['Three journalists were killed in an Israeli strike on their car.', 'Three journalists', undefined],
    // the side word on the count itself still decides
    ['Kyiv reported the shelling. Twelve Russian soldiers were killed in a Ukrainian drone attack.', 'Twelve Russian soldiers', 'ru'],
  ];
  it.each(rows)('%s → %s: %s', (text, surface, side) => expect(sideOf(text, surface)).toBe(side));
});
