/**
 * Contact data of the carriers of the South-East Asian TikTok Shop markets (ID, MY, TH, VN, PH, SG), J&T's
 * Latin-American arms (MX, BR) and the cross-border carriers that bring parcels from China. Their names and aliases
 * live in ./names.ts.
 *
 * Research: ../shared/research/carriers-asia.md (confidence A/B/C/✗) and tiktok.md §3, plus look-ups on 2026-11-26;
 * ../shared/research/contacts-2026-11.md (quotes with URLs, checked 2026-11-30) added official lines (Ninja Xpress,
 * VNPost, City-Link MY and SG, Thailand Post, PHLPost, Lion Parcel's WhatsApp, JET Express), two strong leads (JNE,
 * J&T Thailand) and the caveats the card shows.
 * Mapping of the research's confidence to `verified`:
 * - A (the carrier's own or a government page) -> verified: true.
 * - B (three or more independent public code files) and C (one weak third-party source) -> verified: false.
 * - A phone number is kept only when a citable page states it. B-grade numbers that research found only in
 *   unnamed public code files have no citable page, so they are left out (see LEADS_WITHOUT_SOURCE below):
 *   a wrong hotline hurts more than none, and scammers post fake "courier hotlines" for exactly these brands.
 * - Tracking links: a deep link with `{number}` only where research found consistent evidence (B or better);
 *   where the query parameter is uncertain or conflicting (C), the plain tracking page with `copyNumber: true`.
 */
import {
  CONTACTS_CHECKED,
  EVERY_DAY,
  WEEKDAYS,
  channel,
  copyPage,
  hours,
  official,
  template,
  unverified,
  websiteOnly,
  type CarrierContactRecord,
} from './sourcing';

const COMMUNITY_LINK =
  'The carrier does not document this link; if the page opens without your parcel, paste the number there.';
const UNCERTAIN_LINK = 'No reliable link fills in the number: open the page and paste the number.';
const SHORT_CODE = 'Domestic short code: dial it only from inside the country.';
const VN_1900 = 'Vietnamese 1900 service number: reachable from inside Vietnam only.';

/**
 * Hotlines research found only in unnamed public code or in conflicting sources. They stay out of the directory until
 * someone confirms them on the carrier's own site; listed so a maintainer knows what to check (carriers-asia.md),
 * and so the data test can prove none of them slipped in as a phone.
 */
export const LEADS_WITHOUT_SOURCE: readonly { carrier: string; country: string; number: string; why: string }[] = [
  { carrier: 'jt-express', country: 'MY', number: '1800-82-0022', why: 'grade C, third-party list' },
  { carrier: 'jt-express', country: 'VN', number: '1900 1088', why: 'grade B, label templates in public code' },
  { carrier: 'spx', country: 'MY', number: '+60 3-2777 9222', why: 'grade C' },
  { carrier: 'kerry-express', country: 'MY', number: '+60 3-8084 3111', why: 'grade C, KEX Malaysia (ex-ABX)' },
  { carrier: 'best-express', country: 'MY', number: '1800-22-8881', why: 'grade C' },
  { carrier: 'best-express', country: 'VN', number: '1900 545 467', why: 'grade C, one file' },
  { carrier: 'ghn', country: 'VN', number: '1900 636 677', why: 'grade B, about ten code files; hours conflict' },
  { carrier: 'ghtk', country: 'VN', number: '1900 6092', why: 'grade B; one file says 1800 6092' },
  { carrier: 'viettel-post', country: 'VN', number: '1900 8095', why: 'grade B' },
  { carrier: 'sicepat', country: 'ID', number: '(021) 5020 0050', why: 'grade B-; another file says 021-50205777' },
  { carrier: 'anteraja', country: 'ID', number: '(021) 5060 3333', why: 'conflicts with (021) 5060 6070' },
  { carrier: 'pos-indonesia', country: 'ID', number: '1500161', why: 'grade C, one file' },
  {
    carrier: 'lion-parcel',
    country: 'ID',
    number: '(021) 8082 0072',
    why: 'grade C, one file; only WhatsApp is official',
  },
  {
    carrier: 'jne',
    country: 'ID',
    number: '1500 111',
    why: 'one code file; conflicts with the 021-2927-8888 JNE gave Kompas',
  },
  { carrier: 'singpost', country: 'SG', number: '1605', why: 'blogs from about 2011 only; may be retired' },
  { carrier: 'cainiao', country: 'CN', number: '400-6767-903', why: 'third-party; a China-domestic 400 number' },
  {
    carrier: 'lbc',
    country: 'PH',
    number: '(02) 8858-5999',
    why: 'grade B-, code files; an old shop FAQ prints 858-5999',
  },
];

