/**
 * English messages of the escalation advice (lib/advice): step titles and details, deadline sentences, message
 * templates, and TikTok Shop's own channels (lib/carriers/tiktok.ts). ICU MessageFormat with named arguments
 * (https://formatjs.github.io/docs/core-concepts/icu-syntax). The source every other language translates; keys are
 * stable ids, never shown.
 *
 * For translators:
 * - Write as the market's own TikTok Shop app and Seller Center would say it; use their labels where you know them
 *   (`tiktok.app.*` are buttons and menus of the TikTok app, `tiktok.seller.*` of Seller Center and its ticket form).
 * - "TikTok Shop", "TikTok Shipping", "Seller Shipping", "Fulfilled by TikTok", "Seller Center", "U-PIC" are names:
 *   keep TikTok's own name for them in your market.
 * - Dates (`{date}`, `{anchorDate}`...) arrive already written in your language; so do lists (`{regions}`).
 * - Messages under `advice.msg.` are texts the user copies and sends to a seller, a buyer, TikTok or a carrier: polite,
 *   plain, as one writes to customer service. They may be in another language than the rest (a "write in" choice).
 */
export const ADVICE_EN = {
  // --- Building blocks ----------------------------------------------------------------------------------------------

  // Two sentences of the advice one after the other. Keep the space where your language separates sentences with
  // one; Japanese and Chinese write them together: "{first}{second}".
  'advice.join': '{first} {second}',
  // Added to a step's explanation when the rule behind its date is not fully confirmed. {note} is the caveat.
  'advice.notCertain': 'Not certain: {note}',
  // A link to an official page whose address could not be confirmed. {label} is the page's name.
  'advice.open.addressNotConfirmed': '{label} (address not confirmed)',

  // --- Deadlines ----------------------------------------------------------------------------------------------------

  // How long a rule gives: "30 calendar days". Calendar days count every day.
  'advice.span.calendar': '{count, plural, one {# calendar day} other {# calendar days}}',
  // Business days skip Saturdays and Sundays.
  'advice.span.business': '{count, plural, one {# business day} other {# business days}}',

  // The moment a rule counts from, filled into the deadline sentences as {anchor} ("30 calendar days after {anchor}").
  // "Delivered" is the order status as the app shows it.
  'advice.anchor.deliveredStatus': 'the Delivered status',
  'advice.anchor.delivery': 'delivery',
  // The day the buyer received the order.
  'advice.anchor.receipt': 'receipt',
  'advice.anchor.lastCarrierScan': 'the last carrier scan',
  'advice.anchor.shipDate': 'the ship date',
  'advice.anchor.lastLogisticsUpdate': 'the last logistics update',
  'advice.anchor.lostOrDamagedStatus': 'the status change to lost or damaged',
  'advice.anchor.trackingUpload': 'the tracking upload (taken as the ship date)',
  'advice.anchor.orderDate': 'the order date',

  // Deadline sentences. {date}: the deadline; {span}: "30 calendar days"; {anchor}: what it counts from ("the
  // Delivered status"); {anchorDate}: that day. "it" is a return or refund request.
  'advice.deadline.request.by': 'Request it by {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.request.within':
    'Request it within {span} of {anchor}; the order page did not show that date, so check it in the order.',
  'advice.deadline.request.passed': 'The window to request it ended on {date} ({span} after {anchor} on {anchorDate}).',
  // "it": the money-back guarantee.
  'advice.deadline.claim.by': 'Claim it by {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.claim.within':
    'Claim it within {span} of {anchor}; the order page did not show that date, so check it in the order.',
  'advice.deadline.claim.passed': 'The window to claim it ended on {date} ({span} after {anchor} on {anchorDate}).',
  // "it": the tracking number uploaded in Seller Center.
  'advice.deadline.edit.by': 'Edit it by {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.edit.within':
    'Edit it within {span} of {anchor}; the order page did not show that date, so check it in the order.',
  'advice.deadline.edit.passed': 'The window to edit it ended on {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.submitTicket.by': 'Submit the ticket by {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Submit the ticket within {span} of {anchor}; the order page did not show that date, so check it in the order.',
  'advice.deadline.submitTicket.passed':
    'The window to submit the ticket ended on {date} ({span} after {anchor} on {anchorDate}).',
  // "it": a shipping insurance claim.
  'advice.deadline.file.by': 'File it by {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.file.within':
    'File it within {span} of {anchor}; the order page did not show that date, so check it in the order.',
  'advice.deadline.file.passed': 'The window to file it ended on {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.submitClaim.by': 'Submit the claim by {date} ({span} after {anchor} on {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Submit the claim within {span} of {anchor}; the order page did not show that date, so check it in the order.',
  'advice.deadline.submitClaim.passed':
    'The window to submit the claim ended on {date} ({span} after {anchor} on {anchorDate}).',
  // After a deadline that has passed.
  'advice.deadline.askAnyway': 'Ask anyway: explain the delay and keep a record.',
  // After a deadline that is at most 3 days away.
  'advice.deadline.soon': 'That is very soon: do it now.',
  // When a step becomes worth doing: {date} is that day; {span}, {anchor}, {anchorDate} as in the deadlines.
  'advice.start.unmoved.from':
    'If the status still has not moved, open the ticket from {date} ({span} after {anchor} on {anchorDate}).',
  'advice.start.unmoved.after':
    'If the status still has not moved, open the ticket after {span} counted from {anchor}.',
  'advice.start.noCompensation.from':
    'If no compensation has arrived, open the ticket from {date} ({span} after {anchor} on {anchorDate}).',
  'advice.start.noCompensation.after':
    'If no compensation has arrived, open the ticket after {span} counted from {anchor}.',

  // A rule stated for some markets and applied to another. {regions}: country codes ("TH and VN"); {region}: one.
  'advice.rule.assumed': 'The source states this for {regions}; we assume it holds in {region}.',
  // Caveats of the deadline rules, shown with the step.
  'advice.rule.usBuyerReturns30d.note':
    'The official page says "30 days" without its start; third-party copies of the policy count from receipt.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Excludes pre-owned, collectible and final-sale items. A return must be dropped off within 14 days.',
  'advice.rule.vnBuyerReturns15d.note':
    'Grounds include non-receipt, wrong or defective items and late delivery. Some categories are excepted. An older VN article said 6 days.',
  // "Orders > Contact TikTok" is a path in the TikTok app: use the app's own labels.
  'advice.rule.idBuyerReturns6d.note':
    'After that, the buyer can still message the seller or contact TikTok through Orders > Contact TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Faulty items also carry legal rights against the seller beyond these windows (section 7 of the policy).',
  'advice.rule.euSpanishEdition.note':
    'Read in the Spanish edition of the EU policy (last updated 1 July 2025); other languages were not checked.',
  'advice.rule.usSellerLost10Calendar.note':
    'Domestic shipments. A lost parcel may lead to order cancellation and a refund to the buyer.',
  'advice.rule.usSellerLost7Business.note':
    'Business days here skip weekends only; public holidays are not known to the extension.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Covers up to $200 automatically (more if bought with the label); the package must have a carrier scan.',
  // TikTok's own example, with its dates written as your language writes dates.
  'advice.rule.seaSellerClaim40d.note':
    "Counted as TikTok's example does: last update 1 Feb 2024, claim by 11 Mar 2024.",
  'advice.rule.seaSellerCompensation5Business.note':
    'We count from the last logistics update, assuming it is the change to lost or damaged.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'The page does not show the upload time; we take the ship date, so the real window may end earlier.',
  'advice.rule.usSellerTrackingTicket30d.note': 'Include the original and the new tracking number and carrier.',

  // US Seller Shipping: when a parcel without a new carrier scan counts as lost. {date}: from when; {lastScan}: the
  // day of the last scan.
  'advice.noScan':
    'TikTok counts a Seller Shipping parcel as lost after 7 business days (or 10 calendar days) without a carrier scan.',
  'advice.noScan.dated':
    'TikTok counts a Seller Shipping parcel as lost after 7 business days (or 10 calendar days) without a carrier scan: from {date}, counting from the last scan on {lastScan}.',

  // --- When a step is worth doing -----------------------------------------------------------------------------------

  'advice.when.now': 'Now',
  'advice.when.everyContact': 'Every time you contact someone',
  'advice.when.sellerNotSolved': 'If the seller has not solved it within 2 days',
  'advice.when.afterNoScan': 'After 7 business days without a new scan',
  'advice.when.checksDone': 'Once the checks above are done',
  // {date}: the estimated delivery date.
  'advice.when.ifNotByEstimate': 'If nothing arrives by the estimated date, {date}',
  'advice.when.estimatePassed': 'Now: the estimated delivery date ({date}) has passed',
  'advice.when.arrivesLate': 'Once it arrives late',
  'advice.when.carrierReportsLost': 'Once the carrier reports it lost',
  'advice.when.trackingStalled': 'If tracking has not moved for several days',
  'advice.when.requestStalls': 'If the request is rejected or stalls',
  'advice.when.heldOrSentBack': 'If the parcel is held or sent back',
  'advice.when.beforeUnpacking': 'Now, before unpacking further',
  'advice.when.returnWindowClosed': 'If the 30-day return window has closed',
  'advice.when.sellerRefuses': 'If the seller refuses or does not answer',
  'advice.when.backWithSeller': 'Once the parcel is back with the seller',
  'advice.when.promisedDatePasses': 'If the promised shipping date passes',
  'advice.when.beforeNoScan': 'Before 7 business days pass without a scan',
  'advice.when.asSoonAsNoticed': 'As soon as you notice',
  'advice.when.editUsed': 'If the one edit is used or its 72 hours are over',
  'advice.when.requestArrives': 'As soon as the request arrives',
  'advice.when.beforeLabel': 'Before the label is printed',
  // A warning tag Seller Center shows on an order.
  'advice.when.tagAppears': 'When the tag appears on the order',
  'advice.when.whileReturning': 'While the parcel is returning',
  'advice.when.handlingTime': 'Within the handling time set in Seller Center',
  'advice.when.handOver': 'When you hand the parcel over',
  'advice.when.afterPickup': '24 hours after pickup',

  // Which shipping mode a step applies to, when the order page did not say. In brackets: TikTok's names for it.
  'advice.appliesIf.seller.platform': 'If TikTok arranged the shipping (TikTok Shipping / Shipped via Platform)',
  'advice.appliesIf.seller.sellerShipping':
    'If you shipped with your own carrier (Seller Shipping / Shipped by Seller)',
  'advice.appliesIf.buyer.platform': 'If TikTok arranged the shipping',
  'advice.appliesIf.buyer.sellerShipping': 'If the seller shipped with their own carrier',
  'advice.appliesIf.fbt': 'If the order is Fulfilled by TikTok',

  // --- Buttons ------------------------------------------------------------------------------------------------------

  // Buttons that copy a ready-made message.
  'advice.copy.sellerMessage': 'Copy a message to the seller',
  'advice.copy.buyerMessage': 'Copy a message to the buyer',
  'advice.copy.tiktokChat': 'Copy a message for TikTok Shop support',
  'advice.copy.ticket': 'Copy the ticket text',
  'advice.copy.request': 'Copy the request text',
  'advice.copy.claim': 'Copy the claim text',
  // Notes to keep while on the phone with the carrier.
  'advice.copy.callNotes': 'Copy call notes',
  'advice.copy.carrierEmail': 'Copy an email to the carrier',
  // Links to official TikTok Shop pages.
  'advice.open.policy': 'Read the policy',
  'advice.open.usProtections': 'TikTok Shop protections',
  'advice.open.moneyBackGuarantee': 'Money-back guarantee',
  'advice.open.sellerShippingRules': 'Seller Shipping rules',
  'advice.open.editTracking': 'Editing tracking information',
  'advice.open.trackingValidation': 'Validation of tracking ID',
  'advice.open.returnRules': 'Return rules',
  'advice.open.failedDelivery': 'Failed Delivery orders',
  'advice.open.returnedParcels': 'Returned parcels',
  'advice.open.pickupRules': 'Pickup rules',

  // --- Steps: common ------------------------------------------------------------------------------------------------

  'advice.step.track.title': "Check the tracking on the carrier's own site",
  'advice.step.track.detail':
    "The carrier's page often shows scans, delivery notes or exceptions that the order page has not picked up yet.",
  'advice.step.track.detail.lastScan':
    'Look for the last scan and any exception notice (damaged, address problem, returned).',
  'advice.step.track.detail.customs':
    'The carrier page shows whether customs holds the parcel and whether duties are due.',
  'advice.step.track.detail.whyReturned':
    'Find out why it went back: failed attempts, an address problem, or waiting at a pickup point.',
  'advice.step.track.detail.compare': 'Compare the carrier’s tracking with the order page; they can differ.',
  'advice.step.track.detail.lastScanDate': 'Note the date of the last scan: claim windows count from it.',
  'advice.step.track.detail.deliveryScan': 'Look at the delivery scan: time, place and any photo or signature.',
  'advice.step.track.detail.customsSeller': 'See whether customs holds the parcel and what it is waiting for.',
  'advice.step.track.detail.whyComingBack':
    'Find out why it is coming back: failed attempts, address problem, or refused.',

  'advice.step.keepRecords.title': 'Keep a record of every contact',
  'advice.step.keepRecords.detail':
    'Log each chat, call, ticket and claim with its date and reference number in the case log, and keep screenshots of the tracking and the order page.',

  'advice.step.messageSeller.title': 'Message the seller',
  'advice.step.messageSeller.detail':
    'The seller booked the carrier and can check with it, reship or refund. Message them from the order in the TikTok app so the chat is on record.',
  'advice.step.messageSeller.detail.redirect':
    'Tell the seller the correct address; they can ask their carrier to redirect or reship.',
  'advice.step.messageSeller.detail.updateAddress':
    'Ask the seller to update the shipping address before it ships: that is the easy moment to fix it.',
  'advice.step.messageSeller.detail.customs':
    'The seller can provide the invoice or customs details. TikTok Shop publishes no customs policy for buyers; who pays duties depends on the listing and your country.',
  'advice.step.messageSeller.detail.reship': 'Ask the seller to reship once the parcel is back, or to refund you.',
  'advice.step.messageSeller.detail.whenShips':
    'Ask the seller when the order will ship. Once it does, the tracking number appears on the order and Carrier Finder can show the carrier.',

  'advice.step.contactTiktok.title': 'Contact TikTok Shop customer service',
  'advice.step.contactTiktok.detail':
    'If the seller cannot help or does not answer, open a case with TikTok Shop in the app.',
  'advice.step.contactTiktok.detail.notShipped':
    'If it has not shipped by the date the order page promised, ask TikTok Shop about cancelling or a refund.',
  // Always shown with the step above: scammers pose as TikTok support.
  'advice.step.contactTiktok.scamWarning':
    'TikTok support never asks for card details, passwords or one-time codes by phone, email or chat.',

  'advice.step.messageBuyer.title': 'Tell the buyer what is happening',
  'advice.step.messageBuyer.detail':
    'A short message now lets the buyer check their side and shows you are on it before they open a dispute.',
  'advice.step.messageBuyer.detail.checkAround':
    'Ask the buyer to check the address, their household and neighbours, around the door, and any carrier note about a pickup point.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Confirm the correct, complete address with the buyer in the order chat.',
  'advice.step.messageBuyer.detail.customs':
    'Tell the buyer the parcel is in customs and whether duties may be charged to them.',
  'advice.step.messageBuyer.detail.redeliver':
    'Ask the buyer to confirm the address and whether they still want the parcel redelivered.',
  'advice.step.messageBuyer.detail.whenShips': 'Let the buyer know when the order will ship.',

  // --- Steps: buyers ------------------------------------------------------------------------------------------------

  'advice.step.usNoScan.title': 'Ask TikTok Shop once the parcel counts as lost',
  'advice.step.usNoScan.detail': 'That can lead to the order being cancelled and refunded: ask customer service then.',

  'advice.step.requestRefund.title': 'Request a return or refund in the app',
  // "Package wasn't received" is the reason to pick in the app's refund form: use the app's own words.
  'advice.step.requestRefund.title.us': 'Request a refund: "Package wasn\'t received"',
  'advice.step.requestRefund.notReceived': 'If you still cannot find it, ask for a refund for non-receipt.',
  'advice.step.requestRefund.damaged': 'Ask for a return or refund for the damaged, faulty or wrong item.',
  'advice.step.requestRefund.inApp':
    'Open the order in the TikTok app and request a return or refund with the matching reason.',
  // {market}: a country code such as GB.
  'advice.step.requestRefund.noLimit': 'We have no TikTok time limit on file for {market}, so do it soon.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'We have no TikTok time limit on file for your market, so do it soon.',
  // The legal right to cancel (UK and EU) next to TikTok's longer 30-day window. {date}: its last day.
  'advice.step.requestRefund.rightToCancel.dated':
    'Your legal right to cancel runs to {date} (14 days after receipt); the 30-day window is the extended benefit.',
  'advice.step.requestRefund.rightToCancel':
    'Your legal right to cancel lasts 14 days after receipt; the 30-day window is the extended benefit.',

  'advice.step.lateDeliveryRefund.title': 'Late delivery is a reason for a refund request',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok lists late shipping or delivery as grounds for a return/refund request.',

  'advice.step.usDeliveryGuarantee.title': "Know your cover: TikTok Shop's delivery guarantee",
  'advice.step.usDeliveryGuarantee.detail':
    'TikTok Shop says you are refunded automatically if the carrier reports the package lost or damaged.',

  'advice.step.carrierTrace.title': 'Ask the carrier to trace the parcel',
  'advice.step.carrierTrace.detail':
    'Only the carrier can confirm a loss. Many carriers open claims for the sender only, so the seller or TikTok Shop may have to file; a trace reference still helps them.',

  'advice.step.checkAround.title': 'Check the address and around the delivery place',
  'advice.step.checkAround.detail':
    'Check the address on the order, ask your household and neighbours, look around the door, porch, garage and back door, and look for a notice of attempted delivery or a pickup-point note.',

  'advice.step.carrierWhereDelivered.title': 'Ask the carrier where exactly it was delivered',
  'advice.step.carrierWhereDelivered.detail':
    'The carrier may have a delivery photo, GPS point or signature, or may have marked it delivered early. If the address was wrong, it may be able to redirect the parcel.',

  'advice.step.carrierRedirectOrHold.title': 'Ask the carrier to redirect or hold the parcel',
  'advice.step.carrierRedirectOrHold.detail':
    'Carriers can sometimes redirect a parcel or hold it for collection; have the tracking number and the correct address ready.',

  'advice.step.carrierCustoms.title': 'Ask the carrier what customs needs',
  'advice.step.carrierCustoms.detail':
    'The carrier (or your national post) clears the parcel and collects any duties. Pay only on the carrier’s own website or in person, never through a link in a text message.',

  'advice.step.documentDamage.title': 'Photograph everything before you throw anything away',
  'advice.step.documentDamage.detail':
    'Take clear photos of the item, the box and the label with the tracking number, and keep the packaging. Blurry or inconclusive photos can get a claim rejected.',

  'advice.step.moneyBackGuarantee.title': 'After the return window: the money-back guarantee',
  'advice.step.moneyBackGuarantee.detail': 'For damaged or defective items.',
  // "Order details" is a page of the TikTok app.
  'advice.step.moneyBackGuarantee.link': 'Find the money-back guarantee link on the Order details page.',

  'advice.step.carrierRedeliver.title': 'Ask the carrier for redelivery or collection',
  'advice.step.carrierRedeliver.detail':
    'If the parcel went to a pickup point and has not left it, the carrier can often redeliver or hold it for you.',

  'advice.step.thAutoRefund.title': 'A parcel delivered back to the seller is refunded',
  // "Delivered Back to Seller" is an order status in the app: use the app's wording.
  'advice.step.thAutoRefund.detail':
    'When the status becomes "Delivered Back to Seller", TikTok Shop cancels the order and refunds it automatically.',

  // --- Steps: sellers -----------------------------------------------------------------------------------------------

  'advice.step.sellerSupport.title': 'Open a ticket with TikTok seller support',
  'advice.step.sellerSupport.title.ask': 'Ask TikTok seller support',
  // "Seller Center > Help Center > Contact Us" is a path in Seller Center: use its own labels. Pacific: US time zone.
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Help Center > Contact Us; live agents daily 5 AM-11 PM Pacific. For TikTok Shipping, parcels whose tracking stays stagnant for over 10 days are compensated automatically.',
  'advice.step.sellerSupport.detail.chase': 'Ask support to chase the carrier for a status update.',
  'advice.step.sellerSupport.detail.redirect': 'Ask support to have the carrier correct or redirect the delivery.',
  'advice.step.sellerSupport.detail.customs':
    'When TikTok arranged the shipping, its carrier handles clearance: ask support what customs needs.',
  'advice.step.sellerSupport.detail.returning': 'Ask support where the returning parcel is and about redelivery.',
  'advice.step.sellerSupport.detail.pickup':
    'Ask support about the pickup if the carrier has not collected the parcel.',

  'advice.step.usLostThreshold.title': 'Get the parcel moving before it counts as lost',
  'advice.step.usLostThreshold.passed':
    'That date has passed: TikTok may already treat the parcel as lost, which can cancel the order and refund the buyer. Ask the carrier for a trace and its confirmation now.',
  'advice.step.usLostThreshold.ahead':
    'A lost parcel can mean the order is cancelled and the buyer refunded, so press the carrier for a scan or a trace before then.',

  'advice.step.usEditTracking.title': 'If the uploaded tracking is wrong: edit it once',
  'advice.step.usEditTracking.detail': 'Tracking can be edited once, within 72 hours of upload.',
  'advice.step.usTrackingTicket.title': 'After that: fix it through a support ticket',
  'advice.step.usTrackingTicket.detail': 'Send the original and the new tracking number and carrier.',

  'advice.step.usShippingClaim.title': 'File the TikTok Shipping claim',
  // "Manage Orders" and "Order Details" are pages of Seller Center.
  'advice.step.usShippingClaim.where': 'File it from Manage Orders or Order Details.',
  // U-PIC is the insurer's name. An affidavit is a sworn statement.
  'advice.step.usShippingClaim.insurer':
    'The insurer (U-PIC) decides in 7-10 business days and may ask the buyer for an affidavit; appeals go to U-PIC.',

  // The last words are the ticket category in Seller Center: use Seller Center's own wording.
  'advice.step.seaClaim.title.lost': 'Claim compensation: Package Lost',
  'advice.step.seaClaim.title.damaged': 'Claim compensation: Package Damaged',
  'advice.step.seaClaim.title.notReceived': 'Claim compensation: Delivered but not received',

  // What a platform-shipping claim does, by market (SEA: South-East Asia; US; elsewhere).
  'advice.claim.lost.sea': 'TikTok compensates lost platform parcels automatically and refunds the buyer.',
  'advice.claim.lost.us':
    'With Upgraded TikTok Shipping, TikTok handles the claim itself and approves "Package Lost" automatically once the carrier confirms the loss.',
  'advice.claim.lost.other': 'Report the lost parcel and ask about compensation.',
  'advice.claim.notReceived.sea':
    'Approve the buyer’s refund request first; once the refund is done, claim compensation.',
  'advice.claim.notReceived.us':
    'With Upgraded TikTok Shipping, TikTok approves "Delivered But Not Received" automatically when its policy requirements are met.',
  'advice.claim.notReceived.other': 'Report the delivered-but-not-received parcel and ask how to claim.',
  'advice.claim.damaged.sea': 'TikTok compensates damaged platform parcels automatically and refunds the buyer.',
  'advice.claim.damaged.us':
    'With Upgraded TikTok Shipping, an empty package or a missing or wrong item is reviewed case by case on evidence of carrier fault.',
  'advice.claim.damaged.other': 'Report the damage with the evidence and ask about compensation.',
  'advice.claim.returned.sea':
    'If you lose both the payment and the goods (the parcel never comes back), you can claim compensation.',

  'advice.step.respondInTime.title': "Answer the buyer's return request in time",
  'advice.step.respondInTime.detail.vn':
    'Handle a return/refund request within 1 working day of the buyer’s submission, or it is approved automatically.',
  'advice.step.respondInTime.detail.id': 'Handle a return request within 48 hours, or it is approved automatically.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok handles it',
  'advice.step.fbtSupport.detail': "TikTok's warehouse shipped this order.",
  'advice.step.fbtSupport.chase': 'Ask seller support to chase the delivery.',
  'advice.step.fbtSupport.reimburse':
    'TikTok reimburses lost or damaged Fulfilled by TikTok parcels: report it to seller support.',
  'advice.step.fbtSupport.notReceived': 'Report the delivered-but-not-received parcel to seller support.',
  'advice.step.fbtSupport.customs': 'Ask seller support what customs needs.',
  'advice.step.fbtSupport.returned': 'Ask seller support about the returned parcel.',
  'advice.step.fbtSupport.warehouse': 'TikTok’s warehouse ships it; ask seller support if it is late.',

  // "Unmoved tracking event" is the ticket category in Seller Center: use its own wording.
  'advice.step.ticketUnmoved.title': 'Ticket: Unmoved tracking event',
  'advice.step.ticketUnmoved.detail': 'Support follows up with the carrier.',

  'advice.step.carrierStatus.title': 'Ask your carrier for a status update',
  'advice.step.carrierStatus.detail.sea':
    'Check with your logistics provider. If it was delivered but the status is stuck, update the delivery status yourself and upload proof of delivery.',
  'advice.step.carrierStatus.detail':
    'With your own carrier, TikTok does not chase the shipment for you: ask the carrier for a scan or a trace.',

  'advice.step.carrierConfirmLoss.title': 'Ask the carrier to confirm the loss',
  'advice.step.carrierConfirmLoss.detail':
    'TikTok reportedly asks for the carrier’s confirmation before it pays a lost-package claim: the carrier is the only one who can declare a parcel lost. Not certain: reported by a third-party tracker of TikTok policy changes, not read on TikTok’s own page.',

  'advice.step.carrierClaim.title.lost': 'Open a trace and a claim with your carrier',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok does not handle logistics or insurance claims for Seller Shipping: the claim is between you and your carrier.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok investigates and reimburses only parcels shipped by platform: for your own carrier, claim with it directly.',
  'advice.step.carrierClaim.detail.lost':
    'With your own carrier, the claim is between you and the carrier; keep the label and the drop-off receipt.',
  'advice.step.carrierClaim.title.damaged': 'File a damage claim with your carrier',
  'advice.step.carrierClaim.detail.damaged': 'Send the photos, the packaging details and the label.',

  'advice.step.carrierProofOfDelivery.title': 'Ask your carrier for proof of delivery',
  'advice.step.carrierProofOfDelivery.detail':
    'Ask for the delivery photo, GPS point or signature, and open a claim if the parcel cannot be found.',

  'advice.step.updateAddress.title': 'Correct the address before you ship',
  'advice.step.updateAddress.detail':
    'Before shipping is the easy moment: sellers can update the shipping address for the buyer.',

  'advice.step.carrierRedirect.title': 'Ask the carrier to redirect the parcel',
  'advice.step.carrierRedirect.detail':
    'Carriers can sometimes redirect a parcel in transit or hold it for collection.',

  // "Tracking address issue" is a tag Seller Center shows on orders: use its own wording.
  'advice.step.usTrackingAddressIssue.title': 'If Seller Center shows "Tracking address issue"',
  'advice.step.usTrackingAddressIssue.detail':
    'The tag means the ZIP code in the tracking does not match the buyer’s. Click the tag for the fix and the link to create a ticket.',

  // "Contact Logistics Service" is a button in Seller Center; "Orders > Manage Orders > Failed Delivery" a path in it.
  'advice.step.thContactLogistics.title': 'Use "Contact Logistics Service" on the order',
  'advice.step.thContactLogistics.detail':
    'Orders with a logistics issue show a tag with "Contact Logistics Service", which opens a ticket addressed to the logistics provider. Failed deliveries are listed under Orders > Manage Orders > Failed Delivery.',

  'advice.step.carrierCustomsDocuments.title': 'Give your carrier the customs documents',
  'advice.step.carrierCustomsDocuments.detail':
    'Send the commercial invoice and item details the carrier asks for; ask whether duties are charged to the buyer.',

  'advice.step.collectEvidence.title': 'Collect the evidence',
  'advice.step.collectEvidence.detail':
    'Ask the buyer for photos or an unboxing video; keep your packing photos, the materials used and the label with the tracking number visible.',

  'advice.step.carrierRedelivery.title': 'Ask the carrier about redelivery',
  'advice.step.carrierRedelivery.detail':
    'A parcel still with the carrier can often be redelivered or held for collection.',

  // "Failed Delivery" is a tab of Seller Center; "Delivered Back to Seller" an order status.
  'advice.step.thFailedDelivery.title': 'Watch the Failed Delivery tab',
  'advice.step.thFailedDelivery.detail':
    'Under Orders > Manage Orders > Failed Delivery: once the status is "Delivered Back to Seller", the order is cancelled and refunded automatically. A returned parcel you do not accept is destroyed; if its return delivery fails, you have 7 days to ask for it back.',

  // "Manage Orders > Awaiting shipment > Add tracking info" is a path in Seller Center.
  'advice.step.uploadTracking.title': 'Upload valid tracking within your handling time',
  'advice.step.uploadTracking.detail':
    'Once the label is bought, add its tracking number: Manage Orders > Awaiting shipment > Add tracking info, with a supported shipping provider. TikTok flags tracking whose first scan is over 24 hours before the order, or whose ZIP does not match.',

  // A SCAN form is a USPS document listing the parcels handed over.
  'advice.step.usPickupProof.title': 'Arrange the pickup and keep proof of handover',
  'advice.step.usPickupProof.detail':
    'With TikTok Shipping you arrange the pickup; keep the USPS SCAN form or the proof of pickup, or delays before the first scan count against you.',

  // "Shipped" is an order status in Seller Center.
  'advice.step.ticketPickup.title': 'Picked up but the status is not "Shipped"?',
  'advice.step.ticketPickup.detail':
    'If the carrier picked it up over 24 hours ago and the status has not changed, open a ticket with evidence of the pickup.',

  'advice.step.carrierHandover.title': 'Book the pickup or drop-off with your carrier',
  'advice.step.carrierHandover.detail':
    'Hand the parcel over and keep the drop-off receipt or pickup proof with the tracking number.',

  // --- Caveats shown with a step ------------------------------------------------------------------------------------

  'advice.note.idCountedFromDelivered': 'Counted from the Delivered date, taken as the day the order was received.',
  'advice.note.thirdPartyTracker':
    'Reported by a third-party tracker of TikTok policy changes; not read on TikTok’s own page.',
  'advice.note.thVnOnly': 'Stated on the TH and VN Seller Center help; assumed for this market.',

  // --- Why a step is sound when no official page states it ----------------------------------------------------------

  'advice.reason.track': "The carrier's own tracking is the first-hand record every later contact will ask about.",
  'advice.reason.keepRecords':
    'Refunds, claims and disputes are decided on the evidence submitted; a dated record of each contact is that evidence.',
  'advice.reason.messageSeller':
    'The seller chose the carrier and holds the shipment details; a message in the order chat is on record.',
  'advice.reason.contactTiktok': 'TikTok Shop handles refunds and disputes between buyers and sellers inside the app.',
  'advice.reason.messageBuyer':
    'Keeping the buyer informed lets them check their side (address, neighbours, pickup notices).',
  'advice.reason.requestRefund':
    'Refund requests made in the app attach the order automatically and start TikTok Shop’s own process.',
  'advice.reason.carrierTrace':
    'The carrier holds the scans; a trace number gives the seller and TikTok something to act on.',
  'advice.reason.checkAround': 'Most "delivered but not received" parcels turn up nearby or at a pickup point.',
  'advice.reason.carrierDeliveryRecord': 'The carrier holds the delivery record.',
  'advice.reason.carrierRedirect': 'Only the carrier can change where a parcel in transit goes.',
  'advice.reason.customsScam':
    'Fake "customs fee" messages are a common scam; the directory only lists carriers’ official contacts.',
  'advice.reason.documentDamage': 'Refunds for damaged or wrong items are decided on photos and the packaging.',
  'advice.reason.redeliver': 'A parcel still with the carrier can often be redelivered before it reaches the sender.',
  'advice.reason.sellerSupport':
    'When TikTok arranged the shipping, TikTok deals with its carrier; Seller Center support is the way in.',
  'advice.reason.fbt': 'With Fulfilled by TikTok, TikTok, not the seller, shipped the parcel.',
  'advice.reason.ownCarrierClaim': 'With your own carrier, the contract and the claim are between you and the carrier.',
  'advice.reason.ownCarrierTrace': 'Only your carrier can move or trace a parcel you shipped.',
  'advice.reason.proofOfDelivery': 'Proof of delivery comes only from the carrier.',
  'advice.reason.notShipped': 'Nothing has been handed to a carrier yet.',
  'advice.reason.customsDeclaration':
    'Customs deals with the carrier that lodged the declaration, and the carrier deals with you.',
  'advice.reason.damageEvidence': 'Damage claims are decided on photos, packaging and the label.',
  'advice.reason.redeliverySeller': 'Redelivery is cheaper and quicker before the parcel is back with you.',
  'advice.reason.firstScan': 'A first carrier scan is what starts the tracking the buyer sees.',

  // --- Sources: titles of the official pages behind the advice, shown as links --------------------------------------

  'advice.source.tiktokReachSupport': 'TikTok Shop help: how to reach support',
  'advice.source.tiktokSellerSupport': 'TikTok Shop seller support',
  'advice.source.usNotReceived': 'TikTok Shop: I never received my order, but it shows Delivered',
  'advice.source.usContactSellerThenSupport': 'TikTok Shop: how to contact the seller and TikTok Shop customer service',
  'advice.source.usMoneyBackGuarantee': 'TikTok Shop money-back guarantee',
  'advice.source.usProtections': 'TikTok Shop protections (returns, delivery guarantee)',
  'advice.source.gbReturns': 'TikTok Shop UK Cancellation and Returns Policy',
  'advice.source.euReturns': 'TikTok Shop EU Cancellation and Returns Policy (Spanish edition)',
  'advice.source.vnReturns': 'TikTok Shop VN: when can a buyer raise a return/refund request?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: return guidelines',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: what do I do if my order is lost or damaged?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: what if my package gets lost, damaged, or scrapped?',
  'advice.source.seaDeliveredNotReceived':
    "TikTok Shop TH: the buyer didn't receive the order but the status shows delivered",
  'advice.source.seaStuckStatus': 'TikTok Shop TH: the logistics status of my order is stuck or not updated',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: Failed Delivery orders',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: returned parcels the seller does not accept',
  'advice.source.usSellerShipping': 'TikTok Shop US: Seller Shipping overview and services',
  'advice.source.usTrackingEdit': 'TikTok Shop US: editing tracking information',
  'advice.source.usTrackingValidation': 'TikTok Shop US: validation of tracking ID',
  'advice.source.usShippingInsurance': 'TikTok Shop US: shipping insurance',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: how to file a reimbursement claim for TikTok Shipping logistics issues',
  // CBT: cross-border trade.
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: Upgraded TikTok Shipping and CBT logistics coverage and reimbursement policy',
  'advice.source.usPickupRules': 'TikTok Shop US: TikTok Shipping and CBT pickup rules and responsibilities',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  // polici.net is a website's name; it is not TikTok.
  'advice.source.usCarrierConfirmsLoss': 'polici.net: TikTok Shop logistics coverage policy change (third party)',

  // --- What the advice could not take into account ------------------------------------------------------------------

  'advice.unknown.problem': 'This problem type is not known, so no advice can be given.',
  'advice.unknown.countryRules':
    'TikTok Shop rules for this country are not in Carrier Finder, so the steps are general and no market deadlines are shown.',
  'advice.unknown.market':
    'Your TikTok Shop market is unknown, so market deadlines (for example 30 days after delivery in the US, 15 in Vietnam, 6 in Indonesia) are left out. Choose your country in the settings.',
  'advice.unknown.carrier':
    'The carrier is unknown, so the tracking and carrier-contact buttons cannot open its own pages. Check the carrier name on the order page.',
  // TikTok's three shipping modes, by their names.
  'advice.unknown.mode':
    'The shipping mode is unknown (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Who handles carrier claims depends on it, so such steps say which case they apply to.',
  // {anchor}: what a deadline counts from, as in the deadline sentences ("the Delivered status").
  'advice.unknown.anchorDate':
    'The order page did not show the date of {anchor}, so the deadline counted from it could not be worked out.',
  'advice.unknown.dates': 'No order dates were found on the page, so no step has a date.',

  // --- Messages to copy: written to the seller, the buyer, TikTok or the carrier ------------------------------------

  // Stand-ins for what the order page did not show; the user fills them in.
  'advice.msg.placeholder.orderId': '[order number]',
  'advice.msg.placeholder.trackingNumber': '[tracking number]',
  'advice.msg.placeholder.carrier': '[carrier]',
  // First line of a support ticket. {subject} is one of the subjects below; {orderId} the order number.
  'advice.msg.subjectLine': 'Subject: {subject} (order {orderId})',
  'advice.msg.subject.delayed': 'Delayed package, no tracking updates',
  'advice.msg.subject.lost': 'Package appears to be lost',
  'advice.msg.subject.notReceived': 'Marked delivered but not received',
  'advice.msg.subject.wrongAddress': 'Wrong or incomplete delivery address',
  'advice.msg.subject.customs': 'Package held in customs',
  'advice.msg.subject.damaged': 'Damaged or wrong item',
  'advice.msg.subject.returned': 'Package returned to sender / delivery failed',
  'advice.msg.subject.awaitingShipment': 'Order not shipped yet',
  'advice.msg.greeting': 'Hello,',
  'advice.msg.thanks': 'Thank you.',

  // What happened, written by the buyer (".buyer") or the seller (".seller"). {date}: the day of the last tracking
  // update (".since"), of delivery (".on") or of the order (".placed").
  'advice.msg.problem.delayed.buyer': 'My package has not arrived yet and the tracking has not updated.',
  'advice.msg.problem.delayed.buyer.since':
    'My package has not arrived yet and the tracking has not updated since {date}.',
  'advice.msg.problem.delayed.seller':
    'The parcel for this order has not arrived yet and the tracking has not updated.',
  'advice.msg.problem.delayed.seller.since':
    'The parcel for this order has not arrived yet and the tracking has not updated since {date}.',
  'advice.msg.problem.lost.buyer': 'My package appears to be lost: the tracking has not moved.',
  'advice.msg.problem.lost.buyer.since': 'My package appears to be lost: the tracking has not moved since {date}.',
  'advice.msg.problem.lost.seller': 'The parcel for this order appears to be lost: the tracking has not moved.',
  'advice.msg.problem.lost.seller.since':
    'The parcel for this order appears to be lost: the tracking has not moved since {date}.',
  'advice.msg.problem.notReceived.buyer':
    'The tracking shows my package as delivered, but I have not received it. I have checked with my household, my neighbours and around the address.',
  'advice.msg.problem.notReceived.buyer.on':
    'The tracking shows my package as delivered on {date}, but I have not received it. I have checked with my household, my neighbours and around the address.',
  'advice.msg.problem.notReceived.seller':
    'The tracking shows the package as delivered, but the buyer says it has not arrived.',
  'advice.msg.problem.notReceived.seller.on':
    'The tracking shows the package as delivered on {date}, but the buyer says it has not arrived.',
  'advice.msg.problem.wrongAddress.buyer':
    'The delivery address on my order is wrong or incomplete and needs to be corrected or the parcel redirected.',
  'advice.msg.problem.wrongAddress.seller':
    'The delivery address on the order is wrong or incomplete and needs to be corrected or the parcel redirected.',
  'advice.msg.problem.customs.buyer': 'My package is held in customs or waiting for import duties.',
  'advice.msg.problem.customs.seller': 'The parcel for this order is held in customs or waiting for import duties.',
  'advice.msg.problem.damaged.buyer':
    'My package arrived damaged, or with a wrong or faulty item. I have photos of the item, the packaging and the label.',
  'advice.msg.problem.damaged.seller':
    'The buyer reports that the parcel arrived damaged, or with a wrong or faulty item.',
  'advice.msg.problem.returned.buyer': 'My package was returned to the sender or the delivery failed.',
  'advice.msg.problem.returned.seller': 'The parcel for this order was returned to the sender or the delivery failed.',
  'advice.msg.problem.awaitingShipment.buyer': 'My order has not shipped yet and has no tracking number.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'My order placed on {date} has not shipped yet and has no tracking number.',
  'advice.msg.problem.awaitingShipment.seller': 'This order has not shipped yet.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'This order placed on {date} has not shipped yet.',

  // The order's details, one per line. {carrier}: the carrier's name.
  'advice.msg.line.orderNumber': 'Order number: {orderId}',
  'advice.msg.line.trackingNumber': 'Tracking number: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Tracking number: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Ordered: {date}',
  'advice.msg.line.shipped': 'Shipped: {date}',
  'advice.msg.line.estimatedDelivery': 'Estimated delivery: {date}',
  'advice.msg.line.delivered': 'Delivered: {date}',
  'advice.msg.line.lastUpdate': 'Last tracking update: {date}',

  // What the writer asks for.
  'advice.msg.ask.tiktok.buyer':
    'Could you please look into this with the seller and the carrier and tell me the next step?',
  'advice.msg.ask.tiktok.seller':
    'Could you please look into this with the logistics provider and advise on the next step or compensation?',
  'advice.msg.ask.seller.awaitingShipment':
    'Could you please tell me when it will ship, or cancel and refund it if it cannot ship soon?',
  'advice.msg.ask.seller':
    'Could you please check with the carrier and let me know what you can do (reshipment or refund)?',
  'advice.msg.ask.buyer':
    "I'm sorry for the trouble. I am following this up and will update you as soon as I hear back.",
  'advice.msg.ask.carrier.delayed': 'Could you please check where the parcel is and when it will be delivered?',
  'advice.msg.ask.carrier.lost':
    'Could you please open a trace (search) for this parcel and give me a reference number?',
  'advice.msg.ask.carrier.notReceived':
    'Could you please tell me exactly where and how it was delivered (GPS, photo or signature)?',
  'advice.msg.ask.carrier.wrongAddress':
    'Could you please tell me whether the parcel can be redirected or held for collection?',
  'advice.msg.ask.carrier.customs':
    'Could you please tell me what is needed to clear it and how to pay any duties on your own website?',
  'advice.msg.ask.carrier.damaged': 'Could you please tell me how to report the damage and what evidence you need?',
  'advice.msg.ask.carrier.returned':
    'Could you please tell me why it was returned and whether it can be redelivered or collected?',
  'advice.msg.ask.carrier.awaitingShipment':
    'Could you please tell me whether a parcel with this number has been handed to you?',

  // Notes the user keeps while calling the carrier (not sent). {problem} and {ask} are sentences from above.
  'advice.msg.callNotes.heading': 'Call notes: {carrier}',
  'advice.msg.callNotes.problem': 'Problem: {problem}',
  'advice.msg.callNotes.ask': 'Ask: {ask}',
  'advice.msg.callNotes.writeDown':
    'Write down: date and time, the agent’s name, the reference or case number, and what they promised by when.',

  // --- TikTok Shop's own channels (lib/carriers/tiktok.ts) ----------------------------------------------------------

  // Steps of paths in the TikTok app (shown as "Profile > Your orders > ..."): use the app's own labels in your
  // market. Lower-case ones are not labels but what to tap ("the order", "the seller's name").
  'tiktok.app.profile': 'Profile',
  'tiktok.app.yourOrders': 'Your orders',
  'tiktok.app.orders': 'Orders',
  'tiktok.app.theOrder': 'the order',
  'tiktok.app.theItem': 'the item',
  'tiktok.app.sellerName': "the seller's name",
  'tiktok.app.message': 'Message',
  'tiktok.app.help': 'Help',
  'tiktok.app.getHelp': 'Get Help',
  'tiktok.app.chooseQuestion': 'Choose your question',
  'tiktok.app.contactUs': 'Contact us',
  'tiktok.app.contactTiktok': 'Contact TikTok',
  'tiktok.app.requestReturnOrRefund': 'Request return or refund',
  // The refund reason to pick in the app.
  'tiktok.app.packageNotReceived': "Package wasn't received",
  'tiktok.app.continue': 'Continue',
  'tiktok.app.orderDetails': 'Order details',
  'tiktok.app.moneyBackGuaranteeLink': 'money-back guarantee link',

  // Steps of paths in Seller Center and its ticket categories: use Seller Center's own labels in your market. The
  // English ones differ slightly between markets ("Complaints & Dispute" / "Complaints & Disputes"), as TikTok
  // writes them; translate each as that market's Seller Center does.
  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Help Center',
  'tiktok.seller.contactUs': 'Contact Us',
  'tiktok.seller.ticketLog': 'Ticket Log',
  'tiktok.seller.complaintsDisputes': 'Complaints & Disputes',
  'tiktok.seller.complaintsDispute': 'Complaints & dispute',
  'tiktok.seller.complaintsDisputesLogistic': 'Complaints & Disputes (Logistic related)',
  'tiktok.seller.complaintsDisputeLogistic': 'Complaints & Dispute (Logistic related)',
  'tiktok.seller.logisticIssue': 'Logistic Issue',
  'tiktok.seller.logisticIssueLower': 'Logistic issue',
  'tiktok.seller.deliveryInquiry': 'Delivery process inquiry',
  'tiktok.seller.packageLost': 'Package Lost',
  'tiktok.seller.packageDamaged': 'Package Damaged',
  'tiktok.seller.deliveredNotReceived': 'Delivered but not received',
  'tiktok.seller.unmovedTracking': 'Unmoved tracking event',
  'tiktok.seller.pickUpIssues': 'Pick up Issues',
  'tiktok.seller.pickedUpNotUpdated': 'Picked up but logistics status not updated',

  // Names of official TikTok Shop pages, shown as links.
  'tiktok.page.euReturnsSpanish': 'TikTok Shop returns and refunds policy (EEA, Spanish)',
  'tiktok.page.esReturns': 'TikTok Shop returns and refunds policy (EEA)',
  'tiktok.page.usMoneyBackGuarantee': 'TikTok Shop money-back guarantee',
  'tiktok.page.gbReturns': 'TikTok Shop returns and refunds policy (UK)',
  'tiktok.page.usNotReceived': 'Package marked delivered but not received',
  'tiktok.page.usContactSellerOrTiktok': 'How to contact the seller or TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: contact TikTok Shop support',
  'tiktok.page.vnSellerHelp': 'Seller Center: logistics issues and tickets',
  'tiktok.page.thSellerHelp': 'Seller Center: logistics tickets (lost, damaged, not received)',
  'tiktok.page.idSellerHelp': 'Seller Center: Help Center and Ticket Log',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping in the UK and EU (carriers per market)',
  'tiktok.page.usSellerShippingRules': 'Seller Shipping rules (delivery times, lost parcels, tracking corrections)',
  // "Ship by TikTok" and "Ship by Seller" are TikTok's names for its shipping modes in Thailand.
  'tiktok.page.thShippingModes': 'Ship by TikTok and Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Lost or damaged parcels shipped by platform: compensation',
  'tiktok.page.idReturns': 'Returns and refunds (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims': 'TikTok Shipping insurance claims (within 90 days of the ship date)',
  // "Collections by TikTok" is the name of a TikTok service.
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping and Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Failed deliveries and returning parcels',
  'tiktok.page.vnBuyerReturns': 'Buyer return and refund rules (15 days after delivery)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (global selling)',
  'tiktok.page.globalTicket': 'Create a ticket (global selling Seller Center)',
  // Seller University: TikTok's help site for sellers.
  'tiktok.page.sellerUniversity': 'Seller University (Seller Center help)',
  'tiktok.page.sellerTicket': 'Seller Center support ticket',

  // Notes shown under TikTok's channels.
  // Shown to a seller whose market is unknown.
  'tiktok.note.unknownRegion':
    "We don't know your TikTok Shop market, so this is TikTok's general Seller Center route (documented for the US). Choose your country in the settings to get your market’s Seller Center and policy pages.",
  // Shown to a buyer whose market is unknown (a buyer has no Seller Center).
  'tiktok.note.unknownRegionBuyer':
    "We don't know your TikTok Shop market, so this is TikTok's general in-app route (documented for the US). Choose your country in the settings to get your market’s route and policy pages.",
  // A path in the TikTok app: use its own labels.
  'tiktok.note.usBuyerPath':
    "Ask the seller first: Profile > Your orders > the seller's name > Message. If they can't help, contact TikTok here.",
  'tiktok.note.seaBuyerPath':
    'Older wording from TikTok Shop seller help for SEA and Indonesia; the current app may label the steps differently.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok documents this path for the US; the app in your market may word the steps differently.',
  'tiktok.note.euReturnsSpanishOnly':
    'Only the Spanish version of the EEA policy was found; other language versions were not confirmed.',
  'tiktok.note.usMoneyBackGuarantee': 'Covers up to 90 days from "Delivered"; find the link on the Order details page.',
  'tiktok.note.gbReturns': '14-day right to cancel plus a 30-day extended returns benefit from receipt.',
  'tiktok.note.esReturns': 'EEA policy, last updated 1 July 2025.',
  // "Package wasn't received" is the refund reason in the app: use its own wording.
  'tiktok.note.usNotReceived':
    'Request a return or refund within 30 days of the "Delivered" update, reason "Package wasn\'t received".',
  // PST: US Pacific time.
  'tiktok.note.usSellerHours': 'Live agents daily 5:00 AM–11:00 PM PST; outside those hours only FAQs.',
  'tiktok.note.usSellerPath': 'Through the Assistant icon or Help Center in Seller Center.',
  'tiktok.note.seaSellerPath': 'Documented on the Vietnam Seller Center help; TikTok uses the same flow across SEA.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok documents this path for the US Seller Center; your market’s Seller Center may word it differently.',
  'tiktok.note.partnerDocumentation': 'TikTok Shop partner documentation.',
  'tiktok.note.globalSellingPath':
    'The global selling Seller Center, as a seller guide describes it; TikTok has not confirmed this path.',
  'tiktok.note.sellerGuideAddress': 'Address from a seller guide; not confirmed by TikTok.',
  'tiktok.note.universityNotOpened':
    'Seller University lives under /university on each Seller Center host; this landing page was not opened.',
  'tiktok.note.hostNotConfirmed': 'This Seller Center address is not confirmed on an official TikTok page.',
  'tiktok.note.vnTicketAddress':
    'Ticket page address not confirmed by TikTok; the linked article describes the ticket flow.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Address not confirmed for this market. If it does not open, use Help Center > Contact Us in Seller Center.',
} as const satisfies Readonly<Record<string, string>>;

/** An advice message's key. */
export type AdviceKey = keyof typeof ADVICE_EN;
