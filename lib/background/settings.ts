// The background features' own switches, in storage.local beside the person's settings (which
// lib/settings owns): whether the library records pages (paused), the sites it never records,
// and whether "search for more sources" is on (off by default). The options page reads and
// writes these items directly; the background reads them when it needs them.

import { storage } from 'wxt/utils/storage';
import { siteKey } from '../settings/index';
import type { FeedState } from '../feeds/poller';

export interface LibrarySettings {
  /** True: pages read are still linked, but none is added to the library. */
  paused: boolean;
  /** Site keys (lib/settings siteKey) never added to the library; subdomains included. */
  excludedSites: string[];
}

export const DEFAULT_LIBRARY_SETTINGS: LibrarySettings = { paused: false, excludedSites: [] };

export const librarySettingsItem = storage.defineItem<LibrarySettings>('local:library', {
  version: 1,
  fallback: DEFAULT_LIBRARY_SETTINGS,
});

/** Whatever is stored → valid settings, keeping the valid parts. */
export function normalizeLibrarySettings(v: unknown): LibrarySettings {
  const rec = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const sites = Array.isArray(rec.excludedSites) ? rec.excludedSites.filter((s): s is string => typeof s === 'string').map(siteKey).filter(Boolean) : [];
  return { paused: rec.paused === true, excludedSites: [...new Set(sites)].sort() };
}

export async function getLibrarySettings(): Promise<LibrarySettings> {
  return normalizeLibrarySettings(await librarySettingsItem.getValue());
}

export async function updateLibrarySettings(change: (s: LibrarySettings) => void): Promise<LibrarySettings> {
  const s = await getLibrarySettings();
  change(s);
  const next = normalizeLibrarySettings(s);
  await librarySettingsItem.setValue(next);
  return next;
}

/** Whether a page's URL is on an excluded site (the site itself or a subdomain of it). */
export function isExcludedSite(settings: LibrarySettings, url: string): boolean {
  const key = siteKey(url);
  if (!key) return false;
  return settings.excludedSites.some((s) => key === s || key.endsWith(`.${s}`));
}

export interface SearchSettings {
  /** The person turned "search for more sources" on after reading the explanation. */
  enabled: boolean;
}

export const searchSettingsItem = storage.defineItem<SearchSettings>('local:search', {
  version: 1,
  fallback: { enabled: false },
});

export async function isSearchEnabled(): Promise<boolean> {
  const v = await searchSettingsItem.getValue();
  return v?.enabled === true;
}

/** The person's feeds and each one's polling state (lib/feeds/poller), written by the background. */
export const feedsItem = storage.defineItem<FeedState[]>('local:feeds', { version: 1, fallback: [] });
