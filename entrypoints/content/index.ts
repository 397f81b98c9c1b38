import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenDetectionOn } from '../../lib/detection-switch';
import { type DomWatch, watchDom } from '../../lib/dom-watch';
import type { Message } from '../../lib/messages';
import { detectOrder, isOrderPageUrl } from '../../lib/page';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/page/urls';

function send(message: Message): void {
  // The background may be restarting; the next change reports again.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Detection turned off in the options: stay idle (no DOM reads, no observers) until it is turned back on.
    if (!(await whenDetectionOn(browser.storage.local, ctx.signal))) return;

    let lastReport = '';
    let watch: DomWatch | undefined;

    const report = () => {
      const url = location.href;
      if (!isOrderPageUrl(url)) return;
      const detection = detectOrder(document, url);
      const key = JSON.stringify(detection);
      if (key === lastReport) return;
      lastReport = key;
      send({ type: 'detection', detection });
    };

    /** Starts or stops the work for the page at `url`: the cheap URL check runs before any DOM work. */
    const follow = (url: string) => {
      if (isOrderPageUrl(url)) {
        watch ??= watchDom({
          root: document.documentElement,
          MutationObserver,
          requestFrame: (callback) => ctx.requestAnimationFrame(callback),
          onSettle: report,
          isActive: () => ctx.isValid,
        });
        // Next frame, not now: during a client-side navigation the URL changes before the app renders the new order.
        ctx.requestAnimationFrame(report);
        return;
      }
      watch?.stop();
      watch = undefined;
      if (lastReport) send({ type: 'left-order-page' });
      lastReport = '';
    };

    follow(location.href);
    // Client-side navigation in TikTok's single-page apps (WXT watches the Navigation API, or polls where it is missing).
    ctx.addEventListener(window, 'wxt:locationchange', (event) => follow(event.newUrl.href));
    // A page restored from the back/forward cache is a new navigation for the background, which has forgotten this
    // tab's detection, but not for this script: report again. https://web.dev/articles/bfcache
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (!event.persisted) return;
      lastReport = '';
      follow(location.href);
    });
    ctx.onInvalidated(() => watch?.stop());
  },
});
