/**
 * The lookup on text shaped like what people select and paste: emails, seller chats, carrier texts, spreadsheets,
 * OCR of screenshots, in the markets' languages. Every expectation is written out: the numbers found, in order, and
 * the carrier of each (`null`: shown with an unknown carrier).
 *
 * Some carriers' formats are not known to the engine yet (J&T outside Indonesia, Ninja Van, SPX, SF Express...):
 * their numbers are found by the carrier's name in the text. Those cases assert the carrier but not how it was known,
 * so they hold once the engine learns the format; `carrierSource: 'text'` is asserted only for carriers whose
 * numbers have no known format at all (../shared/research/formats-asia-latam-jp.md: LBC, 2GO, City-Link,
 * Loggi, 99minutos "NOT FOUND").
 */
import { describe, expect, it } from 'vitest';
import { lookup } from '../../../lib/lookup';

type Expected = [number: string, carrier: string | null][];

const found = (text: string, region?: string) =>
  lookup(text, region ? { region } : {}).map((pkg): [string, string | null] => [
    pkg.trackingNumber,
    pkg.carrier ?? null,
  ]);

const CASES: [name: string, text: string, expected: Expected][] = [
  // ---- The issue's own examples --------------------------------------------------------------------------------
  [
    'words and a full stop around a number grouped unlike its label',
    'Hi! Tracking: 1Z H784E2 0361 3186 02. Thanks',
    [['1ZH784E20361318602', 'ups']],
  ],
  [
    'a USPS number wrapped over two lines',
    'Your USPS tracking number is\n9400 1352 6018\n1590 8301 66',
    [['9400135260181590830166', 'usps']],
  ],
  [
    'a USPS number wrapped with Windows line breaks',
    '9400 1352 6018\r\n1590 8301 66',
    [['9400135260181590830166', 'usps']],
  ],

  // ---- English: labels, quotes, punctuation, grouping -----------------------------------------------------------
  ['"Tracking #:" label', 'Tracking #: 1Z999AA10123456784', [['1Z999AA10123456784', 'ups']]],
  ['curly quotes', '“1Z999AA10123456784”', [['1Z999AA10123456784', 'ups']]],
  ['parentheses and spaced digits', '(9400 1112 0108 0805 4830 16)', [['9400111201080805483016', 'usps']]],
  [
    'dashes between groups and a full stop',
    'Tracking number: 9400-1112-0108-0805-4830-16.',
    [['9400111201080805483016', 'usps']],
  ],
  ['UPS grouped as on some receipts', 'UPS 1Z 999 AA1 01 2345 678 4', [['1Z999AA10123456784', 'ups']]],
  ['typed in lower case', 'tracking: 1z999aa10123456784 thx', [['1Z999AA10123456784', 'ups']]],
  [
    'a trailing comma in a sentence',
    'It shipped with 1Z5915806855587736, arriving Friday.',
    [['1Z5915806855587736', 'ups']],
  ],
  ['the number the TikTok Shop partner docs use', 'UPS tracking: 1ZCIETST0422222228', [['1ZCIETST0422222228', 'ups']]],
  [
    'FedEx names its 12 digits among two carriers they fit',
    'FedEx tracking 2878 0946 8872',
    [['287809468872', 'fedex']],
  ],
  ['Purolator names the same 12 digits', 'Purolator: 287809468872', [['287809468872', 'purolator']]],
  ['FedEx Ground 15 digits', 'Shipped via FedEx Ground, tracking 041441760228964', [['041441760228964', 'fedex']]],
  ['FedEx 96 barcode', 'FedEx 9611020987654312345672', [['9611020987654312345672', 'fedex']]],
  [
    'OnTrac in a delivery text',
    'OnTrac: your package C11031500001879 is out for delivery',
    [['C11031500001879', 'ontrac']],
  ],
  ['Amazon Logistics TBA', 'Amazon Logistics TBA000000000000', [['TBA000000000000', 'amazon-logistics']]],
  [
    'USPS with a ZIP routing prefix',
    'IMpb 420 10023 3424 9200 1901 3260 7600 8334 57',
    [['4201002334249200190132607600833457', 'usps']],
  ],
  ['USPS legacy 91', 'Delivery confirmation 9101 1234 5678 9000 0000 13', [['9101123456789000000013', 'usps']]],
  ['an air waybill label with a 10-digit DHL number', 'AWB 3318810025', [['3318810025', 'dhl-express']]],
  ['DHL named before its 10 digits', 'DHL Express waybill: 3318810025', [['3318810025', 'dhl-express']]],
  ['Canada Post', 'Canada Post 0073 9380 0054 9297', [['0073938000549297', 'canada-post']]],
  ['Evri named before its 16 digits', 'Evri parcel 1234 5678 9012 3456', [['1234567890123456', 'evri']]],
  ['a number the engine does not know, alone', 'QQ12345678XYZ', [['QQ12345678XYZ', null]]],
  [
    'a DHL eCommerce number, spaced, alone',
    'Tracking: GM 6051 1732 2517 4494',
    [['GM6051173225174494', 'dhl-ecommerce']],
  ],
  [
    'a mistyped USPS number: no verified piece of it, and not offered as unknown',
    'Tracking: 9400 1118 9922 3197 4284 90',
    [],
  ],
  ['a mistyped UPS number', 'Your tracking number: 1Z999AA10123456785', []],

  // ---- Several numbers ------------------------------------------------------------------------------------------
  [
    'two carriers in one sentence',
    'UPS 1Z999AA10123456784 and USPS 9400111201080805483016',
    [
      ['1Z999AA10123456784', 'ups'],
      ['9400111201080805483016', 'usps'],
    ],
  ],
  [
    'a numbered list',
    '1) 1Z999AA10123456784\n2) 9400 1112 0108 0805 4830 16\n3) EE123456785CN',
    [
      ['1Z999AA10123456784', 'ups'],
      ['9400111201080805483016', 'usps'],
      ['EE123456785CN', 'china-ems'],
    ],
  ],
  [
    'one per line',
    'Tracking numbers:\n9400111201080805483016\n9400135260181590830166',
    [
      ['9400111201080805483016', 'usps'],
      ['9400135260181590830166', 'usps'],
    ],
  ],
  [
    'one spaced, one wrapped',
    '1Z H784E2 0361 3186 02\n9400 1352 6018\n1590 8301 66',
    [
      ['1ZH784E20361318602', 'ups'],
      ['9400135260181590830166', 'usps'],
    ],
  ],
  ['the same number twice', 'UPS 1Z999AA10123456784 (1Z999AA10123456784)', [['1Z999AA10123456784', 'ups']]],
  [
    'spreadsheet rows: order id, tracking number, status',
    '576461413038785752\t1Z5915806855587736\tDelivered\n577203418862950147\t9400111206206406260787\tIn transit',
    [
      ['1Z5915806855587736', 'ups'],
      ['9400111206206406260787', 'usps'],
    ],
  ],
  [
    'an order id and a tracking number in one line',
    'Order 576461413038785752 shipped with USPS 9400111201080805483016',
    [['9400111201080805483016', 'usps']],
  ],

  // ---- Invisible and non-ASCII characters -----------------------------------------------------------------------
  ['a zero-width space inside', '1Z999AA1\u200b0123456784', [['1Z999AA10123456784', 'ups']]],
  [
    'soft hyphens and a word joiner',
    '9400\u00ad1112\u20600108\u00ad0805\u00ad4830\u00ad16',
    [['9400111201080805483016', 'usps']],
  ],
  ['no-break spaces', '9400\u00a01112\u00a00108\u00a00805\u00a04830\u00a016', [['9400111201080805483016', 'usps']]],
  ['en dashes', '9400–1112–0108–0805–4830–16', [['9400111201080805483016', 'usps']]],
  ['full-width forms', '１Ｚ９９９ＡＡ１０１２３４５６７８４', [['1Z999AA10123456784', 'ups']]],
  ['Arabic label and Arabic-Indic digits', 'رقم التتبع: ٩٤٠٠١١١٢٠١٠٨٠٨٠٥٤٨٣٠١٦', [['9400111201080805483016', 'usps']]],
  ['Persian digits', 'کد رهگیری ۹۴۰۰۱۱۱۲۰۱۰۸۰۸۰۵۴۸۳۰۱۶', [['9400111201080805483016', 'usps']]],
  ['Thai digits', 'เลขพัสดุ EF๑๒๓๔๕๖๗๘๕TH', [['EF123456785TH', 'thailand-post']]],

  // ---- Europe and Latin America ----------------------------------------------------------------------------------
  ['German label', 'Sendungsnummer: RR123456785DE', [['RR123456785DE', 'deutsche-post']]],
  ['French label, letters spaced from digits', 'Numéro de suivi : RR 123 456 785 FR.', [['RR123456785FR', 'la-poste']]],
  ['Spanish label', 'Número de seguimiento: RR123456785MX', [['RR123456785MX', 'correos-de-mexico']]],
  ['Portuguese label', 'Código de rastreio: RR123456785BR', [['RR123456785BR', 'correios']]],
  ['Italian label', 'Codice di tracciamento UPS: 1Z5915806855587736', [['1Z5915806855587736', 'ups']]],
  ['Royal Mail, grouped unlike the label', 'Royal Mail tracking: RB 1234 5678 5GB', [['RB123456785GB', 'royal-mail']]],
  ['Hermes in Germany is Hermes Germany', 'Hermes Sendung 1234 5678 9012 3456', [['1234567890123456', 'evri']]],
  ['Loggi, whose numbers have no known format', 'Loggi: 345678901234567', [['345678901234567', 'loggi']]],
  ['99minutos guía', '99minutos guía 4567890123456', [['4567890123456', '99minutos']]],

  // ---- South-East Asia -------------------------------------------------------------------------------------------
  ['Indonesian "No. Resi" with J&T', 'No. Resi J&T: JX7053814071', [['JX7053814071', 'jt-express']]],
  ['"Resi" and a spaced J&T number', 'Resi: JX 7053 8140 71', [['JX7053814071', 'jt-express']]],
  ['J&T Malaysia named by the text', 'J&T Express 630127384950', [['630127384950', 'jt-express']]],
  ['J&T Vietnam after "Mã vận đơn"', 'J&T Express - Mã vận đơn: 862350452337', [['862350452337', 'jt-express']]],
  ['Ninja Van', 'Ninja Van: NVMY12345678', [['NVMY12345678', 'ninja-van']]],
  ['Ninja Xpress in Indonesia', 'Kurir Ninja Xpress, resi NLIDAP1234567890', [['NLIDAP1234567890', 'ninja-van']]],
  ['SPX in quotes', '“SPX Express: SPXVN012345678901”', [['SPXVN012345678901', 'spx']]],
  ['Vietnam Post S10', 'Mã vận đơn: EA340865961VN', [['EA340865961VN', 'vnpost']]],
  [
    'Ninja Xpress number wrapped after its prefix',
    'No. resi Ninja Xpress:\nNLIDAP\n1234567890',
    [['NLIDAP1234567890', 'ninja-van']],
  ],
  [
    'Viettel Post for Shopee, grouped for reading',
    'Mã vận đơn SHOPEEVTPVN 2021 4566 4520X',
    [['SHOPEEVTPVN202145664520X', 'viettel-post']],
  ],
  ['GHTK dotted label code', 'Đơn vị vận chuyển: GHTK – Mã vận đơn: S1.A1.17373471', [['S1.A1.17373471', 'ghtk']]],
  ['Thailand Post, Thai label, name after', 'เลขพัสดุ EF123456785TH ไปรษณีย์ไทย', [['EF123456785TH', 'thailand-post']]],
  ['Kerry Express with a Thai label', 'Kerry Express เลขพัสดุ: SHP5052512345', [['SHP5052512345', 'kerry-express']]],
  ['Pos Laju', 'Pos Laju: CP123456785MY', [['CP123456785MY', 'pos-malaysia']]],
  ['LBC, whose numbers have no known format', 'LBC Express tracking no. 123456789012', [['123456789012', 'lbc']]],
  ['SingPost registered', 'SingPost RA123456785SG', [['RA123456785SG', 'singpost']]],

  // ---- China and Japan -------------------------------------------------------------------------------------------
  ['Chinese label', '运单号：EE123456785CN', [['EE123456785CN', 'china-ems']]],
  [
    'SF Express named in Chinese, written without a space',
    '顺丰速运运单号SF1234567890123',
    [['SF1234567890123', 'sf-express']],
  ],
  ['Cainiao in Chinese', '菜鸟 LP00123456789012', [['LP00123456789012', 'cainiao']]],
  ['YunExpress', 'YunExpress YT1234567890123456', [['YT1234567890123456', 'yunexpress']]],
  ['Japanese label', '追跡番号：LX123456785JP', [['LX123456785JP', 'japan-post']]],
  ['Japanese label, full-width number', '追跡番号：ＬＸ１２３４５６７８５ＪＰ', [['LX123456785JP', 'japan-post']]],

  // ---- Nothing to find: phone numbers, order ids, dates, prices, postcodes, garbage ------------------------------
  ['a US phone number', 'Call USPS at 1-800-275-8777', []],
  ['a phone number after a carrier name', 'USPS 1-800-275-8777', []],
  ['a hotline named as such', 'DHL hotline 1800 888 388', []],
  ['international phone numbers', 'Zalo +84 912 345 678 or +1 (415) 555-0199', []],
  ['a national phone number with its trunk 0', 'Gọi 0912345678 khi giao', []],
  ['a TikTok order id', 'Order ID: 576461413038785752', []],
  ['a TikTok order id printed in groups', 'Order ID 5764 6141 3038 7857 52', []],
  ['an Amazon order number after "Amazon"', 'Amazon order 113-1234567-1234567', []],
  ['prices and dates', 'Total $1,234.56 paid 2024-05-01, due 01.06.2024 12:30', []],
  ['Asian prices', 'Rp 150.000 · ₫1.250.000 · ฿2,590', []],
  ['a US address', 'Deliver to 1600 Amphitheatre Pkwy, Mountain View, CA 94043', []],
  ['a UK postcode and phone', 'London SW1A 1AA, tel 020 7946 0958', []],
  ['prose', 'hello world', []],
  ['markup', '<img src=x onerror=alert(1)>', []],
  ['empty', '', []],
  ['blank', ' \n\t ', []],
];

