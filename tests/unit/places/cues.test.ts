// Context cues for names that need one: a dateline after a headline that ends with a ship word,
// a short name before `townships`, a given name listed after a place (`Kornoi and Tina`), a
// common word after `the border crossing at`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { distanceKm } from '../../../lib/extract/place-context';

const g = loadGazetteer();
const lines = readFileSync(new URL('../../fixtures/places/cues.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

describe('names found by their context', () => {
  it.each([
    // [text (fixture lines joined), surface, lat, lon]
    [`${lines[0]}\n\n${lines[1]}`, 'ADEN', 12.78, 45.04],
    [lines[2], 'Ye-U', 22.76, 95.43],
    [lines[2], 'Depayin', 22.7, 95.5],
    [lines[3], 'Tina', 15.0, 22.82],
    [lines[3], 'Kornoi', 15.3, 22.9],
    [lines[4], 'Muse', 23.99, 97.9],
    // a common word paired with the next place of its country
    [lines[6], 'Sake', -1.57, 29.04],
  ] as [string, string, number, number][])('%#: %s', (text, surface, lat, lon) => {
    expect(text.length).toBeGreaterThan(0);
    const p = extractPlaces(text, g).find((x) => x.mentions.some((m) => m.text === surface));
    expect(p, surface).toBeDefined();
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(30);
  });
  it('the same words without the cue stay a person and a common word', () => {
    expect(extractPlaces(lines[5], g)).toEqual([]);
  });
  it('"for the sake of" stays a word', () => {
    expect(extractPlaces(lines[7], g).map((p) => p.name)).not.toContain('Sake');
  });
  it('a ship named like a town, in the same line, is still a ship', () => {
    const names = extractPlaces('The Ukrainian navy said the tanker Kherson was hit off Odesa.', g).map((p) => p.name);
    expect(names).not.toContain('Kherson');
    expect(names).toContain('Odesa');
  });
});
