// The claim library in IndexedDB, for the extension background.
//
// Schema (database version = schema version):
//   v1  object store `sources` (keyPath `id`) with an index on `doc`; candidates were found by
//       reading every source.
//   v2  every row also holds `keys` (record.ts claimKeys of all its claims) under a
//       multiEntry index `keys`, so a candidate lookup reads only the sources that share a key,
//       and an index on `fingerprint`. The v1→v2 upgrade computes `keys` for every stored row
//       inside the upgrade transaction (all or nothing).
//   v3  (current) every row also holds `seq`, its place in ingest order (a put or import gets the
//       next number), under an index `seq`, so candidate lookups answer newest first like the
//       memory store. The upgrade numbers the stored rows by their `updated` time (then id).
// Every write is one transaction: if the quota is exceeded (or anything else fails) the
// transaction aborts, the library stays as it was and the promise rejects with a LibraryError
// whose message says so.

import type { Claim } from '../model';
import type { Candidate } from '../claims/linker';
import { claimKeys, recordKeys, type SourceRecord } from '../claims/record';
import { exportJsonl, importJsonl, type ImportReport } from './jsonl';
import type { Library, LibraryCount } from './library';

export const IDB_VERSION = 3;
const STORE = 'sources';

export class LibraryError extends Error {}

type Row = SourceRecord & { keys: string[]; seq?: number };

const toRow = (r: SourceRecord, seq: number): Row => ({ ...r, keys: recordKeys(r), seq });
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

