// German names of seas, gulfs and capes (`im Roten Meer`, `Golf von Aden`, `Kap der Guten
// Hoffnung`, `Suezkanal`) are the features their English names name. Texts are our own.
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const g = loadGazetteer();
const names = (text: string) => extractPlaces(text, g).map((p) => [p.name, p.mentions.map((m) => m.text)]);

describe('German names of sea features', () => {
  it.each([
    ['Angriffe im Roten Meer und im Golf von Aden.', [['Red Sea', ['Roten Meer']], ['Gulf of Aden', ['Golf von Aden']]]],
    ['Der Umweg um das Kap der Guten Hoffnung ist lang.', [['Cape of Good Hope', ['Kap der Guten Hoffnung']]]],
    ['Reedereien meiden den Suezkanal.', [['Suez Canal', ['Suezkanal']]]],
  ])('%s', (text, want) => expect(names(text)).toEqual(want));
});
