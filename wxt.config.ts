import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './lib/page/urls';

/** `https://host/any-path*` -> `https://host/*`. */
function originPattern(match: string): string {
  return `${new URL(match.replace('*', '')).origin}/*`;
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: lib/ must stay framework-free, and explicit imports keep that visible.
  imports: false,
  // WXT 0.20 no longer bundles webextension-polyfill; this module aliases `wxt/browser` to it.
  // https://wxt.dev/guide/resources/upgrading.html#webextension-polyfill-removed
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `alarms`: reminders on a case's dates. `notifications` is optional, asked for the first time a reminder is set;
    // without it the toolbar badge counts the cases due. README ("Permissions") says why each is needed.
    permissions: ['storage', 'contextMenus', 'activeTab', 'alarms'],
    optional_permissions: ['notifications'],
    // The toolbar tooltip in the browser's language; the background replaces it per tab once it knows more. WXT
    // overwrites this with the popup's own (entrypoints/popup/index.html says the same).
    action: { default_title: '__MSG_actionTitle__' },
    // The page reader, imported by the content script on order pages only (entrypoints/page-reader.ts). A
    // web-accessible file needs no permission and adds no install warning; only the order hosts may load it.
    // https://developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources
    // Chrome takes only origins there (path `/*`), so the buyer shop's `/shop*` becomes its origin; WXT writes the
    // MV2 form (a list of paths) for Firefox, which gives each install its own random moz-extension:// host.
    web_accessible_resources: [
      { resources: ['page-reader.js'], matches: [...new Set(CONTENT_SCRIPT_MATCHES.map(originPattern))] },
    ],
    // The address-bar keyword: "carrier <number>" (entrypoints/background/omnibox.ts). Needs no permission.
    // https://developer.chrome.com/docs/extensions/reference/manifest/omnibox
    omnibox: { keyword: 'carrier' },
    // A shortcut that opens the popup. The command is `_execute_action` in MV3 and `_execute_browser_action` in MV2
    // (the Firefox build); WXT renames `action` for MV2 but not this command.
    // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/commands#special_shortcuts
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+F' },
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'carrier-finder@carrierfinder.invalid',
        // Required for new Firefox add-ons since 2025-11:
        // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
