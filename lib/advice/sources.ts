import type { RuleSource } from './types';

/**
 * The official pages behind the advice. Every URL is on a TikTok Shop domain (or TikTok's own CDN for the UK/EU
 * policies) and comes from ../shared/research/tiktok.md §4-5 or anchors.md §3; the ones marked "re-read" were
 * re-read through the search tools on the checked date.
 */
const CHECKED = '2026-11-26';

function source(url: string, title: string): RuleSource {
  return { url, title, checked: CHECKED };
}

export const SOURCES = {
  // Buyers, US
  usNotReceived: source(
    'https://business.tiktokshop.com/us/blog/detail/10021813',
    'TikTok Shop: I never received my order, but it shows Delivered',
  ), // re-read
  usContactSellerThenSupport: source(
    'https://business.tiktokshop.com/us/blog/detail/10021815',
    'TikTok Shop: how to contact the seller and TikTok Shop customer service',
  ),
  usMoneyBackGuarantee: source('https://shop.tiktok.com/us/money-back-guarantee', 'TikTok Shop money-back guarantee'), // re-read
  usProtections: source(
    'https://shop.tiktok.com/us/protections',
    'TikTok Shop protections (returns, delivery guarantee)',
  ), // re-read
  // Buyers, UK / EU
  gbReturns: source(
    'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_UK.html',
    'TikTok Shop UK Cancellation and Returns Policy',
  ), // re-read
  euReturns: source(
    'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_EU_es.html',
    'TikTok Shop EU Cancellation and Returns Policy (Spanish edition)',
  ),
  // Buyers and sellers, South-East Asia
  vnReturns: source(
    'https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en',
    'TikTok Shop VN: when can a buyer raise a return/refund request?',
  ), // re-read
  idReturns: source(
    'https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en',
    'TikTok Shop by Tokopedia: return guidelines',
  ), // re-read
  seaLostDamaged: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=118477923190530&lang=en',
    'TikTok Shop TH: what do I do if my order is lost or damaged?',
  ), // re-read
  seaLostDamagedVn: source(
    'https://seller-vn.tiktok.com/university/essay?knowledge_id=6837808157378305&lang=en',
    'TikTok Shop VN: what if my package gets lost, damaged, or scrapped?',
  ), // re-read
  seaDeliveredNotReceived: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=6837829112137473&lang=en',
    "TikTok Shop TH: the buyer didn't receive the order but the status shows delivered",
  ), // re-read
  seaStuckStatus: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=124421952079617&lang=en',
    'TikTok Shop TH: the logistics status of my order is stuck or not updated',
  ), // re-read
  thFailedDelivery: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=7093161202353921&lang=en',
    'TikTok Shop TH: Failed Delivery orders',
  ),
  thReturnedParcels: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=5465342198040321&lang=en',
    'TikTok Shop TH: returned parcels the seller does not accept',
  ),
  // Sellers, US
  usSellerShipping: source(
    'https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8308896260065025',
    'TikTok Shop US: Seller Shipping overview and services',
  ), // re-read
  usTrackingEdit: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=3590236559918890',
    'TikTok Shop US: editing tracking information',
  ),
  usTrackingValidation: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=5941246230103850',
    'TikTok Shop US: validation of tracking ID',
  ), // re-read
  usShippingInsurance: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=6626878837311275&lang=en',
    'TikTok Shop US: shipping insurance',
  ), // re-read
  usInsuranceClaim: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=8280381640656683&lang=en',
    'TikTok Shop US: how to file a reimbursement claim for TikTok Shipping logistics issues',
  ), // re-read
  usUpgradedCoverage: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=1673379943597879&lang=en',
    'TikTok Shop US: Upgraded TikTok Shipping and CBT logistics coverage and reimbursement policy',
  ), // re-read
  usPickupRules: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=5569963429185294&lang=en',
    'TikTok Shop US: TikTok Shipping and CBT pickup rules and responsibilities',
  ), // re-read
  usFbt: source(
    'https://seller-us.tiktok.com/university/essay?default_language=en&identity=1&knowledge_id=8644984183162670',
    'TikTok Shop US: Fulfilled by TikTok',
  ),
  /** Third-party tracker of a TikTok US policy change; a lead, not proof. */
  usCarrierConfirmsLoss: source(
    'https://polici.net/changes/tiktok-shop-logistics-coverage-reimbursement-policy/cmq8qs2gn008ap91dyuoec211',
    'polici.net: TikTok Shop logistics coverage policy change (third party)',
  ),
} as const satisfies Record<string, RuleSource>;

/** In-app paths that official pages spell out (buyer side). */
export const IN_APP_PATHS = {
  /** https://business.tiktokshop.com/us/blog/detail/10021815 */
  usMessageSeller: ['Profile', 'Your orders', 'the order', "the seller's name", 'Message'],
  /** https://business.tiktokshop.com/us/blog/detail/10021813 */
  usRequestRefundNotReceived: [
    'Profile',
    'Your orders',
    'Orders',
    'the item',
    'Request return or refund',
    "Package wasn't received",
    'Continue',
    'Contact us',
  ],
  /** https://shop.tiktok.com/us/money-back-guarantee */
  usMoneyBackGuarantee: ['Orders', 'the item', 'Order details', 'money-back guarantee link'],
  /** https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en */
  idContactTikTok: ['Orders', 'Contact TikTok'],
} as const satisfies Record<string, readonly string[]>;
