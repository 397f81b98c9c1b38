import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchDom } from '../../lib/dom-watch';
import { detectOrder, isOrderPageUrl } from '../../lib/page';
import { ORDER_PAGE_MATCHES } from '../../lib/page/urls';
import type { Message } from '../../lib/messages';

function send(message: Message): void {
  // The background may be restarting; the next change reports again.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastReport = '';

    const report = () => {
      const url = location.href;
      // The manifest's match patterns are broad (`/order*`); this cheap check runs before any DOM work.
      if (!isOrderPageUrl(url)) {
        if (lastReport) send({ type: 'left-order-page' });
        lastReport = '';
        return;
      }
      const detection = detectOrder(document, url);
      const key = JSON.stringify(detection);
      if (key === lastReport) return;
      lastReport = key;
      send({ type: 'detection', detection });
    };

    report();
    const watch = watchDom({
      root: document.documentElement,
      MutationObserver,
      requestFrame: (callback) => ctx.requestAnimationFrame(callback),
      onSettle: report,
      isActive: () => ctx.isValid,
    });
    // Client-side navigation in TikTok's single-page apps: the URL changes, maybe before the DOM does.
    ctx.addEventListener(window, 'wxt:locationchange', report);
    ctx.onInvalidated(() => watch.stop());
  },
});
