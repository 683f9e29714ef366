// `crosscheck link FILES... --library PATH [--json]`: for each claim of the given files, its
// relations to claims of other sources in the library and among the given files. The given
// files are analysed afresh and laid over the library in memory (the library file is not
// changed). --json prints {"relations":[{a,b,relation,independent,reason}]}, each pair of
// claims once; without it, a readable report per file and claim.
import { linkPage } from '../claims/linker';
import type { SourceRecord } from '../claims/record';
import type { ClaimLinks, Relation } from '../model';
import { openLibraryFor, parseLibraryArgs, recordFromFile } from './ingest';
import { loadGazetteer } from './load-gazetteer';
import type { Io } from './main';
import { InputError } from './read-input';

export async function runLink(args: string[], io: Io): Promise<number> {
  const opts = parseLibraryArgs(args, 'link', true);
  const store = await openLibraryFor(opts, io);
  if (!store) return 1;
  if (store.created) io.stderr(`crosscheck: ${opts.library} does not exist yet; linking among the given files only\n`);
  for (const err of store.errors) io.stderr(`crosscheck: ${opts.library}:${err.line}: skipped a bad line: ${err.message}\n`);
  const gazetteer = loadGazetteer();
  const pages: SourceRecord[] = [];
  let failed = 0;
  for (const file of opts.files) {
    try {
      const rec = await recordFromFile(file, gazetteer, io);
      const stored = await store.library.get(rec.id);
      if (stored) rec.doc = stored.doc;
      store.library.putSync(rec);
      pages.push(rec);
    } catch (error) {
      failed++;
      io.stderr(`crosscheck: ${error instanceof InputError ? error.message : `${file}: ${(error as Error)?.message ?? error}`}\n`);
    }
  }
  const results: { page: SourceRecord; links: ClaimLinks[] }[] = [];
  for (const page of pages) results.push({ page, links: await linkPage(page, store.library) });

  if (opts.json) {
    const seen = new Set<string>();
    const out: Omit<Relation, 'source' | 'claim'>[] = [];
    const key = (r: Relation['a']) => `${r.doc}\u0000${r.start}\u0000${r.end}`;
    for (const { links } of results)
      for (const l of links)
        for (const r of l.relations) {
          const k = [key(r.a), key(r.b)].sort().join('\u0001');
          if (seen.has(k)) continue;
          seen.add(k);
          out.push({ a: r.a, b: r.b, relation: r.relation, independent: r.independent, reason: r.reason });
        }
    io.stdout(JSON.stringify({ relations: out }, null, 2) + '\n');
  } else {
    for (const { page, links } of results) {
      const linked = links.filter((l) => l.relations.length);
      io.stdout(`${page.doc} — ${page.title || '(untitled)'}: ${linked.length} of ${page.claims.length} claims linked\n`);
      for (const l of linked) {
        const c = page.claims[l.claim];
        const corr = l.relations.some((r) => r.relation === 'corroborates') ? ` — ${l.independentSources} independent source${l.independentSources === 1 ? '' : 's'} (${l.reports} report${l.reports === 1 ? '' : 's'})` : '';
        io.stdout(`  "${c.text}"${corr}\n`);
        for (const r of l.relations)
          io.stdout(`    ${r.relation.padEnd(12)} ${r.b.doc}: "${r.b.text}"${r.independent ? '' : ' [not independent]'}\n      ${r.reason}\n`);
      }
      io.stdout('\n');
    }
  }
  return failed ? 1 : 0;
}
