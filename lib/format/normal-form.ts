// The normal form of a claim: one line a reader can compare across sources.
// "≈ 450–500 sq mi (1,165–1,295 km²) · territory · Ukraine · Kursk Oblast · March 2025 · per Pasi Paroinen"

import type { Claim } from '../model';
import { formatPeriod } from './dates';
import { CATEGORY_LABELS, MEASURE_LABELS, sideName } from './labels';
import { formatInterval, formatNumber } from './numbers';
import { isConverted, statedFactor, unitDisplay } from './units';

const SYMBOL: Partial<Record<Claim['approx'], string>> = {
  about: '≈ ',
  nearly: '≈ ',
  over: '> ',
  under: '< ',
  atLeast: '≥ ',
  atMost: '≤ ',
};

function amount(approx: Claim['approx'], value: number, low: number | null, high: number | null): string {
  // nearly X and ranges read best as their interval; the other hedges as symbol + number.
  if ((approx === 'nearly' || approx === 'range') && low !== null && high !== null && low !== high) {
    return (approx === 'nearly' ? '≈ ' : '') + formatInterval(low, high);
  }
  return (SYMBOL[approx] ?? '') + formatNumber(value);
}

/** The value part: `≈ 450–500 sq mi (1,165–1,295 km²)`, `> 1,300 people`, `$500 million`. */
export function claimValueText(claim: Claim): string {
  if (claim.value === null) return `“${claim.text.trim()}”`;
  const factor = statedFactor(claim.value, claim.canonicalValue);
  const u = unitDisplay(claim.unit, claim.value, factor);
  const stated = amount(claim.approx, claim.value, claim.low, claim.high);
  // The symbol stays in front of a currency sign: "≈ $500 million".
  const sym = /^[≈<>≤≥] /.exec(stated)?.[0] ?? '';
  let out = `${sym}${u.prefix}${stated.slice(sym.length)}${u.suffix}`;
  if (isConverted(claim.unit, factor) && claim.canonicalValue !== null) {
    const c = unitDisplay(claim.unit, claim.canonicalValue, 1);
    const showsInterval = (claim.approx === 'nearly' || claim.approx === 'range') && claim.low !== null && claim.high !== null && claim.low !== claim.high;
    const conv = showsInterval ? formatInterval(claim.low! * factor, claim.high! * factor) : formatNumber(claim.canonicalValue);
    out += ` (${conv}${c.suffix})`;
  }
  return out;
}

/** The category with its measure: `casualties: killed or wounded`, `territory`. */
export function categoryText(claim: Claim): string {
  const label = CATEGORY_LABELS[claim.category] ?? claim.category;
  if (claim.measure && claim.category === 'casualties') return `${label}: ${MEASURE_LABELS[claim.measure] ?? claim.measure}`;
  return label;
}

/** The parts of the normal form, in order, without empty ones. */
export function claimNormalParts(claim: Claim): string[] {
  const parts = [claimValueText(claim), categoryText(claim)];
  if (claim.side) parts.push(sideName(claim.side));
  if (claim.where) parts.push(claim.where);
  if (claim.when) parts.push(formatPeriod(claim.when));
  if (claim.attribution) parts.push(`per ${claim.attribution}`);
  return parts;
}

/** One line, parts joined by ` · `. */
export function claimNormalForm(claim: Claim): string {
  return claimNormalParts(claim).join(' · ');
}