export const ASIA_CONTACTS: CarrierContactRecord[] = [
  {
    id: 'jt-express',
    website: 'https://www.jet.co.id',
    domains: [
      'jet.co.id',
      'jtexpress.my',
      'jtexpress.co.th',
      'jtexpress.vn',
      'jtexpress.ph',
      'jtexpress.sg',
      'jtexpress.mx',
      'jtexpress.com.br',
    ],
    regions: {
      ID: {
        phones: [
          {
            e164: '+622180661888',
            display: '021-8066-1888',
            label: 'Customer service',
            hours: hours('Asia/Jakarta', '24-hour customer service', [EVERY_DAY, '00:00', '24:00']),
            ...official(
              'https://www.jet.co.id/information/terms/privacy',
              'Also the claims line: "For proceed the claim, you can contact J&T Express call center 021-8066-1888."',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: copyPage('https://www.jet.co.id/track', unverified('https://www.jet.co.id/track', UNCERTAIN_LINK)),
      },
      MY: {
        phones: [],
        channels: [websiteOnly('https://www.jtexpress.my', 'J&T Express Malaysia')],
        tracking: {
          ...template(
            'https://www.jtexpress.my/tracking/{number}',
            unverified('https://www.jtexpress.my/tracking', COMMUNITY_LINK),
          ),
          asks: ['captcha'],
        },
        noPhoneNote: 'No J&T Malaysia hotline could be confirmed on its own site: use its website.',
      },
      TH: {
        phones: [
          {
            e164: '1470',
            display: '1470',
            label: 'Call Center',
            ...unverified(
              'https://ryt9.com/en/prg/278667',
              `${SHORT_CODE} J&T Express Thailand's own press release (2 Oct 2024) on a news wire: "recipients may ` +
                'contact the Call Center at 1470"; not yet found on jtexpress.co.th. The often-quoted 1770 was not confirmed.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [websiteOnly('https://www.jtexpress.co.th', 'J&T Express Thailand')],
        tracking: {
          ...copyPage(
            'https://www.jtexpress.co.th/service/track',
            unverified(
              'https://www.jtexpress.co.th/service/track',
              `${UNCERTAIN_LINK} Its tracking service takes the last digits of the recipient's phone with the number.`,
            ),
          ),
          asks: ['phone-digits'],
        },
      },
      VN: {
        phones: [],
        channels: [websiteOnly('https://jtexpress.vn', 'J&T Express Vietnam')],
        tracking: {
          ...copyPage(
            'https://jtexpress.vn/vi/tracking',
            unverified(
              'https://jtexpress.vn/vi/tracking',
              'Its tracking asks for the last 4 digits of the recipient’s phone besides the number: paste the number there.',
            ),
          ),
          asks: ['phone-digits'],
        },
        noPhoneNote:
          'The J&T Vietnam hotline listed by third parties could not be confirmed on its own site: use its website.',
      },
      PH: {
        phones: [
          {
            e164: '+63289111888',
            display: '(02) 8911-1888',
            label: 'Customer service hotline',
            hours: hours('Asia/Manila', 'Hotline 24/7', [EVERY_DAY, '00:00', '24:00']),
            ...official(
              'https://www.jtexpress.ph/index/message/message.html?type=Privacy',
              '"Our hotline is available 24/7 at (02) 8911-1888 for any inquiries or concerns."',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://www.jtexpress.ph/trajectoryQuery',
          unverified('https://www.jtexpress.ph/trajectoryQuery', UNCERTAIN_LINK),
        ),
      },
      SG: {
        phones: [],
        channels: [websiteOnly('https://www.jtexpress.sg', 'J&T Express Singapore')],
        tracking: copyPage(
          'https://www.jtexpress.sg',
          unverified(
            'https://www.jtexpress.sg',
            'Two different tracking addresses are in use: use the tracking box on the site.',
          ),
        ),
        noPhoneNote: 'No J&T Singapore hotline could be confirmed: use its website.',
      },
      MX: {
        phones: [],
        channels: [websiteOnly('https://www.jtexpress.mx', 'J&T Express México')],
        tracking: {
          ...copyPage(
            'https://www.jtexpress.mx/trajectoryQuery',
            unverified(
              'https://www.jtexpress.mx/trajectoryQuery',
              `${UNCERTAIN_LINK} Tracking integrations send the last 4 digits of the recipient's phone with the number.`,
            ),
          ),
          asks: ['phone-digits'],
        },
        noPhoneNote: 'No J&T México hotline could be confirmed: use its website.',
      },
      BR: {
        phones: [],
        channels: [websiteOnly('https://www.jtexpress.com.br', 'J&T Express Brasil')],
        tracking: {
          ...copyPage(
            'https://www.jtexpress.com.br/trajectoryQuery',
            unverified(
              'https://www.jtexpress.com.br/trajectoryQuery',
              `${UNCERTAIN_LINK} The public page may ask for the recipient's CPF/CNPJ; tracking integrations send the ` +
                "last 4 digits of the recipient's phone.",
            ),
          ),
          asks: ['phone-digits', 'tax-id'],
        },
        noPhoneNote: 'No J&T Brasil hotline could be confirmed: use its website.',
      },
    },
    lookalikes: ['jet-express'],
    notes:
      'One brand, separate companies per country: call the line of the country the parcel is delivered in. ' +
      'J&T Cargo (VN) is a different service. JET Express (jetexpress.co.id, 1-500-538) is a different company: ' +
      'never use its line for a J&T parcel. Research found no data for J&T in China or for J&T International.',
  },
  {
    id: 'jet-express',
    website: 'https://www.jetexpress.co.id',
    regions: {
      ID: {
        phones: [
          {
            e164: '1500538',
            display: '1-500-538',
            label: 'Customer service hotline',
            ...official(
              'https://www.jetexpress.co.id/Help',
              `${SHORT_CODE} "kindly contact our customer service hotline at 1-500-538" (page recorded over http).`,
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
      },
    },
    lookalikes: ['jt-express'],
    notes: 'JET Express is not J&T Express (jet.co.id): a different Indonesian company with its own hotline.',
  },
  {
    id: 'jt-cargo',
    website: 'https://office.jtcargo.com.vn',
    regions: {
      VN: {
        phones: [],
        channels: [websiteOnly('https://office.jtcargo.com.vn', 'J&T Cargo Vietnam')],
        tracking: copyPage(
          'https://office.jtcargo.com.vn/trade/orderQuery',
          unverified(
            'https://office.jtcargo.com.vn/trade/orderQuery',
            'Tracking page not confirmed by the carrier: paste the number there.',
          ),
        ),
        noPhoneNote: 'No J&T Cargo phone line could be confirmed: use its website.',
      },
    },
    notes: 'J&T Cargo is J&T’s freight service in Vietnam; its numbers are 12 digits starting with 53.',
  },
  {
    id: 'ninja-van',
    website: 'https://www.ninjavan.co',
    domains: ['ninjavan.co', 'ninjaxpress.co'],
    regions: {
      VN: {
        phones: [
          {
            e164: '+841900988928',
            display: '1900 988 928',
            label: 'Customer service',
            ...official('https://www.ninjavan.co/en-vn/complaints-and-compensation', VN_1900, CONTACTS_CHECKED),
          },
        ],
        channels: [
          channel(
            'contact-page',
            'https://www.ninjavan.co/en-vn/support/contact-us',
            'Ninja Van Vietnam contact form',
            official('https://www.ninjavan.co/en-vn/complaints-and-compensation'),
          ),
          channel(
            'email',
            'mailto:support_vn@ninjavan.co',
            'support_vn@ninjavan.co',
            official('https://www.ninjavan.co/en-vn/complaints-and-compensation'),
          ),
        ],
        claims: channel(
          'claims',
          'https://www.ninjavan.co/en-vn/complaints-and-compensation',
          'Complaints and compensation',
          official('https://www.ninjavan.co/en-vn/complaints-and-compensation'),
        ),
        tracking: copyPage(
          'https://www.ninjavan.co/vi-vn/tracking',
          unverified('https://www.ninjavan.co/vi-vn/tracking', UNCERTAIN_LINK),
        ),
      },
      SG: {
        phones: [],
        channels: [
          websiteOnly('https://www.ninjavan.co/en-sg', 'Ninja Van Singapore'),
          {
            ...channel(
              'email',
              'mailto:shippercare_sg@ninjavan.co',
              'Shipper support: shippercare_sg@ninjavan.co',
              official(
                'https://ninjavan.co/en-sg/shipper-support/billing-process',
                '"please reach out to our shipper support team at shippercare_sg@ninjavan.co" (billing questions).',
                CONTACTS_CHECKED,
              ),
            ),
            caveats: ['senders-only'],
          },
        ],
        tracking: template(
          'https://www.ninjavan.co/en-sg/tracking?id={number}',
          unverified('https://www.ninjavan.co/en-sg/tracking', COMMUNITY_LINK),
        ),
        noPhoneNote: 'No Ninja Van Singapore phone line for recipients could be confirmed: use its website.',
      },
      MY: {
        phones: [],
        channels: [websiteOnly('https://www.ninjavan.co/en-my', 'Ninja Van Malaysia')],
        tracking: template(
          'https://www.ninjavan.co/en-my/tracking?id={number}',
          unverified('https://www.ninjavan.co/en-my/tracking', COMMUNITY_LINK),
        ),
        noPhoneNote: 'No Ninja Van Malaysia phone line could be confirmed: use its website.',
      },
      PH: {
        phones: [],
        channels: [websiteOnly('https://www.ninjavan.co/en-ph', 'Ninja Van Philippines')],
        tracking: copyPage(
          'https://www.ninjavan.co/en-ph/tracking',
          unverified('https://www.ninjavan.co/en-ph/tracking', UNCERTAIN_LINK),
        ),
        noPhoneNote: 'No Ninja Van Philippines phone line could be confirmed: use its website.',
      },
      TH: {
        phones: [],
        channels: [websiteOnly('https://www.ninjavan.co/en-th', 'Ninja Van Thailand')],
        tracking: copyPage(
          'https://www.ninjavan.co/en-th/tracking',
          unverified('https://www.ninjavan.co/en-th/tracking', UNCERTAIN_LINK),
        ),
        noPhoneNote: 'No Ninja Van Thailand phone line could be confirmed: use its website.',
      },
      ID: {
        phones: [
          {
            e164: '+622129264120',
            display: '+62 21 2926 4120',
            label: 'Customer service (Ninja Xpress)',
            hours: hours('Asia/Jakarta', 'Every day 08:00–23:00 WIB', [EVERY_DAY, '08:00', '23:00']),
            ...official(
              'https://www.ninjavan.co/en-id/support/consignee-support/delivery-issues/my-parcel-is-damaged-lost',
              '"Everyday at 08:00 - 23:00 Western Indonesian Time. Call us at +622129264120." The page also offers ' +
                'NinjaChat and an enquiry form, and says refunds for lost parcels go through the sender or the ' +
                'e-commerce platform.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://www.ninjaxpress.co/id-id/tracking',
          unverified('https://www.ninjaxpress.co/id-id/tracking', UNCERTAIN_LINK),
        ),
      },
    },
    notes: 'Trades as Ninja Xpress in Indonesia.',
  },
  {
    id: 'flash-express',
    website: 'https://www.flashexpress.co.th',
    domains: ['flashexpress.co.th', 'flashexpress.com', 'flashexpress.ph', 'flashexpress.my'],
    regions: {
      TH: {
        phones: [
          {
            e164: '+6621682111',
            display: '(02) 168-2111',
            label: 'Customer service',
            ...official(
              'https://www.flashexpress.com/faq/cod/',
              'From the English FAQ (date unknown). The often-quoted "1462" was not found on Flash pages.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [
          channel(
            'email',
            'mailto:cuscare@flashexpress.com',
            'cuscare@flashexpress.com',
            official('https://www.flashexpress.co.th/faq/claim/', undefined, CONTACTS_CHECKED),
          ),
        ],
        claims: channel(
          'claims',
          'https://www.flashexpress.co.th/faq/claim/',
          'Claims FAQ',
          official('https://www.flashexpress.co.th/faq/claim/'),
        ),
        tracking: template(
          'https://www.flashexpress.co.th/fle/tracking?se={number}',
          unverified('https://www.flashexpress.co.th/fle/tracking', COMMUNITY_LINK),
        ),
      },
      PH: {
        phones: [],
        channels: [websiteOnly('https://www.flashexpress.ph', 'Flash Express Philippines')],
        tracking: copyPage(
          'https://www.flashexpress.ph/fle/tracking',
          unverified('https://www.flashexpress.ph/fle/tracking', UNCERTAIN_LINK),
        ),
        noPhoneNote: 'No Flash Express Philippines phone line could be confirmed: use its website.',
      },
      MY: {
        phones: [],
        channels: [websiteOnly('https://www.flashexpress.my', 'Flash Express Malaysia')],
        tracking: copyPage(
          'https://www.flashexpress.my/fle/tracking',
          unverified('https://www.flashexpress.my/fle/tracking', UNCERTAIN_LINK),
        ),
        noPhoneNote: 'No Flash Express Malaysia phone line could be confirmed: use its website.',
      },
    },
    notes:
      'Flash Group says it partners with TikTok Shop in the Philippines: ' +
      'https://tribune.net.ph/2024/03/07/flash-group-supports-moves-to-curb-bogus-online-sellers',
  },
  {
    id: 'spx',
    website: 'https://spx.co.id',
    domains: ['spx.co.id', 'spx.com.my', 'spx.vn', 'spx.ph'],
    regions: {
      ID: {
        phones: [],
        channels: [websiteOnly('https://spx.co.id', 'SPX Express Indonesia')],
        tracking: template('https://spx.co.id/track?{number}', unverified('https://spx.co.id/track', COMMUNITY_LINK)),
        noPhoneNote: 'No SPX Indonesia phone line could be confirmed: use its website.',
      },
      MY: {
        phones: [],
        channels: [websiteOnly('https://spx.com.my', 'SPX Express Malaysia')],
        tracking: template('https://spx.com.my/track?{number}', unverified('https://spx.com.my/track', COMMUNITY_LINK)),
        noPhoneNote: 'No SPX Malaysia phone line could be confirmed: use its website.',
      },
      VN: {
        phones: [],
        channels: [websiteOnly('https://spx.vn', 'SPX Express Vietnam')],
        tracking: copyPage('https://spx.vn/track', unverified('https://spx.vn/track', UNCERTAIN_LINK)),
        noPhoneNote: 'No SPX Vietnam phone line could be confirmed: use its website.',
      },
      PH: {
        phones: [],
        channels: [websiteOnly('https://spx.ph', 'SPX Express Philippines')],
        tracking: copyPage('https://spx.ph/track', unverified('https://spx.ph/track', UNCERTAIN_LINK)),
        noPhoneNote: 'No SPX Philippines phone line could be confirmed: use its website.',
      },
    },
    notes:
      "Shopee's delivery arm (SPX Xpress, formerly Shopee Express). Research found no evidence that it carries TikTok " +
      'Shop orders. A Thai site (spx.co.th) exists but its tracking page was not confirmed.',
  },
  {
    id: 'kerry-express',
    website: 'https://th.kex-express.com',
    domains: ['kex-express.com', 'kerryexpress.com'],
    regions: {
      TH: {
        phones: [
          {
            e164: '1217',
            display: '1217',
            label: 'Call center',
            ...official('https://th.kerryexpress.com/en/terms-of-use', SHORT_CODE, CONTACTS_CHECKED),
          },
          {
            e164: '1217',
            display: '1217 ext. 5',
            extension: '5',
            label: 'Claims desk',
            hours: hours('Asia/Bangkok', 'Mon–Fri 08:30–18:00, excluding national holidays', [
              WEEKDAYS,
              '08:30',
              '18:00',
            ]),
            caveats: ['claims-only'],
            ...official(
              'https://th.kerryexpress.com/en/faq/',
              `${SHORT_CODE} Choose extension 5 for claims.`,
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://th.kex-express.com/th/track/',
          unverified('https://th.kex-express.com/th/track/', UNCERTAIN_LINK),
        ),
      },
    },
    notes:
      'Kerry Express Thailand is now "KEX Express (Thailand) Public Company Limited" ' +
      '(https://th.kex-express.com/en/terms-and-conditions-of-carriage). KEX Malaysia (ex-ABX) and Kerry Express ' +
      'Indonesia are separate companies and not covered here.',
  },
  {
    id: 'thailand-post',
    website: 'https://www.thailandpost.co.th',
    regions: {
      TH: {
        phones: [
          {
            e164: '1545',
            display: '1545',
            label: 'THP Contact Center',
            ...official(
              'https://www.thailandpost.co.th/%E0%B8%84%E0%B8%B3%E0%B8%96%E0%B8%B2%E0%B8%A1%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B8%9E%E0%B8%9A%E0%B8%9A%E0%B9%88%E0%B8%AD%E0%B8%A2.html',
              `${SHORT_CODE} "THP Contact Center 1545" on Thailand Post's FAQ; its hours are not stated.`,
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://track.thailandpost.co.th/?trackNumber={number}',
          unverified('https://track.thailandpost.co.th/', COMMUNITY_LINK),
        ),
      },
    },
    notes: 'International items carry UPU S10 numbers ending in TH.',
  },
  {
    id: 'best-express',
    website: 'https://www.best-inc.co.th',
    domains: ['best-inc.co.th', 'best-inc.vn'],
    regions: {
      TH: {
        phones: [],
        channels: [websiteOnly('https://www.best-inc.co.th', 'Best Express Thailand')],
        tracking: copyPage(
          'https://www.best-inc.co.th/track',
          unverified('https://www.best-inc.co.th/track', UNCERTAIN_LINK),
        ),
        noPhoneNote: 'No Best Express Thailand phone line could be confirmed: use its website.',
      },
      VN: {
        phones: [
          {
            e164: '+8419001031',
            display: '1900 1031',
            label: 'Customer care hotline',
            hours: hours(
              'Asia/Ho_Chi_Minh',
              'Mon–Fri 7:30–19:00, Sat–Sun 8:00–17:00',
              [WEEKDAYS, '07:30', '19:00'],
              [['sat', 'sun'], '08:00', '17:00'],
            ),
            ...unverified(
              'https://giaohangbest.vn/ho-tro/cau-hoi-thuong-gap',
              `The FAQ speaks as BEST Express ("gọi đến tổng đài chăm sóc khách hàng của chúng tôi - Hotline: 1900 ` +
                '1031") but is not on best-inc.vn, so it is not confirmed as BEST’s own. ' +
                VN_1900,
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [websiteOnly('https://best-inc.vn', 'Best Express Vietnam')],
        tracking: copyPage('https://best-inc.vn/track', unverified('https://best-inc.vn/track', UNCERTAIN_LINK)),
      },
    },
    notes: 'The Malaysian site was found only over http (best-inc.my); no Malaysian entry until it is checked.',
  },
  {
    id: 'ghn',
    website: 'https://ghn.vn',
    regions: {
      VN: {
        phones: [],
        channels: [websiteOnly('https://ghn.vn', 'GHN')],
        tracking: template(
          'https://donhang.ghn.vn/?order_code={number}',
          unverified(
            'https://packagist.org/packages/tringuyenduc2903/giaohangnhanh-laravel',
            'GHN does not document this link; if the page opens without your parcel, paste the number there.',
          ),
        ),
        noPhoneNote: 'The GHN hotline listed by third parties could not be confirmed on ghn.vn: use its website.',
      },
    },
  },
  {
    id: 'ghtk',
    website: 'https://giaohangtietkiem.vn',
    domains: ['giaohangtietkiem.vn', 'ghtk.vn'],
    regions: {
      VN: {
        phones: [],
        channels: [websiteOnly('https://giaohangtietkiem.vn', 'GHTK')],
        tracking: template(
          'https://i.ghtk.vn/{number}',
          unverified(
            'https://packagist.org/packages/tringuyenduc2903/giaohangtietkiem-laravel',
            'GHTK does not document this link; if the page opens without your parcel, paste the number there.',
          ),
        ),
        noPhoneNote:
          'The GHTK hotline listed by third parties could not be confirmed on its own site: use its website.',
      },
    },
  },
  {
    id: 'viettel-post',
    website: 'https://viettelpost.com.vn',
    regions: {
      VN: {
        phones: [],
        channels: [websiteOnly('https://viettelpost.com.vn', 'Viettel Post')],
        tracking: copyPage(
          'https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/',
          unverified('https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/', UNCERTAIN_LINK),
        ),
        noPhoneNote:
          'The Viettel Post hotline listed by third parties could not be confirmed on its own site: use its website.',
      },
    },
  },
  {
    id: 'vnpost',
    website: 'https://vnpost.vn',
    domains: ['vnpost.vn', 'ems.com.vn'],
    regions: {
      VN: {
        phones: [
          {
            e164: '+841900545481',
            display: '1900 54 54 81',
            label: 'Hotline',
            ...official(
              'https://www.vnpost.vn/en-us/dich-vu/chi-tiet/id/183/key/parcel-post-service',
              `In the page header of VNPost's site (recorded over http); hours are not stated. ${VN_1900}`,
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://ems.com.vn/tra-cuu/tra-cuu-buu-gui',
          unverified('https://ems.com.vn/tra-cuu/tra-cuu-buu-gui', UNCERTAIN_LINK),
        ),
      },
    },
    notes: 'International items carry UPU S10 numbers ending in VN. EMS Vietnam (ems.com.vn) is its express arm.',
  },
  {
    id: 'jne',
    website: 'https://www.jne.co.id',
    regions: {
      ID: {
        phones: [
          {
            e164: '+622129278888',
            display: '021-2927-8888',
            label: 'Customer Care',
            ...unverified(
              'https://www.kompas.com/tren/read/2021/11/07/145500965/cara-lapor-paket-rusak-atau-hilang-di-jne-j-t-dan-sicepat?page=all',
              'JNE\'s head of media relations quoted by Kompas (2021-11-07): "Bisa melapor ke Customer Care JNE di ' +
                'nomor telepon: 021-29278888 atau email: customercare@jne.co.id". Not found on jne.co.id.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [
          channel(
            'email',
            'mailto:customercare@jne.co.id',
            'customercare@jne.co.id',
            unverified(
              'https://www.kompas.com/tren/read/2021/11/07/145500965/cara-lapor-paket-rusak-atau-hilang-di-jne-j-t-dan-sicepat?page=all',
              'Given by JNE to Kompas (2021-11-07); not found on jne.co.id.',
              CONTACTS_CHECKED,
            ),
          ),
          websiteOnly('https://www.jne.co.id', 'JNE'),
        ],
        tracking: {
          ...copyPage(
            'https://www.jne.co.id/tracking-package',
            unverified(
              'https://www.jne.co.id/tracking-package',
              "Tracking page only; it may ask for the last 5 digits of the recipient's phone.",
            ),
          ),
          asks: ['phone-digits'],
        },
      },
    },
  },
  {
    id: 'sicepat',
    website: 'https://www.sicepat.com',
    regions: {
      ID: {
        phones: [],
        channels: [websiteOnly('https://www.sicepat.com', 'SiCepat')],
        tracking: copyPage(
          'https://www.sicepat.com',
          unverified('https://www.sicepat.com', 'No confirmed link fills in the number: track on the website.'),
        ),
        noPhoneNote: 'Public sources disagree on the SiCepat hotline: use its website.',
      },
    },
  },
  {
    id: 'anteraja',
    website: 'https://anteraja.id',
    regions: {
      ID: {
        phones: [],
        channels: [websiteOnly('https://anteraja.id', 'AnterAja')],
        tracking: copyPage('https://anteraja.id/tracking', unverified('https://anteraja.id/tracking', UNCERTAIN_LINK)),
        noPhoneNote: 'Public sources give two different AnterAja numbers: use its website.',
      },
    },
  },
  {
    id: 'id-express',
    website: 'https://idexpress.com',
    regions: {
      ID: {
        phones: [],
        channels: [
          channel(
            'help',
            'https://idexpress.com/bantuan/syarat-dan-ketentuan/',
            'ID Express help: terms and conditions',
            official('https://idexpress.com/bantuan/syarat-dan-ketentuan/'),
          ),
        ],
        tracking: copyPage(
          'https://idexpress.com',
          unverified('https://idexpress.com', 'No confirmed link fills in the number: track on the website.'),
        ),
        noPhoneNote: 'No ID Express phone line could be confirmed: use its website.',
      },
    },
  },
  {
    id: 'pos-indonesia',
    website: 'https://www.posindonesia.co.id',
    regions: {
      ID: {
        phones: [],
        channels: [websiteOnly('https://www.posindonesia.co.id', 'Pos Indonesia')],
        tracking: copyPage(
          'https://www.posindonesia.co.id',
          unverified('https://www.posindonesia.co.id', 'No confirmed link fills in the number: track on the website.'),
        ),
        noPhoneNote: 'Only an unconfirmed Pos Indonesia number is known: use its website.',
      },
    },
    notes: 'International items carry UPU S10 numbers ending in ID.',
  },
  {
    id: 'lion-parcel',
    website: 'https://lionparcel.com',
    regions: {
      ID: {
        phones: [
          {
            e164: '+6281119561000',
            display: '08111 956 1000',
            label: 'Official WhatsApp',
            caveats: ['whatsapp-only'],
            ...official(
              'https://lionparcel.com/my/claim',
              '"Beware of scams! Lion Parcel’s official WhatsApp number is 08111 956 1000 only." No voice line is ' +
                'published; hours are not stated.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [websiteOnly('https://lionparcel.com', 'Lion Parcel')],
        claims: channel(
          'claims',
          'https://lionparcel.com/my/claim',
          'Lion Parcel claims',
          official(
            'https://lionparcel.com/my/claim',
            'Late or damaged parcels: within 7 days of receipt; lost parcels: within 30 days.',
            CONTACTS_CHECKED,
          ),
        ),
        tracking: copyPage(
          'https://lionparcel.com/tracking',
          unverified('https://lionparcel.com/tracking', UNCERTAIN_LINK),
        ),
      },
    },
  },
  {
    id: 'pos-malaysia',
    website: 'https://www.pos.com.my',
    regions: {
      MY: {
        phones: [
          {
            e164: '+601300300300',
            display: '1-300-300-300',
            label: 'Customer Service Hotline',
            ...official(
              'https://www-stg-1.pos.com.my/faq',
              'Read on a stored copy of the Pos Malaysia FAQ (staging host of pos.com.my), which also offers the ' +
                'AskPos chatbot. 1-300 local-rate number: may not be reachable from outside Malaysia.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        claims: channel(
          'claims',
          'https://www-stg-1.pos.com.my/faq',
          'Pos Laju loss or damage complaints (FAQ)',
          official(
            'https://www-stg-1.pos.com.my/faq',
            'Compensation for domestic Pos Laju parcels posted on or after 15 Aug 2025 is capped at RM200 or the declared value.',
          ),
        ),
        tracking: template(
          'https://tracking.pos.com.my/tracking/{number}',
          unverified('https://tracking.pos.com.my/', COMMUNITY_LINK),
        ),
      },
    },
    notes: 'International items carry UPU S10 numbers ending in MY.',
  },
  {
    id: 'city-link',
    website: 'https://www.citylinkexpress.com',
    regions: {
      MY: {
        phones: [
          {
            e164: '+601300882489',
            display: '1300-88-2489',
            label: 'Toll-free hotline',
            ...official(
              'https://www.citylinkexpress.com/code-of-ethics/',
              'For a missed delivery, or a parcel received in poor condition ("notify City-Link Express immediately ' +
                'within 48 hours"). The hours on that page are delivery hours, not hotline hours.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [websiteOnly('https://www.citylinkexpress.com', 'City-Link Express')],
        tracking: copyPage(
          'https://www.citylinkexpress.com',
          unverified('https://www.citylinkexpress.com', 'No reliable link fills in the number: track on the website.'),
        ),
      },
      SG: {
        phones: [
          {
            e164: '+6563443377',
            display: '+65 6344 3377',
            label: 'Hotline (after a failed delivery attempt)',
            ...official(
              'https://citylinkexpress.com/sg/code-of-ethics',
              '"please contact our hotline +65 63443377, should you receive our notification card on a failed ' +
                'delivery attempt". The hours on that page are delivery hours, not hotline hours.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
      },
    },
  },
  {
    id: 'lbc',
    website: 'https://www.lbcexpress.com',
    regions: {
      PH: {
        phones: [],
        channels: [websiteOnly('https://www.lbcexpress.com', 'LBC Express')],
        tracking: copyPage(
          'https://www.lbcexpress.com',
          unverified(
            'https://www.lbcexpress.com',
            'No confirmed link fills in the number: use Track & Trace on the website.',
          ),
        ),
        noPhoneNote: 'The LBC hotline could not be confirmed on its own site: use its website.',
      },
    },
  },
  {
    id: '2go',
    website: 'https://www.2go.com.ph',
    regions: {
      PH: {
        phones: [],
        channels: [websiteOnly('https://www.2go.com.ph', '2GO')],
        tracking: copyPage(
          'https://supplychain.2go.com.ph/track/',
          unverified(
            'https://supplychain.2go.com.ph/track/',
            'Tracking page not confirmed by the carrier: paste the number there.',
          ),
        ),
        noPhoneNote: 'No 2GO phone line could be confirmed: use its website.',
      },
    },
  },
  {
    id: 'phlpost',
    website: 'https://phlpost.gov.ph',
    regions: {
      PH: {
        phones: [
          {
            e164: '+63282887678',
            display: '(02) 8288-7678',
            printedAs: '(02) 288-POST',
            label: 'Customer Care Hotline',
            caveats: ['letters-only'],
            ...official(
              'https://phlpost.gov.ph/citizens-charter/',
              'The charter prints "Customer Care Hotline : (02) 288-POST". On a phone keypad P=7, O=6, S=7, T=8, and ' +
                'Metro Manila numbers gained a leading 8 in 2019: (02) 8288-7678, the form a news article prints ' +
                '(https://www.metropoler.net/phlpost-cancels-notification-cards-to-speed-up-deliveries/), with hours ' +
                'Mon–Fri except holidays.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://phlpost.gov.ph',
          unverified('https://phlpost.gov.ph', 'No link fills in the number: use the tracking box on the site.'),
        ),
      },
    },
    notes: 'International items carry UPU S10 numbers ending in PH.',
  },
  {
    id: 'singpost',
    website: 'https://www.singpost.com',
    regions: {
      SG: {
        phones: [],
        channels: [websiteOnly('https://www.singpost.com', 'SingPost')],
        tracking: copyPage(
          'https://www.singpost.com/track-items/',
          official(
            'https://singpost.com/support-centre/receiving/receiving-registered-mail-items',
            'SingPost names this page for tracking Registered Service items; code disagrees on a query parameter, ' +
              'so the number is pasted there. An item with no tracking number went by Basic Mail, which is not tracked.',
            CONTACTS_CHECKED,
          ),
        ),
        noPhoneNote:
          'No current SingPost phone line could be confirmed (1605 appears only on blogs from about 2011): use its website.',
      },
    },
    notes: 'International items carry UPU S10 numbers ending in SG.',
  },
  {
    id: 'china-post',
    website: 'https://english.chinapost.com.cn',
    domains: ['chinapost.com.cn', 'chinapostnews.com.cn'],
    regions: {
      CN: {
        phones: [
          {
            e164: '11185',
            display: '11185',
            label: 'Postal business (letters, parcels)',
            ...official(
              'https://www.chinapostnews.com.cn/html1/report/2002/2625-1.htm',
              `${SHORT_CODE} China Post's site prints "Postal Business: 8610 11185" (page recorded over http).`,
            ),
          },
        ],
        channels: [],
      },
      INTL: {
        phones: [
          {
            e164: '+861011185',
            display: '+86 10 11185',
            label: 'Postal business, from outside China',
            ...official(
              'https://www.chinapostnews.com.cn/html1/report/2002/2625-1.htm',
              'Printed as "8610 11185" (Beijing area code); page recorded over http.',
            ),
          },
        ],
        channels: [],
      },
    },
    notes:
      '11185 is the postal business; EMS items (numbers E?…CN) belong to China EMS (11183). Abroad, the destination ' +
      "country's post delivers the parcel under the same S10 number: its hotline usually helps faster. " +
      'Research found no China Post tracking deep link.',
  },
  {
    id: 'china-ems',
    website: 'https://www.ems.com.cn',
    domains: ['ems.com.cn', 'chinapostnews.com.cn'],
    regions: {
      CN: {
        phones: [
          {
            e164: '11183',
            display: '11183',
            label: 'EMS / express parcels',
            ...official(
              'https://www.chinapostnews.com.cn/html1/report/2002/2625-1.htm',
              `${SHORT_CODE} China Post's site prints "Logistics and EMS: 8610 11183" (page recorded over http).`,
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://yjcx.ems.com.cn/qps/english/yjcx',
          unverified('https://yjcx.ems.com.cn/qps/english/yjcx', UNCERTAIN_LINK),
        ),
      },
      INTL: {
        phones: [
          {
            e164: '+861011183',
            display: '+86 10 11183',
            label: 'EMS, from outside China',
            ...official(
              'https://www.chinapostnews.com.cn/html1/report/2002/2625-1.htm',
              'Printed as "8610 11183" (Beijing area code); page recorded over http.',
            ),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://yjcx.ems.com.cn/qps/english/yjcx',
          unverified('https://yjcx.ems.com.cn/qps/english/yjcx', UNCERTAIN_LINK),
        ),
      },
    },
    notes:
      'EMS numbers look like E?#########CN. Old copies of the EMS FAQ give 11185, from before EMS was split from the ' +
      'postal business: 11183 is current.',
  },
  {
    id: 'cainiao',
    website: 'https://global.cainiao.com',
    domains: ['cainiao.com'],
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://global.cainiao.com', 'Cainiao Global')],
        tracking: template(
          'https://global.cainiao.com/newDetail.htm?mailNoList={number}',
          unverified('https://global.cainiao.com/', COMMUNITY_LINK),
        ),
        noPhoneNote:
          'No Cainiao phone line for recipients could be confirmed: track on its site. The carrier in the destination country delivers the last part and has its own line.',
      },
    },
    notes: 'Cainiao parcels often also carry the destination post’s S10 number; that carrier delivers the last mile.',
  },
  {
    id: 'yunexpress',
    website: 'https://www.yunexpress.com',
    domains: ['yunexpress.com', 'yuntrack.com'],
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.yunexpress.com', 'YunExpress')],
        tracking: template(
          'https://www.yuntrack.com/parcelTracking?id={number}',
          unverified(
            'https://github.com/jkeen/tracking_number_data/blob/main/couriers/yunexpress.json',
            'Curated community tracking data (jkeen/tracking_number_data).',
          ),
        ),
        noPhoneNote:
          'No YunExpress phone line could be confirmed: track on YunTrack. The carrier in the destination country delivers the last part and has its own line.',
      },
    },
    notes: 'Numbers look like YT + 16 digits. A destination carrier usually delivers the last mile.',
  },
  {
    id: '4px',
    website: 'https://track.4px.com',
    domains: ['4px.com'],
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://track.4px.com', '4PX tracking')],
        tracking: copyPage('https://track.4px.com', unverified('https://track.4px.com', UNCERTAIN_LINK)),
        noPhoneNote:
          'No 4PX phone line could be confirmed: track on its site. The carrier in the destination country delivers the last part and has its own line.',
      },
    },
    notes:
      '4PX often hands parcels to a destination carrier, and a second tracking number then appears ("Tendered for Delivery").',
  },
  {
    id: 'yanwen',
    website: 'https://www.yw56.com.cn',
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.yw56.com.cn', 'Yanwen')],
        tracking: template(
          'https://track.yw56.com.cn/en/querydel?nums={number}',
          unverified('https://track.yw56.com.cn/', COMMUNITY_LINK),
        ),
        noPhoneNote:
          'No Yanwen phone line could be confirmed: track on its site. The carrier in the destination country delivers the last part and has its own line.',
      },
    },
    notes: 'Yanwen numbers ending in YP are not UPU S10 numbers ("YP" is not a country).',
  },
  {
    id: 'sf-express',
    website: 'https://www.sf-express.com',
    regions: {
      CN: {
        phones: [
          {
            e164: '95338',
            display: '95338',
            label: 'Customer service hotline (mainland China)',
            ...official('https://intl-img.sf-express.com/en/help/help_26.html', SHORT_CODE),
          },
        ],
        channels: [],
        tracking: copyPage(
          'https://www.sf-express.com',
          unverified(
            'https://www.sf-express.com',
            'The deep link depends on the region path and is unverified: track on the website.',
          ),
        ),
      },
    },
    notes: 'No international number for SF could be confirmed; 95338 is dialled inside mainland China.',
  },
];
