// Sides and periods in coverage of an armed group's campaign: a group noun pointing back (`the
// rebels`) names the article's armed group, not a state named further back in the sentence;
// German side words and dates read like their English ones. Texts are our own.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import type { Claim } from '../../../lib/model';

const one = (text: string, surface: string, date?: string): Claim => {
  const c = extractClaims(text, { date }).find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(extractClaims(text, { date }).map((x) => x.text))}`);
  return c;
};

describe('a group noun pointing back takes the article’s armed group', () => {
  const rows: Array<[string, string, string | undefined]> = [
    // the nearer subject is the group, not the American jets of the main clause
    ['The Houthis fired on a tanker. American and British jets struck 30 sites in Yemen on Monday, after the rebels carried out 45 attacks on ships.', '45 attacks', 'ye'],
    ['Hamas fighters crossed the fence. Israeli officials said the militants fired 20 rockets at Sderot.', '20 rockets', 'ps'],
    ['RSF units shelled the camp. Sudanese army jets bombed the road after the militia seized 12 villages.', '12 villages', 'sd'],
    // what the group killed is its enemy's
    ['The Houthis claimed the strike. Officials said the rebels killed three American sailors.', 'three American sailors', 'us'],
    // two groups named as often: the noun names neither
    ['Hamas and Hezbollah both fired. Officials said the militants fired 20 rockets.', '20 rockets', undefined],
  ];
  for (const [text, surface, side] of rows) it(`${surface} in ${JSON.stringify(text.slice(0, 40))} → ${side}`, () => expect(one(text, surface).side).toBe(side));
});

describe('German coverage of the campaign', () => {
  const text =
    'Huthi-Angriffe im Roten Meer\n\nDUBAI, 13. Juni 2024 — Die Huthi-Miliz im Jemen hat seit dem 19. November mehr als 70 Angriffe auf Handelsschiffe verübt, teilte das US-Zentralkommando mit.';
  it('`Huthi` is a side word and a source after the count is no side', () => expect(one(text, 'mehr als 70 Angriffe', '2024-06-13').side).toBe('ye'));
  it('`seit dem 19. November` opens the tally; the dateline dates it', () => expect(one(text, 'mehr als 70 Angriffe', '2024-06-13').when).toBe('2024-06-13'));
  it('a source after the count names no side without a side word before it', () =>
    expect(one('Seit November wurden 70 Angriffe auf Schiffe gezählt, teilte das US-Zentralkommando mit.', '70 Angriffe').side).toBeUndefined());
});

describe('a period between two dates ends at the second', () => {
  it.each([
    ['The firm has recorded 34 attacks on ships between November 19 and January 12.', '34 attacks', '2024-01-12', '2024-01-12'],
    ['Die Firma zählte 120 Angriffe zwischen dem 1. März und dem 30. April.', '120 Angriffe', '2024-05-02', '2024-04-30'],
  ])('%s', (text, surface, date, when) => expect(one(text, surface, date).when).toBe(when));
});

describe('`others` of a toll are people', () => {
  it.each([
    ['Two crew members were killed and six others wounded when a missile struck.', 'six others', 'wounded'],
    ['Three sailors were killed. At least four others were wounded and the crew left the ship.', 'At least four others', 'wounded'],
    ['Five soldiers died and 12 others are missing.', '12 others', 'missing'],
  ])('%s', (text, surface, measure) => {
    const c = one(text, surface);
    expect([c.unit, c.category, c.measure]).toEqual(['person', 'casualties', measure]);
  });
  it('not without a word of harm', () => expect(extractClaims('He beat 3 others in the final.')).toEqual([]));
});

describe('a length is a thing’s size, not a way to a place', () => {
  it.each([
    ['The ship has left an oil slick some 18 miles long.', 'some 18 miles', 'length'],
    ['Satellite images show a slick about 30 kilometres long.', 'about 30 kilometres', 'length'],
    ['Russian forces advanced along a 3-kilometer-wide front.', '3-kilometer', 'length'],
    ['Ein 20 Kilometer langer Ölteppich treibt nach Norden.', '20 Kilometer', 'length'],
    ['The ship was hit about 65 kilometres south of Mokha.', 'about 65 kilometres', undefined],
  ])('%s', (text, surface, kind) => {
    const c = one(text, surface);
    expect([c.category, c.kind]).toEqual(['distance', kind]);
  });
});
