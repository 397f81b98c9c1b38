/**
 * Runs `onSettle` at most once per animation frame while a DOM subtree keeps changing.
 * One MutationObserver per page; rAF batches bursts of mutations (SPA renders touch thousands of nodes) into one pass,
 * and browsers do not run rAF callbacks in hidden tabs, so nothing runs while the page is hidden.
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
  /** Checked before each pass; false stops the work (e.g. the extension context is gone). */
  isActive?: () => boolean;
}

export interface DomWatch {
  stop(): void;
}

/** Attributes that carry values TikTok's pages show in tooltips and accessible names. */
const WATCHED_ATTRIBUTES = ['aria-label', 'title'];

export function watchDom(options: DomWatchOptions): DomWatch {
  const { root, requestFrame, onSettle, isActive = () => true } = options;
  let scheduled = false;
  let stopped = false;

  const observer = new options.MutationObserver(() => {
    if (scheduled || stopped) return;
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
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  function stop() {
    stopped = true;
    observer.disconnect();
  }
  return { stop };
}
