import type { AdviceKey } from '../en/advice';

/**
 * Vietnamese messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices worth knowing:
 * - TikTok Shop VN's own words where known: "Mã vận đơn" (tracking number), "Vận chuyển bởi nền tảng" / "Người bán tự
 *   vận chuyển" (shipping modes), "trả hàng/hoàn tiền", status "Đã giao hàng"
 *   (https://seller-vn.tiktok.com/university/essay?knowledge_id=6837776050308866,
 *   https://help.shopify.com/vi/manual/online-sales-channels/tiktok/orders). "Seller Center" stays a name, as
 *   Vietnamese sellers say it; "ticket" too ("tạo ticket").
 * - Labels that only the US Seller Center shows (in English only) stay in English in quotes, with a Vietnamese gloss.
 * - The reader is "bạn"; in messages to send, the writer is "tôi", a buyer calls the seller "Shop" and a seller writes
 *   to the buyer as "Shop" to "Quý khách", as Vietnamese online shops do; carriers are "quý công ty".
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Chưa chắc chắn: {note}',
  'advice.open.addressNotConfirmed': '{label} (địa chỉ chưa được xác nhận)',

  'advice.span.calendar': '{count, plural, other {# ngày theo lịch}}',
  'advice.span.business': '{count, plural, other {# ngày làm việc}}',

  'advice.anchor.deliveredStatus': 'trạng thái “Đã giao hàng”',
  'advice.anchor.delivery': 'khi giao hàng',
  'advice.anchor.receipt': 'khi nhận hàng',
  'advice.anchor.lastCarrierScan': 'lần quét cuối của đơn vị vận chuyển',
  'advice.anchor.shipDate': 'ngày gửi hàng',
  'advice.anchor.lastLogisticsUpdate': 'lần cập nhật vận chuyển cuối cùng',
  'advice.anchor.lostOrDamagedStatus': 'khi trạng thái chuyển sang thất lạc hoặc hư hỏng',
  'advice.anchor.trackingUpload': 'khi tải lên mã vận đơn (coi như ngày gửi hàng)',
  'advice.anchor.orderDate': 'ngày đặt hàng',

  'advice.deadline.request.by': 'Gửi yêu cầu chậm nhất vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.request.within':
    'Gửi yêu cầu trong vòng {span} kể từ {anchor}; trang đơn hàng không hiển thị ngày này, nên hãy kiểm tra trong đơn hàng.',
  'advice.deadline.request.passed':
    'Thời hạn gửi yêu cầu đã kết thúc vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.claim.by':
    'Yêu cầu bảo đảm hoàn tiền chậm nhất vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.claim.within':
    'Yêu cầu bảo đảm hoàn tiền trong vòng {span} kể từ {anchor}; trang đơn hàng không hiển thị ngày này, nên hãy kiểm tra trong đơn hàng.',
  'advice.deadline.claim.passed':
    'Thời hạn yêu cầu bảo đảm hoàn tiền đã kết thúc vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.edit.by': 'Sửa mã vận đơn chậm nhất vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.edit.within':
    'Sửa mã vận đơn trong vòng {span} kể từ {anchor}; trang đơn hàng không hiển thị ngày này, nên hãy kiểm tra trong đơn hàng.',
  'advice.deadline.edit.passed':
    'Thời hạn sửa mã vận đơn đã kết thúc vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.submitTicket.by': 'Gửi ticket chậm nhất vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Gửi ticket trong vòng {span} kể từ {anchor}; trang đơn hàng không hiển thị ngày này, nên hãy kiểm tra trong đơn hàng.',
  'advice.deadline.submitTicket.passed':
    'Thời hạn gửi ticket đã kết thúc vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.file.by':
    'Nộp yêu cầu bồi thường bảo hiểm chậm nhất vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.file.within':
    'Nộp yêu cầu bồi thường bảo hiểm trong vòng {span} kể từ {anchor}; trang đơn hàng không hiển thị ngày này, nên hãy kiểm tra trong đơn hàng.',
  'advice.deadline.file.passed':
    'Thời hạn nộp yêu cầu bồi thường bảo hiểm đã kết thúc vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'Gửi yêu cầu bồi thường chậm nhất vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Gửi yêu cầu bồi thường trong vòng {span} kể từ {anchor}; trang đơn hàng không hiển thị ngày này, nên hãy kiểm tra trong đơn hàng.',
  'advice.deadline.submitClaim.passed':
    'Thời hạn gửi yêu cầu bồi thường đã kết thúc vào {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.deadline.askAnyway': 'Bạn vẫn nên thử yêu cầu: giải thích lý do chậm trễ và lưu lại bằng chứng.',
  'advice.deadline.soon': 'Sắp hết hạn: hãy làm ngay.',
  'advice.start.unmoved.from':
    'Nếu trạng thái vẫn không thay đổi, hãy mở ticket từ {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.start.unmoved.after': 'Nếu trạng thái vẫn không thay đổi, hãy mở ticket sau {span} tính từ {anchor}.',
  'advice.start.noCompensation.from':
    'Nếu vẫn chưa nhận được bồi thường, hãy mở ticket từ {date} ({span} kể từ {anchor}, vào {anchorDate}).',
  'advice.start.noCompensation.after': 'Nếu vẫn chưa nhận được bồi thường, hãy mở ticket sau {span} tính từ {anchor}.',

  'advice.rule.assumed': 'Nguồn nêu quy định này cho {regions}; chúng tôi giả định quy định cũng áp dụng tại {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'Trang chính thức ghi “30 ngày” nhưng không nói tính từ khi nào; các bản sao chính sách của bên thứ ba tính từ khi nhận hàng.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Không áp dụng cho hàng đã qua sử dụng, đồ sưu tầm và hàng không đổi trả. Hàng trả lại phải được gửi đi trong vòng 14 ngày.',
  'advice.rule.vnBuyerReturns15d.note':
    'Lý do hợp lệ gồm chưa nhận được hàng, giao sai hoặc hàng lỗi, và giao hàng trễ. Một số ngành hàng là ngoại lệ. Một bài viết cũ của VN ghi 6 ngày.',
  'advice.rule.idBuyerReturns6d.note':
    'Sau thời hạn đó, người mua vẫn có thể nhắn tin cho người bán hoặc liên hệ TikTok qua Đơn hàng > Liên hệ TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Hàng lỗi còn được hưởng quyền theo luật đối với người bán, ngoài các thời hạn này (mục 7 của chính sách).',
  'advice.rule.euSpanishEdition.note':
    'Đọc từ bản tiếng Tây Ban Nha của chính sách EU (cập nhật lần cuối ngày 1/7/2025); chưa kiểm tra các ngôn ngữ khác.',
  'advice.rule.usSellerLost10Calendar.note':
    'Hàng gửi trong nước. Gói hàng thất lạc có thể khiến đơn hàng bị hủy và người mua được hoàn tiền.',
  'advice.rule.usSellerLost7Business.note':
    'Ngày làm việc ở đây chỉ bỏ qua cuối tuần; tiện ích không biết các ngày lễ.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Tự động bảo hiểm đến $200 (cao hơn nếu mua thêm khi mua nhãn vận chuyển); gói hàng phải có lượt quét của đơn vị vận chuyển.',
  'advice.rule.seaSellerClaim40d.note':
    'Tính theo ví dụ của TikTok: cập nhật cuối ngày 1/2/2024, yêu cầu bồi thường chậm nhất ngày 11/3/2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Chúng tôi tính từ lần cập nhật vận chuyển cuối cùng, giả định đó là lúc trạng thái chuyển sang thất lạc hoặc hư hỏng.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'Trang không hiển thị thời điểm tải lên; chúng tôi dùng ngày gửi hàng, nên thời hạn thực tế có thể kết thúc sớm hơn.',
  'advice.rule.usSellerTrackingTicket30d.note': 'Ghi rõ mã vận đơn và đơn vị vận chuyển cũ lẫn mới.',

  'advice.noScan':
    'TikTok coi một gói hàng Seller Shipping là thất lạc sau 7 ngày làm việc (hoặc 10 ngày theo lịch) không có lượt quét nào của đơn vị vận chuyển.',
  'advice.noScan.dated':
    'TikTok coi một gói hàng Seller Shipping là thất lạc sau 7 ngày làm việc (hoặc 10 ngày theo lịch) không có lượt quét nào của đơn vị vận chuyển: từ {date}, tính từ lần quét cuối vào {lastScan}.',

  'advice.when.now': 'Ngay bây giờ',
  'advice.when.everyContact': 'Mỗi lần liên hệ với bất kỳ ai',
  'advice.when.sellerNotSolved': 'Nếu người bán chưa giải quyết trong vòng 2 ngày',
  'advice.when.afterNoScan': 'Sau 7 ngày làm việc không có lượt quét mới',
  'advice.when.checksDone': 'Sau khi đã kiểm tra các bước trên',
  'advice.when.ifNotByEstimate': 'Nếu đến ngày dự kiến {date} vẫn chưa nhận được hàng',
  'advice.when.estimatePassed': 'Ngay bây giờ: đã quá ngày giao hàng dự kiến ({date})',
  'advice.when.arrivesLate': 'Khi hàng đến trễ',
  'advice.when.carrierReportsLost': 'Khi đơn vị vận chuyển báo thất lạc',
  'advice.when.trackingStalled': 'Nếu thông tin vận chuyển không thay đổi trong nhiều ngày',
  'advice.when.requestStalls': 'Nếu yêu cầu bị từ chối hoặc không được xử lý',
  'advice.when.heldOrSentBack': 'Nếu gói hàng bị giữ lại hoặc bị hoàn về',
  'advice.when.beforeUnpacking': 'Ngay bây giờ, trước khi mở hàng tiếp',
  'advice.when.returnWindowClosed': 'Nếu đã hết thời hạn trả hàng 30 ngày',
  'advice.when.sellerRefuses': 'Nếu người bán từ chối hoặc không trả lời',
  'advice.when.backWithSeller': 'Khi gói hàng đã về lại người bán',
  'advice.when.promisedDatePasses': 'Nếu đã quá ngày gửi hàng đã cam kết',
  'advice.when.beforeNoScan': 'Trước khi hết 7 ngày làm việc không có lượt quét',
  'advice.when.asSoonAsNoticed': 'Ngay khi phát hiện',
  'advice.when.editUsed': 'Nếu đã dùng lần sửa duy nhất hoặc đã quá 72 giờ',
  'advice.when.requestArrives': 'Ngay khi nhận được yêu cầu',
  'advice.when.beforeLabel': 'Trước khi in nhãn vận chuyển',
  'advice.when.tagAppears': 'Khi nhãn cảnh báo xuất hiện trên đơn hàng',
  'advice.when.whileReturning': 'Trong khi gói hàng đang được hoàn về',
  'advice.when.handlingTime': 'Trong thời gian chuẩn bị hàng đã đặt trong Seller Center',
  'advice.when.handOver': 'Khi bàn giao gói hàng',
  'advice.when.afterPickup': '24 giờ sau khi lấy hàng',

  'advice.appliesIf.seller.platform': 'Nếu TikTok sắp xếp vận chuyển (TikTok Shipping / Vận chuyển bởi nền tảng)',
  'advice.appliesIf.seller.sellerShipping':
    'Nếu bạn gửi bằng đơn vị vận chuyển của mình (Seller Shipping / Người bán tự vận chuyển)',
  'advice.appliesIf.buyer.platform': 'Nếu TikTok sắp xếp vận chuyển',
  'advice.appliesIf.buyer.sellerShipping': 'Nếu người bán tự gửi bằng đơn vị vận chuyển của họ',
  'advice.appliesIf.fbt': 'Nếu đơn hàng do Fulfilled by TikTok xử lý',

  'advice.copy.sellerMessage': 'Sao chép tin nhắn gửi người bán',
  'advice.copy.buyerMessage': 'Sao chép tin nhắn gửi người mua',
  'advice.copy.tiktokChat': 'Sao chép tin nhắn gửi bộ phận hỗ trợ TikTok Shop',
  'advice.copy.ticket': 'Sao chép nội dung ticket',
  'advice.copy.request': 'Sao chép nội dung yêu cầu',
  'advice.copy.claim': 'Sao chép nội dung yêu cầu bồi thường',
  'advice.copy.callNotes': 'Sao chép ghi chú cuộc gọi',
  'advice.copy.carrierEmail': 'Sao chép email gửi đơn vị vận chuyển',
  'advice.open.policy': 'Đọc chính sách',
  'advice.open.usProtections': 'Các chế độ bảo vệ của TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Bảo đảm hoàn tiền',
  'advice.open.sellerShippingRules': 'Quy định Seller Shipping',
  'advice.open.editTracking': 'Chỉnh sửa thông tin vận đơn',
  'advice.open.trackingValidation': 'Xác thực mã vận đơn',
  'advice.open.returnRules': 'Quy định trả hàng',
  'advice.open.failedDelivery': 'Đơn hàng giao thất bại',
  'advice.open.returnedParcels': 'Gói hàng bị hoàn',
  'advice.open.pickupRules': 'Quy định lấy hàng',

  'advice.step.track.title': 'Kiểm tra hành trình trên trang của đơn vị vận chuyển',
  'advice.step.track.detail':
    'Trang của đơn vị vận chuyển thường hiển thị các lượt quét, ghi chú giao hàng hoặc sự cố mà trang đơn hàng chưa cập nhật.',
  'advice.step.track.detail.lastScan':
    'Xem lượt quét cuối cùng và mọi thông báo sự cố (hư hỏng, sai địa chỉ, hoàn hàng).',
  'advice.step.track.detail.customs':
    'Trang của đơn vị vận chuyển cho biết gói hàng có bị hải quan giữ không và có phải nộp thuế không.',
  'advice.step.track.detail.whyReturned':
    'Tìm hiểu vì sao hàng bị hoàn: giao không thành công, sai địa chỉ, hoặc đang chờ tại điểm nhận hàng.',
  'advice.step.track.detail.compare':
    'So sánh hành trình của đơn vị vận chuyển với trang đơn hàng; hai nơi có thể khác nhau.',
  'advice.step.track.detail.lastScanDate':
    'Ghi lại ngày của lượt quét cuối cùng: thời hạn yêu cầu bồi thường tính từ ngày đó.',
  'advice.step.track.detail.deliveryScan': 'Xem lượt quét giao hàng: thời gian, địa điểm và ảnh hoặc chữ ký (nếu có).',
  'advice.step.track.detail.customsSeller': 'Xem gói hàng có bị hải quan giữ không và đang chờ gì.',
  'advice.step.track.detail.whyComingBack':
    'Tìm hiểu vì sao hàng đang bị hoàn: giao không thành công, sai địa chỉ, hoặc bị từ chối nhận.',

  'advice.step.keepRecords.title': 'Lưu lại mọi lần liên hệ',
  'advice.step.keepRecords.detail':
    'Ghi từng cuộc trò chuyện, cuộc gọi, ticket và yêu cầu bồi thường, kèm ngày và mã tham chiếu, vào nhật ký vụ việc; chụp màn hình hành trình vận chuyển và trang đơn hàng.',

  'advice.step.messageSeller.title': 'Nhắn tin cho người bán',
  'advice.step.messageSeller.detail':
    'Người bán đã chọn đơn vị vận chuyển nên có thể hỏi họ, gửi lại hàng hoặc hoàn tiền. Hãy nhắn từ đơn hàng trong ứng dụng TikTok để cuộc trò chuyện được lưu lại.',
  'advice.step.messageSeller.detail.redirect':
    'Báo cho người bán địa chỉ đúng; họ có thể nhờ đơn vị vận chuyển chuyển hướng hoặc gửi lại.',
  'advice.step.messageSeller.detail.updateAddress':
    'Nhờ người bán cập nhật địa chỉ giao hàng trước khi gửi: đó là lúc dễ sửa nhất.',
  'advice.step.messageSeller.detail.customs':
    'Người bán có thể cung cấp hóa đơn hoặc thông tin hải quan. TikTok Shop không công bố chính sách hải quan cho người mua; ai nộp thuế tùy thuộc vào sản phẩm và quốc gia của bạn.',
  'advice.step.messageSeller.detail.reship': 'Đề nghị người bán gửi lại khi hàng đã về tới họ, hoặc hoàn tiền cho bạn.',
  'advice.step.messageSeller.detail.whenShips':
    'Hỏi người bán khi nào đơn hàng được gửi đi. Khi đã gửi, mã vận đơn sẽ hiện trên đơn hàng và Carrier Finder có thể cho biết đơn vị vận chuyển.',

  'advice.step.contactTiktok.title': 'Liên hệ bộ phận chăm sóc khách hàng của TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Nếu người bán không thể giúp hoặc không trả lời, hãy mở yêu cầu hỗ trợ với TikTok Shop trong ứng dụng.',
  'advice.step.contactTiktok.detail.notShipped':
    'Nếu đến ngày mà trang đơn hàng đã hẹn vẫn chưa gửi hàng, hãy hỏi TikTok Shop về việc hủy đơn hoặc hoàn tiền.',
  'advice.step.contactTiktok.scamWarning':
    'Bộ phận hỗ trợ của TikTok không bao giờ hỏi thông tin thẻ, mật khẩu hay mã OTP qua điện thoại, email hoặc chat.',

  'advice.step.messageBuyer.title': 'Báo cho người mua tình hình',
  'advice.step.messageBuyer.detail':
    'Một tin nhắn ngắn ngay bây giờ giúp người mua kiểm tra phía họ và cho thấy bạn đang xử lý, trước khi họ mở khiếu nại.',
  'advice.step.messageBuyer.detail.checkAround':
    'Nhờ người mua kiểm tra địa chỉ, hỏi người nhà và hàng xóm, tìm quanh cửa, và xem có ghi chú nào của đơn vị vận chuyển về điểm nhận hàng không.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Xác nhận địa chỉ đúng và đầy đủ với người mua trong khung chat của đơn hàng.',
  'advice.step.messageBuyer.detail.customs':
    'Báo cho người mua rằng gói hàng đang ở hải quan và họ có thể phải nộp thuế hay không.',
  'advice.step.messageBuyer.detail.redeliver':
    'Nhờ người mua xác nhận địa chỉ và cho biết họ có còn muốn nhận lại gói hàng không.',
  'advice.step.messageBuyer.detail.whenShips': 'Cho người mua biết khi nào đơn hàng được gửi đi.',

  'advice.step.usNoScan.title': 'Hỏi TikTok Shop khi gói hàng được coi là thất lạc',
  'advice.step.usNoScan.detail':
    'Khi đó đơn hàng có thể bị hủy và được hoàn tiền: lúc ấy hãy liên hệ bộ phận chăm sóc khách hàng.',

  'advice.step.requestRefund.title': 'Yêu cầu trả hàng/hoàn tiền trong ứng dụng',
  'advice.step.requestRefund.title.us': 'Yêu cầu hoàn tiền: “Chưa nhận được gói hàng”',
  'advice.step.requestRefund.notReceived': 'Nếu vẫn không tìm thấy, hãy yêu cầu hoàn tiền vì chưa nhận được hàng.',
  'advice.step.requestRefund.damaged': 'Yêu cầu trả hàng/hoàn tiền cho sản phẩm bị hư hỏng, bị lỗi hoặc giao sai.',
  'advice.step.requestRefund.inApp':
    'Mở đơn hàng trong ứng dụng TikTok và gửi yêu cầu trả hàng/hoàn tiền với lý do phù hợp.',
  'advice.step.requestRefund.noLimit': 'Chúng tôi chưa có thời hạn của TikTok cho {market}, nên hãy làm sớm.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Chúng tôi chưa có thời hạn của TikTok cho thị trường của bạn, nên hãy làm sớm.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Quyền hủy theo luật của bạn kéo dài đến {date} (14 ngày sau khi nhận hàng); thời hạn 30 ngày là quyền lợi gia hạn thêm.',
  'advice.step.requestRefund.rightToCancel':
    'Quyền hủy theo luật của bạn kéo dài 14 ngày sau khi nhận hàng; thời hạn 30 ngày là quyền lợi gia hạn thêm.',

  'advice.step.lateDeliveryRefund.title': 'Giao hàng trễ là lý do để yêu cầu hoàn tiền',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok liệt kê việc gửi hàng hoặc giao hàng trễ là căn cứ để yêu cầu trả hàng/hoàn tiền.',

  'advice.step.usDeliveryGuarantee.title': 'Biết quyền lợi của bạn: bảo đảm giao hàng của TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'TikTok Shop cho biết bạn được hoàn tiền tự động nếu đơn vị vận chuyển báo gói hàng bị thất lạc hoặc hư hỏng.',

  'advice.step.carrierTrace.title': 'Đề nghị đơn vị vận chuyển tra soát gói hàng',
  'advice.step.carrierTrace.detail':
    'Chỉ đơn vị vận chuyển mới xác nhận được việc thất lạc. Nhiều đơn vị chỉ nhận yêu cầu bồi thường từ người gửi, nên người bán hoặc TikTok Shop có thể phải làm việc đó; mã tra soát vẫn giúp ích cho họ.',

  'advice.step.checkAround.title': 'Kiểm tra địa chỉ và quanh nơi giao hàng',
  'advice.step.checkAround.detail':
    'Kiểm tra địa chỉ trên đơn hàng, hỏi người nhà và hàng xóm, tìm quanh cửa, hiên nhà, gara và cửa sau, và xem có giấy báo giao không thành công hay ghi chú về điểm nhận hàng không.',

  'advice.step.carrierWhereDelivered.title': 'Hỏi đơn vị vận chuyển chính xác đã giao ở đâu',
  'advice.step.carrierWhereDelivered.detail':
    'Đơn vị vận chuyển có thể có ảnh giao hàng, vị trí GPS hoặc chữ ký, hoặc có thể đã báo giao quá sớm. Nếu sai địa chỉ, họ có thể chuyển hướng gói hàng.',

  'advice.step.carrierRedirectOrHold.title': 'Đề nghị đơn vị vận chuyển chuyển hướng hoặc giữ gói hàng',
  'advice.step.carrierRedirectOrHold.detail':
    'Đôi khi đơn vị vận chuyển có thể chuyển hướng gói hàng hoặc giữ lại để bạn đến nhận; hãy chuẩn bị sẵn mã vận đơn và địa chỉ đúng.',

  'advice.step.carrierCustoms.title': 'Hỏi đơn vị vận chuyển hải quan cần gì',
  'advice.step.carrierCustoms.detail':
    'Đơn vị vận chuyển (hoặc bưu chính quốc gia) làm thủ tục thông quan và thu thuế nếu có. Chỉ thanh toán trên website chính thức của đơn vị vận chuyển hoặc trực tiếp, không bao giờ qua đường link trong tin nhắn SMS.',

  'advice.step.documentDamage.title': 'Chụp ảnh mọi thứ trước khi vứt bỏ bất cứ thứ gì',
  'advice.step.documentDamage.detail':
    'Chụp rõ sản phẩm, hộp và nhãn có mã vận đơn, và giữ lại bao bì. Ảnh mờ hoặc không rõ ràng có thể khiến yêu cầu bị từ chối.',

  'advice.step.moneyBackGuarantee.title': 'Sau thời hạn trả hàng: bảo đảm hoàn tiền',
  'advice.step.moneyBackGuarantee.detail': 'Dành cho sản phẩm bị hư hỏng hoặc bị lỗi.',
  'advice.step.moneyBackGuarantee.link': 'Liên kết bảo đảm hoàn tiền nằm trên trang Chi tiết đơn hàng.',

  'advice.step.carrierRedeliver.title': 'Đề nghị đơn vị vận chuyển giao lại hoặc giữ để bạn đến nhận',
  'advice.step.carrierRedeliver.detail':
    'Nếu gói hàng đã đến điểm nhận hàng và chưa bị chuyển đi, đơn vị vận chuyển thường có thể giao lại hoặc giữ lại cho bạn.',

  'advice.step.thAutoRefund.title': 'Gói hàng đã hoàn về người bán sẽ được hoàn tiền',
  'advice.step.thAutoRefund.detail':
    'Khi trạng thái chuyển sang “Đã trả lại cho người bán”, TikTok Shop tự động hủy đơn và hoàn tiền.',

  'advice.step.sellerSupport.title': 'Mở ticket với bộ phận hỗ trợ người bán của TikTok',
  'advice.step.sellerSupport.title.ask': 'Hỏi bộ phận hỗ trợ người bán của TikTok',
  // US Seller Center is in English: its path stays in English.
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Help Center > Contact Us; nhân viên trực tiếp hằng ngày 5:00–23:00 giờ Thái Bình Dương. Với TikTok Shipping, gói hàng có thông tin vận chuyển đứng yên hơn 10 ngày được bồi thường tự động.',
  'advice.step.sellerSupport.detail.chase': 'Nhờ bộ phận hỗ trợ đốc thúc đơn vị vận chuyển cập nhật trạng thái.',
  'advice.step.sellerSupport.detail.redirect':
    'Nhờ bộ phận hỗ trợ yêu cầu đơn vị vận chuyển sửa hoặc chuyển hướng việc giao hàng.',
  'advice.step.sellerSupport.detail.customs':
    'Khi TikTok sắp xếp vận chuyển, đơn vị vận chuyển của TikTok lo thủ tục thông quan: hãy hỏi bộ phận hỗ trợ hải quan cần gì.',
  'advice.step.sellerSupport.detail.returning':
    'Hỏi bộ phận hỗ trợ gói hàng đang hoàn về đang ở đâu và về việc giao lại.',
  'advice.step.sellerSupport.detail.pickup': 'Hỏi bộ phận hỗ trợ về việc lấy hàng nếu đơn vị vận chuyển chưa đến lấy.',

  'advice.step.usLostThreshold.title': 'Làm cho gói hàng di chuyển trước khi bị coi là thất lạc',
  'advice.step.usLostThreshold.passed':
    'Ngày đó đã qua: TikTok có thể đã coi gói hàng là thất lạc, điều này có thể khiến đơn bị hủy và người mua được hoàn tiền. Hãy đề nghị đơn vị vận chuyển tra soát và xác nhận ngay.',
  'advice.step.usLostThreshold.ahead':
    'Gói hàng thất lạc có thể khiến đơn bị hủy và người mua được hoàn tiền, vì vậy hãy thúc giục đơn vị vận chuyển quét hoặc tra soát trước ngày đó.',

  'advice.step.usEditTracking.title': 'Nếu mã vận đơn đã tải lên bị sai: sửa một lần',
  'advice.step.usEditTracking.detail': 'Mã vận đơn chỉ được sửa một lần, trong vòng 72 giờ sau khi tải lên.',
  'advice.step.usTrackingTicket.title': 'Sau đó: sửa qua ticket hỗ trợ',
  'advice.step.usTrackingTicket.detail': 'Gửi mã vận đơn và đơn vị vận chuyển cũ lẫn mới.',

  'advice.step.usShippingClaim.title': 'Gửi yêu cầu bồi thường TikTok Shipping',
  // US Seller Center pages, in English there.
  'advice.step.usShippingClaim.where': 'Gửi từ trang Manage Orders hoặc Order Details.',
  'advice.step.usShippingClaim.insurer':
    'Công ty bảo hiểm (U-PIC) quyết định trong 7–10 ngày làm việc và có thể yêu cầu người mua làm bản tường trình có tuyên thệ; khiếu nại lại gửi đến U-PIC.',

  'advice.step.seaClaim.title.lost': 'Yêu cầu bồi thường: Gói hàng bị thất lạc',
  'advice.step.seaClaim.title.damaged': 'Yêu cầu bồi thường: Gói hàng bị hư hỏng',
  'advice.step.seaClaim.title.notReceived': 'Yêu cầu bồi thường: Đã giao nhưng chưa nhận được hàng',

  'advice.claim.lost.sea':
    'TikTok tự động bồi thường gói hàng vận chuyển bởi nền tảng bị thất lạc và hoàn tiền cho người mua.',
  'advice.claim.lost.us':
    'Với Upgraded TikTok Shipping, TikTok tự xử lý yêu cầu bồi thường và tự động duyệt “Package Lost” (thất lạc) khi đơn vị vận chuyển xác nhận mất hàng.',
  'advice.claim.lost.other': 'Báo gói hàng bị thất lạc và hỏi về bồi thường.',
  'advice.claim.notReceived.sea':
    'Duyệt yêu cầu hoàn tiền của người mua trước; khi đã hoàn tiền xong, hãy yêu cầu bồi thường.',
  'advice.claim.notReceived.us':
    'Với Upgraded TikTok Shipping, TikTok tự động duyệt “Delivered But Not Received” (đã giao nhưng chưa nhận được) khi đáp ứng các điều kiện của chính sách.',
  'advice.claim.notReceived.other': 'Báo gói hàng đã giao nhưng chưa nhận được và hỏi cách yêu cầu bồi thường.',
  'advice.claim.damaged.sea':
    'TikTok tự động bồi thường gói hàng vận chuyển bởi nền tảng bị hư hỏng và hoàn tiền cho người mua.',
  'advice.claim.damaged.us':
    'Với Upgraded TikTok Shipping, trường hợp hộp rỗng, thiếu hoặc sai sản phẩm được xem xét từng trường hợp dựa trên bằng chứng lỗi của đơn vị vận chuyển.',
  'advice.claim.damaged.other': 'Báo hư hỏng kèm bằng chứng và hỏi về bồi thường.',
  'advice.claim.returned.sea':
    'Nếu bạn mất cả tiền lẫn hàng (gói hàng không bao giờ quay về), bạn có thể yêu cầu bồi thường.',

  'advice.step.respondInTime.title': 'Phản hồi yêu cầu trả hàng của người mua đúng hạn',
  'advice.step.respondInTime.detail.vn':
    'Xử lý yêu cầu trả hàng/hoàn tiền trong vòng 1 ngày làm việc kể từ khi người mua gửi, nếu không yêu cầu sẽ được tự động chấp thuận.',
  'advice.step.respondInTime.detail.id':
    'Xử lý yêu cầu trả hàng trong vòng 48 giờ, nếu không yêu cầu sẽ được tự động chấp thuận.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok xử lý',
  'advice.step.fbtSupport.detail': 'Kho của TikTok đã gửi đơn hàng này.',
  'advice.step.fbtSupport.chase': 'Nhờ bộ phận hỗ trợ người bán đốc thúc việc giao hàng.',
  'advice.step.fbtSupport.reimburse':
    'TikTok bồi hoàn gói hàng Fulfilled by TikTok bị thất lạc hoặc hư hỏng: hãy báo cho bộ phận hỗ trợ người bán.',
  'advice.step.fbtSupport.notReceived': 'Báo gói hàng đã giao nhưng chưa nhận được cho bộ phận hỗ trợ người bán.',
  'advice.step.fbtSupport.customs': 'Hỏi bộ phận hỗ trợ người bán hải quan cần gì.',
  'advice.step.fbtSupport.returned': 'Hỏi bộ phận hỗ trợ người bán về gói hàng bị hoàn.',
  'advice.step.fbtSupport.warehouse': 'Kho của TikTok gửi hàng; nếu trễ, hãy hỏi bộ phận hỗ trợ người bán.',

  'advice.step.ticketUnmoved.title': 'Ticket: Thông tin vận chuyển không cập nhật',
  'advice.step.ticketUnmoved.detail': 'Bộ phận hỗ trợ sẽ làm việc với đơn vị vận chuyển.',

  'advice.step.carrierStatus.title': 'Hỏi đơn vị vận chuyển của bạn về trạng thái',
  'advice.step.carrierStatus.detail.sea':
    'Liên hệ đơn vị vận chuyển của bạn. Nếu đã giao nhưng trạng thái bị kẹt, hãy tự cập nhật trạng thái giao hàng và tải lên bằng chứng giao hàng.',
  'advice.step.carrierStatus.detail':
    'Với đơn vị vận chuyển của riêng bạn, TikTok không theo dõi lô hàng giúp bạn: hãy đề nghị đơn vị vận chuyển quét hoặc tra soát.',

  'advice.step.carrierConfirmLoss.title': 'Đề nghị đơn vị vận chuyển xác nhận mất hàng',
  'advice.step.carrierConfirmLoss.detail':
    'Có thông tin cho rằng TikTok cần xác nhận của đơn vị vận chuyển trước khi chi trả yêu cầu bồi thường mất hàng: chỉ đơn vị vận chuyển mới có thể tuyên bố gói hàng bị thất lạc. Chưa chắc chắn: do một trang bên thứ ba theo dõi thay đổi chính sách của TikTok đưa tin, chưa đọc được trên trang của chính TikTok.',

  'advice.step.carrierClaim.title.lost': 'Yêu cầu tra soát và bồi thường với đơn vị vận chuyển của bạn',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok không xử lý yêu cầu bồi thường vận chuyển hay bảo hiểm cho Seller Shipping: việc bồi thường là giữa bạn và đơn vị vận chuyển.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok chỉ điều tra và bồi hoàn gói hàng vận chuyển bởi nền tảng: với đơn vị vận chuyển của riêng bạn, hãy yêu cầu bồi thường trực tiếp với họ.',
  'advice.step.carrierClaim.detail.lost':
    'Với đơn vị vận chuyển của riêng bạn, việc bồi thường là giữa bạn và đơn vị vận chuyển; hãy giữ nhãn vận chuyển và biên nhận gửi hàng.',
  'advice.step.carrierClaim.title.damaged': 'Yêu cầu đơn vị vận chuyển bồi thường hư hỏng',
  'advice.step.carrierClaim.detail.damaged': 'Gửi ảnh, thông tin bao bì và nhãn vận chuyển.',

  'advice.step.carrierProofOfDelivery.title': 'Yêu cầu đơn vị vận chuyển cung cấp bằng chứng giao hàng',
  'advice.step.carrierProofOfDelivery.detail':
    'Yêu cầu ảnh giao hàng, vị trí GPS hoặc chữ ký, và gửi yêu cầu bồi thường nếu không tìm thấy gói hàng.',

  'advice.step.updateAddress.title': 'Sửa địa chỉ trước khi gửi hàng',
  'advice.step.updateAddress.detail':
    'Trước khi gửi là lúc dễ sửa nhất: người bán có thể cập nhật địa chỉ giao hàng cho người mua.',

  'advice.step.carrierRedirect.title': 'Đề nghị đơn vị vận chuyển chuyển hướng gói hàng',
  'advice.step.carrierRedirect.detail':
    'Đôi khi đơn vị vận chuyển có thể chuyển hướng gói hàng đang vận chuyển hoặc giữ lại chờ đến nhận.',

  // A tag of the US Seller Center, which is in English: the tag stays in English, glossed.
  'advice.step.usTrackingAddressIssue.title':
    'Nếu Seller Center hiện nhãn “Tracking address issue” (lỗi địa chỉ trong vận đơn)',
  'advice.step.usTrackingAddressIssue.detail':
    'Nhãn này nghĩa là mã ZIP trong thông tin vận đơn không khớp với mã ZIP của người mua. Nhấp vào nhãn để xem cách sửa và đường link tạo ticket.',

  'advice.step.thContactLogistics.title': 'Dùng nút “Liên hệ dịch vụ vận chuyển” trên đơn hàng',
  'advice.step.thContactLogistics.detail':
    'Đơn hàng có vấn đề vận chuyển sẽ hiện nhãn kèm nút “Liên hệ dịch vụ vận chuyển”, mở ticket gửi đến đơn vị vận chuyển. Đơn giao thất bại nằm trong Đơn hàng > Quản lý đơn hàng > Giao hàng thất bại.',

  'advice.step.carrierCustomsDocuments.title': 'Gửi chứng từ hải quan cho đơn vị vận chuyển',
  'advice.step.carrierCustomsDocuments.detail':
    'Gửi hóa đơn thương mại và thông tin sản phẩm mà đơn vị vận chuyển yêu cầu; hỏi xem thuế có tính cho người mua không.',

  'advice.step.collectEvidence.title': 'Thu thập bằng chứng',
  'advice.step.collectEvidence.detail':
    'Xin người mua ảnh hoặc video mở hàng; giữ lại ảnh đóng gói của bạn, vật liệu đã dùng và nhãn vận chuyển có mã vận đơn rõ ràng.',

  'advice.step.carrierRedelivery.title': 'Hỏi đơn vị vận chuyển về việc giao lại',
  'advice.step.carrierRedelivery.detail':
    'Gói hàng còn ở đơn vị vận chuyển thường có thể được giao lại hoặc giữ lại chờ đến nhận.',

  'advice.step.thFailedDelivery.title': 'Theo dõi tab Giao hàng thất bại',
  'advice.step.thFailedDelivery.detail':
    'Trong Đơn hàng > Quản lý đơn hàng > Giao hàng thất bại: khi trạng thái là “Đã trả lại cho người bán”, đơn hàng được tự động hủy và hoàn tiền. Gói hàng hoàn về mà bạn không nhận sẽ bị tiêu hủy; nếu việc giao hoàn thất bại, bạn có 7 ngày để yêu cầu lấy lại.',

  // US Seller Center (English): its path stays in English.
  'advice.step.uploadTracking.title': 'Tải lên mã vận đơn hợp lệ trong thời gian chuẩn bị hàng',
  'advice.step.uploadTracking.detail':
    'Khi đã mua nhãn vận chuyển, hãy thêm mã vận đơn: Manage Orders > Awaiting shipment > Add tracking info, với một đơn vị vận chuyển được hỗ trợ. TikTok gắn cờ mã vận đơn có lượt quét đầu tiên sớm hơn thời điểm đặt hàng quá 24 giờ, hoặc có mã ZIP không khớp.',

  'advice.step.usPickupProof.title': 'Hẹn lấy hàng và giữ bằng chứng bàn giao',
  'advice.step.usPickupProof.detail':
    'Với TikTok Shipping, bạn tự hẹn lấy hàng; hãy giữ phiếu USPS SCAN hoặc bằng chứng lấy hàng, nếu không thì mọi chậm trễ trước lượt quét đầu tiên sẽ tính cho bạn.',

  'advice.step.ticketPickup.title': 'Đã lấy hàng nhưng trạng thái chưa phải “Đã gửi hàng”?',
  'advice.step.ticketPickup.detail':
    'Nếu đơn vị vận chuyển đã lấy hàng hơn 24 giờ mà trạng thái không đổi, hãy mở ticket kèm bằng chứng lấy hàng.',

  'advice.step.carrierHandover.title': 'Đặt lịch lấy hàng hoặc gửi hàng tại bưu cục của đơn vị vận chuyển',
  'advice.step.carrierHandover.detail':
    'Bàn giao gói hàng và giữ biên nhận gửi hàng hoặc bằng chứng lấy hàng có mã vận đơn.',

  'advice.note.idCountedFromDelivered': 'Tính từ ngày “Đã giao hàng”, được coi là ngày nhận hàng.',
  'advice.note.thirdPartyTracker':
    'Do một trang bên thứ ba theo dõi thay đổi chính sách của TikTok đưa tin; chưa đọc được trên trang của chính TikTok.',
  'advice.note.thVnOnly': 'Được nêu trong trợ giúp Seller Center TH và VN; giả định áp dụng cho thị trường này.',

  'advice.reason.track':
    'Hành trình trên trang của đơn vị vận chuyển là dữ liệu gốc mà mọi lần liên hệ sau này đều sẽ hỏi đến.',
  'advice.reason.keepRecords':
    'Hoàn tiền, bồi thường và khiếu nại được quyết định dựa trên bằng chứng đã gửi; ghi chép có ngày của từng lần liên hệ chính là bằng chứng đó.',
  'advice.reason.messageSeller':
    'Người bán đã chọn đơn vị vận chuyển và nắm thông tin lô hàng; tin nhắn trong khung chat của đơn hàng được lưu lại.',
  'advice.reason.contactTiktok':
    'TikTok Shop xử lý hoàn tiền và tranh chấp giữa người mua và người bán ngay trong ứng dụng.',
  'advice.reason.messageBuyer':
    'Thông báo cho người mua giúp họ kiểm tra phía mình (địa chỉ, hàng xóm, giấy báo của điểm nhận hàng).',
  'advice.reason.requestRefund':
    'Yêu cầu hoàn tiền gửi trong ứng dụng tự động gắn với đơn hàng và khởi động quy trình của chính TikTok Shop.',
  'advice.reason.carrierTrace':
    'Đơn vị vận chuyển nắm các lượt quét; mã tra soát cho người bán và TikTok căn cứ để xử lý.',
  'advice.reason.checkAround':
    'Phần lớn gói hàng “đã giao nhưng chưa nhận được” được tìm thấy ở gần đó hoặc tại điểm nhận hàng.',
  'advice.reason.carrierDeliveryRecord': 'Đơn vị vận chuyển nắm giữ hồ sơ giao hàng.',
  'advice.reason.carrierRedirect': 'Chỉ đơn vị vận chuyển mới có thể thay đổi nơi đến của gói hàng đang vận chuyển.',
  'advice.reason.customsScam':
    'Tin nhắn “phí hải quan” giả là một chiêu lừa đảo phổ biến; danh bạ này chỉ liệt kê kênh liên hệ chính thức của các đơn vị vận chuyển.',
  'advice.reason.documentDamage':
    'Hoàn tiền cho hàng hư hỏng hoặc giao sai được quyết định dựa trên ảnh chụp và bao bì.',
  'advice.reason.redeliver':
    'Gói hàng còn ở đơn vị vận chuyển thường có thể được giao lại trước khi bị hoàn về người gửi.',
  'advice.reason.sellerSupport':
    'Khi TikTok sắp xếp vận chuyển, TikTok làm việc với đơn vị vận chuyển của mình; bộ phận hỗ trợ trong Seller Center là kênh để liên hệ.',
  'advice.reason.fbt': 'Với Fulfilled by TikTok, chính TikTok chứ không phải người bán đã gửi gói hàng.',
  'advice.reason.ownCarrierClaim':
    'Với đơn vị vận chuyển của riêng bạn, hợp đồng và việc bồi thường là giữa bạn và đơn vị vận chuyển.',
  'advice.reason.ownCarrierTrace':
    'Chỉ đơn vị vận chuyển của bạn mới có thể điều chuyển hoặc tra soát gói hàng bạn đã gửi.',
  'advice.reason.proofOfDelivery': 'Bằng chứng giao hàng chỉ có thể đến từ đơn vị vận chuyển.',
  'advice.reason.notShipped': 'Chưa có gì được bàn giao cho đơn vị vận chuyển.',
  'advice.reason.customsDeclaration':
    'Hải quan làm việc với đơn vị vận chuyển đã khai báo, và đơn vị vận chuyển làm việc với bạn.',
  'advice.reason.damageEvidence': 'Yêu cầu bồi thường hư hỏng được quyết định dựa trên ảnh, bao bì và nhãn vận chuyển.',
  'advice.reason.redeliverySeller': 'Giao lại rẻ và nhanh hơn khi gói hàng chưa hoàn về tới bạn.',
  'advice.reason.firstScan':
    'Lượt quét đầu tiên của đơn vị vận chuyển là điểm bắt đầu hành trình mà người mua nhìn thấy.',

  'advice.source.tiktokReachSupport': 'Trợ giúp TikTok Shop: cách liên hệ bộ phận hỗ trợ',
  'advice.source.tiktokSellerSupport': 'Hỗ trợ người bán TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: Tôi chưa nhận được đơn hàng nhưng trạng thái là Đã giao hàng',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop: cách liên hệ người bán và bộ phận chăm sóc khách hàng của TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Bảo đảm hoàn tiền của TikTok Shop',
  'advice.source.usProtections': 'Các chế độ bảo vệ của TikTok Shop (trả hàng, bảo đảm giao hàng)',
  'advice.source.gbReturns': 'Chính sách hủy đơn và trả hàng của TikTok Shop Vương quốc Anh',
  'advice.source.euReturns': 'Chính sách hủy đơn và trả hàng của TikTok Shop EU (bản tiếng Tây Ban Nha)',
  'advice.source.vnReturns': 'TikTok Shop VN: khi nào người mua có thể gửi yêu cầu trả hàng/hoàn tiền?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: hướng dẫn trả hàng',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: phải làm gì nếu đơn hàng bị thất lạc hoặc hư hỏng?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: nếu gói hàng bị thất lạc, hư hỏng hoặc tiêu hủy thì sao?',
  'advice.source.seaDeliveredNotReceived': 'TikTok Shop TH: người mua chưa nhận được hàng nhưng trạng thái là đã giao',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: trạng thái vận chuyển của đơn hàng bị kẹt hoặc không cập nhật',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: đơn hàng giao thất bại',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: gói hàng hoàn mà người bán không nhận',
  'advice.source.usSellerShipping': 'TikTok Shop US: tổng quan và dịch vụ Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: chỉnh sửa thông tin vận đơn',
  'advice.source.usTrackingValidation': 'TikTok Shop US: xác thực mã vận đơn',
  'advice.source.usShippingInsurance': 'TikTok Shop US: bảo hiểm vận chuyển',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: cách gửi yêu cầu bồi hoàn cho sự cố vận chuyển của TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: chính sách bảo hiểm và bồi hoàn vận chuyển của Upgraded TikTok Shipping và CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: quy định và trách nhiệm lấy hàng của TikTok Shipping và CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: thay đổi chính sách bảo hiểm vận chuyển của TikTok Shop (bên thứ ba)',

  'advice.unknown.problem': 'Không xác định được loại vấn đề này, nên không thể đưa ra hướng dẫn.',
  'advice.unknown.countryRules':
    'Carrier Finder chưa có quy định của TikTok Shop cho quốc gia này, nên các bước chỉ mang tính chung và không hiển thị thời hạn của thị trường.',
  'advice.unknown.market':
    'Chưa biết thị trường TikTok Shop của bạn, nên thời hạn của thị trường (ví dụ 30 ngày sau khi giao hàng ở Mỹ, 15 ngày ở Việt Nam, 6 ngày ở Indonesia) không được hiển thị. Hãy chọn quốc gia của bạn trong phần Cài đặt.',
  'advice.unknown.carrier':
    'Chưa xác định được đơn vị vận chuyển, nên các nút tra cứu và liên hệ không thể mở trang của họ. Hãy xem tên đơn vị vận chuyển trên trang đơn hàng.',
  'advice.unknown.mode':
    'Chưa biết hình thức vận chuyển (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Ai xử lý yêu cầu bồi thường với đơn vị vận chuyển phụ thuộc vào điều này, nên các bước đó ghi rõ áp dụng cho trường hợp nào.',
  'advice.unknown.anchorDate':
    'Trang đơn hàng không cho biết ngày của mốc tính thời hạn ({anchor}), nên không tính được thời hạn.',
  'advice.unknown.dates': 'Không tìm thấy ngày nào của đơn hàng trên trang, nên không bước nào có ngày cụ thể.',

  'advice.msg.placeholder.orderId': '[mã đơn hàng]',
  'advice.msg.placeholder.trackingNumber': '[mã vận đơn]',
  'advice.msg.placeholder.carrier': '[đơn vị vận chuyển]',
  'advice.msg.subjectLine': 'Tiêu đề: {subject} (đơn hàng {orderId})',
  'advice.msg.subject.delayed': 'Gói hàng bị chậm, không có cập nhật vận chuyển',
  'advice.msg.subject.lost': 'Gói hàng có vẻ đã bị thất lạc',
  'advice.msg.subject.notReceived': 'Báo đã giao nhưng chưa nhận được hàng',
  'advice.msg.subject.wrongAddress': 'Địa chỉ giao hàng sai hoặc chưa đầy đủ',
  'advice.msg.subject.customs': 'Gói hàng bị giữ tại hải quan',
  'advice.msg.subject.damaged': 'Sản phẩm bị hư hỏng hoặc giao sai',
  'advice.msg.subject.returned': 'Gói hàng bị hoàn về người gửi / giao hàng thất bại',
  'advice.msg.subject.awaitingShipment': 'Đơn hàng chưa được gửi đi',
  'advice.msg.greeting': 'Xin chào,',
  'advice.msg.thanks': 'Xin cảm ơn.',

  'advice.msg.problem.delayed.buyer': 'Gói hàng của tôi vẫn chưa đến và thông tin vận chuyển không được cập nhật.',
  'advice.msg.problem.delayed.buyer.since':
    'Gói hàng của tôi vẫn chưa đến và thông tin vận chuyển không được cập nhật từ {date}.',
  'advice.msg.problem.delayed.seller':
    'Gói hàng của đơn này vẫn chưa đến nơi và thông tin vận chuyển không được cập nhật.',
  'advice.msg.problem.delayed.seller.since':
    'Gói hàng của đơn này vẫn chưa đến nơi và thông tin vận chuyển không được cập nhật từ {date}.',
  'advice.msg.problem.lost.buyer': 'Gói hàng của tôi có vẻ đã bị thất lạc: thông tin vận chuyển không thay đổi.',
  'advice.msg.problem.lost.buyer.since':
    'Gói hàng của tôi có vẻ đã bị thất lạc: thông tin vận chuyển không thay đổi từ {date}.',
  'advice.msg.problem.lost.seller': 'Gói hàng của đơn này có vẻ đã bị thất lạc: thông tin vận chuyển không thay đổi.',
  'advice.msg.problem.lost.seller.since':
    'Gói hàng của đơn này có vẻ đã bị thất lạc: thông tin vận chuyển không thay đổi từ {date}.',
  'advice.msg.problem.notReceived.buyer':
    'Thông tin vận chuyển cho thấy gói hàng của tôi đã được giao, nhưng tôi chưa nhận được. Tôi đã hỏi người nhà, hàng xóm và tìm quanh địa chỉ nhận hàng.',
  'advice.msg.problem.notReceived.buyer.on':
    'Thông tin vận chuyển cho thấy gói hàng của tôi đã được giao vào {date}, nhưng tôi chưa nhận được. Tôi đã hỏi người nhà, hàng xóm và tìm quanh địa chỉ nhận hàng.',
  'advice.msg.problem.notReceived.seller':
    'Thông tin vận chuyển cho thấy gói hàng đã được giao, nhưng người mua cho biết chưa nhận được.',
  'advice.msg.problem.notReceived.seller.on':
    'Thông tin vận chuyển cho thấy gói hàng đã được giao vào {date}, nhưng người mua cho biết chưa nhận được.',
  'advice.msg.problem.wrongAddress.buyer':
    'Địa chỉ giao hàng trong đơn của tôi bị sai hoặc chưa đầy đủ, cần được sửa lại hoặc chuyển hướng gói hàng.',
  'advice.msg.problem.wrongAddress.seller':
    'Địa chỉ giao hàng trong đơn này bị sai hoặc chưa đầy đủ, cần được sửa lại hoặc chuyển hướng gói hàng.',
  'advice.msg.problem.customs.buyer': 'Gói hàng của tôi đang bị giữ tại hải quan hoặc đang chờ nộp thuế nhập khẩu.',
  'advice.msg.problem.customs.seller':
    'Gói hàng của đơn này đang bị giữ tại hải quan hoặc đang chờ nộp thuế nhập khẩu.',
  'advice.msg.problem.damaged.buyer':
    'Gói hàng của tôi đến nơi bị hư hỏng, hoặc sản phẩm bị sai hay bị lỗi. Tôi có ảnh chụp sản phẩm, bao bì và nhãn vận chuyển.',
  'advice.msg.problem.damaged.seller':
    'Người mua báo rằng gói hàng đến nơi bị hư hỏng, hoặc sản phẩm bị sai hay bị lỗi.',
  'advice.msg.problem.returned.buyer': 'Gói hàng của tôi đã bị hoàn về người gửi hoặc giao không thành công.',
  'advice.msg.problem.returned.seller': 'Gói hàng của đơn này đã bị hoàn về người gửi hoặc giao không thành công.',
  'advice.msg.problem.awaitingShipment.buyer': 'Đơn hàng của tôi chưa được gửi đi và chưa có mã vận đơn.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Đơn hàng tôi đặt ngày {date} chưa được gửi đi và chưa có mã vận đơn.',
  'advice.msg.problem.awaitingShipment.seller': 'Đơn hàng này chưa được gửi đi.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Đơn hàng này, đặt ngày {date}, chưa được gửi đi.',

  'advice.msg.line.orderNumber': 'Mã đơn hàng: {orderId}',
  'advice.msg.line.trackingNumber': 'Mã vận đơn: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Mã vận đơn: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Ngày đặt hàng: {date}',
  'advice.msg.line.shipped': 'Ngày gửi hàng: {date}',
  'advice.msg.line.estimatedDelivery': 'Dự kiến giao hàng: {date}',
  'advice.msg.line.delivered': 'Ngày giao hàng: {date}',
  'advice.msg.line.lastUpdate': 'Cập nhật vận chuyển gần nhất: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Vui lòng kiểm tra việc này với người bán và đơn vị vận chuyển, và cho tôi biết bước tiếp theo.',
  'advice.msg.ask.tiktok.seller':
    'Vui lòng kiểm tra việc này với đơn vị vận chuyển và hướng dẫn tôi bước tiếp theo hoặc phương án bồi thường.',
  'advice.msg.ask.seller.awaitingShipment':
    'Shop vui lòng cho tôi biết khi nào đơn được gửi đi, hoặc hủy đơn và hoàn tiền nếu không thể gửi sớm.',
  'advice.msg.ask.seller':
    'Shop vui lòng kiểm tra với đơn vị vận chuyển và cho tôi biết shop có thể hỗ trợ gì (gửi lại hàng hoặc hoàn tiền).',
  'advice.msg.ask.buyer':
    'Shop rất xin lỗi Quý khách vì sự bất tiện này. Shop đang theo dõi và sẽ báo lại cho Quý khách ngay khi có phản hồi.',
  'advice.msg.ask.carrier.delayed': 'Vui lòng kiểm tra giúp tôi gói hàng đang ở đâu và khi nào sẽ được giao.',
  'advice.msg.ask.carrier.lost':
    'Vui lòng mở yêu cầu tra soát (tìm kiếm) gói hàng này và cung cấp cho tôi mã tham chiếu.',
  'advice.msg.ask.carrier.notReceived':
    'Vui lòng cho tôi biết chính xác gói hàng đã được giao ở đâu và như thế nào (GPS, ảnh hoặc chữ ký).',
  'advice.msg.ask.carrier.wrongAddress':
    'Vui lòng cho tôi biết gói hàng có thể được chuyển hướng hoặc giữ lại chờ đến nhận không.',
  'advice.msg.ask.carrier.customs':
    'Vui lòng cho tôi biết cần những gì để thông quan và cách nộp thuế (nếu có) trên website của quý công ty.',
  'advice.msg.ask.carrier.damaged': 'Vui lòng hướng dẫn tôi cách báo hư hỏng và cần những bằng chứng gì.',
  'advice.msg.ask.carrier.returned':
    'Vui lòng cho tôi biết vì sao gói hàng bị hoàn và có thể giao lại hoặc đến nhận được không.',
  'advice.msg.ask.carrier.awaitingShipment':
    'Vui lòng cho tôi biết gói hàng có mã vận đơn này đã được bàn giao cho quý công ty chưa.',

  'advice.msg.callNotes.heading': 'Ghi chú cuộc gọi: {carrier}',
  'advice.msg.callNotes.problem': 'Vấn đề: {problem}',
  'advice.msg.callNotes.ask': 'Cần hỏi: {ask}',
  'advice.msg.callNotes.writeDown':
    'Ghi lại: ngày giờ, tên nhân viên, mã tham chiếu hoặc mã hồ sơ, và họ hứa làm gì trước khi nào.',

  'tiktok.app.profile': 'Hồ sơ',
  'tiktok.app.yourOrders': 'Đơn hàng của bạn',
  'tiktok.app.orders': 'Đơn hàng',
  'tiktok.app.theOrder': 'đơn hàng đó',
  'tiktok.app.theItem': 'sản phẩm đó',
  'tiktok.app.sellerName': 'tên người bán',
  'tiktok.app.message': 'Nhắn tin',
  'tiktok.app.help': 'Trợ giúp',
  'tiktok.app.getHelp': 'Nhận trợ giúp',
  'tiktok.app.chooseQuestion': 'Chọn câu hỏi của bạn',
  'tiktok.app.contactUs': 'Liên hệ với chúng tôi',
  'tiktok.app.contactTiktok': 'Liên hệ TikTok',
  'tiktok.app.requestReturnOrRefund': 'Yêu cầu trả hàng/hoàn tiền',
  'tiktok.app.packageNotReceived': 'Chưa nhận được gói hàng',
  'tiktok.app.continue': 'Tiếp tục',
  'tiktok.app.orderDetails': 'Chi tiết đơn hàng',
  'tiktok.app.moneyBackGuaranteeLink': 'liên kết bảo đảm hoàn tiền',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Trung tâm trợ giúp',
  'tiktok.seller.contactUs': 'Liên hệ với chúng tôi',
  'tiktok.seller.ticketLog': 'Nhật ký ticket',
  'tiktok.seller.complaintsDisputes': 'Khiếu nại & Tranh chấp',
  'tiktok.seller.complaintsDispute': 'Khiếu nại & Tranh chấp',
  'tiktok.seller.complaintsDisputesLogistic': 'Khiếu nại & Tranh chấp (Liên quan đến vận chuyển)',
  'tiktok.seller.complaintsDisputeLogistic': 'Khiếu nại & Tranh chấp (Liên quan đến vận chuyển)',
  'tiktok.seller.logisticIssue': 'Vấn đề vận chuyển',
  'tiktok.seller.logisticIssueLower': 'Vấn đề vận chuyển',
  'tiktok.seller.deliveryInquiry': 'Thắc mắc về quá trình giao hàng',
  'tiktok.seller.packageLost': 'Gói hàng bị thất lạc',
  'tiktok.seller.packageDamaged': 'Gói hàng bị hư hỏng',
  'tiktok.seller.deliveredNotReceived': 'Đã giao nhưng chưa nhận được hàng',
  'tiktok.seller.unmovedTracking': 'Thông tin vận chuyển không cập nhật',
  'tiktok.seller.pickUpIssues': 'Vấn đề lấy hàng',
  'tiktok.seller.pickedUpNotUpdated': 'Đã lấy hàng nhưng trạng thái vận chuyển chưa cập nhật',

  'tiktok.page.euReturnsSpanish': 'Chính sách trả hàng và hoàn tiền của TikTok Shop (EEA, bản tiếng Tây Ban Nha)',
  'tiktok.page.esReturns': 'Chính sách trả hàng và hoàn tiền của TikTok Shop (EEA)',
  'tiktok.page.usMoneyBackGuarantee': 'Bảo đảm hoàn tiền của TikTok Shop',
  'tiktok.page.gbReturns': 'Chính sách trả hàng và hoàn tiền của TikTok Shop (Vương quốc Anh)',
  'tiktok.page.usNotReceived': 'Gói hàng báo đã giao nhưng chưa nhận được',
  'tiktok.page.usContactSellerOrTiktok': 'Cách liên hệ người bán hoặc TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: liên hệ bộ phận hỗ trợ TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: sự cố vận chuyển và ticket',
  'tiktok.page.thSellerHelp': 'Seller Center: ticket vận chuyển (thất lạc, hư hỏng, chưa nhận được)',
  'tiktok.page.idSellerHelp': 'Seller Center: Trung tâm trợ giúp và Nhật ký ticket',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping tại Vương quốc Anh và EU (đơn vị vận chuyển theo thị trường)',
  'tiktok.page.usSellerShippingRules':
    'Quy định Seller Shipping (thời gian giao hàng, gói hàng thất lạc, sửa mã vận đơn)',
  'tiktok.page.thShippingModes': 'Ship by TikTok và Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Gói hàng vận chuyển bởi nền tảng bị thất lạc hoặc hư hỏng: bồi thường',
  'tiktok.page.idReturns': 'Trả hàng và hoàn tiền (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims':
    'Yêu cầu bồi thường bảo hiểm TikTok Shipping (trong vòng 90 ngày kể từ ngày gửi hàng)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping và Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Giao hàng thất bại và gói hàng đang hoàn về',
  'tiktok.page.vnBuyerReturns': 'Quy định trả hàng và hoàn tiền cho người mua (15 ngày sau khi giao hàng)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (bán hàng xuyên biên giới)',
  'tiktok.page.globalTicket': 'Tạo ticket (Seller Center bán hàng xuyên biên giới)',
  'tiktok.page.sellerUniversity': 'Seller University (trợ giúp Seller Center)',
  'tiktok.page.sellerTicket': 'Ticket hỗ trợ Seller Center',

  'tiktok.note.unknownRegion':
    'Chúng tôi chưa biết thị trường TikTok Shop của bạn, nên đây là cách chung trong Seller Center của TikTok (theo tài liệu cho Mỹ). Hãy chọn quốc gia của bạn trong phần cài đặt để xem Seller Center và các trang chính sách của thị trường bạn.',
  'tiktok.note.unknownRegionBuyer':
    'Chúng tôi chưa biết thị trường TikTok Shop của bạn, nên đây là cách chung trong ứng dụng TikTok (theo tài liệu cho Mỹ). Hãy chọn quốc gia của bạn trong phần cài đặt để xem cách làm và các trang chính sách của thị trường bạn.',
  'tiktok.note.usBuyerPath':
    'Hãy hỏi người bán trước: Hồ sơ > Đơn hàng của bạn > tên người bán > Nhắn tin. Nếu họ không thể giúp, hãy liên hệ TikTok tại đây.',
  'tiktok.note.seaBuyerPath':
    'Cách gọi cũ trong trợ giúp người bán TikTok Shop cho SEA và Indonesia; ứng dụng hiện tại có thể ghi các bước khác đi.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok mô tả cách này cho Mỹ; ứng dụng ở thị trường của bạn có thể ghi các bước khác đi.',
  'tiktok.note.euReturnsSpanishOnly':
    'Chỉ tìm thấy bản tiếng Tây Ban Nha của chính sách EEA; các bản ngôn ngữ khác chưa được xác nhận.',
  'tiktok.note.usMoneyBackGuarantee':
    'Áp dụng tối đa 90 ngày kể từ “Đã giao hàng”; liên kết nằm trên trang Chi tiết đơn hàng.',
  'tiktok.note.gbReturns': 'Quyền hủy trong 14 ngày, cộng thêm quyền lợi trả hàng gia hạn 30 ngày kể từ khi nhận hàng.',
  'tiktok.note.esReturns': 'Chính sách EEA, cập nhật lần cuối ngày 1/7/2025.',
  'tiktok.note.usNotReceived':
    'Gửi yêu cầu trả hàng/hoàn tiền trong vòng 30 ngày kể từ khi cập nhật “Đã giao hàng”, chọn lý do “Chưa nhận được gói hàng”.',
  'tiktok.note.usSellerHours':
    'Nhân viên trực tiếp hằng ngày 5:00–23:00 (giờ PST); ngoài giờ này chỉ có câu hỏi thường gặp.',
  'tiktok.note.usSellerPath': 'Qua biểu tượng Assistant hoặc Help Center trong Seller Center.',
  'tiktok.note.seaSellerPath':
    'Được mô tả trong trợ giúp Seller Center Việt Nam; TikTok dùng cùng quy trình trên khắp SEA.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok mô tả cách này cho Seller Center Mỹ; Seller Center ở thị trường của bạn có thể ghi khác đi.',
  'tiktok.note.partnerDocumentation': 'Tài liệu dành cho đối tác của TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Seller Center bán hàng xuyên biên giới, theo mô tả của một hướng dẫn dành cho người bán; TikTok chưa xác nhận cách này.',
  'tiktok.note.sellerGuideAddress': 'Địa chỉ lấy từ một hướng dẫn cho người bán; TikTok chưa xác nhận.',
  'tiktok.note.universityNotOpened':
    'Seller University nằm ở /university trên mỗi máy chủ Seller Center; trang chính này chưa được mở để kiểm tra.',
  'tiktok.note.hostNotConfirmed': 'Địa chỉ Seller Center này chưa được xác nhận trên trang chính thức của TikTok.',
  'tiktok.note.vnTicketAddress':
    'TikTok chưa xác nhận địa chỉ trang ticket; bài viết được liên kết mô tả quy trình tạo ticket.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Địa chỉ chưa được xác nhận cho thị trường này. Nếu không mở được, hãy vào Trung tâm trợ giúp > Liên hệ với chúng tôi trong Seller Center.',
};
