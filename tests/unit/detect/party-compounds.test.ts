// A hyphenated compound of a conflict party and a fighting or weapons word (`Huthi-Angriffe`)
// counts as that side's attacks; other compounds do not. Texts are our own.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const sideForce = (text: string): string | undefined => detectWarCoverage(text).reasons.find((r) => r.includes('a side’s forces or attacks'));

describe('party compounds', () => {
  it.each([
    ['Neue Huthi-Angriffe auf Frachter im Roten Meer.', 'huthi-angriffe'],
    ['Die Hamas-Kämpfer zogen sich in die Tunnel zurück.', 'hamas-kämpfer'],
    ['Hisbollah-Raketen trafen den Norden.', 'hisbollah-raketen'],
  ])('%s', (text, shown) => expect(sideForce(text)).toContain(shown));

  it.each([
    'Der Ukraine-Gipfel in Genf endete ohne Einigung.',
    'Die Drohnen-Abwehr der Messe war gut besucht.',
  ])('%s', (text) => expect(sideForce(text)).toBeUndefined());
});
