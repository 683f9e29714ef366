// The claim library in IndexedDB, for the extension background.
//
// Schema (database version = schema version):
//   v1  object store `sources` (keyPath `id`) with an index on `doc`; candidates were found by
//       reading every source.
//   v2  every row also held `keys` (record.ts claimKeys of all its claims) under a multiEntry
//       index `keys`, and an index on `fingerprint`. The v1→v2 upgrade computes `keys` for every
//       stored row inside the upgrade transaction (all or nothing).
//   v3  every row also holds `seq`, its place in ingest order (a put or import gets the next
//       number), under an index `seq`, so candidate lookups answer newest first like the memory
//       store. The upgrade numbers the stored rows by their `updated` time (then id).
//   v4  (current) candidates come from the compact index of postings.ts, kept in memory for the
//       life of the worker and updated by every write, and saved (a second after a burst of
//       writes, or 20 s after a few: scheduleSave) as one record `postings` of a new object store `meta`, with the highest `seq` it covers.
//       A fresh worker reads that record, then only the rows stored after it (by `seq`), and then
//       reads just the candidate sources by id. Without a saved index (an upgraded library, or a
//       write the worker did not live to save) it is built once from the rows. The `keys` index
//       and field are gone (rows from v3 keep the field; it is ignored). The upgrade adds `meta`
//       and drops `keys`; rows are not rewritten.
// Every write is one transaction: if the quota is exceeded (or anything else fails) the
// transaction aborts, the library stays as it was and the promise rejects with a LibraryError
// whose message says so. The saved index is a cache: losing it (or a stale one) costs one rebuild.

import type { Candidate } from '../claims/linker';
import { recordKeys, type SourceRecord } from '../claims/record';
import { exportJsonl, importJsonl, type ImportReport } from './jsonl';
import type { Library, LibraryCount } from './library';
import { PostingIndex, type Hit, type PostingSnapshot } from './postings';

export const IDB_VERSION = 4;
const STORE = 'sources';
const META = 'meta';
const SNAPSHOT_KEY = 'postings';
/** The saved index's own format version (bumped if PostingSnapshot changes: then it is rebuilt). */
const SNAPSHOT_FORMAT = 1;
/** The index is saved this long after the last write of a burst (an import, a feed) of at least
 *  SAVE_BATCH rows written or read since the last save. */
const SAVE_DELAY_MS = 1000;
const SAVE_BATCH = 50;
/** Fewer rows (the pages the person reads, one at a time) wait for a burst, or this long after the
 *  last one: saving the whole index (a few MB at 100k claims: over 100 ms of the worker's time) for
 *  each page would cost more than it saves, as a fresh worker reads the few rows stored after the
 *  saved index by their seq. */
const IDLE_SAVE_MS = 20_000;

export class LibraryError extends Error {}

type Row = SourceRecord & { keys?: string[]; seq?: number };

interface SavedIndex {
  format: number;
  /** Every row with a seq up to this one is in the index. */
  seq: number;
  index: PostingSnapshot;
  /** The sources the last lookups used, most recent last (read back with the index). */
  hot?: SourceRecord[];
}

const toRow = (r: SourceRecord, seq: number): Row => ({ ...r, seq });
const fromRow = (row: Row): SourceRecord => {
  const { keys, seq, ...rec } = row;
  void keys;
  void seq;
  return rec;
};

function describe(e: unknown, what: string): LibraryError {
  const name = (e as DOMException | undefined)?.name;
  if (name === 'QuotaExceededError')
    return new LibraryError(`${what}: the browser's storage quota for Crosscheck is full; the library was not changed (delete old sources or export and clear it)`);
  return new LibraryError(`${what} failed; the library was not changed (${name ?? ''}${(e as Error | undefined)?.message ? ': ' + (e as Error).message : ''})`);
}

/** Schema steps; each runs inside the version-change transaction. `to` may be an earlier
 *  version (tests build the databases of earlier versions with it). */
