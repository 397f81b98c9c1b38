/**
 * How the always-on content script reaches the page reader, which is loaded only on order pages: the reader's
 * script (entrypoints/page-reader.ts, a web-accessible file) is imported with import() and leaves its interface
 * on the content script's own global (the isolated world, not the page's) under this key.
 * This module holds no reader code: the content script imports it and stays small.
 */
import type { watchOrderPage } from './watch';

/** The reader script's path inside the extension (WXT builds entrypoints/page-reader.ts there). */
export const PAGE_READER_PATH = '/page-reader.js';

/** Registered once per global: the same key whichever copy of this module asks. */
export const PAGE_READER_KEY: unique symbol = Symbol.for('carrier-finder.page-reader') as never;

export interface PageReaderApi {
  watchOrderPage: typeof watchOrderPage;
}

/** The reader's interface once its script has run on this global, else undefined. */
export function pageReaderOn(global: object): PageReaderApi | undefined {
  return (global as Record<symbol, PageReaderApi | undefined>)[PAGE_READER_KEY];
}
