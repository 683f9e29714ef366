import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForCommands, toggleSiteOfActiveTab, TOGGLE_SITE_COMMAND } from '../../../lib/background/commands';
import { getSettings } from '../../../lib/settings/index';

function activeTab(url: string): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url, active: true }] as never);
}

describe('the toggle-site keyboard command', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  test('switches the active tab’s site off, then on again, leaving other sites alone', async () => {
    activeTab('https://www.news.example/war/1');
    expect(await toggleSiteOfActiveTab()).toBe(false);
    expect((await getSettings()).sites).toEqual({ 'news.example': false });
    expect(await toggleSiteOfActiveTab()).toBe(true);
    expect((await getSettings()).sites).toEqual({ 'news.example': true });
  });

  test('does nothing on a page Crosscheck does not read', async () => {
    activeTab('chrome://extensions/');
    expect(await toggleSiteOfActiveTab()).toBeNull();
    expect((await getSettings()).sites).toEqual({});
  });

  test('answers only its own command, until aborted', async () => {
    activeTab('https://news.example/a');
    // fakeBrowser has no commands API: a small stand-in for its event.
    const listeners = new Set<(command: string) => void>();
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void listeners.add(l as never));
    vi.spyOn(fakeBrowser.commands.onCommand, 'removeListener').mockImplementation((l) => void listeners.delete(l as never));
    const fire = async (command: string): Promise<void> => {
      for (const l of listeners) l(command);
      await new Promise((r) => setTimeout(r, 20));
    };
    const ac = new AbortController();
    listenForCommands(ac.signal);
    await fire('something-else');
    expect((await getSettings()).sites).toEqual({});
    await fire(TOGGLE_SITE_COMMAND);
    expect((await getSettings()).sites).toEqual({ 'news.example': false });
    ac.abort();
    await fire(TOGGLE_SITE_COMMAND);
    expect((await getSettings()).sites).toEqual({ 'news.example': false });
  });
});
