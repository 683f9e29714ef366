import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isEnabledFor,
  normalizeSettings,
  setSiteEnabled,
  siteKey,
  watchSettings,
} from '../../../lib/settings/index';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('defaults: on everywhere, every kind highlighted', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a site switch overrides the global switch both ways', () => {
    const s = normalizeSettings({ enabled: true, sites: { 'blocked.example': false } });
    expect(isEnabledFor(s, 'https://news.example/a')).toBe(true);
    expect(isEnabledFor(s, 'https://www.blocked.example/a')).toBe(false);
    const allowOnly = normalizeSettings({ enabled: false, sites: { 'allowed.example': true } });
    expect(isEnabledFor(allowOnly, 'https://allowed.example/x')).toBe(true);
    expect(isEnabledFor(allowOnly, 'https://news.example/x')).toBe(false);
  });

  test('never on pages that are not web pages or files', () => {
    expect(isEnabledFor(DEFAULT_SETTINGS, 'chrome://extensions/')).toBe(false);
    expect(isEnabledFor(DEFAULT_SETTINGS, 'about:blank')).toBe(false);
    expect(isEnabledFor(DEFAULT_SETTINGS, 'file:///tmp/a.html')).toBe(true);
  });

  test.each([
    ['https://WWW.Example.com/path?q', 'example.com'],
    ['Example.com.', 'example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['not a url/with slash', ''],
    ['bad host!', ''],
  ])('siteKey(%s) = %s', (input, key) => expect(siteKey(input)).toBe(key));

  test('setSiteEnabled stores and forgets a site, and watchers hear it', async () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(isEnabledFor(s, 'https://news.example/')), controller.signal);
    await setSiteEnabled('https://www.news.example/story', false);
    expect((await getSettings()).sites).toEqual({ 'news.example': false });
    await setSiteEnabled('https://news.example/other', null);
    expect((await getSettings()).sites).toEqual({});
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([false, true]);
    controller.abort();
    await setSiteEnabled('https://news.example/', false);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(2);
  });

  test('quick successive updates do not overwrite each other', async () => {
    const { updateSettings } = await import('../../../lib/settings/index');
    await Promise.all([
      updateSettings((s) => void (s.enabled = false)),
      updateSettings((s) => void (s.sites['a.example'] = true)),
      updateSettings((s) => void (s.kinds.units = false)),
    ]);
    expect(await getSettings()).toEqual({ enabled: false, sites: { 'a.example': true }, kinds: { units: false, places: true, claims: true } });
  });

  test('corrupt stored values are repaired field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', sites: { 'ok.example': false, 'bad.example': 'no' }, kinds: { units: false, claims: 3 } }, settings$: { v: 2 } });
    expect(await getSettings()).toEqual({ enabled: true, sites: { 'ok.example': false }, kinds: { units: false, places: true, claims: true } });
  });

  test('the first save of a fresh install records the version', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/settings/index');
    await fresh.updateSettings((s) => void (s.kinds.places = false));
    expect((await fresh.settingsItem.getValue()).kinds.places).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: 2 } });
  });

  test('a version-2 value stored without version metadata survives the v1 migration', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true, sites: { 'a.example': false }, kinds: { units: false, places: true, claims: true } } });
    vi.resetModules();
    const fresh = await import('../../../lib/settings/index');
    expect(await fresh.getSettings()).toEqual({ enabled: true, sites: { 'a.example': false }, kinds: { units: false, places: true, claims: true } });
  });

  test('version 1 settings (a list of disabled sites) migrate to version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, disabledSites: ['www.Blocked.example', 'x y'] }, settings$: { v: 1 } });
    // The item migrates when its module loads, as at the extension's start.
    vi.resetModules();
    const fresh = await import('../../../lib/settings/index');
    expect(await fresh.getSettings()).toEqual({ enabled: false, sites: { 'blocked.example': false }, kinds: DEFAULT_SETTINGS.kinds });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: 2 } });
  });
});
