import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findCarrier, lookupUrl } from '../../../entrypoints/background/find-carrier';

const queryOf = (url: string) => new URL(url).searchParams.get('q');
/** A line of a long shipping email: a carrier's name, then a number the engine does not know. */
const line = (k: number) => `J&T Express - Standard - Tracking number: ${630127380000 + k}`;

describe('find carrier', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the lookup view for the selected text in a popup-sized window', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    const { url } = await findCarrier('JX7053814071 & more');
    expect(url).toBe(lookupUrl('JX7053814071 & more'));
    expect(url).toMatch(/\/popup\.html\?q=JX7053814071%20%26%20more$/);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url, type: 'popup', width: 400 }));
  });

  it('condenses a huge selection to the numbers in it, so one near the end is not cut off', () => {
    const email = `${'Thanks for your order, we will keep you posted. '.repeat(400)}Carrier: J&T Express, tracking number: 630127384950. Also 1Z999AA10123456784.`;
    expect(email.length).toBeGreaterThan(19_000);
    expect(queryOf(lookupUrl(email))).toBe('J&T Express, tracking number: 630127384950\n1Z999AA10123456784');
  });

  it('keeps as many whole numbers as the URL can carry', () => {
    expect(line(0)).toHaveLength(54);
    const email = Array.from({ length: 50 }, (_, k) => line(k)).join('\n');
    const lines = queryOf(lookupUrl(email))!.split('\n');
    // 36 lines of 54 characters and their line breaks fit in 2,000; none is cut in the middle.
    expect(lines).toHaveLength(36);
    expect(lines[0]).toBe(line(0));
    expect(lines.at(-1)).toBe(line(35));
  });

  it('cuts a huge selection with no number before putting it in a URL', () => {
    const url = lookupUrl('1'.repeat(100_000));
    expect(url.length).toBeLessThan(2100);
    expect(queryOf(url)).toBe('1'.repeat(2000));
  });
});
