// A long text is read in chunks, but it is one text: what an early chunk names is known to the
// later ones, and the page verdict weighs all of it. Each case puts the evidence more than one
// chunk away from the mention that needs it, with plain filler in between.
import { describe, expect, it } from 'vitest';
import { analyze, chunkBounds, CHUNK_CHARS } from '../../../lib/analyze';
import { extractPlaces } from '../../../lib/extract/places';
import { extractUnits } from '../../../lib/extract/units';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const filler = 'Residents gathered in the square on Sunday to talk about the new library and the school garden.\n';
const fill = (chars: number): string => filler.repeat(Math.ceil(chars / filler.length));
const war =
  'Ukrainian troops repelled a Russian assault near Pokrovsk, and artillery shelled enemy positions as drones struck a fuel depot.\n';

/** Index of the chunk that holds offset `at`. */
function chunkOf(text: string, at: number): number {
  const b = chunkBounds(text);
  let k = 0;
  while (k + 2 < b.length && b[k + 1] <= at) k++;
  return k;
}

describe('analyze carries what earlier chunks found', () => {
  const gazetteer = loadGazetteer();

  it('resolves a short unit reference to the full name given chunks earlier', () => {
    const text = 'The 81st Airmobile Brigade held its positions near Siversk on Monday.\n' + fill(CHUNK_CHARS * 1.2) + 'Later the 81st said it had repelled two assaults.\n';
    const ref = text.lastIndexOf('81st');
    expect(chunkOf(text, ref)).toBeGreaterThan(chunkOf(text, 4));
    const { units } = analyze({ text }, { gazetteer });
    expect(units.map((u) => u.name)).toEqual(['81st Airmobile Brigade']);
    expect(units[0].mentions.map((m) => m.start)).toEqual([4, ref]);
    expect(units[0].mentions[1].text).toBe('81st');
  });

  it('knows the acronyms an earlier chunk defined, for a unit and for a unit type', () => {
    const text =
      'The Tavria Operational Strategic Group (TOSG) and the 2nd Combined Arms Army (CAA) reported heavy fighting.\n' +
      fill(CHUNK_CHARS * 1.3) +
      'The TOSG said the 41st CAA had advanced.\n';
    const { units } = analyze({ text }, { gazetteer });
    const tosg = units.find((u) => u.name === 'Tavria Operational Strategic Group');
    expect(tosg?.mentions.map((m) => m.start)).toEqual([4, text.indexOf('TOSG'), text.lastIndexOf('TOSG')]);
    const caa = units.find((u) => u.name === '41st Combined Arms Army');
    expect(caa?.mentions.map((m) => m.text)).toEqual(['41st CAA']);
  });

  it('reads a bare region name as the region an earlier chunk named with its suffix', () => {
    const text = 'Fighting raged in Kursk Oblast on Monday.\n' + fill(CHUNK_CHARS * 1.2) + 'Troops were seen in Kursk.\n';
    const at = text.lastIndexOf('Kursk');
    const { places } = analyze({ text }, { gazetteer });
    const holder = places.find((p) => p.mentions.some((m) => m.start === at));
    expect(holder?.name).toBe('Kursk Oblast');
    expect(holder?.kind).toBe('region');
  });

  it('scores the page over all its chunks, not only the first', () => {
    const text = fill(CHUNK_CHARS * 1.1) + war.repeat(Math.ceil((CHUNK_CHARS * 2.5) / war.length));
    expect(chunkBounds(text).length).toBeGreaterThan(3);
    const first = analyze({ text: text.slice(0, chunkBounds(text)[1]) }, { gazetteer });
    expect(first.warCoverage.isWarCoverage).toBe(false);
    const all = analyze({ text }, { gazetteer });
    expect(all.warCoverage.isWarCoverage).toBe(true);
    expect(all.warCoverage.reasons.join(' ')).toMatch(/troops/);
  });

  it('gives the same marks as reading the text whole when it crosses chunks', () => {
    // units and places of a long text equal those of one unchunked pass over it
    const parts = [
      'The 47th Mechanized Brigade repelled an assault near Pokrovsk, the General Staff said.\n',
      fill(CHUNK_CHARS * 0.7),
      'Russian forces shelled Kramatorsk and Sloviansk in Donetsk Oblast.\n',
      fill(CHUNK_CHARS * 0.7),
      'The 47th said it had held the line near Pokrovsk; Kramatorsk was shelled again.\n',
    ];
    const text = parts.join('');
    expect(chunkBounds(text).length).toBeGreaterThan(2);
    const { units, places } = analyze({ text }, { gazetteer });
    const whole = (xs: Array<{ name: string; mentions: Array<{ start: number }> }>) =>
      xs.map((x) => `${x.name}@${x.mentions.map((m) => m.start).join(',')}`).sort();
    expect(whole(units)).toEqual(whole(extractUnits(text)));
    expect(whole(places)).toEqual(whole(extractPlaces(text, gazetteer)));
  });
});
