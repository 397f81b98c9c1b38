import type { AdviceKey } from '../en/advice';

/**
 * Thai messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices worth knowing:
 * - Labels of the Thai TikTok app and the Thai Seller Center are in Thai; TikTok's own Thai help keeps "Seller Center"
 *   in Latin script ("ไปที่จัดการคำสั่งซื้อใน Seller Center", "จัดส่งผ่านแพลตฟอร์ม", tab "จัดส่งแล้ว":
 *   https://seller-th.tiktok.com/university/essay?knowledge_id=6837829112137473&lang=th-TH).
 * - Labels that only the US Seller Center shows (in English only) stay in English in quotes, with a Thai gloss, so a
 *   seller can find them on screen.
 * - Sentences end without a full stop, as Thai writes; years are Buddhist Era, as Thai dates are (Intl's `th` too).
 * - Polite particles only in the messages the user sends: "ครับ/ค่ะ" leaves the choice to the writer; no first-person
 *   pronoun (ผม/ดิฉัน are gendered).
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'ยังไม่แน่ชัด: {note}',
  'advice.open.addressNotConfirmed': '{label} (ยังไม่ได้ยืนยันที่อยู่เว็บ)',

  'advice.span.calendar': '{count, plural, other {# วันตามปฏิทิน}}',
  'advice.span.business': '{count, plural, other {# วันทำการ}}',

  'advice.anchor.deliveredStatus': 'สถานะ “จัดส่งสำเร็จ”',
  'advice.anchor.delivery': 'การจัดส่งถึง',
  'advice.anchor.receipt': 'การได้รับสินค้า',
  'advice.anchor.lastCarrierScan': 'การสแกนครั้งล่าสุดของบริษัทขนส่ง',
  'advice.anchor.shipDate': 'การส่งพัสดุ',
  'advice.anchor.lastLogisticsUpdate': 'การอัปเดตสถานะขนส่งครั้งล่าสุด',
  'advice.anchor.lostOrDamagedStatus': 'การเปลี่ยนสถานะเป็นสูญหายหรือเสียหาย',
  'advice.anchor.trackingUpload': 'การอัปโหลดหมายเลขพัสดุ (ถือเป็นวันส่งพัสดุ)',
  'advice.anchor.orderDate': 'การสั่งซื้อ',

  'advice.deadline.request.by': 'ส่งคำขอภายใน {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.request.within': 'ส่งคำขอภายใน {span} นับจาก{anchor} หน้าคำสั่งซื้อไม่ได้แสดงวันที่นี้ โปรดตรวจสอบในคำสั่งซื้อ',
  'advice.deadline.request.passed': 'ช่วงเวลาส่งคำขอสิ้นสุดไปแล้วเมื่อ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.claim.by': 'ขอใช้สิทธิ์ภายใน {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.claim.within': 'ขอใช้สิทธิ์ภายใน {span} นับจาก{anchor} หน้าคำสั่งซื้อไม่ได้แสดงวันที่นี้ โปรดตรวจสอบในคำสั่งซื้อ',
  'advice.deadline.claim.passed': 'ช่วงเวลาขอใช้สิทธิ์สิ้นสุดไปแล้วเมื่อ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.edit.by': 'แก้ไขหมายเลขพัสดุภายใน {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.edit.within': 'แก้ไขหมายเลขพัสดุภายใน {span} นับจาก{anchor} หน้าคำสั่งซื้อไม่ได้แสดงวันที่นี้ โปรดตรวจสอบในคำสั่งซื้อ',
  'advice.deadline.edit.passed': 'ช่วงเวลาแก้ไขหมายเลขพัสดุสิ้นสุดไปแล้วเมื่อ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.submitTicket.by': 'ส่งทิกเก็ตภายใน {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.submitTicket.within': 'ส่งทิกเก็ตภายใน {span} นับจาก{anchor} หน้าคำสั่งซื้อไม่ได้แสดงวันที่นี้ โปรดตรวจสอบในคำสั่งซื้อ',
  'advice.deadline.submitTicket.passed': 'ช่วงเวลาส่งทิกเก็ตสิ้นสุดไปแล้วเมื่อ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.file.by': 'ยื่นเคลมภายใน {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.file.within': 'ยื่นเคลมภายใน {span} นับจาก{anchor} หน้าคำสั่งซื้อไม่ได้แสดงวันที่นี้ โปรดตรวจสอบในคำสั่งซื้อ',
  'advice.deadline.file.passed': 'ช่วงเวลายื่นเคลมสิ้นสุดไปแล้วเมื่อ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.submitClaim.by': 'ส่งคำขอเคลมภายใน {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.submitClaim.within':
    'ส่งคำขอเคลมภายใน {span} นับจาก{anchor} หน้าคำสั่งซื้อไม่ได้แสดงวันที่นี้ โปรดตรวจสอบในคำสั่งซื้อ',
  'advice.deadline.submitClaim.passed': 'ช่วงเวลาส่งคำขอเคลมสิ้นสุดไปแล้วเมื่อ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.deadline.askAnyway': 'ลองขอดูก่อน: อธิบายเหตุที่ล่าช้าและเก็บหลักฐานไว้',
  'advice.deadline.soon': 'ใกล้ถึงกำหนดมากแล้ว: ทำเลยตอนนี้',
  'advice.start.unmoved.from': 'หากสถานะยังไม่ขยับ ให้เปิดทิกเก็ตตั้งแต่ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.start.unmoved.after': 'หากสถานะยังไม่ขยับ ให้เปิดทิกเก็ตเมื่อครบ {span} นับจาก{anchor}',
  'advice.start.noCompensation.from':
    'หากยังไม่ได้รับค่าชดเชย ให้เปิดทิกเก็ตตั้งแต่ {date} ({span} นับจาก{anchor} เมื่อ {anchorDate})',
  'advice.start.noCompensation.after': 'หากยังไม่ได้รับค่าชดเชย ให้เปิดทิกเก็ตเมื่อครบ {span} นับจาก{anchor}',

  'advice.rule.assumed': 'แหล่งข้อมูลระบุข้อนี้สำหรับ {regions} เราถือว่าใช้กับ {region} ด้วย',
  'advice.rule.usBuyerReturns30d.note':
    'หน้าทางการระบุว่า “30 วัน” แต่ไม่ได้บอกว่านับจากเมื่อใด สำเนานโยบายจากเว็บไซต์อื่นนับจากวันที่ได้รับสินค้า',
  'advice.rule.usBuyerMoneyBack90d.note': 'ไม่รวมสินค้ามือสอง ของสะสม และสินค้าที่ขายแบบไม่รับคืน การคืนสินค้าต้องนำไปส่งภายใน 14 วัน',
  'advice.rule.vnBuyerReturns15d.note':
    'เหตุผลที่ใช้ได้ เช่น ไม่ได้รับสินค้า ได้สินค้าผิดหรือชำรุด และจัดส่งล่าช้า สินค้าบางหมวดเป็นข้อยกเว้น บทความ VN ฉบับเก่าระบุ 6 วัน',
  'advice.rule.idBuyerReturns6d.note': 'หลังจากนั้น ผู้ซื้อยังส่งข้อความถึงผู้ขาย หรือติดต่อ TikTok ผ่าน คำสั่งซื้อ > ติดต่อ TikTok ได้',
  'advice.rule.gbBuyerReturns30d.note': 'สินค้าชำรุดยังมีสิทธิ์ตามกฎหมายต่อผู้ขายนอกเหนือจากช่วงเวลาเหล่านี้ (ข้อ 7 ของนโยบาย)',
  'advice.rule.euSpanishEdition.note': 'อ่านจากนโยบาย EU ฉบับภาษาสเปน (อัปเดตล่าสุด 1 กรกฎาคม 2568) ยังไม่ได้ตรวจสอบฉบับภาษาอื่น',
  'advice.rule.usSellerLost10Calendar.note': 'การจัดส่งภายในประเทศ พัสดุที่สูญหายอาจทำให้คำสั่งซื้อถูกยกเลิกและผู้ซื้อได้รับเงินคืน',
  'advice.rule.usSellerLost7Business.note': 'วันทำการในที่นี้ข้ามเฉพาะวันเสาร์และอาทิตย์ ส่วนขยายนี้ไม่ทราบวันหยุดนักขัตฤกษ์',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'คุ้มครองอัตโนมัติสูงสุด $200 (มากกว่านั้นหากซื้อเพิ่มพร้อมฉลาก) พัสดุต้องมีการสแกนของบริษัทขนส่ง',
  'advice.rule.seaSellerClaim40d.note': 'นับตามตัวอย่างของ TikTok: อัปเดตล่าสุด 1 ก.พ. 2567 ยื่นเคลมได้ถึง 11 มี.ค. 2567',
  'advice.rule.seaSellerCompensation5Business.note':
    'เรานับจากการอัปเดตสถานะขนส่งครั้งล่าสุด โดยถือว่าเป็นการเปลี่ยนสถานะเป็นสูญหายหรือเสียหาย',
  'advice.rule.usSellerTrackingEdit72h.note': 'หน้านี้ไม่แสดงเวลาอัปโหลด เราจึงใช้วันส่งพัสดุแทน ช่วงเวลาจริงอาจสิ้นสุดเร็วกว่านี้',
  'advice.rule.usSellerTrackingTicket30d.note': 'ระบุหมายเลขพัสดุและบริษัทขนส่งทั้งเดิมและใหม่',

  'advice.noScan': 'TikTok ถือว่าพัสดุ Seller Shipping สูญหายเมื่อไม่มีการสแกนจากบริษัทขนส่งนาน 7 วันทำการ (หรือ 10 วันตามปฏิทิน)',
  'advice.noScan.dated':
    'TikTok ถือว่าพัสดุ Seller Shipping สูญหายเมื่อไม่มีการสแกนจากบริษัทขนส่งนาน 7 วันทำการ (หรือ 10 วันตามปฏิทิน): ตั้งแต่ {date} นับจากการสแกนครั้งล่าสุดเมื่อ {lastScan}',

  'advice.when.now': 'ตอนนี้',
  'advice.when.everyContact': 'ทุกครั้งที่ติดต่อใครก็ตาม',
  'advice.when.sellerNotSolved': 'หากผู้ขายยังแก้ปัญหาไม่ได้ภายใน 2 วัน',
  'advice.when.afterNoScan': 'เมื่อครบ 7 วันทำการที่ไม่มีการสแกนใหม่',
  'advice.when.checksDone': 'เมื่อตรวจสอบตามข้างต้นครบแล้ว',
  'advice.when.ifNotByEstimate': 'หากยังไม่ได้รับภายในวันที่คาดว่าจะได้รับ คือ {date}',
  'advice.when.estimatePassed': 'ตอนนี้: เลยวันที่คาดว่าจะได้รับ ({date}) มาแล้ว',
  'advice.when.arrivesLate': 'เมื่อพัสดุมาถึงล่าช้า',
  'advice.when.carrierReportsLost': 'เมื่อบริษัทขนส่งแจ้งว่าพัสดุสูญหาย',
  'advice.when.trackingStalled': 'หากสถานะพัสดุไม่ขยับมาหลายวัน',
  'advice.when.requestStalls': 'หากคำขอถูกปฏิเสธหรือไม่คืบหน้า',
  'advice.when.heldOrSentBack': 'หากพัสดุถูกกักไว้หรือถูกตีกลับ',
  'advice.when.beforeUnpacking': 'ตอนนี้ ก่อนแกะพัสดุต่อ',
  'advice.when.returnWindowClosed': 'หากช่วงเวลาคืนสินค้า 30 วันสิ้นสุดแล้ว',
  'advice.when.sellerRefuses': 'หากผู้ขายปฏิเสธหรือไม่ตอบ',
  'advice.when.backWithSeller': 'เมื่อพัสดุกลับถึงผู้ขายแล้ว',
  'advice.when.promisedDatePasses': 'หากเลยวันจัดส่งที่แจ้งไว้',
  'advice.when.beforeNoScan': 'ก่อนครบ 7 วันทำการที่ไม่มีการสแกน',
  'advice.when.asSoonAsNoticed': 'ทันทีที่พบ',
  'advice.when.editUsed': 'หากใช้สิทธิ์แก้ไขครั้งเดียวไปแล้ว หรือเกิน 72 ชั่วโมงแล้ว',
  'advice.when.requestArrives': 'ทันทีที่ได้รับคำขอ',
  'advice.when.beforeLabel': 'ก่อนพิมพ์ฉลาก',
  'advice.when.tagAppears': 'เมื่อแท็กปรากฏบนคำสั่งซื้อ',
  'advice.when.whileReturning': 'ระหว่างที่พัสดุกำลังถูกส่งคืน',
  'advice.when.handlingTime': 'ภายในระยะเวลาเตรียมสินค้าที่ตั้งไว้ใน Seller Center',
  'advice.when.handOver': 'เมื่อส่งมอบพัสดุ',
  'advice.when.afterPickup': '24 ชั่วโมงหลังเข้ารับพัสดุ',

  'advice.appliesIf.seller.platform': 'หาก TikTok เป็นผู้จัดการการจัดส่ง (TikTok Shipping / จัดส่งผ่านแพลตฟอร์ม)',
  'advice.appliesIf.seller.sellerShipping': 'หากคุณส่งด้วยบริษัทขนส่งของคุณเอง (Seller Shipping / จัดส่งโดยผู้ขาย)',
  'advice.appliesIf.buyer.platform': 'หาก TikTok เป็นผู้จัดการการจัดส่ง',
  'advice.appliesIf.buyer.sellerShipping': 'หากผู้ขายส่งด้วยบริษัทขนส่งของตัวเอง',
  'advice.appliesIf.fbt': 'หากคำสั่งซื้อเป็นแบบ Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'คัดลอกข้อความถึงผู้ขาย',
  'advice.copy.buyerMessage': 'คัดลอกข้อความถึงผู้ซื้อ',
  'advice.copy.tiktokChat': 'คัดลอกข้อความถึงฝ่ายบริการลูกค้า TikTok Shop',
  'advice.copy.ticket': 'คัดลอกข้อความทิกเก็ต',
  'advice.copy.request': 'คัดลอกข้อความคำขอ',
  'advice.copy.claim': 'คัดลอกข้อความเคลม',
  'advice.copy.callNotes': 'คัดลอกบันทึกการโทร',
  'advice.copy.carrierEmail': 'คัดลอกอีเมลถึงบริษัทขนส่ง',
  'advice.open.policy': 'อ่านนโยบาย',
  'advice.open.usProtections': 'การคุ้มครองของ TikTok Shop',
  'advice.open.moneyBackGuarantee': 'การรับประกันคืนเงิน',
  'advice.open.sellerShippingRules': 'กฎของ Seller Shipping',
  'advice.open.editTracking': 'การแก้ไขข้อมูลการติดตามพัสดุ',
  'advice.open.trackingValidation': 'การตรวจสอบหมายเลขติดตามพัสดุ',
  'advice.open.returnRules': 'กฎการคืนสินค้า',
  'advice.open.failedDelivery': 'คำสั่งซื้อที่จัดส่งไม่สำเร็จ',
  'advice.open.returnedParcels': 'พัสดุตีกลับ',
  'advice.open.pickupRules': 'กฎการเข้ารับพัสดุ',

  'advice.step.track.title': 'ตรวจสอบสถานะพัสดุบนเว็บไซต์ของบริษัทขนส่งเอง',
  'advice.step.track.detail': 'หน้าของบริษัทขนส่งมักแสดงการสแกน หมายเหตุการนำจ่าย หรือปัญหาที่หน้าคำสั่งซื้อยังไม่ได้แสดง',
  'advice.step.track.detail.lastScan': 'ดูการสแกนครั้งล่าสุดและแจ้งเตือนปัญหา (เสียหาย ที่อยู่มีปัญหา ตีกลับ)',
  'advice.step.track.detail.customs': 'หน้าของบริษัทขนส่งจะแสดงว่าพัสดุถูกกักที่ศุลกากรหรือไม่ และต้องชำระภาษีอากรหรือไม่',
  'advice.step.track.detail.whyReturned': 'หาสาเหตุที่พัสดุถูกตีกลับ: นำจ่ายไม่สำเร็จ ที่อยู่มีปัญหา หรือรออยู่ที่จุดรับพัสดุ',
  'advice.step.track.detail.compare': 'เปรียบเทียบข้อมูลของบริษัทขนส่งกับหน้าคำสั่งซื้อ ซึ่งอาจไม่ตรงกัน',
  'advice.step.track.detail.lastScanDate': 'จดวันที่ของการสแกนครั้งล่าสุดไว้ เพราะช่วงเวลาเคลมนับจากวันนั้น',
  'advice.step.track.detail.deliveryScan': 'ดูการสแกนตอนนำจ่าย: เวลา สถานที่ และรูปถ่ายหรือลายเซ็น (ถ้ามี)',
  'advice.step.track.detail.customsSeller': 'ดูว่าพัสดุถูกกักที่ศุลกากรหรือไม่ และกำลังรออะไรอยู่',
  'advice.step.track.detail.whyComingBack': 'หาสาเหตุที่พัสดุกำลังถูกตีกลับ: นำจ่ายไม่สำเร็จ ที่อยู่มีปัญหา หรือผู้รับปฏิเสธ',

  'advice.step.keepRecords.title': 'บันทึกการติดต่อทุกครั้ง',
  'advice.step.keepRecords.detail':
    'จดทุกแชท การโทร ทิกเก็ต และการเคลม พร้อมวันที่และหมายเลขอ้างอิงไว้ในบันทึกเคส และเก็บภาพหน้าจอสถานะพัสดุกับหน้าคำสั่งซื้อไว้',

  'advice.step.messageSeller.title': 'ส่งข้อความถึงผู้ขาย',
  'advice.step.messageSeller.detail':
    'ผู้ขายเป็นผู้เลือกบริษัทขนส่ง จึงสอบถามบริษัทขนส่ง ส่งสินค้าใหม่ หรือคืนเงินได้ ส่งข้อความจากคำสั่งซื้อในแอป TikTok เพื่อให้แชทถูกบันทึกไว้',
  'advice.step.messageSeller.detail.redirect': 'แจ้งที่อยู่ที่ถูกต้องให้ผู้ขาย ผู้ขายสามารถขอให้บริษัทขนส่งเปลี่ยนปลายทางหรือส่งใหม่ได้',
  'advice.step.messageSeller.detail.updateAddress': 'ขอให้ผู้ขายแก้ไขที่อยู่จัดส่งก่อนส่งสินค้า เพราะเป็นช่วงที่แก้ไขได้ง่ายที่สุด',
  'advice.step.messageSeller.detail.customs':
    'ผู้ขายให้ใบแจ้งหนี้หรือข้อมูลศุลกากรได้ TikTok Shop ไม่มีนโยบายศุลกากรสำหรับผู้ซื้อ ใครต้องจ่ายภาษีอากรขึ้นอยู่กับรายการสินค้าและประเทศของคุณ',
  'advice.step.messageSeller.detail.reship': 'ขอให้ผู้ขายส่งใหม่เมื่อพัสดุกลับถึงผู้ขายแล้ว หรือคืนเงินให้คุณ',
  'advice.step.messageSeller.detail.whenShips':
    'ถามผู้ขายว่าจะจัดส่งเมื่อใด เมื่อจัดส่งแล้ว หมายเลขพัสดุจะปรากฏในคำสั่งซื้อ และ Carrier Finder จะแสดงบริษัทขนส่งได้',

  'advice.step.contactTiktok.title': 'ติดต่อฝ่ายบริการลูกค้า TikTok Shop',
  'advice.step.contactTiktok.detail': 'หากผู้ขายช่วยไม่ได้หรือไม่ตอบ ให้เปิดเคสกับ TikTok Shop ในแอป',
  'advice.step.contactTiktok.detail.notShipped':
    'หากยังไม่จัดส่งภายในวันที่หน้าคำสั่งซื้อแจ้งไว้ ให้สอบถาม TikTok Shop เรื่องการยกเลิกหรือการคืนเงิน',
  'advice.step.contactTiktok.scamWarning': 'ฝ่ายสนับสนุนของ TikTok ไม่เคยขอข้อมูลบัตร รหัสผ่าน หรือรหัส OTP ทางโทรศัพท์ อีเมล หรือแชท',

  'advice.step.messageBuyer.title': 'แจ้งผู้ซื้อว่าเกิดอะไรขึ้น',
  'advice.step.messageBuyer.detail': 'ข้อความสั้นๆ ตอนนี้ช่วยให้ผู้ซื้อตรวจสอบฝั่งของตน และแสดงว่าคุณกำลังดำเนินการอยู่ก่อนที่ผู้ซื้อจะเปิดข้อพิพาท',
  'advice.step.messageBuyer.detail.checkAround':
    'ขอให้ผู้ซื้อตรวจสอบที่อยู่ ถามคนในบ้านและเพื่อนบ้าน ดูรอบประตู และดูหมายเหตุจากบริษัทขนส่งเรื่องจุดรับพัสดุ',
  'advice.step.messageBuyer.detail.confirmAddress': 'ยืนยันที่อยู่ที่ถูกต้องและครบถ้วนกับผู้ซื้อในแชทของคำสั่งซื้อ',
  'advice.step.messageBuyer.detail.customs': 'แจ้งผู้ซื้อว่าพัสดุอยู่ที่ศุลกากร และผู้ซื้ออาจต้องชำระภาษีอากรหรือไม่',
  'advice.step.messageBuyer.detail.redeliver': 'ขอให้ผู้ซื้อยืนยันที่อยู่ และถามว่ายังต้องการให้จัดส่งพัสดุใหม่หรือไม่',
  'advice.step.messageBuyer.detail.whenShips': 'แจ้งผู้ซื้อว่าคำสั่งซื้อจะจัดส่งเมื่อใด',

  'advice.step.usNoScan.title': 'ติดต่อ TikTok Shop เมื่อพัสดุถูกนับว่าสูญหาย',
  'advice.step.usNoScan.detail': 'ซึ่งอาจทำให้คำสั่งซื้อถูกยกเลิกและคืนเงิน: ถึงตอนนั้นให้ติดต่อฝ่ายบริการลูกค้า',

  'advice.step.requestRefund.title': 'ขอคืนสินค้าหรือคืนเงินในแอป',
  'advice.step.requestRefund.title.us': 'ขอคืนเงิน: “ไม่ได้รับพัสดุ”',
  'advice.step.requestRefund.notReceived': 'หากยังหาไม่พบ ให้ขอคืนเงินด้วยเหตุผลไม่ได้รับสินค้า',
  'advice.step.requestRefund.damaged': 'ขอคืนสินค้าหรือคืนเงินสำหรับสินค้าที่เสียหาย ชำรุด หรือไม่ตรงกับที่สั่ง',
  'advice.step.requestRefund.inApp': 'เปิดคำสั่งซื้อในแอป TikTok แล้วขอคืนสินค้าหรือคืนเงินโดยเลือกเหตุผลที่ตรงกัน',
  'advice.step.requestRefund.noLimit': 'เราไม่มีข้อมูลระยะเวลาของ TikTok สำหรับ {market} จึงควรทำโดยเร็ว',
  'advice.step.requestRefund.noLimit.unknownMarket': 'เราไม่มีข้อมูลระยะเวลาของ TikTok สำหรับตลาดของคุณ จึงควรทำโดยเร็ว',
  'advice.step.requestRefund.rightToCancel.dated':
    'สิทธิ์ยกเลิกตามกฎหมายของคุณมีถึง {date} (14 วันหลังได้รับสินค้า) ส่วนช่วงเวลา 30 วันเป็นสิทธิประโยชน์แบบขยายเวลา',
  'advice.step.requestRefund.rightToCancel':
    'สิทธิ์ยกเลิกตามกฎหมายของคุณมี 14 วันหลังได้รับสินค้า ส่วนช่วงเวลา 30 วันเป็นสิทธิประโยชน์แบบขยายเวลา',

  'advice.step.lateDeliveryRefund.title': 'การจัดส่งล่าช้าเป็นเหตุผลในการขอคืนเงินได้',
  'advice.step.lateDeliveryRefund.detail': 'TikTok ระบุว่าการส่งสินค้าหรือการจัดส่งที่ล่าช้าเป็นเหตุผลในการขอคืนสินค้า/คืนเงินได้',

  'advice.step.usDeliveryGuarantee.title': 'รู้สิทธิ์ของคุณ: การรับประกันการจัดส่งของ TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail': 'TikTok Shop ระบุว่าคุณจะได้รับเงินคืนอัตโนมัติหากบริษัทขนส่งแจ้งว่าพัสดุสูญหายหรือเสียหาย',

  'advice.step.carrierTrace.title': 'ขอให้บริษัทขนส่งติดตามหาพัสดุ',
  'advice.step.carrierTrace.detail':
    'มีเพียงบริษัทขนส่งเท่านั้นที่ยืนยันการสูญหายได้ บริษัทขนส่งหลายแห่งรับเคลมจากผู้ส่งเท่านั้น ผู้ขายหรือ TikTok Shop จึงอาจต้องเป็นผู้ยื่น แต่หมายเลขอ้างอิงการติดตามหาก็ยังช่วยพวกเขาได้',

  'advice.step.checkAround.title': 'ตรวจสอบที่อยู่และบริเวณที่นำจ่าย',
  'advice.step.checkAround.detail':
    'ตรวจสอบที่อยู่ในคำสั่งซื้อ ถามคนในบ้านและเพื่อนบ้าน ดูรอบประตู ระเบียง โรงรถ และประตูหลัง และมองหาใบแจ้งว่ามาส่งแล้วแต่ไม่พบผู้รับ หรือหมายเหตุเรื่องจุดรับพัสดุ',

  'advice.step.carrierWhereDelivered.title': 'ถามบริษัทขนส่งว่านำจ่ายที่ไหนกันแน่',
  'advice.step.carrierWhereDelivered.detail':
    'บริษัทขนส่งอาจมีรูปถ่ายตอนนำจ่าย พิกัด GPS หรือลายเซ็น หรืออาจกดสถานะนำจ่ายก่อนส่งจริง หากที่อยู่ผิด บริษัทขนส่งอาจเปลี่ยนปลายทางพัสดุได้',

  'advice.step.carrierRedirectOrHold.title': 'ขอให้บริษัทขนส่งเปลี่ยนปลายทางหรือพักพัสดุไว้',
  'advice.step.carrierRedirectOrHold.detail':
    'บางครั้งบริษัทขนส่งเปลี่ยนปลายทางพัสดุหรือพักไว้ให้ไปรับเองได้ เตรียมหมายเลขพัสดุและที่อยู่ที่ถูกต้องไว้',

  'advice.step.carrierCustoms.title': 'ถามบริษัทขนส่งว่าศุลกากรต้องการอะไร',
  'advice.step.carrierCustoms.detail':
    'บริษัทขนส่ง (หรือไปรษณีย์ของประเทศคุณ) เป็นผู้ดำเนินพิธีการศุลกากรและเรียกเก็บภาษีอากร ชำระเงินบนเว็บไซต์ของบริษัทขนส่งเองหรือชำระด้วยตนเองเท่านั้น อย่าชำระผ่านลิงก์ใน SMS',

  'advice.step.documentDamage.title': 'ถ่ายรูปทุกอย่างก่อนทิ้งอะไรก็ตาม',
  'advice.step.documentDamage.detail':
    'ถ่ายรูปสินค้า กล่อง และฉลากที่มีหมายเลขพัสดุให้ชัดเจน และเก็บบรรจุภัณฑ์ไว้ รูปที่เบลอหรือไม่ชัดเจนอาจทำให้คำขอถูกปฏิเสธ',

  'advice.step.moneyBackGuarantee.title': 'หลังหมดช่วงเวลาคืนสินค้า: การรับประกันคืนเงิน',
  'advice.step.moneyBackGuarantee.detail': 'สำหรับสินค้าที่เสียหายหรือชำรุด',
  'advice.step.moneyBackGuarantee.link': 'ลิงก์การรับประกันคืนเงินอยู่ในหน้ารายละเอียดคำสั่งซื้อ',

  'advice.step.carrierRedeliver.title': 'ขอให้บริษัทขนส่งจัดส่งใหม่หรือพักไว้ให้ไปรับ',
  'advice.step.carrierRedeliver.detail': 'หากพัสดุไปอยู่ที่จุดรับพัสดุและยังไม่ถูกส่งออกไป บริษัทขนส่งมักจัดส่งใหม่หรือพักไว้ให้คุณได้',

  'advice.step.thAutoRefund.title': 'พัสดุที่ส่งคืนถึงผู้ขายแล้วจะได้รับเงินคืน',
  'advice.step.thAutoRefund.detail': 'เมื่อสถานะเปลี่ยนเป็น “ส่งคืนถึงผู้ขายแล้ว” TikTok Shop จะยกเลิกคำสั่งซื้อและคืนเงินโดยอัตโนมัติ',

  'advice.step.sellerSupport.title': 'เปิดทิกเก็ตกับฝ่ายสนับสนุนผู้ขายของ TikTok',
  'advice.step.sellerSupport.title.ask': 'สอบถามฝ่ายสนับสนุนผู้ขายของ TikTok',
  // US Seller Center is in English: its path stays in English.
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Help Center > Contact Us มีเจ้าหน้าที่ตอบทุกวัน 05.00–23.00 น. ตามเวลาแปซิฟิก สำหรับ TikTok Shipping พัสดุที่สถานะไม่ขยับเกิน 10 วันจะได้รับค่าชดเชยอัตโนมัติ',
  'advice.step.sellerSupport.detail.chase': 'ขอให้ฝ่ายสนับสนุนติดตามสถานะจากบริษัทขนส่ง',
  'advice.step.sellerSupport.detail.redirect': 'ขอให้ฝ่ายสนับสนุนประสานบริษัทขนส่งให้แก้ไขหรือเปลี่ยนปลายทางการจัดส่ง',
  'advice.step.sellerSupport.detail.customs':
    'เมื่อ TikTok เป็นผู้จัดการการจัดส่ง บริษัทขนส่งของ TikTok จะดำเนินพิธีการศุลกากร: สอบถามฝ่ายสนับสนุนว่าศุลกากรต้องการอะไร',
  'advice.step.sellerSupport.detail.returning': 'สอบถามฝ่ายสนับสนุนว่าพัสดุที่กำลังตีกลับอยู่ที่ไหน และเรื่องการจัดส่งใหม่',
  'advice.step.sellerSupport.detail.pickup': 'สอบถามฝ่ายสนับสนุนเรื่องการเข้ารับพัสดุ หากบริษัทขนส่งยังไม่มารับ',

  'advice.step.usLostThreshold.title': 'เร่งให้พัสดุเคลื่อนไหวก่อนถูกนับว่าสูญหาย',
  'advice.step.usLostThreshold.passed':
    'วันนั้นผ่านไปแล้ว: TikTok อาจถือว่าพัสดุสูญหายแล้ว ซึ่งอาจทำให้คำสั่งซื้อถูกยกเลิกและผู้ซื้อได้รับเงินคืน ขอให้บริษัทขนส่งติดตามหาพัสดุและยืนยันผลทันที',
  'advice.step.usLostThreshold.ahead':
    'พัสดุสูญหายอาจทำให้คำสั่งซื้อถูกยกเลิกและผู้ซื้อได้รับเงินคืน จึงควรเร่งให้บริษัทขนส่งสแกนหรือติดตามหาพัสดุก่อนถึงวันนั้น',

  'advice.step.usEditTracking.title': 'หากหมายเลขพัสดุที่อัปโหลดผิด: แก้ไขได้หนึ่งครั้ง',
  'advice.step.usEditTracking.detail': 'แก้ไขหมายเลขพัสดุได้หนึ่งครั้ง ภายใน 72 ชั่วโมงหลังอัปโหลด',
  'advice.step.usTrackingTicket.title': 'หลังจากนั้น: แก้ไขผ่านทิกเก็ตกับฝ่ายสนับสนุน',
  'advice.step.usTrackingTicket.detail': 'ส่งหมายเลขพัสดุและบริษัทขนส่งทั้งเดิมและใหม่',

  'advice.step.usShippingClaim.title': 'ยื่นเคลม TikTok Shipping',
  'advice.step.usShippingClaim.where': 'ยื่นจากหน้า Manage Orders หรือ Order Details ใน Seller Center',
  'advice.step.usShippingClaim.insurer':
    'บริษัทประกัน (U-PIC) จะพิจารณาภายใน 7–10 วันทำการ และอาจขอคำให้การเป็นลายลักษณ์อักษรจากผู้ซื้อ การอุทธรณ์ให้ยื่นกับ U-PIC',

  'advice.step.seaClaim.title.lost': 'ขอค่าชดเชย: พัสดุสูญหาย',
  'advice.step.seaClaim.title.damaged': 'ขอค่าชดเชย: พัสดุเสียหาย',
  'advice.step.seaClaim.title.notReceived': 'ขอค่าชดเชย: จัดส่งแล้วแต่ไม่ได้รับ',

  'advice.claim.lost.sea': 'TikTok ชดเชยพัสดุที่จัดส่งผ่านแพลตฟอร์มซึ่งสูญหายโดยอัตโนมัติ และคืนเงินให้ผู้ซื้อ',
  'advice.claim.lost.us':
    'สำหรับ Upgraded TikTok Shipping นั้น TikTok จัดการเคลมเอง และอนุมัติ “Package Lost” (พัสดุสูญหาย) อัตโนมัติเมื่อบริษัทขนส่งยืนยันการสูญหาย',
  'advice.claim.lost.other': 'แจ้งพัสดุสูญหายและสอบถามเรื่องค่าชดเชย',
  'advice.claim.notReceived.sea': 'อนุมัติคำขอคืนเงินของผู้ซื้อก่อน เมื่อคืนเงินเสร็จแล้วจึงขอค่าชดเชย',
  'advice.claim.notReceived.us':
    'สำหรับ Upgraded TikTok Shipping นั้น TikTok อนุมัติ “Delivered But Not Received” (จัดส่งแล้วแต่ไม่ได้รับ) อัตโนมัติเมื่อเป็นไปตามเงื่อนไขของนโยบาย',
  'advice.claim.notReceived.other': 'แจ้งพัสดุที่ขึ้นว่าจัดส่งแล้วแต่ไม่ได้รับ และสอบถามวิธีเคลม',
  'advice.claim.damaged.sea': 'TikTok ชดเชยพัสดุที่จัดส่งผ่านแพลตฟอร์มซึ่งเสียหายโดยอัตโนมัติ และคืนเงินให้ผู้ซื้อ',
  'advice.claim.damaged.us':
    'สำหรับ Upgraded TikTok Shipping กรณีกล่องเปล่า สินค้าขาดหรือผิดชิ้น จะพิจารณาเป็นรายกรณีตามหลักฐานว่าบริษัทขนส่งเป็นฝ่ายผิด',
  'advice.claim.damaged.other': 'แจ้งความเสียหายพร้อมหลักฐาน และสอบถามเรื่องค่าชดเชย',
  'advice.claim.returned.sea': 'หากคุณเสียทั้งเงินและสินค้า (พัสดุไม่กลับมาเลย) คุณขอค่าชดเชยได้',

  'advice.step.respondInTime.title': 'ตอบคำขอคืนสินค้าของผู้ซื้อให้ทันเวลา',
  'advice.step.respondInTime.detail.vn':
    'ดำเนินการกับคำขอคืนสินค้า/คืนเงินภายใน 1 วันทำการหลังผู้ซื้อส่งคำขอ มิฉะนั้นคำขอจะได้รับการอนุมัติโดยอัตโนมัติ',
  'advice.step.respondInTime.detail.id': 'ดำเนินการกับคำขอคืนสินค้าภายใน 48 ชั่วโมง มิฉะนั้นคำขอจะได้รับการอนุมัติโดยอัตโนมัติ',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok เป็นผู้ดูแล',
  'advice.step.fbtSupport.detail': 'คลังสินค้าของ TikTok เป็นผู้จัดส่งคำสั่งซื้อนี้',
  'advice.step.fbtSupport.chase': 'ขอให้ฝ่ายสนับสนุนผู้ขายติดตามการจัดส่ง',
  'advice.step.fbtSupport.reimburse': 'TikTok ชดเชยพัสดุ Fulfilled by TikTok ที่สูญหายหรือเสียหาย: แจ้งฝ่ายสนับสนุนผู้ขาย',
  'advice.step.fbtSupport.notReceived': 'แจ้งฝ่ายสนับสนุนผู้ขายเรื่องพัสดุที่ขึ้นว่าจัดส่งแล้วแต่ไม่ได้รับ',
  'advice.step.fbtSupport.customs': 'สอบถามฝ่ายสนับสนุนผู้ขายว่าศุลกากรต้องการอะไร',
  'advice.step.fbtSupport.returned': 'สอบถามฝ่ายสนับสนุนผู้ขายเรื่องพัสดุตีกลับ',
  'advice.step.fbtSupport.warehouse': 'คลังสินค้าของ TikTok เป็นผู้จัดส่ง หากล่าช้าให้สอบถามฝ่ายสนับสนุนผู้ขาย',

  'advice.step.ticketUnmoved.title': 'ทิกเก็ต: สถานะพัสดุไม่เคลื่อนไหว',
  'advice.step.ticketUnmoved.detail': 'ฝ่ายสนับสนุนจะติดตามกับบริษัทขนส่งให้',

  'advice.step.carrierStatus.title': 'ขอให้บริษัทขนส่งของคุณอัปเดตสถานะ',
  'advice.step.carrierStatus.detail.sea':
    'ติดต่อผู้ให้บริการโลจิสติกส์ของคุณ หากส่งถึงแล้วแต่สถานะค้าง ให้อัปเดตสถานะการจัดส่งเองและอัปโหลดหลักฐานการจัดส่ง',
  'advice.step.carrierStatus.detail': 'หากใช้บริษัทขนส่งของคุณเอง TikTok จะไม่ติดตามพัสดุให้: ขอให้บริษัทขนส่งสแกนหรือติดตามหาพัสดุ',

  'advice.step.carrierConfirmLoss.title': 'ขอให้บริษัทขนส่งยืนยันการสูญหาย',
  'advice.step.carrierConfirmLoss.detail':
    'มีรายงานว่า TikTok ต้องการคำยืนยันจากบริษัทขนส่งก่อนจ่ายเคลมพัสดุสูญหาย เพราะบริษัทขนส่งเป็นผู้เดียวที่ประกาศว่าพัสดุสูญหายได้ ยังไม่แน่ชัด: รายงานโดยเว็บไซต์ภายนอกที่ติดตามการเปลี่ยนแปลงนโยบายของ TikTok ไม่ได้อ่านจากหน้าของ TikTok เอง',

  'advice.step.carrierClaim.title.lost': 'ขอให้บริษัทขนส่งของคุณติดตามหาพัสดุและยื่นเคลม',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok ไม่จัดการเคลมด้านโลจิสติกส์หรือประกันสำหรับ Seller Shipping: การเคลมเป็นเรื่องระหว่างคุณกับบริษัทขนส่ง',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok ตรวจสอบและชดเชยเฉพาะพัสดุที่จัดส่งผ่านแพลตฟอร์ม: หากใช้บริษัทขนส่งของคุณเอง ให้เคลมกับบริษัทขนส่งโดยตรง',
  'advice.step.carrierClaim.detail.lost':
    'หากใช้บริษัทขนส่งของคุณเอง การเคลมเป็นเรื่องระหว่างคุณกับบริษัทขนส่ง เก็บฉลากและใบรับฝากพัสดุไว้',
  'advice.step.carrierClaim.title.damaged': 'ยื่นเคลมความเสียหายกับบริษัทขนส่งของคุณ',
  'advice.step.carrierClaim.detail.damaged': 'ส่งรูปถ่าย รายละเอียดบรรจุภัณฑ์ และฉลาก',

  'advice.step.carrierProofOfDelivery.title': 'ขอหลักฐานการจัดส่งจากบริษัทขนส่งของคุณ',
  'advice.step.carrierProofOfDelivery.detail': 'ขอรูปถ่ายตอนนำจ่าย พิกัด GPS หรือลายเซ็น และยื่นเคลมหากหาพัสดุไม่พบ',

  'advice.step.updateAddress.title': 'แก้ไขที่อยู่ก่อนจัดส่ง',
  'advice.step.updateAddress.detail': 'ก่อนจัดส่งคือช่วงที่แก้ไขง่ายที่สุด: ผู้ขายอัปเดตที่อยู่จัดส่งแทนผู้ซื้อได้',

  'advice.step.carrierRedirect.title': 'ขอให้บริษัทขนส่งเปลี่ยนปลายทางพัสดุ',
  'advice.step.carrierRedirect.detail': 'บางครั้งบริษัทขนส่งเปลี่ยนปลายทางพัสดุระหว่างขนส่ง หรือพักไว้ให้ไปรับเองได้',

  // A tag of the US Seller Center, which is in English: the tag stays in English, glossed.
  'advice.step.usTrackingAddressIssue.title':
    'หาก Seller Center แสดงแท็ก “Tracking address issue” (ที่อยู่ในข้อมูลติดตามพัสดุไม่ตรงกัน)',
  'advice.step.usTrackingAddressIssue.detail':
    'แท็กนี้หมายความว่ารหัสไปรษณีย์ (ZIP) ในข้อมูลติดตามพัสดุไม่ตรงกับของผู้ซื้อ คลิกแท็กเพื่อดูวิธีแก้ไขและลิงก์สร้างทิกเก็ต',

  'advice.step.thContactLogistics.title': 'ใช้ปุ่ม “ติดต่อบริการโลจิสติกส์” ในคำสั่งซื้อ',
  'advice.step.thContactLogistics.detail':
    'คำสั่งซื้อที่มีปัญหาด้านโลจิสติกส์จะมีแท็กพร้อมปุ่ม “ติดต่อบริการโลจิสติกส์” ซึ่งเปิดทิกเก็ตถึงผู้ให้บริการโลจิสติกส์ คำสั่งซื้อที่จัดส่งไม่สำเร็จอยู่ใน คำสั่งซื้อ > จัดการคำสั่งซื้อ > จัดส่งไม่สำเร็จ',

  'advice.step.carrierCustomsDocuments.title': 'ส่งเอกสารศุลกากรให้บริษัทขนส่งของคุณ',
  'advice.step.carrierCustomsDocuments.detail':
    'ส่งใบกำกับสินค้า (commercial invoice) และรายละเอียดสินค้าที่บริษัทขนส่งขอ และสอบถามว่าภาษีอากรจะเรียกเก็บจากผู้ซื้อหรือไม่',

  'advice.step.collectEvidence.title': 'รวบรวมหลักฐาน',
  'advice.step.collectEvidence.detail':
    'ขอรูปถ่ายหรือวิดีโอแกะกล่องจากผู้ซื้อ และเก็บรูปถ่ายตอนแพ็กสินค้า วัสดุที่ใช้ และฉลากที่เห็นหมายเลขพัสดุชัดเจนไว้',

  'advice.step.carrierRedelivery.title': 'สอบถามบริษัทขนส่งเรื่องการจัดส่งใหม่',
  'advice.step.carrierRedelivery.detail': 'พัสดุที่ยังอยู่กับบริษัทขนส่งมักจัดส่งใหม่หรือพักไว้ให้ไปรับได้',

  'advice.step.thFailedDelivery.title': 'ติดตามแท็บจัดส่งไม่สำเร็จ',
  'advice.step.thFailedDelivery.detail':
    'ใน คำสั่งซื้อ > จัดการคำสั่งซื้อ > จัดส่งไม่สำเร็จ: เมื่อสถานะเป็น “ส่งคืนถึงผู้ขายแล้ว” คำสั่งซื้อจะถูกยกเลิกและคืนเงินโดยอัตโนมัติ พัสดุตีกลับที่คุณไม่รับจะถูกทำลาย หากการส่งคืนไม่สำเร็จ คุณมีเวลา 7 วันในการขอรับพัสดุคืน',

  // US Seller Center (English): its path stays in English.
  'advice.step.uploadTracking.title': 'อัปโหลดหมายเลขพัสดุที่ถูกต้องภายในระยะเวลาเตรียมสินค้า',
  'advice.step.uploadTracking.detail':
    'เมื่อซื้อฉลากแล้ว ให้เพิ่มหมายเลขพัสดุ: Manage Orders > Awaiting shipment > Add tracking info โดยเลือกผู้ให้บริการขนส่งที่รองรับ TikTok จะแจ้งเตือนหมายเลขพัสดุที่สแกนครั้งแรกก่อนคำสั่งซื้อเกิน 24 ชั่วโมง หรือรหัส ZIP ไม่ตรงกัน',

  'advice.step.usPickupProof.title': 'นัดเข้ารับพัสดุและเก็บหลักฐานการส่งมอบ',
  'advice.step.usPickupProof.detail':
    'สำหรับ TikTok Shipping คุณเป็นผู้นัดเข้ารับพัสดุ เก็บแบบฟอร์ม USPS SCAN หรือหลักฐานการเข้ารับไว้ มิฉะนั้นความล่าช้าก่อนการสแกนครั้งแรกจะนับเป็นความรับผิดชอบของคุณ',

  'advice.step.ticketPickup.title': 'เข้ารับพัสดุแล้วแต่สถานะยังไม่เป็น “จัดส่งแล้ว”?',
  'advice.step.ticketPickup.detail':
    'หากบริษัทขนส่งเข้ารับพัสดุไปเกิน 24 ชั่วโมงแล้วและสถานะยังไม่เปลี่ยน ให้เปิดทิกเก็ตพร้อมหลักฐานการเข้ารับ',

  'advice.step.carrierHandover.title': 'นัดเข้ารับหรือนำพัสดุไปส่งกับบริษัทขนส่งของคุณ',
  'advice.step.carrierHandover.detail': 'ส่งมอบพัสดุ และเก็บใบรับฝากหรือหลักฐานการเข้ารับที่มีหมายเลขพัสดุไว้',

  'advice.note.idCountedFromDelivered': 'นับจากวันที่ “จัดส่งสำเร็จ” โดยถือเป็นวันที่ได้รับคำสั่งซื้อ',
  'advice.note.thirdPartyTracker':
    'รายงานโดยเว็บไซต์ภายนอกที่ติดตามการเปลี่ยนแปลงนโยบายของ TikTok ไม่ได้อ่านจากหน้าของ TikTok เอง',
  'advice.note.thVnOnly': 'ระบุไว้ในความช่วยเหลือ Seller Center ของ TH และ VN และถือว่าใช้กับตลาดนี้ด้วย',

  'advice.reason.track': 'ข้อมูลติดตามพัสดุของบริษัทขนส่งเองคือบันทึกโดยตรงที่การติดต่อทุกครั้งหลังจากนี้จะถามถึง',
  'advice.reason.keepRecords': 'การคืนเงิน การเคลม และข้อพิพาทตัดสินจากหลักฐานที่ส่งเข้าไป บันทึกการติดต่อแต่ละครั้งพร้อมวันที่ก็คือหลักฐานนั้น',
  'advice.reason.messageSeller': 'ผู้ขายเป็นผู้เลือกบริษัทขนส่งและมีรายละเอียดการจัดส่ง ข้อความในแชทของคำสั่งซื้อจะถูกบันทึกไว้',
  'advice.reason.contactTiktok': 'TikTok Shop จัดการการคืนเงินและข้อพิพาทระหว่างผู้ซื้อกับผู้ขายภายในแอป',
  'advice.reason.messageBuyer': 'การแจ้งความคืบหน้าช่วยให้ผู้ซื้อตรวจสอบฝั่งของตนได้ (ที่อยู่ เพื่อนบ้าน ใบแจ้งจุดรับพัสดุ)',
  'advice.reason.requestRefund': 'คำขอคืนเงินที่ทำในแอปจะแนบคำสั่งซื้อให้อัตโนมัติ และเริ่มกระบวนการของ TikTok Shop เอง',
  'advice.reason.carrierTrace': 'บริษัทขนส่งมีข้อมูลการสแกน หมายเลขติดตามหาพัสดุช่วยให้ผู้ขายและ TikTok ดำเนินการต่อได้',
  'advice.reason.checkAround': 'พัสดุที่ขึ้นว่า “จัดส่งแล้วแต่ไม่ได้รับ” ส่วนใหญ่มักพบอยู่ใกล้ๆ หรือที่จุดรับพัสดุ',
  'advice.reason.carrierDeliveryRecord': 'บริษัทขนส่งมีบันทึกการนำจ่าย',
  'advice.reason.carrierRedirect': 'มีเพียงบริษัทขนส่งเท่านั้นที่เปลี่ยนปลายทางพัสดุระหว่างขนส่งได้',
  'advice.reason.customsScam':
    'ข้อความเรื่อง “ค่าธรรมเนียมศุลกากร” ปลอมเป็นกลโกงที่พบบ่อย รายชื่อในส่วนขยายนี้มีเฉพาะช่องทางติดต่ออย่างเป็นทางการของบริษัทขนส่ง',
  'advice.reason.documentDamage': 'การคืนเงินสำหรับสินค้าเสียหายหรือผิดชิ้นตัดสินจากรูปถ่ายและบรรจุภัณฑ์',
  'advice.reason.redeliver': 'พัสดุที่ยังอยู่กับบริษัทขนส่งมักจัดส่งใหม่ได้ก่อนถูกส่งกลับถึงผู้ส่ง',
  'advice.reason.sellerSupport':
    'เมื่อ TikTok เป็นผู้จัดการการจัดส่ง TikTok จะประสานกับบริษัทขนส่งเอง ฝ่ายสนับสนุนใน Seller Center คือช่องทางติดต่อ',
  'advice.reason.fbt': 'สำหรับ Fulfilled by TikTok นั้น TikTok เป็นผู้ส่งพัสดุ ไม่ใช่ผู้ขาย',
  'advice.reason.ownCarrierClaim': 'หากใช้บริษัทขนส่งของคุณเอง สัญญาและการเคลมเป็นเรื่องระหว่างคุณกับบริษัทขนส่ง',
  'advice.reason.ownCarrierTrace': 'มีเพียงบริษัทขนส่งของคุณเท่านั้นที่ย้ายหรือติดตามหาพัสดุที่คุณส่งได้',
  'advice.reason.proofOfDelivery': 'หลักฐานการจัดส่งมาจากบริษัทขนส่งเท่านั้น',
  'advice.reason.notShipped': 'ยังไม่มีการส่งมอบพัสดุให้บริษัทขนส่ง',
  'advice.reason.customsDeclaration': 'ศุลกากรติดต่อกับบริษัทขนส่งที่ยื่นใบขนสินค้า และบริษัทขนส่งติดต่อกับคุณ',
  'advice.reason.damageEvidence': 'การเคลมความเสียหายตัดสินจากรูปถ่าย บรรจุภัณฑ์ และฉลาก',
  'advice.reason.redeliverySeller': 'การจัดส่งใหม่ถูกกว่าและเร็วกว่า หากทำก่อนพัสดุถูกส่งกลับถึงคุณ',
  'advice.reason.firstScan': 'การสแกนครั้งแรกของบริษัทขนส่งคือจุดเริ่มต้นของข้อมูลติดตามพัสดุที่ผู้ซื้อเห็น',

  'advice.source.tiktokReachSupport': 'ความช่วยเหลือ TikTok Shop: วิธีติดต่อฝ่ายสนับสนุน',
  'advice.source.tiktokSellerSupport': 'ฝ่ายสนับสนุนผู้ขาย TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: ไม่ได้รับคำสั่งซื้อ แต่สถานะขึ้นว่าจัดส่งสำเร็จ',
  'advice.source.usContactSellerThenSupport': 'TikTok Shop: วิธีติดต่อผู้ขายและฝ่ายบริการลูกค้า TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'การรับประกันคืนเงินของ TikTok Shop',
  'advice.source.usProtections': 'การคุ้มครองของ TikTok Shop (การคืนสินค้า การรับประกันการจัดส่ง)',
  'advice.source.gbReturns': 'นโยบายการยกเลิกและการคืนสินค้าของ TikTok Shop UK',
  'advice.source.euReturns': 'นโยบายการยกเลิกและการคืนสินค้าของ TikTok Shop EU (ฉบับภาษาสเปน)',
  'advice.source.vnReturns': 'TikTok Shop VN: ผู้ซื้อส่งคำขอคืนสินค้า/คืนเงินได้เมื่อใด',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: แนวทางการคืนสินค้า',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: ควรทำอย่างไรหากคำสั่งซื้อสูญหายหรือเสียหาย',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: หากพัสดุสูญหาย เสียหาย หรือถูกทำลาย ควรทำอย่างไร',
  'advice.source.seaDeliveredNotReceived': 'TikTok Shop TH: ผู้ซื้อไม่ได้รับคำสั่งซื้อแต่สถานะแสดงว่าจัดส่งแล้ว',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: สถานะโลจิสติกส์ของคำสั่งซื้อค้างหรือไม่อัปเดต',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: คำสั่งซื้อที่จัดส่งไม่สำเร็จ',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: พัสดุตีกลับที่ผู้ขายไม่รับ',
  'advice.source.usSellerShipping': 'TikTok Shop US: ภาพรวมและบริการของ Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: การแก้ไขข้อมูลการติดตามพัสดุ',
  'advice.source.usTrackingValidation': 'TikTok Shop US: การตรวจสอบหมายเลขติดตามพัสดุ',
  'advice.source.usShippingInsurance': 'TikTok Shop US: ประกันการจัดส่ง',
  'advice.source.usInsuranceClaim': 'TikTok Shop US: วิธียื่นเคลมค่าชดเชยสำหรับปัญหาโลจิสติกส์ของ TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: นโยบายความคุ้มครองและการชดเชยด้านโลจิสติกส์ของ Upgraded TikTok Shipping และ CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: กฎและความรับผิดชอบในการเข้ารับพัสดุของ TikTok Shipping และ CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: การเปลี่ยนแปลงนโยบายความคุ้มครองด้านโลจิสติกส์ของ TikTok Shop (เว็บไซต์ภายนอก)',

  'advice.unknown.problem': 'ไม่รู้จักประเภทปัญหานี้ จึงให้คำแนะนำไม่ได้',
  'advice.unknown.countryRules':
    'Carrier Finder ยังไม่มีกฎของ TikTok Shop สำหรับประเทศนี้ ขั้นตอนจึงเป็นแบบทั่วไปและไม่แสดงกำหนดเวลาของตลาด',
  'advice.unknown.market':
    'ไม่ทราบตลาด TikTok Shop ของคุณ จึงไม่แสดงกำหนดเวลาของตลาด (เช่น 30 วันหลังจัดส่งถึงในสหรัฐฯ 15 วันในเวียดนาม 6 วันในอินโดนีเซีย) เลือกประเทศของคุณในการตั้งค่า',
  'advice.unknown.carrier':
    'ไม่ทราบบริษัทขนส่ง ปุ่มติดตามพัสดุและติดต่อบริษัทขนส่งจึงเปิดหน้าของบริษัทขนส่งไม่ได้ ตรวจสอบชื่อบริษัทขนส่งในหน้าคำสั่งซื้อ',
  'advice.unknown.mode':
    'ไม่ทราบวิธีการจัดส่ง (TikTok Shipping, Seller Shipping, Fulfilled by TikTok) ผู้ที่ดูแลการเคลมกับบริษัทขนส่งขึ้นอยู่กับวิธีนี้ ขั้นตอนเหล่านั้นจึงระบุว่าใช้กับกรณีใด',
  'advice.unknown.anchorDate': 'หน้าคำสั่งซื้อไม่ได้แสดงวันที่ของ{anchor} จึงคำนวณกำหนดเวลาที่นับจากวันนั้นไม่ได้',
  'advice.unknown.dates': 'ไม่พบวันที่ของคำสั่งซื้อในหน้านี้ จึงไม่มีขั้นตอนใดระบุวันที่',

  'advice.msg.placeholder.orderId': '[หมายเลขคำสั่งซื้อ]',
  'advice.msg.placeholder.trackingNumber': '[หมายเลขพัสดุ]',
  'advice.msg.placeholder.carrier': '[บริษัทขนส่ง]',
  'advice.msg.subjectLine': 'เรื่อง: {subject} (คำสั่งซื้อ {orderId})',
  'advice.msg.subject.delayed': 'พัสดุล่าช้า สถานะพัสดุไม่อัปเดต',
  'advice.msg.subject.lost': 'พัสดุน่าจะสูญหาย',
  'advice.msg.subject.notReceived': 'สถานะขึ้นว่าจัดส่งสำเร็จแต่ไม่ได้รับ',
  'advice.msg.subject.wrongAddress': 'ที่อยู่จัดส่งผิดหรือไม่ครบถ้วน',
  'advice.msg.subject.customs': 'พัสดุถูกกักที่ศุลกากร',
  'advice.msg.subject.damaged': 'สินค้าเสียหายหรือไม่ตรงกับที่สั่ง',
  'advice.msg.subject.returned': 'พัสดุถูกตีกลับไปยังผู้ส่ง / จัดส่งไม่สำเร็จ',
  'advice.msg.subject.awaitingShipment': 'คำสั่งซื้อยังไม่ได้จัดส่ง',
  'advice.msg.greeting': 'สวัสดีครับ/ค่ะ',
  'advice.msg.thanks': 'ขอบคุณครับ/ค่ะ',

  'advice.msg.problem.delayed.buyer': 'พัสดุที่สั่งยังไม่มาถึง และสถานะพัสดุไม่อัปเดตเลย',
  'advice.msg.problem.delayed.buyer.since': 'พัสดุที่สั่งยังไม่มาถึง และสถานะพัสดุไม่อัปเดตตั้งแต่ {date}',
  'advice.msg.problem.delayed.seller': 'พัสดุของคำสั่งซื้อนี้ยังไม่ถึงปลายทาง และสถานะพัสดุไม่อัปเดตเลย',
  'advice.msg.problem.delayed.seller.since': 'พัสดุของคำสั่งซื้อนี้ยังไม่ถึงปลายทาง และสถานะพัสดุไม่อัปเดตตั้งแต่ {date}',
  'advice.msg.problem.lost.buyer': 'พัสดุที่สั่งน่าจะสูญหาย: สถานะพัสดุไม่ขยับเลย',
  'advice.msg.problem.lost.buyer.since': 'พัสดุที่สั่งน่าจะสูญหาย: สถานะพัสดุไม่ขยับตั้งแต่ {date}',
  'advice.msg.problem.lost.seller': 'พัสดุของคำสั่งซื้อนี้น่าจะสูญหาย: สถานะพัสดุไม่ขยับเลย',
  'advice.msg.problem.lost.seller.since': 'พัสดุของคำสั่งซื้อนี้น่าจะสูญหาย: สถานะพัสดุไม่ขยับตั้งแต่ {date}',
  'advice.msg.problem.notReceived.buyer':
    'สถานะพัสดุขึ้นว่าจัดส่งสำเร็จแล้ว แต่ยังไม่ได้รับของ ได้สอบถามคนในบ้าน เพื่อนบ้าน และดูรอบบริเวณที่อยู่แล้ว',
  'advice.msg.problem.notReceived.buyer.on':
    'สถานะพัสดุขึ้นว่าจัดส่งสำเร็จเมื่อ {date} แต่ยังไม่ได้รับของ ได้สอบถามคนในบ้าน เพื่อนบ้าน และดูรอบบริเวณที่อยู่แล้ว',
  'advice.msg.problem.notReceived.seller': 'สถานะพัสดุขึ้นว่าจัดส่งสำเร็จแล้ว แต่ผู้ซื้อแจ้งว่ายังไม่ได้รับ',
  'advice.msg.problem.notReceived.seller.on': 'สถานะพัสดุขึ้นว่าจัดส่งสำเร็จเมื่อ {date} แต่ผู้ซื้อแจ้งว่ายังไม่ได้รับ',
  'advice.msg.problem.wrongAddress.buyer': 'ที่อยู่จัดส่งในคำสั่งซื้อผิดหรือไม่ครบถ้วน ต้องแก้ไขที่อยู่หรือเปลี่ยนปลายทางพัสดุ',
  'advice.msg.problem.wrongAddress.seller': 'ที่อยู่จัดส่งในคำสั่งซื้อนี้ผิดหรือไม่ครบถ้วน ต้องแก้ไขที่อยู่หรือเปลี่ยนปลายทางพัสดุ',
  'advice.msg.problem.customs.buyer': 'พัสดุที่สั่งถูกกักที่ศุลกากรหรือรอชำระภาษีนำเข้า',
  'advice.msg.problem.customs.seller': 'พัสดุของคำสั่งซื้อนี้ถูกกักที่ศุลกากรหรือรอชำระภาษีนำเข้า',
  'advice.msg.problem.damaged.buyer': 'พัสดุที่ได้รับเสียหาย หรือได้สินค้าผิดหรือชำรุด มีรูปถ่ายสินค้า บรรจุภัณฑ์ และฉลากไว้แล้ว',
  'advice.msg.problem.damaged.seller': 'ผู้ซื้อแจ้งว่าพัสดุมาถึงในสภาพเสียหาย หรือได้สินค้าผิดหรือชำรุด',
  'advice.msg.problem.returned.buyer': 'พัสดุที่สั่งถูกตีกลับไปยังผู้ส่ง หรือจัดส่งไม่สำเร็จ',
  'advice.msg.problem.returned.seller': 'พัสดุของคำสั่งซื้อนี้ถูกตีกลับไปยังผู้ส่ง หรือจัดส่งไม่สำเร็จ',
  'advice.msg.problem.awaitingShipment.buyer': 'คำสั่งซื้อยังไม่ได้จัดส่งและยังไม่มีหมายเลขพัสดุ',
  'advice.msg.problem.awaitingShipment.buyer.placed': 'คำสั่งซื้อที่สั่งเมื่อ {date} ยังไม่ได้จัดส่งและยังไม่มีหมายเลขพัสดุ',
  'advice.msg.problem.awaitingShipment.seller': 'คำสั่งซื้อนี้ยังไม่ได้จัดส่ง',
  'advice.msg.problem.awaitingShipment.seller.placed': 'คำสั่งซื้อนี้ซึ่งสั่งเมื่อ {date} ยังไม่ได้จัดส่ง',

  'advice.msg.line.orderNumber': 'หมายเลขคำสั่งซื้อ: {orderId}',
  'advice.msg.line.trackingNumber': 'หมายเลขพัสดุ: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'หมายเลขพัสดุ: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'วันที่สั่งซื้อ: {date}',
  'advice.msg.line.shipped': 'วันที่จัดส่ง: {date}',
  'advice.msg.line.estimatedDelivery': 'วันที่คาดว่าจะได้รับ: {date}',
  'advice.msg.line.delivered': 'วันที่จัดส่งสำเร็จ: {date}',
  'advice.msg.line.lastUpdate': 'อัปเดตสถานะพัสดุล่าสุด: {date}',

  'advice.msg.ask.tiktok.buyer': 'รบกวนช่วยตรวจสอบเรื่องนี้กับผู้ขายและบริษัทขนส่ง และแจ้งขั้นตอนต่อไปด้วยครับ/ค่ะ',
  'advice.msg.ask.tiktok.seller': 'รบกวนช่วยตรวจสอบเรื่องนี้กับผู้ให้บริการโลจิสติกส์ และแนะนำขั้นตอนต่อไปหรือเรื่องค่าชดเชยด้วยครับ/ค่ะ',
  'advice.msg.ask.seller.awaitingShipment': 'รบกวนแจ้งว่าจะจัดส่งเมื่อใด หรือหากจัดส่งไม่ได้ในเร็วๆ นี้ รบกวนยกเลิกและคืนเงินด้วยครับ/ค่ะ',
  'advice.msg.ask.seller': 'รบกวนทางร้านช่วยสอบถามบริษัทขนส่ง และแจ้งว่าช่วยอะไรได้บ้าง (ส่งใหม่หรือคืนเงิน) ด้วยครับ/ค่ะ',
  'advice.msg.ask.buyer': 'ขออภัยในความไม่สะดวกครับ/ค่ะ ทางร้านกำลังติดตามเรื่องนี้อยู่ และจะแจ้งให้ทราบทันทีที่ได้รับคำตอบ',
  'advice.msg.ask.carrier.delayed': 'รบกวนช่วยตรวจสอบว่าพัสดุอยู่ที่ไหน และจะนำจ่ายเมื่อใดครับ/ค่ะ',
  'advice.msg.ask.carrier.lost': 'รบกวนช่วยเปิดเรื่องติดตามหาพัสดุชิ้นนี้ และแจ้งหมายเลขอ้างอิงให้ด้วยครับ/ค่ะ',
  'advice.msg.ask.carrier.notReceived': 'รบกวนแจ้งว่านำจ่ายที่ไหนและอย่างไร (พิกัด GPS รูปถ่าย หรือลายเซ็น) ครับ/ค่ะ',
  'advice.msg.ask.carrier.wrongAddress': 'รบกวนแจ้งว่าสามารถเปลี่ยนปลายทางพัสดุ หรือพักพัสดุไว้ให้ไปรับได้หรือไม่ครับ/ค่ะ',
  'advice.msg.ask.carrier.customs':
    'รบกวนแจ้งว่าต้องใช้อะไรบ้างในการผ่านพิธีการศุลกากร และชำระภาษีอากรบนเว็บไซต์ของบริษัทได้อย่างไรครับ/ค่ะ',
  'advice.msg.ask.carrier.damaged': 'รบกวนแจ้งวิธีแจ้งความเสียหาย และหลักฐานที่ต้องใช้ครับ/ค่ะ',
  'advice.msg.ask.carrier.returned': 'รบกวนแจ้งว่าพัสดุถูกตีกลับเพราะอะไร และสามารถจัดส่งใหม่หรือไปรับเองได้หรือไม่ครับ/ค่ะ',
  'advice.msg.ask.carrier.awaitingShipment': 'รบกวนแจ้งว่าได้รับพัสดุหมายเลขนี้ไว้แล้วหรือยังครับ/ค่ะ',

  'advice.msg.callNotes.heading': 'บันทึกการโทร: {carrier}',
  'advice.msg.callNotes.problem': 'ปัญหา: {problem}',
  'advice.msg.callNotes.ask': 'สิ่งที่ต้องถาม: {ask}',
  'advice.msg.callNotes.writeDown':
    'จดไว้: วันและเวลา ชื่อเจ้าหน้าที่ หมายเลขอ้างอิงหรือหมายเลขเคส และสิ่งที่เจ้าหน้าที่รับปากไว้ว่าจะทำภายในวันใด',

  'tiktok.app.profile': 'โปรไฟล์',
  'tiktok.app.yourOrders': 'คำสั่งซื้อของคุณ',
  'tiktok.app.orders': 'คำสั่งซื้อ',
  'tiktok.app.theOrder': 'คำสั่งซื้อนั้น',
  'tiktok.app.theItem': 'สินค้านั้น',
  'tiktok.app.sellerName': 'ชื่อผู้ขาย',
  'tiktok.app.message': 'ข้อความ',
  'tiktok.app.help': 'ความช่วยเหลือ',
  'tiktok.app.getHelp': 'รับความช่วยเหลือ',
  'tiktok.app.chooseQuestion': 'เลือกคำถามของคุณ',
  'tiktok.app.contactUs': 'ติดต่อเรา',
  'tiktok.app.contactTiktok': 'ติดต่อ TikTok',
  'tiktok.app.requestReturnOrRefund': 'ขอคืนสินค้าหรือคืนเงิน',
  'tiktok.app.packageNotReceived': 'ไม่ได้รับพัสดุ',
  'tiktok.app.continue': 'ดำเนินการต่อ',
  'tiktok.app.orderDetails': 'รายละเอียดคำสั่งซื้อ',
  'tiktok.app.moneyBackGuaranteeLink': 'ลิงก์การรับประกันคืนเงิน',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'ศูนย์ช่วยเหลือ',
  'tiktok.seller.contactUs': 'ติดต่อเรา',
  'tiktok.seller.ticketLog': 'บันทึกทิกเก็ต',
  'tiktok.seller.complaintsDisputes': 'ข้อร้องเรียนและข้อพิพาท',
  'tiktok.seller.complaintsDispute': 'ข้อร้องเรียนและข้อพิพาท',
  'tiktok.seller.complaintsDisputesLogistic': 'ข้อร้องเรียนและข้อพิพาท (เกี่ยวกับโลจิสติกส์)',
  'tiktok.seller.complaintsDisputeLogistic': 'ข้อร้องเรียนและข้อพิพาท (เกี่ยวกับโลจิสติกส์)',
  'tiktok.seller.logisticIssue': 'ปัญหาด้านโลจิสติกส์',
  'tiktok.seller.logisticIssueLower': 'ปัญหาด้านโลจิสติกส์',
  'tiktok.seller.deliveryInquiry': 'สอบถามกระบวนการจัดส่ง',
  'tiktok.seller.packageLost': 'พัสดุสูญหาย',
  'tiktok.seller.packageDamaged': 'พัสดุเสียหาย',
  'tiktok.seller.deliveredNotReceived': 'จัดส่งแล้วแต่ไม่ได้รับ',
  'tiktok.seller.unmovedTracking': 'สถานะพัสดุไม่เคลื่อนไหว',
  'tiktok.seller.pickUpIssues': 'ปัญหาการเข้ารับพัสดุ',
  'tiktok.seller.pickedUpNotUpdated': 'เข้ารับพัสดุแล้วแต่สถานะโลจิสติกส์ไม่อัปเดต',

  'tiktok.page.euReturnsSpanish': 'นโยบายการคืนสินค้าและคืนเงินของ TikTok Shop (EEA ฉบับภาษาสเปน)',
  'tiktok.page.esReturns': 'นโยบายการคืนสินค้าและคืนเงินของ TikTok Shop (EEA)',
  'tiktok.page.usMoneyBackGuarantee': 'การรับประกันคืนเงินของ TikTok Shop',
  'tiktok.page.gbReturns': 'นโยบายการคืนสินค้าและคืนเงินของ TikTok Shop (สหราชอาณาจักร)',
  'tiktok.page.usNotReceived': 'พัสดุขึ้นว่าจัดส่งแล้วแต่ไม่ได้รับ',
  'tiktok.page.usContactSellerOrTiktok': 'วิธีติดต่อผู้ขายหรือ TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: ติดต่อฝ่ายสนับสนุน TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: ปัญหาโลจิสติกส์และทิกเก็ต',
  'tiktok.page.thSellerHelp': 'Seller Center: ทิกเก็ตด้านโลจิสติกส์ (สูญหาย เสียหาย ไม่ได้รับ)',
  'tiktok.page.idSellerHelp': 'Seller Center: ศูนย์ช่วยเหลือและบันทึกทิกเก็ต',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping ในสหราชอาณาจักรและ EU (บริษัทขนส่งในแต่ละตลาด)',
  'tiktok.page.usSellerShippingRules': 'กฎของ Seller Shipping (ระยะเวลาจัดส่ง พัสดุสูญหาย การแก้ไขหมายเลขพัสดุ)',
  // TikTok's Thai help calls the modes "จัดส่งโดย TikTok" / "จัดส่งโดยผู้ขาย".
  'tiktok.page.thShippingModes': 'จัดส่งโดย TikTok และจัดส่งโดยผู้ขาย',
  'tiktok.page.vnLostDamaged': 'พัสดุที่จัดส่งผ่านแพลตฟอร์มสูญหายหรือเสียหาย: การชดเชย',
  'tiktok.page.idReturns': 'การคืนสินค้าและคืนเงิน (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims': 'การเคลมประกัน TikTok Shipping (ภายใน 90 วันนับจากวันส่งพัสดุ)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping และ Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'การจัดส่งไม่สำเร็จและพัสดุที่กำลังส่งคืน',
  'tiktok.page.vnBuyerReturns': 'กฎการคืนสินค้าและคืนเงินของผู้ซื้อ (15 วันหลังจัดส่งถึง)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (การขายข้ามพรมแดน)',
  'tiktok.page.globalTicket': 'สร้างทิกเก็ต (Seller Center สำหรับการขายข้ามพรมแดน)',
  'tiktok.page.sellerUniversity': 'Seller University (ความช่วยเหลือของ Seller Center)',
  'tiktok.page.sellerTicket': 'ทิกเก็ตฝ่ายสนับสนุนของ Seller Center',

  'tiktok.note.unknownRegion':
    'เราไม่ทราบตลาด TikTok Shop ของคุณ นี่จึงเป็นเส้นทางทั่วไปใน Seller Center ของ TikTok (ตามเอกสารของสหรัฐฯ) เลือกประเทศของคุณในการตั้งค่าเพื่อดู Seller Center และหน้านโยบายของตลาดคุณ',
  'tiktok.note.unknownRegionBuyer':
    'เราไม่ทราบตลาด TikTok Shop ของคุณ นี่จึงเป็นเส้นทางทั่วไปในแอป TikTok (ตามเอกสารของสหรัฐฯ) เลือกประเทศของคุณในการตั้งค่าเพื่อดูเส้นทางและหน้านโยบายของตลาดคุณ',
  'tiktok.note.usBuyerPath': 'ถามผู้ขายก่อน: โปรไฟล์ > คำสั่งซื้อของคุณ > ชื่อผู้ขาย > ข้อความ หากผู้ขายช่วยไม่ได้ ให้ติดต่อ TikTok ที่นี่',
  'tiktok.note.seaBuyerPath':
    'ถ้อยคำเดิมจากความช่วยเหลือผู้ขาย TikTok Shop สำหรับ SEA และอินโดนีเซีย แอปปัจจุบันอาจใช้ชื่อขั้นตอนต่างออกไป',
  'tiktok.note.elsewhereBuyerPath': 'TikTok อธิบายเส้นทางนี้สำหรับสหรัฐฯ แอปในตลาดของคุณอาจใช้ชื่อขั้นตอนต่างออกไป',
  'tiktok.note.euReturnsSpanishOnly': 'พบเฉพาะนโยบาย EEA ฉบับภาษาสเปน ยังไม่ได้ยืนยันฉบับภาษาอื่น',
  'tiktok.note.usMoneyBackGuarantee': 'คุ้มครองนานสูงสุด 90 วันนับจาก “จัดส่งสำเร็จ” ลิงก์อยู่ในหน้ารายละเอียดคำสั่งซื้อ',
  'tiktok.note.gbReturns': 'สิทธิ์ยกเลิก 14 วัน บวกสิทธิประโยชน์คืนสินค้าแบบขยายเวลา 30 วันนับจากวันที่ได้รับสินค้า',
  'tiktok.note.esReturns': 'นโยบาย EEA อัปเดตล่าสุด 1 กรกฎาคม 2568',
  'tiktok.note.usNotReceived': 'ขอคืนสินค้าหรือคืนเงินภายใน 30 วันนับจากสถานะ “จัดส่งสำเร็จ” โดยเลือกเหตุผล “ไม่ได้รับพัสดุ”',
  'tiktok.note.usSellerHours': 'มีเจ้าหน้าที่ตอบทุกวัน 05.00–23.00 น. (PST) นอกเวลาดังกล่าวมีเพียงคำถามที่พบบ่อย',
  'tiktok.note.usSellerPath': 'ผ่านไอคอน Assistant หรือ Help Center ใน Seller Center',
  'tiktok.note.seaSellerPath': 'อธิบายไว้ในความช่วยเหลือ Seller Center ของเวียดนาม TikTok ใช้ขั้นตอนเดียวกันทั่ว SEA',
  'tiktok.note.elsewhereSellerPath':
    'TikTok อธิบายเส้นทางนี้สำหรับ Seller Center สหรัฐฯ Seller Center ในตลาดของคุณอาจใช้ถ้อยคำต่างออกไป',
  'tiktok.note.partnerDocumentation': 'เอกสารสำหรับพาร์ทเนอร์ของ TikTok Shop',
  'tiktok.note.globalSellingPath': 'Seller Center สำหรับการขายข้ามพรมแดน ตามที่คู่มือผู้ขายฉบับหนึ่งอธิบาย TikTok ยังไม่ได้ยืนยันเส้นทางนี้',
  'tiktok.note.sellerGuideAddress': 'ที่อยู่เว็บจากคู่มือผู้ขาย TikTok ยังไม่ได้ยืนยัน',
  'tiktok.note.universityNotOpened': 'Seller University อยู่ที่ /university ของโฮสต์ Seller Center แต่ละแห่ง ยังไม่ได้เปิดหน้าแรกนี้',
  'tiktok.note.hostNotConfirmed': 'ที่อยู่ Seller Center นี้ยังไม่ได้รับการยืนยันในหน้าทางการของ TikTok',
  'tiktok.note.vnTicketAddress': 'TikTok ยังไม่ได้ยืนยันที่อยู่หน้าทิกเก็ต บทความที่ลิงก์ไว้อธิบายขั้นตอนการสร้างทิกเก็ต',
  'tiktok.note.ticketAddressNotConfirmed':
    'ยังไม่ได้ยืนยันที่อยู่สำหรับตลาดนี้ หากเปิดไม่ได้ ให้ใช้ ศูนย์ช่วยเหลือ > ติดต่อเรา ใน Seller Center',
};
