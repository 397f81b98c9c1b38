import type { AdviceKey } from '../i18n/messages/en/advice';
import type { SourceRef } from './types';

/**
 * The official pages behind the advice. Every URL is on a TikTok Shop domain (or TikTok's own CDN for the UK/EU
 * policies) and comes from ../shared/research/tiktok.md §4-5 or anchors.md §3; the ones marked "re-read" were
 * re-read through the search tools on the checked date.
 */
const CHECKED = '2026-11-26';

function source(url: string, title: AdviceKey): SourceRef {
  return { url, title, checked: CHECKED };
}

export const SOURCES = {
  // Buyers, US
  usNotReceived: source('https://business.tiktokshop.com/us/blog/detail/10021813', 'advice.source.usNotReceived'), // re-read
  usContactSellerThenSupport: source(
    'https://business.tiktokshop.com/us/blog/detail/10021815',
    'advice.source.usContactSellerThenSupport',
  ),
  usMoneyBackGuarantee: source('https://shop.tiktok.com/us/money-back-guarantee', 'advice.source.usMoneyBackGuarantee'), // re-read
  usProtections: source('https://shop.tiktok.com/us/protections', 'advice.source.usProtections'), // re-read
  // Buyers, UK / EU
  gbReturns: source(
    'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_UK.html',
    'advice.source.gbReturns',
  ), // re-read
  euReturns: source(
    'https://sf16-draftcdn-sg.ibytedtos.com/obj/ies-hotsoon-draft-sg/magellan_ecommerce/TTS_Returns_policy_EU_es.html',
    'advice.source.euReturns',
  ),
  // Buyers and sellers, South-East Asia
  vnReturns: source(
    'https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en',
    'advice.source.vnReturns',
  ), // re-read
  idReturns: source(
    'https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en',
    'advice.source.idReturns',
  ), // re-read
  seaLostDamaged: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=118477923190530&lang=en',
    'advice.source.seaLostDamaged',
  ), // re-read
  seaLostDamagedVn: source(
    'https://seller-vn.tiktok.com/university/essay?knowledge_id=6837808157378305&lang=en',
    'advice.source.seaLostDamagedVn',
  ), // re-read
  seaDeliveredNotReceived: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=6837829112137473&lang=en',
    'advice.source.seaDeliveredNotReceived',
  ), // re-read
  seaStuckStatus: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=124421952079617&lang=en',
    'advice.source.seaStuckStatus',
  ), // re-read
  thFailedDelivery: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=7093161202353921&lang=en',
    'advice.source.thFailedDelivery',
  ),
  thReturnedParcels: source(
    'https://seller-th.tiktok.com/university/essay?knowledge_id=5465342198040321&lang=en',
    'advice.source.thReturnedParcels',
  ),
  // Sellers, US
  usSellerShipping: source(
    'https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8308896260065025',
    'advice.source.usSellerShipping',
  ), // re-read
  usTrackingEdit: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=3590236559918890',
    'advice.source.usTrackingEdit',
  ),
  usTrackingValidation: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=5941246230103850',
    'advice.source.usTrackingValidation',
  ), // re-read
  usShippingInsurance: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=6626878837311275&lang=en',
    'advice.source.usShippingInsurance',
  ), // re-read
  usInsuranceClaim: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=8280381640656683&lang=en',
    'advice.source.usInsuranceClaim',
  ), // re-read
  usUpgradedCoverage: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=1673379943597879&lang=en',
    'advice.source.usUpgradedCoverage',
  ), // re-read
  usPickupRules: source(
    'https://seller-us.tiktok.com/university/essay?knowledge_id=5569963429185294&lang=en',
    'advice.source.usPickupRules',
  ), // re-read
  usFbt: source(
    'https://seller-us.tiktok.com/university/essay?default_language=en&identity=1&knowledge_id=8644984183162670',
    'advice.source.usFbt',
  ),
  /** Third-party tracker of a TikTok US policy change; a lead, not proof. */
  usCarrierConfirmsLoss: source(
    'https://polici.net/changes/tiktok-shop-logistics-coverage-reimbursement-policy/cmq8qs2gn008ap91dyuoec211',
    'advice.source.usCarrierConfirmsLoss',
  ),
} as const satisfies Record<string, SourceRef>;

/**
 * In-app paths that official pages spell out (buyer side), as messages: each step is the app's own label, shown in
 * the reader's language.
 */
export const IN_APP_PATHS = {
  /** https://business.tiktokshop.com/us/blog/detail/10021815 */
  usMessageSeller: [
    'tiktok.app.profile',
    'tiktok.app.yourOrders',
    'tiktok.app.theOrder',
    'tiktok.app.sellerName',
    'tiktok.app.message',
  ],
  /** https://business.tiktokshop.com/us/blog/detail/10021813 */
  usRequestRefundNotReceived: [
    'tiktok.app.profile',
    'tiktok.app.yourOrders',
    'tiktok.app.orders',
    'tiktok.app.theItem',
    'tiktok.app.requestReturnOrRefund',
    'tiktok.app.packageNotReceived',
    'tiktok.app.continue',
    'tiktok.app.contactUs',
  ],
  /** https://shop.tiktok.com/us/money-back-guarantee */
  usMoneyBackGuarantee: [
    'tiktok.app.orders',
    'tiktok.app.theItem',
    'tiktok.app.orderDetails',
    'tiktok.app.moneyBackGuaranteeLink',
  ],
  /** https://seller-id.tokopedia.com/university/essay?knowledge_id=7753815881746178&lang=en */
  idContactTikTok: ['tiktok.app.orders', 'tiktok.app.contactTiktok'],
} as const satisfies Record<string, readonly AdviceKey[]>;
