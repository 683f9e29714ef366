// "Open in side panel" from a hover card: the background opens the panel in the same turn as the
// message (the browser allows it only while the click's user action lasts) and leaves the claim
// for the panel to select.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelFor } from '../../../lib/background/commands';

describe('openPanelFor', () => {
  const g = globalThis as { chrome?: unknown };
  let saved: unknown;
  beforeEach(() => {
    fakeBrowser.reset();
    saved = g.chrome;
  });
  afterEach(() => {
    g.chrome = saved;
  });

  test('calls sidePanel.open before anything is awaited, then hands over the claim', async () => {
    const calls: number[] = [];
    g.chrome = { sidePanel: { open: async ({ tabId }: { tabId: number }) => void calls.push(tabId) } };
    const p = openPanelFor({ id: 7 }, 3);
    expect(calls).toEqual([7]); // synchronously, inside the message listener
    await expect(p).resolves.toBe(true);
    expect(await fakeBrowser.storage.session.get('cx-select:7')).toEqual({ 'cx-select:7': 3 });
  });

  test("passes on the browser's refusal, and refuses without a tab", async () => {
    g.chrome = { sidePanel: { open: () => Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.')) } };
    await expect(openPanelFor({ id: 7 }, 0)).rejects.toThrow(/user gesture/);
    await expect(openPanelFor(undefined, 0)).rejects.toThrow(/not from a tab/);
  });
});
