// How a claim's unit reads: the unit as stated (recovered from the conversion factor the engine
// applied, canonicalValue / value) and the canonical unit, in short readable symbols.

export interface UnitDisplay {
  /** Placed before the number (`$`), or empty. */
  prefix: string;
  /** Placed after the number (` sq mi`, `%`, ` tanks`), or empty. */
  suffix: string;
}

interface Alt { factor: number; singular: string; plural: string }

// Stated units that convert to a canonical one, by canonical unit and factor.
const STATED: Record<string, Alt[]> = {
  km: [
    { factor: 1, singular: 'km', plural: 'km' },
    { factor: 1.609344, singular: 'mi', plural: 'mi' },
    { factor: 1.852, singular: 'nmi', plural: 'nmi' },
    { factor: 0.001, singular: 'm', plural: 'm' },
    { factor: 0.0003048, singular: 'ft', plural: 'ft' },
    { factor: 0.0009144, singular: 'yd', plural: 'yd' },
  ],
  km2: [
    { factor: 1, singular: 'km²', plural: 'km²' },
    { factor: 2.58999, singular: 'sq mi', plural: 'sq mi' },
    { factor: 0.01, singular: 'ha', plural: 'ha' },
    { factor: 0.00404686, singular: 'acre', plural: 'acres' },
    { factor: 0.001, singular: 'dunam', plural: 'dunams' },
    { factor: 1e-6, singular: 'm²', plural: 'm²' },
  ],
  tonne: [
    { factor: 1, singular: 't', plural: 't' },
    { factor: 0.001, singular: 'kg', plural: 'kg' },
    { factor: 0.000453592, singular: 'lb', plural: 'lb' },
  ],
  hour: [
    { factor: 1, singular: 'hour', plural: 'hours' },
    { factor: 1 / 60, singular: 'minute', plural: 'minutes' },
  ],
  day: [
    { factor: 1, singular: 'day', plural: 'days' },
    { factor: 7, singular: 'week', plural: 'weeks' },
  ],
  year: [
    { factor: 1, singular: 'year', plural: 'years' },
    { factor: 10, singular: 'decade', plural: 'decades' },
  ],
  'km/h': [
    { factor: 1, singular: 'km/h', plural: 'km/h' },
    { factor: 1.609344, singular: 'mph', plural: 'mph' },
    { factor: 1.852, singular: 'kn', plural: 'kn' },
  ],
};

const CURRENCY_PREFIX: Record<string, string> = { usd: '$', eur: '€', gbp: '£', ils: '₪', uah: '₴', jpy: '¥', cny: 'CN¥', krw: '₩' };
const CURRENCY_CODES = new Set(['rub', 'sdg', 'sar', 'mmk', 'lbp', 'irr', 'xof']);
const IRREGULAR: Record<string, string> = {
  person: 'people', aircraft: 'aircraft', artillery: 'artillery pieces', item: 'items', month: 'months',
  percent: '%', sheep: 'sheep', equipment: 'pieces of equipment', personnel: 'personnel', infantry: 'infantry',
};

/** English plural of a counted noun: `tank` → `tanks`, `battery` → `batteries`, `person` → `people`. */
export function pluralize(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.002;
}

/** The stated unit's conversion factor (canonicalValue / value), 1 when it cannot be told. */
export function statedFactor(value: number | null, canonicalValue: number | null): number {
  if (value === null || canonicalValue === null || value === 0) return 1;
  return canonicalValue / value;
}

/** How the unit reads next to a number; `factor` picks the stated unit (1 = the canonical one). */
export function unitDisplay(unit: string, amount: number | null, factor = 1): UnitDisplay {
  const one = amount !== null && Math.abs(amount) === 1;
  const alts = STATED[unit];
  if (alts) {
    const alt = alts.find((a) => near(a.factor, factor)) ?? alts[0];
    return { prefix: '', suffix: ' ' + (one ? alt.singular : alt.plural) };
  }
  if (unit === 'percent') return { prefix: '', suffix: '%' };
  if (unit === 'mach') return { prefix: 'Mach ', suffix: '' };
  if (CURRENCY_PREFIX[unit]) return { prefix: CURRENCY_PREFIX[unit], suffix: '' };
  if (CURRENCY_CODES.has(unit)) {
    return { prefix: '', suffix: ' ' + unit.toUpperCase() };
  }
  if (!unit) return { prefix: '', suffix: '' };
  if (unit === 'person') return { prefix: '', suffix: one ? ' person' : ' people' };
  if (unit === 'month') return { prefix: '', suffix: one ? ' month' : ' months' };
  return { prefix: '', suffix: ' ' + (one ? unit : pluralize(unit)) };
}

/** True when the stated unit differs from the canonical one (a conversion is worth showing). */
export function isConverted(unit: string, factor: number): boolean {
  return Boolean(STATED[unit]) && !near(factor, 1);
}
