import type { AdviceKey } from '../en/advice';

/**
 * Malay messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices: Malaysian standard Malay with "anda"; "nombor penjejakan" for the tracking number, "kurier" for the carrier
 * and "bungkusan" for the parcel; order statuses as lib/page/phrases.ts has them ("Diterima" = Delivered, "Dihantar" =
 * Shipped). Shipping-mode and service names (TikTok Shipping, Seller Shipping, Fulfilled by TikTok, Seller Center,
 * U-PIC) stay in English, as TikTok writes them.
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Tidak pasti: {note}',
  'advice.open.addressNotConfirmed': '{label} (alamat belum disahkan)',

  'advice.span.calendar': '{count, plural, other {# hari kalendar}}',
  'advice.span.business': '{count, plural, other {# hari bekerja}}',

  // Noun phrases that read after "selepas", "dari" and "tarikh"; none starts with "tarikh" so that
  // advice.unknown.anchorDate does not say "tarikh tarikh ...".
  'advice.anchor.deliveredStatus': 'status Diterima',
  'advice.anchor.delivery': 'bungkusan sampai',
  'advice.anchor.receipt': 'pesanan diterima',
  'advice.anchor.lastCarrierScan': 'imbasan terakhir kurier',
  'advice.anchor.shipDate': 'pesanan dihantar',
  'advice.anchor.lastLogisticsUpdate': 'kemas kini logistik terakhir',
  'advice.anchor.lostOrDamagedStatus': 'perubahan status kepada hilang atau rosak',
  'advice.anchor.trackingUpload': 'muat naik nombor penjejakan (diambil sebagai tarikh pesanan dihantar)',
  'advice.anchor.orderDate': 'pesanan dibuat',

  'advice.deadline.request.by': 'Buat permohonan selewat-lewatnya {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.request.within':
    'Buat permohonan dalam tempoh {span} dari {anchor}; halaman pesanan tidak menunjukkan tarikh itu, jadi semak dalam pesanan.',
  'advice.deadline.request.passed':
    'Tempoh untuk membuat permohonan tamat pada {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.claim.by': 'Buat tuntutan selewat-lewatnya {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.claim.within':
    'Buat tuntutan dalam tempoh {span} dari {anchor}; halaman pesanan tidak menunjukkan tarikh itu, jadi semak dalam pesanan.',
  'advice.deadline.claim.passed':
    'Tempoh untuk membuat tuntutan tamat pada {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.edit.by':
    'Edit nombor penjejakan selewat-lewatnya {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.edit.within':
    'Edit nombor penjejakan dalam tempoh {span} dari {anchor}; halaman pesanan tidak menunjukkan tarikh itu, jadi semak dalam pesanan.',
  'advice.deadline.edit.passed':
    'Tempoh untuk mengedit nombor penjejakan tamat pada {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.submitTicket.by':
    'Hantar tiket selewat-lewatnya {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Hantar tiket dalam tempoh {span} dari {anchor}; halaman pesanan tidak menunjukkan tarikh itu, jadi semak dalam pesanan.',
  'advice.deadline.submitTicket.passed':
    'Tempoh untuk menghantar tiket tamat pada {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.file.by':
    'Failkan tuntutan insurans selewat-lewatnya {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.file.within':
    'Failkan tuntutan insurans dalam tempoh {span} dari {anchor}; halaman pesanan tidak menunjukkan tarikh itu, jadi semak dalam pesanan.',
  'advice.deadline.file.passed':
    'Tempoh untuk memfailkan tuntutan insurans tamat pada {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'Hantar tuntutan selewat-lewatnya {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Hantar tuntutan dalam tempoh {span} dari {anchor}; halaman pesanan tidak menunjukkan tarikh itu, jadi semak dalam pesanan.',
  'advice.deadline.submitClaim.passed':
    'Tempoh untuk menghantar tuntutan tamat pada {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.deadline.askAnyway': 'Cuba juga: terangkan sebab kelewatan dan simpan rekod.',
  'advice.deadline.soon': 'Tarikh itu sangat hampir: lakukannya sekarang.',
  'advice.start.unmoved.from':
    'Jika status masih tidak berubah, buka tiket mulai {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.start.unmoved.after': 'Jika status masih tidak berubah, buka tiket selepas {span} dikira dari {anchor}.',
  'advice.start.noCompensation.from':
    'Jika pampasan belum diterima, buka tiket mulai {date} ({span} selepas {anchor} pada {anchorDate}).',
  'advice.start.noCompensation.after': 'Jika pampasan belum diterima, buka tiket selepas {span} dikira dari {anchor}.',

  'advice.rule.assumed':
    'Sumber menyatakan ini untuk {regions}; kami menganggap peraturan ini juga terpakai di {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'Halaman rasmi menyebut "30 hari" tanpa menyatakan bila ia bermula; salinan polisi oleh pihak ketiga mengiranya dari tarikh pesanan diterima.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Tidak termasuk barangan terpakai, barangan koleksi dan barangan jualan muktamad. Barangan yang dipulangkan mesti diserahkan di tempat serahan dalam masa 14 hari.',
  'advice.rule.vnBuyerReturns15d.note':
    'Alasan termasuk bungkusan tidak diterima, barangan salah atau rosak dan penghantaran lewat. Sesetengah kategori dikecualikan. Artikel VN yang lebih lama menyebut 6 hari.',
  'advice.rule.idBuyerReturns6d.note':
    'Selepas itu, pembeli masih boleh menghantar mesej kepada penjual atau menghubungi TikTok melalui Pesanan > Hubungi TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Bagi barangan rosak, pembeli juga mempunyai hak undang-undang terhadap penjual di luar tempoh ini (seksyen 7 polisi).',
  'advice.rule.euSpanishEdition.note':
    'Dibaca dalam edisi bahasa Sepanyol polisi EU (kali terakhir dikemas kini 1 Julai 2025); bahasa lain belum disemak.',
  'advice.rule.usSellerLost10Calendar.note':
    'Penghantaran domestik. Bungkusan yang hilang boleh menyebabkan pesanan dibatalkan dan bayaran balik kepada pembeli.',
  'advice.rule.usSellerLost7Business.note':
    'Hari bekerja di sini hanya mengecualikan hujung minggu; sambungan ini tidak mengetahui cuti umum.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Melindungi sehingga $200 secara automatik (lebih jika dibeli bersama label); bungkusan mesti mempunyai imbasan kurier.',
  'advice.rule.seaSellerClaim40d.note':
    'Dikira seperti contoh TikTok: kemas kini terakhir 1 Feb 2024, tuntutan selewat-lewatnya 11 Mac 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Kami mengira dari kemas kini logistik terakhir, dengan andaian ia ialah perubahan status kepada hilang atau rosak.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'Halaman tidak menunjukkan masa muat naik; kami menggunakan tarikh pesanan dihantar, jadi tempoh sebenar mungkin tamat lebih awal.',
  'advice.rule.usSellerTrackingTicket30d.note': 'Sertakan nombor penjejakan dan kurier yang asal serta yang baharu.',

  'advice.noScan':
    'TikTok menganggap bungkusan Seller Shipping hilang selepas 7 hari bekerja (atau 10 hari kalendar) tanpa imbasan kurier.',
  'advice.noScan.dated':
    'TikTok menganggap bungkusan Seller Shipping hilang selepas 7 hari bekerja (atau 10 hari kalendar) tanpa imbasan kurier: mulai {date}, dikira dari imbasan terakhir pada {lastScan}.',

  'advice.when.now': 'Sekarang',
  'advice.when.everyContact': 'Setiap kali anda menghubungi sesiapa',
  'advice.when.sellerNotSolved': 'Jika penjual belum menyelesaikannya dalam masa 2 hari',
  'advice.when.afterNoScan': 'Selepas 7 hari bekerja tanpa imbasan baharu',
  'advice.when.checksDone': 'Setelah semakan di atas selesai',
  'advice.when.ifNotByEstimate': 'Jika bungkusan tidak sampai menjelang tarikh anggaran, {date}',
  'advice.when.estimatePassed': 'Sekarang: tarikh anggaran penghantaran ({date}) telah berlalu',
  'advice.when.arrivesLate': 'Setelah bungkusan sampai lewat',
  'advice.when.carrierReportsLost': 'Setelah kurier melaporkan bungkusan hilang',
  'advice.when.trackingStalled': 'Jika penjejakan tidak bergerak selama beberapa hari',
  'advice.when.requestStalls': 'Jika permohonan ditolak atau tergendala',
  'advice.when.heldOrSentBack': 'Jika bungkusan ditahan atau dipulangkan',
  'advice.when.beforeUnpacking': 'Sekarang, sebelum membuka bungkusan lebih lanjut',
  'advice.when.returnWindowClosed': 'Jika tempoh pemulangan 30 hari telah tamat',
  'advice.when.sellerRefuses': 'Jika penjual menolak atau tidak menjawab',
  'advice.when.backWithSeller': 'Setelah bungkusan kembali kepada penjual',
  'advice.when.promisedDatePasses': 'Jika tarikh penghantaran yang dijanjikan berlalu',
  'advice.when.beforeNoScan': 'Sebelum 7 hari bekerja berlalu tanpa imbasan',
  'advice.when.asSoonAsNoticed': 'Sebaik sahaja anda menyedarinya',
  'advice.when.editUsed': 'Jika peluang edit sekali itu telah digunakan atau 72 jamnya telah tamat',
  'advice.when.requestArrives': 'Sebaik sahaja permohonan diterima',
  'advice.when.beforeLabel': 'Sebelum label dicetak',
  'advice.when.tagAppears': 'Apabila tag muncul pada pesanan',
  'advice.when.whileReturning': 'Semasa bungkusan dalam perjalanan pulang',
  'advice.when.handlingTime': 'Dalam tempoh pengendalian yang ditetapkan dalam Seller Center',
  'advice.when.handOver': 'Apabila anda menyerahkan bungkusan',
  'advice.when.afterPickup': '24 jam selepas pengambilan',

  'advice.appliesIf.seller.platform': 'Jika TikTok mengatur penghantaran (TikTok Shipping / Dihantar melalui platform)',
  'advice.appliesIf.seller.sellerShipping':
    'Jika anda menghantar dengan kurier sendiri (Seller Shipping / Dihantar oleh penjual)',
  'advice.appliesIf.buyer.platform': 'Jika TikTok mengatur penghantaran',
  'advice.appliesIf.buyer.sellerShipping': 'Jika penjual menghantar dengan kuriernya sendiri',
  'advice.appliesIf.fbt': 'Jika pesanan ini Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'Salin mesej kepada penjual',
  'advice.copy.buyerMessage': 'Salin mesej kepada pembeli',
  'advice.copy.tiktokChat': 'Salin mesej untuk khidmat pelanggan TikTok Shop',
  'advice.copy.ticket': 'Salin teks tiket',
  'advice.copy.request': 'Salin teks permohonan',
  'advice.copy.claim': 'Salin teks tuntutan',
  'advice.copy.callNotes': 'Salin nota panggilan',
  'advice.copy.carrierEmail': 'Salin e-mel kepada kurier',
  'advice.open.policy': 'Baca polisi',
  'advice.open.usProtections': 'Perlindungan TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Jaminan wang dikembalikan',
  'advice.open.sellerShippingRules': 'Peraturan Seller Shipping',
  'advice.open.editTracking': 'Mengedit maklumat penjejakan',
  'advice.open.trackingValidation': 'Pengesahan ID penjejakan',
  'advice.open.returnRules': 'Peraturan pemulangan',
  'advice.open.failedDelivery': 'Pesanan Penghantaran Gagal',
  'advice.open.returnedParcels': 'Bungkusan yang dipulangkan',
  'advice.open.pickupRules': 'Peraturan pengambilan',

  'advice.step.track.title': 'Semak penjejakan di laman web kurier',
  'advice.step.track.detail':
    'Halaman kurier selalunya menunjukkan imbasan, nota penghantaran atau masalah yang belum dipaparkan di halaman pesanan.',
  'advice.step.track.detail.lastScan':
    'Cari imbasan terakhir dan sebarang notis masalah (rosak, masalah alamat, dipulangkan).',
  'advice.step.track.detail.customs':
    'Halaman kurier menunjukkan sama ada kastam menahan bungkusan dan sama ada duti perlu dibayar.',
  'advice.step.track.detail.whyReturned':
    'Ketahui sebab bungkusan dipulangkan: percubaan penghantaran gagal, masalah alamat, atau menunggu di tempat pengambilan.',
  'advice.step.track.detail.compare':
    'Bandingkan penjejakan kurier dengan halaman pesanan; kedua-duanya mungkin berbeza.',
  'advice.step.track.detail.lastScanDate': 'Catat tarikh imbasan terakhir: tempoh tuntutan dikira dari tarikh itu.',
  'advice.step.track.detail.deliveryScan':
    'Lihat imbasan penghantaran: masa, tempat, dan sebarang foto atau tandatangan.',
  'advice.step.track.detail.customsSeller': 'Lihat sama ada kastam menahan bungkusan dan apa yang ditunggu.',
  'advice.step.track.detail.whyComingBack':
    'Ketahui sebab bungkusan dipulangkan: percubaan penghantaran gagal, masalah alamat, atau ditolak.',

  'advice.step.keepRecords.title': 'Simpan rekod setiap hubungan',
  'advice.step.keepRecords.detail':
    'Catat setiap sembang, panggilan, tiket dan tuntutan beserta tarikh dan nombor rujukannya dalam log kes, dan simpan tangkapan skrin penjejakan dan halaman pesanan.',

  'advice.step.messageSeller.title': 'Hantar mesej kepada penjual',
  'advice.step.messageSeller.detail':
    'Penjual yang menempah kurier dan boleh menyemak dengannya, menghantar semula atau membuat bayaran balik. Hantar mesej dari pesanan dalam aplikasi TikTok supaya sembang itu direkodkan.',
  'advice.step.messageSeller.detail.redirect':
    'Beritahu penjual alamat yang betul; penjual boleh meminta kuriernya mengubah hala atau menghantar semula.',
  'advice.step.messageSeller.detail.updateAddress':
    'Minta penjual mengemas kini alamat penghantaran sebelum pesanan dihantar: itulah masa paling mudah untuk membetulkannya.',
  'advice.step.messageSeller.detail.customs':
    'Penjual boleh memberikan invois atau butiran kastam. TikTok Shop tidak menerbitkan polisi kastam untuk pembeli; siapa yang membayar duti bergantung pada penyenaraian produk dan negara anda.',
  'advice.step.messageSeller.detail.reship':
    'Minta penjual menghantar semula setelah bungkusan kembali, atau membuat bayaran balik kepada anda.',
  'advice.step.messageSeller.detail.whenShips':
    'Tanya penjual bila pesanan akan dihantar. Setelah dihantar, nombor penjejakan akan muncul pada pesanan dan Carrier Finder boleh menunjukkan kuriernya.',

  'advice.step.contactTiktok.title': 'Hubungi khidmat pelanggan TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Jika penjual tidak dapat membantu atau tidak menjawab, buka kes dengan TikTok Shop dalam aplikasi.',
  'advice.step.contactTiktok.detail.notShipped':
    'Jika pesanan belum dihantar menjelang tarikh yang dijanjikan di halaman pesanan, tanya TikTok Shop tentang pembatalan atau bayaran balik.',
  'advice.step.contactTiktok.scamWarning':
    'Sokongan TikTok tidak pernah meminta butiran kad, kata laluan atau kod OTP melalui telefon, e-mel atau sembang.',

  'advice.step.messageBuyer.title': 'Beritahu pembeli apa yang berlaku',
  'advice.step.messageBuyer.detail':
    'Mesej ringkas sekarang membolehkan pembeli menyemak di pihaknya dan menunjukkan anda sedang menguruskannya sebelum pembeli membuka pertikaian.',
  'advice.step.messageBuyer.detail.checkAround':
    'Minta pembeli menyemak alamat, bertanya kepada isi rumah dan jiran, melihat di sekitar pintu, dan menyemak sebarang nota kurier tentang tempat pengambilan.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Sahkan alamat yang betul dan lengkap dengan pembeli dalam sembang pesanan.',
  'advice.step.messageBuyer.detail.customs':
    'Beritahu pembeli bahawa bungkusan berada di kastam dan sama ada duti mungkin dikenakan kepadanya.',
  'advice.step.messageBuyer.detail.redeliver':
    'Minta pembeli mengesahkan alamat dan sama ada dia masih mahu bungkusan dihantar semula.',
  'advice.step.messageBuyer.detail.whenShips': 'Beritahu pembeli bila pesanan akan dihantar.',

  'advice.step.usNoScan.title': 'Tanya TikTok Shop setelah bungkusan dianggap hilang',
  'advice.step.usNoScan.detail':
    'Ini boleh menyebabkan pesanan dibatalkan dan wang dikembalikan: hubungi khidmat pelanggan pada masa itu.',

  'advice.step.requestRefund.title': 'Minta pemulangan atau bayaran balik dalam aplikasi',
  // "Bungkusan tidak diterima" as tiktok.app.packageNotReceived: the app's refund reason in Malay.
  'advice.step.requestRefund.title.us': 'Minta bayaran balik: "Bungkusan tidak diterima"',
  'advice.step.requestRefund.notReceived':
    'Jika anda masih tidak menemuinya, minta bayaran balik kerana bungkusan tidak diterima.',
  'advice.step.requestRefund.damaged':
    'Minta pemulangan atau bayaran balik untuk barangan yang rosak, cacat atau salah.',
  'advice.step.requestRefund.inApp':
    'Buka pesanan dalam aplikasi TikTok dan minta pemulangan atau bayaran balik dengan sebab yang sepadan.',
  'advice.step.requestRefund.noLimit': 'Kami tiada rekod had masa TikTok untuk {market}, jadi lakukannya segera.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Kami tiada rekod had masa TikTok untuk pasaran anda, jadi lakukannya segera.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Hak undang-undang anda untuk membatalkan berlaku sehingga {date} (14 hari selepas pesanan diterima); tempoh 30 hari ialah manfaat lanjutan.',
  'advice.step.requestRefund.rightToCancel':
    'Hak undang-undang anda untuk membatalkan berlaku selama 14 hari selepas pesanan diterima; tempoh 30 hari ialah manfaat lanjutan.',

  'advice.step.lateDeliveryRefund.title': 'Penghantaran lewat ialah sebab untuk meminta bayaran balik',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok menyenaraikan penghantaran lewat sebagai alasan untuk permohonan pemulangan/bayaran balik.',

  'advice.step.usDeliveryGuarantee.title': 'Ketahui perlindungan anda: jaminan penghantaran TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'Menurut TikTok Shop, anda menerima bayaran balik secara automatik jika kurier melaporkan bungkusan hilang atau rosak.',

  'advice.step.carrierTrace.title': 'Minta kurier mengesan bungkusan',
  'advice.step.carrierTrace.detail':
    'Hanya kurier yang boleh mengesahkan kehilangan. Banyak kurier hanya menerima tuntutan daripada pengirim, jadi penjual atau TikTok Shop mungkin perlu memfailkannya; nombor rujukan pengesanan tetap membantu mereka.',

  'advice.step.checkAround.title': 'Semak alamat dan sekitar tempat penghantaran',
  'advice.step.checkAround.detail':
    'Semak alamat pada pesanan, tanya isi rumah dan jiran, lihat di sekitar pintu, anjung, garaj dan pintu belakang, dan cari notis percubaan penghantaran atau nota tempat pengambilan.',

  'advice.step.carrierWhereDelivered.title': 'Tanya kurier di mana tepatnya bungkusan dihantar',
  'advice.step.carrierWhereDelivered.detail':
    'Kurier mungkin mempunyai foto penghantaran, titik GPS atau tandatangan, atau mungkin telah menandakannya sebagai dihantar terlalu awal. Jika alamat salah, kurier mungkin boleh mengubah hala bungkusan.',

  'advice.step.carrierRedirectOrHold.title': 'Minta kurier mengubah hala atau menahan bungkusan',
  'advice.step.carrierRedirectOrHold.detail':
    'Kurier kadangkala boleh mengubah hala bungkusan atau menahannya untuk diambil; sediakan nombor penjejakan dan alamat yang betul.',

  'advice.step.carrierCustoms.title': 'Tanya kurier apa yang diperlukan oleh kastam',
  'advice.step.carrierCustoms.detail':
    'Kurier (atau pos kebangsaan anda) yang menguruskan pelepasan kastam dan mengutip duti. Bayar hanya di laman web rasmi kurier atau secara bersemuka, jangan sekali-kali melalui pautan dalam SMS.',

  'advice.step.documentDamage.title': 'Ambil gambar semuanya sebelum membuang apa-apa',
  'advice.step.documentDamage.detail':
    'Ambil gambar yang jelas bagi barangan, kotak dan label dengan nombor penjejakan, dan simpan bungkusannya. Gambar yang kabur atau tidak jelas boleh menyebabkan tuntutan ditolak.',

  'advice.step.moneyBackGuarantee.title': 'Selepas tempoh pemulangan: jaminan wang dikembalikan',
  'advice.step.moneyBackGuarantee.detail': 'Untuk barangan yang rosak atau cacat.',
  'advice.step.moneyBackGuarantee.link': 'Cari pautan jaminan wang dikembalikan di halaman Butiran pesanan.',

  'advice.step.carrierRedeliver.title': 'Minta kurier menghantar semula atau menahannya untuk diambil',
  'advice.step.carrierRedeliver.detail':
    'Jika bungkusan dihantar ke tempat pengambilan dan belum meninggalkannya, kurier selalunya boleh menghantarnya semula atau menahannya untuk anda.',

  'advice.step.thAutoRefund.title': 'Bungkusan yang kembali kepada penjual akan dibayar balik',
  'advice.step.thAutoRefund.detail':
    'Apabila status bertukar kepada "Dipulangkan kepada Penjual", TikTok Shop membatalkan pesanan dan membuat bayaran balik secara automatik.',

  'advice.step.sellerSupport.title': 'Buka tiket dengan sokongan penjual TikTok',
  'advice.step.sellerSupport.title.ask': 'Tanya sokongan penjual TikTok',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Pusat Bantuan > Hubungi Kami; ejen langsung setiap hari 5 pagi–11 malam waktu Pasifik. Untuk TikTok Shipping, bungkusan yang penjejakannya tidak bergerak melebihi 10 hari diberi pampasan secara automatik.',
  'advice.step.sellerSupport.detail.chase': 'Minta pihak sokongan mendesak kurier untuk mendapatkan kemas kini status.',
  'advice.step.sellerSupport.detail.redirect':
    'Minta pihak sokongan supaya kurier membetulkan atau mengubah hala penghantaran.',
  'advice.step.sellerSupport.detail.customs':
    'Jika TikTok mengatur penghantaran, kuriernya yang menguruskan pelepasan kastam: tanya pihak sokongan apa yang diperlukan oleh kastam.',
  'advice.step.sellerSupport.detail.returning':
    'Tanya pihak sokongan di mana bungkusan yang sedang dipulangkan dan tentang penghantaran semula.',
  'advice.step.sellerSupport.detail.pickup':
    'Tanya pihak sokongan tentang pengambilan jika kurier belum mengambil bungkusan.',

  'advice.step.usLostThreshold.title': 'Pastikan bungkusan bergerak sebelum ia dianggap hilang',
  'advice.step.usLostThreshold.passed':
    'Tarikh itu telah berlalu: TikTok mungkin sudah menganggap bungkusan hilang, yang boleh membatalkan pesanan dan membuat bayaran balik kepada pembeli. Minta kurier membuat pengesanan dan pengesahannya sekarang.',
  'advice.step.usLostThreshold.ahead':
    'Bungkusan yang hilang boleh bermakna pesanan dibatalkan dan pembeli dibayar balik, jadi desak kurier untuk membuat imbasan atau pengesanan sebelum tarikh itu.',

  'advice.step.usEditTracking.title': 'Jika nombor penjejakan yang dimuat naik salah: editnya sekali',
  'advice.step.usEditTracking.detail':
    'Maklumat penjejakan boleh diedit sekali sahaja, dalam masa 72 jam selepas dimuat naik.',
  'advice.step.usTrackingTicket.title': 'Selepas itu: betulkannya melalui tiket sokongan',
  'advice.step.usTrackingTicket.detail': 'Hantar nombor penjejakan dan kurier yang asal serta yang baharu.',

  'advice.step.usShippingClaim.title': 'Failkan tuntutan TikTok Shipping',
  'advice.step.usShippingClaim.where': 'Failkannya dari Urus Pesanan atau Butiran Pesanan.',
  'advice.step.usShippingClaim.insurer':
    'Syarikat insurans (U-PIC) membuat keputusan dalam 7–10 hari bekerja dan mungkin meminta afidavit daripada pembeli; rayuan dibuat kepada U-PIC.',

  'advice.step.seaClaim.title.lost': 'Tuntut pampasan: Bungkusan Hilang',
  'advice.step.seaClaim.title.damaged': 'Tuntut pampasan: Bungkusan Rosak',
  'advice.step.seaClaim.title.notReceived': 'Tuntut pampasan: Dihantar tetapi tidak diterima',

  'advice.claim.lost.sea':
    'TikTok memberi pampasan secara automatik bagi bungkusan platform yang hilang dan membuat bayaran balik kepada pembeli.',
  // US Seller Center works in English: its claim types stay in English, with the meaning in brackets.
  'advice.claim.lost.us':
    'Dengan Upgraded TikTok Shipping, TikTok menguruskan tuntutan itu sendiri dan meluluskan "Package Lost" (bungkusan hilang) secara automatik setelah kurier mengesahkan kehilangan.',
  'advice.claim.lost.other': 'Laporkan bungkusan yang hilang dan tanya tentang pampasan.',
  'advice.claim.notReceived.sea':
    'Luluskan dahulu permohonan bayaran balik pembeli; setelah bayaran balik selesai, tuntut pampasan.',
  'advice.claim.notReceived.us':
    'Dengan Upgraded TikTok Shipping, TikTok meluluskan "Delivered But Not Received" (dihantar tetapi tidak diterima) secara automatik apabila syarat polisinya dipenuhi.',
  'advice.claim.notReceived.other':
    'Laporkan bungkusan yang dihantar tetapi tidak diterima dan tanya cara membuat tuntutan.',
  'advice.claim.damaged.sea':
    'TikTok memberi pampasan secara automatik bagi bungkusan platform yang rosak dan membuat bayaran balik kepada pembeli.',
  'advice.claim.damaged.us':
    'Dengan Upgraded TikTok Shipping, bungkusan kosong atau barangan yang tiada atau salah disemak kes demi kes berdasarkan bukti kesalahan kurier.',
  'advice.claim.damaged.other': 'Laporkan kerosakan beserta buktinya dan tanya tentang pampasan.',
  'advice.claim.returned.sea':
    'Jika anda kehilangan kedua-dua bayaran dan barangan (bungkusan tidak pernah kembali), anda boleh menuntut pampasan.',

  'advice.step.respondInTime.title': 'Jawab permohonan pemulangan pembeli tepat pada masanya',
  'advice.step.respondInTime.detail.vn':
    'Uruskan permohonan pemulangan/bayaran balik dalam masa 1 hari bekerja dari penghantaran permohonan oleh pembeli, atau ia akan diluluskan secara automatik.',
  'advice.step.respondInTime.detail.id':
    'Uruskan permohonan pemulangan dalam masa 48 jam, atau ia akan diluluskan secara automatik.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok yang menguruskannya',
  'advice.step.fbtSupport.detail': 'Gudang TikTok yang menghantar pesanan ini.',
  'advice.step.fbtSupport.chase': 'Minta sokongan penjual mendesak penghantaran.',
  'advice.step.fbtSupport.reimburse':
    'TikTok membayar balik bungkusan Fulfilled by TikTok yang hilang atau rosak: laporkannya kepada sokongan penjual.',
  'advice.step.fbtSupport.notReceived':
    'Laporkan bungkusan yang dihantar tetapi tidak diterima kepada sokongan penjual.',
  'advice.step.fbtSupport.customs': 'Tanya sokongan penjual apa yang diperlukan oleh kastam.',
  'advice.step.fbtSupport.returned': 'Tanya sokongan penjual tentang bungkusan yang dipulangkan.',
  'advice.step.fbtSupport.warehouse': 'Gudang TikTok yang menghantarnya; tanya sokongan penjual jika ia lewat.',

  'advice.step.ticketUnmoved.title': 'Tiket: Penjejakan tidak bergerak',
  'advice.step.ticketUnmoved.detail': 'Pihak sokongan akan membuat susulan dengan kurier.',

  'advice.step.carrierStatus.title': 'Minta kemas kini status daripada kurier anda',
  'advice.step.carrierStatus.detail.sea':
    'Semak dengan penyedia logistik anda. Jika bungkusan telah sampai tetapi statusnya tersekat, kemas kini status penghantaran sendiri dan muat naik bukti penghantaran.',
  'advice.step.carrierStatus.detail':
    'Dengan kurier sendiri, TikTok tidak mendesak penghantaran bagi pihak anda: minta kurier membuat imbasan atau pengesanan.',

  'advice.step.carrierConfirmLoss.title': 'Minta kurier mengesahkan kehilangan',
  'advice.step.carrierConfirmLoss.detail':
    'TikTok dilaporkan meminta pengesahan kurier sebelum membayar tuntutan bungkusan hilang: hanya kurier yang boleh mengisytiharkan bungkusan hilang. Tidak pasti: dilaporkan oleh penjejak perubahan polisi TikTok pihak ketiga, tidak dibaca di halaman TikTok sendiri.',

  'advice.step.carrierClaim.title.lost': 'Buka pengesanan dan tuntutan dengan kurier anda',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok tidak menguruskan tuntutan logistik atau insurans untuk Seller Shipping: tuntutan itu antara anda dan kurier anda.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok hanya menyiasat dan membayar balik bungkusan yang dihantar melalui platform: untuk kurier anda sendiri, buat tuntutan terus dengannya.',
  'advice.step.carrierClaim.detail.lost':
    'Dengan kurier sendiri, tuntutan itu antara anda dan kurier; simpan label dan resit serahan.',
  'advice.step.carrierClaim.title.damaged': 'Failkan tuntutan kerosakan dengan kurier anda',
  'advice.step.carrierClaim.detail.damaged': 'Hantar gambar, butiran pembungkusan dan label.',

  'advice.step.carrierProofOfDelivery.title': 'Minta bukti penghantaran daripada kurier anda',
  'advice.step.carrierProofOfDelivery.detail':
    'Minta foto penghantaran, titik GPS atau tandatangan, dan buka tuntutan jika bungkusan tidak dapat ditemui.',

  'advice.step.updateAddress.title': 'Betulkan alamat sebelum anda menghantar',
  'advice.step.updateAddress.detail':
    'Sebelum penghantaran ialah masa paling mudah: penjual boleh mengemas kini alamat penghantaran bagi pihak pembeli.',

  'advice.step.carrierRedirect.title': 'Minta kurier mengubah hala bungkusan',
  'advice.step.carrierRedirect.detail':
    'Kurier kadangkala boleh mengubah hala bungkusan dalam transit atau menahannya untuk diambil.',

  // US Seller Center tag, kept in English as it shows there, with its meaning in brackets.
  'advice.step.usTrackingAddressIssue.title':
    'Jika Seller Center menunjukkan "Tracking address issue" (isu alamat penjejakan)',
  'advice.step.usTrackingAddressIssue.detail':
    'Tag ini bermaksud poskod dalam penjejakan tidak sepadan dengan poskod pembeli. Klik tag untuk cara membetulkannya dan pautan untuk membuat tiket.',

  'advice.step.thContactLogistics.title': 'Gunakan "Hubungi Perkhidmatan Logistik" pada pesanan',
  'advice.step.thContactLogistics.detail':
    'Pesanan yang mempunyai isu logistik menunjukkan tag dengan "Hubungi Perkhidmatan Logistik", yang membuka tiket kepada penyedia logistik. Penghantaran yang gagal disenaraikan di bawah Pesanan > Urus Pesanan > Penghantaran Gagal.',

  'advice.step.carrierCustomsDocuments.title': 'Berikan dokumen kastam kepada kurier anda',
  'advice.step.carrierCustomsDocuments.detail':
    'Hantar invois komersial dan butiran barangan yang diminta oleh kurier; tanya sama ada duti dikenakan kepada pembeli.',

  'advice.step.collectEvidence.title': 'Kumpulkan bukti',
  'advice.step.collectEvidence.detail':
    'Minta gambar atau video buka bungkusan daripada pembeli; simpan gambar pembungkusan anda, bahan yang digunakan dan label dengan nombor penjejakan yang jelas kelihatan.',

  'advice.step.carrierRedelivery.title': 'Tanya kurier tentang penghantaran semula',
  'advice.step.carrierRedelivery.detail':
    'Bungkusan yang masih berada pada kurier selalunya boleh dihantar semula atau ditahan untuk diambil.',

  'advice.step.thFailedDelivery.title': 'Pantau tab Penghantaran Gagal',
  'advice.step.thFailedDelivery.detail':
    'Di bawah Pesanan > Urus Pesanan > Penghantaran Gagal: setelah statusnya "Dipulangkan kepada Penjual", pesanan dibatalkan dan dibayar balik secara automatik. Bungkusan pulangan yang tidak anda terima akan dimusnahkan; jika penghantaran pulangannya gagal, anda mempunyai 7 hari untuk memintanya semula.',

  'advice.step.uploadTracking.title': 'Muat naik penjejakan yang sah dalam tempoh pengendalian anda',
  'advice.step.uploadTracking.detail':
    'Setelah label dibeli, tambah nombor penjejakannya: Urus Pesanan > Menunggu penghantaran > Tambah maklumat penjejakan, dengan penyedia penghantaran yang disokong. TikTok menandakan penjejakan yang imbasan pertamanya lebih 24 jam sebelum pesanan dibuat, atau yang poskodnya tidak sepadan.',

  'advice.step.usPickupProof.title': 'Aturkan pengambilan dan simpan bukti serahan',
  'advice.step.usPickupProof.detail':
    'Dengan TikTok Shipping, anda yang mengatur pengambilan; simpan borang USPS SCAN atau bukti pengambilan, jika tidak kelewatan sebelum imbasan pertama akan dikira terhadap anda.',

  'advice.step.ticketPickup.title': 'Sudah diambil tetapi status belum "Dihantar"?',
  'advice.step.ticketPickup.detail':
    'Jika kurier mengambil bungkusan lebih 24 jam yang lalu dan status belum berubah, buka tiket dengan bukti pengambilan.',

  'advice.step.carrierHandover.title': 'Tempah pengambilan atau serahan dengan kurier anda',
  'advice.step.carrierHandover.detail':
    'Serahkan bungkusan dan simpan resit serahan atau bukti pengambilan beserta nombor penjejakannya.',

  'advice.note.idCountedFromDelivered': 'Dikira dari tarikh Diterima, yang dianggap sebagai hari pesanan diterima.',
  'advice.note.thirdPartyTracker':
    'Dilaporkan oleh penjejak perubahan polisi TikTok pihak ketiga; tidak dibaca di halaman TikTok sendiri.',
  'advice.note.thVnOnly': 'Dinyatakan dalam bantuan Seller Center TH dan VN; dianggap terpakai untuk pasaran ini.',

  'advice.reason.track':
    'Penjejakan kurier sendiri ialah rekod langsung yang akan ditanya dalam setiap hubungan seterusnya.',
  'advice.reason.keepRecords':
    'Bayaran balik, tuntutan dan pertikaian diputuskan berdasarkan bukti yang dihantar; rekod bertarikh bagi setiap hubungan ialah bukti itu.',
  'advice.reason.messageSeller':
    'Penjual yang memilih kurier dan memegang butiran penghantaran; mesej dalam sembang pesanan direkodkan.',
  'advice.reason.contactTiktok':
    'TikTok Shop menguruskan bayaran balik dan pertikaian antara pembeli dan penjual dalam aplikasi.',
  'advice.reason.messageBuyer':
    'Memaklumkan pembeli membolehkannya menyemak di pihaknya (alamat, jiran, notis pengambilan).',
  'advice.reason.requestRefund':
    'Permohonan bayaran balik dalam aplikasi melampirkan pesanan secara automatik dan memulakan proses TikTok Shop sendiri.',
  'advice.reason.carrierTrace':
    'Kurier memegang rekod imbasan; nombor pengesanan memberi penjual dan TikTok sesuatu untuk diambil tindakan.',
  'advice.reason.checkAround':
    'Kebanyakan bungkusan "dihantar tetapi tidak diterima" ditemui berdekatan atau di tempat pengambilan.',
  'advice.reason.carrierDeliveryRecord': 'Kurier yang memegang rekod penghantaran.',
  'advice.reason.carrierRedirect': 'Hanya kurier yang boleh menukar destinasi bungkusan dalam transit.',
  'advice.reason.customsScam':
    'Mesej "caj kastam" palsu ialah penipuan biasa; direktori ini hanya menyenaraikan hubungan rasmi kurier.',
  'advice.reason.documentDamage':
    'Bayaran balik untuk barangan rosak atau salah diputuskan berdasarkan gambar dan pembungkusan.',
  'advice.reason.redeliver':
    'Bungkusan yang masih berada pada kurier selalunya boleh dihantar semula sebelum ia sampai kembali kepada pengirim.',
  'advice.reason.sellerSupport':
    'Jika TikTok mengatur penghantaran, TikTok yang berurusan dengan kuriernya; sokongan Seller Center ialah salurannya.',
  'advice.reason.fbt': 'Dengan Fulfilled by TikTok, TikTok, bukan penjual, yang menghantar bungkusan.',
  'advice.reason.ownCarrierClaim': 'Dengan kurier sendiri, kontrak dan tuntutan adalah antara anda dan kurier.',
  'advice.reason.ownCarrierTrace':
    'Hanya kurier anda yang boleh menggerakkan atau mengesan bungkusan yang anda hantar.',
  'advice.reason.proofOfDelivery': 'Bukti penghantaran hanya datang daripada kurier.',
  'advice.reason.notShipped': 'Belum ada apa-apa yang diserahkan kepada kurier.',
  'advice.reason.customsDeclaration':
    'Kastam berurusan dengan kurier yang membuat pengisytiharan, dan kurier berurusan dengan anda.',
  'advice.reason.damageEvidence': 'Tuntutan kerosakan diputuskan berdasarkan gambar, pembungkusan dan label.',
  'advice.reason.redeliverySeller':
    'Penghantaran semula lebih murah dan lebih cepat sebelum bungkusan kembali kepada anda.',
  'advice.reason.firstScan': 'Imbasan pertama kurier ialah yang memulakan penjejakan yang dilihat oleh pembeli.',

  'advice.source.tiktokReachSupport': 'Bantuan TikTok Shop: cara menghubungi sokongan',
  'advice.source.tiktokSellerSupport': 'Sokongan penjual TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: saya tidak pernah menerima pesanan saya, tetapi ia menunjukkan Diterima',
  'advice.source.usContactSellerThenSupport': 'TikTok Shop: cara menghubungi penjual dan khidmat pelanggan TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Jaminan wang dikembalikan TikTok Shop',
  'advice.source.usProtections': 'Perlindungan TikTok Shop (pemulangan, jaminan penghantaran)',
  'advice.source.gbReturns': 'Polisi Pembatalan dan Pemulangan TikTok Shop UK',
  'advice.source.euReturns': 'Polisi Pembatalan dan Pemulangan TikTok Shop EU (edisi bahasa Sepanyol)',
  'advice.source.vnReturns': 'TikTok Shop VN: bilakah pembeli boleh membuat permohonan pemulangan/bayaran balik?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: garis panduan pemulangan',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: apa yang perlu saya lakukan jika pesanan saya hilang atau rosak?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: bagaimana jika bungkusan saya hilang, rosak atau dilupuskan?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH: pembeli tidak menerima pesanan tetapi status menunjukkan telah dihantar',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: status logistik pesanan saya tersekat atau tidak dikemas kini',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: pesanan Penghantaran Gagal',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: bungkusan pulangan yang tidak diterima oleh penjual',
  'advice.source.usSellerShipping': 'TikTok Shop US: gambaran keseluruhan dan perkhidmatan Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: mengedit maklumat penjejakan',
  'advice.source.usTrackingValidation': 'TikTok Shop US: pengesahan ID penjejakan',
  'advice.source.usShippingInsurance': 'TikTok Shop US: insurans penghantaran',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: cara memfailkan tuntutan bayaran balik untuk isu logistik TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: polisi perlindungan dan bayaran balik logistik Upgraded TikTok Shipping dan CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: peraturan dan tanggungjawab pengambilan TikTok Shipping dan CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: perubahan polisi perlindungan logistik TikTok Shop (pihak ketiga)',

  'advice.unknown.problem': 'Jenis masalah ini tidak diketahui, jadi tiada nasihat yang boleh diberikan.',
  'advice.unknown.countryRules':
    'Peraturan TikTok Shop untuk negara ini tiada dalam Carrier Finder, jadi langkah-langkahnya bersifat umum dan tarikh akhir pasaran tidak ditunjukkan.',
  'advice.unknown.market':
    'Pasaran TikTok Shop anda tidak diketahui, jadi tarikh akhir pasaran (contohnya 30 hari selepas penghantaran di AS, 15 di Vietnam, 6 di Indonesia) tidak ditunjukkan. Pilih negara anda dalam tetapan.',
  'advice.unknown.carrier':
    'Kurier tidak diketahui, jadi butang penjejakan dan hubungan kurier tidak dapat membuka halamannya sendiri. Semak nama kurier di halaman pesanan.',
  'advice.unknown.mode':
    'Kaedah penghantaran tidak diketahui (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Siapa yang menguruskan tuntutan kurier bergantung padanya, jadi langkah-langkah tersebut menyatakan kes mana yang berkenaan.',
  'advice.unknown.anchorDate':
    'Halaman pesanan tidak menunjukkan tarikh {anchor}, jadi tarikh akhir yang dikira daripadanya tidak dapat ditentukan.',
  'advice.unknown.dates': 'Tiada tarikh pesanan ditemui di halaman ini, jadi tiada langkah yang bertarikh.',

  'advice.msg.placeholder.orderId': '[nombor pesanan]',
  'advice.msg.placeholder.trackingNumber': '[nombor penjejakan]',
  'advice.msg.placeholder.carrier': '[kurier]',
  'advice.msg.subjectLine': 'Perkara: {subject} (pesanan {orderId})',
  'advice.msg.subject.delayed': 'Bungkusan lewat, tiada kemas kini penjejakan',
  'advice.msg.subject.lost': 'Bungkusan dipercayai hilang',
  'advice.msg.subject.notReceived': 'Ditandakan sebagai telah dihantar tetapi tidak diterima',
  'advice.msg.subject.wrongAddress': 'Alamat penghantaran salah atau tidak lengkap',
  'advice.msg.subject.customs': 'Bungkusan ditahan di kastam',
  'advice.msg.subject.damaged': 'Barangan rosak atau salah',
  'advice.msg.subject.returned': 'Bungkusan dipulangkan kepada pengirim / penghantaran gagal',
  'advice.msg.subject.awaitingShipment': 'Pesanan belum dihantar',
  'advice.msg.greeting': 'Salam sejahtera,',
  'advice.msg.thanks': 'Terima kasih.',

  'advice.msg.problem.delayed.buyer': 'Bungkusan saya belum sampai dan penjejakannya tidak dikemas kini.',
  'advice.msg.problem.delayed.buyer.since':
    'Bungkusan saya belum sampai dan penjejakannya tidak dikemas kini sejak {date}.',
  'advice.msg.problem.delayed.seller': 'Bungkusan untuk pesanan ini belum sampai dan penjejakannya tidak dikemas kini.',
  'advice.msg.problem.delayed.seller.since':
    'Bungkusan untuk pesanan ini belum sampai dan penjejakannya tidak dikemas kini sejak {date}.',
  'advice.msg.problem.lost.buyer': 'Bungkusan saya dipercayai hilang: penjejakannya tidak bergerak.',
  'advice.msg.problem.lost.buyer.since': 'Bungkusan saya dipercayai hilang: penjejakannya tidak bergerak sejak {date}.',
  'advice.msg.problem.lost.seller': 'Bungkusan untuk pesanan ini dipercayai hilang: penjejakannya tidak bergerak.',
  'advice.msg.problem.lost.seller.since':
    'Bungkusan untuk pesanan ini dipercayai hilang: penjejakannya tidak bergerak sejak {date}.',
  'advice.msg.problem.notReceived.buyer':
    'Penjejakan menunjukkan bungkusan saya telah dihantar, tetapi saya belum menerimanya. Saya telah bertanya kepada isi rumah dan jiran, dan mencari di sekitar alamat.',
  'advice.msg.problem.notReceived.buyer.on':
    'Penjejakan menunjukkan bungkusan saya telah dihantar pada {date}, tetapi saya belum menerimanya. Saya telah bertanya kepada isi rumah dan jiran, dan mencari di sekitar alamat.',
  'advice.msg.problem.notReceived.seller':
    'Penjejakan menunjukkan bungkusan telah dihantar, tetapi pembeli mengatakan ia belum sampai.',
  'advice.msg.problem.notReceived.seller.on':
    'Penjejakan menunjukkan bungkusan telah dihantar pada {date}, tetapi pembeli mengatakan ia belum sampai.',
  'advice.msg.problem.wrongAddress.buyer':
    'Alamat penghantaran pada pesanan saya salah atau tidak lengkap dan perlu dibetulkan, atau bungkusan perlu diubah hala.',
  'advice.msg.problem.wrongAddress.seller':
    'Alamat penghantaran pada pesanan ini salah atau tidak lengkap dan perlu dibetulkan, atau bungkusan perlu diubah hala.',
  'advice.msg.problem.customs.buyer': 'Bungkusan saya ditahan di kastam atau menunggu bayaran duti import.',
  'advice.msg.problem.customs.seller':
    'Bungkusan untuk pesanan ini ditahan di kastam atau menunggu bayaran duti import.',
  'advice.msg.problem.damaged.buyer':
    'Bungkusan saya sampai dalam keadaan rosak, atau dengan barangan yang salah atau cacat. Saya mempunyai gambar barangan, pembungkusan dan label.',
  'advice.msg.problem.damaged.seller':
    'Pembeli melaporkan bahawa bungkusan sampai dalam keadaan rosak, atau dengan barangan yang salah atau cacat.',
  'advice.msg.problem.returned.buyer': 'Bungkusan saya telah dipulangkan kepada pengirim atau penghantaran gagal.',
  'advice.msg.problem.returned.seller':
    'Bungkusan untuk pesanan ini telah dipulangkan kepada pengirim atau penghantaran gagal.',
  'advice.msg.problem.awaitingShipment.buyer': 'Pesanan saya belum dihantar dan tiada nombor penjejakan.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Pesanan saya yang dibuat pada {date} belum dihantar dan tiada nombor penjejakan.',
  'advice.msg.problem.awaitingShipment.seller': 'Pesanan ini belum dihantar.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Pesanan ini, yang dibuat pada {date}, belum dihantar.',

  'advice.msg.line.orderNumber': 'Nombor pesanan: {orderId}',
  'advice.msg.line.trackingNumber': 'Nombor penjejakan: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Nombor penjejakan: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Dipesan: {date}',
  'advice.msg.line.shipped': 'Dihantar: {date}',
  'advice.msg.line.estimatedDelivery': 'Anggaran penghantaran: {date}',
  'advice.msg.line.delivered': 'Diterima: {date}',
  'advice.msg.line.lastUpdate': 'Kemas kini penjejakan terakhir: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Mohon semak perkara ini dengan penjual dan kurier serta maklumkan langkah seterusnya kepada saya.',
  'advice.msg.ask.tiktok.seller':
    'Mohon semak perkara ini dengan penyedia logistik dan nasihatkan langkah seterusnya atau pampasan.',
  'advice.msg.ask.seller.awaitingShipment':
    'Mohon maklumkan bila pesanan ini akan dihantar, atau batalkan dan buat bayaran balik jika ia tidak dapat dihantar dalam masa terdekat.',
  'advice.msg.ask.seller':
    'Mohon semak dengan kurier dan maklumkan kepada saya apa yang boleh dilakukan (hantar semula atau bayaran balik).',
  'advice.msg.ask.buyer':
    'Saya mohon maaf atas kesulitan ini. Saya sedang membuat susulan dan akan memaklumkan anda sebaik sahaja menerima maklum balas.',
  'advice.msg.ask.carrier.delayed': 'Mohon semak di mana bungkusan ini berada dan bila ia akan dihantar.',
  'advice.msg.ask.carrier.lost':
    'Mohon buka pengesanan (carian) untuk bungkusan ini dan berikan nombor rujukan kepada saya.',
  'advice.msg.ask.carrier.notReceived':
    'Mohon maklumkan di mana tepatnya dan bagaimana bungkusan ini dihantar (GPS, gambar atau tandatangan).',
  'advice.msg.ask.carrier.wrongAddress':
    'Mohon maklumkan sama ada bungkusan ini boleh diubah hala atau ditahan untuk diambil.',
  'advice.msg.ask.carrier.customs':
    'Mohon maklumkan apa yang diperlukan untuk pelepasan kastam dan cara membayar sebarang duti di laman web rasmi anda.',
  'advice.msg.ask.carrier.damaged': 'Mohon maklumkan cara melaporkan kerosakan dan bukti apa yang anda perlukan.',
  'advice.msg.ask.carrier.returned':
    'Mohon maklumkan sebab bungkusan ini dipulangkan dan sama ada ia boleh dihantar semula atau diambil.',
  'advice.msg.ask.carrier.awaitingShipment':
    'Mohon maklumkan sama ada bungkusan dengan nombor ini telah diserahkan kepada anda.',

  'advice.msg.callNotes.heading': 'Nota panggilan: {carrier}',
  'advice.msg.callNotes.problem': 'Masalah: {problem}',
  'advice.msg.callNotes.ask': 'Tanya: {ask}',
  'advice.msg.callNotes.writeDown':
    'Catat: tarikh dan masa, nama ejen, nombor rujukan atau nombor kes, dan apa yang dijanjikan serta bila.',

  'tiktok.app.profile': 'Profil',
  'tiktok.app.yourOrders': 'Pesanan anda',
  'tiktok.app.orders': 'Pesanan',
  'tiktok.app.theOrder': 'pesanan tersebut',
  'tiktok.app.theItem': 'barangan tersebut',
  'tiktok.app.sellerName': 'nama penjual',
  'tiktok.app.message': 'Mesej',
  'tiktok.app.help': 'Bantuan',
  'tiktok.app.getHelp': 'Dapatkan bantuan',
  'tiktok.app.chooseQuestion': 'Pilih soalan anda',
  'tiktok.app.contactUs': 'Hubungi kami',
  'tiktok.app.contactTiktok': 'Hubungi TikTok',
  'tiktok.app.requestReturnOrRefund': 'Minta pemulangan atau bayaran balik',
  'tiktok.app.packageNotReceived': 'Bungkusan tidak diterima',
  'tiktok.app.continue': 'Teruskan',
  'tiktok.app.orderDetails': 'Butiran pesanan',
  'tiktok.app.moneyBackGuaranteeLink': 'pautan jaminan wang dikembalikan',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Pusat Bantuan',
  'tiktok.seller.contactUs': 'Hubungi Kami',
  'tiktok.seller.ticketLog': 'Log Tiket',
  'tiktok.seller.complaintsDisputes': 'Aduan & Pertikaian',
  'tiktok.seller.complaintsDispute': 'Aduan & pertikaian',
  'tiktok.seller.complaintsDisputesLogistic': 'Aduan & Pertikaian (Berkaitan logistik)',
  'tiktok.seller.complaintsDisputeLogistic': 'Aduan & Pertikaian (Berkaitan logistik)',
  'tiktok.seller.logisticIssue': 'Isu Logistik',
  'tiktok.seller.logisticIssueLower': 'Isu logistik',
  'tiktok.seller.deliveryInquiry': 'Pertanyaan proses penghantaran',
  'tiktok.seller.packageLost': 'Bungkusan Hilang',
  'tiktok.seller.packageDamaged': 'Bungkusan Rosak',
  'tiktok.seller.deliveredNotReceived': 'Dihantar tetapi tidak diterima',
  'tiktok.seller.unmovedTracking': 'Penjejakan tidak bergerak',
  'tiktok.seller.pickUpIssues': 'Isu Pengambilan',
  'tiktok.seller.pickedUpNotUpdated': 'Telah diambil tetapi status logistik tidak dikemas kini',

  'tiktok.page.euReturnsSpanish': 'Polisi pemulangan dan bayaran balik TikTok Shop (EEA, bahasa Sepanyol)',
  'tiktok.page.esReturns': 'Polisi pemulangan dan bayaran balik TikTok Shop (EEA)',
  'tiktok.page.usMoneyBackGuarantee': 'Jaminan wang dikembalikan TikTok Shop',
  'tiktok.page.gbReturns': 'Polisi pemulangan dan bayaran balik TikTok Shop (UK)',
  'tiktok.page.usNotReceived': 'Bungkusan ditandakan sebagai telah dihantar tetapi tidak diterima',
  'tiktok.page.usContactSellerOrTiktok': 'Cara menghubungi penjual atau TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: hubungi sokongan TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: isu logistik dan tiket',
  'tiktok.page.thSellerHelp': 'Seller Center: tiket logistik (hilang, rosak, tidak diterima)',
  'tiktok.page.idSellerHelp': 'Seller Center: Pusat Bantuan dan Log Tiket',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping di UK dan EU (kurier mengikut pasaran)',
  'tiktok.page.usSellerShippingRules':
    'Peraturan Seller Shipping (tempoh penghantaran, bungkusan hilang, pembetulan penjejakan)',
  'tiktok.page.thShippingModes': 'Ship by TikTok dan Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Bungkusan hilang atau rosak yang dihantar melalui platform: pampasan',
  'tiktok.page.idReturns': 'Pemulangan dan bayaran balik (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims': 'Tuntutan insurans TikTok Shipping (dalam 90 hari dari tarikh pesanan dihantar)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping dan Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Penghantaran gagal dan bungkusan yang sedang dipulangkan',
  'tiktok.page.vnBuyerReturns': 'Peraturan pemulangan dan bayaran balik untuk pembeli (15 hari selepas penghantaran)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (jualan global)',
  'tiktok.page.globalTicket': 'Buat tiket (Seller Center jualan global)',
  'tiktok.page.sellerUniversity': 'Seller University (bantuan Seller Center)',
  'tiktok.page.sellerTicket': 'Tiket sokongan Seller Center',

  'tiktok.note.unknownRegion':
    'Kami tidak tahu pasaran TikTok Shop anda, jadi ini ialah laluan umum Seller Center TikTok (didokumentasikan untuk AS). Pilih negara anda dalam tetapan untuk mendapatkan Seller Center dan halaman polisi pasaran anda.',
  'tiktok.note.unknownRegionBuyer':
    'Kami tidak tahu pasaran TikTok Shop anda, jadi ini ialah laluan umum TikTok dalam aplikasi (didokumentasikan untuk AS). Pilih negara anda dalam tetapan untuk mendapatkan laluan dan halaman polisi pasaran anda.',
  'tiktok.note.usBuyerPath':
    'Tanya penjual dahulu: Profil > Pesanan anda > nama penjual > Mesej. Jika penjual tidak dapat membantu, hubungi TikTok di sini.',
  'tiktok.note.seaBuyerPath':
    'Perkataan lama daripada bantuan penjual TikTok Shop untuk Asia Tenggara dan Indonesia; aplikasi semasa mungkin menamakan langkah-langkahnya secara berbeza.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok mendokumentasikan laluan ini untuk AS; aplikasi di pasaran anda mungkin menggunakan perkataan yang berbeza.',
  'tiktok.note.euReturnsSpanishOnly':
    'Hanya versi bahasa Sepanyol polisi EEA yang ditemui; versi bahasa lain belum disahkan.',
  'tiktok.note.usMoneyBackGuarantee':
    'Melindungi sehingga 90 hari dari "Diterima"; cari pautannya di halaman Butiran pesanan.',
  'tiktok.note.gbReturns':
    'Hak pembatalan 14 hari serta manfaat pemulangan lanjutan 30 hari dari tarikh pesanan diterima.',
  'tiktok.note.esReturns': 'Polisi EEA, kali terakhir dikemas kini 1 Julai 2025.',
  'tiktok.note.usNotReceived':
    'Minta pemulangan atau bayaran balik dalam masa 30 hari dari kemas kini "Diterima", dengan sebab "Bungkusan tidak diterima".',
  'tiktok.note.usSellerHours':
    'Ejen langsung setiap hari 5:00 pagi–11:00 malam PST; di luar waktu itu hanya Soalan Lazim.',
  'tiktok.note.usSellerPath': 'Melalui ikon Pembantu atau Pusat Bantuan dalam Seller Center.',
  'tiktok.note.seaSellerPath':
    'Didokumentasikan dalam bantuan Seller Center Vietnam; TikTok menggunakan aliran yang sama di seluruh Asia Tenggara.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok mendokumentasikan laluan ini untuk Seller Center AS; Seller Center di pasaran anda mungkin menggunakan perkataan yang berbeza.',
  'tiktok.note.partnerDocumentation': 'Dokumentasi rakan kongsi TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Seller Center jualan global, seperti yang diterangkan dalam panduan penjual; TikTok belum mengesahkan laluan ini.',
  'tiktok.note.sellerGuideAddress': 'Alamat daripada panduan penjual; belum disahkan oleh TikTok.',
  'tiktok.note.universityNotOpened':
    'Seller University terletak di bawah /university pada setiap hos Seller Center; halaman utama ini belum dibuka.',
  'tiktok.note.hostNotConfirmed': 'Alamat Seller Center ini belum disahkan di halaman rasmi TikTok.',
  'tiktok.note.vnTicketAddress':
    'Alamat halaman tiket belum disahkan oleh TikTok; artikel yang dipautkan menerangkan aliran tiket.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Alamat belum disahkan untuk pasaran ini. Jika ia tidak dibuka, gunakan Pusat Bantuan > Hubungi Kami dalam Seller Center.',
};
