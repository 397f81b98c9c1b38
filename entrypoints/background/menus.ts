import { browser } from 'wxt/browser';
import { bounded } from '../../components/format';
import { t } from '../../components/strings';
import { linkLookupText, lookup } from '../../lib/lookup';

/** "Find carrier for “…”" on selected text. */
export const FIND_CARRIER_MENU_ID = 'find-carrier';
/** "Find carrier in this link" on links (tracking links in emails and chats carry the number in their URL). */
export const FIND_CARRIER_LINK_MENU_ID = 'find-carrier-link';

/** What the menu handlers read of a click or a shown menu (Chrome's OnClickData, plus Firefox's `linkText`). */
export interface MenuInfo {
  menuItemId?: string | number;
  selectionText?: string;
  linkUrl?: string;
  /** Firefox only: https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/OnClickData */
  linkText?: string;
}

/** Characters of the selection a title quotes before "…". */
const TITLE_QUOTE = 12;

/**
 * The selection item's title. `%s` is the selection, which both browsers put in themselves, shortened: Chrome to 50
 * characters at a word break (`kMaxSelectionTextLength`, chrome/browser/renderer_context_menu/render_view_context_menu.cc;
 * https://developer.chrome.com/docs/extensions/reference/api/contextMenus#property-CreateProperties-title), Firefox
 * to fit a 64-character label (`gMaxLabelLength`, browser/components/extensions/parent/ext-menus.js;
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/create#title). Firefox can shorten it
 * further, see `shownTitles`.
 */
export function selectionTitle(): string {
  return t('menuFindCarrierFor', { text: '%s' });
}

/** Menu work in progress: each call waits for the one before, so removes, creates and updates never interleave. */
let menuWork: Promise<void> = Promise.resolve();

function queueMenuWork(work: () => Promise<void>): Promise<void> {
  menuWork = menuWork.then(work, work);
  return menuWork;
}

async function buildMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: FIND_CARRIER_MENU_ID, title: selectionTitle(), contexts: ['selection'] });
  browser.contextMenus.create({ id: FIND_CARRIER_LINK_MENU_ID, title: t('menuFindCarrierInLink'), contexts: ['link'] });
}

async function retitle(): Promise<void> {
  await Promise.all([
    browser.contextMenus.update(FIND_CARRIER_MENU_ID, { title: selectionTitle() }),
    browser.contextMenus.update(FIND_CARRIER_LINK_MENU_ID, { title: t('menuFindCarrierInLink') }),
  ]).catch(() => undefined);
}

/**
 * Creates the context-menu items, titled in the user's language (see the background's start-up for when; again when
 * the language changes). Removing first makes it idempotent: creating an existing id is an error. Calls are queued,
 * so an install and a language change at the same moment cannot interleave their removes and creates.
 * https://developer.chrome.com/docs/extensions/reference/api/contextMenus
 */
export function createMenus(): Promise<void> {
  return queueMenuWork(buildMenus);
}

/**
 * Says the items' titles again in the current language, where they already exist: Chrome keeps menu items across
 * restarts, titled in the language of the day they were created, and the browser's language may have changed since.
 * Items not created yet (an install under way creates them next) are left to `createMenus`.
 */
export function retitleMenus(): Promise<void> {
  return queueMenuWork(retitle);
}

/**
 * The text a menu click looks up: the selection; for a link, the number in its URL, else its text (Firefox gives the
 * link's text, Chrome only a selection inside it). Undefined when the click carries nothing to look up.
 */
export function menuLookupText(info: MenuInfo): string | undefined {
  if (info.menuItemId === FIND_CARRIER_LINK_MENU_ID)
    return linkLookupText(info.linkUrl, info.linkText ?? info.selectionText);
  if (info.menuItemId === FIND_CARRIER_MENU_ID) return info.selectionText?.trim() ? info.selectionText : undefined;
  return undefined;
}

/** A label's text in a Firefox menu title: `&` marks an access key there, `&&` is a literal ampersand. */
function menuLabelText(text: string): string {
  return bounded(text, TITLE_QUOTE).replaceAll('&', '&&');
}

/**
 * Firefox only: titles that quote what the lookup will read, shortened ("Find carrier for “1Z999AA1012…”"), for the
 * items of a menu being shown. Firefox fires `menus.onShown` (Chrome has no such event) and then lets the items be
 * updated and the menu refreshed (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/onShown,
 * .../menus/refresh). It passes the selection and link only on pages the extension has host permission for; elsewhere
 * the titles keep `%s` and the static link title.
 */
export function shownTitles(info: MenuInfo): Record<string, string> {
  const titles: Record<string, string> = {};
  if (info.selectionText?.trim()) {
    titles[FIND_CARRIER_MENU_ID] = t('menuFindCarrierFor', { text: menuLabelText(info.selectionText) });
  }
  const linked = info.linkUrl ? linkLookupText(info.linkUrl, info.linkText) : undefined;
  const [first] = linked ? lookup(linked) : [];
  if (first) titles[FIND_CARRIER_LINK_MENU_ID] = t('menuFindCarrierFor', { text: menuLabelText(first.trackingNumber) });
  return titles;
}

/** Firefox's additions to the menus API, which the (Chrome) types here do not declare. */
interface FirefoxMenus {
  onShown?: { addListener(listener: (info: MenuInfo) => void): void };
  refresh?: () => Promise<void>;
}

/** Firefox: retitles the items when a menu is shown (see `shownTitles`); nothing in Chrome. */
export function retitleOnShown(): void {
  const menus = browser.contextMenus as typeof browser.contextMenus & FirefoxMenus;
  const { onShown, refresh } = menus;
  if (!onShown || !refresh) return;
  onShown.addListener((info) => {
    const titles = {
      [FIND_CARRIER_MENU_ID]: selectionTitle(),
      [FIND_CARRIER_LINK_MENU_ID]: t('menuFindCarrierInLink'),
    };
    Object.assign(titles, shownTitles(info));
    void Promise.all(Object.entries(titles).map(([id, title]) => menus.update(id, { title })))
      .then(() => refresh.call(menus))
      .catch(() => undefined); // the menu may have closed meanwhile
  });
}
