import { browser } from 'wxt/browser';
import { carrierName } from '../../components/carrier-names';
import { bounded } from '../../components/format';
import { t } from '../../components/strings';
import { lookup } from '../../lib/lookup';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';
import { findCarrier } from './find-carrier';

/** Suggestions besides the default line: the other numbers found in what was typed. */
const MAX_SUGGESTIONS = 4;

/**
 * Chrome reads suggestion descriptions as XML and shows nothing for malformed ones, so the five predefined entities
 * must be escaped (https://developer.chrome.com/docs/extensions/reference/api/omnibox#type-SuggestResult); Firefox
 * shows descriptions as plain text (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/omnibox/SuggestResult).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface OmniboxSuggestions {
  /** The first line: what Enter opens (the lookup of everything typed). */
  description: string;
  /** One line per further number, each opening the lookup of that number alone. */
  suggestions: { content: string; description: string }[];
}

/** What the address bar shows while the user types after the keyword. `markup`: Chrome's XML descriptions. */
export function omniboxSuggestions(text: string, markup: boolean): OmniboxSuggestions {
  const escape = markup ? escapeXml : (plain: string) => plain;
  const typed = text.slice(0, MAX_LOOKUP_TEXT);
  const line = (number: string, carrier: string | undefined) =>
    escape(t('omniboxResult', { carrier: carrierName(carrier) ?? t('carrierUnknown'), number }));
  const packages = typed.trim() ? lookup(typed) : [];
  const [first, ...others] = packages;
  if (!first)
    return {
      description: escape(typed.trim() ? t('omniboxNothing', { text: bounded(typed, 40) }) : t('omniboxPrompt')),
      suggestions: [],
    };
  return {
    description: line(first.trackingNumber, first.carrier),
    // A number the text named keeps its name, so the lookup names it again.
    suggestions: others.slice(0, MAX_SUGGESTIONS).map((pkg) => ({
      content:
        pkg.carrierSource === 'text'
          ? `${carrierName(pkg.carrier) ?? ''} ${pkg.trackingNumber}`.trim()
          : pkg.trackingNumber,
      description: line(pkg.trackingNumber, pkg.carrier),
    })),
  };
}

/** The line the address bar shows before anything is typed, in the user's language (again when it changes). */
export function showOmniboxPrompt(markup = !import.meta.env.FIREFOX): void {
  void browser.omnibox.setDefaultSuggestion({ description: omniboxSuggestions('', markup).description });
}

/**
 * The address-bar keyword: "carrier 1Z999AA10123456784" opens the same lookup as the right-click menu. No permission
 * is needed for a keyword (https://developer.chrome.com/docs/extensions/reference/api/omnibox#manifest). Listeners
 * are registered synchronously, as every background listener must be.
 */
export function registerOmnibox(markup = !import.meta.env.FIREFOX): void {
  showOmniboxPrompt(markup);
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    const { description, suggestions } = omniboxSuggestions(text, markup);
    void browser.omnibox.setDefaultSuggestion({ description });
    suggest(suggestions);
  });
  browser.omnibox.onInputEntered.addListener((text) => {
    if (text.trim()) void findCarrier(text);
  });
}
