// A market story told in war words (`price war`, `casualties`, `an offensive`, a fleet of
// `2,000 drones`): with business vocabulary and a war metaphor and no party, side or unit, the
// war words that need no soldiers and the machines that are not only weapons are the market's.
// A war report with market words, or a drone makers' price war told beside drones in use at the
// front, stays war coverage.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

describe('a market story told in war words', () => {
  it.each([
    [
      'A price war among delivery startups has claimed its first casualties: two companies quit the city after rivals cut their fees, and the market leader now flies 2,000 drones. Investors expect the offensive to end in a ceasefire once the cash runs out, and revenue is falling.',
      /war words in a market story .*: .*drones/,
    ],
    [
      'The satellite broadband price war has its casualties: one provider cancelled orders for 12 rockets and a start-up sought a buyer, as customers, subscribers and investors watched the battle for market share and revenue.',
      /war words in a market story .*: .*(rockets|casualties)/,
    ],
  ])('%s', (text, reason) => {
    const v = detectWarCoverage(text, { places: 3 });
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(false);
    expect(v.reasons.join(' | ')).toMatch(reason);
  });

  it.each([
    // drone makers' price war beside the drones in use at the front: a side's forces, a theatre
    'Drone makers are locked in a price war, and at the front Russian troops attacked Ukrainian positions near Pokrovsk overnight while 300 drones struck their columns, the General Staff said; investors and customers of the makers are watching revenue.',
    // no war metaphor: a war report with market words keeps every war word
    'Drones struck the fuel depot overnight and troops shelled the market; 12 traders and customers were killed, and prices of bread and fuel doubled, shop owners said.',
  ])('stays war coverage: %s', (text) => {
    const v = detectWarCoverage(text, { places: 2 });
    expect(v.isWarCoverage, JSON.stringify(v)).toBe(true);
    expect(v.reasons.join(' | ')).not.toMatch(/war words in a market story/);
  });
});
