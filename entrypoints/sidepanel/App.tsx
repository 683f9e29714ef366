// The side panel: for the active tab of its window (or the tab given as ?tab=ID), what the
// content script reported and what the engine and the library found, shown by SidePanelView.
// Follows tab switches, navigation and new reports; clicking a claim scrolls the page to it; a
// hover card's "open in side panel" selects its claim here.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, PANEL_SELECT_PREFIX, sendToBackground, type Envelope, type PanelToContent, type TabReport } from '../../lib/messaging/index';
import { isReadableUrl, plural, shortUrl } from '../../lib/messaging/report-view';
import { SidePanelView, type PanelReport } from '../../components/SidePanelView';
import { validateClaimIndex } from '../../lib/messaging/validate';
import { getSettings, isEnabledFor, setSiteEnabled, siteKey, watchSettings, type Settings } from '../../lib/settings/index';

interface TabInfo {
  id: number;
  title?: string;
  url?: string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tab: TabInfo | null; report: TabReport | null };

async function activeTab(windowId: number | null): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query(windowId === null ? { active: true, currentWindow: true } : { active: true, windowId });
  return tab?.id !== undefined ? { id: tab.id, title: tab.title, url: tab.url } : null;
}

async function tabInfo(id: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(id);
    return { id, title: tab.title, url: tab.url };
  } catch {
    return null;
  }
}

export function App({ fixedTab, windowId: fixedWindow = null }: { fixedTab: number | null; windowId?: number | null }) {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const [version, setVersion] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);
  // The claim a hover card's "open in side panel" asked for (cleared when the tab changes).
  const [selected, setSelected] = useState<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void getSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);

  // Which tab: the fixed one, or the active tab of this window, followed as it changes.
  useEffect(() => {
    if (fixedTab !== null) return;
    const controller = new AbortController();
    void activeTab(fixedWindow).then((t) => !controller.signal.aborted && setTabId(t?.id ?? null));
    let windowId: number | undefined = fixedWindow ?? undefined;
    if (fixedWindow === null) {
      void browser.windows?.getCurrent?.().then((w) => (windowId = w.id)).catch(() => undefined);
    }
    const onActivated = (info: Browser.tabs.OnActivatedInfo): void => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    controller.signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(onActivated));
    return () => controller.abort();
  }, [fixedTab, fixedWindow]);

  // Asks for the tab's report; the answer to the latest ask wins (an earlier one still on its way
  // is dropped). A new report is asked for at once, from the push that tells of it, not after a
  // render of the panel.
  const asks = useRef(0);
  const shown = useRef<TabReport | null>(null);
  const load = (id: number | null): void => {
    const seq = ++asks.current;
    if (id === null) {
      shown.current = null;
      setState({ kind: 'ready', tab: null, report: null });
      return;
    }
    const asked = step('ask');
    Promise.all([tabInfo(id), sendToBackground('report:get', { tabId: id })])
      .then(([tab, report]) => {
        if (seq !== asks.current) return;
        step(report?.links !== undefined ? 'answer+links' : 'answer');
        noteAnswer(report, asked);
        shown.current = report;
        setState({ kind: 'ready', tab, report });
      })
      .catch((error: unknown) => seq === asks.current && setState({ kind: 'error', message: String(error instanceof Error ? error.message : error) }));
  };

  // A report pushed with the change that made it (the page's links): shown as an answer to an ask
  // made now; an ask still on its way is dropped. The tab's title and URL are kept from the last
  // answer for this tab (their changes reload through tabs.onUpdated).
  const show = (id: number, report: TabReport): void => {
    const seq = ++asks.current;
    const asked = step('ask');
    const known = stateRef.current.kind === 'ready' && stateRef.current.tab?.id === id ? stateRef.current.tab : null;
    void (known ? Promise.resolve(known) : tabInfo(id)).then((tab) => {
      if (seq !== asks.current) return;
      step(report.links !== undefined ? 'answer+links' : 'answer');
      noteAnswer(report, asked);
      shown.current = report;
      setState({ kind: 'ready', tab, report });
    });
  };

  // Reload when the tab reports again or navigates.
  useEffect(() => {
    setSelected(null);
    if (tabId === null) return;
    // Opened from a hover card's "open in side panel": the claim it was opened for (read once).
    const session = (browser.storage as { session?: Browser.storage.StorageArea }).session;
    const key = PANEL_SELECT_PREFIX + tabId;
    void session
      ?.get(key)
      .then((got) => {
        if (got[key] === undefined) return;
        void session.remove(key);
        setSelected(validateClaimIndex({ claim: got[key] }).claim);
      })
      .catch(() => undefined);
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
      if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
      if (message.type === 'report:changed' && (message.payload as { tabId?: number })?.tabId === tabId) {
        const pushed = (message.payload as { report?: TabReport }).report;
        step(pushed ? 'changed+report' : 'changed');
        // the report with the links this panel already shows (its ask was answered with them):
        // nothing new to draw (a relink later is pushed without the report, and asked for)
        const have = shown.current;
        if (pushed && pushed.tabId === tabId && have?.links !== undefined && have.reportId === pushed.reportId && have.librarySize === pushed.librarySize) step('same report');
        else if (pushed && pushed.tabId === tabId) show(tabId, pushed);
        else load(tabId);
      }
      // The library grew or was cleared: this page's links may have changed (not when the report
      // already counts that library: the push after this page itself was stored).
      if (message.type === 'library:changed' && (message.payload as { sources?: number })?.sources !== shown.current?.librarySize) setVersion((v) => v + 1);
      if (message.type === 'panel:select-claim' && sender.tab?.id === tabId) {
        try {
          setSelected(validateClaimIndex(message.payload).claim);
        } catch {
          // not a claim index: ignored
        }
      }
      return undefined;
    };
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo): void => {
      if (id === tabId && (change.title || change.url || change.status === 'complete')) setVersion((v) => v + 1);
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  useEffect(() => load(tabId), [tabId, version]);

  // the links' wait ends when they are on screen (the frame after the render)
  const shownReport = state.kind === 'ready' ? state.report : null;
  useEffect(() => {
    step('rendered');
    noteShown(shownReport);
  }, [shownReport]);

  // the view's report and handlers change with the report and the tab only (so claim rows whose
  // content did not change are not drawn again)
  const viewReport = useMemo(() => (shownReport ? panelReport(shownReport) : null), [shownReport]);
  const handlers = useMemo(
    () =>
      tabId === null
        ? null
        : {
            onScrollToClaim: (i: number) => void showClaimInTab(tabId, i),
            onOpenSource: (url: string) => void browser.tabs.create({ url }),
            onSearchPreview: (claim: number) => sendToBackground('search:preview', { tabId, claim }),
            onSearchMore: (claim: number) => sendToBackground('search:more', { tabId, claim }),
            onLoadRelations: (claim: number) => sendToBackground('links:claim', { tabId, claim }),
            onOpenOptions: () => void browser.runtime.openOptionsPage(),
            onImportDemo: async () => {
              const summary = await sendToBackground('library:import-demo', {});
              // The background relinks open tabs; fetch this one's report again either way.
              setVersion((v) => v + 1);
              return summary;
            },
          },
    [tabId],
  );
  const onRowsDrawn = useMemo(() => () => noteDrawn(shownReport), [shownReport]);

  const siteOn = !!settings && !!state.kind && state.kind === 'ready' && !!state.tab?.url && isEnabledFor(settings, state.tab.url);
  return (
    <div class="panel" data-tab={tabId ?? ''}>
      {state.kind === 'ready' && settings && state.tab && isReadableUrl(state.tab.url) && (
        <SiteSwitch
          url={state.tab.url!}
          settings={settings}
          notWar={!!state.report && !state.report.analysis.warCoverage.isWarCoverage}
        />
      )}
      {state.kind === 'loading' && <p class="muted">Loading…</p>}
      {state.kind === 'error' && <p class="error" role="alert">Could not load the report: {state.message}</p>}
      {state.kind === 'ready' && state.report && viewReport && handlers ? (
        <>
          <SidePanelView
            report={viewReport}
            {...handlers}
            selectedClaim={selected ?? undefined}
            mapSrc={MAP_SRC}
            highlightsOff={!siteOn}
            onRowsDrawn={onRowsDrawn}
          />
          <Facts report={state.report} />
        </>
      ) : (
        state.kind === 'ready' && <Empty tab={state.tab} siteOn={siteOn} />
      )}
    </div>
  );
}

