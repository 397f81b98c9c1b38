/**
 * TikTok Shop's own help channels, per market and role, as directory data.
 *
 * TikTok Shop has no phone line: buyers are routed in-app, sellers to Seller Center on their market's own host.
 * Research: ../shared/research/tiktok.md §1.2-1.3 (Seller Center hosts and paths), §4-5 (escalation), §6 (help sites).
 * `verified: true` only for pages on TikTok's own domains that research read; addresses inferred from a pattern seen
 * on another host are marked `verified: false` with a note saying so.
 */
import { toMarket, type Market } from '../regions';
import type { ChannelContact, Sourced, TikTokChannels } from './types';

const CHECKED = '2026-11-26';

/**
 * Channels deliberately left out. Neither is stated on any official TikTok page (tiktok.md §4.5), and scammers post
 * fake "TikTok support" emails, phone numbers and social accounts; TikTok itself says its support never asks for card
 * details or passwords by phone or email (https://business.tiktokshop.com/us/blog/detail/10021812).
 * Kept as data so the reason travels with the directory; never rendered as a contact.
 */
export const OMITTED_TIKTOK_CHANNELS: readonly { channel: string; reason: string }[] = [
  {
    channel: "The seed article's general TikTok Shop support email",
    reason:
      'No TikTok Shop support email appears on any official TikTok page; official pages route buyers in-app only ' +
      '(Help > Get Help > Contact us). Look-alike "TikTok shop" sites list Gmail addresses and phone numbers.',
  },
  {
    channel: 'The seed article\'s "TikTok Support" X/Twitter handle',
    reason: 'No official TikTok page or public code references the handle; social accounts are easy to impersonate.',
  },
];

/** Shown when the market is unknown: the user gets TikTok's general route, worded for the role. */
export const UNKNOWN_REGION_NOTE = {
  buyer:
    "We don't know your TikTok Shop market, so this is TikTok's general in-app route (documented for the US). " +
    'Choose your country in the settings to get your market’s route and policy pages.',
  seller:
    "We don't know your TikTok Shop market, so this is TikTok's general Seller Center route (documented for the US). " +
    'Choose your country in the settings to get your market’s Seller Center and policy pages.',
} as const;

const official = (source: string, note?: string): Sourced =>
  note ? { source, checked: CHECKED, verified: true, note } : { source, checked: CHECKED, verified: true };
const unconfirmed = (source: string, note: string): Sourced => ({ source, checked: CHECKED, verified: false, note });

const page = (kind: ChannelContact['kind'], url: string, label: string, sourced: Sourced): ChannelContact => ({
  kind,
  url,
  label,
  ...sourced,
});

// --- Buyer: in-app paths ---------------------------------------------------------------------------------------

const US_BUYER_HELP = 'https://business.tiktokshop.com/us/blog/detail/10021815';
const SEA_BUYER_HELP = 'https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en';

/** US wording (29 Apr 2024): Profile > Your orders > Help (top right) > red Get Help button > question > Contact us. */
const US_BUYER_PATH = ['Profile', 'Your orders', 'Help', 'Get Help', 'Choose your question', 'Contact us'];
const US_BUYER_SOURCE = official(
  US_BUYER_HELP,
  "Ask the seller first: Profile > Your orders > the seller's name > Message. If they can't help, contact TikTok here.",
);

/** TikTok's wording for South-East Asia and Indonesia ("TikTok app > Orders-Contact TikTok"). */
const SEA_BUYER_PATH = ['Orders', 'Contact TikTok'];
const SEA_BUYER_SOURCE = official(
  SEA_BUYER_HELP,
  'Older wording from TikTok Shop seller help for SEA and Indonesia; the current app may label the steps differently.',
);

const ELSEWHERE_BUYER_SOURCE = official(
  US_BUYER_HELP,
  'TikTok documents this path for the US; the app in your market may word the steps differently.',
);

// --- Buyer: policy pages ---------------------------------------------------------------------------------------

const UK_RETURNS =
  'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_UK.html';
const EU_RETURNS_ES =
  'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_EU_es.html';

const EU_RETURNS_OTHER_LANGUAGE = page(
  'help',
  EU_RETURNS_ES,
  'TikTok Shop returns and refunds policy (EEA, Spanish)',
  official(
    EU_RETURNS_ES,
    'Only the Spanish version of the EEA policy was found; other language versions were not confirmed.',
  ),
);

