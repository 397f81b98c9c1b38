import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { whenDetectionOn } from '../../lib/detection-switch';

beforeEach(() => fakeBrowser.reset());

const area = () => fakeBrowser.storage.local;

describe('whenDetectionOn', () => {
  it('lets the content script start at once when detection is on, or when nothing is stored', async () => {
    expect(await whenDetectionOn(area())).toBe(true);
    await area().set({ settings: { detection: true, role: 'buyer' } });
    expect(await whenDetectionOn(area())).toBe(true);
  });

  it('waits while detection is off, and starts when the user turns it on', async () => {
    await area().set({ settings: { detection: false } });
    const waiting = whenDetectionOn(area());
    // Already settled promises win a race in argument order: 'waiting' would win if it had resolved.
    const settled = () => Promise.race([waiting, Promise.resolve('still waiting')]);
    await area().set({ settings: { detection: false, role: 'seller' } });
    await area().set({ other: 1 });
    expect(await settled()).toBe('still waiting');
    await area().set({ settings: { detection: true } });
    expect(await settled()).toBe(true);
  });

  it('gives up when the content script is invalidated, and stops listening', async () => {
    await area().set({ settings: { detection: false } });
    const controller = new AbortController();
    const removed = vi.spyOn(area().onChanged, 'removeListener');
    const waiting = whenDetectionOn(area(), controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
    expect(removed).toHaveBeenCalledOnce();
    const aborted = new AbortController();
    aborted.abort();
    expect(await whenDetectionOn(area(), aborted.signal)).toBe(false);
  });

  it('treats storage it cannot read as the default, on', async () => {
    vi.spyOn(area(), 'get').mockRejectedValue(new Error('storage unavailable'));
    expect(await whenDetectionOn(area())).toBe(true);
  });
});
