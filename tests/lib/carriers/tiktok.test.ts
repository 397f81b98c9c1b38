import { describe, expect, it } from 'vitest';
import { channelContactSchema } from '../../../lib/carriers/schema';
import { OMITTED_TIKTOK_CHANNELS, UNKNOWN_REGION_NOTE, tiktokChannels } from '../../../lib/carriers/tiktok';
import { ENGLISH } from '../../../lib/i18n/catalog';
import type { ChannelContact, TikTokChannels } from '../../../lib/carriers/types';
import { MARKET_CODES, type Market } from '../../../lib/regions';

/** Seller Center host of each market (tiktok.md §1.2). */
const SELLER_HOST: Record<Market, string> = {
  US: 'seller-us.tiktok.com',
  GB: 'seller-uk.tiktok.com',
  IE: 'seller-eu.tiktok.com',
  ES: 'seller-es.tiktok.com',
  DE: 'seller-eu.tiktok.com',
  FR: 'seller-eu.tiktok.com',
  IT: 'seller-eu.tiktok.com',
  MX: 'seller-mx.tiktok.com',
  BR: 'seller-br.tiktok.com',
  JP: 'seller-jp.tiktok.com',
  ID: 'seller-id.tokopedia.com',
  MY: 'seller-my.tiktok.com',
  TH: 'seller-th.tiktok.com',
  VN: 'seller-vn.tiktok.com',
  PH: 'seller-ph.tiktok.com',
  SG: 'seller-sg.tiktok.com',
};

const TIKTOK_HOST = /(^|\.)(tiktok\.com|tokopedia\.com|tiktokshop\.com|tiktokglobalshop\.com|ibytedtos\.com)$/;

function links(channels: TikTokChannels): ChannelContact[] {
  return [channels.help, channels.ticket, channels.policy, ...channels.more].filter(
    (c): c is ChannelContact => c !== undefined,
  );
}

const everyAnswer = (): TikTokChannels[] =>
  [...MARKET_CODES, 'CN', 'UK', 'ZZ', undefined].flatMap((region) => [
    tiktokChannels(region, 'buyer'),
    tiktokChannels(region, 'seller'),
  ]);

