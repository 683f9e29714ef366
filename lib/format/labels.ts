// Reader-facing names for the model's codes: sides, categories, measures, statuses.

import type { Category, Measure, RelationKind } from '../model';

const SIDES: Record<string, string> = {
  ua: 'Ukraine', ru: 'Russia', kp: 'North Korea', by: 'Belarus', il: 'Israel', ps: 'Palestinians', lb: 'Lebanon',
  sd: 'Sudan', sy: 'Syria', ye: 'Yemen', us: 'United States', ir: 'Iran', mm: 'Myanmar', gb: 'United Kingdom',
  fr: 'France', de: 'Germany', cn: 'China', tr: 'Türkiye', ml: 'Mali', bf: 'Burkina Faso', ne: 'Niger',
  ng: 'Nigeria', et: 'Ethiopia', er: 'Eritrea', so: 'Somalia', cd: 'DR Congo', iq: 'Iraq', af: 'Afghanistan',
  pl: 'Poland', md: 'Moldova', ge: 'Georgia', am: 'Armenia', az: 'Azerbaijan', in: 'India', pk: 'Pakistan',
};

/** `ua` → `Ukraine`; unknown codes are shown upper-cased (`XX`). */
export function sideName(code: string): string {
  return SIDES[code.toLowerCase()] ?? code.toUpperCase();
}

const COUNTRIES: Record<string, string> = {
  UA: 'Ukraine', RU: 'Russia', BY: 'Belarus', PL: 'Poland', MD: 'Moldova', RO: 'Romania', IL: 'Israel', PS: 'Palestine',
  LB: 'Lebanon', SY: 'Syria', SD: 'Sudan', YE: 'Yemen', IR: 'Iran', IQ: 'Iraq', MM: 'Myanmar', KP: 'North Korea',
  GE: 'Georgia', AM: 'Armenia', AZ: 'Azerbaijan', ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger', ET: 'Ethiopia',
  SO: 'Somalia', CD: 'DR Congo', AF: 'Afghanistan', TR: 'Türkiye', US: 'United States', GB: 'United Kingdom',
};

/** ISO 3166-1 alpha-2 → English name where known (Intl.DisplayNames when the runtime has it). */
export function countryName(code: string): string {
  const up = code.toUpperCase();
  if (COUNTRIES[up]) return COUNTRIES[up];
  try {
    const dn = new Intl.DisplayNames(['en'], { type: 'region' });
    return dn.of(up) ?? up;
  } catch {
    return up;
  }
}

export const CATEGORY_LABELS: Record<Category, string> = {
  casualties: 'casualties',
  captured: 'captured',
  troops: 'troops',
  equipment: 'equipment',
  territory: 'territory',
  distance: 'distance',
  duration: 'duration',
  cost: 'cost',
  other: 'other figures',
};

/** Heading for a category group in the side panel. */
export const CATEGORY_TITLES: Record<Category, string> = {
  casualties: 'Casualties',
  captured: 'Prisoners and captures',
  troops: 'Troops and forces',
  equipment: 'Equipment',
  territory: 'Territory',
  distance: 'Distances',
  duration: 'Durations',
  cost: 'Costs',
  other: 'Other figures',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  killed: 'killed',
  wounded: 'wounded',
  killedOrWounded: 'killed or wounded',
  captured: 'captured',
  missing: 'missing',
  losses: 'losses',
};

export const RELATION_LABELS: Record<RelationKind, string> = {
  corroborates: 'corroborates',
  conflicts: 'conflicts',
  updates: 'updates',
  related: 'related',
};
