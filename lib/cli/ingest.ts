// `crosscheck ingest FILES... --library PATH`: analyse each file and add it to the library file
// (created when missing). A file already in the library (same path, or the same canonical URL
// for HTML pages) is updated in place, not duplicated. Unreadable files get a message on stderr,
// the others are still ingested, and the exit code is 1. Also holds what `link` shares with it:
// the options and one file turned into a source record (analysed, fingerprinted, no text kept).
import { resolve } from 'node:path';
import { analyze } from '../analyze';
import { fingerprint } from '../claims/fingerprint';
import { normalizeUrl, toRecord, type SourceRecord } from '../claims/record';
import type { Gazetteer } from '../gazetteer/index';
import type { SourceMeta } from '../model';
import { UsageError, type Io } from './main';
import { InputError } from './read-input';
import { LibraryFileError, openFileLibrary } from '../store/file';
import { loadGazetteer } from './load-gazetteer';
import { readArticle } from './read-input';

export interface LibraryOptions {
  files: string[];
  library: string;
  json: boolean;
}

export function parseLibraryArgs(args: string[], command: string, allowJson: boolean): LibraryOptions {
  const opts: LibraryOptions = { files: [], library: '', json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json' && allowJson) opts.json = true;
    else if (a === '--library' || a.startsWith('--library=')) {
      const v = a === '--library' ? args[++i] : a.slice('--library='.length);
      if (!v) throw new UsageError('--library needs a file path');
      opts.library = v;
    } else if (a === '--') {
      opts.files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (!opts.library) throw new UsageError(`${command} needs --library PATH`);
  if (!opts.files.length) throw new UsageError(`${command} needs at least one file`);
  return opts;
}

/** Read and analyse one file into a source record; throws InputError for unreadable files. */
export async function recordFromFile(file: string, gazetteer: Gazetteer, io: Io): Promise<SourceRecord> {
  const article = await readArticle(file);
  const analysis = analyze(
    { text: article.text, date: article.date },
    { gazetteer, onError: (stage, e) => io.stderr(`crosscheck: ${file}: ${stage} extractor failed: ${(e as Error)?.message ?? e}\n`) },
  );
  const meta: SourceMeta = { id: article.url ? normalizeUrl(article.url) : resolve(file), doc: file };
  if (article.url) meta.url = article.url;
  if (article.outlet) meta.outlet = article.outlet;
  if (article.title) meta.title = article.title;
  if (article.date) meta.published = article.date;
  if (article.language) meta.language = article.language;
  return toRecord(meta, analysis, fingerprint(article.text));
}

/** Opens the library file named by --library; undefined (with the reason on stderr) when it cannot be read. */
export async function openLibraryFor(opts: LibraryOptions, io: Io): Promise<Awaited<ReturnType<typeof openFileLibrary>> | undefined> {
  try {
    return await openFileLibrary(opts.library);
  } catch (e) {
    io.stderr(`crosscheck: ${(e as Error).message}\n`);
    return undefined;
  }
}

export async function runIngest(args: string[], io: Io): Promise<number> {
  const opts = parseLibraryArgs(args, 'ingest', false);
  const store = await openLibraryFor(opts, io);
  if (!store) return 1;
  for (const err of store.errors) io.stderr(`crosscheck: ${opts.library}:${err.line}: skipped a bad line: ${err.message} (kept in ${store.rejectedPath})\n`);
  const gazetteer = loadGazetteer();
  let failed = 0;
  let added = 0;
  let updated = 0;
  for (const file of opts.files) {
    try {
      const record = await recordFromFile(file, gazetteer, io);
      record.updated = new Date().toISOString();
      if (await store.library.put(record)) updated++;
      else added++;
    } catch (error) {
      failed++;
      io.stderr(`crosscheck: ${error instanceof InputError ? error.message : `${file}: ${(error as Error)?.message ?? error}`}\n`);
    }
  }
  try {
    await store.save();
  } catch (e) {
    io.stderr(`crosscheck: ${e instanceof LibraryFileError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const n = await store.library.count();
  io.stdout(`${opts.library}: ${added} added, ${updated} updated${failed ? `, ${failed} failed` : ''}; ${n.sources} sources, ${n.claims} claims\n`);
  return failed || store.errors.length ? 1 : 0;
}
