import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findCarrier, lookupUrl } from '../../../entrypoints/background/find-carrier';

describe('find carrier', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the lookup view for the selected text in a popup-sized window', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    const { url } = await findCarrier('JX7053814071 & more');
    expect(url).toBe(lookupUrl('JX7053814071 & more'));
    expect(url).toMatch(/\/popup\.html\?q=JX7053814071%20%26%20more$/);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url, type: 'popup', width: 400 }));
  });

  it('cuts a huge selection before putting it in a URL', () => {
    expect(lookupUrl('1'.repeat(100_000)).length).toBeLessThan(2100);
  });
});
