import { browser } from 'wxt/browser';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';

/** Popup-sized window, within the popup's designed width (360-420 px). */
const LOOKUP_WINDOW = { width: 400, height: 640 };

/** The popup page that shows the lookup of `text`. */
export function lookupUrl(text: string): string {
  return browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(text.slice(0, MAX_LOOKUP_TEXT))}`);
}

/**
 * "Find carrier": what the context-menu click and the `find-carrier` message both do. A window is used rather than
 * `action.openPopup()`, which cannot carry the selected text and needs a user gesture in some Chrome versions
 * (https://developer.chrome.com/docs/extensions/reference/api/action#method-openPopup).
 */
export async function findCarrier(text: string): Promise<{ url: string }> {
  const url = lookupUrl(text);
  await browser.windows.create({ url, type: 'popup', ...LOOKUP_WINDOW });
  return { url };
}