function upgrade(db: IDBDatabase, tx: IDBTransaction, from: number, to: number): void {
  if (from < 1 && to >= 1) {
    const s = db.createObjectStore(STORE, { keyPath: 'id' });
    s.createIndex('doc', 'doc');
  }
  if (from < 2 && to >= 2) {
    const s = tx.objectStore(STORE);
    if (to < 4) s.createIndex('keys', 'keys', { multiEntry: true });
    s.createIndex('fingerprint', 'fingerprint');
  }
  if (from < 3 && to >= 3) tx.objectStore(STORE).createIndex('seq', 'seq');
  if (from < 4 && to >= 4) {
    if (from >= 2) tx.objectStore(STORE).deleteIndex('keys');
    db.createObjectStore(META);
  }
  if (from >= 1 && from < 3 && to >= 2) {
    // One rewrite of the stored rows: `keys` (v2, v3) and `seq` (v3), oldest first by `updated`, then id.
    const s = tx.objectStore(STORE);
    const all = s.getAll();
    all.onsuccess = () => {
      const rows = (all.result as Row[]).map(fromRow);
      if (to >= 3) rows.sort((x, y) => ((x.updated ?? '') < (y.updated ?? '') ? -1 : (x.updated ?? '') > (y.updated ?? '') ? 1 : x.id < y.id ? -1 : 1));
      rows.forEach((r, i) => s.put(to >= 4 ? toRow(r, i) : to >= 3 ? { ...r, keys: recordKeys(r), seq: i } : { ...r, keys: recordKeys(r) }));
    };
  }
}

/** Open (and create or migrate) a database at a given schema version; tests open v1 with it. */
export function openDatabase(factory: IDBFactory, name: string, version = IDB_VERSION): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = (ev) => {
      const tx = req.transaction;
      if (tx) upgrade(req.result, tx, ev.oldVersion, version);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(describe(req.error, `opening the library ${name}`));
    req.onblocked = () => reject(new LibraryError(`opening the library ${name} is blocked by another open copy; close other Crosscheck pages and retry`));
  });
}

function done(tx: IDBTransaction, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(describe(tx.error, what));
    tx.onerror = (ev) => {
      ev.preventDefault();
    };
  });
}

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Sources kept decoded between candidate lookups (the least recently used go first). */
const CACHE_LIMIT = 8_000;
/** The most recently used sources saved with the index, so a fresh worker has them at once. */
const HOT_LIMIT = 1_500;

interface State {
  index: PostingIndex;
  /** The highest seq given to a row. */
  seq: number;
}

export class IdbLibrary implements Library {
  constructor(private db: IDBDatabase) {}

  // Kept warm for the life of the worker, in step with every write: the candidate index and the
  // sources read so far. A failed write changes neither.
  private state: Promise<State> | undefined;
  // Decoded sources by id, and the same by their ordinal in the index (postings.ts) with when each
  // was last used (a counter), so a lookup finds and touches its sources by array index.
  private records = new Map<string, { rec: SourceRecord; ord: number }>();
  private byOrd: (SourceRecord | undefined)[] = [];
  private usedAt: number[] = [];
  private tick = 0;
  /** Sources being read from the database by a lookup, by id (with the generation they were read in). */
  private reading = new Map<string, { gen: number; rec: Promise<SourceRecord | undefined> }>();
  /** Bumped by every write: a source read before it is used once, not kept. */
  private generation = 0;
  /** Writes under way (the index is saved only between writes, so it covers every seq it claims). */
  private writing = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  /** Rows written or read since the index was last saved (scheduleSave). */
  private unsaved = 0;
  /** How the last load went (for benchmarks and tests): 'saved' index, 'rebuilt' from the rows. */
  loadedFrom: 'saved' | 'rebuilt' | undefined;
  /** Candidate sources read from the database so far (for benchmarks). */
  rowsRead = 0;

  close(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.db.close();
  }

