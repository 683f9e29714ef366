// The toolbar popup (Firefox; Chrome opens the side panel from the toolbar button instead, and
// this page is still reachable as popup.html): this site on/off, the verdict and counts, and a
// button that opens the side panel.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, type TabReport } from '../../lib/messaging/index';
import { counts, isReadableUrl, plural, verdictLabel } from '../../lib/messaging/report-view';
import { getSettings, isEnabledFor, setSiteEnabled, siteKey, watchSettings, type Settings } from '../../lib/settings/index';
import '../sidepanel/style.css';

async function openSidePanel(tabId: number, windowId: number | undefined): Promise<void> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open?: (o: object) => Promise<void> } } }).chrome;
  const firefox = (browser as unknown as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  if (chromeApi?.sidePanel?.open) await chromeApi.sidePanel.open({ tabId, ...(windowId !== undefined ? { windowId } : {}) });
  else if (firefox?.open) await firefox.open();
}

function Popup() {
  const [tab, setTab] = useState<{ id: number; url?: string; windowId?: number } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [report, setReport] = useState<TabReport | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      if (t?.id === undefined) return;
      setTab({ id: t.id, url: t.url, windowId: t.windowId });
      setSettings(await getSettings());
      setReport(await sendToBackground('report:get', { tabId: t.id }));
    })().catch((e: unknown) => setError(String(e instanceof Error ? e.message : e)));
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);

  const url = tab?.url;
  const readable = isReadableUrl(url);
  const on = !!settings && readable && isEnabledFor(settings, url!);
  const c = report ? counts(report.analysis) : null;
  return (
    <main class="popup">
      <header class="brand">
        <span class="logo" aria-hidden="true">✓✓</span>
        <h1>Crosscheck</h1>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {readable ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={on}
            disabled={!settings}
            onChange={(e) => void setSiteEnabled(url!, (e.currentTarget as HTMLInputElement).checked)}
          />
          On for {siteKey(url!) || 'local files'}
        </label>
      ) : (
        <p class="muted">Crosscheck does not read this kind of page.</p>
      )}
      {report && c && on && (
        <>
          <p class={`verdict ${report.analysis.warCoverage.isWarCoverage ? 'war' : 'not-war'} verdict-label`}>{verdictLabel(report)}</p>
          <p>{plural(c.units, 'unit')} · {plural(c.places, 'place')} · {plural(c.claims, 'claim')}</p>
        </>
      )}
      {readable && on && !report && <p class="muted">Not read yet: reload the page.</p>}
      <div class="row">
        <button
          class="primary"
          disabled={!tab}
          onClick={() => tab && void openSidePanel(tab.id, tab.windowId).then(() => window.close(), (e: unknown) => setError(String(e)))}
        >
          Open side panel
        </button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>Options</button>
      </div>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
