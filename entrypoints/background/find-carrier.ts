import { browser } from 'wxt/browser';
import { condensedLookupText } from '../../lib/lookup';
import { MAX_LOOKUP_TEXT, MAX_SELECTION_TEXT } from '../../lib/messages';

/** Popup-sized window, within the popup's designed width (360-420 px). */
const LOOKUP_WINDOW = { width: 400, height: 640 };

/**
 * The popup page that shows the lookup of `text`. A selection too long for the URL is condensed to the numbers the
 * lookup reads in it (with the carrier names before them), so a number at the end of a long email is not cut off.
 */
export function lookupUrl(text: string): string {
  const query = condensedLookupText(text.slice(0, MAX_SELECTION_TEXT), MAX_LOOKUP_TEXT);
  return browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}`);
}

/**
 * "Find carrier": what the context-menu click, the `find-carrier` message and the address-bar keyword all do. A
 * window is used rather than `action.openPopup()`, which cannot carry the selected text and needs a user gesture in
 * some Chrome versions (https://developer.chrome.com/docs/extensions/reference/api/action#method-openPopup).
 */
export async function findCarrier(text: string): Promise<{ url: string }> {
  const url = lookupUrl(text);
  await browser.windows.create({ url, type: 'popup', ...LOOKUP_WINDOW });
  return { url };
}