const BUYER_POLICY: Partial<Record<Market, ChannelContact>> = {
  US: page(
    'help',
    'https://shop.tiktok.com/us/money-back-guarantee',
    'TikTok Shop money-back guarantee',
    official(
      'https://shop.tiktok.com/us/money-back-guarantee',
      'Covers up to 90 days from "Delivered"; find the link on the Order details page.',
    ),
  ),
  GB: page(
    'help',
    UK_RETURNS,
    'TikTok Shop returns and refunds policy (UK)',
    official(UK_RETURNS, '14-day right to cancel plus a 30-day extended returns benefit from receipt.'),
  ),
  ES: page(
    'help',
    EU_RETURNS_ES,
    'Política de devoluciones y reembolsos de TikTok Shop',
    official(EU_RETURNS_ES, 'EEA policy, last updated 1 July 2025.'),
  ),
  IE: EU_RETURNS_OTHER_LANGUAGE,
  DE: EU_RETURNS_OTHER_LANGUAGE,
  FR: EU_RETURNS_OTHER_LANGUAGE,
  IT: EU_RETURNS_OTHER_LANGUAGE,
};

const BUYER_MORE: Partial<Record<Market, ChannelContact[]>> = {
  US: [
    page(
      'help',
      'https://business.tiktokshop.com/us/blog/detail/10021813',
      'Package marked delivered but not received',
      official(
        'https://business.tiktokshop.com/us/blog/detail/10021813',
        'Request a return or refund within 30 days of the "Delivered" update, reason "Package wasn\'t received".',
      ),
    ),
    page('help', US_BUYER_HELP, 'How to contact the seller or TikTok Shop', official(US_BUYER_HELP)),
  ],
};

// --- Seller: Seller Center hosts, help and tickets -------------------------------------------------------------

interface SellerMarket {
  /** Seller Center host of the market. */
  host: string;
  /** Whether the host itself is named on an official TikTok page (else only in public code). */
  hostOfficial: boolean;
  /** True when several markets share the host and pages need `shop_region`. */
  sharedHost: boolean;
}

/** tiktok.md §1.2. The UK is `shop_region=GB`, never `UK`. */
const SELLER_HOSTS: Record<Market, SellerMarket> = {
  US: { host: 'seller-us.tiktok.com', hostOfficial: true, sharedHost: false },
  GB: { host: 'seller-uk.tiktok.com', hostOfficial: true, sharedHost: false },
  IE: { host: 'seller-eu.tiktok.com', hostOfficial: false, sharedHost: true },
  ES: { host: 'seller-es.tiktok.com', hostOfficial: false, sharedHost: false },
  DE: { host: 'seller-eu.tiktok.com', hostOfficial: false, sharedHost: true },
  FR: { host: 'seller-eu.tiktok.com', hostOfficial: false, sharedHost: true },
  IT: { host: 'seller-eu.tiktok.com', hostOfficial: false, sharedHost: true },
  MX: { host: 'seller-mx.tiktok.com', hostOfficial: false, sharedHost: false },
  BR: { host: 'seller-br.tiktok.com', hostOfficial: false, sharedHost: false },
  JP: { host: 'seller-jp.tiktok.com', hostOfficial: false, sharedHost: false },
  ID: { host: 'seller-id.tokopedia.com', hostOfficial: true, sharedHost: false },
  MY: { host: 'seller-my.tiktok.com', hostOfficial: false, sharedHost: false },
  TH: { host: 'seller-th.tiktok.com', hostOfficial: true, sharedHost: false },
  VN: { host: 'seller-vn.tiktok.com', hostOfficial: true, sharedHost: false },
  PH: { host: 'seller-ph.tiktok.com', hostOfficial: false, sharedHost: false },
  SG: { host: 'seller-sg.tiktok.com', hostOfficial: false, sharedHost: false },
};

const US_SELLER_HELP = 'https://seller-us.tiktok.com/university/essay?knowledge_id=1673379943597879&lang=en';
const SEA_SELLER_HELP = 'https://seller-vn.tiktok.com/university/essay?knowledge_id=6024728339744528&lang=en';
const TH_SELLER_HELP = 'https://seller-th.tiktok.com/university/essay?knowledge_id=118477923190530&lang=en';
const ID_SELLER_HELP = 'https://seller-id.tokopedia.com/university/essay?knowledge_id=6993739885184770&lang=en';

/** Seller help articles on the market's own host that research read (tiktok.md §5.1-5.2). */
const SELLER_HELP_ARTICLE: Partial<Record<Market, ChannelContact>> = {
  US: page(
    'help',
    US_SELLER_HELP,
    'Seller Center: contact TikTok Shop support',
    official(US_SELLER_HELP, 'Live agents daily 5:00 AM–11:00 PM PST; outside those hours only FAQs.'),
  ),
  VN: page('help', SEA_SELLER_HELP, 'Seller Center: logistics issues and tickets', official(SEA_SELLER_HELP)),
  TH: page(
    'help',
    TH_SELLER_HELP,
    'Seller Center: logistics tickets (lost, damaged, not received)',
    official(TH_SELLER_HELP),
  ),
  ID: page('help', ID_SELLER_HELP, 'Seller Center: Help Center and Ticket Log', official(ID_SELLER_HELP)),
};

