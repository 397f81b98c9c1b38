/**
 * The contacts research of 2026-11-30 (../shared/research/contacts-2026-11.md) in the directory: every official number
 * and official "how to reach us" statement, with the URL of its quote and the date, and the caveats users must see.
 * Expectations are written out from the research, not read from the data under test.
 */
import { describe, expect, it } from 'vitest';
import { CARRIERS, contactsFor, trackingUrl } from '../../../lib/carriers/index';
import { carrierRecordSchema } from '../../../lib/carriers/schema';
import type { CarrierRecord, PhoneContact } from '../../../lib/carriers/types';

const CHECKED = '2026-11-30';

function record(id: string): CarrierRecord {
  const found = CARRIERS.find((c) => c.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

function phone(id: string, region: string, e164: string, extension?: string): PhoneContact | undefined {
  return record(id).regions[region]?.phones.find((p) => p.e164 === e164 && p.extension === extension);
}

/** Official numbers of the research: carrier, entry, E.164 (or short code), the page that states it. */
const OFFICIAL_NUMBERS: [string, string, string, string][] = [
  ['jt-express', 'ID', '+622180661888', 'https://www.jet.co.id/information/terms/privacy'],
  [
    'ninja-van',
    'ID',
    '+622129264120',
    'https://www.ninjavan.co/en-id/support/consignee-support/delivery-issues/my-parcel-is-damaged-lost',
  ],
  ['lion-parcel', 'ID', '+6281119561000', 'https://lionparcel.com/my/claim'],
  ['jet-express', 'ID', '1500538', 'https://www.jetexpress.co.id/Help'],
  ['ninja-van', 'VN', '+841900988928', 'https://www.ninjavan.co/en-vn/complaints-and-compensation'],
  ['vnpost', 'VN', '+841900545481', 'https://www.vnpost.vn/en-us/dich-vu/chi-tiet/id/183/key/parcel-post-service'],
  ['flash-express', 'TH', '+6621682111', 'https://www.flashexpress.com/faq/cod/'],
  ['kerry-express', 'TH', '1217', 'https://th.kerryexpress.com/en/terms-of-use'],
  [
    'thailand-post',
    'TH',
    '1545',
    'https://www.thailandpost.co.th/%E0%B8%84%E0%B8%B3%E0%B8%96%E0%B8%B2%E0%B8%A1%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B8%9E%E0%B8%9A%E0%B8%9A%E0%B9%88%E0%B8%AD%E0%B8%A2.html',
  ],
  ['pos-malaysia', 'MY', '+601300300300', 'https://www-stg-1.pos.com.my/faq'],
  ['city-link', 'MY', '+601300882489', 'https://www.citylinkexpress.com/code-of-ethics/'],
  ['jt-express', 'PH', '+63289111888', 'https://www.jtexpress.ph/index/message/message.html?type=Privacy'],
  ['phlpost', 'PH', '+63282887678', 'https://phlpost.gov.ph/citizens-charter/'],
  ['city-link', 'SG', '+6563443377', 'https://citylinkexpress.com/sg/code-of-ethics'],
  [
    'canada-post',
    'CA',
    '+18666076301',
    'https://www.canadapost.ca/web/en/blogs/announcements/details.page?article=2017/05/12/important_informatio&cattype=announcements&cat=servicealerts',
  ],
  [
    'gls',
    'DE',
    '+491805071111',
    'https://www.gls-group.eu/276-I-PORTAL-WEB/content/GLS/DE03/EN/510001_-gls-privacy-policy.htm',
  ],
  [
    'gls',
    'DE',
    '+491805252700',
    'https://www.gls-group.eu/276-I-PORTAL-WEB/content/GLS/DE03/EN/510001_-gls-privacy-policy.htm',
  ],
  ['dpd', 'IE', '+353906480247', 'https://www.dpdparcelwizard.ie/Terms'],
  ['correios', 'BR', '30030100', 'https://www.correios.com.br/falecomoscorreios/canais-de-denuncia'],
  ['correios', 'BR', '+558007257282', 'https://www.correios.com.br/falecomoscorreios/canais-de-denuncia'],
];

describe('official numbers from the contacts research', () => {
  it.each(OFFICIAL_NUMBERS)(
    '%s %s %s is listed, verified, with its source and the 2026-11-30 check',
    (id, region, e164, source) => {
      expect(phone(id, region, e164)).toMatchObject({ e164, source, checked: CHECKED, verified: true });
    },
  );

  it('keeps leads marked unverified, with their source, and shows the strong ones', () => {
    // JNE's own spokesperson to Kompas, and J&T Thailand's own press release on a news wire: not the carriers' sites.
    expect(phone('jne', 'ID', '+622129278888')).toMatchObject({ verified: false, checked: CHECKED });
    expect(phone('jne', 'ID', '+622129278888')?.source).toMatch(/^https:\/\/www\.kompas\.com\//);
    expect(phone('jt-express', 'TH', '1470')).toMatchObject({
      verified: false,
      source: 'https://ryt9.com/en/prg/278667',
    });
    // BEST VN's FAQ is on a domain not confirmed as BEST's: official with caveat, so unverified here.
    expect(phone('best-express', 'VN', '+8419001031')).toMatchObject({ verified: false });
    expect(phone('gls', 'DE', '+491806262700')).toMatchObject({ verified: false });
    expect(phone('correios', 'BR', '+558007250100')).toMatchObject({ verified: false, caveats: ['complaints-only'] });
  });
});

describe('caveats users must see', () => {
  it('marks premium-rate lines', () => {
    for (const [id, region, e164] of [
      ['gls', 'DE', '+491805071111'],
      ['gls', 'DE', '+491805252700'],
      ['chronopost', 'FR', '+33825801801'],
      ['mrw', 'ES', '+34902300400'],
      ['seur', 'ES', '+34902101010'],
      ['fedex', 'ES', '+34902100871'],
    ] as const) {
      expect({ id, caveats: phone(id, region, e164)?.caveats }).toEqual({
        id,
        caveats: expect.arrayContaining(['premium-rate']),
      });
    }
  });

  it('marks numbers and addresses for senders only, for one service only, or for claims only', () => {
    expect(phone('gls', 'DE', '+491805252700')?.caveats).toContain('senders-only');
    expect(phone('gls', 'DE', '+491805071111')?.caveats).not.toContain('senders-only');
    const shipperEmail = record('ninja-van').regions.SG?.channels.find(
      (c) => c.url === 'mailto:shippercare_sg@ninjavan.co',
    );
    expect(shipperEmail?.caveats).toEqual(['senders-only']);
    expect(phone('kerry-express', 'TH', '1217', '5')).toMatchObject({
      caveats: ['claims-only'],
      display: '1217 ext. 5',
    });
    expect(phone('dpd', 'IE', '+353906480247')?.caveats).toEqual(['account-only']);
    expect(phone('chronopost', 'FR', '+33825801801')?.caveats).toContain('businesses-only');
    expect(phone('loggi', 'BR', '40201460')?.caveats).toEqual(['orders-in-progress']);
  });

  it('shows the PHLPost line as the charter prints it, letters and all, with the digits worked out', () => {
    expect(phone('phlpost', 'PH', '+63282887678')).toMatchObject({
      printedAs: '(02) 288-POST',
      display: '(02) 8288-7678',
      caveats: ['letters-only'],
    });
  });

  it('marks Lion Parcel’s only official number as WhatsApp, not a voice line', () => {
    expect(phone('lion-parcel', 'ID', '+6281119561000')?.caveats).toEqual(['whatsapp-only']);
  });

  it('warns where the tracking page asks for the recipient’s phone digits (or other data)', () => {
    for (const [id, region] of [
      ['jt-express', 'VN'],
      ['jt-express', 'TH'],
      ['jt-express', 'MX'],
      ['jt-express', 'BR'],
      ['jne', 'ID'],
    ] as const) {
      expect({ id, region, asks: trackingUrl(id, 'X123', region)?.asks }).toEqual({
        id,
        region,
        asks: expect.arrayContaining(['phone-digits']),
      });
    }
    expect(trackingUrl('mondial-relay', 'X123', 'FR')?.asks).toEqual(['postcode']);
    expect(trackingUrl('correios', 'X123', 'BR')?.asks).toEqual(['captcha']);
  });

  it('keeps JET Express and J&T Express apart: each names the other as a different company, and 1-500-538 is not J&T’s', () => {
    expect(contactsFor('jt-express', 'ID').lookalikes).toEqual(['jet-express']);
    expect(contactsFor('jet-express', 'ID').lookalikes).toEqual(['jt-express']);
    const jt = record('jt-express');
    const jtNumbers = Object.values(jt.regions).flatMap((e) => e.phones.map((p) => p.e164.replace(/\D/g, '')));
    expect(jtNumbers.some((n) => n.endsWith('1500538'))).toBe(false);
    expect(contactsFor('jet-express', 'ID').phones.map((p) => p.display)).toEqual(['1-500-538']);
  });
});

/** Official "how to reach us" answers: carrier, entry, action, the page, words of the quote. */
const OFFICIAL_ANSWERS: [string, string, string, string, string][] = [
  [
    'dhl-ecommerce',
    'US',
    'contact-retailer',
    'https://www.dhl.com/lu-de/home/sendungsverfolgung/tracking-content-injection/ecommerce/transit.html',
    'wenden Sie sich an den Händler',
  ],
  [
    'evri',
    'GB',
    'contact-sender',
    'https://evri.com/faqs/receiving-a-parcel/how-do-i-track-my-parcel',
    'contact the sender directly',
  ],
  ['yodel', 'GB', 'web-chat', 'https://authoring.yodel.co.uk/news/2020/march/covid-19/', 'via Webchat'],
  [
    'inpost',
    'GB',
    'contact-retailer',
    'https://inpost.co.uk/queries-and-complaints-policy',
    'raised with them directly',
  ],
  ['colis-prive', 'FR', 'online-form', 'https://colisprive.fr/en/aide/how-to-file-a-complaint', 'File a claim'],
  ['brt', 'IT', 'branch', 'https://www.brt.it/en/faq', 'organised at branch level'],
  [
    'sda',
    'IT',
    'online-form',
    'https://www.sda.it/wps/portal/SDAit/FAQ/FAQ%20Assistenza/Per%20chi%20riceve/per+chi+riceve',
    'compila il modulo online',
  ],
  [
    'chronopost',
    'FR',
    'contact-sender',
    'https://www.chronopost.fr/en/help/faq/complaint-private/will-i-be-reimbursed-case-damage-what-should-i-do-if-my-parcel-arrives',
    'contact your sender',
  ],
  [
    '99minutos',
    'MX',
    'email',
    'https://99minutos.zohodesk.com/portal/es/kb/articles/qu%C3%A9-pasa-si-el-paquete-que-env%C3%ADe-presenta-un-estatus-de-robo-y-o-extrav%C3%ADo',
    'atencion@99minutos.com',
  ],
  [
    'purolator',
    'CA',
    'virtual-assistant',
    'https://www.purolator.com/en/articles/service-alert-high-volume-period-service-updates',
    'Chat with our virtual assistant',
  ],
  ['yamato', 'JP', 'online-form', 'https://www.kuronekoyamato.co.jp/ytc/en/redelivery/issue.html', 'inquiry form'],
];

describe('official "how to reach us" answers', () => {
  it.each(OFFICIAL_ANSWERS)('%s %s: %s, quoted from its own page', (id, region, action, source, words) => {
    const answer = contactsFor(id, region).officialAnswer;
    expect(answer).toMatchObject({ action, source, checked: CHECKED, verified: true });
    expect(answer?.quote).toContain(words);
  });

  it('are only ever taken from a page the schema accepts as official', () => {
    const evri = structuredClone(record('evri'));
    evri.regions.GB!.officialAnswer!.verified = false;
    expect(carrierRecordSchema.safeParse(evri).success).toBe(false);
  });

  it('reject a letters-only caveat without the printed form, and the printed form without the caveat', () => {
    const phlpost = structuredClone(record('phlpost'));
    delete phlpost.regions.PH!.phones[0]!.printedAs;
    expect(carrierRecordSchema.safeParse(phlpost).success).toBe(false);
    const usps = structuredClone(record('usps'));
    usps.regions.US!.phones[0]!.printedAs = '1-800-ASK-USPS';
    expect(carrierRecordSchema.safeParse(usps).success).toBe(false);
  });
});
