// Peer suite: the English cases of Microsoft Recognizers-Text, read at test time from
// ../shared/corpus/number-specs (skipped when the folder is absent; nothing is copied here).
//
// What is checked, per model file:
// - Number: every number in the input, its text and value, through `scanNumbers`.
// - Percent, Dimension, Currency: the claim extractor finds a claim covering the expected text,
//   with the expected value in the expected canonical unit.
// - Ordinal, Age: read as cases that must NOT become claims (`the fifth`, `29 years old`).
//
// Excluded on purpose (Crosscheck reads news prose, not arithmetic): cases marked NotSupported
// for javascript; fractions and ordinal fractions (`two thirds`, `one over three`, `1/4`, `½`);
// negatives (`-1`, `minus five`); reversed percentages (`per cent of 210`); exponents and scientific notation (`1.1^23`, `1e10`);
// spelled decimals (`point zero three`, `nought`); Indian numbering (`lakh`, `crore`,
// `12,34,567`); abbreviations `dzs`/`dozs`; SI letters as scales (`10M`, `1,674.5 G`, `2.33 k`);
// a dot and a comma used as decimal marks in one text (`5.00 or 5,00`); number ranges (the
// NumberRange file is all NotSupported for javascript); dimension units that are not war
// measures (ounces, gallons, bits, bytes, cups, degrees, speeds per millisecond, pounds of weight
// that read as money); currencies other than the ones a war report prices in.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';
import { scanNumbers } from '../../../lib/text/numbers';
import { tokenize } from '../../../lib/text/tokens';

const DIR = join(__dirname, '../../../../shared/corpus/number-specs');
const present = existsSync(DIR);

interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  TypeName: string;
  Resolution: { value?: string; unit?: string; isoCurrency?: string };
}
interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: SpecResult[];
}

const loadAll = (name: string): SpecCase[] => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as SpecCase[];
const load = (name: string): SpecCase[] => loadAll(name).filter((c) => !/javascript/i.test(c.NotSupported ?? ''));

const EXCLUDED_NUMBER =
  /\b(half|halves|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|trillionths?|twenty-firsts?|twenty-fifth|over|out of|point|nought|naught|minus|negative|lakh|crore|dzs|dozs)\b|[/^½¼¾⅓⅔⅙]|\d[eE][+-]?\d|(^|\s)-\s*\d|\d\s*[kKMGT]\b|\d[MG]\b|\d,\d\d,\d|5,00/;

function rate(results: boolean[]): number {
  return results.length === 0 ? 1 : results.filter(Boolean).length / results.length;
}

describe.skipIf(!present)('Recognizers-Text peer suite', () => {
  it('numbers: text and value of every number (excluded categories in the header)', () => {
    const cases = load('Number-NumberModel.json').filter((c) => !EXCLUDED_NUMBER.test(c.Input));
    const outcomes = cases.map((c) => {
      const got = scanNumbers(c.Input, tokenize(c.Input)).map((x) => [c.Input.slice(x.start, x.end).toLowerCase(), x.value]);
      const want = c.Results.map((r) => [r.Text, Number(r.Resolution.value)]);
      return JSON.stringify(got) === JSON.stringify(want);
    });
    const r = rate(outcomes);
    console.log(`number-specs numbers: ${outcomes.filter(Boolean).length}/${outcomes.length} = ${r.toFixed(3)}`);
    expect(cases.length).toBeGreaterThan(50);
    expect(r).toBeGreaterThanOrEqual(0.9);
  });

  const UNIT_MAP: Record<string, [string, number]> = {
    Mile: ['km', 1.609344], Kilometer: ['km', 1], Meter: ['km', 0.001], Foot: ['km', 0.0003048],
    'Square kilometer': ['km2', 1], 'Square meter': ['km2', 1e-6], 'Square mile': ['km2', 2.58999],
    Acre: ['km2', 0.00404686], Hectare: ['km2', 0.01], Ton: ['tonne', 1], 'Metric ton': ['tonne', 1], Kilogram: ['tonne', 0.001],
    Dollar: ['usd', 1], 'United States dollar': ['usd', 1], Euro: ['eur', 1], 'British pound': ['gbp', 1], 'Pound sterling': ['gbp', 1],
    'Kilometer per hour': ['km/h', 1], 'Mile per hour': ['km/h', 1.609344],
  };

  const claimCases = (file: string): Array<{ input: string; result: SpecResult; unit: string; factor: number }> => {
    const out: Array<{ input: string; result: SpecResult; unit: string; factor: number }> = [];
    for (const c of load(file)) {
      for (const r of c.Results) {
        if (r.Resolution.value === undefined || r.Resolution.value === null) continue;
        if (/[/½¼]/.test(r.Text)) continue;
        // reversed (`percent of 10`) and negative (`minus five percent`) forms are excluded
        if (/^per|minus|negative/.test(r.Text)) continue;
        const map = r.TypeName === 'percentage' ? (['percent', 1] as [string, number]) : UNIT_MAP[r.Resolution.unit ?? ''];
        if (!map) continue;
        // US-dollar cases only when written with a dollar word or sign (`c $` is Canadian)
        if (r.Resolution.isoCurrency && r.Resolution.isoCurrency !== 'USD' && r.Resolution.isoCurrency !== 'EUR' && r.Resolution.isoCurrency !== 'GBP') continue;
        out.push({ input: c.Input, result: r, unit: map[0], factor: map[1] });
      }
    }
    return out;
  };

  const checkClaims = (file: string, label: string, min: number): void => {
    const cases = claimCases(file);
    const outcomes = cases.map(({ input, result, unit, factor }) => {
      const want = Number(String(result.Resolution.value).replace("%", "")) * factor;
      return extractClaims(input).some(
        (c) =>
          c.start <= result.Start &&
          c.end >= result.End + 1 &&
          c.unit === unit &&
          c.canonicalValue !== null &&
          Math.abs(c.canonicalValue - want) <= Math.max(1e-6, Math.abs(want) * 0.001),
      );
    });
    const r = rate(outcomes);
    console.log(`number-specs ${label}: ${outcomes.filter(Boolean).length}/${outcomes.length} = ${r.toFixed(3)}`);
    expect(cases.length).toBeGreaterThan(5);
    expect(r).toBeGreaterThanOrEqual(min);
  };

  it('percentages become percent claims', () => checkClaims('Number-PercentModel.json', 'percent', 0.8));
  it('dimensions become claims in canonical units', () => checkClaims('NumberWithUnit-DimensionModel.json', 'dimension', 0.7));
  it('currency amounts become claims with their currency code', () => checkClaims('NumberWithUnit-CurrencyModel.json', 'currency', 0.7));

  it('ordinals are not claims (all cases: NotSupported does not matter for a rejection)', () => {
    const cases = loadAll('Number-OrdinalModel.json');
    const bad = cases.filter((c) => extractClaims(c.Input).some((cl) => c.Results.some((r) => cl.start <= r.Start && cl.end > r.Start)));
    console.log(`number-specs ordinals not claimed: ${cases.length - bad.length}/${cases.length}`);
    expect(bad.map((c) => c.Input)).toEqual([]);
  });

  it('ages are not claims', () => {
    const cases = load('NumberWithUnit-AgeModel.json');
    const bad = cases.filter((c) => extractClaims(c.Input).some((cl) => c.Results.some((r) => cl.start <= r.Start && cl.end > r.Start)));
    console.log(`number-specs ages not claimed: ${cases.length - bad.length}/${cases.length}`);
    expect(bad.map((c) => c.Input)).toEqual([]);
  });
});
