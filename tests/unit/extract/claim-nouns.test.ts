import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

describe('counted nouns: attackers are people, counterattacks are counted as themselves', () => {
  // [text, claim, unit, category]
  const rows: Array<[string, string, string, string]> = [
    ['Guards at the checkpoint killed 9 attackers before dawn.', '9 attackers', 'person', 'casualties'],
    ['Police said 4 assailants were detained.', '4 assailants', 'person', 'captured'],
    ['The brigade beat back 6 counterattacks overnight.', '6 counterattacks', 'counterattack', 'other'],
    ['Defenders repelled 3 counter-attacks near the bridge.', '3 counter-attacks', 'counter-attack', 'other'],
    // a bare count after a verb of harm counts people, whatever noun came before (`strike`)
    ['Russian missile strike on Dnipro kills 12', '12', 'person', 'casualties'],
    ['Shelling hit the market, killing at least 20 and wounding dozens.', 'at least 20', 'person', 'casualties'],
    // people nouns: teenagers, villagers, herders
    ['The dead included two teenagers and three herders.', 'two teenagers', 'person', 'casualties'],
    ['Gunmen abducted 14 villagers on the road to the market.', '14 villagers', 'person', 'captured'],
    // modifiers before an unlisted plural: the plural is the counted noun
    ['Engineers cleared more than 30 explosive devices from the road.', 'more than 30 explosive devices', 'device', 'other'],
    ['Police found 12 improvised explosive devices in the car.', '12 improvised explosive devices', 'device', 'other'],
    // a hedged number word takes the people its sentence counted already
    ['Troops killed 47 militants and at least a dozen were captured.', 'at least a dozen', 'person', 'captured'],
  ];
  for (const [text, surface, unit, category] of rows)
    it(`${surface} → ${unit}, ${category}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect(c, JSON.stringify(extractClaims(text).map((x) => x.text))).toBeDefined();
      expect([c!.unit, c!.category]).toEqual([unit, category]);
    });
});

describe('counted nouns follow the guide: listed classes fold, other nouns keep their own singular', () => {
  // [text, claim, unit]
  const rows: Array<[string, string, string]> = [
    ['Aircraft carried out 12 air strikes on the town.', '12 air strikes', 'strike'],
    ['The battery lost two howitzers in the raid.', 'two howitzers', 'howitzer'],
    ['The enemy fired 40 shells at the village.', '40 shells', 'shell'],
    ['Fighters seized 30 armoured personnel carriers.', '30 armoured personnel carriers', 'vehicle'],
    ['Russian troops captured two villages near the river.', 'two villages', 'settlement'],
    ['Drones hit 3 hospitals overnight.', '3 hospitals', 'hospital'],
    ['The unit destroyed 7 multiple launch rocket systems.', '7 multiple launch rocket systems', 'system'],
    ['Pilots flew 14 helicopters into the zone.', '14 helicopters', 'helicopter'],
    ['Defenders stopped 35 assault actions of the enemy near Kotlyne.', '35 assault actions', 'action'],
  ];
  for (const [text, surface, unit] of rows)
    it(`${surface} → ${unit}`, () => {
      const c = extractClaims(text).find((x) => x.text === surface);
      expect(c, JSON.stringify(extractClaims(text).map((x) => [x.text, x.unit]))).toBeDefined();
      expect(c!.unit).toBe(unit);
    });
});
