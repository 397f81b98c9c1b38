import { describe, expect, it } from 'vitest';
import { carrierById } from '../../../lib/carriers/index';
import { ENGINE_CARRIER_IDS } from '../../../lib/tracking';

describe('tracking engine and directory agree', () => {
  it('has a directory record for every carrier id the engine can emit', () => {
    expect(ENGINE_CARRIER_IDS.length).toBeGreaterThan(0);
    const missing = ENGINE_CARRIER_IDS.filter((id) => !carrierById(id));
    expect(missing).toEqual([]);
  });
});