  /** The candidate index: from the saved record plus the rows written after it, or built from
   *  every row when there is no usable saved index. */
  private load(): Promise<State> {
    this.state ??= (async (): Promise<State> => {
      const tx = this.db.transaction([STORE, META]);
      const store = tx.objectStore(STORE);
      const saved = (await req(tx.objectStore(META).get(SNAPSHOT_KEY))) as SavedIndex | undefined;
      const index = saved?.format === SNAPSHOT_FORMAT && typeof saved.seq === 'number' ? PostingIndex.fromSnapshot(saved.index) : null;
      if (index && saved) {
        const hot = Array.isArray(saved.hot) ? saved.hot : [];
        // rows stored after the snapshot, oldest first, and the row count (rows deleted since)
        const [newer, rows] = await Promise.all([
          req(store.index('seq').getAll(IDBKeyRange.lowerBound(saved.seq, true))) as Promise<Row[]>,
          req(store.count()),
        ]);
        let seq = saved.seq;
        for (const row of newer) {
          const rec = fromRow(row);
          index.add(rec);
          seq = Math.max(seq, row.seq ?? seq);
        }
        if (rows !== index.sources) {
          const present = new Set((await req(store.getAllKeys())) as string[]);
          for (const id of index.aliveIds()) if (!present.has(id)) index.remove(id);
        }
        // the saved sources are as they were when the index was saved: those stored again or
        // deleted since are read afresh when needed
        const changed = new Set(newer.map((r) => r.id));
        for (const rec of hot) if (rec && typeof rec.id === 'string' && index.has(rec.id) && !changed.has(rec.id) && !this.records.has(rec.id)) this.remember(rec, index.ordinal(rec.id));
        this.loadedFrom = 'saved';
        if (newer.length || rows !== index.sources) this.scheduleSave(newer.length + Math.abs(rows - index.sources));
        return { index, seq };
      }
      const built = new PostingIndex();
      let seq = -1;
      await new Promise<void>((resolve, reject) => {
        const r = store.index('seq').openCursor();
        r.onsuccess = () => {
          const cur = r.result;
          if (!cur) return resolve();
          const row = cur.value as Row;
          built.add(fromRow(row));
          seq = Math.max(seq, row.seq ?? seq);
          cur.continue();
        };
        r.onerror = () => reject(r.error);
      });
      this.loadedFrom = 'rebuilt';
      this.scheduleSave(Infinity);
      return { index: built, seq };
    })().catch((e: unknown) => {
      this.state = undefined;
      throw e;
    });
    return this.state;
  }

  /** Saves the index later: a second after the last of `rows` (written or read, counted since the
   *  last save) once they are SAVE_BATCH or more, else IDLE_SAVE_MS after it. */
  private scheduleSave(rows = 0): void {
    this.unsaved += rows;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(
      () => {
        this.saveTimer = undefined;
        void this.flush().catch(() => undefined); // a cache: the next write tries again
      },
      this.unsaved >= SAVE_BATCH ? SAVE_DELAY_MS : IDLE_SAVE_MS,
    );
    (this.saveTimer as { unref?: () => void }).unref?.();
  }

  /** Saves the candidate index now (it is saved by itself after writes, see scheduleSave). */
  async flush(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saving;
    if (!this.state) return;
    const state = await this.state;
    if (this.writing) return this.scheduleSave();
    this.unsaved = 0;
    this.saving = (async () => {
      const tx = this.db.transaction(META, 'readwrite');
      const finished = done(tx, 'saving the candidate index');
      const recent = this.recentlyUsed(HOT_LIMIT);
      const value: SavedIndex = { format: SNAPSHOT_FORMAT, seq: state.seq, index: state.index.snapshot(), hot: recent };
      tx.objectStore(META).put(value, SNAPSHOT_KEY);
      await finished;
    })().finally(() => {
      this.saving = undefined;
    });
    await this.saving;
  }