// Performance marks for the browser bench (scripts/bench-panel.mjs), per report (reportId): the
// panel's first ask that got this report, and the answer that brought its links (measure
// `cx-panel-links`), then the frame that showed them (`cx-panel-shown`). A report that has its
// links at the first ask measures one round trip; one still being linked, the wait for its links.
// The measures' detail lists the steps in between (ms from the start): asks, answers, the
// background's report:changed pushes, renders.
const firstAsk = new Map<string, number>();
const steps: [string, number][] = [];
function step(name: string): number {
  const t = performance.now();
  if (steps.length > 200) steps.splice(0, 100);
  steps.push([name, t]);
  return t;
}
const stepsSince = (start: number): string =>
  steps
    .filter(([, t]) => t >= start)
    .map(([n, t]) => `${n} ${Math.round(t - start)}`)
    .join(', ');
const linksAnswered = new Set<string>();
const linksShown = new Set<string>();

function noteAnswer(report: TabReport | null, asked: number): void {
  const id = report?.reportId;
  if (!id || linksAnswered.has(id)) return;
  if (!firstAsk.has(id)) {
    if (firstAsk.size > 50) firstAsk.clear();
    firstAsk.set(id, asked);
  }
  if (report.links === undefined) return;
  linksAnswered.add(id);
  const detail = { reportId: id, tabId: report.tabId, url: report.meta.url, claims: report.analysis.claims.length, librarySize: report.librarySize, asks: asked === firstAsk.get(id) ? 1 : 2, steps: stepsSince(firstAsk.get(id)!) };
  performance.measure('cx-panel-links', { start: firstAsk.get(id)!, end: performance.now(), detail });
}

