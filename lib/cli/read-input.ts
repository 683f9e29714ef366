// Node-only: turn a file path into the text the engine analyses.
//
// `.txt` files are analysed as they are (the first line is the title), so offsets index the file;
// a dateline's date on the line after the title is the publication date.
// `.html`/`.htm` (optionally gzipped) go through lib/html/readable.ts (Readability over linkedom); the
// analysed text is the title, a blank line, then the article's blocks separated by blank lines.
// Every way a file can be unreadable becomes an InputError with a message a person can act on.

import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { readableHtml } from '../html/readable';
import { datelineDate } from '../extract/dates';

export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'InputError';
  }
}

export interface Article {
  path: string;
  title: string;
  /** The analysed text; mention offsets index it. */
  text: string;
  /** Publication date (ISO) found in the page's metadata, if any. */
  date?: string;
  url?: string;
  outlet?: string;
  language?: string;
  format: 'text' | 'html';
}

const MAX_BYTES = 20 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

export async function readArticle(path: string): Promise<Article> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(path, 'no such file');
    if (code === 'EACCES') throw new InputError(path, 'permission denied');
    throw new InputError(path, `cannot read (${code ?? String(error)})`);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file (pass the files inside it, e.g. DIR/*.txt)');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  if (info.size > MAX_BYTES) throw new InputError(path, `is ${(info.size / 1048576).toFixed(1)} MB; the limit is 20 MB`);

  let bytes: Uint8Array = await readFile(path);
  const gz = /\.gz$/i.test(path);
  if (gz) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(path, 'is not valid gzip data');
    }
  }
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  if (looksBinary(bytes)) throw new InputError(path, 'looks like binary data, not text or HTML');
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    throw new InputError(path, 'is not valid UTF-8 text');
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (!raw.trim()) throw new InputError(path, 'contains only whitespace');

  const name = path.replace(/\.gz$/i, '');
  const isHtml = /\.x?html?$/i.test(name) || (!/\.txt$/i.test(name) && /^\s*<(!doctype|html|head|body)/i.test(raw));
  if (!isHtml) {
    const firstLine = raw.split(/\r?\n/, 1)[0].trim();
    // the dateline's date is the publication date, as an HTML page's metadata date is
    const date = datelineDate(raw);
    return { path, title: firstLine, text: raw, format: 'text', ...(date ? { date } : {}) };
  }
  return fromHtml(path, raw);
}

function fromHtml(path: string, html: string): Article {
  let read;
  try {
    read = readableHtml(html);
  } catch (error) {
    throw new InputError(path, `could not parse the HTML (${(error as Error).message})`);
  }
  const { meta, title, text } = read;
  if (!text) throw new InputError(path, 'has no readable article text');
  return {
    path,
    title,
    text,
    date: meta.date,
    url: meta.url,
    outlet: meta.outlet,
    language: meta.language,
    format: 'html',
  };
}
