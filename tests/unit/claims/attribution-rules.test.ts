import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract/claims';

const who = (text: string, surface: string): string | undefined => {
  const c = extractClaims(text).find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(extractClaims(text).map((x) => x.text))}`);
  return c.attribution;
};

describe('attribution: appositives, clauses, roles, reported speech, pronouns', () => {
  // [text, claim, source]
  const rows: Array<[string, string, string | undefined]> = [
    ["The group's armed wing, the Saraya al-Quds Brigades, said it destroyed two armoured vehicles.", 'two armoured vehicles', 'Saraya al-Quds Brigades'],
    ['MONUSCO, the U.N. mission of some 14,000 troops in eastern Congo, says 3 peacekeepers were hurt.', '3 peacekeepers', 'MONUSCO'],
    ['Exports fell by 30 percent, according to the trade agency UNCTAD, and Kenya says revenue dropped to $2 billion.', '$2 billion', 'Kenya'],
    ['Exports fell by 30 percent, according to the trade agency UNCTAD, and Kenya says revenue dropped to $2 billion.', '30 percent', 'UNCTAD'],
    ['Violence killed more than 900 people this year, according to the conflict monitor ACLED.', 'more than 900 people', 'ACLED'],
    ['Air raids intensified, with local monitors recording at least 31 strikes in October.', 'at least 31 strikes', 'local monitors'],
    ['Nach Schätzung des Militärexperten Oleh Schdanow kontrolliert Russland etwa 60 Prozent der Stadt.', 'etwa 60 Prozent', 'Militärexperten Oleh Schdanow'],
    ['Die Luftwaffe meldete 80 Drohnen. 61 Drohnen seien abgeschossen worden.', '61 Drohnen', 'Luftwaffe'],
    ['The Institute for the Study of War said Russia keeps attacking. It also counted 45 assaults near Toretsk.', '45 assaults', 'Institute for the Study of War'],
    // a pronoun with no source before it, and a plain sentence after a source: nothing
    ['It counted 45 assaults near Toretsk.', '45 assaults', undefined],
    ['The Institute for the Study of War said Russia keeps attacking. Troops made 45 assaults near Toretsk.', '45 assaults', undefined],
  ];
  for (const [text, surface, source] of rows) it(`${surface} ← ${source}`, () => expect(who(text, surface)).toBe(source));
});
