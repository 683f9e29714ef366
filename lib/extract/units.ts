// Military formations. PLACEHOLDER: the units extractor replaces this file.
import type { UnitEntity } from '../model';

export function extractUnits(_text: string): UnitEntity[] {
  return [];
}
