import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

// Sides in wars other than Russia–Ukraine: civilians of a civil-war country, new side codes,
// each block of a live blog read by its own context, no Russia–Ukraine default elsewhere.
const gazetteer = loadGazetteer();
const claimOf = (text: string, surface: string) => {
  const all = analyze({ text }, { gazetteer }).claims;
  const c = all.find((x) => x.text === surface);
  if (!c) throw new Error(`no claim "${surface}" in ${JSON.stringify(all.map((x) => x.text))}`);
  return c;
};

describe('sides in wars elsewhere', () => {
  // [text, claim, side]
  const rows: Array<[string, string, string | undefined]> = [
    // civilians in a civil-war country are its people, whichever armed group the sentence blames
    ['Rebels shelled Goma and Bukavu overnight. In Uvira, doctors treated 52 wounded civilians after the attack on the market.', '52 wounded', 'cd'],
    ['The paramilitary RSF has besieged El Fasher, Dilling and Kadugli; the war has displaced close to 9 million people, aid groups say.', 'close to 9 million people', 'sd'],
    ['Militants raided villages near Pemba, Montepuez and Mueda. Some 3,200 people fled toward the coast.', 'Some 3,200 people', 'mz'],
    // ... but a count that names its people keeps them
    ['Fighting near Goma and Bukavu went on. More than 12,000 Rwandans crossed the border at Gisenyi.', 'More than 12,000 Rwandans', 'rw'],
    // Burundi and Mozambique have codes of their own
    ['Burundian officials have never said how many troops are in Uvira; a diplomat put the Burundian contingent at 6,000 soldiers.', '6,000 soldiers', 'bi'],
    ['The Mozambican army said 9 soldiers had died near Macomia and Ancuabe.', '9 soldiers', 'mz'],
  ];
  for (const [text, surface, side] of rows) it(`${surface} → ${side}`, () => expect(claimOf(text, surface).side).toBe(side));
});
