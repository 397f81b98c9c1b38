import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { type ItemSpec, NewerVersionError, defineStoredItem } from '../../lib/storage';
import { LOCAL_ITEMS, defineStorageItems } from '../../lib/stored-items';

// WXT's real storage utility over WXT's fake browser: what runs in the extension, minus the browser.
beforeEach(() => fakeBrowser.reset());

const local = fakeBrowser.storage.local;

/** A small item with two versions: v1 stored `{ name }`, v2 stores `{ names: [...] }`. */
function namesSpec(key: `local:${string}`, migrate?: (previous: unknown) => unknown): ItemSpec<{ names: string[] }> {
  return {
    key,
    version: 2,
    read: (raw) => {
      const names = (raw as { names?: unknown } | null)?.names;
      return { names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [] };
    },
    migrations: {
      2:
        migrate ??
        ((previous) => {
          const name = (previous as { name?: unknown }).name;
          return { names: typeof name === 'string' ? [name] : [] };
        }),
    },
  };
}

describe('a stored item', () => {
  it('reads the empty value when nothing is stored, and writes its version with the first value', async () => {
    const item = defineStoredItem(storage, namesSpec('local:names'));
    expect(await item.load()).toEqual({ value: { names: [] }, newer: false });
    await item.set({ names: ['a'] });
    expect(await local.get(['names', 'names$'])).toEqual({ names: { names: ['a'] }, names$: { v: 2 } });
  });

  it('migrates a value of an older version once, on definition', async () => {
    // No version record: WXT reads that as version 1.
    await local.set({ names: { name: 'Ann' } });
    const item = defineStoredItem(storage, namesSpec('local:names'));
    expect(await item.get()).toEqual({ names: ['Ann'] });
    expect(await local.get(['names', 'names$'])).toEqual({ names: { names: ['Ann'] }, names$: { v: 2 } });
  });

  it('keeps the value when a migration throws, and reads what it can of it', async () => {
    await local.set({ names: { names: ['kept'], name: 'x' } });
    const item = defineStoredItem(
      storage,
      namesSpec('local:names', () => {
        throw new Error('bad data');
      }),
    );
    expect(await item.get()).toEqual({ names: ['kept'] });
  });

  it('keeps a value written by a newer version: read best-effort, never overwritten', async () => {
    const newer = { names: ['from v3'], shape: 'v3' };
    await local.set({ names: newer, names$: { v: 3 } });
    // WXT refuses the downgrade and logs it (its migrate() throws "Version downgrade detected").
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const item = defineStoredItem(storage, namesSpec('local:names'));

    expect(await item.load()).toEqual({ value: { names: ['from v3'] }, newer: true });
    expect(String(logged.mock.calls[0]?.[1])).toContain('Version downgrade detected');
    await expect(item.set({ names: ['mine'] })).rejects.toBeInstanceOf(NewerVersionError);
    await expect(item.update(() => ({ names: ['mine'] }))).rejects.toBeInstanceOf(NewerVersionError);
    await expect(item.remove()).rejects.toBeInstanceOf(NewerVersionError);
    expect(await local.get(['names', 'names$'])).toEqual({ names: newer, names$: { v: 3 } });
  });

  it('updates from a fresh read, and writes nothing when the change returns the same value', async () => {
    const item = defineStoredItem(storage, namesSpec('local:names'));
    await item.set({ names: ['a'] });
    // Another window writes meanwhile: the update builds on that.
    await local.set({ names: { names: ['a', 'b'] } });
    expect(await item.update((current) => ({ names: [...current.names, 'c'] }))).toEqual({ names: ['a', 'b', 'c'] });
    const set = vi.spyOn(local, 'set');
    expect(await item.update((current) => current)).toEqual({ names: ['a', 'b', 'c'] });
    expect(set).not.toHaveBeenCalled();
  });

  it('writes at once, without reading first, when the page may close right after', async () => {
    const item = defineStoredItem(storage, namesSpec('local:names'));
    await item.set({ names: ['a'] });
    const get = vi.spyOn(local, 'get');
    const set = vi.spyOn(local, 'set');
    // The write is requested in the same task as the call: nothing waits for storage to answer first.
    const written = item.setAtOnce({ names: ['b'] });
    await Promise.resolve();
    await Promise.resolve();
    expect(set).toHaveBeenCalledWith({ names: { names: ['b'] } });
    expect(get).not.toHaveBeenCalled();
    await written;
    expect(await item.get()).toEqual({ names: ['b'] });
  });

  it('tells watchers the new value, read tolerantly, whoever wrote it', async () => {
    const item = defineStoredItem(storage, namesSpec('local:names'));
    const seen: unknown[] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await local.set({ names: { names: ['x', 7] } });
    await local.remove('names');
    unwatch();
    await local.set({ names: { names: ['after'] } });
    expect(seen).toEqual([{ names: ['x'] }, { names: [] }]);
  });
});

describe("the extension's items", () => {
  it('have distinct keys in local storage, each with a version from 1 up and a migration to every later one', () => {
    const specs = Object.values(LOCAL_ITEMS);
    expect(new Set(specs.map((spec) => spec.key)).size).toBe(specs.length);
    for (const spec of specs) {
      expect(spec.key.startsWith('local:')).toBe(true);
      expect(Object.keys(spec.migrations ?? {}).map(Number)).toEqual(
        Array.from({ length: spec.version - 1 }, (_, i) => i + 2),
      );
    }
  });

  it('keep each tab’s detection in session storage under tab:<id>', async () => {
    const items = defineStorageItems(storage);
    const state = {
      detection: { url: 'https://seller-us.tiktok.com/order', page: 'order-list' as const, packages: [], dates: {} },
      at: 1,
    };
    await items.tabState(4).set(state);
    expect(await fakeBrowser.storage.session.get('tab:4')).toEqual({ 'tab:4': state });
    expect(await items.tabState(5).get()).toBeUndefined();
  });

  it('move stored settings and case log of version 1 to version 2 without losing a choice or an entry', async () => {
    const entry = { id: 'c1', at: '2026-11-20T14:05:00.000Z', channel: 'carrier-phone', party: 'carrier' };
    await local.set({
      settings: { region: 'MX', role: 'seller', preferredCarriers: ['fedex', 'dhl-express'] },
      caseLog: { version: 1, orders: { '576461413138764': [entry] } },
    });
    const items = defineStorageItems(storage);
    expect(await items.settings.get()).toMatchObject({
      region: 'MX',
      role: 'seller',
      preferredCarriers: ['fedex', 'dhl-express'],
      detection: true,
    });
    expect(await items.caseLog.get()).toEqual({ orders: { '576461413138764': [entry] } });
    expect(await local.get(['settings$', 'caseLog$', 'caseLog'])).toEqual({
      settings$: { v: 2 },
      caseLog$: { v: 2 },
      caseLog: { orders: { '576461413138764': [entry] } },
    });
  });
});