  private async write(what: string, stores: string[], body: (tx: IDBTransaction) => void): Promise<void> {
    let tx: IDBTransaction;
    try {
      tx = this.db.transaction(stores, 'readwrite');
    } catch (e) {
      throw describe(e, what);
    }
    const finished = done(tx, what);
    try {
      body(tx);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      await finished.catch(() => undefined);
      throw describe(e, what);
    }
    await finished;
  }

  /** Keeps a source decoded (under its ordinal `ord` in the index), as the most recently used (the
   *  least recently used make room). */
  private remember(rec: SourceRecord, ord: number): void {
    this.forget(rec.id);
    if (ord < 0) return;
    if (this.records.size >= CACHE_LIMIT) {
      const drop = this.records.size - CACHE_LIMIT + 1 + (CACHE_LIMIT >> 4);
      const byUse = [...this.records.values()].sort((x, y) => this.usedAt[x.ord] - this.usedAt[y.ord]);
      for (let i = 0; i < drop && i < byUse.length; i++) this.forget(byUse[i].rec.id);
    }
    this.records.set(rec.id, { rec, ord });
    // grown in order, so the arrays stay dense however the ordinals come (a fresh worker's saved
    // sources come in any order)
    while (this.byOrd.length <= ord) {
      this.byOrd.push(undefined);
      this.usedAt.push(0);
    }
    this.byOrd[ord] = rec;
    this.usedAt[ord] = ++this.tick;
  }

  private forget(id: string): void {
    const had = this.records.get(id);
    if (!had) return;
    this.records.delete(id);
    if (this.byOrd[had.ord] === had.rec) this.byOrd[had.ord] = undefined;
  }

  /** The `n` most recently used decoded sources, least recent first. */
  private recentlyUsed(n: number): SourceRecord[] {
    const all = [...this.records.values()].sort((x, y) => this.usedAt[x.ord] - this.usedAt[y.ord]);
    return all.slice(Math.max(0, all.length - n)).map((x) => x.rec);
  }

  async put(source: SourceRecord): Promise<boolean> {
    const state = await this.load();
    const seq = ++state.seq;
    let existed = false;
    this.writing++;
    try {
      await this.write(`saving ${source.doc}`, [STORE], (tx) => {
        const store = tx.objectStore(STORE);
        // requests run in order: the count sees the store before the put
        const r = store.count(source.id);
        r.onsuccess = () => {
          existed = r.result > 0;
        };
        store.put(toRow(source, seq));
      });
      this.generation++;
      this.remember(source, state.index.add(source));
    } finally {
      this.writing--;
    }
    this.scheduleSave(1);
    return existed;
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    const cached = this.records.get(id);
    if (cached) return cached.rec;
    const row = (await req(this.db.transaction(STORE).objectStore(STORE).get(id))) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    const state = await this.load();
    let existed = false;
    this.writing++;
    try {
      await this.write(`deleting ${id}`, [STORE], (tx) => {
        const store = tx.objectStore(STORE);
        const r = store.count(id);
        r.onsuccess = () => {
          existed = r.result > 0;
        };
        store.delete(id);
      });
      this.generation++;
      state.index.remove(id);
      this.forget(id);
    } finally {
      this.writing--;
    }
    this.scheduleSave(1);
    return existed;
  }

  async list(): Promise<SourceRecord[]> {
    const rows = (await req(this.db.transaction(STORE).objectStore(STORE).getAll())) as Row[];
    return rows.map(fromRow);
  }

