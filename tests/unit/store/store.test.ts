import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../../../lib/model';
import { claimKeys, queryKeys, recordKeys, type SourceRecord } from '../../../lib/claims/record';
import { fingerprint } from '../../../lib/claims/fingerprint';
import { createLinkService } from '../../../lib/claims/service';
import { linkPage } from '../../../lib/claims/linker';
import { MemoryLibrary, type Library } from '../../../lib/store/library';
import { createIdbLibrary, openDatabase, LibraryError, type IdbLibrary } from '../../../lib/store/idb';
import { importJsonl } from '../../../lib/store/jsonl';
import { openFileLibrary } from '../../../lib/store/file';
import { testClaim } from '../helpers/claim';

const claim = (text: string, value: number, extra: Partial<Claim> = {}): Claim => testClaim(text, value, { when: '2024-11', ...extra }, 10);

const rec = (id: string, claims: Claim[], extra: Partial<SourceRecord> = {}): SourceRecord => ({
  id,
  doc: `${id}.txt`,
  title: `Title ${id} — “quoted” ü`,
  published: '2024-11-20',
  claims,
  units: [{ name: '30th Mechanized Brigade', side: 'ua' }],
  places: [{ name: 'Pokrovsk', id: 's:UA:pokrovsk', admin: 'Donetsk Oblast', country: 'UA' }],
  fingerprint: fingerprint(`text of ${id}`),
  ...extra,
});

let dbn = 0;
const stores: [string, () => Promise<Library>][] = [
  ['memory', async () => new MemoryLibrary()],
  ['indexeddb', async () => createIdbLibrary(indexedDB, `test-${++dbn}`)],
];