const US_SELLER_PATH = ['Seller Center', 'Help Center', 'Contact Us'];
const SEA_SELLER_PATH = [
  'Seller Center',
  'Help Center',
  'Ticket Log',
  'Contact Us',
  'Complaints & Disputes',
  'Logistic Issue',
];
const ID_SELLER_PATH = ['Seller Center', 'Help Center', 'Ticket Log'];

const US_SELLER_SOURCE = official(US_SELLER_HELP, 'Through the Assistant icon or Help Center in Seller Center.');
const SEA_SELLER_SOURCE = official(
  SEA_SELLER_HELP,
  'Documented on the Vietnam Seller Center help; TikTok uses the same flow across SEA.',
);
const ID_SELLER_SOURCE = official(ID_SELLER_HELP);
const ELSEWHERE_SELLER_SOURCE = official(
  US_SELLER_HELP,
  'TikTok documents this path for the US Seller Center; your market’s Seller Center may word it differently.',
);

const UK_EU_PLATFORM_SHIPPING = page(
  'help',
  'https://partner.tiktokshop.com/docv2/page/i83mvdfg',
  'TikTok Shipping in the UK and EU (carriers per market)',
  official('https://partner.tiktokshop.com/docv2/page/i83mvdfg', 'TikTok Shop partner documentation.'),
);
const SELLER_POLICY: Partial<Record<Market, ChannelContact>> = {
  GB: UK_EU_PLATFORM_SHIPPING,
  ES: UK_EU_PLATFORM_SHIPPING,
  DE: UK_EU_PLATFORM_SHIPPING,
  FR: UK_EU_PLATFORM_SHIPPING,
  IT: UK_EU_PLATFORM_SHIPPING,
  US: page(
    'help',
    'https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8308896260065025',
    'Seller Shipping rules (delivery times, lost parcels, tracking corrections)',
    official('https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8308896260065025'),
  ),
  TH: page(
    'help',
    'https://seller-th.tiktok.com/university/essay?knowledge_id=6837812376864514&lang=en',
    'Ship by TikTok and Ship by Seller',
    official('https://seller-th.tiktok.com/university/essay?knowledge_id=6837812376864514&lang=en'),
  ),
  VN: page(
    'help',
    'https://seller-vn.tiktok.com/university/essay?knowledge_id=6837808157378305&lang=en',
    'Lost or damaged parcels shipped by platform: compensation',
    official('https://seller-vn.tiktok.com/university/essay?knowledge_id=6837808157378305&lang=en'),
  ),
  ID: page(
    'help',
    'https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en',
    'Returns and refunds (TikTok Shop by Tokopedia)',
    official('https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en'),
  ),
};

const SELLER_MORE: Partial<Record<Market, ChannelContact[]>> = {
  US: [
    page(
      'claims',
      'https://seller-us.tiktok.com/university/essay?knowledge_id=8280381640656683&lang=en',
      'TikTok Shipping insurance claims (within 90 days of the ship date)',
      official('https://seller-us.tiktok.com/university/essay?knowledge_id=8280381640656683&lang=en'),
    ),
    page(
      'help',
      'https://seller-us.tiktok.com/university/essay?knowledge_id=1830506744514347',
      'Upgraded TikTok Shipping and Collections by TikTok',
      official('https://seller-us.tiktok.com/university/essay?knowledge_id=1830506744514347'),
    ),
  ],
  TH: [
    page(
      'help',
      'https://seller-th.tiktok.com/university/essay?knowledge_id=7093161202353921&lang=en',
      'Failed deliveries and returning parcels',
      official('https://seller-th.tiktok.com/university/essay?knowledge_id=7093161202353921&lang=en'),
    ),
  ],
  VN: [
    page(
      'help',
      'https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en',
      'Buyer return and refund rules (15 days after delivery)',
      official('https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en'),
    ),
  ],
};

/** Cross-border sellers from China use the global selling Seller Center (region `CN`). */
const CROSS_BORDER: TikTokChannels = {
  region: 'CN',
  role: 'seller',
  inAppPath: ['Seller Center', 'Help Center', 'Contact Us'],
  inAppSource: unconfirmed(
    'https://dny123.com/t/U24cxLnS',
    'The global selling Seller Center, as a seller guide describes it; TikTok has not confirmed this path.',
  ),
  help: page(
    'help',
    'https://seller.tiktokglobalshop.com/university',
    'TikTok Shop Academy (global selling)',
    unconfirmed('https://dny123.com/t/U24cxLnS', 'Address from a seller guide; not confirmed by TikTok.'),
  ),
  ticket: page(
    'contact-page',
    'https://seller.tiktokglobalshop.com/ticket/create',
    'Create a ticket (global selling Seller Center)',
    unconfirmed('https://dny123.com/t/U24cxLnS', 'Address from a seller guide; not confirmed by TikTok.'),
  ),
  more: [],
};

