// The claim library for the extension background and the CLI, in one import:
//
//   import { createIdbLibrary, createLinkService } from '../lib/store';
//   const service = createLinkService(await createIdbLibrary(indexedDB));
//   await service.ingest(meta, analysis, text);          // on each war-coverage page read
//   const links = await service.linkPage(meta, analysis, text);   // ClaimLinks[] for the panel
//
// Stores: MemoryLibrary (tests, benchmarks, the CLI's working copy), the JSON Lines file
// (./file, Node only, not exported here), IndexedDB (./idb). See lib/claims/service.ts.
export { MemoryLibrary, createMemoryLibrary, SCHEMA_VERSION, type Library, type LibraryCount, type SourceRecord } from './library';
export { IdbLibrary, LibraryError, createIdbLibrary, IDB_VERSION } from './idb';
export { exportJsonl, importJsonl, validateRecord, type ImportReport, type LineError } from './jsonl';
export { createLinkService, type LinkService } from '../claims/service';