  /** Like the memory store: key by key, each key's sources newest first, each source's matching
   *  claims last first, until `limit` claims; grouped by source in the order first met. The
   *  postings come from the index in memory; only the candidate sources not read yet are read
   *  (by id, in one transaction). A source gone from the database is dropped from the index and
   *  the walk is done again. */
  async candidates(keys: string[], limit = Infinity): Promise<Candidate[]> {
    if (!keys.length) return [];
    const state = await this.load();
    for (;;) {
      const hits = state.index.lookup(keys, limit);
      const local = new Map<number, SourceRecord>();
      const missing: Hit[] = [];
      // the sources in memory now (another lookup's reads may make room in the cache meanwhile)
      for (const h of hits) {
        const cached = this.byOrd[h.ord];
        if (cached?.id === h.id) local.set(h.ord, cached);
        else missing.push(h);
      }
      let dropped = false;
      if (missing.length) {
        const gen = this.generation;
        let store: IDBObjectStore | undefined;
        // a source another lookup is reading already (lookups run at once: linker.ts) is read
        // once, and is one object for both
        const recs = await Promise.all(
          missing.map((h) => {
            const pending = this.reading.get(h.id);
            if (pending && pending.gen === gen) return pending.rec;
            store ??= this.db.transaction(STORE).objectStore(STORE);
            const rec = (req(store.get(h.id)) as Promise<Row | undefined>).then((row) => (row ? fromRow(row) : undefined));
            this.reading.set(h.id, { gen, rec });
            this.rowsRead++;
            const done = () => {
              if (this.reading.get(h.id)?.rec === rec) this.reading.delete(h.id);
            };
            rec.then(done, done);
            return rec;
          }),
        );
        recs.forEach((rec, i) => {
          const h = missing[i];
          if (rec) {
            local.set(h.ord, rec);
            // still this ordinal's source (not stored again or deleted meanwhile)
            if (gen === this.generation && this.byOrd[h.ord] !== rec) this.remember(rec, h.ord);
          } else if (gen === this.generation && (state.index.remove(h.id) >= 0 || !state.index.has(h.id))) dropped = true; // (or another lookup dropped it)
        });
      }
      if (dropped) continue;
      const out: Candidate[] = [];
      for (const h of hits) {
        const source = local.get(h.ord);
        if (!source || source.id !== h.id) continue;
        // most recently used (what the saved index keeps of the cache)
        if (this.byOrd[h.ord] === source) this.usedAt[h.ord] = ++this.tick;
        out.push({ source, claims: h.claims });
      }
      if (missing.length) this.scheduleSave(missing.length); // the sources just read are kept with the index
      return out;
    }
  }

  async count(): Promise<LibraryCount> {
    const { index } = await this.load();
    return { sources: index.sources, claims: index.claims };
  }

  async clear(): Promise<void> {
    const state = await this.load();
    this.writing++;
    try {
      await this.write('clearing the library', [STORE, META], (tx) => {
        tx.objectStore(STORE).clear();
        tx.objectStore(META).clear();
      });
      this.generation++;
      state.index.clear();
      this.records.clear();
      this.byOrd = [];
      this.usedAt = [];
    } finally {
      this.writing--;
    }
  }

  async exportJsonl(): Promise<string> {
    return exportJsonl(await this.list());
  }

  /** All valid lines in one transaction: a quota error keeps none of them (and says so). */
  async importJsonl(text: string): Promise<ImportReport> {
    const report = importJsonl(text);
    if (report.records.length) {
      const state = await this.load();
      const first = state.seq + 1;
      state.seq += report.records.length;
      this.writing++;
      try {
        await this.write(`importing ${report.records.length} sources`, [STORE], (tx) => {
          const store = tx.objectStore(STORE);
          report.records.forEach((r, i) => store.put(toRow(r, first + i)));
        });
        this.generation++;
        // the imported sources are kept decoded (the most recent as the cache allows): the first
        // pages linked after an import need not read them back
        for (const r of report.records) this.remember(r, state.index.add(r));
      } finally {
        this.writing--;
      }
      this.scheduleSave(report.records.length);
    }
    return report;
  }
}

/** The library in IndexedDB (`indexedDB` of the background page or service worker). */
export async function createIdbLibrary(factory: IDBFactory, name = 'crosscheck-library'): Promise<IdbLibrary> {
  return new IdbLibrary(await openDatabase(factory, name));
}
