// The unit card's "also in": which sources in the library mention a unit. The library keeps each
// source's units (lib/claims/record.ts) but indexes only claims, so this module reads the sources
// once into a name → sources index and keeps it while the library's counts stay the same (and
// for at most `maxAgeMs`, so a source re-read with the same counts is seen soon enough).
//
// Content scripts ask with `units:sources` (names of the page's units); the answer leaves out the
// asking page's own source. Wired in entrypoints/background.ts with `listenForUnitQueries`.

import type { SourceMeta } from '../model';
import type { SourceRecord } from '../claims/record';
import type { LibraryCore } from './library';
import { sourceId } from './library';
import { handleMessages, isContentScript, MAX_UNIT_SOURCES, type ContentToBackground, type Sender, type UnitSources } from '../messaging/index';
import { validateUnitNames, ValidationError } from '../messaging/validate';

export interface UnitIndexOptions {
  /** Longest time an index is trusted without reading the library again (ms, default 60 000). */
  maxAgeMs?: number;
  now?: () => number;
}

/** British spellings of formation words, compared as their US forms. */
const SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/\bmechanised\b/g, 'mechanized'],
  [/\bmotorised\b/g, 'motorized'],
  [/\barmoured\b/g, 'armored'],
  [/\bdefence\b/g, 'defense'],
  [/\bcentre\b/g, 'center'],
];

/**
 * Unit names compare without case, apostrophes or hyphens, with collapsed spaces and one
 * spelling of formation words: a source stored as `14th Mechanised Brigade` (or by an older
 * engine) is "also in" for `14th Mechanized Brigade`.
 */
export const unitKey = (name: string): string => {
  let k = name.toLowerCase().replace(/['’]/g, '').replace(/-/g, ' ');
  for (const [re, us] of SPELLING) k = k.replace(re, us);
  return k.replace(/\s+/g, ' ').trim();
};

const brief = (r: SourceRecord): SourceMeta => {
  const out: SourceMeta = { id: r.id, doc: r.doc };
  for (const k of ['url', 'outlet', 'title', 'published', 'language'] as const) if (r[k]) out[k] = r[k];
  return out;
};

/** Newest first: publication date, then when the library stored it; undated last. */
function newestFirst(a: { meta: SourceMeta; updated?: string }, b: { meta: SourceMeta; updated?: string }): number {
  const pa = a.meta.published ?? '';
  const pb = b.meta.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  const ua = a.updated ?? '';
  const ub = b.updated ?? '';
  return ua === ub ? 0 : ua < ub ? 1 : -1;
}

/** name key → sources mentioning it, newest first. */
export function buildUnitIndex(records: readonly SourceRecord[]): Map<string, SourceMeta[]> {
  const byKey = new Map<string, { meta: SourceMeta; updated?: string }[]>();
  for (const r of records) {
    const meta = brief(r);
    const seen = new Set<string>();
    for (const u of r.units ?? []) {
      const k = unitKey(u.name);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      let l = byKey.get(k);
      if (!l) byKey.set(k, (l = []));
      l.push({ meta, ...(r.updated ? { updated: r.updated } : {}) });
    }
  }
  const out = new Map<string, SourceMeta[]>();
  for (const [k, l] of byKey) out.set(k, l.sort(newestFirst).map((x) => x.meta));
  return out;
}

export interface UnitSourcesQuery {
  /** The sources mentioning each name, leaving out the source `exceptId` (the asking page). */
  sourcesFor(names: readonly string[], exceptId?: string): Promise<UnitSources[]>;
  /** Forget the index (the next question reads the library again). */
  invalidate(): void;
}

export function createUnitSources(core: Pick<LibraryCore, 'open' | 'counts'>, opts: UnitIndexOptions = {}): UnitSourcesQuery {
  const maxAge = opts.maxAgeMs ?? 60_000;
  const now = opts.now ?? Date.now;
  let cached: { stamp: string; at: number; index: Promise<Map<string, SourceMeta[]>> } | undefined;

  const index = async (): Promise<Map<string, SourceMeta[]>> => {
    const c = await core.counts();
    const stamp = `${c.sources}/${c.claims}`;
    if (cached && cached.stamp === stamp && now() - cached.at < maxAge) return cached.index;
    const built = core
      .open()
      .then(({ library }) => library.list())
      .then(buildUnitIndex);
    cached = { stamp, at: now(), index: built };
    built.catch(() => {
      if (cached?.index === built) cached = undefined; // try again next time
    });
    return built;
  };

  return {
    async sourcesFor(names, exceptId) {
      const idx = await index();
      return names.map((name) => {
        const all = (idx.get(unitKey(name)) ?? []).filter((s) => s.id !== exceptId);
        return { name, total: all.length, sources: all.slice(0, MAX_UNIT_SOURCES) };
      });
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** Answers content scripts' `units:sources` until `signal` aborts. */
export function listenForUnitQueries(core: Pick<LibraryCore, 'open' | 'counts'>, signal?: AbortSignal, opts?: UnitIndexOptions): UnitSourcesQuery {
  const query = createUnitSources(core, opts);
  type M = Pick<ContentToBackground, 'units:sources'>;
  handleMessages<M>(
    {
      'units:sources': async ({ names }, sender: Sender) => {
        const url = sender.tab?.url ?? sender.url;
        return { units: await query.sourcesFor(names, url ? sourceId(url) : undefined) };
      },
    },
    {
      signal,
      accept: (_type, payload, sender) => {
        if (!isContentScript(sender)) throw new ValidationError('units:sources is only accepted from a content script');
        return validateUnitNames(payload);
      },
    },
  );
  return query;
}
