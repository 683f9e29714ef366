// The background's work, kept out of entrypoints/background.ts so it can be unit-tested with
// WXT's fakeBrowser: answer content scripts (validate, analyse, keep the tab's report) and
// extension pages (give a tab's report), forget reports when tabs close or navigate, and tell
// open panels when a report changed. The engine runs here, not in the page: the gazetteer is
// loaded once, on the first report, and shared by every tab.

import { browser, type Browser } from 'wxt/browser';
import { analyze } from '../analyze';
import type { Gazetteer } from '../gazetteer/index';
import {
  handleMessages,
  isContentScript,
  isExtensionPage,
  pushToPanels,
  type AnyToBackground,
  type Handlers,
  type Sender,
  type TabReport,
} from './index';
import { contentValidators, validateTabId, ValidationError } from './validate';

export interface BackgroundOptions {
  loadGazetteer: () => Promise<Gazetteer>;
  signal?: AbortSignal;
  /** Receives engine stage failures and storage errors. */
  log?: (message: string, error?: unknown) => void;
}

const SESSION_PREFIX = 'cx-report:';

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

  const session = sessionArea();
  const persist = async (tabId: number, report: TabReport | null): Promise<void> => {
    if (!session) return;
    try {
      if (report) await session.set({ [SESSION_PREFIX + tabId]: report });
      else await session.remove(SESSION_PREFIX + tabId);
    } catch (error) {
      log('session storage failed', error);
    }
  };

  const getReport = async (tabId: number): Promise<TabReport | null> => {
    const inMemory = reports.get(tabId);
    if (inMemory) return inMemory;
    if (!session) return null;
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

  const forget = async (tabId: number): Promise<boolean> => {
    const had = reports.delete(tabId) || (await getReport(tabId)) !== null;
    reports.delete(tabId);
    await persist(tabId, null);
    if (had) await pushToPanels('report:changed', { tabId });
    return had;
  };

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
        meta: report.meta,
        textLength: report.text.length,
        paragraphs: report.blocks.length,
        analysis,
        analyzedAt: Date.now(),
        analyzeMs: Math.round(performance.now() - t0),
      };
      reports.set(tabId, tabReport);
      await persist(tabId, tabReport);
      await pushToPanels('report:changed', { tabId });
      return { analysis };
    },
    'page:clear': async (_payload, sender) => ({ cleared: await forget(sender.tab!.id!) }),
    'report:get': ({ tabId }) => getReport(tabId),
  };

  const accept = (type: string, payload: unknown, sender: Sender): unknown => {
    if (type === 'page:report' || type === 'page:clear') {
      if (!isContentScript(sender)) throw new ValidationError(`${type} is only accepted from a content script`);
      return contentValidators[type](payload);
    }
    if (!isExtensionPage(sender)) throw new ValidationError(`${type} is only accepted from an extension page`);
    if (type === 'report:get') return validateTabId(payload);
    throw new ValidationError(`unknown message ${type}`);
  };

  handleMessages(handlers, { signal, accept });

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

  return { getReport, stop: () => controller.abort() };
}
