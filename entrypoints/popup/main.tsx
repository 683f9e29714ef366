// The toolbar popup (Firefox; Chrome opens the side panel from the toolbar button instead, and
// this page is left out of the Chrome build): this site on/off, the verdict and counts, and a
// button that opens the side panel. The view is components/PopupView.tsx.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, type TabReport } from '../../lib/messaging/index';
import { counts, isReadableUrl } from '../../lib/messaging/report-view';
import { PopupView } from '../../components/PopupView';
import { getSettings, isEnabledFor, setSiteEnabled, siteKey, watchSettings, type Settings } from '../../lib/settings/index';

async function openSidePanel(tabId: number, windowId: number | undefined): Promise<void> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open?: (o: object) => Promise<void> } } }).chrome;
  const firefox = (browser as unknown as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  if (firefox?.open) await firefox.open();
  else if (chromeApi?.sidePanel?.open) await chromeApi.sidePanel.open({ tabId, ...(windowId !== undefined ? { windowId } : {}) });
}

function Popup() {
  const [tab, setTab] = useState<{ id: number; url?: string; windowId?: number } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [report, setReport] = useState<TabReport | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    let tabId: number | undefined;
    void (async () => {
      const [t] = await browser.tabs.query({ active: true, currentWindow: true });
      if (t?.id === undefined) return;
      tabId = t.id;
      setTab({ id: t.id, url: t.url, windowId: t.windowId });
      setSettings(await getSettings());
      setReport(await sendToBackground('report:get', { tabId: t.id }));
    })().catch((e: unknown) => setError(String(e instanceof Error ? e.message : e)));
    watchSettings(setSettings, controller.signal);
    // The report comes and goes as the site is switched on and off.
    const onMessage = (message: unknown): undefined => {
      const m = message as { cx?: number; type?: string; payload?: { tabId?: number } };
      if (m?.cx === 1 && m.type === 'report:changed' && tabId !== undefined && m.payload?.tabId === tabId) {
        void sendToBackground('report:get', { tabId }).then(setReport, () => undefined);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    return () => controller.abort();
  }, []);

  const url = tab?.url;
  const readable = isReadableUrl(url);
  const on = !!settings && readable && isEnabledFor(settings, url!);
  const c = report && on ? counts(report.analysis) : null;
  const linked = report?.links ? report.links.filter((l) => l.relations.length > 0).length : undefined;
  return (
    <>
      {error && <p class="error" role="alert">{error}</p>}
      <PopupView
        site={readable && url ? siteKey(url) || 'local files' : null}
        enabled={on}
        warCoverage={on ? report?.analysis.warCoverage : undefined}
        counts={c ? { ...c, ...(linked !== undefined ? { linked } : {}) } : undefined}
        onToggleSite={(next) => url && void setSiteEnabled(url, next)}
        onOpenPanel={
          tab
            ? () => void openSidePanel(tab.id, tab.windowId).then(() => window.close(), (e: unknown) => setError(String(e)))
            : undefined
        }
      />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
