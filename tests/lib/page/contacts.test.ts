import { describe, expect, it } from 'vitest';
import { carrierQuote, isQuotableCarrierText, looksLikePhone } from '../../../lib/page/contacts';

describe('isQuotableCarrierText', () => {
  it.each([
    'USPS',
    'J&T Express - Reguler',
    'Royal Mail Tracked 48',
    'S.F. Express',
    'DHL eCommerce',
    '日本郵便（ゆうパック）',
    '云途物流 YunExpress',
    'Colissimo',
  ])('quotes the carrier name %s', (text) => {
    expect(isQuotableCarrierText(text)).toBe(true);
  });

  it.each([
    'Other - WhatsApp +44 7700 900123',
    'USPS call 1-800-555-0199',
    'USPS (800) 555.0199',
    'USPS 12345',
    'USPS １２３４５',
    'USPS 1\u200b2\u200b3\u200b4\u200b5',
    'USPS ๑๒๓๔๕',
    'help@scam.example',
    'help＠scam.example',
    'www.scam-track.example',
    'WWW.SCAM-TRACK.EXAMPLE',
    'https://scam.example/track',
    'Track: tel:5550199',
    'scam-track.example',
    'USPS track at scam.example',
    'USPS scam。example',
  ])('refuses %s', (text) => {
    expect(isQuotableCarrierText(text)).toBe(false);
  });
});

describe('carrierQuote', () => {
  it('removes control and bidi formatting characters and joins lines', () => {
    expect(carrierQuote('\u2067USPS\u2069\u202e', 80)).toBe('USPS');
    expect(carrierQuote('U\u200eS\u200fP\u061cS\u0000', 80)).toBe('USPS');
    expect(carrierQuote('Royal Mail\n  Tracked 48', 80)).toBe('Royal Mail Tracked 48');
  });

  it('checks the whole text before cutting it, so a phone cannot hide past the cut', () => {
    const text = `UPS ${'x'.repeat(70)} +44 7700 900123`;
    expect(carrierQuote(text, 80)).toBeUndefined();
    expect(carrierQuote(`UPS ${'Ground '.repeat(20)}`, 20)).toBe('UPS Ground Ground Gr');
  });

  it('quotes nothing for an empty or unsafe text', () => {
    expect(carrierQuote('\u202e  ', 80)).toBeUndefined();
    expect(carrierQuote('Evri - help@scam.example', 80)).toBeUndefined();
  });
});

describe('looksLikePhone', () => {
  it.each([
    ['USPS call', '1-800-555-0199'],
    ['USPS', '800 555 0199'],
    ['USPS', '555-0199'],
    ['USPS +44', '7700 900123'],
    ['UPS', '+44 7700 900123'],
    ['Other - WhatsApp', '7700900123'],
    ['DHL hotline', '12345678'],
    ['Correos llame al', '912345678'],
    ['Kerry Express โทร', '0812345678'],
    ['ヤマト運輸 電話', '0120123456'],
    ['J&T Express hubungi', '081234567890'],
  ])('%s %s', (before, number) => {
    expect(looksLikePhone(before, number)).toBe(true);
  });

  it.each([
    ['USPS', '9400 1118 9922 3344 5566 77'],
    ['Yamato Transport', '1234-5678-9012'],
    ['J&T Express', 'JX6104729385'],
    ['Hotel Express', '6104729385'],
    ['FedEx', '3948 2615 0376'],
  ])('not %s %s', (before, number) => {
    expect(looksLikePhone(before, number)).toBe(false);
  });
});
