// Counts the claim reader used to drop or misread: an article standing for one in a hedged
// duration, a German weekday or time of day before the number, a range with a word low end and a
// digit high end, and a counted noun after the closing quote of a quoted number.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import type { Claim } from '../../../lib/model';

const claimsOf = (text: string): Claim[] => extractClaims(text, { date: '2025-09-14' });

describe('numeric claims read from their sentence', () => {
  // [text, span, value, unit]
  const rows: Array<[string, string, number, string]> = [
    ['The blockade of the port has lasted more than a year.', 'more than a year', 1, 'year'],
    ['Sirens sounded for about an hour before dawn.', 'about an hour', 1, 'hour'],
    ['The garrison held out for nearly a month.', 'nearly a month', 1, 'month'],
    ['Die Armee meldete am Sonntag 48 Drohnen über der Region.', '48 Drohnen', 48, 'drone'],
    ['In der Nacht zum Montag 212 Drohnen und 9 Raketen abgefangen.', '212 Drohnen', 212, 'drone'],
    ['Am Abend 17 Drohnen über Charkiw gesichtet.', '17 Drohnen', 17, 'drone'],
    ['Radar crews tracked between six and 14 drones over the bay.', 'between six and 14 drones', 10, 'drone'],
    ['The battery fired from four to 10 rockets an hour.', 'four to 10 rockets', 7, 'rocket'],
    ['Sappers said they blew up "roughly 40" tunnel shafts this month.', 'tunnel shafts', 40, 'shaft'],
    ['The mayor spoke of "about 300" people still in the basements.', 'people', 300, 'person'],
  ];
  it.each(rows)('%s', (text, span, value, unit) => {
    const c = claimsOf(text).find((x) => x.text.includes(span));
    expect(c, JSON.stringify(claimsOf(text).map((x) => x.text))).toBeDefined();
    expect(c?.value).toBe(value);
    expect(c?.unit).toBe(unit);
  });
});

describe('people and formations by rank, faith and size; German nouns of things', () => {
  // [text, span, unit, category]
  const rows: Array<[string, string, string, string]> = [
    ['The garrison gave up, and three captains were among the prisoners.', 'three captains', 'person', 'captured'],
    ['Two colonels led the column into the valley.', 'Two colonels', 'person', 'troops'],
    ['Raiders shot dead 9 Muslims and four policemen at the market.', '9 Muslims', 'person', 'casualties'],
    ['The army moved four companies up to the ridge overnight.', 'four companies', 'company', 'troops'],
    ['Two platoons held the crossroads.', 'Two platoons', 'platoon', 'troops'],
    ['Die Luftwaffe warf 412 Lenkbomben auf die Front ab.', '412 Lenkbomben', 'bomb', 'equipment'],
    ['Die Behörden öffneten 85 Notunterkünfte in der Stadt.', '85 Notunterkünfte', 'shelter', 'other'],
    ['Russland setzte 90 Gleitbomben und mehr als 300 Angriffsdrohnen ein.', 'mehr als 300 Angriffsdrohnen', 'drone', 'equipment'],
  ];
  it.each(rows)('%s', (text, span, unit, category) => {
    const c = claimsOf(text).find((x) => x.text === span);
    expect(c, JSON.stringify(claimsOf(text).map((x) => x.text))).toBeDefined();
    expect(c?.unit).toBe(unit);
    expect(c?.category).toBe(category);
  });
});

describe('a designation between the number and its noun stays in the claim', () => {
  // [text, span, unit]
  const rows: Array<[string, string, string]> = [
    ['Militia fighters took three ZU-23 anti-aircraft guns from the depot.', 'three ZU-23 anti-aircraft guns', 'gun'],
    ['Scouts spotted 6 BM-21 multiple rocket launchers behind the treeline.', '6 BM-21 multiple rocket launchers', 'launcher'],
    ['Paris schickt drei weitere SAMP-T-Systeme in die Ukraine.', 'drei weitere SAMP-T-Systeme', 'system'],
    ['Die Flugabwehr zerstörte 27 Geran-Drohnen über Odessa.', '27 Geran-Drohnen', 'drone'],
  ];
  it.each(rows)('%s', (text, span, unit) => {
    const c = claimsOf(text).find((x) => x.text === span);
    expect(c, JSON.stringify(claimsOf(text).map((x) => x.text))).toBeDefined();
    expect(c?.unit).toBe(unit);
  });
});

describe('men count troops when they size an armed group', () => {
  // [text, span, category]
  const rows: Array<[string, string, string]> = [
    ['Sabotage teams of two to four men slipped across the lines.', 'two to four men', 'troops'],
    ['A column of about 150 men moved toward the bridge.', 'about 150 men', 'troops'],
    ['The camp took in 30 men and 45 women from the villages.', '30 men', 'other'],
  ];
  it.each(rows)('%s', (text, span, category) => {
    const c = claimsOf(text).find((x) => x.text === span);
    expect(c, JSON.stringify(claimsOf(text).map((x) => x.text))).toBeDefined();
    expect(c?.unit).toBe('person');
    expect(c?.category).toBe(category);
  });
});

describe('no claim where the article or number counts nothing', () => {
  const rows: string[] = [
    'The ceasefire talks took an hour.',
    'It was a year ago that the dam broke.',
    'Die Sitzung am Sonntag 2025 wurde vertagt.',
  ];
  it.each(rows)('%s', (text) => {
    expect(claimsOf(text).map((c) => c.text)).toEqual([]);
  });
});
