// The claim library in the background: every war-coverage page the person reads is linked to the
// library (its report gets `links`, `sources`, `librarySize`, `outlet`) and then added to it,
// except in private windows, while the library is paused and on excluded sites. Linking runs
// before the page is stored, so a page never links to itself. When sources arrive (a page, a
// feed, an import) the open tabs are linked again, the most recent few only.
//
// One object (`createLibraryCore`) owns the IndexedDB library and the link service; the feeds and
// search features use it too. `libraryFeature` is its BackgroundFeature: the page step and the
// options page's library messages (status, export, import, demo pack, clear).

import { browser } from 'wxt/browser';
import { wordReasons, type LinkSpans } from '../claims/linker';
import type { Analysis, ClaimLinks, Relation, RelationKind, SourceMeta } from '../model';
import { toRecord } from '../claims/record';
import { createLinkService, type LinkLibrary, type LinkService } from '../claims/service';
import type { Library, LibraryCount } from '../store/library';
import { importJsonl } from '../store/jsonl';
import { importPack } from '../packs/import';
import type { PackSource } from '../packs/format';
import { normalizeSourceUrl } from '../feeds/ingest';
import type { BackgroundContext, BackgroundFeature } from '../messaging/background-service';
import { pushToPanels, type ImportSummary, type LibraryStatus, type LibraryToBackground, type PageMeta, type PanelLinks, type PanelRelation, type SeriesPoint, type TabReport } from '../messaging/index';
import { validateClaimRef, validateClear, validateEmpty, validateExportPart, validateImport } from '../messaging/validate';
import { importMessage, PART_CHARS } from './import-chunks';
import { getLibrarySettings, isExcludedSite } from './settings';

export interface LibraryCoreOptions {
  openLibrary: () => Promise<Library>;
  /** The demo pack's JSON Lines (packs/demo.jsonl in the build). */
  loadDemoPack?: () => Promise<string>;
  /** Open tabs linked again after new sources, most recent first. */
  relinkLimit?: number;
  /** Characters per export part (import-chunks PART_CHARS). */
  exportPartChars?: number;
  now?: () => string;
  /** Where each link step's time went (for the browser bench; see LinkTiming). */
  onTiming?: (timing: LinkTiming) => void;
}

/** Where one tab's link step spent its time, ms (performance.now() spans, for benchmarks). */
export interface LinkTiming {
  url: string;
  /** The library's size (a count, cached after the first). */
  size: number;
  /** The time the linker waited for its candidate lookups (index and source reads; it asks for
   *  them all at once), and the rest of the link service (the page text's fingerprint, classify,
   *  relations, counts). */
  lookup: number;
  classify: number;
  /** Candidate sources read from storage during the lookups. */
  reads: number;
  /** Parts of classify: the comparisons, the claimants inherited from copies, the relations
   *  listed and counted (linker.ts LinkSpans). */
  compare: number;
  inherit: number;
  list: number;
  /** The report's links cut and tabled for the panel (panelLinks, sourceTable). */
  report: number;
  total: number;
  /** From the report's analysis (analyzedAt) to the link step's start: the report kept and pushed. */
  queued?: number;
  /** The page stored in the library, after the patch (absent when it is not: paused, private, ...). */
  store?: number;
  /** The links merged into the tab's report and pushed to panels and the page. */
  patch?: number;
}

export interface LibraryCore {
  open(): Promise<{ library: Library; service: LinkService }>;
  /** Sources in the library (cached). */
  size(): Promise<number>;
  /** Sources and claims, counted once (a full read) and then kept up to date by putSource. */
  counts(): Promise<LibraryCount>;
  /** Counts the sources again (after a clear). */
  recount(): Promise<number>;
  /** Records sources and claims stored without putSource (a bulk import). */
  adjust(delta: LibraryCount): void;
  /** The demo pack's text, when this build ships one. */
  demoPack?: () => Promise<string>;
  exportPartChars: number;
  /** Whether the library holds a source with this id. */
  has(id: string): Promise<boolean>;
  /** Stores a source (with its text, for the fingerprint, when there is one). */
  putSource(meta: SourceMeta, analysis: Pick<Analysis, 'claims' | 'units' | 'places'>, text?: string): Promise<'added' | 'updated'>;
  /** The report fields for a tab's page: links (the first few relations per claim, panelLinks),
   *  their sources, the library size, the outlet. The full lists are kept for `claimLinks`. */
  linkReport(report: TabReport, text?: string): Promise<Pick<TabReport, 'links' | 'sources' | 'librarySize' | 'outlet'>>;
  /** Every listed relation of one claim of a tab's report (the page is linked again when the
   *  worker no longer holds its last result). */
  claimLinks(report: TabReport, claim: number): Promise<{ claim: number; relations: PanelRelation[]; sources: SourceMeta[] }>;
  /** New sources arrived: tell panels and relink open tabs (bounded), except `exceptTab`. */
  sourcesChanged(exceptTab?: number): void;
  attach(ctx: BackgroundContext): void;
  /** Hands the timing of the report's last link step, with the spans after it, to onTiming. */
  timed(report: TabReport, after: Pick<LinkTiming, 'queued' | 'store' | 'patch'>): void;
}

