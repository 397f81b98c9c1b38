/**
 * Runs `onSettle` at most once per animation frame while a DOM subtree keeps changing in ways that matter.
 * One MutationObserver per page; `filter` (called in the observer callback, so it must be cheap) drops batches that
 * cannot change the answer before any frame is even requested, and rAF batches the rest (SPA renders touch thousands
 * of nodes) into one pass. Browsers do not run rAF callbacks in hidden tabs, so nothing runs while the page is hidden.
 * https://developer.mozilla.org/docs/Web/API/Window/requestAnimationFrame
 */
export interface DomWatchOptions {
  /** The subtree to watch (usually `document.documentElement`). */
  root: Node;
  /** The page's MutationObserver constructor (passed in: lib/ takes the DOM only through parameters). */
  MutationObserver: typeof MutationObserver;
  /** Schedules a callback for the next animation frame (e.g. WXT's `ctx.requestAnimationFrame`). */
  requestFrame: (callback: () => void) => unknown;
  /** The work to do once the DOM has changed. */
  onSettle: () => void;
  /** Whether a batch of mutations may change the answer; every batch does when omitted. */
  filter?: (records: MutationRecord[]) => boolean;
  /** Attributes to watch besides text and children (their old values are reported to `filter`). */
  attributes?: readonly string[];
  /** Checked before each pass; false stops the work (e.g. the extension context is gone). */
  isActive?: () => boolean;
}

export interface DomWatch {
  stop(): void;
}

/** Attributes that carry values TikTok's pages show in tooltips and accessible names. */
const DEFAULT_ATTRIBUTES = ['aria-label', 'title'];

export function watchDom(options: DomWatchOptions): DomWatch {
  const { root, requestFrame, onSettle, filter, isActive = () => true } = options;
  let scheduled = false;
  let stopped = false;

  const observer = new options.MutationObserver((records) => {
    if (stopped) return;
    // The filter sees every batch, also while a pass is scheduled: it keeps count of what changed.
    if (filter && !filter(records)) return;
    if (scheduled) return;
    scheduled = true;
    requestFrame(() => {
      scheduled = false;
      if (stopped) return;
      if (!isActive()) {
        stop();
        return;
      }
      onSettle();
    });
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: !!filter,
    attributes: true,
    attributeOldValue: !!filter,
    attributeFilter: [...(options.attributes ?? DEFAULT_ATTRIBUTES)],
  });

  function stop() {
    stopped = true;
    observer.disconnect();
  }
  return { stop };
}
