import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIND_CARRIER_MENU_ID, createMenus } from '../../../entrypoints/background/menus';

describe('context menu', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates "Find carrier" on selected text, idempotently on every install', async () => {
    // WXT's fake browser has no contextMenus: stub the two calls we make.
    const items = new Map<string, unknown>();
    const contextMenus = {
      removeAll: vi.fn<() => Promise<void>>(async () => items.clear()),
      create: vi.fn<(item: { id: string }) => void>((item) => {
        if (items.has(item.id)) throw new Error(`Duplicate id ${item.id}`);
        items.set(item.id, item);
      }),
    };
    Object.assign(fakeBrowser, { contextMenus });
    // The fake has no i18n either: answer from the shipped English catalogue.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string) => (messages as Record<string, { message: string }>)[key]?.message ?? '',
    );
    await createMenus();
    await createMenus();
    expect([...items.keys()]).toEqual([FIND_CARRIER_MENU_ID]);
    expect(contextMenus.create).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'find-carrier', title: 'Find carrier', contexts: ['selection'] }),
    );
  });
});