const linksDrawn = new Set<string>();

/** Every claim row of a report with links drawn (`cx-panel-drawn`: the first rows are on screen
 *  before, see SidePanelView's FIRST_ROWS). */
function noteDrawn(report: TabReport | null): void {
  const id = report?.reportId;
  if (!id || report.links === undefined || !linksAnswered.has(id) || linksDrawn.has(id)) return;
  linksDrawn.add(id);
  const start = firstAsk.get(id);
  if (start === undefined) return;
  requestAnimationFrame(() =>
    setTimeout(() => performance.measure('cx-panel-drawn', { start, end: performance.now(), detail: { reportId: id, url: report.meta.url, steps: stepsSince(start) } })),
  );
}

function noteShown(report: TabReport | null): void {
  const id = report?.reportId;
  if (!id || report.links === undefined || !linksAnswered.has(id) || linksShown.has(id)) return;
  linksShown.add(id);
  const start = firstAsk.get(id);
  if (start === undefined) return;
  requestAnimationFrame(() =>
    setTimeout(() => performance.measure('cx-panel-shown', { start, end: performance.now(), detail: { reportId: id, url: report.meta.url, steps: stepsSince(start) } })),
  );
}

const MAP_SRC = browser.runtime.getURL('/map/world-110m.json');

function panelReport(report: TabReport): PanelReport {
  return {
    url: report.meta.url,
    title: report.meta.title || undefined,
    analysis: report.analysis,
    ...(report.links ? { links: report.links } : {}),
    ...(report.sources ? { sources: report.sources } : {}),
    ...(report.librarySize !== undefined ? { librarySize: report.librarySize } : {}),
    ...(report.meta.published ? { published: report.meta.published } : {}),
    ...(report.outlet ? { outlet: report.outlet } : {}),
  };
}

/** Asks the tab's content script to scroll to a claim and flash it. */
async function showClaimInTab(tabId: number, claim: number): Promise<void> {
  const envelope: Envelope<keyof PanelToContent, PanelToContent['page:show-claim']['req']> = {
    cx: 1,
    type: 'page:show-claim',
    payload: { claim },
  };
  try {
    await browser.tabs.sendMessage(tabId, envelope);
  } catch {
    // The page was closed or reloaded without Crosscheck: nothing to scroll.
  }
}

/**
 * The site's switch. A page that is not war coverage is read but not painted, unless the site was
 * switched on explicitly: "Highlight anyway" does that.
 */
function SiteSwitch({ url, settings, notWar }: { url: string; settings: Settings; notWar: boolean }) {
  const key = siteKey(url);
  const explicit = key ? settings.sites[key] === true : false;
  return (
    <div class="switch site-switch">
      {notWar && isEnabledFor(settings, url) && !explicit && key && (
        <button type="button" class="small" data-testid="highlight-anyway" onClick={() => void setSiteEnabled(url, true)}>
          Highlight anyway
        </button>
      )}
      <label class="switch">
        <input
          type="checkbox"
          data-testid="site-switch"
          checked={isEnabledFor(settings, url)}
          onChange={(e) => void setSiteEnabled(url, (e.currentTarget as HTMLInputElement).checked)}
        />
        On for {key || 'local files'}
      </label>
    </div>
  );
}

function Empty({ tab, siteOn }: { tab: TabInfo | null; siteOn: boolean }) {
  return (
    <section class="empty" data-testid="empty">
      <header class="brand">
        <span class="logo" aria-hidden="true">✓✓</span>
        <h1>Crosscheck</h1>
      </header>
      {tab?.title && <h2 class="page-title">{tab.title}</h2>}
      {tab?.url && <p class="url">{shortUrl(tab.url)}</p>}
      <p>
        {!isReadableUrl(tab?.url)
          ? 'Crosscheck reads web pages (http, https and local files). Open an article to see what it finds.'
          : siteOn
            ? 'This page has not been read yet. If it was open before Crosscheck was installed or switched on, reload it.'
            : 'Crosscheck is off for this site, so this page is not read. Switch it on above to read it.'}
      </p>
    </section>
  );
}

/** What was read: a small footer under the view. */
function Facts({ report }: { report: TabReport }) {
  return (
    <footer class="facts-footer muted small" aria-label="What was read">
      <span data-testid="url" title={report.meta.url}>{shortUrl(report.meta.url)}</span>
      {' · '}
      <span data-testid="text-length">{plural(report.textLength, 'character')}</span>
      {' in '}
      <span data-testid="paragraphs">{report.paragraphs.toLocaleString('en')}</span>
      {report.paragraphs === 1 ? ' paragraph' : ' paragraphs'}
      {report.meta.lang ? ` · language ${report.meta.lang}` : ''}
      {` · analysed in ${report.analyzeMs} ms`}
    </footer>
  );
}
