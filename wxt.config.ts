import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 uses the sidePanel API; Firefox (MV2) gets a sidebar_action.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive (for addons.mozilla.org review) leaves out local test output.
  zip: { excludeSources: ['test-results/**', '.ci/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Highlights military units, places and numeric claims in war coverage and checks them against other sources.',
    permissions: ['storage', 'tabs', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    action: { default_title: 'Crosscheck' },
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
