// Places. PLACEHOLDER: the places extractor replaces this file.
import type { PlaceEntity } from '../model';
import type { Gazetteer } from '../gazetteer/index';

export function extractPlaces(_text: string, _gazetteer: Gazetteer): PlaceEntity[] {
  return [];
}