describe('lookup: real-world selections', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('lookup: how the carrier is known', () => {
  it('says the text named the carrier when the number has no known format', () => {
    expect(lookup('LBC Express tracking no. 123456789012')).toEqual([
      expect.objectContaining({
        trackingNumber: '123456789012',
        carrier: 'lbc',
        carrierSource: 'text',
        confidence: 'medium',
      }),
    ]);
    expect(lookup('Loggi: 345678901234567')[0]).toMatchObject({ carrier: 'loggi', carrierSource: 'text' });
    expect(lookup('2GO Express 7000123456789')[0]).toMatchObject({ carrier: '2go', carrierSource: 'text' });
    expect(lookup('City-Link Express: 060123456789012')[0]).toMatchObject({
      carrier: 'city-link',
      carrierSource: 'text',
    });
  });

  it('says the number told when the named carrier is one its format fits', () => {
    expect(lookup('DHL Express waybill: 3318810025')).toEqual([
      {
        trackingNumber: '3318810025',
        carrier: 'dhl-express',
        carrierSource: 'number',
        confidence: 'medium',
        checksum: true,
      },
    ]);
    // The name picks among the carriers a bare digit run fits, and the other stays one tap away.
    expect(lookup('Purolator: 287809468872')[0]).toMatchObject({ carrier: 'purolator', alternatives: ['fedex'] });
  });

  it('trusts a distinctive format over a name that does not fit it', () => {
    expect(lookup('UPS 9400111201080805483016')).toEqual([
      {
        trackingNumber: '9400111201080805483016',
        carrier: 'usps',
        carrierSource: 'number',
        confidence: 'high',
        checksum: true,
      },
    ]);
  });

  it('finds nothing for a number whose check digit fails, even after a name, so the popup says to check it', () => {
    expect(lookup('UPS 1Z999AA10123456785')).toEqual([]);
    expect(lookup('Thailand Post EF123456786TH')).toEqual([]);
    expect(lookup('FedEx 287809468873')).toEqual([]);
    // A carrier's name before another carrier's mistyped number does not make it that carrier's.
    expect(lookup('MRW 1Z999AA10123456785')).toEqual([]);
  });

  it('reads names in the meaning of the region', () => {
    expect(found('Hermes Sendung 1234 5678 9012 3456', 'DE')).toEqual([['1234567890123456', 'hermes-de']]);
    expect(lookup('Hermes Sendung 1234 5678 9012 3456', { region: 'DE' })[0]?.carrierSource).toBe('text');
  });

  it("applies the user's preferred carriers to a number that fits several, not to a named one", () => {
    const smartPost = '9261292700768711948021'; // verifies as USPS IMpb and as FedEx SmartPost
    expect(lookup(`Tracking: ${smartPost}`, { region: 'US' })[0]).toMatchObject({
      carrier: 'usps',
      alternatives: ['fedex'],
    });
    expect(lookup(`Tracking: ${smartPost}`, { region: 'US', preferred: ['fedex'] })[0]).toMatchObject({
      carrier: 'fedex',
      alternatives: ['usps'],
    });
    expect(lookup(`USPS ${smartPost}`, { region: 'US', preferred: ['fedex'] })[0]).toMatchObject({ carrier: 'usps' });
  });
});

describe('lookup: size and hostility', () => {
  it('finds a number at the end of 10,000+ characters of text', () => {
    const email = `${'We are preparing your order and will let you know. '.repeat(250)}Tracking: 1Z999AA10123456784`;
    expect(email.length).toBeGreaterThan(10_000);
    expect(found(email)).toEqual([['1Z999AA10123456784', 'ups']]);
  });

  it('answers nothing, without throwing, for huge garbage and non-strings', () => {
    expect(lookup('\u0000\uffff\ud800<>&'.repeat(5000))).toEqual([]);
    expect(lookup('1'.repeat(200_000))).toEqual([]);
    expect(lookup(undefined as unknown as string)).toEqual([]);
    expect(lookup({} as unknown as string)).toEqual([]);
  });

  it('offers at most 50 numbers', () => {
    const column = Array.from({ length: 80 }, (_, k) => `RR${String(10_000_000 + k)}`);
    // S10 numbers need their check digit: the column holds 80 different valid ones.
    const valid = column.map((body) => `${body}${s10Check(body.slice(2))}GB`);
    expect(lookup(valid.join('\n'))).toHaveLength(50);
  });
});

/** UPU S10 check digit (weights 8 6 4 2 3 5 9 7; 11 - sum mod 11, 10 -> 0, 11 -> 5), computed here independently. */
function s10Check(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((total, digit, k) => total + Number(digit) * weights[k]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}
