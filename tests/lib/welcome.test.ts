import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { defineStorageItems } from '../../lib/stored-items';
import { readWelcome } from '../../lib/welcome';

beforeEach(() => fakeBrowser.reset());

describe('the first-run welcome', () => {
  it('shows until dismissed; a corrupted value shows it again rather than fail', () => {
    expect(readWelcome(null)).toEqual({ dismissed: false });
    expect(readWelcome({ dismissed: 'yes' })).toEqual({ dismissed: false });
    expect(readWelcome([true])).toEqual({ dismissed: false });
    expect(readWelcome({ dismissed: true })).toEqual({ dismissed: true });
  });

  it('keeps its dismissal in local storage under welcome, apart from the settings', async () => {
    const items = defineStorageItems(storage);
    expect(await items.welcome.get()).toEqual({ dismissed: false });
    await items.welcome.set({ dismissed: true });
    await items.settings.set({ ...(await items.settings.get()), role: 'seller' });
    expect(await fakeBrowser.storage.local.get('welcome')).toEqual({ welcome: { dismissed: true } });
    expect(await items.welcome.get()).toEqual({ dismissed: true });
  });
});
