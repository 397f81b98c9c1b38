import type { AdviceKey } from '../en/advice';

/**
 * Filipino messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices worth knowing:
 * - Taglish as Filipinos write online (and as Shopee PH's own Taglish help does): seller, buyer, order, parcel,
 *   tracking number, refund, return, ticket, claim, status, scan stay English; "courier" for carrier, the PH word.
 *   The user is "ka/mo"; messages to send are polite, with "po" and "ninyo".
 * - The TikTok app and Seller Center labels (`tiktok.app.*`, `tiktok.seller.*`, and the statuses, tabs and buttons
 *   quoted in steps) stay in English: PH Seller Center is in English, the app in the Philippines is mostly used in
 *   English, and no Filipino TikTok Shop labels could be checked. Only the lower-case "what to tap" parts are Filipino.
 * - Spans use `=1` and `other`: Filipino's CLDR "one" also covers 2, 3, 5, 7, 8, 10... (not 4, 6, 9 endings), so an
 *   English singular in "one" would print "10 calendar day".
 * - Anchors have no "ang" marker: they follow "ng" ("pagkatapos ng delivery") or "mula sa".
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Hindi sigurado: {note}',
  'advice.open.addressNotConfirmed': '{label} (hindi kumpirmado ang address)',

  'advice.span.calendar': '{count, plural, =1 {# calendar day} other {# calendar days}}',
  'advice.span.business': '{count, plural, =1 {# working day} other {# working days}}',

  'advice.anchor.deliveredStatus': 'status na "Delivered"',
  'advice.anchor.delivery': 'delivery',
  'advice.anchor.receipt': 'pagkatanggap ng order',
  'advice.anchor.lastCarrierScan': 'huling scan ng courier',
  'advice.anchor.shipDate': 'pagpapadala',
  'advice.anchor.lastLogisticsUpdate': 'huling logistics update',
  'advice.anchor.lostOrDamagedStatus': 'pagpalit ng status sa nawala o nasira',
  'advice.anchor.trackingUpload': 'pag-upload ng tracking (itinuring na araw ng pagpapadala)',
  'advice.anchor.orderDate': 'pag-order',

  'advice.deadline.request.by':
    'Mag-request ng return o refund hanggang {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.request.within':
    'Mag-request ng return o refund sa loob ng {span} mula sa {anchor}; hindi ipinakita ng order page ang petsang iyon, kaya i-check ito sa order.',
  'advice.deadline.request.passed':
    'Natapos na noong {date} ang palugit para mag-request ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.claim.by':
    'I-claim ang guarantee hanggang {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.claim.within':
    'I-claim ang guarantee sa loob ng {span} mula sa {anchor}; hindi ipinakita ng order page ang petsang iyon, kaya i-check ito sa order.',
  'advice.deadline.claim.passed':
    'Natapos na noong {date} ang palugit para i-claim ang guarantee ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.edit.by':
    'I-edit ang tracking number hanggang {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.edit.within':
    'I-edit ang tracking number sa loob ng {span} mula sa {anchor}; hindi ipinakita ng order page ang petsang iyon, kaya i-check ito sa order.',
  'advice.deadline.edit.passed':
    'Natapos na noong {date} ang palugit para i-edit ang tracking number ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.submitTicket.by':
    'I-submit ang ticket hanggang {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'I-submit ang ticket sa loob ng {span} mula sa {anchor}; hindi ipinakita ng order page ang petsang iyon, kaya i-check ito sa order.',
  'advice.deadline.submitTicket.passed':
    'Natapos na noong {date} ang palugit para mag-submit ng ticket ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.file.by':
    'I-file ang insurance claim hanggang {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.file.within':
    'I-file ang insurance claim sa loob ng {span} mula sa {anchor}; hindi ipinakita ng order page ang petsang iyon, kaya i-check ito sa order.',
  'advice.deadline.file.passed':
    'Natapos na noong {date} ang palugit para mag-file ng insurance claim ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'I-submit ang claim hanggang {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'I-submit ang claim sa loob ng {span} mula sa {anchor}; hindi ipinakita ng order page ang petsang iyon, kaya i-check ito sa order.',
  'advice.deadline.submitClaim.passed':
    'Natapos na noong {date} ang palugit para mag-submit ng claim ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.deadline.askAnyway': 'Subukan pa rin: ipaliwanag ang delay at magtabi ng record.',
  'advice.deadline.soon': 'Malapit na iyon: gawin mo na ngayon.',
  'advice.start.unmoved.from':
    'Kung hindi pa rin gumagalaw ang status, mag-open ng ticket simula {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.start.unmoved.after':
    'Kung hindi pa rin gumagalaw ang status, mag-open ng ticket kapag lumipas na ang {span} mula sa {anchor}.',
  'advice.start.noCompensation.from':
    'Kung wala pang dumarating na compensation, mag-open ng ticket simula {date} ({span} pagkatapos ng {anchor} noong {anchorDate}).',
  'advice.start.noCompensation.after':
    'Kung wala pang dumarating na compensation, mag-open ng ticket kapag lumipas na ang {span} mula sa {anchor}.',

  'advice.rule.assumed': 'Sinasabi ito ng source para sa {regions}; inaakala naming ganito rin sa {region}.',
  'advice.rule.usBuyerReturns30d.note':
    '"30 araw" ang sabi ng opisyal na page nang hindi sinasabi kung kailan ito nagsisimula; sa mga kopya ng policy mula sa third party, binibilang ito mula sa pagkatanggap.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Hindi kasama ang pre-owned, collectible at final-sale na item. Ang return ay kailangang ma-drop off sa loob ng 14 araw.',
  'advice.rule.vnBuyerReturns15d.note':
    'Kasama sa mga dahilan ang hindi pagkatanggap, mali o depektibong item, at late na delivery. May ilang category na hindi kasama. Sa isang mas lumang artikulo sa VN, 6 na araw ang nakasaad.',
  'advice.rule.idBuyerReturns6d.note':
    'Pagkatapos nito, puwede pa ring i-message ng buyer ang seller o kontakin ang TikTok sa Orders > Contact TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'May legal na karapatan din laban sa seller para sa depektibong item, lampas sa mga palugit na ito (section 7 ng policy).',
  'advice.rule.euSpanishEdition.note':
    'Binasa sa Spanish na edisyon ng EU policy (huling update 1 Hulyo 2025); hindi na-check ang ibang wika.',
  'advice.rule.usSellerLost10Calendar.note':
    'Domestic na padala. Ang nawawalang parcel ay puwedeng mauwi sa pagkansela ng order at refund sa buyer.',
  'advice.rule.usSellerLost7Business.note':
    'Dito, weekend lang ang hindi binibilang sa working days; hindi alam ng extension ang mga holiday.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Awtomatikong sakop hanggang $200 (mas mataas kung binili kasabay ng label); kailangang may scan ng courier ang package.',
  'advice.rule.seaSellerClaim40d.note':
    'Binilang gaya ng halimbawa ng TikTok: huling update 1 Peb 2024, claim hanggang 11 Mar 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Binibilang namin mula sa huling logistics update, sa pag-aakalang ito ang pagpalit ng status sa nawala o nasira.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'Hindi ipinapakita ng page ang oras ng upload; ang ship date ang ginagamit namin, kaya puwedeng mas maagang matapos ang totoong palugit.',
  'advice.rule.usSellerTrackingTicket30d.note': 'Isama ang luma at bagong tracking number at courier.',

  'advice.noScan':
    'Itinuturing ng TikTok na nawawala ang Seller Shipping parcel pagkalipas ng 7 working days (o 10 calendar days) nang walang scan ng courier.',
  'advice.noScan.dated':
    'Itinuturing ng TikTok na nawawala ang Seller Shipping parcel pagkalipas ng 7 working days (o 10 calendar days) nang walang scan ng courier: simula {date}, bilang mula sa huling scan noong {lastScan}.',

  'advice.when.now': 'Ngayon na',
  'advice.when.everyContact': 'Tuwing may kokontakin ka',
  'advice.when.sellerNotSolved': 'Kung hindi naayos ng seller sa loob ng 2 araw',
  'advice.when.afterNoScan': 'Pagkalipas ng 7 working days nang walang bagong scan',
  'advice.when.checksDone': 'Kapag tapos na ang mga check sa itaas',
  'advice.when.ifNotByEstimate': 'Kung walang dumating pagsapit ng tinatayang petsa ({date})',
  'advice.when.estimatePassed': 'Ngayon na: lumipas na ang tinatayang petsa ng delivery ({date})',
  'advice.when.arrivesLate': 'Kapag dumating ito nang late',
  'advice.when.carrierReportsLost': 'Kapag iniulat ng courier na nawala ito',
  'advice.when.trackingStalled': 'Kung ilang araw nang hindi gumagalaw ang tracking',
  'advice.when.requestStalls': 'Kung na-reject o natengga ang request',
  'advice.when.heldOrSentBack': 'Kung naka-hold o ibinabalik ang parcel',
  'advice.when.beforeUnpacking': 'Ngayon na, bago mo pa ito buksan nang tuluyan',
  'advice.when.returnWindowClosed': 'Kung sarado na ang 30-araw na return window',
  'advice.when.sellerRefuses': 'Kung tumanggi o hindi sumasagot ang seller',
  'advice.when.backWithSeller': 'Kapag nakabalik na ang parcel sa seller',
  'advice.when.promisedDatePasses': 'Kung lumipas na ang ipinangakong petsa ng pagpapadala',
  'advice.when.beforeNoScan': 'Bago lumipas ang 7 working days nang walang scan',
  'advice.when.asSoonAsNoticed': 'Sa sandaling mapansin mo',
  'advice.when.editUsed': 'Kung nagamit na ang nag-iisang edit o lumipas na ang 72 oras nito',
  'advice.when.requestArrives': 'Sa sandaling dumating ang request',
  'advice.when.beforeLabel': 'Bago i-print ang label',
  'advice.when.tagAppears': 'Kapag lumabas ang tag sa order',
  'advice.when.whileReturning': 'Habang pabalik ang parcel',
  'advice.when.handlingTime': 'Sa loob ng handling time na naka-set sa Seller Center',
  'advice.when.handOver': 'Kapag iniabot mo ang parcel sa courier',
  'advice.when.afterPickup': '24 oras pagkatapos ng pickup',

  'advice.appliesIf.seller.platform': 'Kung TikTok ang nag-ayos ng shipping (TikTok Shipping / Shipped via Platform)',
  'advice.appliesIf.seller.sellerShipping':
    'Kung sarili mong courier ang ginamit mo (Seller Shipping / Shipped by Seller)',
  'advice.appliesIf.buyer.platform': 'Kung TikTok ang nag-ayos ng shipping',
  'advice.appliesIf.buyer.sellerShipping': 'Kung sariling courier ng seller ang ginamit',
  'advice.appliesIf.fbt': 'Kung Fulfilled by TikTok ang order',

  'advice.copy.sellerMessage': 'Kopyahin ang message para sa seller',
  'advice.copy.buyerMessage': 'Kopyahin ang message para sa buyer',
  'advice.copy.tiktokChat': 'Kopyahin ang message para sa TikTok Shop support',
  'advice.copy.ticket': 'Kopyahin ang text ng ticket',
  'advice.copy.request': 'Kopyahin ang text ng request',
  'advice.copy.claim': 'Kopyahin ang text ng claim',
  'advice.copy.callNotes': 'Kopyahin ang call notes',
  'advice.copy.carrierEmail': 'Kopyahin ang email para sa courier',
  'advice.open.policy': 'Basahin ang policy',
  'advice.open.usProtections': 'Mga proteksyon ng TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Money-back guarantee',
  'advice.open.sellerShippingRules': 'Mga patakaran ng Seller Shipping',
  'advice.open.editTracking': 'Pag-edit ng tracking information',
  'advice.open.trackingValidation': 'Validation ng tracking ID',
  'advice.open.returnRules': 'Mga patakaran sa return',
  'advice.open.failedDelivery': 'Mga order na Failed Delivery',
  'advice.open.returnedParcels': 'Mga ibinalik na parcel',
  'advice.open.pickupRules': 'Mga patakaran sa pickup',

  'advice.step.track.title': 'I-check ang tracking sa sariling site ng courier',
  'advice.step.track.detail':
    'Madalas makikita sa page ng courier ang mga scan, delivery note o exception na hindi pa lumalabas sa order page.',
  'advice.step.track.detail.lastScan':
    'Hanapin ang huling scan at anumang exception notice (nasira, problema sa address, ibinalik).',
  'advice.step.track.detail.customs':
    'Makikita sa page ng courier kung naka-hold sa customs ang parcel at kung may duties na babayaran.',
  'advice.step.track.detail.whyReturned':
    'Alamin kung bakit ito ibinalik: pumalyang delivery attempt, problema sa address, o naghihintay sa pickup point.',
  'advice.step.track.detail.compare': 'Ikumpara ang tracking ng courier sa order page; puwedeng magkaiba ang dalawa.',
  'advice.step.track.detail.lastScanDate':
    'Itala ang petsa ng huling scan: dito nagsisimula ang bilang ng palugit sa claim.',
  'advice.step.track.detail.deliveryScan': 'Tingnan ang delivery scan: oras, lugar, at anumang litrato o pirma.',
  'advice.step.track.detail.customsSeller':
    'Alamin kung naka-hold sa customs ang parcel at kung ano ang hinihintay nito.',
  'advice.step.track.detail.whyComingBack':
    'Alamin kung bakit ito pabalik: pumalyang delivery attempt, problema sa address, o tinanggihan.',

  'advice.step.keepRecords.title': 'Itala ang bawat contact',
  'advice.step.keepRecords.detail':
    'Itala sa case log ang bawat chat, tawag, ticket at claim kasama ang petsa at reference number, at mag-save ng screenshot ng tracking at ng order page.',

  'advice.step.messageSeller.title': 'I-message ang seller',
  'advice.step.messageSeller.detail':
    'Ang seller ang nag-book ng courier, kaya puwede niya itong kausapin, magpadala ulit, o mag-refund. I-message siya mula sa order sa TikTok app para naka-record ang chat.',
  'advice.step.messageSeller.detail.redirect':
    'Sabihin sa seller ang tamang address; puwede niyang hilingin sa courier na i-redirect o ipadala ulit ang parcel.',
  'advice.step.messageSeller.detail.updateAddress':
    'Hilingin sa seller na i-update ang shipping address bago ito maipadala: iyon ang pinakamadaling pagkakataon para ayusin ito.',
  'advice.step.messageSeller.detail.customs':
    'Puwedeng magbigay ang seller ng invoice o customs details. Walang inilalathalang customs policy ang TikTok Shop para sa buyers; kung sino ang magbabayad ng duties ay nakadepende sa listing at sa bansa mo.',
  'advice.step.messageSeller.detail.reship':
    'Hilingin sa seller na ipadala ulit ang parcel kapag nakabalik na ito, o i-refund ka.',
  'advice.step.messageSeller.detail.whenShips':
    'Tanungin ang seller kung kailan ipapadala ang order. Kapag naipadala na, lalabas ang tracking number sa order at maipapakita ng Carrier Finder ang courier.',

  'advice.step.contactTiktok.title': 'Kontakin ang customer service ng TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Kung hindi makatulong o hindi sumasagot ang seller, mag-open ng case sa TikTok Shop sa app.',
  'advice.step.contactTiktok.detail.notShipped':
    'Kung hindi pa ito naipapadala pagsapit ng petsang ipinangako sa order page, tanungin ang TikTok Shop tungkol sa pagkansela o refund.',
  'advice.step.contactTiktok.scamWarning':
    'Hindi kailanman hihingi ang TikTok support ng card details, password o one-time code (OTP) sa tawag, email o chat.',

  'advice.step.messageBuyer.title': 'Sabihin sa buyer ang nangyayari',
  'advice.step.messageBuyer.detail':
    'Sa isang maikling message ngayon, makakapag-check ang buyer sa panig niya at makikita niyang inaasikaso mo ito bago pa siya mag-open ng dispute.',
  'advice.step.messageBuyer.detail.checkAround':
    'Hilingin sa buyer na i-check ang address, magtanong sa mga kasama sa bahay at sa mga kapitbahay, tumingin sa paligid ng pinto, at hanapin ang anumang note ng courier tungkol sa pickup point.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Kumpirmahin sa buyer ang tama at kumpletong address sa order chat.',
  'advice.step.messageBuyer.detail.customs':
    'Sabihin sa buyer na nasa customs ang parcel at kung baka siya ang singilin ng duties.',
  'advice.step.messageBuyer.detail.redeliver':
    'Hilingin sa buyer na kumpirmahin ang address at kung gusto pa niyang ma-redeliver ang parcel.',
  'advice.step.messageBuyer.detail.whenShips': 'Ipaalam sa buyer kung kailan ipapadala ang order.',

  'advice.step.usNoScan.title': 'Tanungin ang TikTok Shop kapag itinuring nang nawawala ang parcel',
  'advice.step.usNoScan.detail':
    'Puwede itong mauwi sa pagkansela at pag-refund ng order: saka kontakin ang customer service.',

  'advice.step.requestRefund.title': 'Mag-request ng return o refund sa app',
  'advice.step.requestRefund.title.us': 'Mag-request ng refund: "Package wasn’t received"',
  'advice.step.requestRefund.notReceived':
    'Kung hindi mo pa rin ito makita, mag-request ng refund dahil hindi mo natanggap.',
  'advice.step.requestRefund.damaged': 'Mag-request ng return o refund para sa sira, depektibo o maling item.',
  'advice.step.requestRefund.inApp':
    'Buksan ang order sa TikTok app at mag-request ng return o refund gamit ang tamang dahilan.',
  'advice.step.requestRefund.noLimit':
    'Wala kaming naka-file na time limit ng TikTok para sa {market}, kaya gawin ito agad.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Wala kaming naka-file na time limit ng TikTok para sa market mo, kaya gawin ito agad.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Hanggang {date} ang legal mong karapatang mag-cancel (14 araw pagkatapos matanggap); ang 30-araw na palugit ay dagdag na benepisyo.',
  'advice.step.requestRefund.rightToCancel':
    'Tatagal nang 14 araw pagkatapos matanggap ang legal mong karapatang mag-cancel; ang 30-araw na palugit ay dagdag na benepisyo.',

  'advice.step.lateDeliveryRefund.title': 'Ang late na delivery ay dahilan para mag-request ng refund',
  'advice.step.lateDeliveryRefund.detail':
    'Kasama sa listahan ng TikTok ang late na pagpapadala o delivery bilang dahilan para sa return/refund request.',

  'advice.step.usDeliveryGuarantee.title': 'Alamin ang proteksyon mo: ang delivery guarantee ng TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'Ayon sa TikTok Shop, awtomatiko kang ire-refund kapag iniulat ng courier na nawala o nasira ang package.',

  'advice.step.carrierTrace.title': 'Hilingin sa courier na i-trace ang parcel',
  'advice.step.carrierTrace.detail':
    'Ang courier lang ang makakapagkumpirma na nawala ito. Maraming courier ang tumatanggap lang ng claim mula sa nagpadala, kaya baka ang seller o TikTok Shop ang kailangang mag-file; makakatulong pa rin sa kanila ang trace reference.',

  'advice.step.checkAround.title': 'I-check ang address at ang paligid ng pinag-deliver-an',
  'advice.step.checkAround.detail':
    'I-check ang address sa order, magtanong sa mga kasama sa bahay at sa mga kapitbahay, tumingin sa paligid ng pinto, porch, garahe at likod-bahay, at hanapin ang notice ng delivery attempt o note tungkol sa pickup point.',

  'advice.step.carrierWhereDelivered.title': 'Tanungin ang courier kung saan eksaktong na-deliver',
  'advice.step.carrierWhereDelivered.detail':
    'Baka may delivery photo, GPS point o pirma ang courier, o baka maaga nitong minarkahang delivered. Kung mali ang address, baka ma-redirect pa nito ang parcel.',

  'advice.step.carrierRedirectOrHold.title': 'Hilingin sa courier na i-redirect o i-hold ang parcel',
  'advice.step.carrierRedirectOrHold.detail':
    'Minsan puwedeng i-redirect ng courier ang parcel o i-hold ito para kunin mo; ihanda ang tracking number at ang tamang address.',

  'advice.step.carrierCustoms.title': 'Tanungin ang courier kung ano ang kailangan ng customs',
  'advice.step.carrierCustoms.detail':
    'Ang courier (o ang national post) ang nagpapa-clear ng parcel at naniningil ng anumang duties. Magbayad lang sa sariling website ng courier o nang personal, hindi kailanman sa link na dumating sa text message.',

  'advice.step.documentDamage.title': 'Kunan ng litrato ang lahat bago magtapon ng kahit ano',
  'advice.step.documentDamage.detail':
    'Kumuha ng malinaw na litrato ng item, ng kahon at ng label na may tracking number, at itago ang packaging. Puwedeng ma-reject ang claim dahil sa malabo o hindi malinaw na litrato.',

  'advice.step.moneyBackGuarantee.title': 'Pagkatapos ng return window: ang money-back guarantee',
  'advice.step.moneyBackGuarantee.detail': 'Para sa sira o depektibong item.',
  'advice.step.moneyBackGuarantee.link': 'Hanapin ang money-back guarantee link sa Order details page.',

  'advice.step.carrierRedeliver.title': 'Hilingin sa courier na i-redeliver o ipa-pickup',
  'advice.step.carrierRedeliver.detail':
    'Kung napunta ang parcel sa pickup point at hindi pa umaalis doon, kadalasan puwede itong i-redeliver ng courier o i-hold para sa iyo.',

  'advice.step.thAutoRefund.title': 'Nire-refund ang parcel na naibalik sa seller',
  'advice.step.thAutoRefund.detail':
    'Kapag naging "Delivered Back to Seller" ang status, awtomatikong kinakansela at nire-refund ng TikTok Shop ang order.',

  'advice.step.sellerSupport.title': 'Mag-open ng ticket sa TikTok seller support',
  'advice.step.sellerSupport.title.ask': 'Tanungin ang TikTok seller support',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Help Center > Contact Us; may live agent araw-araw, 5 AM-11 PM Pacific time. Sa TikTok Shipping, awtomatikong may compensation ang mga parcel na hindi gumalaw ang tracking nang lampas 10 araw.',
  'advice.step.sellerSupport.detail.chase': 'Hilingin sa support na i-follow up ang courier para sa status update.',
  'advice.step.sellerSupport.detail.redirect': 'Hilingin sa support na ipaayos o ipa-redirect sa courier ang delivery.',
  'advice.step.sellerSupport.detail.customs':
    'Kapag TikTok ang nag-ayos ng shipping, ang courier nito ang humahawak ng customs clearance: tanungin ang support kung ano ang kailangan ng customs.',
  'advice.step.sellerSupport.detail.returning':
    'Tanungin ang support kung nasaan na ang pabalik na parcel at kung puwede itong i-redeliver.',
  'advice.step.sellerSupport.detail.pickup':
    'Tanungin ang support tungkol sa pickup kung hindi pa kinukuha ng courier ang parcel.',

  'advice.step.usLostThreshold.title': 'Pagalawin ang parcel bago ito maituring na nawawala',
  'advice.step.usLostThreshold.passed':
    'Lumipas na ang petsang iyon: baka itinuturing na ng TikTok na nawawala ang parcel, na puwedeng magkansela ng order at mag-refund sa buyer. Humingi agad ng trace at kumpirmasyon sa courier.',
  'advice.step.usLostThreshold.ahead':
    'Ang nawawalang parcel ay puwedeng mangahulugang kakanselahin ang order at ire-refund ang buyer, kaya kulitin ang courier para sa scan o trace bago ang petsang iyon.',

  'advice.step.usEditTracking.title': 'Kung mali ang na-upload na tracking: i-edit ito nang isang beses',
  'advice.step.usEditTracking.detail':
    'Isang beses lang puwedeng i-edit ang tracking, sa loob ng 72 oras mula sa upload.',
  'advice.step.usTrackingTicket.title': 'Pagkatapos noon: ayusin ito sa support ticket',
  'advice.step.usTrackingTicket.detail': 'Ipadala ang luma at bagong tracking number at courier.',

  'advice.step.usShippingClaim.title': 'I-file ang TikTok Shipping claim',
  'advice.step.usShippingClaim.where': 'I-file ito mula sa Manage Orders o Order Details.',
  'advice.step.usShippingClaim.insurer':
    'Ang insurer (U-PIC) ang magdedesisyon sa loob ng 7-10 working days at puwedeng humingi ng affidavit sa buyer; sa U-PIC din dinadala ang mga apela.',

  'advice.step.seaClaim.title.lost': 'Mag-claim ng compensation: Package Lost',
  'advice.step.seaClaim.title.damaged': 'Mag-claim ng compensation: Package Damaged',
  'advice.step.seaClaim.title.notReceived': 'Mag-claim ng compensation: Delivered but not received',

  'advice.claim.lost.sea':
    'Awtomatikong nagbibigay ang TikTok ng compensation para sa nawawalang parcel na ipinadala sa platform at nire-refund ang buyer.',
  'advice.claim.lost.us':
    'Sa Upgraded TikTok Shipping, ang TikTok mismo ang humahawak ng claim at awtomatikong ina-approve ang "Package Lost" kapag kinumpirma ng courier na nawala ito.',
  'advice.claim.lost.other': 'I-report ang nawawalang parcel at magtanong tungkol sa compensation.',
  'advice.claim.notReceived.sea':
    'I-approve muna ang refund request ng buyer; kapag tapos na ang refund, mag-claim ng compensation.',
  'advice.claim.notReceived.us':
    'Sa Upgraded TikTok Shipping, awtomatikong ina-approve ng TikTok ang "Delivered But Not Received" kapag natugunan ang mga requirement ng policy nito.',
  'advice.claim.notReceived.other':
    'I-report ang parcel na delivered pero hindi natanggap, at itanong kung paano mag-claim.',
  'advice.claim.damaged.sea':
    'Awtomatikong nagbibigay ang TikTok ng compensation para sa nasirang parcel na ipinadala sa platform at nire-refund ang buyer.',
  'advice.claim.damaged.us':
    'Sa Upgraded TikTok Shipping, ang package na walang laman o may nawawala o maling item ay sinusuri case by case, batay sa ebidensya na kasalanan ng courier.',
  'advice.claim.damaged.other': 'I-report ang pinsala kasama ang ebidensya at magtanong tungkol sa compensation.',
  'advice.claim.returned.sea':
    'Kung mawala sa iyo pareho ang bayad at ang produkto (hindi na bumalik ang parcel), puwede kang mag-claim ng compensation.',

  'advice.step.respondInTime.title': 'Sagutin sa oras ang return request ng buyer',
  'advice.step.respondInTime.detail.vn':
    'Asikasuhin ang return/refund request sa loob ng 1 working day mula nang i-submit ito ng buyer, kung hindi ay awtomatiko itong maa-approve.',
  'advice.step.respondInTime.detail.id':
    'Asikasuhin ang return request sa loob ng 48 oras, kung hindi ay awtomatiko itong maa-approve.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok ang bahala',
  'advice.step.fbtSupport.detail': 'Warehouse ng TikTok ang nagpadala ng order na ito.',
  'advice.step.fbtSupport.chase': 'Hilingin sa seller support na i-follow up ang delivery.',
  'advice.step.fbtSupport.reimburse':
    'Nire-reimburse ng TikTok ang nawawala o nasirang Fulfilled by TikTok parcel: i-report ito sa seller support.',
  'advice.step.fbtSupport.notReceived': 'I-report sa seller support ang parcel na delivered pero hindi natanggap.',
  'advice.step.fbtSupport.customs': 'Tanungin ang seller support kung ano ang kailangan ng customs.',
  'advice.step.fbtSupport.returned': 'Tanungin ang seller support tungkol sa ibinalik na parcel.',
  'advice.step.fbtSupport.warehouse':
    'Warehouse ng TikTok ang nagpapadala nito; tanungin ang seller support kung late na.',

  'advice.step.ticketUnmoved.title': 'Ticket: Unmoved tracking event',
  'advice.step.ticketUnmoved.detail': 'Ang support ang magfa-follow up sa courier.',

  'advice.step.carrierStatus.title': 'Humingi ng status update sa courier mo',
  'advice.step.carrierStatus.detail.sea':
    'Makipag-ugnayan sa logistics provider mo. Kung na-deliver na pero stuck ang status, ikaw mismo ang mag-update ng delivery status at mag-upload ng proof of delivery.',
  'advice.step.carrierStatus.detail':
    'Kapag sarili mong courier, hindi ito ifa-follow up ng TikTok para sa iyo: humingi sa courier ng scan o trace.',

  'advice.step.carrierConfirmLoss.title': 'Hilingin sa courier na kumpirmahing nawala ang parcel',
  'advice.step.carrierConfirmLoss.detail':
    'Ayon sa mga ulat, hinihingi ng TikTok ang kumpirmasyon ng courier bago nito bayaran ang claim para sa nawawalang package: ang courier lang ang puwedeng magdeklarang nawala ang parcel. Hindi sigurado: iniulat ito ng isang third-party na tracker ng mga pagbabago sa policy ng TikTok, hindi nabasa sa sariling page ng TikTok.',

  'advice.step.carrierClaim.title.lost': 'Mag-open ng trace at claim sa courier mo',
  'advice.step.carrierClaim.detail.lost.us':
    'Hindi hinahawakan ng TikTok ang logistics o insurance claim para sa Seller Shipping: sa pagitan mo at ng courier mo ang claim.',
  'advice.step.carrierClaim.detail.lost.sea':
    'Nag-iimbestiga at nagre-reimburse lang ang TikTok ng mga parcel na ipinadala sa platform: kung sarili mong courier, direkta kang mag-claim sa kanila.',
  'advice.step.carrierClaim.detail.lost':
    'Kapag sarili mong courier, sa pagitan mo at ng courier ang claim; itago ang label at ang drop-off receipt.',
  'advice.step.carrierClaim.title.damaged': 'Mag-file ng damage claim sa courier mo',
  'advice.step.carrierClaim.detail.damaged': 'Ipadala ang mga litrato, detalye ng packaging at ang label.',

  'advice.step.carrierProofOfDelivery.title': 'Humingi ng proof of delivery sa courier mo',
  'advice.step.carrierProofOfDelivery.detail':
    'Hingin ang delivery photo, GPS point o pirma, at mag-open ng claim kung hindi makita ang parcel.',

  'advice.step.updateAddress.title': 'Itama ang address bago magpadala',
  'advice.step.updateAddress.detail':
    'Bago magpadala ang pinakamadaling pagkakataon: puwedeng i-update ng seller ang shipping address para sa buyer.',

  'advice.step.carrierRedirect.title': 'Hilingin sa courier na i-redirect ang parcel',
  'advice.step.carrierRedirect.detail':
    'Minsan puwedeng i-redirect ng courier ang parcel na nasa biyahe o i-hold ito para kunin.',

  'advice.step.usTrackingAddressIssue.title': 'Kung lumabas sa Seller Center ang "Tracking address issue"',
  'advice.step.usTrackingAddressIssue.detail':
    'Ibig sabihin ng tag na hindi tugma ang ZIP code sa tracking at ang ZIP code ng buyer. I-click ang tag para sa solusyon at sa link para gumawa ng ticket.',

  'advice.step.thContactLogistics.title': 'Gamitin ang "Contact Logistics Service" sa order',
  'advice.step.thContactLogistics.detail':
    'May tag na "Contact Logistics Service" ang mga order na may logistics issue; nagbubukas ito ng ticket para sa logistics provider. Nakalista ang mga failed delivery sa Orders > Manage Orders > Failed Delivery.',

  'advice.step.carrierCustomsDocuments.title': 'Ibigay sa courier mo ang customs documents',
  'advice.step.carrierCustomsDocuments.detail':
    'Ipadala ang commercial invoice at mga detalye ng item na hinihingi ng courier; itanong kung sa buyer sisingilin ang duties.',

  'advice.step.collectEvidence.title': 'Kolektahin ang ebidensya',
  'advice.step.collectEvidence.detail':
    'Humingi sa buyer ng litrato o unboxing video; itago ang sarili mong litrato ng pag-pack, ang mga materyales na ginamit, at ang label na kita ang tracking number.',

  'advice.step.carrierRedelivery.title': 'Tanungin ang courier tungkol sa redelivery',
  'advice.step.carrierRedelivery.detail':
    'Kadalasan, ang parcel na nasa courier pa ay puwedeng i-redeliver o i-hold para kunin.',

  'advice.step.thFailedDelivery.title': 'Bantayan ang Failed Delivery tab',
  'advice.step.thFailedDelivery.detail':
    'Sa Orders > Manage Orders > Failed Delivery: kapag naging "Delivered Back to Seller" ang status, awtomatikong kinakansela at nire-refund ang order. Sinisira ang ibinalik na parcel na hindi mo tinanggap; kung pumalya ang return delivery nito, may 7 araw ka para hingin itong ibalik.',

  'advice.step.uploadTracking.title': 'Mag-upload ng valid na tracking sa loob ng handling time mo',
  'advice.step.uploadTracking.detail':
    'Kapag nabili na ang label, idagdag ang tracking number nito: Manage Orders > Awaiting shipment > Add tracking info, gamit ang suportadong shipping provider. Fina-flag ng TikTok ang tracking na ang unang scan ay mahigit 24 oras bago ang order, o hindi tugma ang ZIP.',

  'advice.step.usPickupProof.title': 'Ayusin ang pickup at itago ang patunay ng pag-abot',
  'advice.step.usPickupProof.detail':
    'Sa TikTok Shipping, ikaw ang nag-aayos ng pickup; itago ang USPS SCAN form o ang proof of pickup, kung hindi ay sa iyo ibibilang ang mga delay bago ang unang scan.',

  'advice.step.ticketPickup.title': 'Na-pickup na pero hindi pa "Shipped" ang status?',
  'advice.step.ticketPickup.detail':
    'Kung mahigit 24 oras na mula nang i-pickup ng courier at hindi pa nagbabago ang status, mag-open ng ticket kasama ang patunay ng pickup.',

  'advice.step.carrierHandover.title': 'I-book ang pickup o drop-off sa courier mo',
  'advice.step.carrierHandover.detail':
    'Iabot ang parcel at itago ang drop-off receipt o proof of pickup na may tracking number.',

  'advice.note.idCountedFromDelivered':
    'Binilang mula sa petsa ng "Delivered", na itinuring na araw na natanggap ang order.',
  'advice.note.thirdPartyTracker':
    'Iniulat ng isang third-party na tracker ng mga pagbabago sa policy ng TikTok; hindi nabasa sa sariling page ng TikTok.',
  'advice.note.thVnOnly': 'Nakasaad sa Seller Center help ng TH at VN; inaakalang ganito rin sa market na ito.',

  'advice.reason.track':
    'Ang sariling tracking ng courier ang first-hand na record na itatanong ng bawat kokontakin mo pagkatapos.',
  'advice.reason.keepRecords':
    'Dinedesisyunan ang refund, claim at dispute batay sa isinumiteng ebidensya; ang may-petsang record ng bawat contact ang ebidensyang iyon.',
  'advice.reason.messageSeller':
    'Ang seller ang pumili ng courier at may hawak ng shipment details; naka-record ang message sa order chat.',
  'advice.reason.contactTiktok':
    'Ang TikTok Shop ang humahawak ng refund at dispute sa pagitan ng buyers at sellers sa loob ng app.',
  'advice.reason.messageBuyer':
    'Kapag updated ang buyer, makakapag-check siya sa panig niya (address, kapitbahay, pickup notice).',
  'advice.reason.requestRefund':
    'Ang refund request na ginawa sa app ay awtomatikong nakakabit sa order at sinisimulan nito ang sariling proseso ng TikTok Shop.',
  'advice.reason.carrierTrace':
    'Nasa courier ang mga scan; sa trace number, may mapagbabatayan ang seller at ang TikTok para kumilos.',
  'advice.reason.checkAround':
    'Karamihan sa mga parcel na "delivered pero hindi natanggap" ay lumilitaw sa malapit o sa pickup point.',
  'advice.reason.carrierDeliveryRecord': 'Nasa courier ang delivery record.',
  'advice.reason.carrierRedirect': 'Ang courier lang ang makakapagpalit kung saan pupunta ang parcel na nasa biyahe.',
  'advice.reason.customsScam':
    'Karaniwang scam ang pekeng message tungkol sa "customs fee"; mga opisyal na contact lang ng courier ang nasa directory.',
  'advice.reason.documentDamage':
    'Dinedesisyunan ang refund para sa sira o maling item batay sa mga litrato at sa packaging.',
  'advice.reason.redeliver':
    'Kadalasan, ang parcel na nasa courier pa ay puwedeng i-redeliver bago ito makabalik sa nagpadala.',
  'advice.reason.sellerSupport':
    'Kapag TikTok ang nag-ayos ng shipping, TikTok ang kausap ng courier nito; Seller Center support ang daan papunta roon.',
  'advice.reason.fbt': 'Sa Fulfilled by TikTok, ang TikTok, hindi ang seller, ang nagpadala ng parcel.',
  'advice.reason.ownCarrierClaim': 'Kapag sarili mong courier, sa pagitan mo at ng courier ang kontrata at ang claim.',
  'advice.reason.ownCarrierTrace':
    'Ang courier mo lang ang makakapaglipat o makakapag-trace ng parcel na ipinadala mo.',
  'advice.reason.proofOfDelivery': 'Sa courier lang manggagaling ang proof of delivery.',
  'advice.reason.notShipped': 'Wala pang naiaabot sa courier.',
  'advice.reason.customsDeclaration':
    'Ang customs ay nakikipag-ugnayan sa courier na nag-file ng declaration, at ang courier ang nakikipag-ugnayan sa iyo.',
  'advice.reason.damageEvidence': 'Dinedesisyunan ang damage claim batay sa litrato, packaging at label.',
  'advice.reason.redeliverySeller': 'Mas mura at mas mabilis ang redelivery bago pa bumalik sa iyo ang parcel.',
  'advice.reason.firstScan': 'Ang unang scan ng courier ang nagsisimula ng tracking na nakikita ng buyer.',

  'advice.source.tiktokReachSupport': 'TikTok Shop help: paano makontak ang support',
  'advice.source.tiktokSellerSupport': 'TikTok Shop seller support',
  'advice.source.usNotReceived': 'TikTok Shop: hindi ko natanggap ang order ko, pero nakalagay na Delivered',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop: paano kontakin ang seller at ang customer service ng TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Money-back guarantee ng TikTok Shop',
  'advice.source.usProtections': 'Mga proteksyon ng TikTok Shop (return, delivery guarantee)',
  'advice.source.gbReturns': 'TikTok Shop UK: Cancellation and Returns Policy',
  'advice.source.euReturns': 'TikTok Shop EU: Cancellation and Returns Policy (Spanish na edisyon)',
  'advice.source.vnReturns': 'TikTok Shop VN: kailan puwedeng mag-request ng return/refund ang buyer?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: gabay sa return',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: ano ang gagawin kung nawala o nasira ang order ko?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: paano kung nawala, nasira o na-scrap ang package ko?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH: hindi natanggap ng buyer ang order pero delivered ang status',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: stuck o hindi nag-a-update ang logistics status ng order ko',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: mga order na Failed Delivery',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: mga ibinalik na parcel na hindi tinanggap ng seller',
  'advice.source.usSellerShipping': 'TikTok Shop US: overview at mga serbisyo ng Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: pag-edit ng tracking information',
  'advice.source.usTrackingValidation': 'TikTok Shop US: validation ng tracking ID',
  'advice.source.usShippingInsurance': 'TikTok Shop US: shipping insurance',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: paano mag-file ng reimbursement claim para sa logistics issue ng TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: logistics coverage at reimbursement policy ng Upgraded TikTok Shipping at CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: mga patakaran at responsibilidad sa pickup ng TikTok Shipping at CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: pagbabago sa logistics coverage policy ng TikTok Shop (third party)',

  'advice.unknown.problem': 'Hindi kilala ang ganitong uri ng problema, kaya walang maibibigay na payo.',
  'advice.unknown.countryRules':
    'Wala sa Carrier Finder ang mga patakaran ng TikTok Shop para sa bansang ito, kaya pangkalahatan ang mga hakbang at walang ipinapakitang deadline ng market.',
  'advice.unknown.market':
    'Hindi alam ang TikTok Shop market mo, kaya hindi isinama ang mga deadline ng market (halimbawa, 30 araw pagkatapos ng delivery sa US, 15 sa Vietnam, 6 sa Indonesia). Piliin ang bansa mo sa settings.',
  'advice.unknown.carrier':
    'Hindi alam ang courier, kaya hindi mabubuksan ng tracking at contact buttons ang sariling page nito. I-check ang pangalan ng courier sa order page.',
  'advice.unknown.mode':
    'Hindi alam ang shipping mode (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Dito nakadepende kung sino ang hahawak ng claim sa courier, kaya sinasabi ng mga hakbang na iyon kung saang kaso sila para.',
  'advice.unknown.anchorDate':
    'Hindi ipinakita ng order page ang petsa ng {anchor}, kaya hindi makalkula ang deadline na binibilang mula rito.',
  'advice.unknown.dates': 'Walang nakitang petsa ng order sa page, kaya walang hakbang na may petsa.',

  'advice.msg.placeholder.orderId': '[order number]',
  'advice.msg.placeholder.trackingNumber': '[tracking number]',
  'advice.msg.placeholder.carrier': '[courier]',
  'advice.msg.subjectLine': 'Subject: {subject} (order {orderId})',
  'advice.msg.subject.delayed': 'Delayed na package, walang tracking update',
  'advice.msg.subject.lost': 'Mukhang nawawala ang package',
  'advice.msg.subject.notReceived': 'Naka-mark na delivered pero hindi natanggap',
  'advice.msg.subject.wrongAddress': 'Mali o kulang ang delivery address',
  'advice.msg.subject.customs': 'Naka-hold sa customs ang package',
  'advice.msg.subject.damaged': 'Sira o maling item',
  'advice.msg.subject.returned': 'Ibinalik sa sender ang package / failed delivery',
  'advice.msg.subject.awaitingShipment': 'Hindi pa naipapadala ang order',
  'advice.msg.greeting': 'Magandang araw po,',
  'advice.msg.thanks': 'Salamat po.',

  'advice.msg.problem.delayed.buyer': 'Hindi pa po dumarating ang package ko at hindi pa nag-a-update ang tracking.',
  'advice.msg.problem.delayed.buyer.since':
    'Hindi pa po dumarating ang package ko at hindi na nag-a-update ang tracking mula {date}.',
  'advice.msg.problem.delayed.seller':
    'Hindi pa po dumarating ang parcel ng order na ito at hindi pa nag-a-update ang tracking.',
  'advice.msg.problem.delayed.seller.since':
    'Hindi pa po dumarating ang parcel ng order na ito at hindi na nag-a-update ang tracking mula {date}.',
  'advice.msg.problem.lost.buyer': 'Mukhang nawawala po ang package ko: hindi gumagalaw ang tracking.',
  'advice.msg.problem.lost.buyer.since':
    'Mukhang nawawala po ang package ko: hindi na gumagalaw ang tracking mula {date}.',
  'advice.msg.problem.lost.seller': 'Mukhang nawawala po ang parcel ng order na ito: hindi gumagalaw ang tracking.',
  'advice.msg.problem.lost.seller.since':
    'Mukhang nawawala po ang parcel ng order na ito: hindi na gumagalaw ang tracking mula {date}.',
  'advice.msg.problem.notReceived.buyer':
    'Ayon po sa tracking, delivered na ang package ko, pero hindi ko ito natanggap. Nagtanong na ako sa mga kasama ko sa bahay at sa mga kapitbahay, at hinanap ko na sa paligid ng address.',
  'advice.msg.problem.notReceived.buyer.on':
    'Ayon po sa tracking, na-deliver ang package ko noong {date}, pero hindi ko ito natanggap. Nagtanong na ako sa mga kasama ko sa bahay at sa mga kapitbahay, at hinanap ko na sa paligid ng address.',
  'advice.msg.problem.notReceived.seller':
    'Ayon po sa tracking, delivered na ang package, pero sabi ng buyer ay hindi ito dumating.',
  'advice.msg.problem.notReceived.seller.on':
    'Ayon po sa tracking, na-deliver ang package noong {date}, pero sabi ng buyer ay hindi ito dumating.',
  'advice.msg.problem.wrongAddress.buyer':
    'Mali o kulang po ang delivery address sa order ko, kaya kailangan itong itama o i-redirect ang parcel.',
  'advice.msg.problem.wrongAddress.seller':
    'Mali o kulang po ang delivery address sa order, kaya kailangan itong itama o i-redirect ang parcel.',
  'advice.msg.problem.customs.buyer':
    'Naka-hold po sa customs ang package ko o naghihintay ito ng bayad sa import duties.',
  'advice.msg.problem.customs.seller':
    'Naka-hold po sa customs ang parcel ng order na ito o naghihintay ito ng bayad sa import duties.',
  'advice.msg.problem.damaged.buyer':
    'Dumating po ang package ko na sira, o may mali o depektibong item. May mga litrato ako ng item, ng packaging at ng label.',
  'advice.msg.problem.damaged.seller': 'Ayon po sa buyer, dumating ang parcel na sira, o may mali o depektibong item.',
  'advice.msg.problem.returned.buyer': 'Ibinalik po sa sender ang package ko o pumalya ang delivery.',
  'advice.msg.problem.returned.seller': 'Ibinalik po sa sender ang parcel ng order na ito o pumalya ang delivery.',
  'advice.msg.problem.awaitingShipment.buyer': 'Hindi pa po naipapadala ang order ko at wala pa itong tracking number.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Hindi pa po naipapadala ang order ko na ginawa noong {date}, at wala pa itong tracking number.',
  'advice.msg.problem.awaitingShipment.seller': 'Hindi pa po naipapadala ang order na ito.',
  'advice.msg.problem.awaitingShipment.seller.placed':
    'Hindi pa po naipapadala ang order na ito na ginawa noong {date}.',

  'advice.msg.line.orderNumber': 'Order number: {orderId}',
  'advice.msg.line.trackingNumber': 'Tracking number: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Tracking number: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Petsa ng order: {date}',
  'advice.msg.line.shipped': 'Naipadala: {date}',
  'advice.msg.line.estimatedDelivery': 'Tinatayang delivery: {date}',
  'advice.msg.line.delivered': 'Na-deliver: {date}',
  'advice.msg.line.lastUpdate': 'Huling tracking update: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Maaari po ba ninyong alamin ito sa seller at sa courier at sabihin sa akin ang susunod na hakbang?',
  'advice.msg.ask.tiktok.seller':
    'Maaari po ba ninyong alamin ito sa logistics provider at payuhan ako sa susunod na hakbang o sa compensation?',
  'advice.msg.ask.seller.awaitingShipment':
    'Maaari po bang sabihin ninyo kung kailan ito maipapadala, o i-cancel at i-refund ito kung hindi ito maipapadala agad?',
  'advice.msg.ask.seller':
    'Maaari po ba ninyong i-check sa courier at ipaalam sa akin kung ano ang magagawa ninyo (pagpapadala ulit o refund)?',
  'advice.msg.ask.buyer':
    'Pasensya na po sa abala. Inaasikaso ko na po ito at magbibigay ako ng update sa sandaling may balita.',
  'advice.msg.ask.carrier.delayed': 'Maaari po ba ninyong i-check kung nasaan ang parcel at kailan ito made-deliver?',
  'advice.msg.ask.carrier.lost':
    'Maaari po ba kayong mag-open ng trace (paghahanap) para sa parcel na ito at bigyan ako ng reference number?',
  'advice.msg.ask.carrier.notReceived':
    'Maaari po ba ninyong sabihin kung saan at paano eksaktong na-deliver ito (GPS, litrato o pirma)?',
  'advice.msg.ask.carrier.wrongAddress':
    'Maaari po ba ninyong sabihin kung puwedeng i-redirect ang parcel o i-hold ito para kunin?',
  'advice.msg.ask.carrier.customs':
    'Maaari po ba ninyong sabihin kung ano ang kailangan para ma-clear ito at paano magbayad ng anumang duties sa sarili ninyong website?',
  'advice.msg.ask.carrier.damaged':
    'Maaari po ba ninyong sabihin kung paano i-report ang pinsala at anong ebidensya ang kailangan ninyo?',
  'advice.msg.ask.carrier.returned':
    'Maaari po ba ninyong sabihin kung bakit ito ibinalik at kung puwede itong i-redeliver o kunin?',
  'advice.msg.ask.carrier.awaitingShipment':
    'Maaari po ba ninyong sabihin kung naiabot na sa inyo ang parcel na may ganitong number?',

  'advice.msg.callNotes.heading': 'Call notes: {carrier}',
  'advice.msg.callNotes.problem': 'Problema: {problem}',
  'advice.msg.callNotes.ask': 'Itanong: {ask}',
  'advice.msg.callNotes.writeDown':
    'Isulat: petsa at oras, pangalan ng agent, reference o case number, at kung ano ang ipinangako nila at kailan.',

  'tiktok.app.profile': 'Profile',
  'tiktok.app.yourOrders': 'Your orders',
  'tiktok.app.orders': 'Orders',
  'tiktok.app.theOrder': 'ang order',
  'tiktok.app.theItem': 'ang item',
  'tiktok.app.sellerName': 'ang pangalan ng seller',
  'tiktok.app.message': 'Message',
  'tiktok.app.help': 'Help',
  'tiktok.app.getHelp': 'Get Help',
  'tiktok.app.chooseQuestion': 'Choose your question',
  'tiktok.app.contactUs': 'Contact us',
  'tiktok.app.contactTiktok': 'Contact TikTok',
  'tiktok.app.requestReturnOrRefund': 'Request return or refund',
  'tiktok.app.packageNotReceived': 'Package wasn’t received',
  'tiktok.app.continue': 'Continue',
  'tiktok.app.orderDetails': 'Order details',
  'tiktok.app.moneyBackGuaranteeLink': 'money-back guarantee link',

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

  'tiktok.page.euReturnsSpanish': 'Returns at refunds policy ng TikTok Shop (EEA, Spanish)',
  'tiktok.page.esReturns': 'Returns at refunds policy ng TikTok Shop (EEA)',
  'tiktok.page.usMoneyBackGuarantee': 'Money-back guarantee ng TikTok Shop',
  'tiktok.page.gbReturns': 'Returns at refunds policy ng TikTok Shop (UK)',
  'tiktok.page.usNotReceived': 'Package na naka-mark na delivered pero hindi natanggap',
  'tiktok.page.usContactSellerOrTiktok': 'Paano kontakin ang seller o ang TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: kontakin ang TikTok Shop support',
  'tiktok.page.vnSellerHelp': 'Seller Center: logistics issues at tickets',
  'tiktok.page.thSellerHelp': 'Seller Center: logistics tickets (nawala, nasira, hindi natanggap)',
  'tiktok.page.idSellerHelp': 'Seller Center: Help Center at Ticket Log',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping sa UK at EU (mga courier kada market)',
  'tiktok.page.usSellerShippingRules':
    'Mga patakaran ng Seller Shipping (tagal ng delivery, nawawalang parcel, pagtatama ng tracking)',
  'tiktok.page.thShippingModes': 'Ship by TikTok at Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Nawala o nasirang parcel na ipinadala sa platform: compensation',
  'tiktok.page.idReturns': 'Returns at refunds (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims': 'Insurance claims ng TikTok Shipping (sa loob ng 90 araw mula sa ship date)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping at Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Mga failed delivery at pabalik na parcel',
  'tiktok.page.vnBuyerReturns': 'Mga patakaran sa return at refund ng buyer (15 araw pagkatapos ng delivery)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (global selling)',
  'tiktok.page.globalTicket': 'Gumawa ng ticket (global selling Seller Center)',
  'tiktok.page.sellerUniversity': 'Seller University (Seller Center help)',
  'tiktok.page.sellerTicket': 'Support ticket sa Seller Center',

  'tiktok.note.unknownRegion':
    'Hindi namin alam ang TikTok Shop market mo, kaya ito ang pangkalahatang daan ng TikTok sa Seller Center (naka-document para sa US). Piliin ang bansa mo sa settings para makuha ang Seller Center at mga policy page ng market mo.',
  'tiktok.note.unknownRegionBuyer':
    'Hindi namin alam ang TikTok Shop market mo, kaya ito ang pangkalahatang daan ng TikTok sa app (naka-document para sa US). Piliin ang bansa mo sa settings para makuha ang daan at mga policy page ng market mo.',
  'tiktok.note.usBuyerPath':
    'Tanungin muna ang seller: Profile > Your orders > ang pangalan ng seller > Message. Kung hindi sila makatulong, kontakin ang TikTok dito.',
  'tiktok.note.seaBuyerPath':
    'Lumang wording mula sa seller help ng TikTok Shop para sa SEA at Indonesia; baka iba na ang tawag sa mga hakbang sa kasalukuyang app.',
  'tiktok.note.elsewhereBuyerPath':
    'Naka-document ng TikTok ang daang ito para sa US; baka iba ang tawag sa mga hakbang sa app sa market mo.',
  'tiktok.note.euReturnsSpanishOnly':
    'Spanish na bersyon lang ng EEA policy ang nakita; hindi nakumpirma ang mga bersyon sa ibang wika.',
  'tiktok.note.usMoneyBackGuarantee':
    'Sakop hanggang 90 araw mula sa "Delivered"; hanapin ang link sa Order details page.',
  'tiktok.note.gbReturns':
    '14-araw na karapatang mag-cancel, dagdag pa ang 30-araw na extended returns benefit mula sa pagkatanggap.',
  'tiktok.note.esReturns': 'EEA policy, huling update 1 Hulyo 2025.',
  'tiktok.note.usNotReceived':
    'Mag-request ng return o refund sa loob ng 30 araw mula sa update na "Delivered", gamit ang dahilang "Package wasn’t received".',
  'tiktok.note.usSellerHours': 'May live agent araw-araw, 5:00 AM–11:00 PM PST; sa labas ng oras na iyon, FAQ lang.',
  'tiktok.note.usSellerPath': 'Sa Assistant icon o sa Help Center sa Seller Center.',
  'tiktok.note.seaSellerPath':
    'Naka-document sa Seller Center help ng Vietnam; parehong proseso ang gamit ng TikTok sa buong SEA.',
  'tiktok.note.elsewhereSellerPath':
    'Naka-document ng TikTok ang daang ito para sa US Seller Center; baka iba ang wording sa Seller Center ng market mo.',
  'tiktok.note.partnerDocumentation': 'Partner documentation ng TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Ang global selling Seller Center, ayon sa paglalarawan ng isang seller guide; hindi pa kinukumpirma ng TikTok ang daang ito.',
  'tiktok.note.sellerGuideAddress': 'Address mula sa isang seller guide; hindi kinumpirma ng TikTok.',
  'tiktok.note.universityNotOpened':
    'Nasa ilalim ng /university ng bawat Seller Center host ang Seller University; hindi binuksan ang landing page na ito.',
  'tiktok.note.hostNotConfirmed':
    'Hindi kumpirmado sa isang opisyal na page ng TikTok ang Seller Center address na ito.',
  'tiktok.note.vnTicketAddress':
    'Hindi kinumpirma ng TikTok ang address ng ticket page; inilalarawan ng naka-link na artikulo ang proseso ng ticket.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Hindi kumpirmado ang address para sa market na ito. Kung hindi ito bumukas, gamitin ang Help Center > Contact Us sa Seller Center.',
};
