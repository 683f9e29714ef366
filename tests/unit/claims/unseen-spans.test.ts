import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const find = (text: string, surface: string) => extractClaims(text).find((c) => c.text === surface);

describe('counts found in unseen wording', () => {
  // [text, surface, value, unit, category]
  const rows: Array<[string, string, number, string, string]> = [
    // a word number before a singular noun in a list
    ['The navy lost 12 ships and boats, one submarine and two tugs.', 'one submarine', 1, 'submarine', 'equipment'],
    // craft is its own plural; boats that open fire are arms
    ['The tanker was approached by six small craft that opened fire on the bridge.', 'six small craft', 6, 'craft', 'equipment'],
    // a multiple of an earlier amount
    ['Fuel now costs four times what it did in spring.', 'four times', 4, 'ratio', 'other'],
    // a ship's speed stays in knots
    ['The convoy was steaming at about 14 knots when the drone struck.', 'about 14 knots', 14, 'knot', 'other'],
    // an unlisted plural after known adjectives only
    ['Observers logged more than 3,000 air violations in the year.', 'more than 3,000 air violations', 3000, 'violation', 'other'],
    ['The two navies held 12 naval exercises near the strait.', '12 naval exercises', 12, 'exercise', 'other'],
    // a total reached is of what the subject counts, however long the subject
    ['The number of civilians killed in the region since the offensive began in March has risen to 4,310, officials said.', '4,310', 4310, 'person', 'casualties'],
    ['The number of people wounded in and around the port city this year has climbed to 950.', '950', 950, 'person', 'casualties'],
    // a population counts people
    ['The town had a pre-war population of about 42,000.', 'about 42,000', 42000, 'person', 'other'],
    // a bare count after a duration goes on the count of people before it
    ['More than 300,000 people fled during the nine-month siege, and some 40,000 have come back.', 'some 40,000', 40000, 'person', 'other'],
    // the points of a plan are counted
    ['The draft plan was cut from 20 points to 12 points during the talks.', '12 points', 12, 'point', 'other'],
    // the span takes a second coordinated noun with no number of its own
    ['The group still holds an estimated 30,000 rockets and missiles, officials say.', 'an estimated 30,000 rockets and missiles', 30000, 'rocket', 'equipment'],
  ];
  for (const [text, surface, value, unit, category] of rows)
    it(`${surface} → ${value} ${unit} (${category})`, () => {
      const c = find(text, surface);
      expect([c?.value, c?.unit, c?.category]).toEqual([value, unit, category]);
    });

  // [text, surface that must not be a claim]
  const none: Array<[string, string]> = [
    ['The home side scored 28 points in the second half.', '28 points'],
    ['The price of bread has risen to 300.', '300'],
    // a count of its own after the second noun is no coordinated noun
    ['Crews repaired 12 tanks and 30 vehicles.', '12 tanks and 30 vehicles'],
  ];
  for (const [text, surface] of none) it(`no claim ${surface}`, () => expect(find(text, surface)).toBeUndefined());

  it('a total reached is of the numbered subject, not the nearest noun', () => {
    const c = find('The number of people killed in the fighting around the city since spring has risen to 1,200.', '1,200');
    expect([c?.unit, c?.measure]).toEqual(['person', 'killed']);
  });
});

describe('German counts', () => {
  // [text, surface, value, unit, category]
  const rows: Array<[string, string, number, string, string]> = [
    // a range with `zwischen ... und`
    ['Beobachter schätzen, dass zwischen 300 und 400 russische Infanteristen in die Stadt gelangt sind.', 'zwischen 300 und 400 russische Infanteristen', 350, 'person', 'troops'],
    // a capitalised noun with its article before the count is no name (`Switchblade 600`)
    ['Russland verlor 1.200.000 Soldaten. Die Armee habe in der vergangenen Woche 2.345 ukrainische Drohnen abgeschossen.', '2.345 ukrainische Drohnen', 2345, 'drone', 'equipment'],
    // `am` after a number is `on the`, no time of day
    ['Russland verlor mehr als 1.100.000 Soldaten, darunter 870 am vergangenen Tag.', '870', 870, 'person', 'casualties'],
    // a German share
    ['Die Armee behauptete, mehr als die Hälfte der Stadt zu kontrollieren.', 'mehr als die Hälfte', 50, 'percent', 'territory'],
    ['Zwei Drittel der Bewohner sind geflohen.', 'Zwei Drittel', 66.67, 'percent', 'other'],
    // German nouns for apartments and refugees
    ['In der Stadt fiel in rund 3.400 Wohnungen der Strom aus.', 'rund 3.400 Wohnungen', 3400, 'apartment', 'other'],
    ['In Polen leben derzeit etwa 1,5 Millionen ukrainische Geflüchtete.', 'etwa 1,5 Millionen ukrainische Geflüchtete', 1500000, 'person', 'other'],
    // soldiers are troops
    ['In der Stadt hielten sich noch etwa 80 russische Soldaten versteckt.', 'etwa 80 russische Soldaten', 80, 'person', 'troops'],
  ];
  for (const [text, surface, value, unit, category] of rows)
    it(`${surface} → ${value} ${unit} (${category})`, () => {
      const c = find(text, surface);
      expect([c?.value, c?.unit, c?.category]).toEqual([value, unit, category]);
    });

  it('`darunter` hands the losses measure on', () => expect(find('Russland verlor mehr als 1.100.000 Soldaten, darunter 870 am vergangenen Tag.', '870')?.measure).toBe('losses'));

  // [text, surface that must not be a claim]
  const none: Array<[string, string]> = [
    ['In der zweiten Hälfte des Jahres kam es zu Kämpfen.', 'Hälfte'],
    ['The meeting starts at 9 am tomorrow.', '9'],
  ];
  for (const [text, surface] of none) it(`no claim ${surface}`, () => expect(extractClaims(text).some((c) => c.text.includes(surface))).toBe(false));
});