/** Relations of each kind listed per claim (the full list `links:claim` answers; the counts
 *  cover all). */
export const PANEL_PER_KIND = 5;
/** Relations of each kind a tab's report carries per claim (the panel shows them first). */
export const PANEL_FIRST = 1;
/** Tabs whose full link lists the background keeps for `links:claim`. */
const KEPT_TABS = 12;

const KINDS: RelationKind[] = ['corroborates', 'conflicts', 'updates', 'related'];

/** The links a tab's report carries: per claim the linker's counts and independence count
 *  (over every relation), the first `first` relations of each kind (independent ones first, in
 *  the linker's order otherwise), how many the full list has, and, when updates were cut, the
 *  figures of the full list's updates and corroborations for the timeline. Sources stay inside
 *  the relations (sourceTable moves them to a table). */
export function panelLinks(found: ClaimLinks[], first = PANEL_FIRST): CutLinks[] {
  if (!Number.isInteger(first) || first < 0) throw new RangeError(`first must be a non-negative integer, not ${String(first)}`);
  return found.map((l) => {
    const chosen = new Set<Relation>();
    for (const kind of KINDS) {
      const of = l.relations.filter((r) => r.relation === kind);
      for (const r of [...of.filter((r) => r.independent), ...of.filter((r) => !r.independent)].slice(0, first)) chosen.add(r);
    }
    if (chosen.size === l.relations.length) return { ...l, relations: independentFirst(l.relations) };
    const out: CutLinks = { ...l, relations: independentFirst(l.relations.filter((r) => chosen.has(r))), listed: l.relations.length };
    if (l.relations.some((r) => r.relation === 'updates' && !chosen.has(r))) out.series = seriesPoints(l.relations);
    return out;
  });
}

/** A claim's links cut for a tab's report (panelLinks), before sourceTable makes them PanelLinks. */
export type CutLinks = ClaimLinks & Pick<PanelLinks, 'listed' | 'series'>;

/** Relations in the order the panel lists them: by kind, independent ones first within a kind,
 *  the linker's order otherwise (so expanding a claim's list keeps the relations shown first on top). */
export function independentFirst(relations: Relation[]): Relation[] {
  const rank = (r: Relation): number => KINDS.indexOf(r.relation) * 2 + (r.independent ? 0 : 1);
  return relations.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
}

function seriesPoints(relations: Relation[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const r of relations) {
    if ((r.relation !== 'updates' && r.relation !== 'corroborates') || !r.claim) continue;
    const p: SeriesPoint = { relation: r.relation, doc: r.b.doc, value: r.claim.canonicalValue };
    if (r.claim.when) p.when = r.claim.when;
    if (r.claim.attribution) p.attribution = r.claim.attribution;
    out.push(p);
  }
  return out;
}

/** The report's links with each other source once, in a table (`sources`), instead of inside
 *  every relation: the panel finds a relation's source by `b.doc` (report-view.ts sourceOf). */
export function sourceTable<L extends ClaimLinks>(found: readonly L[], full: readonly ClaimLinks[] = []): { links: (Omit<L, 'relations'> & { relations: PanelRelation[] })[]; sources: SourceMeta[] } {
  const sources = new Map<string, SourceMeta>();
  const links = found.map((l) => ({
    ...l,
    relations: l.relations.map((r) => {
      if (r.source && !sources.has(r.source.doc)) sources.set(r.source.doc, r.source);
      return panelRelation(r);
    }),
  }));
  // the sources of timeline points (PanelLinks.series), found in the full lists
  const wanted = new Set<string>();
  for (const l of found as readonly CutLinks[]) for (const p of l.series ?? []) if (!sources.has(p.doc)) wanted.add(p.doc);
  if (wanted.size)
    for (const l of full)
      for (const r of l.relations)
        if (r.source && wanted.has(r.source.doc) && !sources.has(r.source.doc)) sources.set(r.source.doc, r.source);
  return { links, sources: [...sources.values()] };
}

