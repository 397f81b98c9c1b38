import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_READER_KEY, type PageReaderApi } from '../lib/page/reader-handle';
import { watchOrderPage } from '../lib/page/watch';

/**
 * The page reader, loaded by the content script (entrypoints/content) only when an order page is open. It runs in
 * the content script's isolated world and hands over its interface there; it uses no extension API itself.
 */
export default defineUnlistedScript({
  // Loaded with import(): no `var` of its own is needed (https://wxt.dev/api/reference/wxt/interfaces/BaseScriptEntrypointOptions).
  globalName: false,
  main() {
    const api: PageReaderApi = { watchOrderPage };
    (globalThis as Record<symbol, PageReaderApi>)[PAGE_READER_KEY] = api;
  },
});
