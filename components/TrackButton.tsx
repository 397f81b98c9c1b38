import { useState } from 'preact/hooks';
import type { TrackingAsk } from '../lib/carriers/types';
import { copyToClipboard } from './CopyButton';
import { safeHref } from './format';
import { t } from './strings';

export interface TrackButtonProps {
  /** The carrier's tracking page (directory template, number filled in when it takes one). */
  url: string;
  /** The tracking number, copied as the page opens. */
  number: string;
  carrierName: string;
  /** What the page may ask for besides the number. */
  asks?: readonly TrackingAsk[];
}

/** How long the page waits for the clipboard before opening the carrier's page anyway. */
const COPY_WAIT_MS = 400;

/**
 * "Track on <carrier>": opens the carrier's own tracking page in a new tab and copies the number on the way. No
 * carrier documents its deep links, so a link that stops filling the number in still leaves the user one paste away.
 *
 * The copy needs no permission because the click is a user gesture: MDN, "Interact with the clipboard" (WebExtensions):
 * navigator.clipboard.writeText() works "after the extension's user performs transient activation", and only writing
 * without one needs "clipboardWrite" (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Interact_with_the_clipboard);
 * Chrome grants clipboard-write to the page in the active tab (https://web.dev/articles/async-clipboard).
 * A plain click waits for the copy (briefly) before opening the tab, because opening it closes the toolbar popup and
 * could cut the copy short; the tab is then opened by window.open within the same activation (5 s in Chrome and
 * Firefox: https://developer.mozilla.org/en-US/docs/Web/Security/User_activation). Middle, Ctrl or Shift clicks
 * keep the browser's own handling and still copy.
 */
export function TrackButton({ url, number, carrierName, asks }: TrackButtonProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const href = safeHref(url);

  const onClick = (event: MouseEvent) => {
    if (!href) return;
    const copying = copyToClipboard(number).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
    const ownHandling = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    if (ownHandling) return;
    event.preventDefault();
    const waited = new Promise<void>((resolve) => setTimeout(resolve, COPY_WAIT_MS));
    void Promise.race([copying, waited]).then(() => {
      window.open(href, '_blank', 'noopener,noreferrer');
    });
  };

  return (
    <div class="track">
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          class="btn btn-primary btn-track"
          data-testid="tracking-link"
          onClick={onClick}
        >
          {t('trackOn', { carrier: carrierName })}
          <span class="sr-only"> {t('opensNewTab')}</span>
        </a>
      ) : (
        <span class="btn btn-primary btn-track">{t('trackOn', { carrier: carrierName })}</span>
      )}
      <p class="hint" data-testid="track-copy" aria-live="polite">
        {copy === 'copied' ? t('trackCopied') : copy === 'failed' ? t('trackCopyFailed') : t('trackCopiesHint')}
      </p>
      {asks?.map((ask) => (
        <p key={ask} class="warning" role="note" data-testid={`tracking-asks-${ask}`}>
          {t(`ask_${ask}`)}
        </p>
      ))}
    </div>
  );
}