/** A relation as the panel gets it (PanelRelation): without the page's claim (the link's index
 *  names it), its source (the answer's table has it) and the other claim's text and offsets
 *  (`b` has them). */
export function panelRelation(r: Relation): PanelRelation {
  const out: PanelRelation = { b: r.b, relation: r.relation, independent: r.independent, reason: r.reason };
  if (r.claim) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { text, start, end, ...figures } = r.claim;
    out.claim = figures;
  }
  return out;
}

/** A page's URL as its source id: no fragment, no tracking parameters, lower-case host. */
export const sourceId = normalizeSourceUrl;

export function outletOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

/** The address that names a page's article: its canonical URL (an AMP, print or tracking copy
 *  of an article is that article), unless the canonical is only a site's front page (a template
 *  default that would make every article of the site one source); else the address-bar URL. */
export function articleUrl(meta: Pick<PageMeta, 'url' | 'canonical'>): string {
  if (!meta.canonical || !/^https?:/i.test(meta.url)) return meta.url;
  try {
    const c = new URL(meta.canonical);
    if (!/^https?:$/.test(c.protocol) || c.pathname.replace(/\/+$/, '') === '') return meta.url;
    return c.href;
  } catch {
    return meta.url;
  }
}

/** The SourceMeta of a page the person reads (identified by its article URL, articleUrl). */
export function pageSourceMeta(meta: PageMeta): SourceMeta {
  const url = articleUrl(meta);
  const id = sourceId(url);
  const out: SourceMeta = { id, doc: id, url };
  const outlet = outletOf(url);
  if (outlet) out.outlet = outlet;
  if (meta.title) out.title = meta.title;
  if (meta.published) out.published = meta.published;
  if (meta.lang) out.language = meta.lang;
  return out;
}

/** Why a page is not added to the library, or null when it is. */
export async function whyNotRecorded(report: TabReport, incognito: boolean): Promise<string | null> {
  if (!report.analysis.warCoverage.isWarCoverage) return 'not war coverage';
  if (incognito) return 'private window';
  if (!/^https?:/i.test(report.meta.url)) return 'not a web page';
  const settings = await getLibrarySettings();
  if (settings.paused) return 'library paused';
  if (isExcludedSite(settings, report.meta.url)) return 'excluded site';
  return null;
}

