import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const gazetteer = loadGazetteer();
const claimOf = (text: string, surface: string) => {
  const all = analyze({ text }, { gazetteer }).claims;
  const c = all.find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(all.map((x) => x.text))}`);
  return c;
};
type Row = [string, string, string | undefined];

describe('attribution: a relative clause between the speaker and its verb', () => {
  const rows: Row[] = [
    // a bare `The group, which ...,` points back to the body named before
    ['The Sudan Doctors Network said the shelling killed 12 people in Kosti. The group, which tracks casualties across the country, said 47 people were wounded.', '47 people', 'Sudan Doctors Network'],
    // a named body before the clause is the speaker itself, whole
    ['The Sudan Doctors Network, which tracks casualties across the country, said 47 people were wounded in Kosti.', '47 people', 'Sudan Doctors Network'],
    // `who` without commas: people who saw it
    ['Villagers who fled the fighting said at least 15 houses were burned.', 'at least 15 houses', 'Villagers'],
    ['Residents said the bridge had been hit at least four times overnight.', 'at least four times', 'Residents'],
  ];
  for (const [text, surface, want] of rows) it(`${surface} ← ${want}`, () => expect(claimOf(text, surface).attribution).toBe(want));
});

describe('attribution: a bare body the text names no further', () => {
  const rows: Row[] = [
    ['Some 400,000 people have been displaced in the north, the government says.', 'Some 400,000 people', 'government'],
    // the subject of the sentence speaks through `and says`
    ['The government launched the offensive in March and says it has retaken 35 villages since then.', '35 villages', 'government'],
    // ... but a body named before is who it is
    ['The Somali government said its forces killed 20 militants. The government also says 14 villages were retaken.', '14 villages', 'Somali government'],
  ];
  for (const [text, surface, want] of rows) it(`${surface} ← ${want}`, () => expect(claimOf(text, surface).attribution).toBe(want));
});

describe("sides: a source that reports a killing is not the killer, unless it speaks of its own forces", () => {
  const rows: Row[] = [
    // the network counts the dead; it killed nobody (no RSF would be their enemy)
    ['The Sudan Doctors Network said the shelling killed 12 people in Kosti.', '12 people', 'sd'],
    // the army's own troops killed them
    ['Fighting went on near Babanusa. The Sudanese army said troops of its 22nd Division killed 40 fighters near the town.', '40 fighters', 'rsf'],
    // where a monitor sits is not a side
    ['The Syrian Observatory for Human Rights, a Britain-based monitor, said 24 fighters were killed near Hama.', '24 fighters', 'sy'],
  ];
  for (const [text, surface, want] of rows) it(`${surface} → ${want}`, () => expect(claimOf(text, surface).side).toBe(want));
});
