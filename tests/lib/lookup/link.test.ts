import { describe, expect, it } from 'vitest';
import { linkLookupText } from '../../../lib/lookup';

describe('linkLookupText', () => {
  it("reads the number a carrier's tracking link carries, named after the carrier whose site it is", () => {
    expect(linkLookupText('https://www.fedex.com/fedextrack/?trknbr=287809468872&trkqual=x')).toBe(
      'FedEx: 287809468872',
    );
    expect(linkLookupText('https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB')).toBe(
      'Royal Mail: RB123456785GB',
    );
  });

  it('ignores what is not a number: tracking parameters, ids, signatures', () => {
    const link =
      'https://click.example.com/t?utm_source=email&fbclid=IwAR2xYz0123456789AbCdEf&sig=ZXhhbXBsZTEyMzQ1Njc4OTA';
    expect(linkLookupText(link, 'View order')).toBe('View order');
  });

  it('falls back to the link text, then the URL, and never throws on a malformed URL', () => {
    expect(linkLookupText('not a url', 'Tracking 1Z999AA10123456784')).toBe('Tracking 1Z999AA10123456784');
    expect(linkLookupText('https://example.com/%E0%A4%A', '')).toBe('https://example.com/%E0%A4%A');
    expect(linkLookupText('mailto:help@example.com?subject=1Z999AA10123456784')).toBe(
      'mailto:help@example.com?subject=1Z999AA10123456784',
    );
    expect(linkLookupText(undefined)).toBeUndefined();
  });
});
