import { describe, expect, it } from 'vitest';
import {
  CARRIERS,
  carrierById,
  carrierByName,
  contactsFor,
  normalizeName,
  trackingUrl,
} from '../../../lib/carriers/index';

describe('carrierById', () => {
  it('finds a record by id and nothing for an unknown id', () => {
    expect(carrierById('royal-mail')?.name).toBe('Royal Mail');
    expect(carrierById('Royal Mail')).toBeUndefined();
  });
});

describe('carrierByName', () => {
  it.each([
    ['Ｊ＆Ｔ Express', 'jt-express'], // full-width, as on Asian pages
    ['hermes', 'evri'],
    ['colis prive', 'colis-prive'],
    ['Colis Privé', 'colis-prive'],
    ['UNITED STATES POSTAL SERVICE', 'usps'],
    ['LaserShip', 'ontrac'],
    ['Colissimo', 'la-poste'],
    ['ヤマト運輸', 'yamato'],
    ['佐川急便', 'sagawa'],
    ['Correos de Mexico', 'correos-de-mexico'],
    ['  u.s.p.s.  ', undefined], // letters split by punctuation are separate words, not "usps"
  ])('%s -> %s', (text, id) => {
    expect(carrierByName(text)?.id).toBe(id);
  });

  it('tolerates a service name after the carrier name, preferring the longest alias', () => {
    expect(carrierByName('J&T Express - Standard')?.id).toBe('jt-express');
    expect(carrierByName('USPS Ground Advantage')?.id).toBe('usps');
    expect(carrierByName('Royal Mail Tracked 48')?.id).toBe('royal-mail');
    expect(carrierByName('DHL Parcel UK next day')?.id).toBe('uk-mail');
    expect(carrierByName('DHL eCommerce Parcel Expedited')?.id).toBe('dhl-ecommerce');
  });

  it('does not match a name that only starts with an alias inside a word', () => {
    expect(carrierByName('UPSTATE Couriers')).toBeUndefined();
    expect(carrierByName('')).toBeUndefined();
  });

  it('reads "Hermes" as Hermes Germany on German pages and as Evri elsewhere', () => {
    expect(carrierByName('Hermes', 'DE')?.id).toBe('hermes-de');
    expect(carrierByName('Hermes', 'GB')?.id).toBe('evri');
    expect(carrierByName('Hermes')?.id).toBe('evri');
  });

  it('stays cheap on a huge input', () => {
    expect(carrierByName(`USPS ${'x '.repeat(500_000)}`)?.id).toBe('usps');
  });
});

describe('normalizeName', () => {
  it('folds width, case, accents and punctuation', () => {
    expect(normalizeName('Ｊ＆Ｔ')).toBe(normalizeName('j & t'));
    expect(normalizeName('Correos de México')).toBe('correos de mexico');
  });

  it('reads Vietnamese đ as d, as people type it without diacritics', () => {
    expect(carrierByName('Buu dien Viet Nam')?.id).toBe('vnpost');
    expect(carrierByName('BƯU ĐIỆN VIỆT NAM')?.id).toBe('vnpost');
  });

  it('keeps the marks of scripts whose marks are letters (Thai)', () => {
    expect(normalizeName('ไปรษณีย์ไทย')).toBe('ไปรษณีย์ไทย'.normalize('NFC'));
  });
});

