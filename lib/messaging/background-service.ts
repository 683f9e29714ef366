// The background's work, kept out of entrypoints/background.ts so it can be unit-tested with
// WXT's fakeBrowser: answer content scripts (validate, analyse, keep the tab's report) and
// extension pages (give a tab's report), forget reports when tabs close or navigate, and tell
// open panels when a report changed. The engine runs here, not in the page: the gazetteer is
// loaded once, on the first report, and shared by every tab.

import { browser, type Browser } from 'wxt/browser';
import { analyze } from '../analyze';
import { relationCounts } from '../format/links';
import type { ClaimLinks } from '../model';
import type { Gazetteer } from '../gazetteer/index';
import {
  handleMessages,
  isContentScript,
  isExtensionPage,
  pushToPanels,
  pushToTab,
  type AnyToBackground,
  type Handlers,
  type PanelLinks,
  type Sender,
  type TabReport,
} from './index';
import { markDetails, pageMarks } from './page-marks';
import { contentValidators, validateTabId, ValidationError } from './validate';

/** What the core service lends a feature module (lib/background/*). */
export interface BackgroundContext {
  /** The gazetteer, loaded once and shared. */
  getGazetteer(): Promise<Gazetteer>;
  log(message: string, error?: unknown): void;
  getReport(tabId: number): Promise<TabReport | null>;
  /** Every tab report held in memory (open tabs that reported since the worker started). */
  openReports(): TabReport[];
  /** Merges fields into a tab's report if it is still `expected` (not replaced meanwhile); pushes
   *  report:changed, with the new report in it when `carry` is set (the page's own links, which an
   *  open panel is waiting for; relinks of other tabs push only the tab id). */
  patchReport(expected: TabReport, patch: Partial<TabReport>, options?: { carry?: boolean }): Promise<boolean>;
  /** Runs work after the answer has been sent; `settled()` waits for it. */
  defer(work: () => Promise<unknown>): void;
  signal: AbortSignal;
}

/** A background feature (library, feeds, search): extra messages and a step after each page report. */
export interface BackgroundFeature {
  /** Messages from extension pages: a validator (throws ValidationError) and a handler each. */
  pageMessages?: Record<string, { validate: (payload: unknown) => unknown; handle: (payload: never, sender: Sender) => unknown }>;
  /** After a page is analysed and its report kept (runs deferred, so the content script is answered first). */
  afterReport?: (report: TabReport, page: { text: string; sender: Sender }) => Promise<void>;
}

export interface BackgroundOptions {
  loadGazetteer: () => Promise<Gazetteer>;
  /** Feature modules, built once with the context. */
  features?: ((ctx: BackgroundContext) => BackgroundFeature)[];
  signal?: AbortSignal;
  /** Receives engine stage failures and storage errors. */
  log?: (message: string, error?: unknown) => void;
}

const SESSION_PREFIX = 'cx-report:';
/** A page's analysed report is announced to panels with its links, when a feature adds them
 *  within this long (one push, one ask, one render of the panel), else without them. */
const ANNOUNCE_WAIT_MS = 150;
/** Reports are written to session storage this long after they change (see persist): long
 *  enough that a page's analysed report and its linked one are usually one write. */
const PERSIST_DELAY_MS = 1000;

/** A claim's links as its hover card shows them: the counts, no listed relation. */
export function countsOnly(l: ClaimLinks | PanelLinks): ClaimLinks {
  return { claim: l.claim, relations: [], counts: relationCounts(l as ClaimLinks), independentSources: l.independentSources, reports: l.reports };
}

let reportSeq = 0;
/** A new report id: unique across worker restarts (random part) and within one (sequence). */
function newReportId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `${(++reportSeq).toString(36)}-${random}`;
}

/** The browser's session storage area when it has one (Chrome MV3, Firefox 115+). */
function sessionArea(): Browser.storage.StorageArea | undefined {
  try {
    return (browser.storage as { session?: Browser.storage.StorageArea }).session;
  } catch {
    return undefined;
  }
}

/** Loads the gazetteer shipped in the build (public/gazetteer.json). */
export async function fetchGazetteer(): Promise<Gazetteer> {
  const { createGazetteer } = await import('../gazetteer/index');
  const url = browser.runtime.getURL('/gazetteer.json' as never);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`gazetteer: HTTP ${res.status}`);
  return createGazetteer(JSON.parse(await res.text()));
}

export interface BackgroundService {
  /** The report of a tab, from memory or the session store. */
  getReport(tabId: number): Promise<TabReport | null>;
  /** Resolves when deferred work (library linking, relinks) has finished. */
  settled(): Promise<void>;
  /** Stops listening. */
  stop(): void;
}