function sellerHelp(market: Market, seller: SellerMarket): ChannelContact {
  const article = SELLER_HELP_ARTICLE[market];
  if (article) return article;
  const url = `https://${seller.host}/university${seller.sharedHost ? `?shop_region=${market}` : ''}`;
  return page(
    'help',
    url,
    'Seller University (Seller Center help)',
    unconfirmed(
      url,
      seller.hostOfficial
        ? 'Seller University lives under /university on each Seller Center host; this landing page was not opened.'
        : 'This Seller Center address is not confirmed on an official TikTok page.',
    ),
  );
}

function sellerTicket(market: Market, seller: SellerMarket): ChannelContact {
  const url = `https://${seller.host}/ticket?shop_region=${market}`;
  const sourced =
    market === 'VN'
      ? unconfirmed(
          SEA_SELLER_HELP,
          'Ticket page address not confirmed by TikTok; the linked article describes the ticket flow.',
        )
      : unconfirmed(
          url,
          // Follows the ticket address used for Vietnam (seller-vn.tiktok.com/ticket?shop_region=VN).
          'Address not confirmed for this market. ' +
            'If it does not open, use Help Center > Contact Us in Seller Center.',
        );
  return page('contact-page', url, 'Seller Center support ticket', sourced);
}

function buyerChannels(market: Market | undefined): TikTokChannels {
  if (!market) {
    return {
      role: 'buyer',
      inAppPath: [...US_BUYER_PATH],
      inAppSource: { ...ELSEWHERE_BUYER_SOURCE, note: UNKNOWN_REGION_NOTE.buyer },
      more: [],
    };
  }
  const sea =
    market === 'ID' || market === 'MY' || market === 'TH' || market === 'VN' || market === 'PH' || market === 'SG';
  const policy = BUYER_POLICY[market];
  return {
    region: market,
    role: 'buyer',
    inAppPath: [...(market === 'US' ? US_BUYER_PATH : sea ? SEA_BUYER_PATH : US_BUYER_PATH)],
    inAppSource: market === 'US' ? US_BUYER_SOURCE : sea ? SEA_BUYER_SOURCE : ELSEWHERE_BUYER_SOURCE,
    ...(policy ? { policy } : {}),
    more: [...(BUYER_MORE[market] ?? [])],
  };
}

function sellerChannels(market: Market | undefined): TikTokChannels {
  if (!market) {
    return {
      role: 'seller',
      inAppPath: [...US_SELLER_PATH],
      inAppSource: { ...ELSEWHERE_SELLER_SOURCE, note: UNKNOWN_REGION_NOTE.seller },
      more: [],
    };
  }
  const seller = SELLER_HOSTS[market];
  const sea = market === 'MY' || market === 'TH' || market === 'VN' || market === 'PH' || market === 'SG';
  const policy = SELLER_POLICY[market];
  return {
    region: market,
    role: 'seller',
    inAppPath: [...(market === 'ID' ? ID_SELLER_PATH : sea ? SEA_SELLER_PATH : US_SELLER_PATH)],
    inAppSource:
      market === 'ID'
        ? ID_SELLER_SOURCE
        : sea
          ? SEA_SELLER_SOURCE
          : market === 'US'
            ? US_SELLER_SOURCE
            : ELSEWHERE_SELLER_SOURCE,
    help: sellerHelp(market, seller),
    ticket: sellerTicket(market, seller),
    ...(policy ? { policy } : {}),
    more: [...(SELLER_MORE[market] ?? [])],
  };
}

/**
 * TikTok Shop's own channels for a market (ISO alpha-2; `UK` is read as `GB`) and role. `CN` gives cross-border
 * sellers the global selling Seller Center. An unknown or missing region gets the general in-app route, with
 * `inAppSource.note` set to the role's {@link UNKNOWN_REGION_NOTE}.
 */
export function tiktokChannels(region: string | undefined, role: 'buyer' | 'seller'): TikTokChannels {
  if (role === 'seller' && region?.trim().toUpperCase() === 'CN')
    return { ...CROSS_BORDER, inAppPath: [...(CROSS_BORDER.inAppPath ?? [])], more: [] };
  const market = toMarket(region);
  return role === 'buyer' ? buyerChannels(market) : sellerChannels(market);
}