describe('tiktokChannels', () => {
  it.each(MARKET_CODES)('gives %s sellers a ticket and a help link on their own Seller Center host', (market) => {
    const channels = tiktokChannels(market, 'seller');
    expect(channels.region).toBe(market);
    expect(new URL(channels.ticket!.url).hostname).toBe(SELLER_HOST[market]);
    expect(new URL(channels.help!.url).hostname).toBe(SELLER_HOST[market]);
    expect(channels.ticket!.url).toContain(`shop_region=${market}`);
    expect(channels.inAppPath?.[0]).toBe('Seller Center');
  });

  it('uses GB, never UK, for the United Kingdom and accepts "uk" as input', () => {
    const channels = tiktokChannels('uk', 'seller');
    expect(channels.region).toBe('GB');
    expect(channels.ticket?.url).toBe('https://seller-uk.tiktok.com/ticket?shop_region=GB');
  });

  it('sends Indonesian sellers to TikTok Shop by Tokopedia', () => {
    const channels = tiktokChannels('ID', 'seller');
    expect(channels.help?.url).toMatch(/^https:\/\/seller-id\.tokopedia\.com\//);
    expect(channels.inAppPath).toEqual(['Seller Center', 'Help Center', 'Ticket Log']);
  });

  it('sends cross-border sellers from China to the global selling Seller Center', () => {
    const channels = tiktokChannels('CN', 'seller');
    expect(channels.ticket?.url).toBe('https://seller.tiktokglobalshop.com/ticket/create');
  });

  it.each(MARKET_CODES)('gives %s buyers the in-app path to TikTok support with an official source', (market) => {
    const channels = tiktokChannels(market, 'buyer');
    expect(channels.inAppPath?.at(-1)).toMatch(/^Contact (us|TikTok)$/);
    expect(channels.inAppSource?.verified).toBe(true);
    expect(new URL(channels.inAppSource!.source).hostname).toMatch(TIKTOK_HOST);
    expect(channels.ticket).toBeUndefined();
  });

  it('shows US buyers the documented path and the money-back guarantee', () => {
    const channels = tiktokChannels('US', 'buyer');
    expect(channels.inAppPath).toEqual([
      'Profile',
      'Your orders',
      'Help',
      'Get Help',
      'Choose your question',
      'Contact us',
    ]);
    expect(channels.policy?.url).toBe('https://shop.tiktok.com/us/money-back-guarantee');
  });

  it('links UK and EU buyers to their returns policy', () => {
    expect(tiktokChannels('GB', 'buyer').policy?.url).toMatch(/TTS_Returns_policy_UK\.html$/);
    const eu = ['IE', 'ES', 'DE', 'FR', 'IT'].map((market) => tiktokChannels(market, 'buyer').policy?.url);
    for (const url of eu) expect(url).toMatch(/TTS_Returns_policy_EU_es\.html$/);
  });

  it.each(['ZZ', '', undefined, 'United States'])(
    'falls back to the general in-app route with a note for %j',
    (region) => {
      for (const role of ['buyer', 'seller'] as const) {
        const channels = tiktokChannels(region, role);
        expect(channels.region).toBeUndefined();
        expect(channels.inAppPath?.length).toBeGreaterThan(1);
        expect(channels.inAppSource?.note).toBe(ENGLISH.t(UNKNOWN_REGION_NOTE[role]));
        expect(channels.ticket).toBeUndefined();
      }
      // Worded for the role: a buyer is not sent to a Seller Center.
      expect(tiktokChannels(region, 'buyer').inAppSource?.note).not.toMatch(/Seller Center/);
      expect(tiktokChannels(region, 'seller').inAppSource?.note).toMatch(/Seller Center and policy pages/);
    },
  );

  it('offers no email, social handle or phone number anywhere', () => {
    for (const channels of everyAnswer()) {
      for (const contact of links(channels)) {
        expect(contact.kind).not.toMatch(/^(email|social)$/);
        expect(contact.url).not.toMatch(/^mailto:|@|twitter\.com|x\.com\//);
      }
      const text = JSON.stringify(channels);
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
      expect(text).not.toMatch(/@TikTok/i);
      expect(text).not.toMatch(/tel:|\+\d{6,}/);
    }
  });

  it('gives every link https on a TikTok domain with its source, date and verified flag', () => {
    const answers = everyAnswer();
    const contacts = answers.flatMap(links);
    for (const contact of contacts) expect(() => channelContactSchema.parse(contact)).not.toThrow();
    const offDomain = contacts
      .map((c) => new URL(c.url))
      .filter((u) => u.protocol !== 'https:' || !TIKTOK_HOST.test(u.hostname));
    expect(offDomain).toEqual([]);
    expect(contacts.filter((c) => !c.verified && !c.note)).toEqual([]);
    const sources = answers.flatMap((a) => (a.inAppSource ? [a.inAppSource] : []));
    expect(sources.length).toBe(answers.length);
    for (const source of sources) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records why the seed’s support email and social handle are left out', () => {
    expect(OMITTED_TIKTOK_CHANNELS.map((c) => c.channel).join(' ')).toMatch(/email/i);
    expect(OMITTED_TIKTOK_CHANNELS.map((c) => c.channel).join(' ')).toMatch(/X\/Twitter/);
    for (const omitted of OMITTED_TIKTOK_CHANNELS) expect(omitted.reason.length).toBeGreaterThan(20);
  });

  it('returns copies, so a caller cannot change the directory', () => {
    const first = tiktokChannels('US', 'buyer');
    first.inAppPath?.push('tampered');
    first.more.push(first.more[0]!);
    const second = tiktokChannels('US', 'buyer');
    expect(second.inAppPath).not.toContain('tampered');
    expect(second.more.length).toBe(first.more.length - 1);
  });
});
