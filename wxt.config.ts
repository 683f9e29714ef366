import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Chrome MV3 uses the sidePanel API; Firefox (MV2) gets a sidebar_action.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive (for addons.mozilla.org review) leaves out local test output.
  zip: { excludeSources: ['test-results/**', '.ci/**'] },
  // The demo source pack ships as packs/demo.jsonl (the background imports it on request).
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve('assets/packs/demo.jsonl'), relativeDest: 'packs/demo.jsonl' });
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Highlights military units, places and numeric claims in war coverage and checks them against other sources.',
    permissions: ['storage', 'tabs', 'alarms', 'unlimitedStorage', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    // Feeds and "search for more sources" read other sites only after the person allows each one
    // (requested when a feed is added or search is turned on).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: 'Crosscheck' },
    // Chrome: the action opens the side panel (openPanelOnActionClick), so `_execute_action` is
    // the "open the side panel" shortcut; Firefox has its own for the sidebar. The toggle is
    // answered by the background (commands.onCommand → toggleSiteOfActiveTab).
    // The place card's map shapes are fetched by the content script (MV3 needs them listed).
    web_accessible_resources:
      browser === 'firefox' ? ['map/world-110m.json'] : [{ resources: ['map/world-110m.json'], matches: ['<all_urls>'] }],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Switch Crosscheck highlights on or off for the current site',
      },
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Crosscheck sidebar' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Crosscheck side panel' } }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.dev',
              // 140 (ESR) is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Everything runs locally; nothing is collected or sent.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
