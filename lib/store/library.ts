// The claim library: one interface, three stores (memory here, file.ts for the CLI, idb.ts for
// the extension background). A source is upserted by id: a revisit or an edit of the same page
// or file replaces its record and its index entries, never duplicates them.

import type { Candidate, CandidateIndex } from '../claims/linker';
import type { SourceRecord } from '../claims/record';
import { PostingIndex } from './postings';
import { exportJsonl, importJsonl, type ImportReport } from './jsonl';

export type { SourceRecord } from '../claims/record';
export type { ImportReport } from './jsonl';

/** The current schema version of stored records and exports (see migrations in jsonl.ts / idb.ts). */
export const SCHEMA_VERSION = 2;

export interface LibraryCount {
  sources: number;
  claims: number;
}

export interface Library extends CandidateIndex {
  /** Insert or replace the source with this id; true when it replaced an existing one. */
  put(source: SourceRecord): Promise<boolean>;
  get(id: string): Promise<SourceRecord | undefined>;
  delete(id: string): Promise<boolean>;
  list(): Promise<SourceRecord[]>;
  /** Claims indexed under any of these keys (record.ts), grouped by source; at most `limit`
   *  claims (newest first where the store keeps ingest order). */
  candidates(keys: string[], limit?: number): Promise<Candidate[]>;
  count(): Promise<LibraryCount>;
  clear(): Promise<void>;
  /** The whole library as JSON Lines (a header line, then one source per line). */
  exportJsonl(): Promise<string>;
  /** Adds (upserts) every valid line; bad lines are reported with their line number. */
  importJsonl(text: string): Promise<ImportReport>;
}

/** An in-memory library over the compact candidate index (postings.ts): key → (source, claim)
 *  postings, read newest first so a huge library answers with its most recent reports. */
export class MemoryLibrary implements Library {
  private sources = new Map<string, SourceRecord>();
  private index = new PostingIndex();
  /** Ordinal (postings.ts) → its source, so a lookup needs no id map. */
  private byOrd: (SourceRecord | undefined)[] = [];

  async put(source: SourceRecord): Promise<boolean> {
    return this.putSync(source);
  }

  /** Synchronous put (bulk loading from a file, benchmarks). */
  putSync(source: SourceRecord): boolean {
    const existed = this.sources.delete(source.id);
    this.sources.set(source.id, source);
    const old = this.index.remove(source.id);
    if (old >= 0) this.byOrd[old] = undefined;
    this.byOrd[this.index.add(source)] = source;
    return existed;
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    return this.sources.get(id);
  }

  async delete(id: string): Promise<boolean> {
    const ord = this.index.remove(id);
    if (ord >= 0) this.byOrd[ord] = undefined;
    return this.sources.delete(id);
  }

  async list(): Promise<SourceRecord[]> {
    return [...this.sources.values()];
  }

  async candidates(keys: string[], limit?: number): Promise<Candidate[]> {
    return this.candidatesSync(keys, limit);
  }

  /** Claims under any of the keys, newest sources first, at most `limit` claims. */
  candidatesSync(keys: string[], limit = Infinity): Candidate[] {
    const out: Candidate[] = [];
    for (const hit of this.index.lookup(keys, limit)) {
      const source = this.byOrd[hit.ord];
      if (source) out.push({ source, claims: hit.claims });
    }
    return out;
  }

  async count(): Promise<LibraryCount> {
    return { sources: this.sources.size, claims: this.index.claims };
  }

  async clear(): Promise<void> {
    this.sources.clear();
    this.index.clear();
    this.byOrd = [];
  }

  async exportJsonl(): Promise<string> {
    return exportJsonl([...this.sources.values()]);
  }

  async importJsonl(text: string): Promise<ImportReport> {
    const report = importJsonl(text);
    for (const r of report.records) this.putSync(r);
    return report;
  }
}

export function createMemoryLibrary(): MemoryLibrary {
  return new MemoryLibrary();
}
