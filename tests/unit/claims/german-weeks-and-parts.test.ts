import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../claim-of';

describe('German weeks and parts of a count', () => {
  it('reads `Wochen` as a duration of weeks (in days), also after a number word', () => {
    const c = analyzedClaim('Die Sperrung der Brücke soll mindestens drei Wochen dauern.', 'mindestens drei Wochen');
    expect([c.unit, c.value, c.category]).toEqual(['day', 3, 'duration']);
    expect(analyzedClaim('Der Angriff kam nach 2 Wochen Ruhe.', '2 Wochen').unit).toBe('day');
  });
  it('gives the part before `von` the noun of the whole (`142 von 167 Drohnen`)', () => {
    const c = analyzedClaim('Die Luftwaffe meldete, 61 von 75 russischen Drohnen seien abgefangen worden.', '61');
    expect([c.unit, c.category]).toEqual(['drone', 'equipment']);
    expect(analyzedClaim('Nach Angaben der Armee wurden 9 von den 12 Raketen abgeschossen.', '9').unit).toBe('missile');
  });
  it('keeps the source of the sentence before for a sentence in Konjunktiv I with `werde`', () => {
    const text = 'Nach Angaben des Netzbetreibers sind 30 Prozent der Haushalte ohne Strom. Die Reparatur werde mindestens fünf Tage dauern.';
    expect(analyzedClaim(text, 'mindestens fünf Tage').attribution).toMatch(/Netzbetreiber/);
  });
});
