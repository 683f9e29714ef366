// The person's settings, in browser.storage.local through one typed, versioned WXT storage item.
//
// Whether Crosscheck runs on a page: the site's own switch when the person set one, else the
// global switch. So with the global switch on, a site set off is a deny-list entry; with it
// off, a site set on is an allow-list entry.
//
// Versions: 1 (the first skeleton) stored `{ enabled, disabledSites: string[] }`; 2 keeps a
// per-site on/off map and the kinds to highlight. `normalizeSettings` repairs anything else
// found in storage (hand edits, a partial write) without losing the valid parts.

import { storage } from 'wxt/utils/storage';

export const KINDS = ['units', 'places', 'claims'] as const;
export type Kind = (typeof KINDS)[number];

export interface Settings {
  /** Global switch: the default for every site without its own setting. */
  enabled: boolean;
  /** hostname (without www.) → on/off. */
  sites: Record<string, boolean>;
  /** Which kinds of marks to highlight on the page. */
  kinds: Record<Kind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sites: {},
  kinds: { units: true, places: true, claims: true },
};

export const SETTINGS_VERSION = 2;

export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
}

/** Takes whatever is stored and returns valid Settings, keeping every valid field. */
export function normalizeSettings(v: unknown): Settings {
  const out: Settings = {
    enabled: DEFAULT_SETTINGS.enabled,
    sites: {},
    kinds: { ...DEFAULT_SETTINGS.kinds },
  };
  if (typeof v !== 'object' || v === null) return out;
  const rec = v as Record<string, unknown>;
  if (typeof rec.enabled === 'boolean') out.enabled = rec.enabled;
  if (typeof rec.sites === 'object' && rec.sites !== null) {
    for (const [host, on] of Object.entries(rec.sites as Record<string, unknown>)) {
      const h = siteKey(host);
      if (h && typeof on === 'boolean') out.sites[h] = on;
    }
  }
  if (typeof rec.kinds === 'object' && rec.kinds !== null) {
    for (const k of KINDS) {
      const on = (rec.kinds as Record<string, unknown>)[k];
      if (typeof on === 'boolean') out.kinds[k] = on;
    }
  }
  return out;
}

export function migrateV1(old: unknown): Settings {
  const v1 = (typeof old === 'object' && old !== null ? old : {}) as Partial<SettingsV1>;
  const sites: Record<string, boolean> = {};
  for (const host of Array.isArray(v1.disabledSites) ? v1.disabledSites : []) {
    if (typeof host === 'string' && siteKey(host)) sites[siteKey(host)] = false;
  }
  // A value already in the new shape (written without version metadata) keeps its fields.
  const newer = (old ?? {}) as Partial<Settings>;
  return normalizeSettings({ ...newer, enabled: v1.enabled, sites: { ...sites, ...(newer.sites ?? {}) } });
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});

/** The key a site is stored under: lower-case hostname without a leading `www.`; '' if none. */
export function siteKey(urlOrHost: string): string {
  let host = urlOrHost.trim();
  if (host.includes('/')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return '';
    }
  }
  host = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.[\]:-]+$/.test(host) ? host : '';
}

/** Whether Crosscheck runs on this page (see the header for the rule). */
export function isEnabledFor(settings: Settings, url: string): boolean {
  if (!/^(https?|file):/i.test(url)) return false;
  const key = siteKey(url);
  const site = key ? settings.sites[key] : undefined;
  return typeof site === 'boolean' ? site : settings.enabled;
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the settings. Updates from one page run one after another, so two quick
 * changes (a switch, then a site) cannot overwrite each other.
 */
export function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const next = queue.then(async () => {
    const current = await getSettings();
    const updated = normalizeSettings(change(current) ?? current);
    await settingsItem.setValue(updated);
    return updated;
  });
  queue = next.catch(() => undefined);
  return next;
}

export function setSiteEnabled(url: string, on: boolean | null): Promise<Settings> {
  const key = siteKey(url);
  return updateSettings((s) => {
    if (!key) return;
    if (on === null) delete s.sites[key];
    else s.sites[key] = on;
  });
}

/** Calls `cb` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(cb: (s: Settings) => void, signal?: AbortSignal): () => void {
  const unwatch = settingsItem.watch((v) => cb(normalizeSettings(v)));
  signal?.addEventListener('abort', unwatch, { once: true });
  return unwatch;
}
