// Importing a pack into a library: parse, hand each good source to the library's put, and
// report what happened per source so the person sees which sources the pack added. The
// library is injected (helper C's Library interface fits: put returns whether it was new).

import { parsePack, type PackLineError, type PackSource } from './format';

export type PutOutcome = 'added' | 'updated' | 'skipped';

export interface ImportReport {
  added: PackSource['meta'][];
  updated: PackSource['meta'][];
  skipped: { meta: PackSource['meta']; reason: string }[];
  /** Lines that did not parse, and sources the library refused. */
  errors: (PackLineError | { id: string; message: string })[];
  /** One sentence for the options page. */
  message: string;
}

export interface ImportOptions {
  /** Tag written into each source's provenance (defaults to the pack's own). */
  packName?: string;
  signal?: AbortSignal;
}

export async function importPack(content: string, put: (source: PackSource) => Promise<PutOutcome | { outcome: PutOutcome; reason?: string }>, options: ImportOptions = {}): Promise<ImportReport> {
  const parsed = parsePack(content);
  const report: ImportReport = { added: [], updated: [], skipped: [], errors: [...parsed.errors], message: '' };
  for (const source of parsed.sources) {
    if (options.signal?.aborted) break;
    const s: PackSource = options.packName ? { ...source, provenance: { kind: 'pack', pack: options.packName } } : source;
    try {
      const r = await put(s);
      const outcome = typeof r === 'string' ? r : r.outcome;
      if (outcome === 'added') report.added.push(s.meta);
      else if (outcome === 'updated') report.updated.push(s.meta);
      else report.skipped.push({ meta: s.meta, reason: (typeof r === 'string' ? undefined : r.reason) ?? 'already in the library' });
    } catch (error) {
      report.errors.push({ id: s.meta.id, message: `the library refused it (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  const parts = [`${report.added.length} added`];
  if (report.updated.length) parts.push(`${report.updated.length} updated`);
  if (report.skipped.length) parts.push(`${report.skipped.length} already there`);
  if (report.errors.length) parts.push(`${report.errors.length} could not be imported`);
  report.message = parsed.sources.length || report.errors.length ? `pack imported: ${parts.join(', ')}` : 'the pack is empty';
  return report;
}