export function startBackground(options: BackgroundOptions): BackgroundService {
  const log = options.log ?? ((m: string, e?: unknown) => console.warn(`[crosscheck] ${m}`, e ?? ''));
  const reports = new Map<number, TabReport>();
  let gazetteer: Promise<Gazetteer> | undefined;
  const controller = new AbortController();
  const signal = controller.signal;
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });

  const getGazetteer = (): Promise<Gazetteer> => {
    if (!gazetteer) {
      gazetteer = options.loadGazetteer().catch((error) => {
        gazetteer = undefined; // try again on the next report
        throw error;
      });
    }
    return gazetteer;
  };

  // Reports are kept in session storage for a restarted worker, in packed batches a moment after
  // they change: serialising a report (its whole analysis) takes the worker's thread, and done at
  // once it would hold up the panel's request for the same report (the panel and the page read
  // the memory copy). The last state of each tab wins; `settled()` and `stop()` write at once.
  const session = sessionArea();
  const dirty = new Map<number, TabReport | null>();
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  let persisting: Promise<void> | undefined;
  const writeDirty = async (): Promise<void> => {
    if (persistTimer !== undefined) clearTimeout(persistTimer);
    persistTimer = undefined;
    if (!session || !dirty.size) return persisting;
    const set: Record<string, TabReport> = {};
    const remove: string[] = [];
    for (const [tabId, r] of dirty) {
      if (r) set[SESSION_PREFIX + tabId] = r;
      else remove.push(SESSION_PREFIX + tabId);
    }
    dirty.clear();
    const before = persisting;
    const p = (async () => {
      await before;
      try {
        if (Object.keys(set).length) await session.set(set);
        if (remove.length) await session.remove(remove);
      } catch (error) {
        log('session storage failed', error);
      }
    })();
    persisting = p;
    await p;
    if (persisting === p) persisting = undefined;
  };
  const persist = (tabId: number, report: TabReport | null): void => {
    if (!session) return;
    dirty.set(tabId, report);
    persistTimer ??= setTimeout(() => void writeDirty(), PERSIST_DELAY_MS);
  };

  const getReport = async (tabId: number): Promise<TabReport | null> => {
    const inMemory = reports.get(tabId);
    if (inMemory) return inMemory;
    if (!session) return null;
    if (dirty.has(tabId)) return dirty.get(tabId) ?? null; // forgotten, not yet removed from storage
    try {
      const got = await session.get(SESSION_PREFIX + tabId);
      const stored = got[SESSION_PREFIX + tabId] as TabReport | undefined;
      if (stored && stored.tabId === tabId) {
        reports.set(tabId, stored);
        return stored;
      }
    } catch (error) {
      log('session storage failed', error);
    }
    return null;
  };

  // Tabs whose analysed report is not announced yet (page:report), by their timer.
  const unannounced = new Map<number, ReturnType<typeof setTimeout>>();
  // Asks for such a tab's report (report:get), answered when it is announced: a panel that asks
  // while the page is being linked gets the report with its links, instead of one without that
  // it draws and then draws again.
  const waiting = new Map<number, (() => void)[]>();
  const announced = (tabId: number): void => {
    clearTimeout(unannounced.get(tabId));
    unannounced.delete(tabId);
    const w = waiting.get(tabId);
    waiting.delete(tabId);
    for (const done of w ?? []) done();
  };
  const whenAnnounced = (tabId: number): Promise<void> | undefined => {
    if (!unannounced.has(tabId)) return undefined;
    return new Promise<void>((done) => {
      const w = waiting.get(tabId);
      if (w) w.push(done);
      else waiting.set(tabId, [done]);
    });
  };

  const forget = async (tabId: number): Promise<boolean> => {
    announced(tabId);
    const had = reports.delete(tabId) || (await getReport(tabId)) !== null;
    reports.delete(tabId);
    persist(tabId, null);
    if (had) await pushToPanels('report:changed', { tabId });
    return had;
  };

  const pending = new Set<Promise<unknown>>();
  const defer = (work: () => Promise<unknown>): void => {
    const p = Promise.resolve()
      .then(work)
      .catch((error: unknown) => log('background work failed', error))
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  const settled = async (): Promise<void> => {
    while (pending.size || dirty.size || persisting) {
      await Promise.all([...pending]);
      await writeDirty();
    }
  };
  const ctx: BackgroundContext = {
    getGazetteer,
    log,
    getReport,
    openReports: () => [...reports.values()],
    patchReport: async (expected, patch, options) => {
      if (reports.get(expected.tabId) !== expected) return false;
      const next = { ...expected, ...patch };
      reports.set(expected.tabId, next);
      announced(expected.tabId); // this push tells of the analysed report too
      // Open panels are told (they ask for the report), and the page's hover cards, which show the
      // same counts as the panel, get the content script its links (counts only: the card lists
      // no relation, and the panel asks for them itself), both at once.
      // The page's own links carry the report itself: the panel needs no second round trip, which
      // would wait for the worker's next step (storing the page).
      await Promise.all([
        pushToPanels('report:changed', options?.carry ? { tabId: expected.tabId, report: next } : { tabId: expected.tabId }),
        patch.links
          ? pushToTab(expected.tabId, 'page:links', { links: patch.links.map(countsOnly) }).catch(
              () => undefined, // the tab navigated away or has no content script any more
            )
          : undefined,
      ]);
      // kept for a restarted worker, after the panel's request (see persist)
      persist(expected.tabId, next);
      return true;
    },
    defer,
    signal,
  };
  const features = (options.features ?? []).map((make) => make(ctx));
  const pageMessages = new Map<string, NonNullable<BackgroundFeature['pageMessages']>[string]>();
  for (const f of features) for (const [type, m] of Object.entries(f.pageMessages ?? {})) pageMessages.set(type, m);

  const handlers: Handlers<AnyToBackground> = {
    'page:report': async (report, sender) => {
      const tabId = sender.tab!.id!;
      const t0 = performance.now();
      const analysis = analyze(
        { text: report.text, date: report.meta.published },
        { gazetteer: await getGazetteer(), onError: (stage, error) => log(`engine stage ${stage} failed`, error) },
      );
      const tabReport: TabReport = {
        tabId,
        reportId: newReportId(),
        meta: report.meta,
        textLength: report.text.length,
        paragraphs: report.blocks.length,
        analysis,
        analyzedAt: Date.now(),
        analyzeMs: Math.round(performance.now() - t0),
      };
      reports.set(tabId, tabReport);
      persist(tabId, tabReport);
      const after = features.filter((f) => f.afterReport);
      announced(tabId);
      if (after.length) {
        // The links usually follow within a moment: open panels are told once, with them
        // (patchReport), or after ANNOUNCE_WAIT_MS without them, whichever comes first.
        unannounced.set(
          tabId,
          setTimeout(() => {
            announced(tabId);
            if (!signal.aborted) void pushToPanels('report:changed', { tabId });
          }, ANNOUNCE_WAIT_MS),
        );
      } else await pushToPanels('report:changed', { tabId });
      for (const f of after) defer(() => f.afterReport!(reports.get(tabId) ?? tabReport, { text: report.text, sender }));
      // the page paints offsets; a card's details are asked for when it opens (page:card)
      return { marks: pageMarks(tabReport.reportId!, analysis) };
    },
    'page:card': async ({ reportId, kind, index }, sender) => {
      // from the restarted worker too: the report comes back from the session store
      const report = await getReport(sender.tab!.id!);
      if (!report || report.reportId !== reportId) return null;
      return markDetails(report.analysis, kind, index);
    },
    'page:clear': async (_payload, sender) => ({ cleared: await forget(sender.tab!.id!) }),
    'report:get': async ({ tabId }) => {
      await whenAnnounced(tabId);
      return getReport(tabId);
    },
  };

  const accept = (type: string, payload: unknown, sender: Sender): unknown => {
    if (type === 'page:report' || type === 'page:clear' || type === 'page:card') {
      if (!isContentScript(sender)) throw new ValidationError(`${type} is only accepted from a content script`);
      return contentValidators[type](payload);
    }
    if (!isExtensionPage(sender)) throw new ValidationError(`${type} is only accepted from an extension page`);
    if (type === 'report:get') return validateTabId(payload);
    const extra = pageMessages.get(type);
    if (extra) return extra.validate(payload);
    throw new ValidationError(`unknown message ${type}`);
  };

  handleMessages(handlers, { signal, accept });
  if (pageMessages.size) {
    const extraHandlers: Record<string, (payload: unknown, sender: Sender) => unknown> = {};
    for (const [type, m] of pageMessages) extraHandlers[type] = (payload, sender) => m.handle(payload as never, sender);
    handleMessages(extraHandlers as Handlers<Record<string, { req: unknown; res: unknown }>>, { signal, accept });
  }

  const onRemoved = (tabId: number): void => void forget(tabId);
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo): void => {
    // A new document in the tab: the old report no longer describes it.
    if (change.status === 'loading' && change.url) void forget(tabId);
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated);
  signal.addEventListener(
    'abort',
    () => {
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.tabs.onUpdated.removeListener(onUpdated);
    },
    { once: true },
  );

  return {
    getReport,
    settled,
    stop: () => {
      controller.abort();
      for (const tabId of [...unannounced.keys()]) announced(tabId); // and the asks waiting answered
      void writeDirty(); // what changed is still kept
    },
  };
}
