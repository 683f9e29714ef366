// The "toggle-site" keyboard command (manifest `commands`, wxt.config.ts): switches Crosscheck on
// or off for the site of the active tab. Commands reach only the background, so the background
// wires it: `listenForCommands(signal)`, called in entrypoints/background.ts. The content script of
// that tab then paints or removes every trace through its settings watcher.

import { browser } from 'wxt/browser';
import { getSettings, isEnabledFor, setSiteEnabled } from '../settings/index';

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
