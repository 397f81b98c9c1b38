import { describe, expect, it } from 'vitest';
import { CARRIERS, normalizeName } from '../../../lib/carriers/index';
import { CARRIER_IDS } from '../../../lib/carriers/ids';
import { E164, carrierRecordSchema, parseCarrier } from '../../../lib/carriers/schema';
import type { CarrierRecord, RegionEntry } from '../../../lib/carriers/types';
import { REGIONAL_ALIASES } from '../../../lib/carriers/data/names';
import { CALLING_CODES } from './calling-codes';

/** Second-level labels under which a country's registrable domains sit (co.uk, com.br, gob.mx, ...). */
const SECOND_LEVEL = /^(?:co|com|gob|gov|org|net|or|ne|ac|go)\.[a-z]{2}$/;

function registrableDomain(host: string): string {
  const labels = host.toLowerCase().split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.test(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

function ownDomains(carrier: CarrierRecord): string[] {
  return [new URL(carrier.website).hostname, ...(carrier.domains ?? [])].map(registrableDomain);
}

function seedPhone(id: string, region: string, e164: string) {
  return CARRIERS.find((c) => c.id === id)?.regions[region]?.phones.find((p) => p.e164 === e164);
}

function entries(carrier: CarrierRecord): [string, RegionEntry][] {
  return Object.entries(carrier.regions);
}

function allUrls(carrier: CarrierRecord): string[] {
  const urls = [carrier.website];
  for (const [, entry] of entries(carrier)) {
    for (const fact of [...entry.phones, ...entry.channels, entry.claims, entry.tracking]) {
      if (fact) urls.push(fact.source);
    }
    for (const ch of [...entry.channels, entry.claims]) if (ch && ch.kind !== 'email') urls.push(ch.url);
    if (entry.tracking) urls.push(entry.tracking.template.replace('{number}', 'X'));
  }
  return urls;
}

describe('carrier directory data', () => {
  it.each(CARRIERS.map((c) => [c.id, c] as const))('%s parses with the schema', (_id, carrier) => {
    expect(() => parseCarrier(carrier)).not.toThrow();
  });

  it('has exactly one record per agreed carrier id', () => {
    const ids = CARRIERS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.toSorted()).toEqual([...CARRIER_IDS].toSorted());
  });

  it('uses https for every website, source, channel and tracking URL (mailto only for email)', () => {
    const problems: string[] = [];
    for (const carrier of CARRIERS) {
      for (const url of allUrls(carrier)) {
        if (new URL(url).protocol !== 'https:') problems.push(`${carrier.id}: ${url}`);
      }
      for (const [, entry] of entries(carrier)) {
        for (const ch of entry.channels.filter((c) => c.kind === 'email')) {
          if (!/^(?:mailto:|https:)/.test(ch.url)) problems.push(`${carrier.id}: ${ch.url}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every phone in E.164 with the calling code of its country, or a short code the note explains', () => {
    const problems: string[] = [];
    let phones = 0;
    for (const carrier of CARRIERS) {
      for (const [region, entry] of entries(carrier)) {
        for (const phone of entry.phones) {
          phones++;
          const where = `${carrier.id} ${region} ${phone.e164} (${phone.display})`;
          if (!phone.e164.startsWith('+')) {
            if (!/^\d{3,8}$/.test(phone.e164) || !/short code/i.test(phone.note ?? '')) {
              problems.push(`${where}: not E.164 and not an explained short code`);
            }
            continue;
          }
          if (!E164.test(phone.e164)) problems.push(`${where}: not E.164`);
          if (region === 'INTL') continue;
          const code = CALLING_CODES[region];
          if (code === undefined) {
            problems.push(`${where}: no calling code for ${region} in the test table`);
            continue;
          }
          if (!phone.e164.startsWith(`+${code}`)) problems.push(`${where}: calling code is not +${code}`);
          // The digits people see match the stored number: no typo between display and e164.
          const lastDigits = phone.e164.slice(-7);
          if (!phone.display.replace(/\D/g, '').includes(lastDigits)) problems.push(`${where}: display differs`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(phones).toBeGreaterThan(20);
  });

  it('has a source, a checked date and a verified flag on every phone, channel and template', () => {
    const problems: string[] = [];
    for (const carrier of CARRIERS) {
      for (const [region, entry] of entries(carrier)) {
        for (const fact of [...entry.phones, ...entry.channels, entry.claims, entry.tracking]) {
          if (!fact) continue;
          const ok =
            fact.source.startsWith('https://') &&
            /^\d{4}-\d{2}-\d{2}$/.test(fact.checked) &&
            typeof fact.verified === 'boolean';
          if (!ok) problems.push(`${carrier.id} ${region}: ${JSON.stringify(fact)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps every tracking template on the carrier's own domain", () => {
    const problems: string[] = [];
    for (const carrier of CARRIERS) {
      const own = ownDomains(carrier);
      for (const [region, entry] of entries(carrier)) {
        if (!entry.tracking) continue;
        const host = new URL(entry.tracking.template.replace('{number}', 'X')).hostname;
        if (!own.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
          problems.push(`${carrier.id} ${region}: ${host} not in ${own.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts {number} in the path, query or fragment of deep links, never in the host', () => {
    const problems: string[] = [];
    for (const carrier of CARRIERS) {
      for (const [region, entry] of entries(carrier)) {
        const t = entry.tracking;
        if (!t || t.copyNumber) continue;
        const a = new URL(t.template.replace('{number}', 'X')).hostname;
        const b = new URL(t.template.replace('{number}', 'Y')).hostname;
        if (a !== b) problems.push(`${carrier.id} ${region}: ${t.template}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has aliases that are unique across all carriers once normalized', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const carrier of CARRIERS) {
      for (const key of new Set([carrier.name, ...carrier.aliases].map(normalizeName))) {
        const previous = owner.get(key);
        if (previous && previous !== carrier.id) clashes.push(`"${key}": ${previous} and ${carrier.id}`);
        owner.set(key, carrier.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('says why when a carrier has no phone anywhere, and links somewhere to go instead', () => {
    const problems: string[] = [];
    for (const carrier of CARRIERS) {
      const all = Object.values(carrier.regions);
      if (all.some((e) => e.phones.length > 0)) continue;
      if (!all.some((e) => e.noPhoneNote)) problems.push(`${carrier.id}: no noPhoneNote`);
      // `postal` names no single operator, so it has nothing to link.
      if (carrier.id !== 'postal' && !all.some((e) => e.channels.length > 0 || e.claims)) {
        problems.push(`${carrier.id}: links no contact page`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the seed numbers with the verification research gave them', () => {
    expect(seedPhone('fedex', 'US', '+18004633339')?.verified).toBe(true);
    // Only UPS's own rate guide on a third-party host prints it: shown, but not verified.
    expect(seedPhone('ups', 'US', '+18007425877')?.verified).toBe(false);
    // Backed by a US government (Senate office) page, not by usps.com.
    expect(seedPhone('usps', 'US', '+18002758777')?.verified).toBe(true);
    expect(seedPhone('usps', 'US', '+18002758777')?.note).toMatch(/Senate/);
  });

  it('marks the numbers confirmed on 2026-11-26 as verified, with the page that states them', () => {
    const dhl = seedPhone('dhl-express', 'US', '+18002255345');
    expect(dhl?.verified).toBe(true);
    expect(new URL(dhl?.source ?? 'https://x.invalid').hostname).toBe('www.dhl-usa.com');
    // The UK postal regulator states Royal Mail's 03457 line; the old 08457 number must not come back.
    const royalMail = seedPhone('royal-mail', 'GB', '+443457740740');
    expect(royalMail?.verified).toBe(true);
    expect(royalMail?.source).toBe('https://www.ofcom.org.uk/postal-services/advice/post-faqs');
    expect(CARRIERS.find((c) => c.id === 'royal-mail')?.regions.GB?.phones.map((p) => p.e164)).toEqual([
      '+443457740740',
    ]);
    const correos = seedPhone('correos-de-mexico', 'MX', '+528007017000');
    expect(correos?.verified).toBe(true);
    expect(new URL(correos?.source ?? 'https://x.invalid').hostname).toBe('www.gob.mx');
  });

  it('maps regional aliases to existing carriers', () => {
    for (const names of Object.values(REGIONAL_ALIASES)) {
      for (const id of Object.values(names)) expect(CARRIER_IDS).toContain(id);
    }
  });

  it('rejects a record the schema should not accept (the checks above are not vacuous)', () => {
    const usps = CARRIERS.find((c) => c.id === 'usps');
    expect(usps).toBeDefined();
    const broken = structuredClone(usps) as CarrierRecord;
    broken.website = 'http://www.usps.com';
    expect(carrierRecordSchema.safeParse(broken).success).toBe(false);
  });
});