describe('contactsFor', () => {
  it("answers from the region's own entry", () => {
    const c = contactsFor('fedex', 'US');
    expect(c.resolvedFrom).toBe('region');
    expect(c.country).toBe('US');
    expect(c.phones[0]?.e164).toBe('+18004633339');
  });

  it('treats UK as GB', () => {
    const c = contactsFor('parcelforce', 'uk');
    expect(c.region).toBe('GB');
    expect(c.resolvedFrom).toBe('region');
    expect(c.phones[0]?.e164).toBe('+443448004466');
  });

  it("falls back to the carrier's international entry when the region has none", () => {
    const c = contactsFor('fedex', 'DE');
    expect(c.resolvedFrom).toBe('international');
    expect(c.phones).toEqual([]);
    expect(c.noPhoneNote).toBeTruthy();
    expect(c.channels.length).toBeGreaterThan(0);
  });

  it('skips a region entry that only has a tracking link', () => {
    expect(contactsFor('dhl-express', 'GB').resolvedFrom).toBe('international');
  });

  it("falls back to the home country's line for a carrier without an international entry, and says which", () => {
    const c = contactsFor('usps', 'GB');
    expect(c.resolvedFrom).toBe('international');
    expect(c.country).toBe('US');
    expect(c.phones[0]?.e164).toBe('+18002758777');
  });

  it('accepts a record or a printed name as well as an id', () => {
    expect(contactsFor(carrierById('usps') ?? 'missing', 'US').carrierId).toBe('usps');
    expect(contactsFor('United States Postal Service', 'US').carrierId).toBe('usps');
  });

  it('says "none" for an unknown carrier instead of inventing a contact', () => {
    const c = contactsFor('Totally Real Express', 'US');
    expect(c.resolvedFrom).toBe('none');
    expect(c.phones).toEqual([]);
    expect(c.channels).toEqual([]);
  });

  it('gives every carrier in every market something to show', () => {
    for (const carrier of CARRIERS) {
      for (const region of ['US', 'GB', 'DE', 'JP', 'TH', undefined]) {
        const c = contactsFor(carrier, region);
        expect(c.resolvedFrom, `${carrier.id} ${region}`).not.toBe('none');
        expect(c.phones.length + c.channels.length > 0 || !!c.noPhoneNote, `${carrier.id} ${region}`).toBe(true);
      }
    }
  });
});

describe('trackingUrl', () => {
  it('fills the number into the carrier template', () => {
    const link = trackingUrl('usps', '9400111206206406260787', 'US');
    expect(link?.url).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206206406260787');
    expect(link?.copyNumber).toBe(false);
    expect(link?.source).toMatch(/^https:\/\//);
  });

  it('URL-encodes a hostile number so it cannot add markup or parameters', () => {
    const hostile = '1Z<script>&x=1';
    const link = trackingUrl('ups', hostile, 'US');
    expect(link).toBeDefined();
    const url = new URL(link?.url ?? '');
    expect(url.hostname).toBe('www.ups.com');
    expect(url.searchParams.get('tracknum')).toBe(hostile);
    expect(url.searchParams.has('x')).toBe(false);
    expect(link?.url).not.toMatch(/[<>]/);
  });

  it('does not let a $-pattern in the number rewrite the template', () => {
    expect(trackingUrl('usps', "$&$'", 'US')?.url).toBe(
      "https://tools.usps.com/go/TrackConfirmAction?tLabels=%24%26%24'",
    );
  });

  it('prefers the region template, then the international one', () => {
    expect(new URL(trackingUrl('dhl-express', '1234567890', 'MX')?.url ?? '').pathname).toContain('/mx-es/');
    expect(new URL(trackingUrl('dhl-express', '1234567890', 'FR')?.url ?? '').pathname).toContain('/us-en/');
    expect(new URL(trackingUrl('evri', 'H01', 'US')?.url ?? '').hostname).toBe('international.evri.com');
  });

  it('returns the plain page with copyNumber when the carrier cannot be deep-linked', () => {
    const link = trackingUrl('correios', 'AA123456789BR', 'BR');
    expect(link?.copyNumber).toBe(true);
    expect(link?.url).not.toContain('AA123456789BR');
  });

  it('returns nothing for an unknown carrier, an empty number or an absurdly long one', () => {
    expect(trackingUrl('nope', '123')).toBeUndefined();
    expect(trackingUrl('usps', '   ')).toBeUndefined();
    expect(trackingUrl('usps', '9'.repeat(1000))).toBeUndefined();
  });
});
