import { describe, expect, it } from 'vitest';
import { identify } from '../../../lib/tracking';
import { preferCarriers } from '../../../lib/tracking/prefer';

const candidate = (carrier: string, checksum: boolean) => ({ carrier, checksum });

describe('preferCarriers', () => {
  it("lets the user's preferred carrier win among equally verified fits", () => {
    const ranked = [candidate('usps', true), candidate('fedex', true), candidate('ontrac', false)];
    expect(preferCarriers(ranked, ['fedex']).map((c) => c.carrier)).toEqual(['fedex', 'usps', 'ontrac']);
  });

  it('never lets a preference beat a verified check digit', () => {
    const ranked = [candidate('usps', true), candidate('amazon-logistics', false)];
    expect(preferCarriers(ranked, ['amazon-logistics']).map((c) => c.carrier)).toEqual(['usps', 'amazon-logistics']);
  });

  it('keeps the engine order (market first) when no preferred carrier is among the candidates', () => {
    // Evri first for a British order although Canada Post's check digit verifies: a preference for a carrier that is
    // not in the list must not undo that.
    const ranked = [candidate('evri', false), candidate('canada-post', true)];
    expect(preferCarriers(ranked, ['royal-mail']).map((c) => c.carrier)).toEqual(['evri', 'canada-post']);
    expect(preferCarriers(ranked, ['canada-post']).map((c) => c.carrier)).toEqual(['canada-post', 'evri']);
    // A preferred carrier without a check digit still stays behind one whose check digit verified.
    expect(preferCarriers([candidate('fedex', true), candidate('yamato', false)], ['yamato'])).toEqual([
      candidate('fedex', true),
      candidate('yamato', false),
    ]);
  });

  it('keeps the engine order without preferences, and follows the order of several preferences', () => {
    const ranked = [candidate('a', false), candidate('b', false), candidate('c', false)];
    expect(preferCarriers(ranked, []).map((c) => c.carrier)).toEqual(['a', 'b', 'c']);
    expect(preferCarriers(ranked, ['c', 'b']).map((c) => c.carrier)).toEqual(['c', 'b', 'a']);
  });

  it('puts FedEx first for a SmartPost number that also verifies as USPS, when FedEx is preferred', () => {
    const candidates = identify('9261292700768711948021', { region: 'US' });
    expect(candidates.map((c) => c.carrier)).toEqual(['usps', 'fedex']);
    expect(preferCarriers(candidates, ['fedex']).map((c) => c.carrier)).toEqual(['fedex', 'usps']);
  });
});
