// The "toggle-site" keyboard command (manifest `commands`, wxt.config.ts): switches Crosscheck on
// or off for the site of the active tab. Commands reach only the background, so the background
// wires it: `listenForCommands(signal)`, called in entrypoints/background.ts. The content script of
// that tab then paints or removes every trace through its settings watcher.
// Also here: a hover card's "open in side panel" (`panel:open`, `listenForPanelRequests`).

import { browser } from 'wxt/browser';
import { getSettings, isEnabledFor, setSiteEnabled } from '../settings/index';
import { handleMessages, isContentScript, PANEL_SELECT_PREFIX, type ContentToBackground } from '../messaging/index';
import { validateClaimIndex, ValidationError } from '../messaging/validate';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

/** Flips the active tab's site; returns the new state, or null when the tab is not a web page. */
export async function toggleSiteOfActiveTab(): Promise<boolean | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url;
  if (!url || !/^(https?|file):/i.test(url)) return null;
  const next = !isEnabledFor(await getSettings(), url);
  await setSiteEnabled(url, next);
  return next;
}

/** Answers the toggle command until `signal` aborts. */
export function listenForCommands(signal?: AbortSignal): void {
  const commands = (browser as { commands?: typeof browser.commands }).commands;
  if (!commands?.onCommand) return;
  const onCommand = (command: string): void => {
    if (command === TOGGLE_SITE_COMMAND) {
      toggleSiteOfActiveTab().catch((error: unknown) => console.warn('[crosscheck] toggle command', error));
    }
  };
  commands.onCommand.addListener(onCommand);
  signal?.addEventListener('abort', () => commands.onCommand.removeListener(onCommand), { once: true });
}

/** Where a freshly opened side panel finds the claim it was opened for (read once, then removed). */
export { PANEL_SELECT_PREFIX };

type SidePanelApi = { open?: (o: { tabId: number; windowId?: number }) => Promise<void> };
type SidebarApi = { open?: () => Promise<void> };

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox) for `tab`. The browser allows it only in
 * answer to a user action, so the call is made before anything is awaited: a message sent from a
 * click keeps the click's user activation for the listener's synchronous part (checked in Chromium
 * by tests/e2e/cards.test.mjs). Rejects with the browser's reason when it refuses.
 */
export function openPanelFor(tab: { id?: number; windowId?: number } | undefined, claim: number): Promise<boolean> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return Promise.reject(new Error('not from a tab'));
  const chromeApi = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  let opening: Promise<void>;
  try {
    if (chromeApi?.open) opening = chromeApi.open({ tabId });
    else if (sidebar?.open) opening = sidebar.open();
    else return Promise.reject(new Error('this browser has no side panel API'));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // the panel, once loaded, selects this claim (an open panel also gets panel:select-claim)
  const session = (browser.storage as { session?: { set(items: object): Promise<void> } }).session;
  const remember = session?.set({ [PANEL_SELECT_PREFIX + tabId]: claim }).catch(() => undefined);
  return Promise.all([opening, remember]).then(() => true);
}

/** Answers content scripts' `panel:open` until `signal` aborts. */
export function listenForPanelRequests(signal?: AbortSignal): void {
  handleMessages<Pick<ContentToBackground, 'panel:open'>>(
    { 'panel:open': ({ claim }, sender) => openPanelFor(sender.tab, claim).then((opened) => ({ opened })) },
    {
      signal,
      accept: (_type, payload, sender) => {
        if (!isContentScript(sender)) throw new ValidationError('panel:open is only accepted from a content script');
        return validateClaimIndex(payload);
      },
    },
  );
}