export function createLibraryCore(options: LibraryCoreOptions): LibraryCore {
  let opened: Promise<{ library: Library; service: LinkService }> | undefined;
  // A full count reads every row (and blocks writes meanwhile): done once, then kept by putSource.
  let cached: Promise<LibraryCount> | undefined;
  let ctx: BackgroundContext | undefined;
  let relinkQueued = false;
  const relinkLimit = options.relinkLimit ?? 8;
  // the full link lists of the last few tabs' reports, for links:claim (by tab: the page's id and
  // when it was analysed tell a stale list)
  const kept = new Map<number, { key: string; links: ClaimLinks[] }>();
  const keyOf = (report: TabReport) => `${report.analyzedAt}\u0000${report.meta.url}`;
  const keep = (report: TabReport, links: ClaimLinks[]) => {
    kept.delete(report.tabId);
    kept.set(report.tabId, { key: keyOf(report), links });
    while (kept.size > KEPT_TABS) kept.delete(kept.keys().next().value!);
  };

  // the wall time of the linker's candidate lookups (for LinkTiming): while one or more is under
  // way (the linker asks for them all at once)
  let lookupMs = 0;
  let inFlight = 0;
  let since = 0;
  const timedIndex = (library: Library): LinkLibrary => ({
    put: (r) => library.put(r),
    get: (id) => library.get(id),
    candidates: async (keys, limit) => {
      if (inFlight++ === 0) since = performance.now();
      try {
        return await library.candidates(keys, limit);
      } finally {
        if (--inFlight === 0) lookupMs += performance.now() - since;
      }
    },
  });
  const timings = new WeakMap<TabReport, LinkTiming>();
  const rowsRead = (library: Library): number => (library as { rowsRead?: number }).rowsRead ?? 0;

  const open = (): Promise<{ library: Library; service: LinkService }> => {
    opened ??= options
      .openLibrary()
      .then((library) => ({ library, service: createLinkService(timedIndex(library), options.now) }))
      .catch((error: unknown) => {
        opened = undefined; // try again next time
        throw error;
      });
    return opened;
  };

  const counts = (): Promise<LibraryCount> => {
    cached ??= open()
      .then(({ library }) => library.count())
      .catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
    return cached;
  };
  const size = async (): Promise<number> => (await counts()).sources;

  const putSource: LibraryCore['putSource'] = async (meta, analysis, text) => {
    const { library, service } = await open();
    const old = await library.get(meta.id);
    let updated: boolean;
    if (text !== undefined && text.length) updated = (await service.ingest(meta, analysis, text)).updated;
    else {
      const record = toRecord(meta, analysis);
      record.updated = options.now?.() ?? new Date().toISOString();
      updated = await library.put(record);
    }
    if (cached) {
      const delta = { sources: old ? 0 : 1, claims: analysis.claims.length - (old?.claims.length ?? 0) };
      cached = cached.then((c) => ({ sources: c.sources + delta.sources, claims: c.claims + delta.claims }));
    }
    return updated ? 'updated' : 'added';
  };

  const has = async (id: string): Promise<boolean> => (await (await open()).library.get(id)) !== undefined;

  const linkReport: LibraryCore['linkReport'] = async (report, text) => {
    const t0 = performance.now();
    const meta = pageSourceMeta(report.meta);
    const librarySize = await size();
    const base = { librarySize, ...(meta.outlet ? { outlet: meta.outlet } : {}) };
    if (!report.analysis.warCoverage.isWarCoverage || !report.analysis.claims.length || !librarySize) return { ...base, links: [], sources: [] };
    const t1 = performance.now();
    const { library, service } = await open();
    const reads0 = rowsRead(library);
    lookupMs = 0;
    const spans: LinkSpans = { now: () => performance.now() };
    // reasons are worded for the relations the report carries (and links:claim's, when asked)
    const found = await service.linkPage(meta, report.analysis, text, { maxPerKind: PANEL_PER_KIND, deferReasons: true, ...(options.onTiming ? { spans } : {}) });
    const t2 = performance.now();
    // what the linker waited for its lookups (they run at once, partly while it compares)
    const lookup = spans.lookup ?? lookupMs;
    keep(report, found);
    const cut = panelLinks(found);
    for (const l of cut) wordReasons(l.relations);
    const { links, sources } = sourceTable(cut, found);
    const t3 = performance.now();
    if (options.onTiming) timings.set(report, { url: report.meta.url, size: t1 - t0, lookup, classify: t2 - t1 - lookup, reads: rowsRead(library) - reads0, compare: spans.compare ?? 0, inherit: spans.inherit ?? 0, list: spans.list ?? 0, report: t3 - t2, total: t3 - t0 });
    return { ...base, links, sources };
  };

  const claimLinks: LibraryCore['claimLinks'] = async (report, claim) => {
    const n = report.analysis.claims.length;
    if (!Number.isInteger(claim) || claim < 0 || claim >= n) throw new RangeError(`claim ${String(claim)} is not on this page (it has ${n} ${n === 1 ? 'claim' : 'claims'})`);
    let got = kept.get(report.tabId);
    if (!got || got.key !== keyOf(report)) {
      // a fresh worker: link the page again (its stored fingerprint stands in for the text)
      await linkReport(report);
      got = kept.get(report.tabId);
    }
    const l = got?.key === keyOf(report) ? got.links.find((x) => x.claim === claim) : undefined;
    const { links, sources } = sourceTable(l ? [{ ...l, relations: independentFirst(wordReasons(l.relations)) }] : []);
    return { claim, relations: links[0]?.relations ?? [], sources };
  };

  const sourcesChanged: LibraryCore['sourcesChanged'] = (exceptTab) => {
    if (!ctx) return;
    const c = ctx;
    void size().then((sources) => pushToPanels('library:changed', { sources }), () => undefined);
    if (relinkQueued) return;
    relinkQueued = true;
    c.defer(async () => {
      relinkQueued = false;
      const open = c
        .openReports()
        .filter((r) => r.tabId !== exceptTab && r.analysis.warCoverage.isWarCoverage)
        .sort((a, b) => b.analyzedAt - a.analyzedAt)
        .slice(0, relinkLimit);
      for (const r of open) {
        if (c.signal.aborted) return;
        await c.patchReport(r, await linkReport(r));
      }
    });
  };

  const timed: LibraryCore['timed'] = (report, after) => {
    const t = timings.get(report);
    if (t && options.onTiming) options.onTiming({ ...t, ...after });
  };

  const recount = async (): Promise<number> => {
    cached = undefined;
    return size();
  };

  const adjust = (delta: LibraryCount): void => {
    if (cached) cached = cached.then((c) => ({ sources: c.sources + delta.sources, claims: c.claims + delta.claims }));
  };

  return { open, size, counts, recount, adjust, demoPack: options.loadDemoPack, exportPartChars: options.exportPartChars ?? PART_CHARS, has, putSource, linkReport, claimLinks, sourcesChanged, attach: (c) => void (ctx = c), timed };
}

