import { describe, expect, it } from 'vitest';
import { LEADS_WITHOUT_SOURCE } from '../../../lib/carriers/data/asia';
import { CARRIER_IDS } from '../../../lib/carriers/ids';
import { ASIA_CARRIERS, CARRIERS, carrierByName, normalizeName } from '../../../lib/carriers/index';
import { E164, SHORT_CODE, parseCarrier } from '../../../lib/carriers/schema';
import type { CarrierRecord, PhoneContact, RegionEntry, Sourced } from '../../../lib/carriers/types';
import { CALLING_CODES } from './calling-codes';

/** The carriers issue 4 assigns to this part of the directory. */
const EXPECTED_IDS = [
  'jt-express',
  'jt-cargo',
  'jet-express',
  'ninja-van',
  'flash-express',
  'spx',
  'kerry-express',
  'thailand-post',
  'best-express',
  'ghn',
  'ghtk',
  'viettel-post',
  'vnpost',
  'jne',
  'sicepat',
  'anteraja',
  'id-express',
  'pos-indonesia',
  'lion-parcel',
  'pos-malaysia',
  'city-link',
  'lbc',
  '2go',
  'phlpost',
  'singpost',
  'china-post',
  'china-ems',
  'cainiao',
  'yunexpress',
  '4px',
  'yanwen',
  'sf-express',
];

const entries = (carrier: CarrierRecord): [string, RegionEntry][] => Object.entries(carrier.regions);

function allPhones(carrier: CarrierRecord): { key: string; phone: PhoneContact }[] {
  return entries(carrier).flatMap(([key, entry]) => entry.phones.map((phone) => ({ key, phone })));
}

/** Hosts the carrier's own pages live on: the website's host (without www.) and its declared domains. */
function ownDomains(carrier: CarrierRecord): string[] {
  return [new URL(carrier.website).hostname.replace(/^www\./, ''), ...(carrier.domains ?? [])];
}

