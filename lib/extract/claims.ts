// Numeric claims. PLACEHOLDER: the claims extractor replaces this file.
import type { Claim, PlaceEntity, UnitEntity } from '../model';

export interface ClaimContext {
  /** Publication date (ISO), fallback for `when` and anchor for relative dates. */
  date?: string;
  /** Places already found in the same text (used for `where`). */
  places?: PlaceEntity[];
  /** Units already found in the same text (used for attribution and side). */
  units?: UnitEntity[];
}

export function extractClaims(_text: string, _ctx: ClaimContext = {}): Claim[] {
  return [];
}
