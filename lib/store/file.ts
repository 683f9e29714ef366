// Node-only: a library kept in one JSON Lines file (the CLI's `--library PATH`).
//
// The file is read into a MemoryLibrary on open; save() writes the whole library to a temporary
// file beside it and renames it over the old one, so a crash or a full disk leaves the previous
// file intact. A file with bad lines still opens: the good sources load, the bad lines are
// reported, and on save they are kept verbatim in PATH.rejected.jsonl (nothing is lost).

import { appendFile, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { MemoryLibrary } from './library';
import type { LineError } from './jsonl';

export class LibraryFileError extends Error {}

export interface FileLibrary {
  library: MemoryLibrary;
  path: string;
  /** Bad lines found when the file was read. */
  errors: LineError[];
  /** Where bad lines are kept on save. */
  rejectedPath: string;
  /** True when the file did not exist yet. */
  created: boolean;
  save(): Promise<void>;
}

export async function openFileLibrary(path: string): Promise<FileLibrary> {
  const library = new MemoryLibrary();
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new LibraryFileError(`${path}: cannot read the library (${code ?? (e as Error).message})`);
  }
  const report = text === undefined ? { errors: [] as LineError[] } : await library.importJsonl(text);
  const lines = text === undefined ? [] : text.split(/\r?\n/);
  let rejected = report.errors.filter((e) => !/newer than/.test(e.message)).map((e) => lines[e.line - 1]);
  return {
    library,
    path,
    errors: report.errors,
    created: text === undefined,
    rejectedPath: `${path}.rejected.jsonl`,
    async save() {
      const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
      try {
        if (rejected.length) {
          await appendFile(`${path}.rejected.jsonl`, rejected.join('\n') + '\n', 'utf8');
          rejected = [];
        }
        await writeFile(tmp, await library.exportJsonl(), 'utf8');
        await rename(tmp, path);
      } catch (e) {
        await unlink(tmp).catch(() => undefined);
        const code = (e as NodeJS.ErrnoException).code;
        throw new LibraryFileError(`${path}: could not save the library (${code === 'ENOSPC' ? 'disk full' : (code ?? (e as Error).message)}); the previous file is unchanged`);
      }
    },
  };
}
