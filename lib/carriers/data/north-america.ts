/**
 * Contact data of the carriers of the United States and Canada (their names and aliases: ./names.ts).
 * Facts: ../shared/research/carriers-west.md §0, §2, §11; carrier list: tiktok.md §3.2 (US Seller Shipping names).
 * Gap carriers the research did not cover (Spee-Dee, Better Trucks, TForce, AxleHire, LSO, GLS US, Landmark, Canpar)
 * were looked up on 2026-11-26 in public code and pages; none of them had a phone line we could source.
 * ../shared/research/contacts-2026-11.md (checked 2026-11-30) added Canada Post's line and the official answers of
 * DHL eCommerce (ask the merchant) and Purolator (its virtual assistant).
 */
import {
  CONTACTS_CHECKED,
  JK,
  KA,
  WEEKDAYS,
  channel,
  copyPage,
  hours,
  official,
  officialAnswer,
  template,
  unverified,
  websiteOnly,
  type CarrierContactRecord,
} from './sourcing';

const NO_PHONE = 'No customer-service phone line could be confirmed; use the website.';

export const NORTH_AMERICA_CONTACTS: CarrierContactRecord[] = [
  {
    id: 'usps',
    website: 'https://www.usps.com',
    regions: {
      US: {
        phones: [
          {
            e164: '+18002758777',
            display: '1-800-275-8777 (1-800-ASK-USPS)',
            label: 'Customer service',
            ...official(
              'https://www.crapo.senate.gov/services/casework/us-postal-service',
              'Confirmed by a US Senate office page, not by usps.com. Hours (third-party sites only, unverified): Mon-Fri 8:00-20:30 ET, Sat 8:00-18:00 ET.',
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}',
          unverified(JK('usps.json'), 'Community pattern (jkeen/tracking_number_data and karrio).'),
        ),
      },
    },
  },
  {
    id: 'ups',
    website: 'https://www.ups.com',
    regions: {
      US: {
        phones: [
          {
            e164: '+18007425877',
            display: '1-800-742-5877 (1-800-PICK-UPS)',
            label: 'Customer service',
            // Also listed by https://complainthub.org/ups-us-help (third party).
            ...unverified(
              'https://pdfslide.us/documents/2013-retail-rates.html',
              "UPS's own 2017 Rate and Service Guide (Retail Rates, Alaska and Hawaii) lists it under Essential Contacts " +
                'as UPS Customer Service, but the copy found is on a third-party host and no ups.com page stating it was ' +
                'found.',
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.ups.com/track?loc=en_US&tracknum={number}',
          unverified(KA('ups'), 'Community pattern.'),
        ),
      },
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.ups.com', 'UPS')],
        tracking: template(
          'https://www.ups.com/track?loc=en_US&tracknum={number}',
          unverified(KA('ups'), 'Community pattern.'),
        ),
        noPhoneNote: 'No UPS customer-service number outside the US could be confirmed; use ups.com.',
      },
    },
  },
  {
    id: 'fedex',
    website: 'https://www.fedex.com',
    regions: {
      US: {
        phones: [
          {
            e164: '+18004633339',
            display: '1-800-463-3339 (1.800.GoFedEx)',
            label: 'Customer service',
            ...official('https://www.fedex.com/us_espanol/customersupport/managing/'),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.fedex.com/fedextrack/?trknbr={number}',
          unverified(KA('fedex'), 'Community pattern.'),
        ),
      },
      MX: {
        phones: [
          {
            e164: '+525552289904',
            display: '55 5228 9904',
            label: 'Customer service and claims',
            ...official('https://www.fedex.com/en-mx/customer-support/claims.html'),
          },
        ],
        channels: [],
        claims: channel(
          'claims',
          'https://www.fedex.com/en-mx/customer-support/claims.html',
          'FedEx Mexico claims',
          official('https://www.fedex.com/en-mx/customer-support/claims.html'),
        ),
        tracking: template(
          'https://www.fedex.com/es-mx/tracking.html?tracknumbers={number}',
          unverified('https://www.fedex.com/es-mx/tracking.html', 'Community pattern (shipment-tracking plugin list).'),
        ),
      },
      ES: {
        phones: [
          {
            e164: '+34902100871',
            display: '902 100 871',
            label: 'Customer service (from Spain)',
            hours: hours('Europe/Madrid', 'Mon-Fri 8:00-20:00', [WEEKDAYS, '08:00', '20:00']),
            caveats: ['premium-rate'],
            ...official('https://www.fedex.com/es/contact/faq.html', 'Old FedEx page; 902 numbers are premium-rate.'),
          },
          {
            e164: '+34915209060',
            display: '+34 915 209 060',
            label: 'Customer service (from abroad)',
            hours: hours('Europe/Madrid', 'Mon-Fri 8:00-20:00', [WEEKDAYS, '08:00', '20:00']),
            ...official('https://www.fedex.com/es/contact/faq.html', 'Old FedEx page.'),
          },
        ],
        channels: [],
      },
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.fedex.com', 'FedEx')],
        tracking: template(
          'https://www.fedex.com/fedextrack/?trknbr={number}',
          unverified(KA('fedex'), 'Community pattern.'),
        ),
        noPhoneNote: 'No FedEx number for this country could be confirmed; use fedex.com.',
      },
    },
  },
  {
    id: 'dhl-express',
    website: 'https://www.dhl.com',
    domains: ['dhl.de', 'dhl-usa.com'],
    regions: {
      US: {
        phones: [
          {
            e164: '+18002255345',
            display: '1-800-225-5345 (1-800-CALL-DHL)',
            label: 'Customer service',
            ...official(
              'https://www.dhl-usa.com/en/express/resource_center/claims/claims_faqs.html',
              "DHL Express USA's own claims FAQ (an older dhl-usa.com page, indexed over http) says to call DHL Customer " +
                'Service at 1 (800) 225-5345 to start a trace; no current dhl.com page with it was found, so re-verify.',
            ),
          },
          {
            e164: '+18007220081',
            display: '1-800-722-0081, option 2',
            label: 'Billing and payments only',
            ...official('https://mydhl.express.dhl/us/en/help-and-support/faqs/payment-billing.html'),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}',
          unverified(KA('dhl_express'), 'Community pattern.'),
        ),
      },
      GB: {
        phones: [],
        channels: [],
        tracking: template(
          'https://www.dhl.com/gb-en/home/tracking.html?tracking-id={number}',
          unverified('https://www.dhl.com/gb-en/home/tracking.html', 'Community pattern.'),
        ),
      },
      ES: {
        phones: [],
        channels: [],
        tracking: template(
          'https://www.dhl.com/es-es/home/tracking.html?tracking-id={number}',
          unverified('https://www.dhl.com/es-es/home/tracking.html', 'Community pattern.'),
        ),
      },
      MX: {
        phones: [],
        channels: [],
        tracking: template(
          'https://www.dhl.com/mx-es/home/rastreo.html?tracking-id={number}',
          unverified('https://www.dhl.com/mx-es/home/rastreo.html', 'Community pattern.'),
        ),
      },
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.dhl.com', 'DHL')],
        tracking: template(
          'https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}',
          unverified(KA('dhl_express'), 'Community pattern.'),
        ),
        noPhoneNote: 'No DHL Express customer-service number outside the US could be confirmed; use dhl.com.',
      },
    },
  },
  {
    id: 'dhl-ecommerce',
    website: 'https://www.dhl.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.dhl.com', 'DHL')],
        tracking: template(
          'https://www.dhl.com/us-en/home/tracking/tracking-ecommerce.html?tracking-id={number}',
          unverified(
            'https://www.dhl.com/us-en/home/tracking/tracking-ecommerce.html',
            'Link format not documented by DHL; DHL lists eCommerce ID formats on its ID-labels page.',
          ),
        ),
        noPhoneNote: NO_PHONE,
        officialAnswer: officialAnswer(
          'contact-retailer',
          'Wenn Sie Ihr Paket noch nicht erhalten haben, wenden Sie sich an den Händler, der Ihnen das Produkt verkauft hat.',
          'https://www.dhl.com/lu-de/home/sendungsverfolgung/tracking-content-injection/ecommerce/transit.html',
          {
            note:
              'DHL eCommerce tracking help (German): "If you have not received your parcel yet, contact the merchant who ' +
              'sold you the product." For parcels to the USA, the U.S. Postal Service delivers the last mile.',
          },
        ),
      },
    },
  },
  {
    id: 'amazon-logistics',
    website: 'https://www.amazon.com',
    domains: ['amazon.co.uk'],
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.amazon.com', 'Amazon')],
        tracking: template(
          'https://track.amazon.com/tracking/{number}',
          unverified(
            'https://track.amazon.com/',
            'Community pattern (10+ repositories); one notes it usually resolves only while signed in to Amazon.',
          ),
        ),
        noPhoneNote: 'No Amazon Logistics phone line could be confirmed on an Amazon page; use the website.',
      },
    },
  },
  {
    id: 'ontrac',
    website: 'https://www.ontrac.com',
    domains: ['lasership.com'],
    regions: {
      US: {
        phones: [
          {
            e164: '+18003345000',
            display: '800.334.5000',
            label: 'Customer care',
            ...official('https://www.ontrac.com/faq.asp', 'From older ontrac.com pages (2011-2020); re-verify.'),
          },
        ],
        channels: [
          channel(
            'email',
            'mailto:webcustomerservice@ontrac.com',
            'Customer service email',
            official('https://www.ontrac.com/faq.asp', 'From older ontrac.com pages; re-verify.'),
          ),
        ],
        tracking: template(
          'https://www.ontrac.com/tracking/?number={number}',
          unverified(JK('ontrac.json'), 'Community pattern (the data file has http; https is common in code).'),
        ),
      },
    },
    notes:
      'LaserShip acquired OnTrac in 2021 and the combined company took the OnTrac name in 2023 (third-party source: https://unanswered.io/guide/what-is-ontrac-delivery-service).',
  },
  {
    id: 'gofo',
    website: 'https://www.gofoexpress.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.gofoexpress.com', 'GOFO')],
        tracking: template(
          'https://www.gofoexpress.com/tracking.html?searchID={number}',
          unverified(JK('gofo.json', '5912b862129c1091860197e65591aa3ed5b28167'), 'Community pattern.'),
        ),
        noPhoneNote: `${NO_PHONE} (GOFO France's legal/DPO line is not a US customer-service number.)`,
      },
    },
  },
  {
    id: 'uniuni',
    website: 'https://www.uniuni.com',
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.uniuni.com', 'UniUni')],
        tracking: template(
          'https://www.uniuni.com/tracking/?no={number}',
          unverified('https://www.uniuni.com/tracking/', 'Community pattern (several repositories).'),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
  },
  {
    id: 'spee-dee',
    website: 'https://www.speedeedelivery.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.speedeedelivery.com', 'Spee-Dee')],
        tracking: template(
          'https://www.speedeedelivery.com/track/?tracking={number}',
          unverified(JK('speedee.json', 'fd1f9165aad956d094ec526677ce2303235389ad'), 'Community pattern.'),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
  },
  {
    id: 'better-trucks',
    website: 'https://www.bettertrucks.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.bettertrucks.com', 'Better Trucks')],
        tracking: template(
          'https://tracking.bettertrucks.com/tracking?trackingNumber={number}',
          unverified(
            'https://tracking.bettertrucks.com/tracking',
            'Community pattern (two repositories and a shipping API example response).',
          ),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
  },
  {
    id: 'tforce',
    website: 'https://www.tforcelogistics.com',
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.tforcelogistics.com', 'TForce')],
        tracking: copyPage(
          'https://www.tforcelogistics.com/track-a-shipment/',
          unverified(
            'https://www.tforcelogistics.com/track-a-shipment/',
            'Tracking page as listed (over http) in community code; no deep link found.',
          ),
        ),
        noPhoneNote: `${NO_PHONE} (TForce Freight's LTL numbers are for freight, not parcels.)`,
      },
    },
  },
  {
    id: 'axlehire',
    website: 'https://www.axlehire.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.axlehire.com', 'AxleHire')],
        noPhoneNote: `${NO_PHONE} Its tracking links use an internal id, not the tracking number, so none is built here.`,
      },
    },
  },
  {
    id: 'lso',
    website: 'https://www.lso.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.lso.com', 'LSO')],
        tracking: copyPage(
          'https://www.lso.com/tracking',
          unverified(
            'https://www.lso.com/tracking',
            'No reliable link fills in the number: paste the number on the tracking page.',
          ),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
  },
  {
    id: 'gls-us',
    website: 'https://www.gls-us.com',
    regions: {
      US: {
        phones: [],
        channels: [websiteOnly('https://www.gls-us.com', 'GLS US')],
        tracking: copyPage(
          'https://www.gls-us.com/tracking',
          unverified(
            'https://www.gls-us.com/tracking',
            'No reliable link fills in the number: paste the number on the tracking page.',
          ),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
    notes: 'GLS US was formerly Golden State Overnight (GSO); community code still calls it GSO.',
  },
  {
    id: 'landmark-global',
    website: 'https://www.landmarkglobal.com',
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.landmarkglobal.com', 'Landmark Global')],
        tracking: template(
          'https://track.landmarkglobal.com/?search={number}',
          unverified(JK('landmark.json', '40ee04e9d7bbc7673801dd30602ca33ac9433768'), 'Community pattern.'),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
  },
  {
    id: 'canada-post',
    website: 'https://www.canadapost-postescanada.ca',
    domains: ['canadapost.ca'],
    regions: {
      CA: {
        phones: [
          {
            e164: '+18666076301',
            display: '1-866-607-6301',
            label: 'Customer Service Department',
            ...official(
              'https://www.canadapost.ca/web/en/blogs/announcements/details.page?article=2017/05/12/important_informatio&cattype=announcements&cat=servicealerts',
              'From a Canada Post service alert of 12 May 2017 ("please call our Customer Service Department at ' +
                '1-866-607-6301"); hours are not on the official page.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [
          channel(
            'chat',
            'https://www.canadapost-postescanada.ca',
            'Online chat (7 days a week)',
            official(
              'https://origin-stg12.canadapost.ca/cpc/en/our-company/news-and-media/corporate-news/coronavirus-disease-covid-19.page',
              'Canada Post says its chat is available 7 days a week.',
            ),
          ),
        ],
        tracking: template(
          'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}',
          unverified(JK('canadapost.json'), 'Community pattern.'),
        ),
      },
    },
  },
  {
    id: 'purolator',
    website: 'https://www.purolator.com',
    regions: {
      CA: {
        phones: [
          {
            e164: '+18887447123',
            display: '1-888-744-7123',
            label: 'Customer care',
            ...unverified(
              'https://quidditch.org.au/purolator-customer-care',
              'Third-party listing only; Purolator itself points to its online virtual assistant (24/7).',
            ),
          },
        ],
        officialAnswer: officialAnswer(
          'virtual-assistant',
          'Please use our online tools on the home page of purolator.com to Ship Now, Track a Shipment, Pay a Bill, ' +
            'Get an Estimate and Chat with our virtual assistant.',
          'https://www.purolator.com/en/articles/service-alert-high-volume-period-service-updates',
          {
            url: 'https://www.purolator.com',
            note:
              'Updated Jan. 11, 2021: "These tools can do the same functions our customer care representatives are ' +
              'able to do over the phone – 24 hours a day, seven days a week".',
          },
        ),
        channels: [
          channel(
            'chat',
            'https://www.purolator.com',
            'Online virtual assistant (24/7)',
            official('https://www.purolator.com/en/articles/service-alert-high-volume-period-service-updates'),
          ),
        ],
        tracking: template(
          'https://www.purolator.com/en/shipping/tracker?searchValue={number}',
          unverified(JK('purolator.json', 'fd1f9165aad956d094ec526677ce2303235389ad'), 'Community pattern.'),
        ),
      },
    },
  },
  {
    id: 'canpar',
    website: 'https://www.canpar.com',
    regions: {
      CA: {
        phones: [],
        channels: [websiteOnly('https://www.canpar.com', 'Canpar')],
        tracking: template(
          'https://www.canpar.com/en/track/tracking.jsp?reference={number}&locale=en',
          unverified(JK('canpar.json', 'fd1f9165aad956d094ec526677ce2303235389ad'), 'Community pattern.'),
        ),
        noPhoneNote: NO_PHONE,
      },
    },
  },
];