/** Part boundaries after newlines, about `size` characters apart (never inside a line, so never
 *  inside a surrogate pair): [0, ..., text.length]. */
export function lineCuts(text: string, size: number): number[] {
  const cuts = [0];
  while (cuts.at(-1)! < text.length) {
    const pos = cuts.at(-1)!;
    if (pos + size >= text.length) {
      cuts.push(text.length);
      break;
    }
    let nl = text.lastIndexOf('\n', pos + size - 1);
    if (nl < pos) nl = text.indexOf('\n', pos + size);
    cuts.push(nl < 0 ? text.length : nl + 1);
  }
  if (cuts.length === 1) cuts.push(0);
  return cuts;
}

/** Reads a .jsonl file as a library export (header line or bare records) or as a pack. */
export function importKind(text: string): 'library' | 'pack' {
  for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    try {
      const v = JSON.parse(t) as Record<string, unknown>;
      if (v && typeof v === 'object' && (v.crosscheck === 'library' || (Array.isArray(v.claims) && !('meta' in v)))) return 'library';
    } catch {
      /* a bad first line: let the pack reader report it */
    }
    return 'pack';
  }
  return 'pack';
}

const brief = (m: SourceMeta): SourceMeta => {
  const out: SourceMeta = { id: m.id, doc: m.doc };
  for (const k of ['url', 'outlet', 'title', 'published', 'language'] as const) if (m[k]) out[k] = m[k];
  return out;
};

/** Imports a library export or a pack into the core's library; every good line kept. */
export async function importInto(core: LibraryCore, text: string, name: string, lineOffset = 0): Promise<ImportSummary> {
  const kind = importKind(text);
  const { library } = await core.open();
  const summary: ImportSummary = { kind, added: [], updated: [], skipped: [], errors: [], message: '', librarySize: 0 };
  if (kind === 'library') {
    const parsed = importJsonl(text);
    summary.errors = parsed.errors.map((e) => ({ line: e.line, message: e.message }));
    await core.counts(); // counted before the import, then adjusted
    const delta = { sources: 0, claims: 0 };
    const last = new Map(parsed.records.map((r) => [r.id, r])); // a repeated id: the last line wins
    for (const r of last.values()) {
      const old = await library.get(r.id);
      (old ? summary.updated : summary.added).push(brief(r));
      delta.sources += old ? 0 : 1;
      delta.claims += r.claims.length - (old?.claims.length ?? 0);
    }
    if (parsed.records.length) {
      await library.importJsonl(text);
      core.adjust(delta);
    }
  } else {
    const report = await importPack(text, async (s: PackSource) => {
      if (!s.analysis.warCoverage.isWarCoverage) return { outcome: 'skipped', reason: 'not war coverage' };
      return core.putSource(s.meta, s.analysis, s.text);
    }, { packName: name.replace(/\.jsonl$/i, '') });
    summary.added = report.added.map(brief);
    summary.updated = report.updated.map(brief);
    summary.skipped = report.skipped.map((s) => ({ id: s.meta.id, reason: s.reason }));
    summary.errors = report.errors.map((e) => ('line' in e ? { line: e.line, message: e.message } : { id: e.id, message: e.message }));
  }
  summary.librarySize = await core.size();
  if (lineOffset) for (const e of summary.errors) if (e.line !== undefined) e.line += lineOffset;
  summary.message = importMessage(name, summary);
  if (summary.added.length || summary.updated.length) core.sourcesChanged();
  return summary;
}

