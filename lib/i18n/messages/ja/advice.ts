import type { AdviceKey } from '../en/advice';

/**
 * Japanese messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices: です/ます throughout; 「」 around app and Seller Center labels. The seller as a party is 販売者 (what a buyer
 * reads), TikTok's seller-side names keep TikTok Shop Japan's セラー (セラーセンター, セラーサポート). No Japanese
 * TikTok Shop label list is published, so the app and Seller Center labels below are common Japanese UI wording, not
 * captured from a real page (as in lib/page/labels.ts). TikTok's shipping-mode names (TikTok Shipping, Seller
 * Shipping, Fulfilled by TikTok) stay in English, as names.
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first}{second}',
  'advice.notCertain': '未確認：{note}',
  'advice.open.addressNotConfirmed': '{label}（URL未確認）',

  // Calendar days are plain 日: 営業日 already marks the other kind.
  'advice.span.calendar': '{count, plural, other {#日}}',
  'advice.span.business': '{count, plural, other {#営業日}}',

  'advice.anchor.deliveredStatus': '「配達済み」ステータス',
  'advice.anchor.delivery': '配達',
  'advice.anchor.receipt': '受け取り',
  'advice.anchor.lastCarrierScan': '配送業者の最後のスキャン',
  'advice.anchor.shipDate': '発送',
  'advice.anchor.lastLogisticsUpdate': '最後の配送状況の更新',
  'advice.anchor.lostOrDamagedStatus': '紛失・破損へのステータス変更',
  'advice.anchor.trackingUpload': '追跡番号の登録（発送日とみなす）',
  'advice.anchor.orderDate': '注文',

  'advice.deadline.request.by': '{date}までに申請してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.request.within':
    '{anchor}から{span}以内に申請してください。注文ページに日付が表示されていなかったため、注文の詳細で確認してください。',
  'advice.deadline.request.passed': '申請期限は{date}に終了しました（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.claim.by': '{date}までに請求してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.claim.within':
    '{anchor}から{span}以内に請求してください。注文ページに日付が表示されていなかったため、注文の詳細で確認してください。',
  'advice.deadline.claim.passed': '請求期限は{date}に終了しました（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.edit.by': '{date}までに修正してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.edit.within':
    '{anchor}から{span}以内に修正してください。注文ページに日付が表示されていなかったため、注文の詳細で確認してください。',
  'advice.deadline.edit.passed': '修正期限は{date}に終了しました（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.submitTicket.by': '{date}までにチケットを送信してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.submitTicket.within':
    '{anchor}から{span}以内にチケットを送信してください。注文ページに日付が表示されていなかったため、注文の詳細で確認してください。',
  'advice.deadline.submitTicket.passed':
    'チケットの送信期限は{date}に終了しました（{anchorDate}の{anchor}から{span}後）。',
  // "file": the US shipping insurance claim; "submitClaim": the SEA compensation claim.
  'advice.deadline.file.by': '{date}までに保険請求を行ってください（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.file.within':
    '{anchor}から{span}以内に保険請求を行ってください。注文ページに日付が表示されていなかったため、注文の詳細で確認してください。',
  'advice.deadline.file.passed': '保険請求の期限は{date}に終了しました（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.submitClaim.by': '{date}までに補償請求を提出してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.submitClaim.within':
    '{anchor}から{span}以内に補償請求を提出してください。注文ページに日付が表示されていなかったため、注文の詳細で確認してください。',
  'advice.deadline.submitClaim.passed':
    '補償請求の提出期限は{date}に終了しました（{anchorDate}の{anchor}から{span}後）。',
  'advice.deadline.askAnyway': 'それでも問い合わせてください。遅れた理由を説明し、記録を残しましょう。',
  'advice.deadline.soon': '期限が迫っています。今すぐ対応してください。',
  'advice.start.unmoved.from':
    'ステータスが変わらない場合は、{date}以降にチケットを作成してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.start.unmoved.after':
    'ステータスが変わらない場合は、{anchor}から{span}が経過したらチケットを作成してください。',
  'advice.start.noCompensation.from':
    '補償が届かない場合は、{date}以降にチケットを作成してください（{anchorDate}の{anchor}から{span}後）。',
  'advice.start.noCompensation.after':
    '補償が届かない場合は、{anchor}から{span}が経過したらチケットを作成してください。',

  'advice.rule.assumed': '出典は{regions}についての記載です。{region}にも同じく当てはまると想定しています。',
  'advice.rule.usBuyerReturns30d.note':
    '公式ページは起算点を示さずに「30日」と記載しています。第三者によるポリシーの転載では受け取りから数えています。',
  'advice.rule.usBuyerMoneyBack90d.note':
    '中古品、コレクター品、返品不可（ファイナルセール）の商品は対象外です。返品は14日以内に持ち込む必要があります。',
  'advice.rule.vnBuyerReturns15d.note':
    '未着、商品違いや不良品、配達の遅れなどが理由として認められます。一部のカテゴリーは対象外です。ベトナム向けの以前の記事では6日とされていました。',
  'advice.rule.idBuyerReturns6d.note':
    'その後も、購入者は販売者にメッセージを送るか、「注文」>「TikTokに問い合わせ」からTikTokに連絡できます。',
  'advice.rule.gbBuyerReturns30d.note':
    '不良品については、これらの期間を過ぎても販売者に対する法的な権利があります（ポリシー第7項）。',
  'advice.rule.euSpanishEdition.note':
    'EUポリシーのスペイン語版（2025年7月1日最終更新）で確認しました。他の言語版は確認していません。',
  'advice.rule.usSellerLost10Calendar.note':
    '国内配送が対象です。荷物が紛失すると、注文がキャンセルされ購入者に返金されることがあります。',
  'advice.rule.usSellerLost7Business.note':
    'ここでの営業日は週末のみを除きます。祝日はこの拡張機能では考慮されません。',
  'advice.rule.usSellerInsuranceClaim90d.note':
    '200ドルまで自動で補償されます（ラベル購入時に追加すればそれ以上）。荷物に配送業者のスキャン記録が必要です。',
  'advice.rule.seaSellerClaim40d.note':
    'TikTokの例と同じ数え方です（最終更新：2024年2月1日、請求期限：2024年3月11日）。',
  'advice.rule.seaSellerCompensation5Business.note':
    '最後の配送状況の更新を、紛失・破損へのステータス変更とみなして数えています。',
  'advice.rule.usSellerTrackingEdit72h.note':
    'ページに登録時刻が表示されないため、発送日から数えています。実際の期限はこれより早く終わる可能性があります。',
  'advice.rule.usSellerTrackingTicket30d.note': '元の追跡番号と配送業者、新しい追跡番号と配送業者を記載してください。',

  'advice.noScan':
    'Seller Shippingの荷物は、配送業者のスキャンがないまま7営業日（または暦日で10日）経つと、TikTokにより紛失扱いになります。',
  'advice.noScan.dated':
    'Seller Shippingの荷物は、配送業者のスキャンがないまま7営業日（または暦日で10日）経つと、TikTokにより紛失扱いになります。{lastScan}の最後のスキャンから数えると、{date}以降です。',

  'advice.when.now': '今すぐ',
  'advice.when.everyContact': '連絡するたびに',
  'advice.when.sellerNotSolved': '販売者が2日以内に解決しない場合',
  'advice.when.afterNoScan': '新しいスキャンがないまま7営業日が経過したら',
  'advice.when.checksDone': '上記の確認が済んだら',
  'advice.when.ifNotByEstimate': 'お届け予定日（{date}）までに届かない場合',
  'advice.when.estimatePassed': '今すぐ：お届け予定日（{date}）を過ぎています',
  'advice.when.arrivesLate': '遅れて届いたら',
  'advice.when.carrierReportsLost': '配送業者が紛失と報告したら',
  'advice.when.trackingStalled': '追跡情報が数日間更新されない場合',
  'advice.when.requestStalls': '申請が却下された、または進まない場合',
  'advice.when.heldOrSentBack': '荷物が留め置かれた、または返送された場合',
  'advice.when.beforeUnpacking': '今すぐ（これ以上開封する前に）',
  'advice.when.returnWindowClosed': '30日間の返品期間が終了した場合',
  'advice.when.sellerRefuses': '販売者が拒否した、または返答がない場合',
  'advice.when.backWithSeller': '荷物が販売者に戻ったら',
  'advice.when.promisedDatePasses': '約束された発送日を過ぎた場合',
  'advice.when.beforeNoScan': 'スキャンがないまま7営業日が経過する前に',
  'advice.when.asSoonAsNoticed': '気づいたらすぐに',
  'advice.when.editUsed': '1回限りの修正を使った場合、または72時間を過ぎた場合',
  'advice.when.requestArrives': '申請が届いたらすぐに',
  'advice.when.beforeLabel': '配送ラベルを印刷する前に',
  'advice.when.tagAppears': '注文にタグが表示されたら',
  'advice.when.whileReturning': '荷物の返送中',
  'advice.when.handlingTime': 'セラーセンターで設定した発送準備期間内に',
  'advice.when.handOver': '荷物を引き渡すとき',
  'advice.when.afterPickup': '集荷から24時間後',

  // TikTok's names for the modes stay as the order page shows them.
  'advice.appliesIf.seller.platform': 'TikTokが配送を手配した場合（TikTok Shipping / Shipped via Platform）',
  'advice.appliesIf.seller.sellerShipping':
    '自社で手配した配送業者で発送した場合（Seller Shipping / Shipped by Seller）',
  'advice.appliesIf.buyer.platform': 'TikTokが配送を手配した場合',
  'advice.appliesIf.buyer.sellerShipping': '販売者が自ら手配した配送業者で発送した場合',
  'advice.appliesIf.fbt': '注文がFulfilled by TikTokの場合',

  'advice.copy.sellerMessage': '販売者へのメッセージをコピー',
  'advice.copy.buyerMessage': '購入者へのメッセージをコピー',
  'advice.copy.tiktokChat': 'TikTok Shopサポートへのメッセージをコピー',
  'advice.copy.ticket': 'チケットの文面をコピー',
  'advice.copy.request': '申請の文面をコピー',
  'advice.copy.claim': '請求の文面をコピー',
  'advice.copy.callNotes': '通話メモをコピー',
  'advice.copy.carrierEmail': '配送業者へのメールをコピー',
  'advice.open.policy': 'ポリシーを読む',
  'advice.open.usProtections': 'TikTok Shopの購入者保護',
  'advice.open.moneyBackGuarantee': '返金保証',
  'advice.open.sellerShippingRules': 'Seller Shippingのルール',
  'advice.open.editTracking': '追跡情報の修正',
  'advice.open.trackingValidation': '追跡IDの検証',
  'advice.open.returnRules': '返品ルール',
  'advice.open.failedDelivery': '配達失敗の注文',
  'advice.open.returnedParcels': '返送された荷物',
  'advice.open.pickupRules': '集荷ルール',

  'advice.step.track.title': '配送業者のサイトで追跡情報を確認する',
  'advice.step.track.detail':
    '配送業者のページには、注文ページにまだ反映されていないスキャン、配達メモ、例外情報が表示されていることがよくあります。',
  'advice.step.track.detail.lastScan':
    '最後のスキャンと、例外の通知（破損、住所の問題、返送）がないか確認してください。',
  'advice.step.track.detail.customs':
    '配送業者のページで、荷物が税関で止まっているか、関税の支払いが必要かがわかります。',
  'advice.step.track.detail.whyReturned':
    '返送された理由を確認してください（配達の失敗、住所の問題、受取場所での保管など）。',
  'advice.step.track.detail.compare': '配送業者の追跡情報と注文ページを比べてください。内容が異なることがあります。',
  'advice.step.track.detail.lastScanDate': '最後のスキャンの日付を控えてください。請求期限はその日から数えます。',
  'advice.step.track.detail.deliveryScan': '配達スキャンを確認してください（時刻、場所、写真やサインの有無）。',
  'advice.step.track.detail.customsSeller': '荷物が税関で止まっていないか、何を待っているのかを確認してください。',
  'advice.step.track.detail.whyComingBack':
    '返送される理由を確認してください（配達の失敗、住所の問題、受け取り拒否など）。',

  'advice.step.keepRecords.title': 'すべての連絡を記録する',
  'advice.step.keepRecords.detail':
    'チャット、電話、チケット、請求のたびに日付と受付番号をケース記録に残し、追跡情報と注文ページのスクリーンショットを保存してください。',

  'advice.step.messageSeller.title': '販売者にメッセージを送る',
  'advice.step.messageSeller.detail':
    '配送業者を手配したのは販売者なので、配送業者への確認、再発送、返金ができます。やり取りが記録に残るよう、TikTokアプリの注文からメッセージを送ってください。',
  'advice.step.messageSeller.detail.redirect':
    '正しい住所を販売者に伝えてください。販売者は配送業者に転送や再発送を依頼できます。',
  'advice.step.messageSeller.detail.updateAddress':
    '発送前に配送先住所を更新するよう販売者に依頼してください。修正するなら今がいちばん簡単です。',
  'advice.step.messageSeller.detail.customs':
    '販売者はインボイスや通関情報を提供できます。TikTok Shopは購入者向けの関税に関するポリシーを公開していません。関税を誰が払うかは、商品ページの内容とお住まいの国によって異なります。',
  'advice.step.messageSeller.detail.reship': '荷物が戻ったら再発送するか、返金するよう販売者に依頼してください。',
  'advice.step.messageSeller.detail.whenShips':
    'いつ発送されるか販売者に確認してください。発送されると注文に追跡番号が表示され、Carrier Finderで配送業者を確認できます。',

  'advice.step.contactTiktok.title': 'TikTok Shopカスタマーサービスに問い合わせる',
  'advice.step.contactTiktok.detail':
    '販売者が対応できない、または返答がない場合は、アプリからTikTok Shopに問い合わせてください。',
  'advice.step.contactTiktok.detail.notShipped':
    '注文ページに示された日までに発送されない場合は、キャンセルや返金についてTikTok Shopに問い合わせてください。',
  'advice.step.contactTiktok.scamWarning':
    'TikTokのサポートが、電話・メール・チャットでカード情報、パスワード、ワンタイムコードを尋ねることは決してありません。',

  'advice.step.messageBuyer.title': '購入者に状況を伝える',
  'advice.step.messageBuyer.detail':
    '今短いメッセージを送れば、購入者は自分の側を確認でき、紛争を申し立てられる前に対応中であることを示せます。',
  'advice.step.messageBuyer.detail.checkAround':
    '住所、同居の家族や近所の方、玄関まわり、受取場所についての配送業者の通知を確認するよう購入者に依頼してください。',
  'advice.step.messageBuyer.detail.confirmAddress': '注文チャットで、正しく完全な住所を購入者に確認してください。',
  'advice.step.messageBuyer.detail.customs':
    '荷物が税関にあること、購入者に関税が請求される可能性があるかどうかを伝えてください。',
  'advice.step.messageBuyer.detail.redeliver': '住所と、再配達を希望するかどうかを購入者に確認してください。',
  'advice.step.messageBuyer.detail.whenShips': 'いつ発送するかを購入者に伝えてください。',

  'advice.step.usNoScan.title': '荷物が紛失扱いになったらTikTok Shopに問い合わせる',
  'advice.step.usNoScan.detail':
    '紛失扱いになると、注文がキャンセルされ返金されることがあります。その時点でカスタマーサービスに問い合わせてください。',

  'advice.step.requestRefund.title': 'アプリで返品・返金をリクエストする',
  'advice.step.requestRefund.title.us': '返金をリクエスト：「荷物を受け取っていない」',
  'advice.step.requestRefund.notReceived': 'それでも見つからない場合は、未着を理由に返金をリクエストしてください。',
  'advice.step.requestRefund.damaged': '破損品、不良品、間違った商品について、返品・返金をリクエストしてください。',
  'advice.step.requestRefund.inApp':
    'TikTokアプリで注文を開き、該当する理由を選んで返品・返金をリクエストしてください。',
  'advice.step.requestRefund.noLimit': '{market}についてはTikTokの期限情報がないため、早めに手続きしてください。',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'ご利用のマーケットについてはTikTokの期限情報がないため、早めに手続きしてください。',
  'advice.step.requestRefund.rightToCancel.dated':
    '法律上の解約権は{date}まで（受け取りから14日間）です。30日間の返品期間は延長された特典です。',
  'advice.step.requestRefund.rightToCancel':
    '法律上の解約権は受け取りから14日間です。30日間の返品期間は延長された特典です。',

  'advice.step.lateDeliveryRefund.title': '配達の遅れは返金リクエストの理由になります',
  'advice.step.lateDeliveryRefund.detail': 'TikTokは、発送や配達の遅れを返品・返金リクエストの理由として挙げています。',

  'advice.step.usDeliveryGuarantee.title': '補償内容を確認：TikTok Shopの配達保証',
  'advice.step.usDeliveryGuarantee.detail':
    'TikTok Shopによると、配送業者が荷物の紛失または破損を報告した場合、自動的に返金されます。',

  'advice.step.carrierTrace.title': '配送業者に荷物の調査を依頼する',
  'advice.step.carrierTrace.detail':
    '紛失を確認できるのは配送業者だけです。多くの配送業者は差出人からの請求しか受け付けないため、販売者またはTikTok Shopが申請する必要がある場合があります。それでも調査の受付番号があると役立ちます。',

  'advice.step.checkAround.title': '住所と配達場所の周辺を確認する',
  'advice.step.checkAround.detail':
    '注文の住所を確認し、同居の家族や近所の方に聞き、玄関、ポーチ、ガレージ、裏口のまわりを探し、不在連絡票や受取場所の案内がないか確認してください。',

  'advice.step.carrierWhereDelivered.title': 'どこに配達したのか配送業者に確認する',
  'advice.step.carrierWhereDelivered.detail':
    '配送業者が配達写真、GPS位置情報、サインを持っていることや、実際より早く配達済みにしていることがあります。住所が間違っていた場合は、荷物を転送できることもあります。',

  'advice.step.carrierRedirectOrHold.title': '配送業者に転送または保管を依頼する',
  'advice.step.carrierRedirectOrHold.detail':
    '配送業者は荷物を転送したり、受け取りまで保管したりできる場合があります。追跡番号と正しい住所を用意してください。',

  'advice.step.carrierCustoms.title': '通関に必要なものを配送業者に確認する',
  'advice.step.carrierCustoms.detail':
    '荷物の通関と関税の徴収は配送業者（または各国の郵便事業者）が行います。支払いは配送業者の公式サイトか窓口でのみ行い、SMSのリンクからは絶対に支払わないでください。',

  'advice.step.documentDamage.title': '何か捨てる前に、すべて写真に撮る',
  'advice.step.documentDamage.detail':
    '商品、箱、追跡番号が写ったラベルをはっきり撮影し、梱包材は保管してください。ぼやけた写真や判断できない写真では、請求が却下されることがあります。',

  'advice.step.moneyBackGuarantee.title': '返品期間が過ぎたら：返金保証',
  'advice.step.moneyBackGuarantee.detail': '破損品や不良品が対象です。',
  'advice.step.moneyBackGuarantee.link': '「注文詳細」ページにある返金保証のリンクを使ってください。',

  'advice.step.carrierRedeliver.title': '配送業者に再配達または受け取りを依頼する',
  'advice.step.carrierRedeliver.detail':
    '荷物が受取場所に届いてまだそこにある場合、配送業者は再配達や保管に応じてくれることがよくあります。',

  'advice.step.thAutoRefund.title': '販売者に返送された荷物は返金されます',
  'advice.step.thAutoRefund.detail':
    'ステータスが「販売者に返送済み」になると、TikTok Shopは注文を自動的にキャンセルして返金します。',

  'advice.step.sellerSupport.title': 'TikTokセラーサポートにチケットを作成する',
  'advice.step.sellerSupport.title.ask': 'TikTokセラーサポートに問い合わせる',
  'advice.step.sellerSupport.detail.us':
    'セラーセンター > ヘルプセンター > お問い合わせ。有人対応は毎日午前5時〜午後11時（米国太平洋時間）です。TikTok Shippingでは、追跡情報が10日以上更新されない荷物は自動的に補償されます。',
  'advice.step.sellerSupport.detail.chase': '配送業者に状況の更新を催促するよう、サポートに依頼してください。',
  'advice.step.sellerSupport.detail.redirect':
    '配送業者に配達先の修正または転送をさせるよう、サポートに依頼してください。',
  'advice.step.sellerSupport.detail.customs':
    'TikTokが配送を手配した場合は、その配送業者が通関を担当します。通関に必要なものをサポートに確認してください。',
  'advice.step.sellerSupport.detail.returning': '返送中の荷物の所在と再配達について、サポートに確認してください。',
  'advice.step.sellerSupport.detail.pickup':
    '配送業者が集荷に来ていない場合は、集荷についてサポートに問い合わせてください。',

  'advice.step.usLostThreshold.title': '紛失扱いになる前に荷物を動かす',
  'advice.step.usLostThreshold.passed':
    'その日付は過ぎています。TikTokはすでに荷物を紛失扱いにしている可能性があり、注文がキャンセルされ購入者に返金されることがあります。今すぐ配送業者に調査と紛失の確認を依頼してください。',
  'advice.step.usLostThreshold.ahead':
    '荷物が紛失扱いになると、注文がキャンセルされ購入者に返金されることがあります。それまでにスキャンか調査を配送業者に強く求めてください。',

  'advice.step.usEditTracking.title': '登録した追跡番号が間違っている場合：1回だけ修正できます',
  'advice.step.usEditTracking.detail': '追跡番号は、登録から72時間以内に1回だけ修正できます。',
  'advice.step.usTrackingTicket.title': 'それ以降：サポートチケットで修正する',
  'advice.step.usTrackingTicket.detail': '元の追跡番号と配送業者、新しい追跡番号と配送業者を送ってください。',

  'advice.step.usShippingClaim.title': 'TikTok Shippingの保険請求を行う',
  'advice.step.usShippingClaim.where': '「注文管理」または「注文詳細」から申請してください。',
  'advice.step.usShippingClaim.insurer':
    '保険会社（U-PIC）が7〜10営業日で判断し、購入者に宣誓供述書を求めることがあります。異議申し立てはU-PICに行います。',

  'advice.step.seaClaim.title.lost': '補償を請求：荷物の紛失',
  'advice.step.seaClaim.title.damaged': '補償を請求：荷物の破損',
  'advice.step.seaClaim.title.notReceived': '補償を請求：配達済みだが未受領',

  'advice.claim.lost.sea': 'TikTokはプラットフォーム配送で紛失した荷物を自動的に補償し、購入者に返金します。',
  'advice.claim.lost.us':
    'Upgraded TikTok Shippingでは、TikTokが請求を処理し、配送業者が紛失を確認すると「荷物の紛失」を自動承認します。',
  'advice.claim.lost.other': '荷物の紛失を報告し、補償について問い合わせてください。',
  'advice.claim.notReceived.sea': 'まず購入者の返金リクエストを承認し、返金が完了したら補償を請求してください。',
  'advice.claim.notReceived.us':
    'Upgraded TikTok Shippingでは、ポリシーの要件を満たすと、TikTokが「配達済みだが未受領」を自動承認します。',
  'advice.claim.notReceived.other': '配達済みなのに届いていない荷物を報告し、請求方法を問い合わせてください。',
  'advice.claim.damaged.sea': 'TikTokはプラットフォーム配送で破損した荷物を自動的に補償し、購入者に返金します。',
  'advice.claim.damaged.us':
    'Upgraded TikTok Shippingでは、中身が空の荷物や商品の不足・誤りは、配送業者の過失を示す証拠に基づいて個別に審査されます。',
  'advice.claim.damaged.other': '証拠を添えて破損を報告し、補償について問い合わせてください。',
  'advice.claim.returned.sea': '代金と商品の両方を失った場合（荷物が戻ってこない場合）は、補償を請求できます。',

  'advice.step.respondInTime.title': '購入者の返品リクエストに期限内に対応する',
  'advice.step.respondInTime.detail.vn':
    '返品・返金リクエストには、購入者の申請から1営業日以内に対応してください。対応しないと自動的に承認されます。',
  'advice.step.respondInTime.detail.id':
    '返品リクエストには48時間以内に対応してください。対応しないと自動的に承認されます。',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok：TikTokが対応します',
  'advice.step.fbtSupport.detail': 'この注文はTikTokの倉庫から発送されました。',
  'advice.step.fbtSupport.chase': '配達の催促をセラーサポートに依頼してください。',
  'advice.step.fbtSupport.reimburse':
    'TikTokはFulfilled by TikTokの荷物の紛失・破損を補償します。セラーサポートに報告してください。',
  'advice.step.fbtSupport.notReceived': '配達済みなのに届いていない荷物を、セラーサポートに報告してください。',
  'advice.step.fbtSupport.customs': '通関に必要なものをセラーサポートに確認してください。',
  'advice.step.fbtSupport.returned': '返送された荷物についてセラーサポートに問い合わせてください。',
  'advice.step.fbtSupport.warehouse':
    'TikTokの倉庫から発送されます。遅れている場合はセラーサポートに問い合わせてください。',

  'advice.step.ticketUnmoved.title': 'チケット：追跡情報が更新されない',
  'advice.step.ticketUnmoved.detail': 'サポートが配送業者に確認します。',

  'advice.step.carrierStatus.title': '配送業者に状況を確認する',
  'advice.step.carrierStatus.detail.sea':
    '配送業者に確認してください。配達済みなのにステータスが止まっている場合は、自分で配達ステータスを更新し、配達証明をアップロードしてください。',
  'advice.step.carrierStatus.detail':
    '自社で手配した配送業者の場合、TikTokは代わりに追跡してくれません。配送業者にスキャンか調査を依頼してください。',

  'advice.step.carrierConfirmLoss.title': '配送業者に紛失の確認を依頼する',
  'advice.step.carrierConfirmLoss.detail':
    'TikTokは紛失荷物の請求を支払う前に、配送業者の確認を求めると報じられています。荷物の紛失を認定できるのは配送業者だけです。未確認：TikTokのポリシー変更を追う第三者サイトの情報で、TikTok自身のページでは確認していません。',

  'advice.step.carrierClaim.title.lost': '配送業者に調査と請求を申し立てる',
  'advice.step.carrierClaim.detail.lost.us':
    'Seller Shippingでは、TikTokは配送や保険の請求を扱いません。請求はセラーと配送業者の間で行います。',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTokが調査・補償するのはプラットフォーム配送の荷物だけです。自社で手配した配送業者の場合は、その業者に直接請求してください。',
  'advice.step.carrierClaim.detail.lost':
    '自社で手配した配送業者の場合、請求はセラーと配送業者の間で行います。ラベルと持ち込みの受領証を保管してください。',
  'advice.step.carrierClaim.title.damaged': '配送業者に破損の請求を申し立てる',
  'advice.step.carrierClaim.detail.damaged': '写真、梱包の詳細、ラベルを送ってください。',

  'advice.step.carrierProofOfDelivery.title': '配送業者に配達証明を求める',
  'advice.step.carrierProofOfDelivery.detail':
    '配達写真、GPS位置情報、サインを求め、荷物が見つからない場合は請求を申し立ててください。',

  'advice.step.updateAddress.title': '発送前に住所を修正する',
  'advice.step.updateAddress.detail': '発送前なら簡単です。セラーは購入者の配送先住所を更新できます。',

  'advice.step.carrierRedirect.title': '配送業者に荷物の転送を依頼する',
  'advice.step.carrierRedirect.detail':
    '配送業者は輸送中の荷物を転送したり、受け取りまで保管したりできる場合があります。',

  'advice.step.usTrackingAddressIssue.title': 'セラーセンターに「追跡先住所の問題」と表示された場合',
  'advice.step.usTrackingAddressIssue.detail':
    'このタグは、追跡情報の郵便番号が購入者の郵便番号と一致しないことを示します。タグをクリックすると、対処法とチケット作成のリンクが表示されます。',

  'advice.step.thContactLogistics.title': '注文の「物流サービスに連絡」を使う',
  'advice.step.thContactLogistics.detail':
    '物流に問題がある注文には「物流サービスに連絡」と書かれたタグが表示され、物流業者宛てのチケットを作成できます。配達に失敗した注文は「注文」>「注文管理」>「配達失敗」に表示されます。',

  'advice.step.carrierCustomsDocuments.title': '配送業者に通関書類を渡す',
  'advice.step.carrierCustomsDocuments.detail':
    '配送業者が求めるコマーシャルインボイスと商品情報を送り、関税が購入者に請求されるかを確認してください。',

  'advice.step.collectEvidence.title': '証拠を集める',
  'advice.step.collectEvidence.detail':
    '購入者に写真か開封動画を依頼し、自分の梱包時の写真、使用した梱包材、追跡番号が見えるラベルを保管してください。',

  'advice.step.carrierRedelivery.title': '配送業者に再配達を相談する',
  'advice.step.carrierRedelivery.detail':
    'まだ配送業者の手元にある荷物は、再配達や受け取りまでの保管ができることがよくあります。',

  'advice.step.thFailedDelivery.title': '「配達失敗」タブを確認する',
  'advice.step.thFailedDelivery.detail':
    '「注文」>「注文管理」>「配達失敗」で確認できます。ステータスが「販売者に返送済み」になると、注文は自動的にキャンセル・返金されます。受け取らなかった返送品は廃棄されます。返送の配達に失敗した場合は、7日以内に返却を依頼できます。',

  'advice.step.uploadTracking.title': '発送準備期間内に有効な追跡番号を登録する',
  'advice.step.uploadTracking.detail':
    'ラベルを購入したら、その追跡番号を登録してください：「注文管理」>「発送待ち」>「追跡情報を追加」で、対応している配送業者を選びます。最初のスキャンが注文より24時間以上前の追跡番号や、郵便番号が一致しない追跡番号には、TikTokがフラグを付けます。',

  'advice.step.usPickupProof.title': '集荷を手配し、引き渡しの証明を残す',
  'advice.step.usPickupProof.detail':
    'TikTok Shippingでは集荷の手配はセラーが行います。USPSのSCANフォームか集荷証明を保管してください。ないと、最初のスキャンまでの遅れがセラーの責任になります。',

  'advice.step.ticketPickup.title': '集荷済みなのにステータスが「発送済み」にならない？',
  'advice.step.ticketPickup.detail':
    '配送業者が24時間以上前に集荷したのにステータスが変わらない場合は、集荷の証拠を添えてチケットを作成してください。',

  'advice.step.carrierHandover.title': '配送業者に集荷または持ち込みを予約する',
  'advice.step.carrierHandover.detail':
    '荷物を引き渡し、追跡番号が記載された持ち込みの受領証か集荷証明を保管してください。',

  'advice.note.idCountedFromDelivered': '「配達済み」の日付を受け取り日とみなして数えています。',
  'advice.note.thirdPartyTracker':
    'TikTokのポリシー変更を追う第三者サイトの情報で、TikTok自身のページでは確認していません。',
  'advice.note.thVnOnly':
    'タイとベトナムのセラーセンターのヘルプの記載です。このマーケットにも当てはまると想定しています。',

  'advice.reason.track': '配送業者自身の追跡情報は一次記録で、この後のどの連絡先でも聞かれます。',
  'advice.reason.keepRecords':
    '返金、請求、紛争は提出された証拠に基づいて判断されます。日付入りの連絡記録がその証拠になります。',
  'advice.reason.messageSeller':
    '配送業者を選び、発送の詳細を持っているのは販売者です。注文チャットのメッセージは記録に残ります。',
  'advice.reason.contactTiktok': 'TikTok Shopは、購入者と販売者の間の返金や紛争をアプリ内で扱います。',
  'advice.reason.messageBuyer': '状況を伝えれば、購入者は自分の側（住所、近所、受取場所の通知）を確認できます。',
  'advice.reason.requestRefund':
    'アプリから返金をリクエストすると、注文が自動的にひも付けられ、TikTok Shop自身の手続きが始まります。',
  'advice.reason.carrierTrace':
    'スキャン記録を持っているのは配送業者です。調査の受付番号があれば、販売者やTikTokが対応を進められます。',
  'advice.reason.checkAround': '「配達済みなのに届いていない」荷物の多くは、近所や受取場所で見つかります。',
  'advice.reason.carrierDeliveryRecord': '配達記録を持っているのは配送業者です。',
  'advice.reason.carrierRedirect': '輸送中の荷物の届け先を変えられるのは配送業者だけです。',
  'advice.reason.customsScam':
    '偽の「関税」請求メッセージはよくある詐欺です。この一覧には配送業者の公式連絡先だけを掲載しています。',
  'advice.reason.documentDamage': '破損品や間違った商品の返金は、写真と梱包をもとに判断されます。',
  'advice.reason.redeliver': 'まだ配送業者の手元にある荷物は、差出人に戻る前に再配達できることがよくあります。',
  'advice.reason.sellerSupport':
    'TikTokが配送を手配した場合、配送業者とやり取りするのはTikTokです。その窓口がセラーセンターのサポートです。',
  'advice.reason.fbt': 'Fulfilled by TikTokでは、荷物を発送したのは販売者ではなくTikTokです。',
  'advice.reason.ownCarrierClaim': '自社で手配した配送業者の場合、契約も請求もセラーと配送業者の間のものです。',
  'advice.reason.ownCarrierTrace': '自分で発送した荷物を動かしたり調査したりできるのは、その配送業者だけです。',
  'advice.reason.proofOfDelivery': '配達証明を出せるのは配送業者だけです。',
  'advice.reason.notShipped': 'まだ何も配送業者に引き渡されていません。',
  'advice.reason.customsDeclaration': '税関は申告を行った配送業者とやり取りし、配送業者がセラーとやり取りします。',
  'advice.reason.damageEvidence': '破損の請求は、写真、梱包、ラベルをもとに判断されます。',
  'advice.reason.redeliverySeller': '荷物が戻ってくる前なら、再配達のほうが安く早く済みます。',
  'advice.reason.firstScan': '購入者に見える追跡情報は、配送業者の最初のスキャンから始まります。',

  'advice.source.tiktokReachSupport': 'TikTok Shopヘルプ：サポートへの連絡方法',
  'advice.source.tiktokSellerSupport': 'TikTok Shopセラーサポート',
  'advice.source.usNotReceived': 'TikTok Shop：注文が「配達済み」なのに届いていない',
  'advice.source.usContactSellerThenSupport': 'TikTok Shop：販売者とTikTok Shopカスタマーサービスへの連絡方法',
  'advice.source.usMoneyBackGuarantee': 'TikTok Shop返金保証',
  'advice.source.usProtections': 'TikTok Shopの購入者保護（返品、配達保証）',
  'advice.source.gbReturns': 'TikTok Shop 英国 キャンセル・返品ポリシー',
  'advice.source.euReturns': 'TikTok Shop EU キャンセル・返品ポリシー（スペイン語版）',
  'advice.source.vnReturns': 'TikTok Shop ベトナム：購入者はいつ返品・返金をリクエストできますか？',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia：返品ガイドライン',
  'advice.source.seaLostDamaged': 'TikTok Shop タイ：注文が紛失・破損した場合はどうすればよいですか？',
  'advice.source.seaLostDamagedVn': 'TikTok Shop ベトナム：荷物が紛失・破損・廃棄された場合は？',
  'advice.source.seaDeliveredNotReceived': 'TikTok Shop タイ：ステータスは配達済みなのに購入者が注文を受け取っていない',
  'advice.source.seaStuckStatus': 'TikTok Shop タイ：注文の配送ステータスが止まっている、または更新されない',
  'advice.source.thFailedDelivery': 'TikTok Shop タイ：配達失敗の注文',
  'advice.source.thReturnedParcels': 'TikTok Shop タイ：セラーが受け取らない返送品',
  'advice.source.usSellerShipping': 'TikTok Shop 米国：Seller Shippingの概要とサービス',
  'advice.source.usTrackingEdit': 'TikTok Shop 米国：追跡情報の修正',
  'advice.source.usTrackingValidation': 'TikTok Shop 米国：追跡IDの検証',
  'advice.source.usShippingInsurance': 'TikTok Shop 米国：配送保険',
  'advice.source.usInsuranceClaim': 'TikTok Shop 米国：TikTok Shippingの配送トラブルに関する補償請求の方法',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop 米国：Upgraded TikTok Shippingと越境（CBT）配送の補償・払い戻しポリシー',
  'advice.source.usPickupRules': 'TikTok Shop 米国：TikTok Shippingと越境（CBT）の集荷ルールと責任',
  'advice.source.usFbt': 'TikTok Shop 米国：Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss': 'polici.net：TikTok Shopの配送補償ポリシーの変更（第三者）',

  'advice.unknown.problem': 'この問題の種類はわからないため、アドバイスを表示できません。',
  'advice.unknown.countryRules':
    'この国のTikTok ShopのルールはCarrier Finderにないため、一般的な手順だけを表示し、マーケット別の期限は表示していません。',
  'advice.unknown.market':
    'TikTok Shopのマーケットがわからないため、マーケット別の期限（例：米国は配達から30日、ベトナムは15日、インドネシアは6日）は省いています。設定で国を選択してください。',
  'advice.unknown.carrier':
    '配送業者がわからないため、追跡ボタンや配送業者への連絡ボタンで業者のページを開けません。注文ページで配送業者名を確認してください。',
  'advice.unknown.mode':
    '配送方法（TikTok Shipping、Seller Shipping、Fulfilled by TikTok）がわかりません。配送業者への請求を誰が扱うかは配送方法によって異なるため、該当する手順にはどの場合に当てはまるかを示しています。',
  'advice.unknown.anchorDate':
    '注文ページに{anchor}の日付が表示されていなかったため、そこから数える期限を計算できませんでした。',
  'advice.unknown.dates': 'ページに注文の日付が見つからなかったため、どの手順にも日付はありません。',

  'advice.msg.placeholder.orderId': '[注文番号]',
  'advice.msg.placeholder.trackingNumber': '[追跡番号]',
  'advice.msg.placeholder.carrier': '[配送業者]',
  'advice.msg.subjectLine': '件名：{subject}（注文番号 {orderId}）',
  'advice.msg.subject.delayed': '荷物の遅延、追跡情報の更新なし',
  'advice.msg.subject.lost': '荷物の紛失の可能性',
  'advice.msg.subject.notReceived': '配達済みと表示されているが受け取っていない',
  'advice.msg.subject.wrongAddress': '配送先住所の誤り・不備',
  'advice.msg.subject.customs': '荷物が税関で保留中',
  'advice.msg.subject.damaged': '商品の破損・誤り',
  'advice.msg.subject.returned': '荷物の返送・配達不成功',
  'advice.msg.subject.awaitingShipment': '注文が未発送',
  'advice.msg.greeting': 'お世話になっております。',
  'advice.msg.thanks': 'よろしくお願いいたします。',

  'advice.msg.problem.delayed.buyer': '荷物がまだ届いておらず、追跡情報も更新されていません。',
  'advice.msg.problem.delayed.buyer.since': '荷物がまだ届いておらず、追跡情報も{date}から更新されていません。',
  'advice.msg.problem.delayed.seller': 'この注文の荷物がまだ届いておらず、追跡情報も更新されていません。',
  'advice.msg.problem.delayed.seller.since':
    'この注文の荷物がまだ届いておらず、追跡情報も{date}から更新されていません。',
  'advice.msg.problem.lost.buyer': '荷物が紛失したようです。追跡情報が動いていません。',
  'advice.msg.problem.lost.buyer.since': '荷物が紛失したようです。追跡情報が{date}から動いていません。',
  'advice.msg.problem.lost.seller': 'この注文の荷物が紛失したようです。追跡情報が動いていません。',
  'advice.msg.problem.lost.seller.since': 'この注文の荷物が紛失したようです。追跡情報が{date}から動いていません。',
  'advice.msg.problem.notReceived.buyer':
    '追跡情報では配達済みとなっていますが、荷物を受け取っていません。家族や近所の方にも確認し、住所の周辺も探しました。',
  'advice.msg.problem.notReceived.buyer.on':
    '追跡情報では{date}に配達済みとなっていますが、荷物を受け取っていません。家族や近所の方にも確認し、住所の周辺も探しました。',
  'advice.msg.problem.notReceived.seller':
    '追跡情報では配達済みとなっていますが、購入者から届いていないとの連絡がありました。',
  'advice.msg.problem.notReceived.seller.on':
    '追跡情報では{date}に配達済みとなっていますが、購入者から届いていないとの連絡がありました。',
  'advice.msg.problem.wrongAddress.buyer':
    '注文の配送先住所が間違っているか不完全なため、住所の修正か荷物の転送が必要です。',
  'advice.msg.problem.wrongAddress.seller':
    'この注文の配送先住所が間違っているか不完全なため、住所の修正か荷物の転送が必要です。',
  'advice.msg.problem.customs.buyer': '荷物が税関で止まっているか、輸入関税の支払い待ちになっています。',
  'advice.msg.problem.customs.seller': 'この注文の荷物が税関で止まっているか、輸入関税の支払い待ちになっています。',
  'advice.msg.problem.damaged.buyer':
    '荷物が破損した状態で届いたか、間違った商品または不良品が届きました。商品、梱包、ラベルの写真があります。',
  'advice.msg.problem.damaged.seller':
    '購入者から、荷物が破損した状態で届いた、または間違った商品や不良品が届いたとの報告がありました。',
  'advice.msg.problem.returned.buyer': '荷物が差出人に返送されたか、配達に失敗しました。',
  'advice.msg.problem.returned.seller': 'この注文の荷物が差出人に返送されたか、配達に失敗しました。',
  'advice.msg.problem.awaitingShipment.buyer': '注文した商品がまだ発送されておらず、追跡番号もありません。',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    '{date}に注文した商品がまだ発送されておらず、追跡番号もありません。',
  'advice.msg.problem.awaitingShipment.seller': 'この注文はまだ発送されていません。',
  'advice.msg.problem.awaitingShipment.seller.placed': '{date}に受注したこの注文は、まだ発送されていません。',

  'advice.msg.line.orderNumber': '注文番号：{orderId}',
  'advice.msg.line.trackingNumber': '追跡番号：{trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': '追跡番号：{trackingNumber}（{carrier}）',
  'advice.msg.line.ordered': '注文日：{date}',
  'advice.msg.line.shipped': '発送日：{date}',
  'advice.msg.line.estimatedDelivery': 'お届け予定日：{date}',
  'advice.msg.line.delivered': '配達日：{date}',
  'advice.msg.line.lastUpdate': '追跡情報の最終更新：{date}',

  'advice.msg.ask.tiktok.buyer': 'お手数ですが、販売者と配送業者に確認のうえ、次の対応を教えていただけますでしょうか。',
  'advice.msg.ask.tiktok.seller':
    'お手数ですが、物流業者に確認のうえ、次の対応または補償についてご案内いただけますでしょうか。',
  'advice.msg.ask.seller.awaitingShipment':
    'いつ発送予定か教えていただけますでしょうか。すぐに発送できない場合は、キャンセルして返金していただけますでしょうか。',
  'advice.msg.ask.seller':
    'お手数ですが、配送業者に確認のうえ、対応可能な内容（再発送または返金）を教えていただけますでしょうか。',
  'advice.msg.ask.buyer':
    'ご迷惑をおかけして申し訳ございません。現在確認中ですので、回答があり次第すぐにご連絡いたします。',
  'advice.msg.ask.carrier.delayed': '荷物が現在どこにあり、いつ配達されるかご確認いただけますでしょうか。',
  'advice.msg.ask.carrier.lost': 'この荷物の調査（追跡調査）を開始し、受付番号を教えていただけますでしょうか。',
  'advice.msg.ask.carrier.notReceived':
    'どこに、どのように配達されたのか（GPS、写真、サイン）を詳しく教えていただけますでしょうか。',
  'advice.msg.ask.carrier.wrongAddress': '荷物を転送していただくか、受け取りまで保管していただくことは可能でしょうか。',
  'advice.msg.ask.carrier.customs':
    '通関に必要なものと、御社のウェブサイトでの関税の支払い方法を教えていただけますでしょうか。',
  'advice.msg.ask.carrier.damaged': '破損の報告方法と、必要な証拠を教えていただけますでしょうか。',
  'advice.msg.ask.carrier.returned':
    '返送された理由と、再配達または受け取りが可能かどうかを教えていただけますでしょうか。',
  'advice.msg.ask.carrier.awaitingShipment':
    'この番号の荷物が御社に引き渡されているかどうか、教えていただけますでしょうか。',

  'advice.msg.callNotes.heading': '通話メモ：{carrier}',
  'advice.msg.callNotes.problem': '問題：{problem}',
  'advice.msg.callNotes.ask': '依頼内容：{ask}',
  'advice.msg.callNotes.writeDown':
    '記録すること：日時、担当者名、受付番号（問い合わせ番号）、何をいつまでに約束されたか。',

  'tiktok.app.profile': 'プロフィール',
  // "Your orders" and "Orders" follow each other in the US path: two words so it does not read "注文 > 注文".
  'tiktok.app.yourOrders': '注文履歴',
  'tiktok.app.orders': '注文',
  'tiktok.app.theOrder': '該当の注文',
  'tiktok.app.theItem': '該当の商品',
  'tiktok.app.sellerName': '販売者名',
  'tiktok.app.message': 'メッセージ',
  'tiktok.app.help': 'ヘルプ',
  'tiktok.app.getHelp': 'サポートを受ける',
  'tiktok.app.chooseQuestion': '質問を選択',
  'tiktok.app.contactUs': 'お問い合わせ',
  'tiktok.app.contactTiktok': 'TikTokに問い合わせ',
  'tiktok.app.requestReturnOrRefund': '返品・返金をリクエスト',
  'tiktok.app.packageNotReceived': '荷物を受け取っていない',
  'tiktok.app.continue': '続ける',
  'tiktok.app.orderDetails': '注文詳細',
  'tiktok.app.moneyBackGuaranteeLink': '返金保証のリンク',

  'tiktok.seller.sellerCenter': 'セラーセンター',
  'tiktok.seller.helpCenter': 'ヘルプセンター',
  'tiktok.seller.contactUs': 'お問い合わせ',
  'tiktok.seller.ticketLog': 'チケット履歴',
  'tiktok.seller.complaintsDisputes': '苦情・紛争',
  'tiktok.seller.complaintsDispute': '苦情・紛争',
  'tiktok.seller.complaintsDisputesLogistic': '苦情・紛争（物流関連）',
  'tiktok.seller.complaintsDisputeLogistic': '苦情・紛争（物流関連）',
  'tiktok.seller.logisticIssue': '物流の問題',
  'tiktok.seller.logisticIssueLower': '物流の問題',
  'tiktok.seller.deliveryInquiry': '配送プロセスに関する問い合わせ',
  'tiktok.seller.packageLost': '荷物の紛失',
  'tiktok.seller.packageDamaged': '荷物の破損',
  'tiktok.seller.deliveredNotReceived': '配達済みだが未受領',
  'tiktok.seller.unmovedTracking': '追跡情報が更新されない',
  'tiktok.seller.pickUpIssues': '集荷の問題',
  'tiktok.seller.pickedUpNotUpdated': '集荷済みだが配送ステータスが更新されない',

  'tiktok.page.euReturnsSpanish': 'TikTok Shop 返品・返金ポリシー（EEA、スペイン語）',
  'tiktok.page.esReturns': 'TikTok Shop 返品・返金ポリシー（EEA）',
  'tiktok.page.usMoneyBackGuarantee': 'TikTok Shop 返金保証',
  'tiktok.page.gbReturns': 'TikTok Shop 返品・返金ポリシー（英国）',
  'tiktok.page.usNotReceived': '配達済みと表示されているが届いていない荷物',
  'tiktok.page.usContactSellerOrTiktok': '販売者またはTikTok Shopへの連絡方法',
  'tiktok.page.usSellerHelp': 'セラーセンター：TikTok Shopサポートへの問い合わせ',
  'tiktok.page.vnSellerHelp': 'セラーセンター：物流の問題とチケット',
  'tiktok.page.thSellerHelp': 'セラーセンター：物流チケット（紛失、破損、未受領）',
  'tiktok.page.idSellerHelp': 'セラーセンター：ヘルプセンターとチケット履歴',
  'tiktok.page.ukEuPlatformShipping': '英国・EUのTikTok Shipping（マーケット別の配送業者）',
  'tiktok.page.usSellerShippingRules': 'Seller Shippingのルール（配達日数、紛失した荷物、追跡番号の修正）',
  'tiktok.page.thShippingModes': 'Ship by TikTokとShip by Seller',
  'tiktok.page.vnLostDamaged': 'プラットフォーム配送で紛失・破損した荷物：補償',
  'tiktok.page.idReturns': '返品・返金（TikTok Shop by Tokopedia）',
  'tiktok.page.usInsuranceClaims': 'TikTok Shippingの保険請求（発送日から90日以内）',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok ShippingとCollections by TikTok',
  'tiktok.page.thFailedDeliveries': '配達失敗と返送中の荷物',
  'tiktok.page.vnBuyerReturns': '購入者の返品・返金ルール（配達から15日）',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy（グローバル販売）',
  'tiktok.page.globalTicket': 'チケットを作成（グローバル販売のセラーセンター）',
  'tiktok.page.sellerUniversity': 'Seller University（セラーセンターのヘルプ）',
  'tiktok.page.sellerTicket': 'セラーセンターのサポートチケット',

  'tiktok.note.unknownRegion':
    'TikTok Shopのマーケットがわからないため、TikTokの一般的なセラーセンターでの手順（米国向けに案内されているもの）を表示しています。設定で国を選択すると、ご利用のマーケットのセラーセンターとポリシーページが表示されます。',
  'tiktok.note.unknownRegionBuyer':
    'TikTok Shopのマーケットがわからないため、TikTokの一般的なアプリ内の手順（米国向けに案内されているもの）を表示しています。設定で国を選択すると、ご利用のマーケットの手順とポリシーページが表示されます。',
  'tiktok.note.usBuyerPath':
    'まず販売者に問い合わせてください：プロフィール > 注文履歴 > 販売者名 > メッセージ。解決しない場合は、こちらからTikTokに問い合わせてください。',
  'tiktok.note.seaBuyerPath':
    '東南アジアとインドネシア向けのTikTok Shopセラーヘルプにあった以前の表記です。現在のアプリでは手順の名称が異なる場合があります。',
  'tiktok.note.elsewhereBuyerPath':
    'TikTokはこの手順を米国向けに案内しています。お住まいのマーケットのアプリでは表記が異なる場合があります。',
  'tiktok.note.euReturnsSpanishOnly':
    'EEAポリシーはスペイン語版しか見つかりませんでした。他の言語版は確認できていません。',
  'tiktok.note.usMoneyBackGuarantee': '「配達済み」から最長90日間が対象です。リンクは「注文詳細」ページにあります。',
  'tiktok.note.gbReturns': '14日間の解約権に加え、受け取りから30日間の返品延長特典があります。',
  'tiktok.note.esReturns': 'EEAポリシー、2025年7月1日最終更新。',
  'tiktok.note.usNotReceived':
    '「配達済み」の更新から30日以内に、理由「荷物を受け取っていない」で返品・返金をリクエストしてください。',
  'tiktok.note.usSellerHours': '有人対応は毎日午前5時〜午後11時（PST）。それ以外の時間はFAQのみです。',
  'tiktok.note.usSellerPath': 'セラーセンターのアシスタントアイコンまたはヘルプセンターから。',
  'tiktok.note.seaSellerPath':
    'ベトナムのセラーセンターのヘルプに記載されています。TikTokは東南アジア全体で同じ流れを使っています。',
  'tiktok.note.elsewhereSellerPath':
    'TikTokはこの手順を米国のセラーセンター向けに案内しています。お住まいのマーケットのセラーセンターでは表記が異なる場合があります。',
  'tiktok.note.partnerDocumentation': 'TikTok Shopパートナー向けドキュメント。',
  'tiktok.note.globalSellingPath':
    'グローバル販売のセラーセンター（セラー向けガイドの説明による）。この手順はTikTokによって確認されていません。',
  'tiktok.note.sellerGuideAddress': 'セラー向けガイドに記載のURLです。TikTokによって確認されていません。',
  'tiktok.note.universityNotOpened':
    'Seller Universityは各セラーセンターのホストの /university にあります。このトップページは開いて確認していません。',
  'tiktok.note.hostNotConfirmed': 'このセラーセンターのURLは、TikTokの公式ページで確認されていません。',
  'tiktok.note.vnTicketAddress':
    'チケットページのURLはTikTokによって確認されていません。リンク先の記事でチケットの流れが説明されています。',
  'tiktok.note.ticketAddressNotConfirmed':
    'このマーケットのURLは確認されていません。開かない場合は、セラーセンターの「ヘルプセンター」>「お問い合わせ」を使ってください。',
};
