// Daily loss tallies: one line per item under a caption that ends with a colon (`the combat losses
// of the enemy ... are:`), each line a running total and, in brackets, the change since the day
// before. The change is a claim of its own counting the same thing, and the caption's words say
// whose losses every line counts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const TALLY = [
  'Daily update',
  '',
  'The General Staff of the Armed Forces of Ukraine reports: the combat losses of the enemy since the start of the invasion are approximately:',
  '',
  'personnel \u2012 about 812,400 (+1,150) persons',
  'tanks \u2012 9,431 (+12)',
  'drones \u2012 27,600 (+88)',
  'cruise missiles \u2012 3,100 (+0)',
].join('\n');

const claim = (text: string, surface: string) => {
  const c = extractClaims(text).find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(extractClaims(text).map((x) => x.text))}`);
  return c;
};

describe('tally lines', () => {
  // [surface, value, unit, category]
  const rows: Array<[string, number, string, string]> = [
    ['+1,150', 1150, 'person', 'casualties'],
    ['+12', 12, 'tank', 'equipment'],
    ['+88', 88, 'drone', 'equipment'],
    ['+0', 0, 'missile', 'equipment'],
  ];
  for (const [surface, value, unit, category] of rows)
    it(`the bracketed change ${surface} counts what its line counts`, () => {
      const c = claim(TALLY, surface);
      expect([c.value, c.unit, c.category]).toEqual([value, unit, category]);
    });

  it('every line of the list counts the losses of the enemy the caption names', () => {
    for (const surface of ['about 812,400', '+1,150', '9,431', '+12', '27,600', '+88']) expect(claim(TALLY, surface).side).toBe('ru');
    expect(claim(TALLY, 'about 812,400').measure).toBe('losses');
    expect(claim(TALLY, '+1,150').measure).toBe('losses');
    expect(claim(TALLY, 'about 812,400').category).toBe('casualties');
  });

  it('a list with no caption ending in a colon borrows nothing', () => {
    const text = 'The General Staff of the Armed Forces of Ukraine reports on the combat losses of the enemy.\n\nTank crews trained this week.\ntanks \u2012 9,431 (+12)';
    expect(claim(text, '9,431').side).toBeUndefined();
  });

  it('a caption reaches only its own list: a paragraph of prose ends it', () => {
    const text = `${TALLY}\n\nIn the east, the brigade held its positions and repaired its vehicles after the storm.\n12 tanks were repaired.`;
    expect(claim(text, '12 tanks').side).toBeUndefined();
  });

  it('reads no change where the brackets hold something else', () => {
    const text = 'Troops fired 40 shells (+ mortars) and 12 rockets (+3%).';
    const surfaces = extractClaims(text).map((c) => c.text);
    expect(surfaces).not.toContain('+3');
    expect(surfaces).not.toContain('+ mortars');
  });
});

describe('counts of times', () => {
  // [text, surface, unit]: an attack or shelling verb names what one time is; a hedged count of times is a claim too
  const rows: Array<[string, string, string]> = [
    ['In the northern direction, the enemy attacked 14 times near two villages.', '14 times', 'attack'],
    ['Overnight the invaders assaulted our positions nine times.', 'nine times', 'attack'],
    ['Russian artillery shelled the district centre 31 times within a day, officials said.', '31 times', 'shelling'],
    ['The port road had been hit at least four times since Sunday.', 'at least four times', 'time'],
  ];
  for (const [text, surface, unit] of rows)
    it(`${surface} → ${unit}`, () => {
      const c = claim(text, surface);
      expect([c.unit, c.category]).toEqual([unit, 'other']);
    });

  it('an unhedged count of times after any other verb stays unmarked', () => {
    expect(extractClaims('The convoy was stopped three times on the way.').map((c) => c.text)).toEqual([]);
  });

  it('a count of times its or their own measure is a ratio', () => {
    expect(claim('Bread now costs more than eight times its pre-war price.', 'more than eight times').unit).toBe('ratio');
  });
});

describe('tally labels', () => {
  it.each([
    ['air defence means \u2012 1,185 (+1)', '1,185', 'system', 'equipment'],
    ['special equipment \u2012 3,912 (+3)', '3,912', 'item', 'equipment'],
    ['The brigade reported destroying 58 pieces of equipment near the town.', '58 pieces of equipment', 'item', 'equipment'],
  ])('%s', (text, surface, unit, category) => {
    const c = claim(text, surface);
    expect([c.unit, c.category]).toEqual([unit, category]);
  });
});

describe('health authorities count their own side', () => {
  // [text, surface, side]: a health ministry that speaks before a casualty count names the victims' side
  const rows: Array<[string, string, string]> = [
    ['Israeli troops raided the camp again, and the Palestinian Health Ministry said the death toll had risen to 9, including three teenagers.', 'three teenagers', 'ps'],
    ['The Houthi-run health ministry said six people were killed in a strike that it blamed on American aggression.', 'six people', 'ye'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(claim(text, surface).side).toBe(side));

  it('a side word before a ministry of another kind keeps the older reading', () => {
    const text = 'Israeli troops raided the camp, and the Palestinian Foreign Ministry said the soldiers killed three teenagers.';
    expect(claim(text, 'three teenagers').side).not.toBe('ps');
  });
});
