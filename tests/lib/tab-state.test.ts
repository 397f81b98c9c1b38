import { describe, expect, it } from 'vitest';
import { parseTabState, tabStateItem, tabStateKey } from '../../lib/tab-state';

const detection = { url: 'https://seller-uk.tiktok.com/order', page: 'order-list', packages: [], dates: {} };

describe('tab state', () => {
  it('reads back what the background stores', () => {
    expect(tabStateKey(12)).toBe('tab:12');
    expect(tabStateItem(12)).toMatchObject({ key: 'session:tab:12', version: 1 });
    expect(parseTabState({ detection, at: 1_700_000_000_000 })).toEqual({ detection, at: 1_700_000_000_000 });
  });

  it('treats corrupted session data as "nothing detected"', () => {
    for (const raw of [
      undefined,
      null,
      'x',
      { detection },
      { detection: {}, at: 1 },
      { detection, at: 'now' },
      { detection, at: Infinity },
    ]) {
      expect(parseTabState(raw)).toBeUndefined();
    }
  });
});
