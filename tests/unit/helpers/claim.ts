// A stored claim for linker and library tests: an exact count of people killed on the Russian
// side at Pokrovsk unless `extra` says otherwise; offsets follow `at` and the text's length.
import type { Claim } from '../../../lib/model';

export const testClaim = (text: string, value: number, extra: Partial<Claim> = {}, at = 0): Claim => ({
  text,
  start: at,
  end: at + text.length,
  value,
  low: value,
  high: value,
  approx: 'exact',
  unit: 'person',
  canonicalValue: value,
  category: 'casualties',
  measure: 'killed',
  side: 'ru',
  where: 'Pokrovsk',
  ...extra,
});
