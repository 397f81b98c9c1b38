/**
 * TikTok Shop's own help channels, per market and role, as directory data.
 *
 * TikTok Shop has no phone line: buyers are routed in-app, sellers to Seller Center on their market's own host.
 * Research: ../shared/research/tiktok.md §1.2-1.3 (Seller Center hosts and paths), §4-5 (escalation), §6 (help sites).
 * `verified: true` only for pages on TikTok's own domains that research read; addresses inferred from a pattern seen
 * on another host are marked `verified: false` with a note saying so. Labels, notes and the steps of in-app paths
 * are messages (lib/i18n/messages/en/advice.ts, `tiktok.*`): `tiktokChannels` gives them in the reader's language.
 */
import { ENGLISH, type Text } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
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
  buyer: 'tiktok.note.unknownRegionBuyer',
  seller: 'tiktok.note.unknownRegion',
} as const satisfies Record<'buyer' | 'seller', AdviceKey>;

/** `Sourced` as data: its note is a message. */
type SourcedSpec = Omit<Sourced, 'note'> & { note?: AdviceKey };
/** `ChannelContact` as data: its label and note are messages. */
type PageSpec = Omit<ChannelContact, 'label' | 'note'> & { label: AdviceKey; note?: AdviceKey };
/** `TikTokChannels` as data, before it is put into words. */
interface ChannelsSpec {
  region?: string;
  role: 'buyer' | 'seller';
  inAppPath?: readonly AdviceKey[];
  inAppSource?: SourcedSpec;
  help?: PageSpec;
  ticket?: PageSpec;
  policy?: PageSpec;
  more: readonly PageSpec[];
}

const official = (source: string, note?: AdviceKey): SourcedSpec =>
  note ? { source, checked: CHECKED, verified: true, note } : { source, checked: CHECKED, verified: true };
const unconfirmed = (source: string, note: AdviceKey): SourcedSpec => ({
  source,
  checked: CHECKED,
  verified: false,
  note,
});

const page = (kind: ChannelContact['kind'], url: string, label: AdviceKey, sourced: SourcedSpec): PageSpec => ({
  kind,
  url,
  label,
  ...sourced,
});

// --- Buyer: in-app paths ---------------------------------------------------------------------------------------

const US_BUYER_HELP = 'https://business.tiktokshop.com/us/blog/detail/10021815';
const SEA_BUYER_HELP = 'https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en';

/** US wording (29 Apr 2024): Profile > Your orders > Help (top right) > red Get Help button > question > Contact us. */
const US_BUYER_PATH: readonly AdviceKey[] = [
  'tiktok.app.profile',
  'tiktok.app.yourOrders',
  'tiktok.app.help',
  'tiktok.app.getHelp',
  'tiktok.app.chooseQuestion',
  'tiktok.app.contactUs',
];
const US_BUYER_SOURCE = official(US_BUYER_HELP, 'tiktok.note.usBuyerPath');

/** TikTok's wording for South-East Asia and Indonesia ("TikTok app > Orders-Contact TikTok"). */
const SEA_BUYER_PATH: readonly AdviceKey[] = ['tiktok.app.orders', 'tiktok.app.contactTiktok'];
const SEA_BUYER_SOURCE = official(SEA_BUYER_HELP, 'tiktok.note.seaBuyerPath');

const ELSEWHERE_BUYER_SOURCE = official(US_BUYER_HELP, 'tiktok.note.elsewhereBuyerPath');

// --- Buyer: policy pages ---------------------------------------------------------------------------------------

const UK_RETURNS =
  'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_UK.html';
const EU_RETURNS_ES =
  'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_EU_es.html';

const EU_RETURNS_OTHER_LANGUAGE = page(
  'help',
  EU_RETURNS_ES,
  'tiktok.page.euReturnsSpanish',
  official(EU_RETURNS_ES, 'tiktok.note.euReturnsSpanishOnly'),
);

const BUYER_POLICY: Partial<Record<Market, PageSpec>> = {
  US: page(
    'help',
    'https://shop.tiktok.com/us/money-back-guarantee',
    'tiktok.page.usMoneyBackGuarantee',
    official('https://shop.tiktok.com/us/money-back-guarantee', 'tiktok.note.usMoneyBackGuarantee'),
  ),
  GB: page('help', UK_RETURNS, 'tiktok.page.gbReturns', official(UK_RETURNS, 'tiktok.note.gbReturns')),
  ES: page('help', EU_RETURNS_ES, 'tiktok.page.esReturns', official(EU_RETURNS_ES, 'tiktok.note.esReturns')),
  IE: EU_RETURNS_OTHER_LANGUAGE,
  DE: EU_RETURNS_OTHER_LANGUAGE,
  FR: EU_RETURNS_OTHER_LANGUAGE,
  IT: EU_RETURNS_OTHER_LANGUAGE,
};

