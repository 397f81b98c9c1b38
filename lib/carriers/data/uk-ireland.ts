/**
 * Contact data of the carriers of the United Kingdom and Ireland (their names and aliases: ./names.ts).
 * Facts: ../shared/research/carriers-west.md §3; carrier list: tiktok.md §3.2 (UK platform and seller shipping).
 * InPost was not in the West research; it was looked up in public code on 2026-11-26.
 * ../shared/research/contacts-2026-11.md (checked 2026-11-30) added the carriers' own answers for Evri (ask the
 * sender), Yodel (web chat) and InPost (ask the retailer), and DPD Ireland's Parcel Wizard line.
 */
import {
  CONTACTS_CHECKED,
  JK,
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

export const UK_IRELAND_CONTACTS: CarrierContactRecord[] = [
  {
    id: 'royal-mail',
    website: 'https://www.royalmail.com',
    regions: {
      GB: {
        phones: [
          {
            e164: '+443457740740',
            display: '03457 740 740',
            label: 'Customer service',
            // Hours: only third-party copies of Royal Mail's complaint help article state them (the Ofcom source
            // gives the number, not the hours), e.g. https://coderw.cfd/article/i-m-a-personal-customer-how-do-i-make-a-complaint/886
            // (checked 2026-11-26); an older Citizens Advice page still says Mon-Fri 8-18, Sat 8-13.
            hours: hours(
              'Europe/London',
              'Mon-Fri 8:00-18:30, Sat 8:00-15:00, Sun 9:00-14:00',
              [WEEKDAYS, '08:00', '18:30'],
              [['sat'], '08:00', '15:00'],
              [['sun'], '09:00', '14:00'],
            ),
            ...official(
              'https://www.ofcom.org.uk/postal-services/advice/post-faqs',
              "Stated by the UK postal regulator Ofcom as Royal Mail's Customer Service Helpline (no royalmail.com page " +
                'with it was found). The opening hours are not confirmed by Royal Mail.',
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.royalmail.com/track-your-item#/tracking-results/{number}',
          unverified('https://www.royalmail.com/track-your-item', 'Community pattern (many repositories).'),
        ),
      },
    },
  },
  {
    id: 'parcelforce',
    website: 'https://www.parcelforce.com',
    regions: {
      GB: {
        phones: [
          {
            e164: '+443448004466',
            display: '03448 00 44 66',
            label: 'Customer service',
            ...official('https://www3.parcelforce.com/help-and-advice/tracking/what-does-tracking-description-mean'),
          },
        ],
        channels: [],
        claims: channel(
          'claims',
          'https://parcelforce.com/help-and-advice/sending/problem-or-complaint',
          'Problem or complaint (web form; loss and damage claims are not taken by phone)',
          official('https://parcelforce.com/help-and-advice/sending/problem-or-complaint'),
        ),
        tracking: template(
          'https://www.parcelforce.com/track-trace?trackNumber={number}',
          unverified('https://www.parcelforce.com/track-trace', 'Community pattern (shipment-tracking plugin list).'),
        ),
      },
    },
  },
  {
    id: 'evri',
    website: 'https://www.evri.com',
    regions: {
      GB: {
        phones: [],
        channels: [
          channel(
            'help',
            'https://evri.com/faqs/receiving-a-parcel/how-do-i-track-my-parcel',
            'Evri help: tracking a parcel',
            official('https://evri.com/faqs/receiving-a-parcel/how-do-i-track-my-parcel'),
          ),
        ],
        tracking: template(
          'https://www.evri.com/track/parcel/{number}',
          unverified('https://www.evri.com/track/parcel', 'Community pattern (shipment-tracking plugin list).'),
        ),
        noPhoneNote: 'Evri has no public customer phone line; support is online (web and chat) at evri.com.',
        officialAnswer: officialAnswer(
          'contact-sender',
          'To find out where it is and when it’ll reach us, you’ll need to contact the sender directly.',
          'https://evri.com/faqs/receiving-a-parcel/how-do-i-track-my-parcel',
          {
            note:
              'Evri publishes no phone line and warns about calls "pretending to be someone they’re not" ' +
              '(https://www.evri.com/cyber-security).',
          },
        ),
      },
      INTL: {
        phones: [],
        channels: [],
        tracking: template(
          'https://international.evri.com/tracking/{number}',
          unverified('https://international.evri.com/tracking', 'Community pattern for international parcels.'),
        ),
        noPhoneNote: 'Evri has no public customer phone line; support is online (web and chat) at evri.com.',
      },
    },
    notes:
      'Hermes UK renamed itself Evri in 2022 (https://standard.co.uk/business/hermes-changes-its-name-to-evri-after-parcel-mishandling-allegations-b987530.html).',
  },
  {
    id: 'dpd',
    website: 'https://www.dpdgroup.com',
    domains: ['dpd.co.uk', 'dpd.de', 'dpd.fr', 'dpd.ie', 'dpd.com', 'dpdparcelwizard.ie'],
    regions: {
      GB: {
        phones: [],
        channels: [websiteOnly('https://www.dpd.co.uk', 'DPD UK')],
        tracking: template(
          'https://track.dpd.co.uk/parcels/{number}',
          unverified('https://track.dpd.co.uk/', 'Community pattern.'),
        ),
        noPhoneNote: 'DPD UK does not publish a customer phone number; support runs through its app and website chat.',
      },
      DE: {
        phones: [],
        channels: [websiteOnly('https://www.dpd.com/de', 'DPD Deutschland')],
        tracking: template(
          'https://tracking.dpd.de/status/de_DE/parcel/{number}',
          unverified('https://tracking.dpd.de/', 'Community pattern.'),
        ),
        noPhoneNote: 'No DPD Germany customer phone line could be confirmed; use the website.',
      },
      FR: {
        phones: [],
        channels: [websiteOnly('https://www.dpd.fr', 'DPD France')],
        tracking: template(
          'https://trace.dpd.fr/fr/trace/{number}',
          unverified('https://trace.dpd.fr/', 'Community pattern.'),
        ),
        noPhoneNote: 'No DPD France customer phone line could be confirmed; use the website.',
      },
      IE: {
        phones: [
          {
            e164: '+353906480247',
            display: '+353 (0)90 64 80247',
            label: 'Parcel Wizard and contract queries',
            caveats: ['account-only'],
            ...official(
              'https://www.dpdparcelwizard.ie/Terms',
              'DPD Ireland gives it for trouble accessing Parcel Wizard contract information, not as a general ' +
                'recipient line; "a standard ROI telephone number – please check with your provider re. applicable ' +
                'call rates".',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [
          websiteOnly('https://dpd.ie', 'DPD Ireland'),
          {
            ...channel(
              'email',
              'mailto:parcelwizard@dpd.ie',
              'parcelwizard@dpd.ie',
              official('https://www.dpdparcelwizard.ie/Terms', undefined, CONTACTS_CHECKED),
            ),
            caveats: ['account-only'],
          },
        ],
        tracking: template(
          'https://dpd.ie/tracking?deviceType=5&consignmentNumber={number}',
          unverified(
            'https://dpd.ie/tracking',
            'Community pattern (shipment-tracking plugin lists), checked 2026-11-26.',
          ),
        ),
        noPhoneNote: 'No DPD Ireland line for recipients could be confirmed; use the website.',
      },
    },
  },
  {
    id: 'yodel',
    website: 'https://www.yodel.co.uk',
    regions: {
      GB: {
        phones: [],
        channels: [
          channel(
            'chat',
            'https://www.yodel.co.uk',
            'Customer service webchat',
            official(
              'https://authoring.yodel.co.uk/news/2020/march/covid-19/',
              "Yodel's 2020 notice routes customers to Customer Service via webchat.",
            ),
          ),
        ],
        tracking: template(
          'https://www.yodel.co.uk/tracking/{number}',
          unverified(JK('yodel.json', '15fabeb985bbae6f0f69b67425ca663048cd9216'), 'Community pattern.'),
        ),
        noPhoneNote: 'Yodel publishes no customer phone line; use its webchat.',
        officialAnswer: officialAnswer(
          'web-chat',
          'If you have missed three delivery attempts and now need to collect your parcel from your local depot ' +
            'please get in touch with our Customer Service team via Webchat who will be able to help.',
          'https://authoring.yodel.co.uk/news/2020/march/covid-19/',
          { url: 'https://www.yodel.co.uk', note: "Yodel's 2020 notice (recorded over http)." },
        ),
      },
    },
  },
  {
    id: 'inpost',
    website: 'https://inpost.co.uk',
    regions: {
      GB: {
        phones: [],
        channels: [websiteOnly('https://inpost.co.uk', 'InPost UK')],
        tracking: copyPage(
          'https://inpost.co.uk/tracking',
          unverified(
            'https://inpost.co.uk/tracking',
            'No reliable link fills in the number: paste the number on the tracking page.',
          ),
        ),
        noPhoneNote: 'No InPost UK customer phone line could be confirmed; use the website.',
        officialAnswer: officialAnswer(
          'contact-retailer',
          'Where you have ordered our Services through a retailer or other third party, all queries and complaints ' +
            'should be raised with them directly.',
          'https://inpost.co.uk/queries-and-complaints-policy',
          { note: 'InPost UK queries and complaints policy (January 2025).' },
        ),
      },
      INTL: {
        phones: [],
        channels: [websiteOnly('https://inpost.co.uk', 'InPost (UK)')],
        noPhoneNote: 'No InPost contact for this country could be confirmed; only its UK website is known.',
      },
    },
    notes:
      'TikTok Shop France uses InPost as its default platform carrier (tiktok.md §3.2); no French contact was researched.',
  },
  {
    id: 'uk-mail',
    website: 'https://www.dhl.com/gb-en/home.html',
    domains: ['dhlparcel.co.uk'],
    regions: {
      GB: {
        phones: [],
        channels: [websiteOnly('https://www.dhl.com/gb-en/home.html', 'DHL Parcel UK')],
        tracking: template(
          'https://track.dhlparcel.co.uk/?con={number}',
          unverified('https://track.dhlparcel.co.uk/', 'Community pattern (shipment-tracking plugin list).'),
        ),
        noPhoneNote: 'No UK Mail / DHL Parcel UK customer phone line could be confirmed; use the website.',
      },
    },
    notes: 'UK Mail now trades as DHL Parcel UK (background knowledge, not sourced in research).',
  },
  {
    id: 'an-post',
    website: 'https://www.anpost.com',
    domains: ['anpost.ie'],
    regions: {
      IE: {
        phones: [
          {
            e164: '+35317057600',
            display: '+353 1 705 7600',
            label: 'Customer services',
            hours: hours('Europe/Dublin', 'Mon-Fri 9:00-17:30', [WEEKDAYS, '09:00', '17:30']),
            ...official(
              'https://www.anpost.com/Post-Parcels/Receiving/Parcel-Lockers',
              'The regulator ComReg confirms it: https://comreg.ie/ga/faq/making-a-complaint-about-postal-services',
            ),
          },
        ],
        channels: [],
        claims: channel(
          'claims',
          'https://comreg.ie/ga/faq/making-a-complaint-about-postal-services',
          'Making a complaint about postal services (ComReg)',
          official('https://comreg.ie/ga/faq/making-a-complaint-about-postal-services'),
        ),
        tracking: template(
          'https://track.anpost.ie/TrackingResults.aspx?rtt=1&items={number}',
          unverified('https://track.anpost.ie/', 'Community pattern; may be a legacy URL.'),
        ),
      },
    },
  },
];
