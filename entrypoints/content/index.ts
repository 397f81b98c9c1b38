import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenDetectionOn } from '../../lib/detection-switch';
import type { Message } from '../../lib/messages';
import { PAGE_READER_PATH, type PageReaderApi, pageReaderOn } from '../../lib/page/reader-handle';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/page/urls';
import { isOrderPageUrl } from '../../lib/page/where';

function send(message: Message): void {
  // The background may be restarting; the next change reports again.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

let loading: Promise<PageReaderApi | undefined> | undefined;

/**
 * The page reader, imported the first time an order page is open: a web-accessible file of this extension, so no
 * new permission, and pages that are not order pages never load it. Chrome and Firefox both run a module imported
 * by a content script in the content script's own world.
 * https://developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/web_accessible_resources
 */
function loadReader(): Promise<PageReaderApi | undefined> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(PAGE_READER_PATH))
    .then(() => pageReaderOn(globalThis))
    .catch(() => undefined);
  return loading;
}

/**
 * The small always-on part: it follows the URL (TikTok's apps navigate without page loads) and starts the page
 * reader on order pages.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let reported = false;
    let current: { url: string; stop(): void } | undefined;
    let generation = 0;

    const stopReading = () => {
      current?.stop();
      current = undefined;
    };

    /** Every order page's reading starts here: the one place that decides whether to read at all. */
    const startReading = async (url: string) => {
      const mine = ++generation;
      // Detection turned off in the options: stay idle (no reader, no DOM reads, no observers) until it is turned
      // back on. Only order pages ask, so other TikTok pages cost not even a storage read.
      if (!(await whenDetectionOn(browser.storage.local, ctx.signal))) return;
      const reader = await loadReader();
      // A navigation may have happened while the reader loaded; only the latest one reads.
      if (!reader || mine !== generation || !ctx.isValid) return;
      const watch = reader.watchOrderPage({
        doc: document,
        url,
        MutationObserver,
        requestFrame: (callback) => ctx.requestAnimationFrame(callback),
        isActive: () => ctx.isValid,
        onDetection: (detection) => {
          reported = true;
          send({ type: 'detection', detection });
        },
      });
      current = { url, stop: () => watch.stop() };
    };

    /** Starts or stops the work for the page at `url`: the cheap URL check runs before any DOM work. */
    const follow = (url: string) => {
      if (isOrderPageUrl(url)) {
        // Another order (or the same one again): a fresh whole-page read for the new URL.
        stopReading();
        void startReading(url);
        return;
      }
      generation++;
      stopReading();
      if (reported) send({ type: 'left-order-page' });
      reported = false;
    };

    follow(location.href);
    // Client-side navigation in TikTok's single-page apps (WXT watches the Navigation API, or polls where it is missing).
    ctx.addEventListener(window, 'wxt:locationchange', (event) => follow(event.newUrl.href));
    // A page restored from the back/forward cache is a new navigation for the background, which has forgotten this
    // tab's detection, but not for this script: report again. https://web.dev/articles/bfcache
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) follow(location.href);
    });
    ctx.onInvalidated(stopReading);
  },
});