const BUYER_MORE: Partial<Record<Market, readonly PageSpec[]>> = {
  US: [
    page(
      'help',
      'https://business.tiktokshop.com/us/blog/detail/10021813',
      'tiktok.page.usNotReceived',
      official('https://business.tiktokshop.com/us/blog/detail/10021813', 'tiktok.note.usNotReceived'),
    ),
    page('help', US_BUYER_HELP, 'tiktok.page.usContactSellerOrTiktok', official(US_BUYER_HELP)),
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
const SELLER_HELP_ARTICLE: Partial<Record<Market, PageSpec>> = {
  US: page('help', US_SELLER_HELP, 'tiktok.page.usSellerHelp', official(US_SELLER_HELP, 'tiktok.note.usSellerHours')),
  VN: page('help', SEA_SELLER_HELP, 'tiktok.page.vnSellerHelp', official(SEA_SELLER_HELP)),
  TH: page('help', TH_SELLER_HELP, 'tiktok.page.thSellerHelp', official(TH_SELLER_HELP)),
  ID: page('help', ID_SELLER_HELP, 'tiktok.page.idSellerHelp', official(ID_SELLER_HELP)),
};

const US_SELLER_PATH: readonly AdviceKey[] = [
  'tiktok.seller.sellerCenter',
  'tiktok.seller.helpCenter',
  'tiktok.seller.contactUs',
];
const SEA_SELLER_PATH: readonly AdviceKey[] = [
  'tiktok.seller.sellerCenter',
  'tiktok.seller.helpCenter',
  'tiktok.seller.ticketLog',
  'tiktok.seller.contactUs',
  'tiktok.seller.complaintsDisputes',
  'tiktok.seller.logisticIssue',
];
const ID_SELLER_PATH: readonly AdviceKey[] = [
  'tiktok.seller.sellerCenter',
  'tiktok.seller.helpCenter',
  'tiktok.seller.ticketLog',
];

const US_SELLER_SOURCE = official(US_SELLER_HELP, 'tiktok.note.usSellerPath');
const SEA_SELLER_SOURCE = official(SEA_SELLER_HELP, 'tiktok.note.seaSellerPath');
const ID_SELLER_SOURCE = official(ID_SELLER_HELP);
const ELSEWHERE_SELLER_SOURCE = official(US_SELLER_HELP, 'tiktok.note.elsewhereSellerPath');

const UK_EU_PLATFORM_SHIPPING = page(
  'help',
  'https://partner.tiktokshop.com/docv2/page/i83mvdfg',
  'tiktok.page.ukEuPlatformShipping',
  official('https://partner.tiktokshop.com/docv2/page/i83mvdfg', 'tiktok.note.partnerDocumentation'),
);
const SELLER_POLICY: Partial<Record<Market, PageSpec>> = {
  GB: UK_EU_PLATFORM_SHIPPING,
  ES: UK_EU_PLATFORM_SHIPPING,
  DE: UK_EU_PLATFORM_SHIPPING,
  FR: UK_EU_PLATFORM_SHIPPING,
  IT: UK_EU_PLATFORM_SHIPPING,
  US: page(
    'help',
    'https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8308896260065025',
    'tiktok.page.usSellerShippingRules',
    official('https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8308896260065025'),
  ),
  TH: page(
    'help',
    'https://seller-th.tiktok.com/university/essay?knowledge_id=6837812376864514&lang=en',
    'tiktok.page.thShippingModes',
    official('https://seller-th.tiktok.com/university/essay?knowledge_id=6837812376864514&lang=en'),
  ),
  VN: page(
    'help',
    'https://seller-vn.tiktok.com/university/essay?knowledge_id=6837808157378305&lang=en',
    'tiktok.page.vnLostDamaged',
    official('https://seller-vn.tiktok.com/university/essay?knowledge_id=6837808157378305&lang=en'),
  ),
  ID: page(
    'help',
    'https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en',
    'tiktok.page.idReturns',
    official('https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en'),
  ),
};

const SELLER_MORE: Partial<Record<Market, readonly PageSpec[]>> = {
  US: [
    page(
      'claims',
      'https://seller-us.tiktok.com/university/essay?knowledge_id=8280381640656683&lang=en',
      'tiktok.page.usInsuranceClaims',
      official('https://seller-us.tiktok.com/university/essay?knowledge_id=8280381640656683&lang=en'),
    ),
    page(
      'help',
      'https://seller-us.tiktok.com/university/essay?knowledge_id=1830506744514347',
      'tiktok.page.usUpgradedShipping',
      official('https://seller-us.tiktok.com/university/essay?knowledge_id=1830506744514347'),
    ),
  ],
  TH: [
    page(
      'help',
      'https://seller-th.tiktok.com/university/essay?knowledge_id=7093161202353921&lang=en',
      'tiktok.page.thFailedDeliveries',
      official('https://seller-th.tiktok.com/university/essay?knowledge_id=7093161202353921&lang=en'),
    ),
  ],
  VN: [
    page(
      'help',
      'https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en',
      'tiktok.page.vnBuyerReturns',
      official('https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en'),
    ),
  ],
};

/** Cross-border sellers from China use the global selling Seller Center (region `CN`). */
const CROSS_BORDER: ChannelsSpec = {
  region: 'CN',
  role: 'seller',
  inAppPath: US_SELLER_PATH,
  inAppSource: unconfirmed('https://dny123.com/t/U24cxLnS', 'tiktok.note.globalSellingPath'),
  help: page(
    'help',
    'https://seller.tiktokglobalshop.com/university',
    'tiktok.page.globalAcademy',
    unconfirmed('https://dny123.com/t/U24cxLnS', 'tiktok.note.sellerGuideAddress'),
  ),
  ticket: page(
    'contact-page',
    'https://seller.tiktokglobalshop.com/ticket/create',
    'tiktok.page.globalTicket',
    unconfirmed('https://dny123.com/t/U24cxLnS', 'tiktok.note.sellerGuideAddress'),
  ),
  more: [],
};

function sellerHelp(market: Market, seller: SellerMarket): PageSpec {
  const article = SELLER_HELP_ARTICLE[market];
  if (article) return article;
  const url = `https://${seller.host}/university${seller.sharedHost ? `?shop_region=${market}` : ''}`;
  return page(
    'help',
    url,
    'tiktok.page.sellerUniversity',
    unconfirmed(url, seller.hostOfficial ? 'tiktok.note.universityNotOpened' : 'tiktok.note.hostNotConfirmed'),
  );
}

function sellerTicket(market: Market, seller: SellerMarket): PageSpec {
  const url = `https://${seller.host}/ticket?shop_region=${market}`;
  const sourced =
    market === 'VN'
      ? unconfirmed(SEA_SELLER_HELP, 'tiktok.note.vnTicketAddress')
      : // Follows the ticket address used for Vietnam (seller-vn.tiktok.com/ticket?shop_region=VN).
        unconfirmed(url, 'tiktok.note.ticketAddressNotConfirmed');
  return page('contact-page', url, 'tiktok.page.sellerTicket', sourced);
}

function buyerChannels(market: Market | undefined): ChannelsSpec {
  if (!market) {
    return {
      role: 'buyer',
      inAppPath: US_BUYER_PATH,
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
    inAppPath: market === 'US' ? US_BUYER_PATH : sea ? SEA_BUYER_PATH : US_BUYER_PATH,
    inAppSource: market === 'US' ? US_BUYER_SOURCE : sea ? SEA_BUYER_SOURCE : ELSEWHERE_BUYER_SOURCE,
    ...(policy ? { policy } : {}),
    more: BUYER_MORE[market] ?? [],
  };
}

function sellerChannels(market: Market | undefined): ChannelsSpec {
  if (!market) {
    return {
      role: 'seller',
      inAppPath: US_SELLER_PATH,
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
    inAppPath: market === 'ID' ? ID_SELLER_PATH : sea ? SEA_SELLER_PATH : US_SELLER_PATH,
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
    more: SELLER_MORE[market] ?? [],
  };
}

function sourcedIn({ note, ...rest }: SourcedSpec, text: Text): Sourced {
  return note ? { ...rest, note: text.t(note) } : rest;
}

function pageIn({ label, note, ...rest }: PageSpec, text: Text): ChannelContact {
  return { ...rest, label: text.t(label), ...(note ? { note: text.t(note) } : {}) };
}

/** The channels in `text`'s language: fresh objects and arrays, so a caller cannot change the directory. */
function inWords(spec: ChannelsSpec, text: Text): TikTokChannels {
  const channels: TikTokChannels = { role: spec.role, more: spec.more.map((p) => pageIn(p, text)) };
  if (spec.region) channels.region = spec.region;
  if (spec.inAppPath) channels.inAppPath = spec.inAppPath.map((key) => text.t(key));
  if (spec.inAppSource) channels.inAppSource = sourcedIn(spec.inAppSource, text);
  if (spec.help) channels.help = pageIn(spec.help, text);
  if (spec.ticket) channels.ticket = pageIn(spec.ticket, text);
  if (spec.policy) channels.policy = pageIn(spec.policy, text);
  return channels;
}

/**
 * TikTok Shop's own channels for a market (ISO alpha-2; `UK` is read as `GB`) and role, in `text`'s language. `CN`
 * gives cross-border sellers the global selling Seller Center. An unknown or missing region gets the general in-app
 * route, with `inAppSource.note` saying (for the role) that the market is unknown.
 */
export function tiktokChannels(
  region: string | undefined,
  role: 'buyer' | 'seller',
  text: Text = ENGLISH,
): TikTokChannels {
  if (role === 'seller' && region?.trim().toUpperCase() === 'CN') return inWords(CROSS_BORDER, text);
  const market = toMarket(region);
  return inWords(role === 'buyer' ? buyerChannels(market) : sellerChannels(market), text);
}
