import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/model';
import { claimKeys, type SourceRecord } from '../../../lib/claims/record';
import { PostingIndex } from '../../../lib/store/postings';
import { testClaim } from '../helpers/claim';

const rec = (id: string, claims: Claim[]): SourceRecord => ({
  id,
  doc: id,
  claims,
  units: [],
  places: [{ name: 'Pokrovsk', admin: 'Donetsk Oblast' }],
});
const killed = (n: number) => testClaim(`${n} soldiers`, n);
const tanks = (n: number) => testClaim(`${n} tanks`, n, { category: 'equipment', unit: 'tank', measure: undefined });
const keyOf = (r: SourceRecord, i: number) => claimKeys(r, i)[0];
const view = (ix: PostingIndex, keys: string[], limit?: number) => ix.lookup(keys, limit).map((h) => `${h.id}:${h.claims.join(',')}`);

describe('the compact candidate index', () => {
  it('answers newest source first, its claims last first, each claim once, up to the limit', () => {
    const ix = new PostingIndex();
    const a = rec('a', [killed(10), tanks(3), killed(12)]);
    const b = rec('b', [killed(11)]);
    ix.add(a);
    ix.add(b);
    const k = keyOf(a, 0);
    // the place key and its admin region's key both hold each claim: it is named once
    expect(view(ix, claimKeys(a, 0))).toEqual(['b:0', 'a:2,0']);
    expect(view(ix, [k], 2)).toEqual(['b:0', 'a:2']);
    expect(view(ix, [keyOf(a, 1)])).toEqual(['a:1']);
    expect(ix.sources).toBe(2);
    expect(ix.claims).toBe(4);
  });

  it('replaces a source stored again (it becomes the newest) and forgets a removed one', () => {
    const ix = new PostingIndex();
    ix.add(rec('a', [killed(10)]));
    ix.add(rec('b', [killed(11)]));
    const k = keyOf(rec('x', [killed(1)]), 0);
    ix.add(rec('a', [killed(13), killed(14)]));
    expect(view(ix, [k])).toEqual(['a:1,0', 'b:0']);
    expect(ix.remove('b')).toBeGreaterThanOrEqual(0);
    expect(ix.remove('b')).toBe(-1);
    expect(view(ix, [k])).toEqual(['a:1,0']);
    expect(ix.claims).toBe(2);
    expect(ix.aliveIds()).toEqual(['a']);
  });

  it('keeps answering right through compactions of many removed sources', () => {
    const ix = new PostingIndex();
    for (let i = 0; i < 3000; i++) ix.add(rec(`s${i}`, [killed(i + 1)]));
    for (let i = 0; i < 3000; i++) if (i % 3) ix.remove(`s${i}`);
    const k = keyOf(rec('x', [killed(1)]), 0);
    const hits = ix.lookup([k]);
    expect(hits).toHaveLength(1000);
    expect(hits.slice(0, 3).map((h) => h.id)).toEqual(['s2997', 's2994', 's2991']);
    expect(ix.sources).toBe(1000);
  });

  it('survives a snapshot: the same answers from the restored index, which keeps growing', () => {
    const ix = new PostingIndex();
    for (let i = 0; i < 50; i++) ix.add(rec(`s${i}`, i % 2 ? [killed(i), tanks(i)] : [tanks(i)]));
    ix.remove('s7');
    const keys = [keyOf(rec('x', [killed(1)]), 0), keyOf(rec('x', [tanks(1)]), 0)];
    const copy = PostingIndex.fromSnapshot(structuredClone(ix.snapshot()));
    expect(copy).not.toBeNull();
    expect(view(copy!, keys)).toEqual(view(ix, keys));
    expect(copy!.claims).toBe(ix.claims);
    copy!.add(rec('s50', [killed(50)]));
    expect(view(copy!, keys, 1)).toEqual(['s50:0']);
  });

  it('refuses a damaged snapshot instead of answering wrong', () => {
    const ix = new PostingIndex();
    ix.add(rec('a', [killed(10)]));
    const s = ix.snapshot();
    expect(PostingIndex.fromSnapshot({ ...s, offsets: new Int32Array([0]) })).toBeNull();
    expect(PostingIndex.fromSnapshot({ ...s, postings: Array.from(s.postings) })).toBeNull();
    expect(PostingIndex.fromSnapshot(null)).toBeNull();
  });
});
