import { describe, expect, it } from 'vitest';
import type { Claim, ClaimLinks, Relation } from '../../../lib/model';
import {
  claimNormalForm, claimStatuses, formatNumber, formatPeriod, linkCounts, pluralize, textFragmentUrl,
} from '../../../lib/format';

function claim(over: Partial<Claim>): Claim {
  return {
    text: 'x', start: 0, end: 1, value: 1, low: 1, high: 1, approx: 'exact', unit: 'person',
    canonicalValue: 1, category: 'other', ...over,
  };
}

describe('claimNormalForm', () => {
  const rows: Array<[string, Partial<Claim>, string]> = [
    ['nearly, converted area, full context',
      { value: 500, low: 450, high: 500, approx: 'nearly', unit: 'km2', canonicalValue: 1294.995, category: 'territory', side: 'ua', where: 'Kursk Oblast', when: '2025-03', attribution: 'Pasi Paroinen' },
      '≈ 450–500 sq mi (1,165–1,295 km²) · territory · Ukraine · Kursk Oblast · March 2025 · per Pasi Paroinen'],
    ['over, casualties with measure',
      { value: 1300, low: 1300, high: 1625, approx: 'over', unit: 'person', canonicalValue: 1300, category: 'casualties', measure: 'killedOrWounded', side: 'ua', attribution: 'Ministry of Defence' },
      '> 1,300 people · casualties: killed or wounded · Ukraine · per Ministry of Defence'],
    ['exact counted noun, plural',
      { value: 20842, low: 20842, high: 20842, unit: 'tank', canonicalValue: 20842, category: 'equipment', side: 'ru' },
      '20,842 tanks · equipment · Russia'],
    ['one of a counted noun stays singular',
      { value: 1, low: 1, high: 1, unit: 'aircraft', canonicalValue: 1, category: 'equipment' },
      '1 aircraft · equipment'],
    ['about, km stated',
      { value: 12, low: 10.8, high: 13.2, approx: 'about', unit: 'km', canonicalValue: 12, category: 'distance', when: '2025-03-14' },
      '≈ 12 km · distance · 14 March 2025'],
    ['miles converted to km',
      { value: 5, low: 0, high: 5, approx: 'atMost', unit: 'km', canonicalValue: 8.04672, category: 'distance' },
      '≤ 5 mi (8 km) · distance'],
    ['range in metres',
      { value: 250, low: 200, high: 300, approx: 'range', unit: 'km', canonicalValue: 0.25, category: 'distance' },
      '200–300 m (0.2–0.3 km) · distance'],
    ['currency with hedge keeps the symbol in front',
      { value: 500e6, low: 450e6, high: 550e6, approx: 'about', unit: 'usd', canonicalValue: 500e6, category: 'cost', side: 'us' },
      '≈ $500 million · cost · United States'],
    ['percent',
      { value: 12.5, low: 12.5, high: 12.5, unit: 'percent', canonicalValue: 12.5, category: 'other' },
      '12.5% · other figures'],
    ['Mach number reads as a prefix',
      { value: 14, low: 14, high: 14, unit: 'mach', canonicalValue: 14, category: 'other' },
      'Mach 14 · other figures'],
    ['weeks to days',
      { value: 3, low: 3, high: 3, unit: 'day', canonicalValue: 21, category: 'duration' },
      '3 weeks (21 days) · duration'],
    ['vague amount quotes the text',
      { text: 'tens of thousands of soldiers', value: null, low: null, high: null, approx: 'vague', unit: 'person', canonicalValue: null, category: 'troops', side: 'kp' },
      '“tens of thousands of soldiers” · troops · North Korea'],
    ['at least, unknown side code',
      { value: 41, low: 41, high: 61.5, approx: 'atLeast', unit: 'vehicle', canonicalValue: 41, category: 'equipment', side: 'xx', when: '2024' },
      '≥ 41 vehicles · equipment · XX · 2024'],
  ];
  it.each(rows)('%s', (_name, over, expected) => {
    expect(claimNormalForm(claim(over))).toBe(expected);
  });
});

function rel(relation: Relation['relation'], independent = true): Relation {
  const ref = { doc: 'd', text: 't', start: 0, end: 1 };
  return { a: ref, b: ref, relation, independent, reason: 'r' };
}

describe('linkCounts and statuses', () => {
  const rows: Array<[string, ClaimLinks | undefined, string, string[]]> = [
    ['nothing linked', undefined, 'no other sources yet', ['unlinked']],
    ['empty relations', { claim: 0, relations: [], independentSources: 0, reports: 0 }, 'no other sources yet', ['unlinked']],
    ['mixed',
      { claim: 0, relations: [rel('corroborates'), rel('corroborates', false), rel('conflicts'), rel('updates'), rel('updates'), rel('updates')], independentSources: 1, reports: 2 },
      '2 corroborate (1 independent) · 1 conflicts · 3 updates', ['conflicting', 'corroborated', 'updated']],
    ['singulars',
      { claim: 3, relations: [rel('corroborates'), rel('updates'), rel('related')], independentSources: 1, reports: 1 },
      '1 corroborates (1 independent) · 1 update · 1 related', ['corroborated', 'updated']],
    ['two conflicts, only related otherwise',
      { claim: 1, relations: [rel('conflicts'), rel('conflicts'), rel('related')], independentSources: 0, reports: 0 },
      '2 conflict · 1 related', ['conflicting']],
  ];
  it.each(rows)('%s', (_name, links, line, statuses) => {
    expect(linkCounts(links)).toBe(line);
    expect(claimStatuses(links)).toEqual(statuses);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2025', '2025'], ['2025-03', 'March 2025'], ['2025-03-14', '14 March 2025'], ['2024-11-01T10:00:00Z', '1 November 2024'],
    ['2025-03/2025-05', 'March 2025 – May 2025'], ['spring', 'spring'], ['2025-13', '2025-13'],
  ])('%s → %s', (iso, out) => expect(formatPeriod(iso)).toBe(out));
});

describe('formatNumber and pluralize', () => {
  it.each([
    [1165.4955, '1,165'], [12.34, '12.3'], [0.4047, '0.4'], [2500000, '2.5 million'], [600000, '600,000'], [1.2e9, '1.2 billion'], [7, '7'],
  ])('%s → %s', (n, s) => expect(formatNumber(n)).toBe(s));
  it.each([
    ['tank', 'tanks'], ['battery', 'batteries'], ['box', 'boxes'], ['person', 'people'], ['aircraft', 'aircraft'], ['day', 'days'],
  ])('%s → %s', (n, s) => expect(pluralize(n)).toBe(s));
});

describe('textFragmentUrl', () => {
  it.each([
    ['https://example.org/a', 'nearly 500 square miles', 'https://example.org/a#:~:text=nearly%20500%20square%20miles'],
    ['https://example.org/a#top', '1,171 km² - roughly', 'https://example.org/a#:~:text=1%2C171%20km%C2%B2%20%2D%20roughly'],
    ['https://example.org/a?x=1&y=2', 'A & B', 'https://example.org/a?x=1&y=2#:~:text=A%20%26%20B'],
    ['https://example.org/a', '   ', 'https://example.org/a'],
    ['https://example.org/a', 'the Russian army said it had lost a great many vehicles over the entire course of the winter campaign',
      'https://example.org/a#:~:text=the%20Russian%20army%20said,of%20the%20winter%20campaign'],
  ])('%s + %s', (url, quote, out) => expect(textFragmentUrl(url, quote)).toBe(out));
});
