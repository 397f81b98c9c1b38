import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: lib/ must stay framework-free, and explicit imports keep that visible.
  imports: false,
  // WXT 0.20 no longer bundles webextension-polyfill; this module aliases `wxt/browser` to it.
  // https://wxt.dev/guide/resources/upgrading.html#webextension-polyfill-removed
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `alarms`: reminders on a case's dates. `notifications` is optional, asked for the first time a reminder is set;
    // without it the toolbar badge counts the cases due. README ("Permissions") says why each is needed.
    permissions: ['storage', 'contextMenus', 'activeTab', 'alarms'],
    optional_permissions: ['notifications'],
    action: { default_title: 'Carrier Finder' },
    browser_specific_settings: {
      gecko: {
        id: 'carrier-finder@carrierfinder.invalid',
        // Required for new Firefox add-ons since 2025-11:
        // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
