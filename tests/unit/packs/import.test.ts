import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPack } from '../../../lib/packs/import';
import type { PackSource } from '../../../lib/packs/format';

const demo = readFileSync(new URL('../../../assets/packs/demo.jsonl', import.meta.url), 'utf8');

function library() {
  const sources = new Map<string, PackSource>();
  return {
    sources,
    put: async (s: PackSource) => {
      const had = sources.has(s.meta.id);
      sources.set(s.meta.id, s);
      return had ? ('updated' as const) : ('added' as const);
    },
  };
}

describe('importPack', () => {
  it('imports the demo pack and lists the sources it added; a second import updates them', async () => {
    const lib = library();
    const first = await importPack(demo, lib.put);
    expect(first.message).toBe('pack imported: 10 added');
    expect(first.added.map((m) => m.title)).toContain('Russia says it has retaken Sudzha');
    expect(lib.sources.size).toBe(10);
    const second = await importPack(demo, lib.put);
    expect(second.message).toBe('pack imported: 0 added, 10 updated');
  });

  it('keeps the good lines of a damaged pack and says what was lost and where', async () => {
    const lines = demo.trim().split('\n');
    const damaged = [lines[0], lines[1].slice(0, 200), lines[2]].join('\n');
    const lib = library();
    const r = await importPack(damaged, lib.put, { packName: 'shared-by-a-friend' });
    expect(r.added).toHaveLength(2);
    expect(r.errors).toEqual([{ line: 2, message: expect.stringMatching(/^not valid JSON/) }]);
    expect(r.message).toBe('pack imported: 2 added, 1 could not be imported');
    expect([...lib.sources.values()].every((s) => s.provenance?.pack === 'shared-by-a-friend')).toBe(true);
  });

  it('a library that refuses a source, or skips it, is reported per source', async () => {
    const one = demo.trim().split('\n').slice(0, 2).join('\n');
    let n = 0;
    const r = await importPack(one, async () => {
      if (n++ === 0) throw new Error('disk full');
      return { outcome: 'skipped', reason: 'same text as an existing source' };
    });
    expect(r.errors).toEqual([{ id: 'pack:demo/01-kursk-incursion-syrskyi.txt', message: 'the library refused it (disk full)' }]);
    expect(r.skipped).toEqual([{ meta: expect.objectContaining({ id: 'pack:demo/02-kursk-salient-square-miles.txt' }), reason: 'same text as an existing source' }]);
    expect(await importPack('\n\n', async () => 'added')).toMatchObject({ message: 'the pack is empty' });
  });
});