function isOwnHost(carrier: CarrierRecord, url: string): boolean {
  const host = new URL(url).hostname;
  return ownDomains(carrier).some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Every URL-valued field of a record: website, sources, channels, claims and tracking templates. */
function allUrls(carrier: CarrierRecord): { where: string; url: string; kind?: string }[] {
  const urls: { where: string; url: string; kind?: string }[] = [{ where: 'website', url: carrier.website }];
  for (const [key, entry] of entries(carrier)) {
    for (const phone of entry.phones) urls.push({ where: `${key} phone source`, url: phone.source });
    for (const contact of [...entry.channels, ...(entry.claims ? [entry.claims] : [])]) {
      urls.push({ where: `${key} ${contact.kind}`, url: contact.url, kind: contact.kind });
      urls.push({ where: `${key} ${contact.kind} source`, url: contact.source });
    }
    if (entry.tracking) {
      urls.push({ where: `${key} tracking`, url: entry.tracking.template.replace('{number}', 'X') });
      urls.push({ where: `${key} tracking source`, url: entry.tracking.source });
    }
  }
  return urls;
}

const digits = (text: string): string => text.replace(/\D/g, '');
const aliasesOf = (id: string): string[] => ASIA_CARRIERS.find((c) => c.id === id)?.aliases ?? [];
const numbersOf = (id: string, key: string): string[] =>
  ASIA_CARRIERS.find((c) => c.id === id)?.regions[key]?.phones.map((p) => p.e164) ?? [];

/** Why a phone breaks the number rules, or undefined when it is fine. */
function phoneProblem(carrier: CarrierRecord, key: string, phone: PhoneContact): string | undefined {
  if (SHORT_CODE.test(phone.e164)) {
    if (!/short code/i.test(phone.note ?? '')) return 'short code without a "short code" note';
    if (!digits(phone.display).startsWith(phone.e164)) return 'display does not show the short code';
    return undefined;
  }
  if (!E164.test(phone.e164)) return 'not E.164';
  // INTL entries hold the from-abroad line of the carrier's home country.
  const country = key === 'INTL' ? carrier.countries[0] : key;
  const code = CALLING_CODES[country ?? ''];
  if (!code) return `no calling code known for ${country}`;
  return phone.e164.startsWith(`+${code}`) ? undefined : `does not start with +${code}`;
}

describe('Asian and cross-border carrier records', () => {
  it('parse with the directory schema', () => {
    for (const carrier of ASIA_CARRIERS) expect(() => parseCarrier(carrier)).not.toThrow();
  });

  it('cover every carrier the issue assigns, once each, with agreed ids', () => {
    const ids = ASIA_CARRIERS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.toSorted()).toEqual(EXPECTED_IDS.toSorted());
    expect(ids.filter((id) => !(CARRIER_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('give phones in E.164 with the country calling code of their entry, or a documented short code', () => {
    const problems = ASIA_CARRIERS.flatMap((carrier) =>
      allPhones(carrier).flatMap(({ key, phone }) => {
        const problem = phoneProblem(carrier, key, phone);
        return problem ? [`${carrier.id} ${key} ${phone.display}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
    expect(ASIA_CARRIERS.flatMap(allPhones).length).toBeGreaterThan(10);
  });

  it('keep the seeded China Post and EMS lines: 11185 / 11183 at home, +86 10 … from abroad', () => {
    expect(numbersOf('china-post', 'CN')).toContain('11185');
    expect(numbersOf('china-post', 'INTL')).toContain('+861011185');
    expect(numbersOf('china-ems', 'CN')).toContain('11183');
    expect(numbersOf('china-ems', 'INTL')).toContain('+861011183');
    // 11185 is the postal business, not EMS: an EMS item must not be sent to it.
    expect(numbersOf('china-ems', 'CN')).not.toContain('11185');
  });

  it('use https everywhere (mailto only for email channels)', () => {
    const wrong = ASIA_CARRIERS.flatMap((carrier) =>
      allUrls(carrier)
        .filter(({ url, kind }) => new URL(url).protocol !== (kind === 'email' ? 'mailto:' : 'https:'))
        .map(({ where, url }) => `${carrier.id} ${where}: ${url}`),
    );
    expect(wrong).toEqual([]);
  });

  it("put every tracking template and contact link on the carrier's own domain", () => {
    const offDomain = ASIA_CARRIERS.flatMap((carrier) =>
      entries(carrier).flatMap(([key, entry]) =>
        [
          ...(entry.tracking ? [entry.tracking.template.replace('{number}', 'X')] : []),
          ...entry.channels.filter((c) => c.kind !== 'email').map((c) => c.url),
        ]
          .filter((url) => !isOwnHost(carrier, url))
          .map((url) => `${carrier.id} ${key} ${url}`),
      ),
    );
    expect(offDomain).toEqual([]);
    const templates = ASIA_CARRIERS.flatMap((c) => entries(c).filter(([, e]) => e.tracking));
    expect(templates.length).toBeGreaterThan(30);
  });

  it('mark a fact verified only when its source is the carrier’s own site or a government page', () => {
    const wrong = ASIA_CARRIERS.flatMap((carrier) =>
      entries(carrier).flatMap(([key, entry]) => {
        const facts: Sourced[] = [...entry.phones, ...entry.channels];
        if (entry.claims) facts.push(entry.claims);
        if (entry.tracking) facts.push(entry.tracking);
        return facts
          .filter((fact) =>
            fact.verified
              ? !/\.gov(\.[a-z]{2})?$/.test(new URL(fact.source).hostname) && !isOwnHost(carrier, fact.source)
              : !fact.note,
          )
          .map((fact) => `${carrier.id} ${key} ${fact.source} (verified: ${fact.verified})`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('say what to use instead wherever a country entry has no phone', () => {
    const silent = ASIA_CARRIERS.flatMap((carrier) =>
      entries(carrier)
        .filter(([, e]) => e.phones.length === 0 && (!e.noPhoneNote || e.channels.length + (e.tracking ? 1 : 0) === 0))
        .map(([key]) => `${carrier.id} ${key}`),
    );
    expect(silent).toEqual([]);
  });

  it('leave out every hotline research could not tie to a citable page', () => {
    const shown = LEADS_WITHOUT_SOURCE.filter((lead) => {
      const local = digits(lead.number).replace(/^0/, '');
      const carrier = ASIA_CARRIERS.find((c) => c.id === lead.carrier);
      return !carrier || allPhones(carrier).some(({ phone }) => digits(phone.e164).endsWith(local));
    });
    expect(shown).toEqual([]);
  });

  it('list aliases unique across the whole directory, never bare "EMS"', () => {
    const asianIds = new Set(ASIA_CARRIERS.map((c) => c.id));
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const carrier of CARRIERS) {
      for (const alias of carrier.aliases) {
        const key = normalizeName(alias);
        const previous = owner.get(key) ?? carrier.id;
        if (previous !== carrier.id && (asianIds.has(previous) || asianIds.has(carrier.id))) {
          clashes.push(`"${alias}": ${previous} and ${carrier.id}`);
        }
        owner.set(key, carrier.id);
      }
    }
    expect(clashes).toEqual([]);
    expect(ASIA_CARRIERS.flatMap((c) => c.aliases.map(normalizeName))).not.toContain('ems');
  });

  it('list names in the markets’ own scripts', () => {
    expect(aliasesOf('jt-express')).toEqual(expect.arrayContaining(['J&T Express', 'J&T', 'JNT', '極兔']));
    expect(aliasesOf('ghn')).toContain('Giao Hàng Nhanh');
    expect(aliasesOf('ghtk')).toContain('Giao Hàng Tiết Kiệm');
    expect(aliasesOf('vnpost')).toContain('Bưu điện Việt Nam');
    expect(aliasesOf('thailand-post')).toContain('ไปรษณีย์ไทย');
    expect(aliasesOf('sf-express')).toEqual(expect.arrayContaining(['順豐', '顺丰速运']));
    expect(aliasesOf('cainiao')).toContain('菜鸟');
    expect(aliasesOf('yunexpress')).toContain('云途');
    expect(aliasesOf('yanwen')).toContain('燕文');
    expect(aliasesOf('4px')).toContain('递四方');
  });

  it.each([
    ['Ｊ＆Ｔ', 'jt-express'],
    ['j&t express', 'jt-express'],
    ['J&T Express - Standard', 'jt-express'],
    ['Giao Hang Nhanh', 'ghn'],
    ['Giao Hang Tiet Kiem', 'ghtk'],
    ['Ninja Xpress', 'ninja-van'],
    ['Shopee Express', 'spx'],
    ['顺丰速运', 'sf-express'],
    ['China Post', 'china-post'],
    ['EMS China', 'china-ems'],
  ])('finds %s as TikTok Shop pages print it', (text, id) => {
    expect(carrierByName(text)?.id).toBe(id);
  });

  it('list every country a record has an entry for', () => {
    const missing = ASIA_CARRIERS.flatMap((carrier) =>
      Object.keys(carrier.regions)
        .filter((key) => key !== 'INTL' && !carrier.countries.includes(key))
        .map((key) => `${carrier.id} ${key}`),
    );
    expect(missing).toEqual([]);
    expect(ASIA_CARRIERS.filter((c) => c.countries.length === 0)).toEqual([]);
  });
});
