// Test helper: one claim of a text, found by its exact surface. A missing claim fails with the list
// of claims that were found, so a table row that breaks says what the engine read instead.
import { analyze } from '../../lib/analyze';
import { loadGazetteer } from '../../lib/cli/load-gazetteer';
import type { Claim } from '../../lib/model';

let gazetteer: ReturnType<typeof loadGazetteer> | undefined;

/** The claim whose text is `surface` among `claims`. */
export function pickClaim(claims: readonly Claim[], surface: string): Claim {
  const c = claims.find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

/** The claim `surface` of `text` as the whole engine reads it (with the gazetteer's places). */
export function analyzedClaim(text: string, surface: string): Claim {
  gazetteer ??= loadGazetteer();
  return pickClaim(analyze({ text }, { gazetteer }).claims, surface);
}
