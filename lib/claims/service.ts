// The link service the extension background (and the CLI) call: one object over a library.
//
//   const service = createLinkService(library);          // library: lib/store (memory, file, idb)
//   await service.ingest(meta, analysis, text);          // fingerprint + upsert (revisit = update)
//   const links = await service.linkPage(meta, analysis, text);  // ClaimLinks[] per page claim
//
// `meta.id` is the stable source id (normalised URL or file path): ingesting the same id again
// replaces the record. linkPage does not store the page; pass `text` so near-duplicates of the
// page are recognised (without it, the stored fingerprint of meta.id is used when there is one).
// Pure: no DOM, no Node APIs; everything async because the IndexedDB store is.

import type { Analysis, ClaimLinks, SourceMeta } from '../model';
import { fingerprint } from './fingerprint';
import { linkPage, type CandidateIndex, type LinkOptions } from './linker';
import { toRecord, type SourceRecord } from './record';

export interface LinkLibrary extends CandidateIndex {
  put(source: SourceRecord): Promise<boolean>;
  get(id: string): Promise<SourceRecord | undefined>;
}

export interface LinkService {
  /** Store (or update) an analysed source; returns the record and whether it replaced one. */
  ingest(meta: SourceMeta, analysis: Pick<Analysis, 'claims' | 'units' | 'places'>, text: string): Promise<{ record: SourceRecord; updated: boolean }>;
  linkPage(meta: SourceMeta, analysis: Pick<Analysis, 'claims' | 'units' | 'places'>, text?: string, options?: LinkOptions): Promise<ClaimLinks[]>;
}

export function createLinkService(library: LinkLibrary, now: () => string = () => new Date().toISOString()): LinkService {
  // A page is linked and then stored with the same text: its fingerprint is worked out once.
  let last: { text: string; fp: string } | undefined;
  const fingerprintOf = (text: string): string => {
    if (last?.text !== text) last = { text, fp: fingerprint(text) };
    return last.fp;
  };
  return {
    async ingest(meta, analysis, text) {
      const record = toRecord(meta, analysis, fingerprintOf(text));
      record.updated = now();
      const updated = await library.put(record);
      return { record, updated };
    },
    async linkPage(meta, analysis, text, options) {
      const fp = text !== undefined ? fingerprintOf(text) : (await library.get(meta.id))?.fingerprint;
      return linkPage(toRecord(meta, analysis, fp), library, options);
    },
  };
}
