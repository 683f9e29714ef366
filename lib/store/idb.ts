// The claim library in IndexedDB, for the extension background.
//
// Schema (database version = schema version):
//   v1  object store `sources` (keyPath `id`) with an index on `doc`; candidates were found by
//       reading every source.
//   v2  (current) every row also holds `keys` (record.ts claimKeys of all its claims) under a
//       multiEntry index `keys`, so a candidate lookup reads only the sources that share a key,
//       and an index on `fingerprint`. The v1→v2 upgrade computes `keys` for every stored row
//       inside the upgrade transaction (all or nothing).
// Every write is one transaction: if the quota is exceeded (or anything else fails) the
// transaction aborts, the library stays as it was and the promise rejects with a LibraryError
// whose message says so.

import type { Candidate } from '../claims/linker';
import { claimKeys, recordKeys, type SourceRecord } from '../claims/record';
import { exportJsonl, importJsonl, type ImportReport } from './jsonl';
import type { Library, LibraryCount } from './library';

export const IDB_VERSION = 2;
const STORE = 'sources';

export class LibraryError extends Error {}

type Row = SourceRecord & { keys: string[] };

const toRow = (r: SourceRecord): Row => ({ ...r, keys: recordKeys(r) });
const fromRow = (row: Row): SourceRecord => {
  const { keys, ...rec } = row;
  void keys;
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
    if (from >= 1) {
      const req = s.openCursor();
      req.onsuccess = () => {
        const cur = req.result;
        if (!cur) return;
        cur.update(toRow(cur.value as SourceRecord));
        cur.continue();
      };
    }
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

/** Decoded sources and key → ids answers kept between candidate lookups, until the next write. */
const CACHE_LIMIT = 20_000;

interface Decoded {
  source: SourceRecord;
  /** claimKeys of each claim, computed once. */
  keys: string[][];
}

export class IdbLibrary implements Library {
  constructor(private db: IDBDatabase) {}

  // Linking one page asks for a few hundred keys that share many sources (one region, one
  // side): ids are looked up per key (cheap), each source is read and decoded once, and both
  // answers serve the next page too. Every write goes through write(), which drops them.
  private decoded = new Map<string, Decoded>();
  private idsByKey = new Map<string, string[]>();

  private forget(): void {
    this.decoded.clear();
    this.idsByKey.clear();
  }

  close(): void {
    this.db.close();
  }

  private async write(what: string, body: (store: IDBObjectStore) => void): Promise<void> {
    this.forget();
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

  async put(source: SourceRecord): Promise<boolean> {
    let existed = false;
    await this.write(`saving ${source.doc}`, (store) => {
      // requests run in order: the count sees the store before the put
      const r = store.count(source.id);
      r.onsuccess = () => {
        existed = r.result > 0;
      };
      store.put(toRow(source));
    });
    return existed;
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    const row = (await req(this.db.transaction(STORE).objectStore(STORE).get(id))) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    let existed = false;
    await this.write(`deleting ${id}`, (store) => {
      const r = store.count(id);
      r.onsuccess = () => {
        existed = r.result > 0;
      };
      store.delete(id);
    });
    return existed;
  }

  async list(): Promise<SourceRecord[]> {
    const rows = (await req(this.db.transaction(STORE).objectStore(STORE).getAll())) as Row[];
    return rows.map(fromRow);
  }

  async candidates(keys: string[], limit = Infinity): Promise<Candidate[]> {
    const wanted = new Set(keys);
    if (!wanted.size) return [];
    if (this.decoded.size > CACHE_LIMIT || this.idsByKey.size > CACHE_LIMIT) this.forget();
    // 1. ids under each key (primary keys only: nothing is cloned but the ids)
    const unknown = [...wanted].filter((k) => !this.idsByKey.has(`${k}\u0000${limit}`));
    if (unknown.length) {
      const index = this.db.transaction(STORE).objectStore(STORE).index('keys');
      const answers = await Promise.all(
        unknown.map((k) => req(Number.isFinite(limit) ? index.getAllKeys(k, limit) : index.getAllKeys(k)) as Promise<string[]>),
      );
      unknown.forEach((k, i) => this.idsByKey.set(`${k}\u0000${limit}`, answers[i]));
    }
    const ids = new Set<string>();
    for (const k of wanted) for (const id of this.idsByKey.get(`${k}\u0000${limit}`) ?? []) ids.add(id);
    // 2. each source not decoded yet, read once
    const missing = [...ids].filter((id) => !this.decoded.has(id));
    if (missing.length) {
      const store = this.db.transaction(STORE).objectStore(STORE);
      const rows = (await Promise.all(missing.map((id) => req(store.get(id))))) as (Row | undefined)[];
      for (const row of rows) {
        if (!row) continue;
        const source = fromRow(row);
        this.decoded.set(row.id, { source, keys: source.claims.map((_, i) => claimKeys(source, i)) });
      }
    }
    const out: Candidate[] = [];
    for (const id of ids) {
      const d = this.decoded.get(id);
      if (!d) continue;
      const claims: number[] = [];
      for (let i = 0; i < d.keys.length; i++) if (d.keys[i].some((k) => wanted.has(k))) claims.push(i);
      if (claims.length) out.push({ source: d.source, claims });
    }
    return out;
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
  }

  async exportJsonl(): Promise<string> {
    return exportJsonl(await this.list());
  }

  /** All valid lines in one transaction: a quota error keeps none of them (and says so). */
  async importJsonl(text: string): Promise<ImportReport> {
    const report = importJsonl(text);
    if (report.records.length)
      await this.write(`importing ${report.records.length} sources`, (store) => {
        for (const r of report.records) store.put(toRow(r));
      });
    return report;
  }
}

/** The library in IndexedDB (`indexedDB` of the background page or service worker). */
export async function createIdbLibrary(factory: IDBFactory, name = 'crosscheck-library'): Promise<IdbLibrary> {
  return new IdbLibrary(await openDatabase(factory, name));
}
