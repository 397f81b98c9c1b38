import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { followLanguage } from '../../../entrypoints/background/language';
import { defineStorageItems } from '../../../lib/stored-items';
import type { Locale } from '../../../lib/i18n/locales';
import { createTranslator } from '../../../lib/i18n/translator';
import { pseudoCatalog } from '../../fixtures/pseudo-catalog';
import {
  FIND_CARRIER_LINK_MENU_ID,
  FIND_CARRIER_MENU_ID,
  createMenus,
  menuLookupText,
  retitleOnShown,
  shownTitles,
} from '../../../entrypoints/background/menus';

/*
 * Every language but English loads as a made-up catalog marked with its locale (each message is its key between
 * ⟦de: and ⟧), so a test can tell which language a title is in.
 */
vi.mock(import('../../../lib/i18n/catalog'), async (original) => {
  const actual = await original();
  return {
    ...actual,
    loadText: async (locale: Locale) =>
      locale === 'en' ? actual.ENGLISH : createTranslator(locale, pseudoCatalog(`⟦${locale}:`, '⟧'), actual.EN),
  };
});

/** WXT's fake browser has no contextMenus: a stub that keeps the items and refuses a duplicate id, as browsers do. */
function stubMenus() {
  const items = new Map<string, { id: string; title: string; contexts: string[] }>();
  const contextMenus = {
    removeAll: vi.fn<() => Promise<void>>(async () => items.clear()),
    create: vi.fn<(item: { id: string; title: string; contexts: string[] }) => void>((item) => {
      if (items.has(item.id)) throw new Error(`Duplicate id ${item.id}`);
      items.set(item.id, item);
    }),
    update: vi.fn<(id: string, changes: { title: string }) => Promise<void>>(async (id, changes) => {
      const item = items.get(id);
      if (!item) throw new Error(`No item ${id}`);
      items.set(id, { ...item, ...changes });
    }),
  };
  Object.assign(fakeBrowser, { contextMenus });
  return { items, contextMenus };
}

describe('context menu items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers "Find carrier" on selections (quoting them) and on links, idempotently on every install and start', async () => {
    const { items } = stubMenus();
    await createMenus();
    await createMenus();
    expect([...items.values()]).toEqual([
      // Both browsers put the selection, shortened, in place of %s.
      { id: 'find-carrier', title: 'Find carrier for “%s”', contexts: ['selection'] },
      { id: 'find-carrier-link', title: 'Find carrier in this link', contexts: ['link'] },
    ]);
  });
});

const titles = (items: ReturnType<typeof stubMenus>['items']) => [...items.values()].map((item) => item.title);

describe('the menus in the user’s language', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are titled in the language chosen in the options, over the browser’s, and again when it changes', async () => {
    const { items } = stubMenus();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const stored = defineStorageItems(storage);
    await stored.settings.set({ ...(await stored.settings.get()), language: 'de' });

    await followLanguage(stored, () => createMenus());
    expect(titles(items)).toEqual(['⟦de:menuFindCarrierFor⟧‹text:%s›', '⟦de:menuFindCarrierInLink⟧']);

    await stored.settings.update((settings) => ({ ...settings, language: 'ja' }));
    await vi.waitFor(() =>
      expect(titles(items)).toEqual(['⟦ja:menuFindCarrierFor⟧‹text:%s›', '⟦ja:menuFindCarrierInLink⟧']),
    );

    // Back to "Automatic": the browser's language, English here.
    await stored.settings.update(({ language: _chosen, ...settings }) => settings);
    await vi.waitFor(() => expect(titles(items)).toEqual(['Find carrier for “%s”', 'Find carrier in this link']));
  });

  it('follow the browser’s language when none is chosen', async () => {
    const { items } = stubMenus();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('th-TH');
    await followLanguage(defineStorageItems(storage), () => createMenus());
    expect(titles(items)).toEqual(['⟦th:menuFindCarrierFor⟧‹text:%s›', '⟦th:menuFindCarrierInLink⟧']);
  });
});

/** A click on the link item, for a link to `linkUrl`. */
const click = (linkUrl: string) => menuLookupText({ menuItemId: FIND_CARRIER_LINK_MENU_ID, linkUrl });