describe.each(stores)('%s library', (_name, make) => {
  it('puts, gets, updates in place, lists, counts and deletes', async () => {
    const lib = await make();
    expect(await lib.put(rec('a', [claim('4,500 soldiers', 4500)]))).toBe(false);
    expect(await lib.put(rec('b', [claim('1,200 soldiers', 1200), claim('7,300 soldiers', 7300)]))).toBe(false);
    expect(await lib.put(rec('a', [claim('4,600 soldiers', 4600)]))).toBe(true);
    expect(await lib.count()).toEqual({ sources: 2, claims: 3 });
    expect((await lib.get('a'))?.claims[0].text).toBe('4,600 soldiers');
    expect((await lib.list()).map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(await lib.delete('a')).toBe(true);
    expect(await lib.delete('a')).toBe(false);
    expect(await lib.get('a')).toBeUndefined();
    await lib.clear();
    expect(await lib.count()).toEqual({ sources: 0, claims: 0 });
  });

  it('finds candidates by exact keys only, and forgets the keys of a replaced version', async () => {
    const lib = await make();
    await lib.put(rec('a', [claim('4,500 soldiers', 4500), claim('12 tanks', 12, { unit: 'tank', category: 'equipment', measure: undefined })]));
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    const hits = await lib.candidates(queryKeys(page, 0));
    expect(hits.map((h) => [h.source.id, h.claims])).toEqual([['a', [0]]]);
    await lib.put(rec('a', [claim('12 tanks', 12, { unit: 'tank', category: 'equipment', measure: undefined })]));
    expect(await lib.candidates(queryKeys(page, 0))).toEqual([]);
    expect(await lib.candidates(['q|nothing|here'])).toEqual([]);
  });

  it('answers candidate lookups from what is stored now: after an import, a delete and a clear', async () => {
    const lib = await make();
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    const ids = async () => (await lib.candidates(queryKeys(page, 0))).map((h) => h.source.id).sort();
    await lib.put(rec('a', [claim('4,500 soldiers', 4500)]));
    expect(await ids()).toEqual(['a']);
    await lib.importJsonl(JSON.stringify(rec('b', [claim('4,300 soldiers', 4300)])));
    expect(await ids()).toEqual(['a', 'b']);
    expect(await ids()).toEqual(['a', 'b']); // asked again: the same answer
    await lib.delete('a');
    expect(await ids()).toEqual(['b']);
    await lib.clear();
    expect(await ids()).toEqual([]);
  });

  it('hands out candidates newest first (a revisit counts as new), and the newest when capped', async () => {
    const lib = await make();
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    for (const id of ['a', 'b', 'c']) await lib.put(rec(id, [claim('4,500 soldiers', 4500), claim('4,510 soldiers', 4510)]));
    const order = async (limit?: number) => (await lib.candidates(queryKeys(page, 0), limit)).map((h) => [h.source.id, h.claims]);
    expect(await order()).toEqual([['c', [1, 0]], ['b', [1, 0]], ['a', [1, 0]]]);
    expect(await order(3)).toEqual([['c', [1, 0]], ['b', [1]]]);
    await lib.put(rec('a', [claim('4,500 soldiers', 4500)]));
    expect(await order()).toEqual([['a', [0]], ['c', [1, 0]], ['b', [1, 0]]]);
    await lib.delete('c');
    await lib.importJsonl(JSON.stringify(rec('d', [claim('4,520 soldiers', 4520)])));
    expect(await order(2)).toEqual([['d', [0]], ['a', [0]]]);
  });

  it('exports and imports JSON Lines without losing anything', async () => {
    const lib = await make();
    const sources = [rec('a', [claim('about 4,500 soldiers', 4500, { approx: 'about', low: 4050, high: 4950, attribution: 'General Staff' })]), rec('b', [], { url: 'https://example.com/x', outlet: 'Example', language: 'en' })];
    for (const s of sources) await lib.put(s);
    const text = await lib.exportJsonl();
    const other = await make();
    const report = await other.importJsonl(text);
    expect(report.errors).toEqual([]);
    const back = (await other.list()).sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(back).toEqual(sources);
    expect(await other.exportJsonl()).toBe(text);
  });

  it('imports the good lines of a damaged file and names the bad ones by line number', async () => {
    const lib = await make();
    const good = JSON.stringify(rec('a', [claim('4,500 soldiers', 4500)]));
    const text = [
      '{"crosscheck":"library","schema":2,"sources":3}',
      good,
      '{"id":"b","doc":"b.txt","claims":"none","units":[],"places":[]}',
      'not json',
      '',
      JSON.stringify({ ...rec('c', []), claims: [{ text: 'x', start: 5, end: 2 }] }),
    ].join('\n');
    const report = await lib.importJsonl(text);
    expect(report.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(report.errors[0].message).toBe('"claims" must be an array');
    expect(report.errors[1].message).toMatch(/not valid JSON/);
    expect(report.errors[2].message).toMatch(/claims\[0\]/);
    expect((await lib.list()).map((r) => r.id)).toEqual(['a']);
  });
});

describe('JSON Lines schema migration', () => {
  it('reads a v1 export: a record with its text gets a fingerprint and loses the text', () => {
    const v1 = [
      '{"crosscheck":"library","schema":1,"sources":2}',
      JSON.stringify({ id: 'a', doc: 'a.txt', claims: [], units: [], places: [], text: 'Russian forces advanced near Pokrovsk on Monday.' }),
      JSON.stringify({ id: 'b', doc: 'b.txt', claims: [], units: [], places: [] }),
    ].join('\n');
    const r = importJsonl(v1);
    expect(r.schema).toBe(1);
    expect(r.errors).toEqual([]);
    expect(r.records[0].fingerprint).toBe(fingerprint('Russian forces advanced near Pokrovsk on Monday.'));
    expect('text' in r.records[0]).toBe(false);
    expect(r.records[1].fingerprint).toBeUndefined();
  });

  it('warns about a newer schema instead of failing silently', () => {
    const r = importJsonl('{"crosscheck":"library","schema":9}\n');
    expect(r.errors[0]).toMatchObject({ line: 1 });
    expect(r.errors[0].message).toMatch(/newer/);
  });
});

describe('IndexedDB', () => {
  it('migrates a v1 database: stored sources become findable by key', async () => {
    const name = 'migrate-v1';
    const v1 = await openDatabase(indexedDB, name, 1);
    const source = rec('old', [claim('4,500 soldiers', 4500)]);
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction('sources', 'readwrite');
      tx.objectStore('sources').put(source); // a v1 row: no keys
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect(v1.objectStoreNames.contains('sources')).toBe(true);
    expect([...v1.transaction('sources').objectStore('sources').indexNames]).toEqual(['doc']);
    v1.close();
    const lib = await createIdbLibrary(indexedDB, name);
    const hits = await lib.candidates(claimKeys(source, 0));
    expect(hits.map((h) => h.source)).toEqual([source]);
    expect(await lib.count()).toEqual({ sources: 1, claims: 1 });
    lib.close();
  });

  it('migrates a v2 database: stored sources are numbered oldest first by their update time', async () => {
    const name = 'migrate-v2';
    const v2 = await openDatabase(indexedDB, name, 2);
    const rows = [
      rec('z-old', [claim('4,500 soldiers', 4500)], { updated: '2024-01-01T00:00:00Z' }),
      rec('a-new', [claim('4,510 soldiers', 4510)], { updated: '2025-06-01T00:00:00Z' }),
      rec('m-mid', [claim('4,520 soldiers', 4520)], { updated: '2024-08-01T00:00:00Z' }),
    ];
    await new Promise<void>((resolve, reject) => {
      const tx = v2.transaction('sources', 'readwrite');
      for (const r of rows) tx.objectStore('sources').put({ ...r, keys: recordKeys(r) }); // v2 rows: keys, no seq
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect([...v2.transaction('sources').objectStore('sources').indexNames].sort()).toEqual(['doc', 'fingerprint', 'keys']);
    v2.close();
    const lib = await createIdbLibrary(indexedDB, name);
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    expect((await lib.candidates(queryKeys(page, 0))).map((h) => h.source.id)).toEqual(['a-new', 'm-mid', 'z-old']);
    expect(await lib.get('m-mid')).toEqual(rows[2]); // nothing of the row's bookkeeping leaks out
    await lib.put(rec('z-old', [claim('4,530 soldiers', 4530)]));
    expect((await lib.candidates(queryKeys(page, 0), 2)).map((h) => h.source.id)).toEqual(['z-old', 'a-new']);
    lib.close();
  });

  it('migrates a v3 database: the keys index goes, the rows stay, and candidates come newest first', async () => {
    const name = 'migrate-v3';
    const v3 = await openDatabase(indexedDB, name, 3);
    const rows = [
      rec('first', [claim('4,500 soldiers', 4500)], { updated: '2024-01-01T00:00:00Z' }),
      rec('second', [claim('4,510 soldiers', 4510), claim('120 tanks', 120, { category: 'equipment', unit: 'tank', measure: undefined })], { updated: '2024-02-01T00:00:00Z' }),
      rec('third', [claim('4,520 soldiers', 4520)], { updated: '2024-03-01T00:00:00Z' }),
    ];
    await new Promise<void>((resolve, reject) => {
      const tx = v3.transaction('sources', 'readwrite');
      rows.forEach((r, i) => tx.objectStore('sources').put({ ...r, keys: recordKeys(r), seq: i })); // v3 rows: keys and seq
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect([...v3.transaction('sources').objectStore('sources').indexNames].sort()).toEqual(['doc', 'fingerprint', 'keys', 'seq']);
    v3.close();
    const lib = await createIdbLibrary(indexedDB, name);
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    expect((await lib.candidates(queryKeys(page, 0))).map((h) => h.source.id)).toEqual(['third', 'second', 'first']);
    expect(await lib.count()).toEqual({ sources: 3, claims: 4 });
    expect(await lib.get('second')).toEqual(rows[1]); // the old row's keys field does not leak out
    await lib.flush();
    lib.close();
    const db = await openDatabase(indexedDB, name);
    expect([...db.transaction('sources').objectStore('sources').indexNames].sort()).toEqual(['doc', 'fingerprint', 'seq']);
    expect(db.objectStoreNames.contains('meta')).toBe(true);
    db.close();
  });

  it('an imported library answers the next lookups from memory; an import that replaces a source answers with the new one', async () => {
    const lib = await createIdbLibrary(indexedDB, 'import-kept');
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    const lines = [0, 1, 2].map((i) => JSON.stringify(rec(`imp${i}`, [claim(`4,45${i} soldiers`, 4450 + i)])));
    await lib.importJsonl(lines.join('\n'));
    expect((await lib.candidates(queryKeys(page, 0))).map((h) => h.source.id)).toEqual(['imp2', 'imp1', 'imp0']);
    expect(lib.rowsRead).toBe(0);
    await lib.importJsonl(JSON.stringify(rec('imp1', [claim('4,480 soldiers', 4480)])));
    expect((await lib.candidates(queryKeys(page, 0))).map((h) => h.source.claims[0].text)).toEqual(['4,480 soldiers', '4,452 soldiers', '4,450 soldiers']);
    expect(await lib.get('imp1')).toMatchObject({ claims: [{ text: '4,480 soldiers' }] });
    lib.close();
  });

  describe('a fresh worker (another library object over the same database)', () => {
    const page = rec('page', [claim('4,400 soldiers', 4400)]);
    const ids = async (lib: Library, limit?: number) => (await lib.candidates(queryKeys(page, 0), limit)).map((h) => h.source.id);

    it('reads the saved index and answers as the first one did, with what was stored after it saved', async () => {
      const name = 'restart-saved';
      const a = await createIdbLibrary(indexedDB, name);
      for (let i = 0; i < 5; i++) await a.put(rec(`s${i}`, [claim('4,500 soldiers', 4500 + i)]));
      expect(await ids(a)).toEqual(['s4', 's3', 's2', 's1', 's0']);
      await a.flush();
      await a.put(rec('s1', [claim('4,700 soldiers', 4700)])); // a revisit after the save
      await a.put(rec('late', [claim('4,600 soldiers', 4600)]));
      a.close(); // the worker stops before it saves again
      const b = await createIdbLibrary(indexedDB, name);
      expect(await ids(b)).toEqual(['late', 's1', 's4', 's3', 's2', 's0']);
      expect(b.loadedFrom).toBe('saved');
      expect((await b.candidates(queryKeys(page, 0), 2)).map((h) => h.source.claims[0].text)).toEqual(['4,600 soldiers', '4,700 soldiers']);
      expect(await b.count()).toEqual({ sources: 6, claims: 6 });
      b.close();
    });

    it('a restarted worker links a page of many claims as the store in memory does, reading each source once', async () => {
      const name = 'restart-many';
      const sources = Array.from({ length: 12 }, (_, i) => rec(`m${i}`, [claim(`${4500 + i * 10} soldiers`, 4500 + i * 10), claim(`${20 + i} tanks`, 20 + i, { category: 'equipment', unit: 'tank', canonicalValue: 20 + i })]));
      const a = await createIdbLibrary(indexedDB, name);
      const memory = new MemoryLibrary();
      for (const s of sources) {
        await a.put(s);
        await memory.put(s);
      }
      a.close(); // before it saved its index: the next worker reads the sources from the rows
      const b = await createIdbLibrary(indexedDB, name);
      const page = rec('page', [claim('4,500 soldiers', 4500), claim('4,560 soldiers', 4560), claim('21 tanks', 21, { category: 'equipment', unit: 'tank', canonicalValue: 21 }), claim('about 4,600 soldiers', 4600, { approx: 'about', low: 4500, high: 4700 })]);
      const links = await linkPage(page, b);
      expect(links.flatMap((l) => l.relations).length).toBeGreaterThan(12);
      expect(links).toEqual(await linkPage(page, memory));
      expect(b.loadedFrom).toBe('rebuilt');
      expect(b.rowsRead).toBe(sources.length);
      b.close();
    });

    it('drops sources deleted after the save, and starts empty after a clear', async () => {
      const name = 'restart-deleted';
      const a = await createIdbLibrary(indexedDB, name);
      for (let i = 0; i < 4; i++) await a.put(rec(`s${i}`, [claim('4,500 soldiers', 4500 + i)]));
      expect(await ids(a)).toHaveLength(4); // the sources are read, so the save keeps them too
      await a.flush();
      await a.delete('s2');
      a.close();
      const b = await createIdbLibrary(indexedDB, name);
      expect(await ids(b)).toEqual(['s3', 's1', 's0']);
      expect(await b.count()).toEqual({ sources: 3, claims: 3 });
      await b.clear();
      b.close();
      const c = await createIdbLibrary(indexedDB, name);
      expect(await ids(c)).toEqual([]);
      expect(await c.count()).toEqual({ sources: 0, claims: 0 });
      c.close();
    });

    it('rebuilds the index from the rows when the saved one is damaged', async () => {
      const name = 'restart-damaged';
      const a = await createIdbLibrary(indexedDB, name);
      for (let i = 0; i < 3; i++) await a.put(rec(`s${i}`, [claim('4,500 soldiers', 4500 + i)]));
      await a.flush();
      a.close();
      const db = await openDatabase(indexedDB, name);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('meta', 'readwrite');
        tx.objectStore('meta').put({ format: 1, seq: 2, index: { ids: ['s0'], claims: [1], keys: [], offsets: [0], postings: [] } }, 'postings');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const b = await createIdbLibrary(indexedDB, name);
      expect(await ids(b)).toEqual(['s2', 's1', 's0']);
      expect(b.loadedFrom).toBe('rebuilt');
      b.close();
    });
  });

  describe('when the quota is exceeded', () => {
    let lib: IdbLibrary;
    beforeAll(async () => {
      lib = await createIdbLibrary(indexedDB, 'quota');
      await lib.put(rec('kept', [claim('4,500 soldiers', 4500)]));
    });
    afterEach(() => vi.restoreAllMocks());
    afterAll(() => lib.close());

    it('rejects with a clear message and leaves the library as it was (single put and whole import)', async () => {
      const real = IDBObjectStore.prototype.put;
      let calls = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (++calls >= 2) throw new DOMException('quota', 'QuotaExceededError');
        return real.apply(this, args);
      });
      const lines = ['{"crosscheck":"library","schema":2}', JSON.stringify(rec('n1', [])), JSON.stringify(rec('n2', [])), JSON.stringify(rec('n3', []))].join('\n');
      await expect(lib.importJsonl(lines)).rejects.toThrow(LibraryError);
      await expect(lib.importJsonl(lines)).rejects.toThrow(/storage quota .* full; the library was not changed/);
      await expect(lib.put(rec('kept', []))).rejects.toThrow(/quota/);
      vi.restoreAllMocks();
      expect((await lib.list()).map((r) => r.id)).toEqual(['kept']);
      expect((await lib.get('kept'))?.claims).toHaveLength(1);
    });
  });
});

describe('file library', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cx-store-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves atomically and reopens the same sources', async () => {
    const path = join(dir, 'lib.jsonl');
    const f = await openFileLibrary(path);
    expect(f.created).toBe(true);
    await f.library.put(rec('a', [claim('4,500 soldiers', 4500)]));
    await f.save();
    const again = await openFileLibrary(path);
    expect(again.created).toBe(false);
    expect(await again.library.get('a')).toEqual(rec('a', [claim('4,500 soldiers', 4500)]));
  });

  it('says clearly when the library cannot be read or saved, and leaves no temporary file', async () => {
    const occupied = join(dir, 'occupied');
    mkdirSync(occupied);
    await expect(openFileLibrary(occupied)).rejects.toThrow(/occupied: cannot read the library \(EISDIR\)/);
    const h = await openFileLibrary(join(dir, 'no-such-dir', 'lib.jsonl'));
    await h.library.put(rec('b', []));
    await expect(h.save()).rejects.toThrow(/could not save the library \(ENOENT\); the previous file is unchanged/);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe.each([
  ['memory', async () => new MemoryLibrary()],
  ['indexeddb', async () => createIdbLibrary(indexedDB, `service-${++dbn}`)],
] as [string, () => Promise<Library>][])('link service over the %s library', (_name, make) => {
  it('ingests (revisit = update) and links a page against the library', async () => {
    const lib = await make();
    const times = ['2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z'];
    const service = createLinkService(lib, () => times.shift() ?? 'later');
    const analysis = (claims: Claim[]) => ({ claims, units: [], places: [{ name: 'Pokrovsk', lat: 48.3, lon: 37.2, country: 'UA', admin: 'Donetsk Oblast', mentions: [] }] });
    const first = await service.ingest({ id: 'https://a.example/x', doc: 'https://a.example/x' }, analysis([claim('4,500 soldiers', 4500)]), 'Kyiv says 4,500 soldiers were killed near Pokrovsk in November.');
    expect(first.updated).toBe(false);
    const again = await service.ingest({ id: 'https://a.example/x', doc: 'https://a.example/x' }, analysis([claim('4,500 soldiers', 4500)]), 'Kyiv says 4,500 soldiers were killed near Pokrovsk in November.');
    expect(again.updated).toBe(true);
    expect(again.record.updated).toBe('2025-01-02T00:00:00Z');
    expect(await lib.count()).toEqual({ sources: 1, claims: 1 });
    const links = await service.linkPage({ id: 'https://b.example/y', doc: 'https://b.example/y' }, analysis([claim('about 4,500 Russian soldiers', 4500, { approx: 'about', low: 4050, high: 4950 })]), 'An open-source count near Pokrovsk agrees with the Ukrainian toll for November.');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ claim: 0, independentSources: 1, reports: 1 });
    expect(links[0].relations[0]).toMatchObject({ relation: 'corroborates', b: { doc: 'https://a.example/x', text: '4,500 soldiers' }, source: { id: 'https://a.example/x' } });
  });
});
