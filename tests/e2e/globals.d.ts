import type { browser } from 'wxt/browser';

declare global {
  /**
   * Code passed to `serviceWorker.evaluate()` / `page.evaluate()` runs inside the extension, where `chrome` exists.
   * WXT's promise-based `browser` types describe it.
   */
  const chrome: typeof browser;
}