/** The library's BackgroundFeature: the page step and the options page's messages. */
export function libraryFeature(core: LibraryCore) {
  return (ctx: BackgroundContext): BackgroundFeature => {
    core.attach(ctx);
    // A fresh worker starts because a page was read: the library's index loads from IndexedDB
    // while that page is analysed, not after (a failure is reported by the first real use).
    void core.counts().catch(() => undefined);
    const statusOf = async (): Promise<LibraryStatus> => {
      const count = await core.counts();
      const settings = await getLibrarySettings();
      return { sources: count.sources, claims: count.claims, paused: settings.paused, excludedSites: settings.excludedSites };
    };
    type M = LibraryToBackground;
    let snapshot: { jsonl: string; sources: number; cuts: number[] } | undefined;
    const messages: BackgroundFeature['pageMessages'] = {
      'library:status': { validate: validateEmpty, handle: (): Promise<M['library:status']['res']> => statusOf() },
      'links:claim': {
        validate: validateClaimRef,
        handle: async (p: M['links:claim']['req']): Promise<M['links:claim']['res']> => {
          const report = await ctx.getReport(p.tabId);
          if (!report) throw new Error(`tab ${p.tabId} has no report (it was closed, or its page was not read)`);
          return core.claimLinks(report, p.claim);
        },
      },
      'library:export': {
        validate: validateExportPart,
        handle: async ({ part }: { part: number }): Promise<M['library:export']['res']> => {
          if (part === 0) {
            const { library } = await core.open();
            const jsonl = await library.exportJsonl();
            snapshot = { jsonl, sources: Math.max(0, jsonl.split('\n').filter(Boolean).length - 1), cuts: lineCuts(jsonl, core.exportPartChars) };
          }
          if (!snapshot) throw new Error('the export was interrupted; start it again');
          const parts = snapshot.cuts.length - 1;
          if (part >= parts) throw new Error(`the export has ${parts} parts`);
          const out = { jsonl: snapshot.jsonl.slice(snapshot.cuts[part], snapshot.cuts[part + 1]), sources: snapshot.sources, part, parts };
          if (part === parts - 1) snapshot = undefined;
          return out;
        },
      },
      'library:import': { validate: validateImport, handle: (p: M['library:import']['req']) => importInto(core, p.text, p.name, p.lineOffset) },
      'library:import-demo': {
        validate: validateEmpty,
        handle: async () => {
          if (!core.demoPack) throw new Error('the demo pack is not part of this build');
          return importInto(core, await core.demoPack(), 'demo.jsonl');
        },
      },
      'library:clear': {
        validate: validateClear,
        handle: async (): Promise<M['library:clear']['res']> => {
          const { library } = await core.open();
          const removed = await core.size();
          await library.clear();
          await core.recount();
          core.sourcesChanged();
          return { removed };
        },
      },
    };
    return {
      pageMessages: messages,
      afterReport: async (report, page) => {
        const queued = Date.now() - report.analyzedAt;
        const meta = pageSourceMeta(report.meta);
        // the settings read and the look for the page in the library run while the page is linked
        const [fields, why, known] = await Promise.all([core.linkReport(report, page.text), whyNotRecorded(report, page.sender.tab?.incognito === true), core.has(meta.id)]);
        // The panel and the page get their answer first; the page is stored after it (storing it
        // changes none of its links: a page never links to itself). The size counts the page the
        // library is about to hold.
        if (!why && !known) fields.librarySize = (fields.librarySize ?? 0) + 1;
        const t0 = performance.now();
        await ctx.patchReport(report, fields, { carry: true });
        const t1 = performance.now();
        if (!why) await core.putSource(meta, report.analysis, page.text);
        core.timed(report, { queued, patch: t1 - t0, ...(why ? {} : { store: performance.now() - t1 }) });
        if (!why) core.sourcesChanged(report.tabId);
      },
    };
  };
}

/** The library in this extension's IndexedDB. */
export async function openIdbLibrary(): Promise<Library> {
  const { createIdbLibrary } = await import('../store/idb');
  return createIdbLibrary(indexedDB);
}

/** The demo pack shipped in the build as packs/demo.jsonl. */
export async function fetchDemoPack(): Promise<string> {
  const res = await fetch(browser.runtime.getURL('/packs/demo.jsonl' as never));
  if (!res.ok) throw new Error(`demo pack: HTTP ${res.status}`);
  return res.text();
}