/** Schema steps; each runs inside the version-change transaction. */
function upgrade(db: IDBDatabase, tx: IDBTransaction, from: number, to: number): void {
  if (from < 1 && to >= 1) {
    const s = db.createObjectStore(STORE, { keyPath: 'id' });
    s.createIndex('doc', 'doc');
  }
  if (from < 2 && to >= 2) {
    const s = tx.objectStore(STORE);
    s.createIndex('keys', 'keys', { multiEntry: true });
    s.createIndex('fingerprint', 'fingerprint');
  }
  if (from < 3 && to >= 3) tx.objectStore(STORE).createIndex('seq', 'seq');
  if (from >= 1 && from < to) {
    // One rewrite of the stored rows: `keys` (v2) and `seq` (v3), oldest first by `updated`, then id.
    const s = tx.objectStore(STORE);
    const all = s.getAll();
    all.onsuccess = () => {
      const rows = (all.result as Row[]).map(fromRow);
      if (to >= 3) rows.sort((x, y) => ((x.updated ?? '') < (y.updated ?? '') ? -1 : (x.updated ?? '') > (y.updated ?? '') ? 1 : x.id < y.id ? -1 : 1));
      rows.forEach((r, i) => s.put(to >= 3 ? toRow(r, i) : { ...r, keys: recordKeys(r) }));
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

/** Decoded sources kept between candidate lookups (beyond this many, the cache starts again). */
const CACHE_LIMIT = 20_000;
/** Sources read from the database at once while a lookup walks its candidates. */
const READ_BATCH = 48;

interface Decoded {
  source: SourceRecord;
  /** Index key (record.ts claimKeys) → the claims under it, last first; computed once. */
  byKey: Map<string, number[]>;
}

function decode(source: SourceRecord): Decoded {
  const byKey = new Map<string, number[]>();
  for (let i = source.claims.length - 1; i >= 0; i--)
    for (const k of claimKeys(source, i)) {
      const list = byKey.get(k);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else byKey.set(k, [i]);
    }
  return { source, byKey };
}

export class IdbLibrary implements Library {
  constructor(private db: IDBDatabase) {}

  // Kept warm across pages for the life of the worker and kept in step with every write (a put
  // or delete updates them; an import or clear drops them): the ingest order of every source
  // (read once from the `seq` index), the ids under each looked-up key (newest first), and the
  // sources read so far, decoded with their claim keys. A failed write changes none of them.
  private order: Promise<{ rank: Map<string, number>; top: number; seq: number }> | undefined;
  private idsByKey = new Map<string, string[]>();
  private decoded = new Map<string, Decoded>();
  /** Bumped by every write: what a lookup read before it is used once, not kept. */
  private generation = 0;

  private forget(): void {
    this.generation++;
    this.order = undefined;
    this.idsByKey.clear();
    this.decoded.clear();
  }

  close(): void {
    this.db.close();
  }

  /** Every source's place in ingest order (rank; higher is newer) and the last stored `seq`. */
  private ingestOrder(): Promise<{ rank: Map<string, number>; top: number; seq: number }> {
    this.order ??= (async () => {
      const index = this.db.transaction(STORE).objectStore(STORE).index('seq');
      const [ids, last] = await Promise.all([
        req(index.getAllKeys()) as Promise<string[]>,
        new Promise<number>((resolve, reject) => {
          const r = index.openKeyCursor(null, 'prev');
          r.onsuccess = () => resolve(r.result ? (r.result.key as number) : -1);
          r.onerror = () => reject(r.error);
        }),
      ]);
      const rank = new Map<string, number>();
      ids.forEach((id, i) => rank.set(id, i));
      return { rank, top: ids.length - 1, seq: last };
    })().catch((e: unknown) => {
      this.order = undefined;
      throw e;
    });
    return this.order;
  }

  private async write(what: string, body: (store: IDBObjectStore) => void): Promise<void> {
    let tx: IDBTransaction;
    try {
      tx = this.db.transaction(STORE, 'readwrite');
    } catch (e) {
      throw describe(e, what);
    }
    const finished = done(tx, what);
    try {
      body(tx.objectStore(STORE));
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

  /** After a successful put or delete of `id`: the caches follow (old keys out, new keys in, newest). */
  private async replaced(id: string, old: SourceRecord | undefined, next: SourceRecord | undefined): Promise<void> {
    this.generation++;
    const order = this.order ? await this.order.catch(() => undefined) : undefined;
    const oldKeys = old ? recordKeys(old) : [];
    for (const k of oldKeys) {
      const ids = this.idsByKey.get(k);
      if (ids) this.idsByKey.set(k, ids.filter((x) => x !== id));
    }
    this.decoded.delete(id);
    if (!next) {
      order?.rank.delete(id);
      return;
    }
    if (order) order.rank.set(id, ++order.top);
    for (const k of recordKeys(next)) {
      const ids = this.idsByKey.get(k);
      if (ids) this.idsByKey.set(k, [id, ...ids.filter((x) => x !== id)]);
    }
  }

  async put(source: SourceRecord): Promise<boolean> {
    const order = await this.ingestOrder();
    const seq = ++order.seq;
    const old = this.decoded.get(source.id)?.source ?? (await this.get(source.id));
    let existed = false;
    await this.write(`saving ${source.doc}`, (store) => {
      // requests run in order: the count sees the store before the put
      const r = store.count(source.id);
      r.onsuccess = () => {
        existed = r.result > 0;
      };
      store.put(toRow(source, seq));
    });
    await this.replaced(source.id, old, source);
    return existed;
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    const row = (await req(this.db.transaction(STORE).objectStore(STORE).get(id))) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    const old = this.decoded.get(id)?.source ?? (await this.get(id));
    let existed = false;
    await this.write(`deleting ${id}`, (store) => {
      const r = store.count(id);
      r.onsuccess = () => {
        existed = r.result > 0;
      };
      store.delete(id);
    });
    await this.replaced(id, old, undefined);
    return existed;
  }

  async list(): Promise<SourceRecord[]> {
    const rows = (await req(this.db.transaction(STORE).objectStore(STORE).getAll())) as Row[];
    return rows.map(fromRow);
  }

  /** Like the memory store: key by key, each key's sources newest first, each source's matching
   *  claims last first, until `limit` claims; grouped by source in the order first met. Only the
   *  sources walked are read (in small batches), and each only once while the worker lives. */
  async candidates(keys: string[], limit = Infinity): Promise<Candidate[]> {
    const wanted = [...new Set(keys)];
    if (!wanted.length) return [];
    if (this.decoded.size > CACHE_LIMIT) this.decoded.clear();
    const gen = this.generation;
    const { rank } = await this.ingestOrder();
    // 1. ids under each key (primary keys only), newest first
    const fresh = new Map<string, string[]>();
    const unknown = wanted.filter((k) => !this.idsByKey.has(k));
    if (unknown.length) {
      const index = this.db.transaction(STORE).objectStore(STORE).index('keys');
      const answers = (await Promise.all(unknown.map((k) => req(index.getAllKeys(k))))) as string[][];
      unknown.forEach((k, i) => fresh.set(k, answers[i].sort((x, y) => (rank.get(y) ?? -1) - (rank.get(x) ?? -1))));
      if (gen === this.generation) for (const [k, ids] of fresh) this.idsByKey.set(k, ids);
    }
    // 2. walk them, reading the sources not decoded yet a batch at a time
    const local = new Map<string, Decoded>();
    const decodedOf = (id: string) => this.decoded.get(id) ?? local.get(id);
    const bySource = new Map<Decoded, number[]>();
    const seen = new Set<Claim>();
    let n = 0;
    for (const k of wanted) {
      const ids = fresh.get(k) ?? this.idsByKey.get(k) ?? [];
      for (let pos = 0; pos < ids.length && n < limit; pos++) {
        let d = decodedOf(ids[pos]);
        if (!d) {
          await this.read(ids, pos, local);
          d = decodedOf(ids[pos]);
          if (!d) continue;
        }
        for (const i of d.byKey.get(k) ?? []) {
          if (n >= limit) break;
          const c = d.source.claims[i];
          if (seen.has(c)) continue;
          seen.add(c);
          n++;
          const list = bySource.get(d);
          if (list) list.push(i);
          else bySource.set(d, [i]);
        }
      }
      if (n >= limit) break;
    }
    const out: Candidate[] = [];
    for (const [d, claims] of bySource) out.push({ source: d.source, claims });
    return out;
  }

  /** Reads and decodes the next READ_BATCH sources of `ids` from `pos` that are not decoded
   *  (kept in the cache unless a write came in meanwhile; in `local` for this lookup anyway). */
  private async read(ids: string[], pos: number, local: Map<string, Decoded>): Promise<void> {
    const batch: string[] = [];
    for (let q = pos; q < ids.length && batch.length < READ_BATCH; q++) {
      const id = ids[q];
      if (!this.decoded.has(id) && !local.has(id) && !batch.includes(id)) batch.push(id);
    }
    const gen = this.generation;
    const store = this.db.transaction(STORE).objectStore(STORE);
    const rows = (await Promise.all(batch.map((id) => req(store.get(id))))) as (Row | undefined)[];
    for (const row of rows) {
      if (!row) continue;
      const d = decode(fromRow(row));
      local.set(row.id, d);
      if (gen === this.generation) this.decoded.set(row.id, d);
    }
  }

  async count(): Promise<LibraryCount> {
    const store = this.db.transaction(STORE).objectStore(STORE);
    let claims = 0;
    let sources = 0;
    await new Promise<void>((resolve, reject) => {
      const r = store.openCursor();
      r.onsuccess = () => {
        const cur = r.result;
        if (!cur) return resolve();
        sources++;
        claims += (cur.value as Row).claims.length;
        cur.continue();
      };
      r.onerror = () => reject(r.error);
    });
    return { sources, claims };
  }

  async clear(): Promise<void> {
    await this.write('clearing the library', (store) => {
      store.clear();
    });
    this.forget();
  }

  async exportJsonl(): Promise<string> {
    return exportJsonl(await this.list());
  }

  /** All valid lines in one transaction: a quota error keeps none of them (and says so). */
  async importJsonl(text: string): Promise<ImportReport> {
    const report = importJsonl(text);
    if (report.records.length) {
      const order = await this.ingestOrder();
      const first = order.seq + 1;
      await this.write(`importing ${report.records.length} sources`, (store) => {
        report.records.forEach((r, i) => store.put(toRow(r, first + i)));
      });
      this.forget(); // many keys changed: read again on the next lookup
    }
    return report;
  }
}

/** The library in IndexedDB (`indexedDB` of the background page or service worker). */
export async function createIdbLibrary(factory: IDBFactory, name = 'crosscheck-library'): Promise<IdbLibrary> {
  return new IdbLibrary(await openDatabase(factory, name));
}
