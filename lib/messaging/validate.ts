// Hand-written validators for every payload a content script may send. Each returns the value
// rebuilt from checked fields only (unknown keys are dropped) or throws a ValidationError that
// says what was wrong.

import type { ClaimLinks, SourceMeta } from '../model';
import {
  MAX_BLOCKS,
  MAX_IMPORT_LENGTH,
  MAX_META_STRING,
  MAX_REPORT_ID,
  MAX_TEXT_LENGTH,
  MAX_UNIT_NAMES,
  type ContentToBackground,
  type LibraryToBackground,
  type PageMeta,
  type PageReport,
  type TextBlock,
} from './protocol';

export class ValidationError extends Error {
  override name = 'ValidationError';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, field: string, max: number, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') throw new ValidationError(`${field} must be a string`);
  if (v.length > max) throw new ValidationError(`${field} is too long (${v.length} > ${max} characters)`);
  return v;
}

export function validateMeta(v: unknown): PageMeta {
  if (!isRecord(v)) throw new ValidationError('meta must be an object');
  const url = str(v.url, 'meta.url', MAX_META_STRING)!;
  if (!/^(https?|file):/i.test(url)) throw new ValidationError('meta.url must be an http(s) or file URL');
  const title = str(v.title, 'meta.title', MAX_META_STRING)!;
  const published = str(v.published, 'meta.published', 40, true);
  if (published !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published)) {
    throw new ValidationError('meta.published must be an ISO date');
  }
  const lang = str(v.lang, 'meta.lang', 40, true);
  const canonical = str(v.canonical, 'meta.canonical', MAX_META_STRING, true);
  if (canonical !== undefined && !/^https?:\/\/[^/?#\s]+/i.test(canonical)) throw new ValidationError('meta.canonical must be an http(s) URL');
  return { url, title, ...(published ? { published } : {}), ...(lang ? { lang } : {}), ...(canonical ? { canonical } : {}) };
}

export function validatePageReport(v: unknown): PageReport {
  if (!isRecord(v)) throw new ValidationError('report must be an object');
  const meta = validateMeta(v.meta);
  if (typeof v.text !== 'string') throw new ValidationError('text must be a string');
  if (v.text.length > MAX_TEXT_LENGTH) {
    throw new ValidationError(
      `page text is too large (${v.text.length} characters; the limit is ${MAX_TEXT_LENGTH})`,
    );
  }
  const text = v.text;
  if (!Array.isArray(v.blocks)) throw new ValidationError('blocks must be an array');
  if (v.blocks.length > MAX_BLOCKS) throw new ValidationError(`too many blocks (${v.blocks.length} > ${MAX_BLOCKS})`);
  const blocks: TextBlock[] = [];
  let prev = 0;
  for (const [i, b] of v.blocks.entries()) {
    if (!isRecord(b) || !Number.isInteger(b.start) || !Number.isInteger(b.end)) {
      throw new ValidationError(`blocks[${i}] must be {start, end} integers`);
    }
    const start = b.start as number;
    const end = b.end as number;
    if (start < prev || end < start || end > text.length) {
      throw new ValidationError(`blocks[${i}] is out of order or outside the text`);
    }
    blocks.push({ start, end });
    prev = end;
  }
  return { meta, text, blocks };
}

export function validatePageClear(v: unknown): ContentToBackground['page:clear']['req'] {
  if (!isRecord(v)) throw new ValidationError('payload must be an object');
  return { url: str(v.url, 'url', MAX_META_STRING)! };
}

export function validateTabId(v: unknown): { tabId: number } {
  if (!isRecord(v) || !Number.isInteger(v.tabId) || (v.tabId as number) < 0) {
    throw new ValidationError('tabId must be a non-negative integer');
  }
  return { tabId: v.tabId as number };
}

/** units:sources: up to MAX_UNIT_NAMES distinct non-empty names of at most 200 characters. */
export function validateUnitNames(v: unknown): ContentToBackground['units:sources']['req'] {
  if (!isRecord(v) || !Array.isArray(v.names)) throw new ValidationError('names must be an array');
  if (v.names.length > MAX_UNIT_NAMES) throw new ValidationError(`too many names (${v.names.length} > ${MAX_UNIT_NAMES})`);
  const names = new Set<string>();
  for (const [i, n] of v.names.entries()) {
    const name = str(n, `names[${i}]`, 200)!.trim();
    if (!name) throw new ValidationError(`names[${i}] is empty`);
    names.add(name);
  }
  return { names: [...names] };
}

const MARK_KIND_NAMES = new Set(['unit', 'place', 'claim']);

/** page:card: a report id, the kind of mark and the index of its unit, place or claim. */
export function validatePageCard(v: unknown): ContentToBackground['page:card']['req'] {
  if (!isRecord(v)) throw new ValidationError('payload must be an object');
  const reportId = str(v.reportId, 'reportId', MAX_REPORT_ID)!;
  if (!reportId) throw new ValidationError('reportId is empty');
  if (typeof v.kind !== 'string' || !MARK_KIND_NAMES.has(v.kind)) throw new ValidationError('kind must be "unit", "place" or "claim"');
  if (!Number.isInteger(v.index) || (v.index as number) < 0) throw new ValidationError('index must be a non-negative integer');
  return { reportId, kind: v.kind as ContentToBackground['page:card']['req']['kind'], index: v.index as number };
}

/** Validators for every content-to-background message, by type. */
export const contentValidators: { [K in keyof ContentToBackground]: (v: unknown) => ContentToBackground[K]['req'] } = {
  'page:report': validatePageReport,
  'page:clear': validatePageClear,
  'page:card': validatePageCard,
  'units:sources': validateUnitNames,
  'panel:open': (v) => validateClaimIndex(v),
};

/** `{claim}` with a non-negative integer index (page:show-claim, panel:select-claim). */
export function validateClaimIndex(v: unknown): { claim: number } {
  if (!isRecord(v) || !Number.isInteger(v.claim) || (v.claim as number) < 0) {
    throw new ValidationError('claim must be a non-negative integer');
  }
  return { claim: v.claim as number };
}

/** page:links pushed by the background: arrays only (the background is trusted, the shape is not assumed). */
export function validateLinksPush(v: unknown): { links: ClaimLinks[]; sources?: SourceMeta[] } {
  if (!isRecord(v) || !Array.isArray(v.links)) throw new ValidationError('links must be an array');
  if (v.sources !== undefined && !Array.isArray(v.sources)) throw new ValidationError('sources must be an array');
  const links = (v.links as unknown[]).filter(
    (l): l is ClaimLinks => isRecord(l) && Number.isInteger(l.claim) && Array.isArray(l.relations),
  );
  return { links, ...(v.sources ? { sources: v.sources as SourceMeta[] } : {}) };
}

/** A payload that must be an empty object (extra keys are dropped). */
export function validateEmpty(v: unknown): Record<string, never> {
  if (v !== undefined && v !== null && !isRecord(v)) throw new ValidationError('payload must be an object');
  return {};
}

export function validateImport(v: unknown): LibraryToBackground['library:import']['req'] {
  if (!isRecord(v)) throw new ValidationError('payload must be an object');
  if (typeof v.text !== 'string') throw new ValidationError('text must be a string');
  if (v.text.length > MAX_IMPORT_LENGTH) throw new ValidationError(`the file is too large to import at once (${v.text.length} characters; the limit is ${MAX_IMPORT_LENGTH})`);
  const out: LibraryToBackground['library:import']['req'] = { text: v.text, name: str(v.name ?? 'import', 'name', 300)! };
  if (v.lineOffset !== undefined) {
    if (!Number.isInteger(v.lineOffset) || (v.lineOffset as number) < 0) throw new ValidationError('lineOffset must be a non-negative integer');
    out.lineOffset = v.lineOffset as number;
  }
  return out;
}

export function validateExportPart(v: unknown): { part: number } {
  if (v === undefined || v === null || (isRecord(v) && v.part === undefined)) return { part: 0 };
  if (!isRecord(v) || !Number.isInteger(v.part) || (v.part as number) < 0) throw new ValidationError('part must be a non-negative integer');
  return { part: v.part as number };
}

export function validateClear(v: unknown): { confirm: 'clear' } {
  if (!isRecord(v) || v.confirm !== 'clear') throw new ValidationError('clearing the library needs {confirm: "clear"}');
  return { confirm: 'clear' };
}

export function validateFeedUrl(v: unknown): { url: string; title?: string } {
  if (!isRecord(v)) throw new ValidationError('payload must be an object');
  const url = str(v.url, 'url', MAX_META_STRING)!;
  if (!/^https?:\/\//i.test(url)) throw new ValidationError('url must be an http(s) address');
  const title = str(v.title, 'title', 300, true);
  return title ? { url, title } : { url };
}

export function validateOptionalFeedUrl(v: unknown): { url?: string } {
  if (isRecord(v) && v.url !== undefined) return { url: validateFeedUrl(v).url };
  validateEmpty(v);
  return {};
}

export function validateClaimRef(v: unknown): { tabId: number; claim: number } {
  const { tabId } = validateTabId(v);
  const claim = (v as Record<string, unknown>).claim;
  if (!Number.isInteger(claim) || (claim as number) < 0) throw new ValidationError('claim must be a non-negative integer (an index into the report\'s claims)');
  return { tabId, claim: claim as number };
}
