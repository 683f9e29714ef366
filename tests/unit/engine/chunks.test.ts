// Long texts are read in chunks: the marks of a long page are the marks of its parts, at the
// right offsets, with one entity per unit or place however many chunks mention it.
import { describe, expect, it } from 'vitest';
import { analyze, chunkBounds, CHUNK_CHARS } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

const para =
  'The 47th Mechanized Brigade repelled an assault near Pokrovsk on Tuesday, and at least 41 Russian vehicles were destroyed, the General Staff said.\n' +
  'Residents of Kramatorsk said shelling had damaged 12 houses.\n';

describe('chunkBounds', () => {
  it('leaves an article whole and cuts a long text at line breaks', () => {
    expect(chunkBounds(para)).toEqual([0, para.length]);
    const long = para.repeat(Math.ceil((CHUNK_CHARS * 2.5) / para.length));
    const b = chunkBounds(long);
    expect(b.length).toBeGreaterThan(3);
    expect(b[0]).toBe(0);
    expect(b[b.length - 1]).toBe(long.length);
    for (let k = 1; k + 1 < b.length; k++) {
      expect(long[b[k] - 1]).toBe('\n');
      expect(b[k] - b[k - 1]).toBeLessThanOrEqual(CHUNK_CHARS);
    }
  });

  it('cuts text without breaks or spaces without splitting a surrogate pair', () => {
    const s = '𝐀'.repeat(CHUNK_CHARS);
    const b = chunkBounds(s);
    for (const x of b) expect(x % 2).toBe(0);
  });
});

describe('analyze on a long text', () => {
  it('finds in every chunk what it finds in one paragraph, merged per entity', () => {
    const gazetteer = loadGazetteer();
    const one = analyze({ text: para }, { gazetteer });
    const times = Math.ceil((CHUNK_CHARS * 2.2) / para.length);
    const long = para.repeat(times);
    const all = analyze({ text: long }, { gazetteer });
    expect(all.claims.length).toBe(one.claims.length * times);
    expect(all.units.map((u) => u.name)).toEqual(one.units.map((u) => u.name));
    expect(all.places.map((p) => p.name)).toEqual(one.places.map((p) => p.name));
    expect(all.units[0].mentions.length).toBe(one.units[0].mentions.length * times);
    for (const c of all.claims) expect(long.slice(c.start, c.end)).toBe(c.text);
    for (const p of all.places) for (const m of p.mentions) expect(long.slice(m.start, m.end)).toBe(m.text);
    expect(all.warCoverage.isWarCoverage).toBe(one.warCoverage.isWarCoverage);
  });
});
