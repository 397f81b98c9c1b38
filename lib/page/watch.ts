/**
 * Watching one order page: the whole-page read on the next frame, then incremental re-reads as the page changes
 * (./live.ts), reporting each detection that differs from the last one. This is the page reader's whole interface
 * to the content script.
 */
import { watchDom } from '../dom-watch';
import type { OrderDetection } from '../order';
import { LiveReader, WATCHED_ATTRIBUTES } from './live';

export interface OrderPageWatchOptions {
  doc: Document;
  /** The order page's URL (a navigation starts a new watch). */
  url: string;
  MutationObserver: typeof MutationObserver;
  requestFrame: (callback: () => void) => unknown;
  /** Called with each detection that differs from the last one reported. */
  onDetection: (detection: OrderDetection) => void;
  /** Checked before each pass; false stops the work. */
  isActive?: () => boolean;
}

export interface OrderPageWatch {
  stop(): void;
  readonly reader: LiveReader;
}

export function watchOrderPage(options: OrderPageWatchOptions): OrderPageWatch {
  const reader = new LiveReader(options.doc, options.url);
  const isActive = options.isActive ?? (() => true);
  let lastReport = '';
  let stopped = false;
  const report = (detection: OrderDetection) => {
    if (stopped) return;
    const key = JSON.stringify(detection);
    if (key === lastReport) return;
    lastReport = key;
    options.onDetection(detection);
  };

  const watch = watchDom({
    root: options.doc.documentElement,
    MutationObserver: options.MutationObserver,
    requestFrame: options.requestFrame,
    filter: (records) => reader.note(records),
    attributes: WATCHED_ATTRIBUTES,
    onSettle: () => report(reader.update()),
    isActive,
  });
  // Next frame, not now: during a client-side navigation the URL changes before the app renders the new order.
  options.requestFrame(() => {
    if (!stopped && isActive()) report(reader.update());
  });
  return {
    reader,
    stop() {
      stopped = true;
      watch.stop();
    },
  };
}