describe('what a menu click looks up', () => {
  it('is the selected text, as selected', () => {
    const selection = 'Hi! Tracking: 1Z H784E2 0361 3186 02. Thanks';
    expect(menuLookupText({ menuItemId: FIND_CARRIER_MENU_ID, selectionText: selection })).toBe(selection);
    expect(menuLookupText({ menuItemId: FIND_CARRIER_MENU_ID, selectionText: '   ' })).toBeUndefined();
    expect(menuLookupText({ menuItemId: 'another-extension-item', selectionText: selection })).toBeUndefined();
  });

  it("on a carrier's tracking link, is the number in its query, after the carrier's name", () => {
    expect(click('https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784&requester=ST/')).toBe(
      'UPS: 1Z999AA10123456784',
    );
    expect(
      click('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111201080805483016%2C9400135260181590830166'),
    ).toBe('USPS: 9400111201080805483016\n9400135260181590830166');
  });

  it('on a link, is the number in a path segment or the fragment', () => {
    // A tracker that is no carrier's site: the number alone, identified from its format.
    expect(click('https://parcelsapp.com/en/tracking/EE123456785CN')).toBe('EE123456785CN');
    expect(click('https://t.17track.net/en#nums=LP00123456789012')).toBe('LP00123456789012');
    // A J&T Malaysia link: its number has no format the engine knows, so the site names the carrier.
    expect(click('https://www.jtexpress.my/tracking/630002864925')).toBe('J&T Express: 630002864925');
  });

  it("on a link without a number, is the link's text (Firefox gives it), else the URL", () => {
    const linkUrl = 'https://mail.example.com/redirect?id=ab12cd&sig=ZXhhbXBsZQ';
    expect(menuLookupText({ menuItemId: FIND_CARRIER_LINK_MENU_ID, linkUrl, linkText: 'Track JX7053814071 now' })).toBe(
      'Track JX7053814071 now',
    );
    // Chrome: no link text, but a selection inside the link counts.
    expect(menuLookupText({ menuItemId: FIND_CARRIER_LINK_MENU_ID, linkUrl, selectionText: 'JX7053814071' })).toBe(
      'JX7053814071',
    );
    expect(menuLookupText({ menuItemId: FIND_CARRIER_LINK_MENU_ID, linkUrl })).toBe(linkUrl);
    expect(menuLookupText({ menuItemId: FIND_CARRIER_LINK_MENU_ID, linkUrl: 'javascript:alert(1)' })).toBe(
      'javascript:alert(1)',
    );
    expect(menuLookupText({ menuItemId: FIND_CARRIER_LINK_MENU_ID })).toBeUndefined();
  });
});

describe('titles of a menu being shown (Firefox)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('quote the selection and the number in the link, shortened, with & kept literal', () => {
    expect(
      shownTitles({
        selectionText: '1Z999AA10123456784',
        linkUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      }),
    ).toEqual({
      'find-carrier': 'Find carrier for “1Z999AA1012…”',
      'find-carrier-link': 'Find carrier for “1Z999AA1012…”',
    });
    expect(shownTitles({ selectionText: 'J&T 630127384950' })).toEqual({
      'find-carrier': 'Find carrier for “J&&T 6301273…”',
    });
    expect(shownTitles({ linkUrl: 'https://example.com/help' })).toEqual({});
  });

  it('are applied and the menu refreshed when Firefox shows it; Chrome has no onShown and keeps %s', async () => {
    const { items } = stubMenus();
    await createMenus();
    let shown: ((info: object) => void) | undefined;
    const refresh = vi.fn<() => Promise<void>>(async () => {});
    Object.assign(fakeBrowser.contextMenus, {
      onShown: { addListener: (listener: typeof shown) => (shown = listener) },
      refresh,
    });
    retitleOnShown();
    shown!({ selectionText: 'EE123456785CN' });
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(items.get('find-carrier')?.title).toBe('Find carrier for “EE123456785…”');
    // The next menu, shown where the page's text is not available: back to the browser's own quoting.
    shown!({});
    await vi.waitFor(() => expect(items.get('find-carrier')?.title).toBe('Find carrier for “%s”'));
  });
});
