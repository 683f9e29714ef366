// Large imports and exports travel in parts: a runtime message carries at most a few tens of MB,
// and a library of 100k claims exports to about 40 MB of JSON Lines. The options page splits a
// file on line boundaries (a library export's header line is repeated at the top of each part,
// so every part is read with the file's schema) and merges what each part's import reported,
// with line numbers of the whole file. Pure: no DOM, no extension API.

import type { ImportSummary } from '../messaging/protocol';

/** Characters per message part (well under Chrome's 64 MB message limit, even JSON-escaped). */
export const PART_CHARS = 8_000_000;

export interface ImportPart {
  text: string;
  /** Added to the part's line numbers to get the file's. */
  lineOffset: number;
}

export function splitImport(text: string, maxChars = PART_CHARS): ImportPart[] {
  if (text.length <= maxChars) return [{ text, lineOffset: 0 }];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim());
  let header: string | undefined;
  if (first >= 0) {
    try {
      const v = JSON.parse(lines[first]) as { crosscheck?: unknown };
      if (v && typeof v === 'object' && v.crosscheck === 'library') header = lines[first];
    } catch {
      /* not a header */
    }
  }
  const parts: ImportPart[] = [];
  let start = 0; // index of the part's first line
  let size = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const body = lines.slice(start, end);
    const withHeader = header !== undefined && start > first;
    parts.push({ text: (withHeader ? [header!, ...body] : body).join('\n'), lineOffset: withHeader ? start - 1 : start });
    start = end;
    size = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    if (size > 0 && size + lines[i].length + 1 > maxChars) flush(i);
    size += lines[i].length + 1;
  }
  flush(lines.length);
  return parts;
}

const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;

/** The one sentence an import shows. */
export function importMessage(name: string, s: Pick<ImportSummary, 'added' | 'updated' | 'skipped' | 'errors' | 'librarySize'>): string {
  const bits = [`${n(s.added.length, 'source')} added`, `${s.updated.length} updated`];
  if (s.skipped.length) bits.push(`${s.skipped.length} skipped`);
  if (s.errors.length) bits.push(`${n(s.errors.length, 'bad line')} left out`);
  return `${name}: ${bits.join(', ')}; the library now holds ${n(s.librarySize, 'source')}.`;
}

/** The parts' reports as one, for the whole file. */
export function mergeSummaries(name: string, parts: ImportSummary[]): ImportSummary {
  const out: ImportSummary = { kind: parts[0]?.kind ?? 'pack', added: [], updated: [], skipped: [], errors: [], message: '', librarySize: parts.at(-1)?.librarySize ?? 0 };
  for (const p of parts) {
    out.added.push(...p.added);
    out.updated.push(...p.updated);
    out.skipped.push(...p.skipped);
    out.errors.push(...p.errors);
  }
  out.message = importMessage(name, out);
  return out;
}
