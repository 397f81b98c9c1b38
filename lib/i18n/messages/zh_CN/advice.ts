import type { AdviceKey } from '../en/advice';

/**
 * Simplified Chinese messages of the advice (source: ../en/advice.ts), for cross-border sellers in mainland China.
 * Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices: 您 throughout; 「」 around app and Seller Center labels, as TikTok Shop's Chinese seller help writes them
 * (「管理订单」). Seller Center is 卖家中心, a ticket 工单, a tracking number 物流单号, a carrier 承运商; Seller Center
 * labels (管理订单, 待发货, 添加物流信息, 已发货, 已送达) follow Chinese copies of TikTok's seller help; the ticket
 * categories and app labels are common Chinese UI wording, not captured from a real page. TikTok's shipping-mode
 * names stay in English, with the Chinese help's own words beside them where it has them (平台物流, 商家自发货).
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first}{second}',
  'advice.notCertain': '未经确认：{note}',
  'advice.open.addressNotConfirmed': '{label}（网址未经确认）',

  'advice.span.calendar': '{count, plural, other {#个自然日}}',
  'advice.span.business': '{count, plural, other {#个工作日}}',

  'advice.anchor.deliveredStatus': '「已送达」状态',
  'advice.anchor.delivery': '送达',
  'advice.anchor.receipt': '收货',
  'advice.anchor.lastCarrierScan': '承运商最后一次扫描',
  'advice.anchor.shipDate': '发货',
  'advice.anchor.lastLogisticsUpdate': '最后一次物流更新',
  'advice.anchor.lostOrDamagedStatus': '状态变为丢失或破损',
  'advice.anchor.trackingUpload': '上传物流单号（视为发货日期）',
  'advice.anchor.orderDate': '下单',

  'advice.deadline.request.by': '请在{date}前提交申请（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.request.within': '请在{anchor}后{span}内提交申请；订单页面未显示该日期，请在订单中核实。',
  'advice.deadline.request.passed': '申请期限已于{date}截止（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.claim.by': '请在{date}前申请退款保障（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.claim.within': '请在{anchor}后{span}内申请退款保障；订单页面未显示该日期，请在订单中核实。',
  'advice.deadline.claim.passed': '退款保障的申请期限已于{date}截止（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.edit.by': '请在{date}前修改（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.edit.within': '请在{anchor}后{span}内修改；订单页面未显示该日期，请在订单中核实。',
  'advice.deadline.edit.passed': '修改期限已于{date}截止（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.submitTicket.by': '请在{date}前提交工单（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.submitTicket.within': '请在{anchor}后{span}内提交工单；订单页面未显示该日期，请在订单中核实。',
  'advice.deadline.submitTicket.passed': '提交工单的期限已于{date}截止（{anchorDate}{anchor}后{span}）。',
  // "file": the US shipping insurance claim; "submitClaim": the SEA compensation claim.
  'advice.deadline.file.by': '请在{date}前提交保险索赔（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.file.within': '请在{anchor}后{span}内提交保险索赔；订单页面未显示该日期，请在订单中核实。',
  'advice.deadline.file.passed': '保险索赔的期限已于{date}截止（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.submitClaim.by': '请在{date}前提交赔付申请（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.submitClaim.within': '请在{anchor}后{span}内提交赔付申请；订单页面未显示该日期，请在订单中核实。',
  'advice.deadline.submitClaim.passed': '赔付申请的期限已于{date}截止（{anchorDate}{anchor}后{span}）。',
  'advice.deadline.askAnyway': '仍可尝试申请：说明延误原因，并保留记录。',
  'advice.deadline.soon': '期限将至：请立即处理。',
  'advice.start.unmoved.from': '如果状态仍未更新，请从{date}起提交工单（{anchorDate}{anchor}后{span}）。',
  'advice.start.unmoved.after': '如果状态仍未更新，请在{anchor}满{span}后提交工单。',
  'advice.start.noCompensation.from': '如果仍未收到赔付，请从{date}起提交工单（{anchorDate}{anchor}后{span}）。',
  'advice.start.noCompensation.after': '如果仍未收到赔付，请在{anchor}满{span}后提交工单。',

  'advice.rule.assumed': '来源说明此规则适用于{regions}；我们假定它同样适用于{region}。',
  'advice.rule.usBuyerReturns30d.note': '官方页面只写了“30天”，未说明起算点；第三方转载的政策从收货起算。',
  'advice.rule.usBuyerMoneyBack90d.note': '二手商品、收藏品和最终销售（不退不换）商品除外。退货须在14天内交寄。',
  'advice.rule.vnBuyerReturns15d.note':
    '可申请的理由包括未收到货、商品错发或有缺陷以及延迟送达。部分类目除外。一篇较早的越南文章写的是6天。',
  'advice.rule.idBuyerReturns6d.note': '此后，买家仍可联系卖家，或通过「订单」>「联系TikTok」联系TikTok。',
  'advice.rule.gbBuyerReturns30d.note': '对于有缺陷的商品，在这些期限之外买家仍对卖家享有法定权利（政策第7节）。',
  'advice.rule.euSpanishEdition.note': '依据欧盟政策的西班牙语版（最后更新于2025年7月1日）；未核对其他语言版本。',
  'advice.rule.usSellerLost10Calendar.note': '适用于国内运输。包裹丢失可能导致订单被取消并向买家退款。',
  'advice.rule.usSellerLost7Business.note': '此处的工作日只排除周末；本扩展程序无法得知公共节假日。',
  'advice.rule.usSellerInsuranceClaim90d.note':
    '自动保障最高200美元（购买面单时加购可提高保额）；包裹必须有承运商扫描记录。',
  'advice.rule.seaSellerClaim40d.note': '按TikTok示例的方式计算：最后更新于2024年2月1日，须在2024年3月11日前索赔。',
  'advice.rule.seaSellerCompensation5Business.note': '我们从最后一次物流更新起算，假定该更新就是状态变为丢失或破损。',
  'advice.rule.usSellerTrackingEdit72h.note': '页面不显示上传时间；我们按发货日期计算，实际期限可能更早结束。',
  'advice.rule.usSellerTrackingTicket30d.note': '请附上原物流单号和承运商，以及新的物流单号和承运商。',

  'advice.noScan':
    'Seller Shipping（商家自发货）的包裹如果连续7个工作日（或10个自然日）没有承运商扫描，TikTok会将其视为丢失。',
  'advice.noScan.dated':
    'Seller Shipping（商家自发货）的包裹如果连续7个工作日（或10个自然日）没有承运商扫描，TikTok会将其视为丢失：自{lastScan}最后一次扫描起算，即从{date}起。',

  'advice.when.now': '立即',
  'advice.when.everyContact': '每次联系任何一方时',
  'advice.when.sellerNotSolved': '如果卖家2天内未解决',
  'advice.when.afterNoScan': '连续7个工作日没有新扫描后',
  'advice.when.checksDone': '完成上述检查后',
  'advice.when.ifNotByEstimate': '如果到预计送达日期（{date}）仍未收到',
  'advice.when.estimatePassed': '立即：预计送达日期（{date}）已过',
  'advice.when.arrivesLate': '包裹延迟送达后',
  'advice.when.carrierReportsLost': '承运商报告丢失后',
  'advice.when.trackingStalled': '如果物流信息已数天未更新',
  'advice.when.requestStalls': '如果申请被拒绝或迟迟没有进展',
  'advice.when.heldOrSentBack': '如果包裹被扣留或退回',
  'advice.when.beforeUnpacking': '立即，在继续拆包之前',
  'advice.when.returnWindowClosed': '如果30天退货期已结束',
  'advice.when.sellerRefuses': '如果卖家拒绝或不回复',
  'advice.when.backWithSeller': '包裹退回卖家后',
  'advice.when.promisedDatePasses': '如果已过承诺的发货日期',
  'advice.when.beforeNoScan': '在连续7个工作日无扫描之前',
  'advice.when.asSoonAsNoticed': '一经发现',
  'advice.when.editUsed': '如果唯一一次修改机会已用完或已超过72小时',
  'advice.when.requestArrives': '收到申请后立即',
  'advice.when.beforeLabel': '打印面单之前',
  'advice.when.tagAppears': '订单上出现该标签时',
  'advice.when.whileReturning': '包裹退回途中',
  'advice.when.handlingTime': '在卖家中心设置的备货时间内',
  'advice.when.handOver': '交寄包裹时',
  'advice.when.afterPickup': '揽收后24小时',

  'advice.appliesIf.seller.platform': '如果由TikTok安排物流（TikTok Shipping / 平台物流）',
  'advice.appliesIf.seller.sellerShipping': '如果您使用自己的承运商发货（Seller Shipping / 商家自发货）',
  'advice.appliesIf.buyer.platform': '如果由TikTok安排物流',
  'advice.appliesIf.buyer.sellerShipping': '如果卖家使用自己的承运商发货',
  'advice.appliesIf.fbt': '如果订单为Fulfilled by TikTok（FBT）',

  'advice.copy.sellerMessage': '复制给卖家的消息',
  'advice.copy.buyerMessage': '复制给买家的消息',
  'advice.copy.tiktokChat': '复制给TikTok Shop客服的消息',
  'advice.copy.ticket': '复制工单内容',
  'advice.copy.request': '复制申请内容',
  'advice.copy.claim': '复制索赔内容',
  'advice.copy.callNotes': '复制通话记录要点',
  'advice.copy.carrierEmail': '复制给承运商的邮件',
  'advice.open.policy': '查看政策',
  'advice.open.usProtections': 'TikTok Shop购物保障',
  'advice.open.moneyBackGuarantee': '退款保障',
  'advice.open.sellerShippingRules': 'Seller Shipping规则',
  'advice.open.editTracking': '修改物流信息',
  'advice.open.trackingValidation': '物流单号校验',
  'advice.open.returnRules': '退货规则',
  'advice.open.failedDelivery': '派送失败订单',
  'advice.open.returnedParcels': '退回的包裹',
  'advice.open.pickupRules': '揽收规则',

  'advice.step.track.title': '在承运商官网查看物流追踪',
  'advice.step.track.detail': '承运商页面上常有订单页面尚未同步的扫描记录、派送备注或异常信息。',
  'advice.step.track.detail.lastScan': '查看最后一次扫描以及任何异常通知（破损、地址问题、退回）。',
  'advice.step.track.detail.customs': '承运商页面会显示包裹是否被海关扣留，以及是否需要缴纳关税。',
  'advice.step.track.detail.whyReturned': '查明退回原因：派送失败、地址问题，或在自提点等待领取。',
  'advice.step.track.detail.compare': '将承运商的物流信息与订单页面对比，两者可能不一致。',
  'advice.step.track.detail.lastScanDate': '记下最后一次扫描的日期：索赔期限从这一天起算。',
  'advice.step.track.detail.deliveryScan': '查看签收扫描：时间、地点，以及是否有照片或签名。',
  'advice.step.track.detail.customsSeller': '查看包裹是否被海关扣留，以及在等待什么。',
  'advice.step.track.detail.whyComingBack': '查明包裹被退回的原因：派送失败、地址问题或被拒收。',

  'advice.step.keepRecords.title': '记录每一次联系',
  'advice.step.keepRecords.detail':
    '在案件记录中登记每次聊天、电话、工单和索赔的日期与参考编号，并保存物流追踪和订单页面的截图。',

  'advice.step.messageSeller.title': '联系卖家',
  'advice.step.messageSeller.detail':
    '承运商是卖家安排的，卖家可以向其核实、补发或退款。请在TikTok应用中从订单发消息给卖家，以便聊天记录留档。',
  'advice.step.messageSeller.detail.redirect': '把正确地址告诉卖家；卖家可以请承运商改派或补发。',
  'advice.step.messageSeller.detail.updateAddress': '请卖家在发货前更新收货地址：这是最容易修改的时机。',
  'advice.step.messageSeller.detail.customs':
    '卖家可以提供发票或报关信息。TikTok Shop未发布面向买家的海关政策；由谁支付关税取决于商品页面和您所在的国家。',
  'advice.step.messageSeller.detail.reship': '请卖家在包裹退回后补发，或给您退款。',
  'advice.step.messageSeller.detail.whenShips':
    '询问卖家订单何时发货。发货后，物流单号会显示在订单中，Carrier Finder即可显示承运商。',

  'advice.step.contactTiktok.title': '联系TikTok Shop客服',
  'advice.step.contactTiktok.detail': '如果卖家无法解决或不回复，请在应用中向TikTok Shop提交问题。',
  'advice.step.contactTiktok.detail.notShipped':
    '如果超过订单页面承诺的日期仍未发货，请向TikTok Shop咨询取消订单或退款。',
  'advice.step.contactTiktok.scamWarning': 'TikTok客服绝不会通过电话、邮件或聊天索要银行卡信息、密码或验证码。',

  'advice.step.messageBuyer.title': '告知买家当前情况',
  'advice.step.messageBuyer.detail': '现在发一条简短消息，买家可以自行核查，也能表明在买家发起纠纷之前您已在处理。',
  'advice.step.messageBuyer.detail.checkAround':
    '请买家核对地址，询问家人和邻居，查看门口周围，并留意承运商关于自提点的通知。',
  'advice.step.messageBuyer.detail.confirmAddress': '在订单聊天中与买家确认正确、完整的地址。',
  'advice.step.messageBuyer.detail.customs': '告知买家包裹正在清关，以及是否可能向其收取关税。',
  'advice.step.messageBuyer.detail.redeliver': '请买家确认地址，以及是否仍希望重新派送。',
  'advice.step.messageBuyer.detail.whenShips': '告知买家订单何时发货。',

  'advice.step.usNoScan.title': '包裹被视为丢失后，联系TikTok Shop',
  'advice.step.usNoScan.detail': '这可能导致订单被取消并退款：届时请联系客服。',

  'advice.step.requestRefund.title': '在应用中申请退货或退款',
  'advice.step.requestRefund.title.us': '申请退款：「未收到包裹」',
  'advice.step.requestRefund.notReceived': '如果仍然找不到，请以未收到货为由申请退款。',
  'advice.step.requestRefund.damaged': '针对破损、有缺陷或错发的商品申请退货或退款。',
  'advice.step.requestRefund.inApp': '在TikTok应用中打开订单，选择相应原因申请退货或退款。',
  'advice.step.requestRefund.noLimit': '我们没有{market}的TikTok时限信息，请尽快处理。',
  'advice.step.requestRefund.noLimit.unknownMarket': '我们没有您所在市场的TikTok时限信息，请尽快处理。',
  'advice.step.requestRefund.rightToCancel.dated': '您的法定取消权截至{date}（收货后14天）；30天退货期是延长的福利。',
  'advice.step.requestRefund.rightToCancel': '您的法定取消权为收货后14天；30天退货期是延长的福利。',

  'advice.step.lateDeliveryRefund.title': '延迟送达可作为申请退款的理由',
  'advice.step.lateDeliveryRefund.detail': 'TikTok将延迟发货或延迟送达列为申请退货/退款的理由。',

  'advice.step.usDeliveryGuarantee.title': '了解您的保障：TikTok Shop送达保障',
  'advice.step.usDeliveryGuarantee.detail': 'TikTok Shop表示，如果承运商报告包裹丢失或破损，您将自动获得退款。',

  'advice.step.carrierTrace.title': '请承运商追查包裹',
  'advice.step.carrierTrace.detail':
    '只有承运商能确认丢失。许多承运商只受理寄件人的索赔，因此可能需要由卖家或TikTok Shop提出；但追查编号仍对他们有帮助。',

  'advice.step.checkAround.title': '核对地址并查看送达地点周围',
  'advice.step.checkAround.detail':
    '核对订单上的地址，询问家人和邻居，查看门口、门廊、车库和后门周围，并留意派送未成功通知或自提点通知。',

  'advice.step.carrierWhereDelivered.title': '向承运商确认具体送达位置',
  'advice.step.carrierWhereDelivered.detail':
    '承运商可能有送达照片、GPS位置或签名，也可能提前标记了送达。如果地址有误，承运商或许能改派包裹。',

  'advice.step.carrierRedirectOrHold.title': '请承运商改派或暂存包裹',
  'advice.step.carrierRedirectOrHold.detail': '承运商有时可以改派包裹或暂存待取；请准备好物流单号和正确地址。',

  'advice.step.carrierCustoms.title': '向承运商询问清关所需',
  'advice.step.carrierCustoms.detail':
    '包裹由承运商（或您所在国家的邮政）清关并代收关税。只在承运商官网或现场付款，切勿通过短信中的链接付款。',

  'advice.step.documentDamage.title': '丢弃任何东西之前，先全部拍照',
  'advice.step.documentDamage.detail':
    '清晰拍摄商品、箱子以及带物流单号的面单，并保留包装。照片模糊或无法说明问题可能导致索赔被拒。',

  'advice.step.moneyBackGuarantee.title': '退货期结束后：退款保障',
  'advice.step.moneyBackGuarantee.detail': '适用于破损或有缺陷的商品。',
  'advice.step.moneyBackGuarantee.link': '在「订单详情」页面找到退款保障链接。',

  'advice.step.carrierRedeliver.title': '请承运商重新派送或安排自取',
  'advice.step.carrierRedeliver.detail': '如果包裹已送到自提点且尚未离开，承运商通常可以重新派送或为您暂存。',

  'advice.step.thAutoRefund.title': '退回卖家的包裹会被退款',
  'advice.step.thAutoRefund.detail': '当状态变为「已退回卖家」时，TikTok Shop会自动取消订单并退款。',

  'advice.step.sellerSupport.title': '向TikTok卖家客服提交工单',
  'advice.step.sellerSupport.title.ask': '咨询TikTok卖家客服',
  'advice.step.sellerSupport.detail.us':
    '卖家中心 > 帮助中心 > 联系我们；人工客服每天5:00–23:00（美国太平洋时间）。使用TikTok Shipping时，物流信息停滞超过10天的包裹会自动获得赔付。',
  'advice.step.sellerSupport.detail.chase': '请客服催促承运商更新状态。',
  'advice.step.sellerSupport.detail.redirect': '请客服让承运商更正派送地址或改派。',
  'advice.step.sellerSupport.detail.customs': '由TikTok安排物流时，由其承运商负责清关：请向客服询问清关所需。',
  'advice.step.sellerSupport.detail.returning': '向客服询问退回中的包裹在哪里，以及能否重新派送。',
  'advice.step.sellerSupport.detail.pickup': '如果承运商尚未揽收包裹，请向客服咨询揽收问题。',

  'advice.step.usLostThreshold.title': '在包裹被视为丢失前推动物流更新',
  'advice.step.usLostThreshold.passed':
    '该日期已过：TikTok可能已将包裹视为丢失，这可能导致订单被取消并向买家退款。请立即要求承运商追查并出具确认。',
  'advice.step.usLostThreshold.ahead': '包裹丢失可能导致订单被取消、买家获得退款，因此请在此之前督促承运商扫描或追查。',

  'advice.step.usEditTracking.title': '上传的物流单号有误：可修改一次',
  'advice.step.usEditTracking.detail': '物流单号可在上传后72小时内修改一次。',
  'advice.step.usTrackingTicket.title': '之后：通过客服工单更正',
  'advice.step.usTrackingTicket.detail': '提交原物流单号和承运商，以及新的物流单号和承运商。',

  'advice.step.usShippingClaim.title': '提交TikTok Shipping索赔',
  'advice.step.usShippingClaim.where': '在「管理订单」或「订单详情」中提交。',
  'advice.step.usShippingClaim.insurer':
    '保险公司（U-PIC）会在7–10个工作日内作出决定，可能要求买家提供宣誓书；申诉需向U-PIC提出。',

  'advice.step.seaClaim.title.lost': '申请赔付：包裹丢失',
  'advice.step.seaClaim.title.damaged': '申请赔付：包裹破损',
  'advice.step.seaClaim.title.notReceived': '申请赔付：已送达但未收到',

  'advice.claim.lost.sea': 'TikTok会自动赔付平台物流中丢失的包裹，并为买家退款。',
  'advice.claim.lost.us':
    '使用Upgraded TikTok Shipping时，由TikTok自行处理索赔，并在承运商确认丢失后自动批准「包裹丢失」。',
  'advice.claim.lost.other': '报告包裹丢失，并咨询赔付事宜。',
  'advice.claim.notReceived.sea': '先同意买家的退款申请；退款完成后，再申请赔付。',
  'advice.claim.notReceived.us': '使用Upgraded TikTok Shipping时，满足政策要求后，TikTok会自动批准「已送达但未收到」。',
  'advice.claim.notReceived.other': '报告已送达但未收到的包裹，并询问如何索赔。',
  'advice.claim.damaged.sea': 'TikTok会自动赔付平台物流中破损的包裹，并为买家退款。',
  'advice.claim.damaged.us': '使用Upgraded TikTok Shipping时，空包裹或商品缺失、错发会根据承运商过失的证据逐案审核。',
  'advice.claim.damaged.other': '附上证据报告破损，并咨询赔付事宜。',
  'advice.claim.returned.sea': '如果货款和货物都损失了（包裹始终没有退回），您可以申请赔付。',

  'advice.step.respondInTime.title': '及时处理买家的退货申请',
  'advice.step.respondInTime.detail.vn': '请在买家提交后1个工作日内处理退货/退款申请，否则将自动通过。',
  'advice.step.respondInTime.detail.id': '请在48小时内处理退货申请，否则将自动通过。',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok：由TikTok处理',
  'advice.step.fbtSupport.detail': '此订单由TikTok仓库发货。',
  'advice.step.fbtSupport.chase': '请卖家客服催促派送。',
  'advice.step.fbtSupport.reimburse': 'TikTok会赔付Fulfilled by TikTok中丢失或破损的包裹：请向卖家客服报告。',
  'advice.step.fbtSupport.notReceived': '向卖家客服报告已送达但未收到的包裹。',
  'advice.step.fbtSupport.customs': '向卖家客服询问清关所需。',
  'advice.step.fbtSupport.returned': '向卖家客服咨询退回的包裹。',
  'advice.step.fbtSupport.warehouse': '由TikTok仓库发货；如有延误，请咨询卖家客服。',

  'advice.step.ticketUnmoved.title': '工单：物流轨迹未更新',
  'advice.step.ticketUnmoved.detail': '客服会向承运商跟进。',

  'advice.step.carrierStatus.title': '向您的承运商询问最新状态',
  'advice.step.carrierStatus.detail.sea':
    '请联系您的物流服务商。如果已送达但状态卡住，请自行更新派送状态并上传签收证明。',
  'advice.step.carrierStatus.detail': '使用自己的承运商时，TikTok不会替您跟进：请要求承运商扫描或追查。',

  'advice.step.carrierConfirmLoss.title': '请承运商确认丢失',
  'advice.step.carrierConfirmLoss.detail':
    '据报道，TikTok在支付丢件索赔前会要求承运商的确认：只有承运商能认定包裹丢失。未经确认：此信息来自追踪TikTok政策变更的第三方网站，并非在TikTok官方页面上读到。',

  'advice.step.carrierClaim.title.lost': '向您的承运商发起追查和索赔',
  'advice.step.carrierClaim.detail.lost.us':
    'Seller Shipping订单的物流或保险索赔不由TikTok处理：索赔在您与承运商之间进行。',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok只调查和赔付平台物流发出的包裹：使用自己的承运商时，请直接向其索赔。',
  'advice.step.carrierClaim.detail.lost': '使用自己的承运商时，索赔在您与承运商之间进行；请保留面单和交寄凭证。',
  'advice.step.carrierClaim.title.damaged': '向您的承运商提交破损索赔',
  'advice.step.carrierClaim.detail.damaged': '发送照片、包装细节和面单。',

  'advice.step.carrierProofOfDelivery.title': '向您的承运商索取签收证明',
  'advice.step.carrierProofOfDelivery.detail': '索取送达照片、GPS位置或签名；如果找不到包裹，请发起索赔。',

  'advice.step.updateAddress.title': '发货前更正地址',
  'advice.step.updateAddress.detail': '发货前最容易修改：卖家可以为买家更新收货地址。',

  'advice.step.carrierRedirect.title': '请承运商改派包裹',
  'advice.step.carrierRedirect.detail': '承运商有时可以改派运输途中的包裹，或暂存待取。',

  'advice.step.usTrackingAddressIssue.title': '如果卖家中心显示「物流地址问题」',
  'advice.step.usTrackingAddressIssue.detail':
    '该标签表示物流信息中的邮编与买家的邮编不一致。点击标签可查看解决方法和创建工单的链接。',

  'advice.step.thContactLogistics.title': '使用订单上的「联系物流服务商」',
  'advice.step.thContactLogistics.detail':
    '有物流问题的订单会显示带有「联系物流服务商」的标签，点击即可创建发给物流服务商的工单。派送失败的订单列在「订单」>「管理订单」>「派送失败」下。',

  'advice.step.carrierCustomsDocuments.title': '向承运商提供报关文件',
  'advice.step.carrierCustomsDocuments.detail': '按承运商要求发送商业发票和商品信息；并询问关税是否由买家承担。',

  'advice.step.collectEvidence.title': '收集证据',
  'advice.step.collectEvidence.detail':
    '请买家提供照片或开箱视频；保留您的打包照片、所用包装材料，以及物流单号清晰可见的面单。',

  'advice.step.carrierRedelivery.title': '向承运商咨询重新派送',
  'advice.step.carrierRedelivery.detail': '仍在承运商手中的包裹通常可以重新派送或暂存待取。',

  'advice.step.thFailedDelivery.title': '关注「派送失败」标签页',
  'advice.step.thFailedDelivery.detail':
    '在「订单」>「管理订单」>「派送失败」下：状态变为「已退回卖家」后，订单会自动取消并退款。您不接收的退回包裹将被销毁；如果退回派送失败，您有7天时间申请取回。',

  'advice.step.uploadTracking.title': '在备货时间内上传有效的物流单号',
  'advice.step.uploadTracking.detail':
    '购买面单后，添加其物流单号：「管理订单」>「待发货」>「添加物流信息」，并选择支持的物流服务商。如果首次扫描比下单时间早24小时以上，或邮编不一致，TikTok会标记该物流单号。',

  'advice.step.usPickupProof.title': '安排揽收并保留交接凭证',
  'advice.step.usPickupProof.detail':
    '使用TikTok Shipping时由您安排揽收；请保留USPS SCAN表或揽收凭证，否则首次扫描前的延误将算在您头上。',

  'advice.step.ticketPickup.title': '已揽收但状态未变为「已发货」？',
  'advice.step.ticketPickup.detail': '如果承运商揽收已超过24小时而状态仍未变化，请附上揽收证据提交工单。',

  'advice.step.carrierHandover.title': '向承运商预约上门揽收或自行交寄',
  'advice.step.carrierHandover.detail': '交出包裹，并保留带有物流单号的交寄凭证或揽收凭证。',

  'advice.note.idCountedFromDelivered': '从「已送达」日期起算，视为买家收货当天。',
  'advice.note.thirdPartyTracker': '来自追踪TikTok政策变更的第三方网站；未在TikTok官方页面上读到。',
  'advice.note.thVnOnly': '泰国和越南卖家中心帮助中有此说明；假定同样适用于本市场。',

  'advice.reason.track': '承运商自己的物流追踪是第一手记录，之后每一次联系都会问到它。',
  'advice.reason.keepRecords': '退款、索赔和纠纷都依据提交的证据判定；每次联系的带日期记录就是证据。',
  'advice.reason.messageSeller': '承运商是卖家选的，发货详情也在卖家手中；订单聊天中的消息会留档。',
  'advice.reason.contactTiktok': 'TikTok Shop在应用内处理买卖双方之间的退款和纠纷。',
  'advice.reason.messageBuyer': '让买家了解进展，买家就能自行核查（地址、邻居、自提通知）。',
  'advice.reason.requestRefund': '在应用中提交的退款申请会自动关联订单，并启动TikTok Shop自己的处理流程。',
  'advice.reason.carrierTrace': '扫描记录在承运商手中；有了追查编号，卖家和TikTok才能据此采取行动。',
  'advice.reason.checkAround': '大多数“已送达但未收到”的包裹最终会在附近或自提点找到。',
  'advice.reason.carrierDeliveryRecord': '送达记录在承运商手中。',
  'advice.reason.carrierRedirect': '只有承运商能更改运输途中包裹的去向。',
  'advice.reason.customsScam': '假冒的“海关费用”消息是常见骗局；本目录只列出承运商的官方联系方式。',
  'advice.reason.documentDamage': '破损或错发商品的退款依据照片和包装判定。',
  'advice.reason.redeliver': '仍在承运商手中的包裹通常可以在退回寄件人之前重新派送。',
  'advice.reason.sellerSupport': '由TikTok安排物流时，由TikTok与其承运商对接；卖家中心客服是联系入口。',
  'advice.reason.fbt': '使用Fulfilled by TikTok时，包裹由TikTok而非卖家发出。',
  'advice.reason.ownCarrierClaim': '使用自己的承运商时，合同和索赔都在您与承运商之间。',
  'advice.reason.ownCarrierTrace': '只有您的承运商能调度或追查您寄出的包裹。',
  'advice.reason.proofOfDelivery': '签收证明只能由承运商提供。',
  'advice.reason.notShipped': '目前还没有任何包裹交给承运商。',
  'advice.reason.customsDeclaration': '海关与提交申报的承运商对接，承运商再与您对接。',
  'advice.reason.damageEvidence': '破损索赔依据照片、包装和面单判定。',
  'advice.reason.redeliverySeller': '在包裹退回您手中之前重新派送，更便宜也更快。',
  'advice.reason.firstScan': '承运商的首次扫描才会让买家看到物流追踪信息。',

  'advice.source.tiktokReachSupport': 'TikTok Shop帮助：如何联系客服',
  'advice.source.tiktokSellerSupport': 'TikTok Shop卖家客服',
  'advice.source.usNotReceived': 'TikTok Shop：订单显示已送达，但我没有收到',
  'advice.source.usContactSellerThenSupport': 'TikTok Shop：如何联系卖家和TikTok Shop客服',
  'advice.source.usMoneyBackGuarantee': 'TikTok Shop退款保障',
  'advice.source.usProtections': 'TikTok Shop购物保障（退货、送达保障）',
  'advice.source.gbReturns': 'TikTok Shop英国取消与退货政策',
  'advice.source.euReturns': 'TikTok Shop欧盟取消与退货政策（西班牙语版）',
  'advice.source.vnReturns': 'TikTok Shop越南：买家何时可以提出退货/退款申请？',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia：退货指南',
  'advice.source.seaLostDamaged': 'TikTok Shop泰国：订单丢失或破损怎么办？',
  'advice.source.seaLostDamagedVn': 'TikTok Shop越南：包裹丢失、破损或报废怎么办？',
  'advice.source.seaDeliveredNotReceived': 'TikTok Shop泰国：买家未收到订单，但状态显示已送达',
  'advice.source.seaStuckStatus': 'TikTok Shop泰国：订单物流状态卡住或未更新',
  'advice.source.thFailedDelivery': 'TikTok Shop泰国：派送失败订单',
  'advice.source.thReturnedParcels': 'TikTok Shop泰国：卖家不接收的退回包裹',
  'advice.source.usSellerShipping': 'TikTok Shop美国：Seller Shipping概述与服务',
  'advice.source.usTrackingEdit': 'TikTok Shop美国：修改物流信息',
  'advice.source.usTrackingValidation': 'TikTok Shop美国：物流单号校验',
  'advice.source.usShippingInsurance': 'TikTok Shop美国：运输保险',
  'advice.source.usInsuranceClaim': 'TikTok Shop美国：如何就TikTok Shipping物流问题提交赔付申请',
  'advice.source.usUpgradedCoverage': 'TikTok Shop美国：Upgraded TikTok Shipping与跨境（CBT）物流保障及赔付政策',
  'advice.source.usPickupRules': 'TikTok Shop美国：TikTok Shipping与跨境（CBT）揽收规则与责任',
  'advice.source.usFbt': 'TikTok Shop美国：Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss': 'polici.net：TikTok Shop物流保障政策变更（第三方）',

  'advice.unknown.problem': '无法识别此问题类型，因此无法提供建议。',
  'advice.unknown.countryRules': 'Carrier Finder中没有该国家的TikTok Shop规则，因此以下为通用步骤，且不显示市场期限。',
  'advice.unknown.market':
    '您的TikTok Shop市场未知，因此省略了市场期限（例如美国为送达后30天，越南为15天，印度尼西亚为6天）。请在设置中选择您的国家。',
  'advice.unknown.carrier':
    '承运商未知，因此物流追踪和联系承运商的按钮无法打开其官方页面。请在订单页面查看承运商名称。',
  'advice.unknown.mode':
    '发货模式未知（TikTok Shipping、Seller Shipping、Fulfilled by TikTok）。由谁处理承运商索赔取决于发货模式，因此相关步骤会注明适用情形。',
  'advice.unknown.anchorDate': '订单页面未显示{anchor}的日期，因此无法计算从该日期起算的期限。',
  'advice.unknown.dates': '页面上未找到订单日期，因此所有步骤均未标注日期。',

  'advice.msg.placeholder.orderId': '[订单号]',
  'advice.msg.placeholder.trackingNumber': '[物流单号]',
  'advice.msg.placeholder.carrier': '[承运商]',
  'advice.msg.subjectLine': '主题：{subject}（订单号 {orderId}）',
  'advice.msg.subject.delayed': '包裹延误，物流信息未更新',
  'advice.msg.subject.lost': '包裹疑似丢失',
  'advice.msg.subject.notReceived': '显示已送达但未收到',
  'advice.msg.subject.wrongAddress': '收货地址错误或不完整',
  'advice.msg.subject.customs': '包裹被海关扣留',
  'advice.msg.subject.damaged': '商品破损或错发',
  'advice.msg.subject.returned': '包裹被退回寄件人/派送失败',
  'advice.msg.subject.awaitingShipment': '订单尚未发货',
  'advice.msg.greeting': '您好，',
  'advice.msg.thanks': '谢谢。',

  'advice.msg.problem.delayed.buyer': '我的包裹还没有送到，物流信息也没有更新。',
  'advice.msg.problem.delayed.buyer.since': '我的包裹还没有送到，物流信息自{date}起就没有更新。',
  'advice.msg.problem.delayed.seller': '此订单的包裹尚未送达，物流信息也没有更新。',
  'advice.msg.problem.delayed.seller.since': '此订单的包裹尚未送达，物流信息自{date}起就没有更新。',
  'advice.msg.problem.lost.buyer': '我的包裹似乎丢失了：物流信息一直没有变化。',
  'advice.msg.problem.lost.buyer.since': '我的包裹似乎丢失了：物流信息自{date}起一直没有变化。',
  'advice.msg.problem.lost.seller': '此订单的包裹似乎丢失了：物流信息一直没有变化。',
  'advice.msg.problem.lost.seller.since': '此订单的包裹似乎丢失了：物流信息自{date}起一直没有变化。',
  'advice.msg.problem.notReceived.buyer':
    '物流信息显示我的包裹已送达，但我没有收到。我已经问过家人和邻居，也在地址附近找过。',
  'advice.msg.problem.notReceived.buyer.on':
    '物流信息显示我的包裹已于{date}送达，但我没有收到。我已经问过家人和邻居，也在地址附近找过。',
  'advice.msg.problem.notReceived.seller': '物流信息显示包裹已送达，但买家表示没有收到。',
  'advice.msg.problem.notReceived.seller.on': '物流信息显示包裹已于{date}送达，但买家表示没有收到。',
  'advice.msg.problem.wrongAddress.buyer': '我订单上的收货地址有误或不完整，需要更正地址或改派包裹。',
  'advice.msg.problem.wrongAddress.seller': '此订单的收货地址有误或不完整，需要更正地址或改派包裹。',
  'advice.msg.problem.customs.buyer': '我的包裹被海关扣留，或正在等待缴纳进口关税。',
  'advice.msg.problem.customs.seller': '此订单的包裹被海关扣留，或正在等待缴纳进口关税。',
  'advice.msg.problem.damaged.buyer': '我收到的包裹已破损，或商品错发、有缺陷。我有商品、包装和面单的照片。',
  'advice.msg.problem.damaged.seller': '买家反映包裹送达时已破损，或商品错发、有缺陷。',
  'advice.msg.problem.returned.buyer': '我的包裹已被退回寄件人，或派送失败。',
  'advice.msg.problem.returned.seller': '此订单的包裹已被退回寄件人，或派送失败。',
  'advice.msg.problem.awaitingShipment.buyer': '我的订单尚未发货，也没有物流单号。',
  'advice.msg.problem.awaitingShipment.buyer.placed': '我于{date}下的订单尚未发货，也没有物流单号。',
  'advice.msg.problem.awaitingShipment.seller': '此订单尚未发货。',
  'advice.msg.problem.awaitingShipment.seller.placed': '此订单于{date}下单，尚未发货。',

  'advice.msg.line.orderNumber': '订单号：{orderId}',
  'advice.msg.line.trackingNumber': '物流单号：{trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': '物流单号：{trackingNumber}（{carrier}）',
  'advice.msg.line.ordered': '下单日期：{date}',
  'advice.msg.line.shipped': '发货日期：{date}',
  'advice.msg.line.estimatedDelivery': '预计送达：{date}',
  'advice.msg.line.delivered': '送达日期：{date}',
  'advice.msg.line.lastUpdate': '最后物流更新：{date}',

  'advice.msg.ask.tiktok.buyer': '能否请您与卖家和承运商核实此事，并告知我下一步该怎么做？',
  'advice.msg.ask.tiktok.seller': '能否请您与物流服务商核实此事，并告知下一步处理方式或赔付方案？',
  'advice.msg.ask.seller.awaitingShipment': '能否告知何时发货？如果近期无法发货，能否取消订单并退款？',
  'advice.msg.ask.seller': '能否请您向承运商核实，并告诉我您能如何处理（补发或退款）？',
  'advice.msg.ask.buyer': '给您带来不便，非常抱歉。我正在跟进此事，一有回复会立即通知您。',
  'advice.msg.ask.carrier.delayed': '能否请您查询包裹目前的位置，以及预计何时派送？',
  'advice.msg.ask.carrier.lost': '能否请您为此包裹发起追查，并提供一个参考编号？',
  'advice.msg.ask.carrier.notReceived': '能否请您告知包裹具体送达的位置和方式（GPS、照片或签名）？',
  'advice.msg.ask.carrier.wrongAddress': '能否请您告知包裹是否可以改派，或暂存等待自取？',
  'advice.msg.ask.carrier.customs': '能否请您告知清关需要哪些材料，以及如何在贵公司官网上缴纳关税？',
  'advice.msg.ask.carrier.damaged': '能否请您告知如何报告破损，以及需要提供哪些证据？',
  'advice.msg.ask.carrier.returned': '能否请您告知包裹被退回的原因，以及能否重新派送或自取？',
  'advice.msg.ask.carrier.awaitingShipment': '能否请您确认此单号的包裹是否已交给贵公司？',

  'advice.msg.callNotes.heading': '通话记录：{carrier}',
  'advice.msg.callNotes.problem': '问题：{problem}',
  'advice.msg.callNotes.ask': '询问：{ask}',
  'advice.msg.callNotes.writeDown': '记下：日期和时间、客服姓名、参考编号或案件编号，以及对方承诺在何时之前做什么。',

  'tiktok.app.profile': '个人主页',
  'tiktok.app.yourOrders': '我的订单',
  'tiktok.app.orders': '订单',
  'tiktok.app.theOrder': '该订单',
  'tiktok.app.theItem': '该商品',
  'tiktok.app.sellerName': '卖家名称',
  'tiktok.app.message': '发消息',
  'tiktok.app.help': '帮助',
  'tiktok.app.getHelp': '获取帮助',
  'tiktok.app.chooseQuestion': '选择问题',
  'tiktok.app.contactUs': '联系我们',
  'tiktok.app.contactTiktok': '联系TikTok',
  'tiktok.app.requestReturnOrRefund': '申请退货或退款',
  'tiktok.app.packageNotReceived': '未收到包裹',
  'tiktok.app.continue': '继续',
  'tiktok.app.orderDetails': '订单详情',
  'tiktok.app.moneyBackGuaranteeLink': '退款保障链接',

  'tiktok.seller.sellerCenter': '卖家中心',
  'tiktok.seller.helpCenter': '帮助中心',
  'tiktok.seller.contactUs': '联系我们',
  'tiktok.seller.ticketLog': '工单记录',
  'tiktok.seller.complaintsDisputes': '投诉与纠纷',
  'tiktok.seller.complaintsDispute': '投诉与纠纷',
  'tiktok.seller.complaintsDisputesLogistic': '投诉与纠纷（物流相关）',
  'tiktok.seller.complaintsDisputeLogistic': '投诉与纠纷（物流相关）',
  'tiktok.seller.logisticIssue': '物流问题',
  'tiktok.seller.logisticIssueLower': '物流问题',
  'tiktok.seller.deliveryInquiry': '派送流程咨询',
  'tiktok.seller.packageLost': '包裹丢失',
  'tiktok.seller.packageDamaged': '包裹破损',
  'tiktok.seller.deliveredNotReceived': '已送达但未收到',
  'tiktok.seller.unmovedTracking': '物流轨迹未更新',
  'tiktok.seller.pickUpIssues': '揽收问题',
  'tiktok.seller.pickedUpNotUpdated': '已揽收但物流状态未更新',

  'tiktok.page.euReturnsSpanish': 'TikTok Shop退货退款政策（欧洲经济区，西班牙语）',
  'tiktok.page.esReturns': 'TikTok Shop退货退款政策（欧洲经济区）',
  'tiktok.page.usMoneyBackGuarantee': 'TikTok Shop退款保障',
  'tiktok.page.gbReturns': 'TikTok Shop退货退款政策（英国）',
  'tiktok.page.usNotReceived': '包裹显示已送达但未收到',
  'tiktok.page.usContactSellerOrTiktok': '如何联系卖家或TikTok Shop',
  'tiktok.page.usSellerHelp': '卖家中心：联系TikTok Shop客服',
  'tiktok.page.vnSellerHelp': '卖家中心：物流问题与工单',
  'tiktok.page.thSellerHelp': '卖家中心：物流工单（丢失、破损、未收到）',
  'tiktok.page.idSellerHelp': '卖家中心：帮助中心与工单记录',
  'tiktok.page.ukEuPlatformShipping': '英国和欧盟的TikTok Shipping（各市场承运商）',
  'tiktok.page.usSellerShippingRules': 'Seller Shipping规则（送达时效、丢失包裹、物流单号更正）',
  'tiktok.page.thShippingModes': 'Ship by TikTok与Ship by Seller',
  'tiktok.page.vnLostDamaged': '平台物流包裹丢失或破损：赔付',
  'tiktok.page.idReturns': '退货退款（TikTok Shop by Tokopedia）',
  'tiktok.page.usInsuranceClaims': 'TikTok Shipping保险索赔（发货日期起90天内）',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping与Collections by TikTok',
  'tiktok.page.thFailedDeliveries': '派送失败与退回中的包裹',
  'tiktok.page.vnBuyerReturns': '买家退货退款规则（送达后15天）',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy（跨境卖家）',
  'tiktok.page.globalTicket': '创建工单（跨境卖家中心）',
  // 卖家大学 is what Chinese copies of Seller University call it.
  'tiktok.page.sellerUniversity': '卖家大学（Seller University，卖家中心帮助）',
  'tiktok.page.sellerTicket': '卖家中心客服工单',

  'tiktok.note.unknownRegion':
    '我们不知道您的TikTok Shop市场，因此这里显示的是TikTok通用的卖家中心路径（美国的说明）。在设置中选择您的国家，即可查看您所在市场的卖家中心和政策页面。',
  'tiktok.note.unknownRegionBuyer':
    '我们不知道您的TikTok Shop市场，因此这里显示的是TikTok通用的应用内路径（美国的说明）。在设置中选择您的国家，即可查看您所在市场的路径和政策页面。',
  'tiktok.note.usBuyerPath':
    '先联系卖家：个人主页 > 我的订单 > 卖家名称 > 发消息。如果卖家无法解决，请在此联系TikTok。',
  'tiktok.note.seaBuyerPath': '这是TikTok Shop东南亚和印度尼西亚卖家帮助中的旧版说法；当前应用中的步骤名称可能不同。',
  'tiktok.note.elsewhereBuyerPath': 'TikTok记载的是美国的路径；您所在市场的应用中步骤名称可能不同。',
  'tiktok.note.euReturnsSpanishOnly': '只找到欧洲经济区政策的西班牙语版本；其他语言版本未经确认。',
  'tiktok.note.usMoneyBackGuarantee': '保障期最长为「已送达」后90天；链接在「订单详情」页面。',
  'tiktok.note.gbReturns': '14天取消权，另有自收货起30天的延长退货福利。',
  'tiktok.note.esReturns': '欧洲经济区政策，最后更新于2025年7月1日。',
  'tiktok.note.usNotReceived': '在「已送达」更新后30天内申请退货或退款，原因选择「未收到包裹」。',
  'tiktok.note.usSellerHours': '人工客服每天5:00–23:00（PST）；其他时间只有常见问题解答。',
  'tiktok.note.usSellerPath': '通过卖家中心的助手图标或帮助中心进入。',
  'tiktok.note.seaSellerPath': '见越南卖家中心帮助；TikTok在东南亚各市场使用相同流程。',
  'tiktok.note.elsewhereSellerPath': 'TikTok记载的是美国卖家中心的路径；您所在市场的卖家中心说法可能不同。',
  'tiktok.note.partnerDocumentation': 'TikTok Shop合作伙伴文档。',
  'tiktok.note.globalSellingPath': '跨境卖家中心，依据一份卖家指南的描述；TikTok未确认此路径。',
  'tiktok.note.sellerGuideAddress': '网址来自卖家指南；未经TikTok确认。',
  'tiktok.note.universityNotOpened': '卖家大学位于各卖家中心域名下的 /university；此首页未经打开核实。',
  'tiktok.note.hostNotConfirmed': '此卖家中心网址未在TikTok官方页面上得到确认。',
  'tiktok.note.vnTicketAddress': '工单页面网址未经TikTok确认；链接的文章介绍了工单流程。',
  'tiktok.note.ticketAddressNotConfirmed':
    '此市场的网址未经确认。如果无法打开，请在卖家中心使用「帮助中心」>「联系我们」。',
};
