// The side panel: for the active tab of its window (or the tab given as ?tab=ID), what the
// content script reported and what the engine found. Follows tab switches, navigation and new
// reports.

import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, sendToBackground, type TabReport } from '../../lib/messaging/index';
import { counts, isReadableUrl, plural, shortUrl, verdictLabel } from '../../lib/messaging/report-view';
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
  const [version, setVersion] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);

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

  // Reload when the tab reports again or navigates.
  useEffect(() => {
    if (tabId === null) return;
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
      if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
      if (message.type === 'report:changed' && (message.payload as { tabId?: number })?.tabId === tabId) {
        setVersion((v) => v + 1);
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

  useEffect(() => {
    let stale = false;
    if (tabId === null) {
      setState({ kind: 'ready', tab: null, report: null });
      return;
    }
    Promise.all([tabInfo(tabId), sendToBackground('report:get', { tabId })])
      .then(([tab, report]) => !stale && setState({ kind: 'ready', tab, report }))
      .catch((error: unknown) => !stale && setState({ kind: 'error', message: String(error instanceof Error ? error.message : error) }));
    return () => {
      stale = true;
    };
  }, [tabId, version]);

  return (
    <main class="panel" data-tab={tabId ?? ''}>
      <header class="brand">
        <span class="logo" aria-hidden="true">✓✓</span>
        <h1>Crosscheck</h1>
      </header>
      {state.kind === 'loading' && <p class="muted">Loading…</p>}
      {state.kind === 'error' && <p class="error" role="alert">Could not load the report: {state.message}</p>}
      {state.kind === 'ready' && settings && state.tab && isReadableUrl(state.tab.url) && (
        <SiteSwitch url={state.tab.url!} settings={settings} />
      )}
      {state.kind === 'ready' && (
        <Body
          tab={state.tab}
          report={state.report}
          siteOn={!!settings && !!state.tab?.url && isEnabledFor(settings, state.tab.url)}
        />
      )}
    </main>
  );
}

function SiteSwitch({ url, settings }: { url: string; settings: Settings }) {
  return (
    <label class="switch site-switch">
      <input
        type="checkbox"
        data-testid="site-switch"
        checked={isEnabledFor(settings, url)}
        onChange={(e) => void setSiteEnabled(url, (e.currentTarget as HTMLInputElement).checked)}
      />
      On for {siteKey(url) || 'local files'}
    </label>
  );
}

function Body({ tab, report, siteOn }: { tab: TabInfo | null; report: TabReport | null; siteOn: boolean }) {
  if (!report) {
    return (
      <section class="empty" data-testid="empty">
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
  const { analysis, meta } = report;
  const c = counts(analysis);
  const war = analysis.warCoverage.isWarCoverage;
  return (
    <>
      <section class="page" aria-label="Page">
        <h2 class="page-title" data-testid="title">{meta.title || '(untitled page)'}</h2>
        <p class="url" data-testid="url" title={meta.url}>{shortUrl(meta.url)}</p>
        <dl class="facts">
          <div><dt>Text</dt><dd data-testid="text-length">{plural(report.textLength, 'character')}</dd></div>
          <div><dt>Paragraphs</dt><dd data-testid="paragraphs">{report.paragraphs.toLocaleString('en')}</dd></div>
          {meta.published && <div><dt>Published</dt><dd>{meta.published}</dd></div>}
          {meta.lang && <div><dt>Language</dt><dd>{meta.lang}</dd></div>}
        </dl>
      </section>
      <section class={`verdict ${war ? 'war' : 'not-war'}`} aria-label="Verdict">
        <p class="verdict-label" data-testid="verdict">
          <span aria-hidden="true">{war ? '●' : '○'}</span> {verdictLabel(report)}
          <span class="score"> · score {analysis.warCoverage.score.toFixed(2)}</span>
        </p>
        {analysis.warCoverage.reasons.length > 0 && (
          <ul class="reasons" data-testid="reasons">
            {analysis.warCoverage.reasons.map((r, i) => <li key={i}>{r}</li>)}
          </ul>
        )}
      </section>
      <section class="counts" aria-label="Counts">
        <p data-testid="counts">
          <span data-testid="count-units">{plural(c.units, 'unit')}</span> ·{' '}
          <span data-testid="count-places">{plural(c.places, 'place')}</span> ·{' '}
          <span data-testid="count-claims">{plural(c.claims, 'claim')}</span>
        </p>
      </section>
      <List title="Claims" testid="claims" items={analysis.claims.map((cl) => cl.text)} />
      <List title="Units" testid="units" items={analysis.units.map((u) => u.name + (u.side ? ` (${u.side})` : ''))} />
      <List
        title="Places"
        testid="places"
        items={analysis.places.map((p) => [p.name, p.admin, p.country.toUpperCase()].filter(Boolean).join(', '))}
      />
      <footer class="muted small">Analysed in {report.analyzeMs} ms.</footer>
    </>
  );
}

function List({ title, testid, items }: { title: string; testid: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <section class="list" aria-label={title}>
      <h3>{title}</h3>
      <ul data-testid={`list-${testid}`}>
        {items.map((item, i) => <li key={i}>{item}</li>)}
      </ul>
    </section>
  );
}
