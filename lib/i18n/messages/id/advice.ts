import type { AdviceKey } from '../en/advice';

/**
 * Indonesian messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices: "Anda" (formal); "nomor resi" for the tracking number and "kurir" for the carrier, as Indonesian buyers and
 * sellers say them; order statuses as lib/page/phrases.ts has them ("Terkirim" = Delivered, "Dikirim" = Shipped).
 * Shipping-mode and service names (TikTok Shipping, Seller Shipping, Fulfilled by TikTok, Seller Center, U-PIC) stay
 * in English, as TikTok writes them.
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Belum pasti: {note}',
  'advice.open.addressNotConfirmed': '{label} (alamat belum dikonfirmasi)',

  'advice.span.calendar': '{count, plural, other {# hari kalender}}',
  'advice.span.business': '{count, plural, other {# hari kerja}}',

  // Noun phrases that read after "setelah", "sejak" and "tanggal"; none starts with "tanggal" so that
  // advice.unknown.anchorDate does not say "tanggal tanggal ...".
  'advice.anchor.deliveredStatus': 'status Terkirim',
  'advice.anchor.delivery': 'paket terkirim',
  'advice.anchor.receipt': 'pesanan diterima',
  'advice.anchor.lastCarrierScan': 'pemindaian terakhir oleh kurir',
  'advice.anchor.shipDate': 'pengiriman',
  'advice.anchor.lastLogisticsUpdate': 'pembaruan logistik terakhir',
  'advice.anchor.lostOrDamagedStatus': 'perubahan status menjadi hilang atau rusak',
  'advice.anchor.trackingUpload': 'unggahan nomor resi (dianggap sebagai tanggal pengiriman)',
  'advice.anchor.orderDate': 'pemesanan',

  'advice.deadline.request.by': 'Ajukan permintaan paling lambat {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.request.within':
    'Ajukan permintaan dalam {span} sejak {anchor}; halaman pesanan tidak menampilkan tanggalnya, jadi periksa di pesanan.',
  'advice.deadline.request.passed':
    'Batas waktu untuk mengajukan permintaan berakhir pada {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.claim.by': 'Ajukan klaim paling lambat {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.claim.within':
    'Ajukan klaim dalam {span} sejak {anchor}; halaman pesanan tidak menampilkan tanggalnya, jadi periksa di pesanan.',
  'advice.deadline.claim.passed':
    'Batas waktu untuk mengajukan klaim berakhir pada {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.edit.by': 'Ubah nomor resi paling lambat {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.edit.within':
    'Ubah nomor resi dalam {span} sejak {anchor}; halaman pesanan tidak menampilkan tanggalnya, jadi periksa di pesanan.',
  'advice.deadline.edit.passed':
    'Batas waktu untuk mengubah nomor resi berakhir pada {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.submitTicket.by': 'Kirim tiket paling lambat {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Kirim tiket dalam {span} sejak {anchor}; halaman pesanan tidak menampilkan tanggalnya, jadi periksa di pesanan.',
  'advice.deadline.submitTicket.passed':
    'Batas waktu untuk mengirim tiket berakhir pada {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.file.by': 'Ajukan klaim asuransi paling lambat {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.file.within':
    'Ajukan klaim asuransi dalam {span} sejak {anchor}; halaman pesanan tidak menampilkan tanggalnya, jadi periksa di pesanan.',
  'advice.deadline.file.passed':
    'Batas waktu untuk mengajukan klaim asuransi berakhir pada {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.submitClaim.by': 'Kirim klaim paling lambat {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Kirim klaim dalam {span} sejak {anchor}; halaman pesanan tidak menampilkan tanggalnya, jadi periksa di pesanan.',
  'advice.deadline.submitClaim.passed':
    'Batas waktu untuk mengirim klaim berakhir pada {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.deadline.askAnyway': 'Tetap ajukan: jelaskan alasan keterlambatannya dan simpan catatannya.',
  'advice.deadline.soon': 'Waktunya sudah sangat dekat: lakukan sekarang.',
  'advice.start.unmoved.from':
    'Jika status masih belum berubah, buat tiket mulai {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.start.unmoved.after': 'Jika status masih belum berubah, buat tiket setelah {span} terhitung sejak {anchor}.',
  'advice.start.noCompensation.from':
    'Jika kompensasi belum diterima, buat tiket mulai {date} ({span} setelah {anchor} pada {anchorDate}).',
  'advice.start.noCompensation.after':
    'Jika kompensasi belum diterima, buat tiket setelah {span} terhitung sejak {anchor}.',

  'advice.rule.assumed':
    'Sumbernya menyatakan ini untuk {regions}; kami menganggap aturan ini juga berlaku di {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'Halaman resmi menyebut "30 hari" tanpa menyebut mulai kapan; salinan kebijakan dari pihak ketiga menghitungnya sejak pesanan diterima.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Tidak berlaku untuk barang bekas, barang koleksi, dan barang final sale. Barang yang dikembalikan harus diserahkan ke titik drop-off dalam 14 hari.',
  'advice.rule.vnBuyerReturns15d.note':
    'Alasannya antara lain paket tidak diterima, barang salah atau cacat, dan pengantaran terlambat. Beberapa kategori dikecualikan. Artikel VN yang lebih lama menyebut 6 hari.',
  'advice.rule.idBuyerReturns6d.note':
    'Setelah itu, pembeli masih dapat mengirim pesan ke penjual atau menghubungi TikTok melalui Pesanan > Hubungi TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Untuk barang cacat, pembeli juga memiliki hak hukum terhadap penjual di luar batas waktu ini (bagian 7 kebijakan).',
  'advice.rule.euSpanishEdition.note':
    'Dibaca dari edisi bahasa Spanyol kebijakan UE (terakhir diperbarui 1 Juli 2025); bahasa lain belum diperiksa.',
  'advice.rule.usSellerLost10Calendar.note':
    'Pengiriman domestik. Paket yang hilang dapat membuat pesanan dibatalkan dan dana dikembalikan ke pembeli.',
  'advice.rule.usSellerLost7Business.note':
    'Hari kerja di sini hanya melewati akhir pekan; ekstensi ini tidak mengetahui hari libur nasional.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Menanggung hingga $200 secara otomatis (lebih jika dibeli bersama label); paket harus memiliki pemindaian kurir.',
  'advice.rule.seaSellerClaim40d.note':
    'Dihitung seperti contoh dari TikTok: pembaruan terakhir 1 Feb 2024, klaim paling lambat 11 Mar 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Kami menghitung sejak pembaruan logistik terakhir, dengan anggapan itu adalah perubahan status menjadi hilang atau rusak.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'Halaman tidak menampilkan waktu unggah; kami memakai tanggal pengiriman, jadi batas waktu sebenarnya bisa berakhir lebih awal.',
  'advice.rule.usSellerTrackingTicket30d.note': 'Sertakan nomor resi dan kurir yang lama serta yang baru.',

  'advice.noScan':
    'TikTok menganggap paket Seller Shipping hilang setelah 7 hari kerja (atau 10 hari kalender) tanpa pemindaian kurir.',
  'advice.noScan.dated':
    'TikTok menganggap paket Seller Shipping hilang setelah 7 hari kerja (atau 10 hari kalender) tanpa pemindaian kurir: mulai {date}, dihitung dari pemindaian terakhir pada {lastScan}.',

  'advice.when.now': 'Sekarang',
  'advice.when.everyContact': 'Setiap kali Anda menghubungi pihak mana pun',
  'advice.when.sellerNotSolved': 'Jika penjual belum menyelesaikannya dalam 2 hari',
  'advice.when.afterNoScan': 'Setelah 7 hari kerja tanpa pemindaian baru',
  'advice.when.checksDone': 'Setelah pemeriksaan di atas selesai',
  'advice.when.ifNotByEstimate': 'Jika paket belum tiba hingga perkiraan tanggal tiba, {date}',
  'advice.when.estimatePassed': 'Sekarang: perkiraan tanggal tiba ({date}) sudah lewat',
  'advice.when.arrivesLate': 'Setelah paket tiba terlambat',
  'advice.when.carrierReportsLost': 'Setelah kurir menyatakan paket hilang',
  'advice.when.trackingStalled': 'Jika pelacakan tidak bergerak selama beberapa hari',
  'advice.when.requestStalls': 'Jika permintaan ditolak atau tidak ada kemajuan',
  'advice.when.heldOrSentBack': 'Jika paket tertahan atau dikembalikan',
  'advice.when.beforeUnpacking': 'Sekarang, sebelum membongkar lebih jauh',
  'advice.when.returnWindowClosed': 'Jika batas waktu pengembalian 30 hari sudah berakhir',
  'advice.when.sellerRefuses': 'Jika penjual menolak atau tidak menjawab',
  'advice.when.backWithSeller': 'Setelah paket kembali ke penjual',
  'advice.when.promisedDatePasses': 'Jika tanggal pengiriman yang dijanjikan terlewati',
  'advice.when.beforeNoScan': 'Sebelum 7 hari kerja berlalu tanpa pemindaian',
  'advice.when.asSoonAsNoticed': 'Segera setelah Anda menyadarinya',
  'advice.when.editUsed': 'Jika kesempatan ubah satu kali sudah terpakai atau 72 jamnya sudah lewat',
  'advice.when.requestArrives': 'Segera setelah permintaan masuk',
  'advice.when.beforeLabel': 'Sebelum label dicetak',
  'advice.when.tagAppears': 'Saat tag muncul di pesanan',
  'advice.when.whileReturning': 'Selama paket dalam perjalanan kembali',
  'advice.when.handlingTime': 'Dalam waktu pemrosesan yang diatur di Seller Center',
  'advice.when.handOver': 'Saat Anda menyerahkan paket',
  'advice.when.afterPickup': '24 jam setelah penjemputan',

  'advice.appliesIf.seller.platform': 'Jika TikTok yang mengatur pengiriman (TikTok Shipping / Dikirim via platform)',
  'advice.appliesIf.seller.sellerShipping':
    'Jika Anda mengirim dengan kurir sendiri (Seller Shipping / Dikirim oleh penjual)',
  'advice.appliesIf.buyer.platform': 'Jika TikTok yang mengatur pengiriman',
  'advice.appliesIf.buyer.sellerShipping': 'Jika penjual mengirim dengan kurirnya sendiri',
  'advice.appliesIf.fbt': 'Jika pesanan dipenuhi oleh Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'Salin pesan untuk penjual',
  'advice.copy.buyerMessage': 'Salin pesan untuk pembeli',
  'advice.copy.tiktokChat': 'Salin pesan untuk layanan pelanggan TikTok Shop',
  'advice.copy.ticket': 'Salin teks tiket',
  'advice.copy.request': 'Salin teks permintaan',
  'advice.copy.claim': 'Salin teks klaim',
  'advice.copy.callNotes': 'Salin catatan telepon',
  'advice.copy.carrierEmail': 'Salin email untuk kurir',
  'advice.open.policy': 'Baca kebijakannya',
  'advice.open.usProtections': 'Perlindungan TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Jaminan uang kembali',
  'advice.open.sellerShippingRules': 'Aturan Seller Shipping',
  'advice.open.editTracking': 'Mengubah informasi pelacakan',
  'advice.open.trackingValidation': 'Validasi ID pelacakan',
  'advice.open.returnRules': 'Aturan pengembalian',
  'advice.open.failedDelivery': 'Pesanan Gagal Terkirim',
  'advice.open.returnedParcels': 'Paket yang dikembalikan',
  'advice.open.pickupRules': 'Aturan penjemputan',

  'advice.step.track.title': 'Cek pelacakan di situs kurir',
  'advice.step.track.detail':
    'Halaman kurir sering menampilkan pemindaian, catatan pengantaran, atau kendala yang belum muncul di halaman pesanan.',
  'advice.step.track.detail.lastScan':
    'Cari pemindaian terakhir dan pemberitahuan kendala (rusak, masalah alamat, dikembalikan).',
  'advice.step.track.detail.customs':
    'Halaman kurir menunjukkan apakah paket ditahan bea cukai dan apakah ada bea yang harus dibayar.',
  'advice.step.track.detail.whyReturned':
    'Cari tahu mengapa paket dikembalikan: percobaan pengantaran gagal, masalah alamat, atau menunggu di titik pengambilan.',
  'advice.step.track.detail.compare': 'Bandingkan pelacakan kurir dengan halaman pesanan; keduanya bisa berbeda.',
  'advice.step.track.detail.lastScanDate':
    'Catat tanggal pemindaian terakhir: batas waktu klaim dihitung dari tanggal itu.',
  'advice.step.track.detail.deliveryScan':
    'Lihat pemindaian pengantaran: waktu, tempat, serta foto atau tanda tangan jika ada.',
  'advice.step.track.detail.customsSeller': 'Lihat apakah paket ditahan bea cukai dan apa yang sedang ditunggu.',
  'advice.step.track.detail.whyComingBack':
    'Cari tahu mengapa paket dikembalikan: percobaan pengantaran gagal, masalah alamat, atau ditolak.',

  'advice.step.keepRecords.title': 'Catat setiap kontak',
  'advice.step.keepRecords.detail':
    'Catat setiap chat, telepon, tiket, dan klaim beserta tanggal dan nomor referensinya di log kasus, dan simpan tangkapan layar pelacakan dan halaman pesanan.',

  'advice.step.messageSeller.title': 'Kirim pesan ke penjual',
  'advice.step.messageSeller.detail':
    'Penjual yang memesan kurir dan dapat menanyakannya, mengirim ulang, atau mengembalikan dana. Kirim pesan dari pesanan di aplikasi TikTok agar chat-nya tercatat.',
  'advice.step.messageSeller.detail.redirect':
    'Beri tahu penjual alamat yang benar; penjual dapat meminta kurirnya mengalihkan atau mengirim ulang paket.',
  'advice.step.messageSeller.detail.updateAddress':
    'Minta penjual memperbarui alamat pengiriman sebelum paket dikirim: saat itulah paling mudah memperbaikinya.',
  'advice.step.messageSeller.detail.customs':
    'Penjual dapat memberikan invoice atau detail bea cukai. TikTok Shop tidak menerbitkan kebijakan bea cukai untuk pembeli; siapa yang membayar bea bergantung pada produk dan negara Anda.',
  'advice.step.messageSeller.detail.reship':
    'Minta penjual mengirim ulang setelah paket kembali, atau mengembalikan dana Anda.',
  'advice.step.messageSeller.detail.whenShips':
    'Tanyakan kepada penjual kapan pesanan akan dikirim. Setelah dikirim, nomor resi muncul di pesanan dan Carrier Finder dapat menampilkan kurirnya.',

  'advice.step.contactTiktok.title': 'Hubungi layanan pelanggan TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Jika penjual tidak bisa membantu atau tidak menjawab, buat laporan ke TikTok Shop di aplikasi.',
  'advice.step.contactTiktok.detail.notShipped':
    'Jika pesanan belum dikirim hingga tanggal yang dijanjikan di halaman pesanan, tanyakan kepada TikTok Shop tentang pembatalan atau pengembalian dana.',
  'advice.step.contactTiktok.scamWarning':
    'Layanan dukungan TikTok tidak pernah meminta detail kartu, kata sandi, atau kode OTP melalui telepon, email, atau chat.',

  'advice.step.messageBuyer.title': 'Beri tahu pembeli apa yang terjadi',
  'advice.step.messageBuyer.detail':
    'Pesan singkat sekarang membuat pembeli bisa mengecek dari sisinya dan menunjukkan bahwa Anda sedang menanganinya sebelum pembeli mengajukan komplain.',
  'advice.step.messageBuyer.detail.checkAround':
    'Minta pembeli mengecek alamat, bertanya ke anggota rumah dan tetangga, melihat sekitar pintu, serta memeriksa catatan kurir tentang titik pengambilan.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Pastikan alamat yang benar dan lengkap dengan pembeli di chat pesanan.',
  'advice.step.messageBuyer.detail.customs':
    'Beri tahu pembeli bahwa paket ada di bea cukai dan apakah pembeli mungkin dikenakan bea.',
  'advice.step.messageBuyer.detail.redeliver':
    'Minta pembeli mengonfirmasi alamat dan apakah pembeli masih ingin paketnya diantar ulang.',
  'advice.step.messageBuyer.detail.whenShips': 'Beri tahu pembeli kapan pesanan akan dikirim.',

  'advice.step.usNoScan.title': 'Hubungi TikTok Shop setelah paket dianggap hilang',
  'advice.step.usNoScan.detail':
    'Hal itu dapat membuat pesanan dibatalkan dan dananya dikembalikan: saat itulah hubungi layanan pelanggan.',

  'advice.step.requestRefund.title': 'Ajukan pengembalian barang atau dana di aplikasi',
  // "Paket tidak diterima" as tiktok.app.packageNotReceived: the app's refund reason in Indonesian.
  'advice.step.requestRefund.title.us': 'Ajukan pengembalian dana: "Paket tidak diterima"',
  'advice.step.requestRefund.notReceived':
    'Jika paket tetap tidak ditemukan, ajukan pengembalian dana karena paket tidak diterima.',
  'advice.step.requestRefund.damaged':
    'Ajukan pengembalian barang atau dana untuk barang yang rusak, cacat, atau salah.',
  'advice.step.requestRefund.inApp':
    'Buka pesanan di aplikasi TikTok dan ajukan pengembalian barang atau dana dengan alasan yang sesuai.',
  'advice.step.requestRefund.noLimit':
    'Kami tidak memiliki data batas waktu TikTok untuk {market}, jadi lakukan segera.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Kami tidak memiliki data batas waktu TikTok untuk pasar Anda, jadi lakukan segera.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Hak hukum Anda untuk membatalkan berlaku hingga {date} (14 hari setelah pesanan diterima); batas 30 hari adalah manfaat tambahan.',
  'advice.step.requestRefund.rightToCancel':
    'Hak hukum Anda untuk membatalkan berlaku 14 hari setelah pesanan diterima; batas 30 hari adalah manfaat tambahan.',

  'advice.step.lateDeliveryRefund.title': 'Keterlambatan pengiriman bisa menjadi alasan pengembalian dana',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok mencantumkan keterlambatan pengiriman atau pengantaran sebagai alasan permintaan pengembalian barang/dana.',

  'advice.step.usDeliveryGuarantee.title': 'Ketahui perlindungan Anda: jaminan pengantaran TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'Menurut TikTok Shop, dana Anda dikembalikan secara otomatis jika kurir melaporkan paket hilang atau rusak.',

  'advice.step.carrierTrace.title': 'Minta kurir melacak paket',
  'advice.step.carrierTrace.detail':
    'Hanya kurir yang dapat memastikan paket hilang. Banyak kurir hanya menerima klaim dari pengirim, jadi mungkin penjual atau TikTok Shop yang harus mengajukannya; nomor referensi pelacakan tetap membantu mereka.',

  'advice.step.checkAround.title': 'Periksa alamat dan sekitar tempat pengantaran',
  'advice.step.checkAround.detail':
    'Periksa alamat di pesanan, tanyakan ke anggota rumah dan tetangga, cari di sekitar pintu, teras, garasi, dan pintu belakang, serta cari pemberitahuan percobaan pengantaran atau catatan titik pengambilan.',

  'advice.step.carrierWhereDelivered.title': 'Tanyakan kepada kurir di mana tepatnya paket diantar',
  'advice.step.carrierWhereDelivered.detail':
    'Kurir mungkin memiliki foto pengantaran, titik GPS, atau tanda tangan, atau mungkin menandai paket terkirim terlalu awal. Jika alamatnya salah, kurir mungkin dapat mengalihkan paket.',

  'advice.step.carrierRedirectOrHold.title': 'Minta kurir mengalihkan atau menahan paket',
  'advice.step.carrierRedirectOrHold.detail':
    'Kurir terkadang dapat mengalihkan paket atau menahannya untuk diambil; siapkan nomor resi dan alamat yang benar.',

  'advice.step.carrierCustoms.title': 'Tanyakan kepada kurir apa yang dibutuhkan bea cukai',
  'advice.step.carrierCustoms.detail':
    'Kurir (atau pos nasional Anda) yang mengurus pengeluaran paket dari bea cukai dan memungut bea. Bayar hanya di situs resmi kurir atau langsung di tempat, jangan pernah melalui tautan di SMS.',

  'advice.step.documentDamage.title': 'Foto semuanya sebelum membuang apa pun',
  'advice.step.documentDamage.detail':
    'Ambil foto yang jelas dari barang, kardus, dan label dengan nomor resi, dan simpan kemasannya. Foto yang buram atau kurang jelas bisa membuat klaim ditolak.',

  'advice.step.moneyBackGuarantee.title': 'Setelah batas waktu pengembalian: jaminan uang kembali',
  'advice.step.moneyBackGuarantee.detail': 'Untuk barang yang rusak atau cacat.',
  'advice.step.moneyBackGuarantee.link': 'Temukan tautan jaminan uang kembali di halaman Detail pesanan.',

  'advice.step.carrierRedeliver.title': 'Minta kurir mengantar ulang atau menahan paket untuk diambil',
  'advice.step.carrierRedeliver.detail':
    'Jika paket dikirim ke titik pengambilan dan belum keluar dari sana, kurir sering kali dapat mengantar ulang atau menahannya untuk Anda.',

  'advice.step.thAutoRefund.title': 'Paket yang kembali ke penjual akan dikembalikan dananya',
  'advice.step.thAutoRefund.detail':
    'Saat status berubah menjadi "Dikembalikan ke Penjual", TikTok Shop membatalkan pesanan dan mengembalikan dana secara otomatis.',

  'advice.step.sellerSupport.title': 'Buat tiket ke dukungan penjual TikTok',
  'advice.step.sellerSupport.title.ask': 'Tanyakan ke dukungan penjual TikTok',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Pusat Bantuan > Hubungi Kami; agen langsung setiap hari pukul 05.00–23.00 waktu Pasifik. Untuk TikTok Shipping, paket yang pelacakannya tidak bergerak lebih dari 10 hari diberi kompensasi secara otomatis.',
  'advice.step.sellerSupport.detail.chase': 'Minta tim dukungan menindaklanjuti kurir untuk pembaruan status.',
  'advice.step.sellerSupport.detail.redirect':
    'Minta tim dukungan agar kurir memperbaiki atau mengalihkan pengantaran.',
  'advice.step.sellerSupport.detail.customs':
    'Jika TikTok yang mengatur pengiriman, kurirnya yang mengurus bea cukai: tanyakan kepada tim dukungan apa yang dibutuhkan bea cukai.',
  'advice.step.sellerSupport.detail.returning':
    'Tanyakan kepada tim dukungan di mana posisi paket yang sedang kembali dan tentang pengantaran ulang.',
  'advice.step.sellerSupport.detail.pickup':
    'Tanyakan kepada tim dukungan tentang penjemputan jika kurir belum mengambil paket.',

  'advice.step.usLostThreshold.title': 'Pastikan paket bergerak sebelum dianggap hilang',
  'advice.step.usLostThreshold.passed':
    'Tanggal itu sudah lewat: TikTok mungkin sudah menganggap paket hilang, yang dapat membatalkan pesanan dan mengembalikan dana pembeli. Minta kurir melacak paket dan memberikan konfirmasinya sekarang.',
  'advice.step.usLostThreshold.ahead':
    'Paket yang hilang bisa berarti pesanan dibatalkan dan dana pembeli dikembalikan, jadi desak kurir untuk memindai atau melacak paket sebelum tanggal itu.',

  'advice.step.usEditTracking.title': 'Jika nomor resi yang diunggah salah: ubah sekali',
  'advice.step.usEditTracking.detail': 'Informasi pelacakan dapat diubah satu kali, dalam 72 jam setelah diunggah.',
  'advice.step.usTrackingTicket.title': 'Setelah itu: perbaiki melalui tiket dukungan',
  'advice.step.usTrackingTicket.detail': 'Kirim nomor resi dan kurir yang lama serta yang baru.',

  'advice.step.usShippingClaim.title': 'Ajukan klaim TikTok Shipping',
  'advice.step.usShippingClaim.where': 'Ajukan dari Kelola Pesanan atau Detail Pesanan.',
  'advice.step.usShippingClaim.insurer':
    'Pihak asuransi (U-PIC) memutuskan dalam 7–10 hari kerja dan mungkin meminta surat pernyataan di bawah sumpah dari pembeli; banding diajukan ke U-PIC.',

  'advice.step.seaClaim.title.lost': 'Klaim kompensasi: Paket Hilang',
  'advice.step.seaClaim.title.damaged': 'Klaim kompensasi: Paket Rusak',
  'advice.step.seaClaim.title.notReceived': 'Klaim kompensasi: Terkirim tetapi tidak diterima',

  'advice.claim.lost.sea':
    'TikTok memberi kompensasi otomatis untuk paket platform yang hilang dan mengembalikan dana pembeli.',
  // US Seller Center works in English: its claim types stay in English, with the meaning in brackets.
  'advice.claim.lost.us':
    'Dengan Upgraded TikTok Shipping, TikTok menangani klaimnya sendiri dan menyetujui "Package Lost" (paket hilang) secara otomatis setelah kurir memastikan paket hilang.',
  'advice.claim.lost.other': 'Laporkan paket yang hilang dan tanyakan tentang kompensasi.',
  'advice.claim.notReceived.sea':
    'Setujui dulu permintaan pengembalian dana dari pembeli; setelah dana dikembalikan, klaim kompensasi.',
  'advice.claim.notReceived.us':
    'Dengan Upgraded TikTok Shipping, TikTok menyetujui "Delivered But Not Received" (terkirim tetapi tidak diterima) secara otomatis jika persyaratan kebijakannya terpenuhi.',
  'advice.claim.notReceived.other':
    'Laporkan paket yang terkirim tetapi tidak diterima dan tanyakan cara mengajukan klaim.',
  'advice.claim.damaged.sea':
    'TikTok memberi kompensasi otomatis untuk paket platform yang rusak dan mengembalikan dana pembeli.',
  'advice.claim.damaged.us':
    'Dengan Upgraded TikTok Shipping, paket kosong atau barang yang kurang atau salah ditinjau kasus per kasus berdasarkan bukti kesalahan kurir.',
  'advice.claim.damaged.other': 'Laporkan kerusakan beserta buktinya dan tanyakan tentang kompensasi.',
  'advice.claim.returned.sea':
    'Jika Anda kehilangan pembayaran sekaligus barangnya (paket tidak pernah kembali), Anda dapat mengklaim kompensasi.',

  'advice.step.respondInTime.title': 'Tanggapi permintaan pengembalian dari pembeli tepat waktu',
  'advice.step.respondInTime.detail.vn':
    'Tangani permintaan pengembalian barang/dana dalam 1 hari kerja sejak pembeli mengajukannya; jika tidak, permintaan itu disetujui otomatis.',
  'advice.step.respondInTime.detail.id':
    'Tangani permintaan pengembalian dalam 48 jam; jika tidak, permintaan itu disetujui otomatis.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok yang menanganinya',
  'advice.step.fbtSupport.detail': 'Gudang TikTok yang mengirim pesanan ini.',
  'advice.step.fbtSupport.chase': 'Minta tim dukungan penjual menindaklanjuti pengantaran.',
  'advice.step.fbtSupport.reimburse':
    'TikTok mengganti paket Fulfilled by TikTok yang hilang atau rusak: laporkan ke tim dukungan penjual.',
  'advice.step.fbtSupport.notReceived': 'Laporkan paket yang terkirim tetapi tidak diterima ke tim dukungan penjual.',
  'advice.step.fbtSupport.customs': 'Tanyakan kepada tim dukungan penjual apa yang dibutuhkan bea cukai.',
  'advice.step.fbtSupport.returned': 'Tanyakan kepada tim dukungan penjual tentang paket yang dikembalikan.',
  'advice.step.fbtSupport.warehouse':
    'Gudang TikTok yang mengirimnya; tanyakan kepada tim dukungan penjual jika terlambat.',

  'advice.step.ticketUnmoved.title': 'Tiket: Pelacakan tidak bergerak',
  'advice.step.ticketUnmoved.detail': 'Tim dukungan akan menindaklanjutinya dengan kurir.',

  'advice.step.carrierStatus.title': 'Minta pembaruan status dari kurir Anda',
  'advice.step.carrierStatus.detail.sea':
    'Tanyakan kepada penyedia logistik Anda. Jika paket sudah terkirim tetapi statusnya tidak berubah, perbarui status pengiriman sendiri dan unggah bukti pengantaran.',
  'advice.step.carrierStatus.detail':
    'Dengan kurir sendiri, TikTok tidak menindaklanjuti pengiriman untuk Anda: minta kurir memindai atau melacak paket.',

  'advice.step.carrierConfirmLoss.title': 'Minta kurir memastikan paket hilang',
  'advice.step.carrierConfirmLoss.detail':
    'TikTok dilaporkan meminta konfirmasi dari kurir sebelum membayar klaim paket hilang: hanya kurir yang dapat menyatakan paket hilang. Belum pasti: dilaporkan oleh pemantau perubahan kebijakan TikTok dari pihak ketiga, belum dibaca di halaman TikTok sendiri.',

  'advice.step.carrierClaim.title.lost': 'Minta pelacakan dan ajukan klaim ke kurir Anda',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok tidak menangani klaim logistik atau asuransi untuk Seller Shipping: klaimnya antara Anda dan kurir Anda.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok hanya menyelidiki dan mengganti paket yang dikirim via platform: untuk kurir Anda sendiri, ajukan klaim langsung ke kurir.',
  'advice.step.carrierClaim.detail.lost':
    'Dengan kurir sendiri, klaimnya antara Anda dan kurir; simpan label dan tanda terima drop-off.',
  'advice.step.carrierClaim.title.damaged': 'Ajukan klaim kerusakan ke kurir Anda',
  'advice.step.carrierClaim.detail.damaged': 'Kirim foto, detail kemasan, dan labelnya.',

  'advice.step.carrierProofOfDelivery.title': 'Minta bukti pengantaran dari kurir Anda',
  'advice.step.carrierProofOfDelivery.detail':
    'Minta foto pengantaran, titik GPS, atau tanda tangan, dan ajukan klaim jika paket tidak dapat ditemukan.',

  'advice.step.updateAddress.title': 'Perbaiki alamat sebelum mengirim',
  'advice.step.updateAddress.detail':
    'Sebelum pengiriman adalah saat yang paling mudah: penjual dapat memperbarui alamat pengiriman untuk pembeli.',

  'advice.step.carrierRedirect.title': 'Minta kurir mengalihkan paket',
  'advice.step.carrierRedirect.detail':
    'Kurir terkadang dapat mengalihkan paket yang sedang dalam perjalanan atau menahannya untuk diambil.',

  // US Seller Center tag, kept in English as it shows there, with its meaning in brackets.
  'advice.step.usTrackingAddressIssue.title':
    'Jika Seller Center menampilkan "Tracking address issue" (masalah alamat pelacakan)',
  'advice.step.usTrackingAddressIssue.detail':
    'Tag ini berarti kode pos di pelacakan tidak cocok dengan kode pos pembeli. Klik tag tersebut untuk melihat cara memperbaikinya dan tautan untuk membuat tiket.',

  'advice.step.thContactLogistics.title': 'Gunakan "Hubungi Layanan Logistik" pada pesanan',
  'advice.step.thContactLogistics.detail':
    'Pesanan dengan masalah logistik menampilkan tag dengan "Hubungi Layanan Logistik", yang membuka tiket yang ditujukan ke penyedia logistik. Pengantaran yang gagal tercantum di Pesanan > Kelola Pesanan > Gagal Terkirim.',

  'advice.step.carrierCustomsDocuments.title': 'Berikan dokumen bea cukai kepada kurir Anda',
  'advice.step.carrierCustomsDocuments.detail':
    'Kirim invoice komersial dan detail barang yang diminta kurir; tanyakan apakah bea dibebankan kepada pembeli.',

  'advice.step.collectEvidence.title': 'Kumpulkan bukti',
  'advice.step.collectEvidence.detail':
    'Minta foto atau video unboxing dari pembeli; simpan foto pengemasan Anda, bahan kemasan yang dipakai, dan label dengan nomor resi yang terlihat jelas.',

  'advice.step.carrierRedelivery.title': 'Tanyakan kepada kurir tentang pengantaran ulang',
  'advice.step.carrierRedelivery.detail':
    'Paket yang masih di kurir sering kali dapat diantar ulang atau ditahan untuk diambil.',

  'advice.step.thFailedDelivery.title': 'Pantau tab Gagal Terkirim',
  'advice.step.thFailedDelivery.detail':
    'Di Pesanan > Kelola Pesanan > Gagal Terkirim: setelah statusnya "Dikembalikan ke Penjual", pesanan dibatalkan dan dana dikembalikan secara otomatis. Paket retur yang tidak Anda terima akan dimusnahkan; jika pengantaran returnya gagal, Anda punya waktu 7 hari untuk memintanya kembali.',

  'advice.step.uploadTracking.title': 'Unggah nomor resi yang valid dalam waktu pemrosesan Anda',
  'advice.step.uploadTracking.detail':
    'Setelah label dibeli, tambahkan nomor resinya: Kelola Pesanan > Menunggu pengiriman > Tambahkan info pelacakan, dengan penyedia jasa kirim yang didukung. TikTok menandai nomor resi yang pemindaian pertamanya lebih dari 24 jam sebelum pesanan dibuat, atau yang kode posnya tidak cocok.',

  'advice.step.usPickupProof.title': 'Atur penjemputan dan simpan bukti serah terima',
  'advice.step.usPickupProof.detail':
    'Dengan TikTok Shipping, Anda yang mengatur penjemputan; simpan formulir USPS SCAN atau bukti penjemputan, karena jika tidak, keterlambatan sebelum pemindaian pertama dibebankan kepada Anda.',

  'advice.step.ticketPickup.title': 'Sudah dijemput tetapi status belum "Dikirim"?',
  'advice.step.ticketPickup.detail':
    'Jika kurir menjemput paket lebih dari 24 jam lalu dan statusnya belum berubah, buat tiket dengan bukti penjemputan.',

  'advice.step.carrierHandover.title': 'Jadwalkan penjemputan atau drop-off dengan kurir Anda',
  'advice.step.carrierHandover.detail':
    'Serahkan paket dan simpan tanda terima drop-off atau bukti penjemputan beserta nomor resinya.',

  'advice.note.idCountedFromDelivered': 'Dihitung dari tanggal Terkirim, yang dianggap sebagai hari pesanan diterima.',
  'advice.note.thirdPartyTracker':
    'Dilaporkan oleh pemantau perubahan kebijakan TikTok dari pihak ketiga; belum dibaca di halaman TikTok sendiri.',
  'advice.note.thVnOnly': 'Dinyatakan di bantuan Seller Center TH dan VN; dianggap berlaku untuk pasar ini.',

  'advice.reason.track':
    'Pelacakan di situs kurir adalah catatan langsung yang akan ditanyakan di setiap kontak berikutnya.',
  'advice.reason.keepRecords':
    'Pengembalian dana, klaim, dan sengketa diputuskan berdasarkan bukti yang diajukan; catatan bertanggal dari setiap kontak adalah bukti itu.',
  'advice.reason.messageSeller':
    'Penjual yang memilih kurir dan memegang detail pengiriman; pesan di chat pesanan tercatat.',
  'advice.reason.contactTiktok':
    'TikTok Shop menangani pengembalian dana dan sengketa antara pembeli dan penjual di dalam aplikasi.',
  'advice.reason.messageBuyer':
    'Dengan terus diberi kabar, pembeli dapat mengecek dari sisinya (alamat, tetangga, pemberitahuan pengambilan).',
  'advice.reason.requestRefund':
    'Permintaan pengembalian dana di aplikasi otomatis melampirkan pesanan dan memulai proses TikTok Shop sendiri.',
  'advice.reason.carrierTrace':
    'Kurir memegang data pemindaian; nomor referensi pelacakan memberi penjual dan TikTok dasar untuk bertindak.',
  'advice.reason.checkAround':
    'Sebagian besar paket "terkirim tetapi tidak diterima" ternyata ada di dekat lokasi atau di titik pengambilan.',
  'advice.reason.carrierDeliveryRecord': 'Kurir yang memegang catatan pengantaran.',
  'advice.reason.carrierRedirect': 'Hanya kurir yang dapat mengubah tujuan paket yang sedang dalam perjalanan.',
  'advice.reason.customsScam':
    'Pesan "biaya bea cukai" palsu adalah modus penipuan yang umum; direktori ini hanya mencantumkan kontak resmi kurir.',
  'advice.reason.documentDamage':
    'Pengembalian dana untuk barang yang rusak atau salah diputuskan berdasarkan foto dan kemasan.',
  'advice.reason.redeliver':
    'Paket yang masih di kurir sering kali dapat diantar ulang sebelum sampai kembali ke pengirim.',
  'advice.reason.sellerSupport':
    'Jika TikTok yang mengatur pengiriman, TikTok yang berurusan dengan kurirnya; dukungan Seller Center adalah jalurnya.',
  'advice.reason.fbt': 'Dengan Fulfilled by TikTok, yang mengirim paket adalah TikTok, bukan penjual.',
  'advice.reason.ownCarrierClaim': 'Dengan kurir sendiri, kontrak dan klaimnya antara Anda dan kurir.',
  'advice.reason.ownCarrierTrace': 'Hanya kurir Anda yang dapat memindahkan atau melacak paket yang Anda kirim.',
  'advice.reason.proofOfDelivery': 'Bukti pengantaran hanya bisa didapat dari kurir.',
  'advice.reason.notShipped': 'Belum ada yang diserahkan ke kurir.',
  'advice.reason.customsDeclaration':
    'Bea cukai berurusan dengan kurir yang mengajukan deklarasi, dan kurir berurusan dengan Anda.',
  'advice.reason.damageEvidence': 'Klaim kerusakan diputuskan berdasarkan foto, kemasan, dan label.',
  'advice.reason.redeliverySeller': 'Pengantaran ulang lebih murah dan lebih cepat sebelum paket kembali ke Anda.',
  'advice.reason.firstScan': 'Pemindaian pertama oleh kurir yang memulai pelacakan yang dilihat pembeli.',

  'advice.source.tiktokReachSupport': 'Bantuan TikTok Shop: cara menghubungi tim dukungan',
  'advice.source.tiktokSellerSupport': 'Dukungan penjual TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: saya tidak pernah menerima pesanan saya, tetapi statusnya Terkirim',
  'advice.source.usContactSellerThenSupport': 'TikTok Shop: cara menghubungi penjual dan layanan pelanggan TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Jaminan uang kembali TikTok Shop',
  'advice.source.usProtections': 'Perlindungan TikTok Shop (pengembalian, jaminan pengantaran)',
  'advice.source.gbReturns': 'Kebijakan Pembatalan dan Pengembalian TikTok Shop UK',
  'advice.source.euReturns': 'Kebijakan Pembatalan dan Pengembalian TikTok Shop UE (edisi bahasa Spanyol)',
  'advice.source.vnReturns': 'TikTok Shop VN: kapan pembeli dapat mengajukan permintaan pengembalian barang/dana?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: panduan pengembalian',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: apa yang harus saya lakukan jika pesanan saya hilang atau rusak?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: bagaimana jika paket saya hilang, rusak, atau dimusnahkan?',
  'advice.source.seaDeliveredNotReceived': 'TikTok Shop TH: pembeli tidak menerima pesanan, tetapi statusnya terkirim',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: status logistik pesanan saya macet atau tidak diperbarui',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: pesanan Gagal Terkirim',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: paket retur yang tidak diterima penjual',
  'advice.source.usSellerShipping': 'TikTok Shop US: ikhtisar dan layanan Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: mengubah informasi pelacakan',
  'advice.source.usTrackingValidation': 'TikTok Shop US: validasi ID pelacakan',
  'advice.source.usShippingInsurance': 'TikTok Shop US: asuransi pengiriman',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: cara mengajukan klaim penggantian untuk masalah logistik TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: kebijakan perlindungan dan penggantian logistik Upgraded TikTok Shipping dan CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: aturan dan tanggung jawab penjemputan TikTok Shipping dan CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: perubahan kebijakan perlindungan logistik TikTok Shop (pihak ketiga)',

  'advice.unknown.problem': 'Jenis masalah ini tidak dikenal, jadi tidak ada saran yang dapat diberikan.',
  'advice.unknown.countryRules':
    'Aturan TikTok Shop untuk negara ini belum ada di Carrier Finder, jadi langkah-langkahnya bersifat umum dan batas waktu pasar tidak ditampilkan.',
  'advice.unknown.market':
    'Pasar TikTok Shop Anda tidak diketahui, jadi batas waktu pasar (misalnya 30 hari setelah pengantaran di AS, 15 di Vietnam, 6 di Indonesia) tidak ditampilkan. Pilih negara Anda di pengaturan.',
  'advice.unknown.carrier':
    'Kurir tidak diketahui, jadi tombol pelacakan dan kontak kurir tidak dapat membuka halaman kurir. Periksa nama kurir di halaman pesanan.',
  'advice.unknown.mode':
    'Metode pengiriman tidak diketahui (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Siapa yang menangani klaim ke kurir bergantung pada metode ini, jadi langkah-langkah tersebut menyebutkan untuk kasus mana langkah itu berlaku.',
  'advice.unknown.anchorDate':
    'Halaman pesanan tidak menampilkan tanggal {anchor}, jadi batas waktu yang dihitung dari tanggal itu tidak dapat ditentukan.',
  'advice.unknown.dates': 'Tidak ada tanggal pesanan di halaman ini, jadi tidak ada langkah yang bertanggal.',

  'advice.msg.placeholder.orderId': '[nomor pesanan]',
  'advice.msg.placeholder.trackingNumber': '[nomor resi]',
  'advice.msg.placeholder.carrier': '[kurir]',
  'advice.msg.subjectLine': 'Subjek: {subject} (pesanan {orderId})',
  'advice.msg.subject.delayed': 'Paket terlambat, pelacakan tidak diperbarui',
  'advice.msg.subject.lost': 'Paket tampaknya hilang',
  'advice.msg.subject.notReceived': 'Tercatat terkirim tetapi tidak diterima',
  'advice.msg.subject.wrongAddress': 'Alamat pengiriman salah atau tidak lengkap',
  'advice.msg.subject.customs': 'Paket tertahan di bea cukai',
  'advice.msg.subject.damaged': 'Barang rusak atau salah',
  'advice.msg.subject.returned': 'Paket dikembalikan ke pengirim / pengantaran gagal',
  'advice.msg.subject.awaitingShipment': 'Pesanan belum dikirim',
  'advice.msg.greeting': 'Halo,',
  'advice.msg.thanks': 'Terima kasih.',

  'advice.msg.problem.delayed.buyer': 'Paket saya belum sampai dan pelacakannya tidak diperbarui.',
  'advice.msg.problem.delayed.buyer.since': 'Paket saya belum sampai dan pelacakannya tidak diperbarui sejak {date}.',
  'advice.msg.problem.delayed.seller': 'Paket untuk pesanan ini belum sampai dan pelacakannya tidak diperbarui.',
  'advice.msg.problem.delayed.seller.since':
    'Paket untuk pesanan ini belum sampai dan pelacakannya tidak diperbarui sejak {date}.',
  'advice.msg.problem.lost.buyer': 'Paket saya tampaknya hilang: pelacakannya tidak bergerak.',
  'advice.msg.problem.lost.buyer.since': 'Paket saya tampaknya hilang: pelacakannya tidak bergerak sejak {date}.',
  'advice.msg.problem.lost.seller': 'Paket untuk pesanan ini tampaknya hilang: pelacakannya tidak bergerak.',
  'advice.msg.problem.lost.seller.since':
    'Paket untuk pesanan ini tampaknya hilang: pelacakannya tidak bergerak sejak {date}.',
  'advice.msg.problem.notReceived.buyer':
    'Pelacakan menunjukkan paket saya sudah terkirim, tetapi saya belum menerimanya. Saya sudah bertanya kepada anggota rumah dan tetangga, dan sudah mencari di sekitar alamat.',
  'advice.msg.problem.notReceived.buyer.on':
    'Pelacakan menunjukkan paket saya terkirim pada {date}, tetapi saya belum menerimanya. Saya sudah bertanya kepada anggota rumah dan tetangga, dan sudah mencari di sekitar alamat.',
  'advice.msg.problem.notReceived.seller':
    'Pelacakan menunjukkan paket sudah terkirim, tetapi pembeli mengatakan paketnya belum sampai.',
  'advice.msg.problem.notReceived.seller.on':
    'Pelacakan menunjukkan paket terkirim pada {date}, tetapi pembeli mengatakan paketnya belum sampai.',
  'advice.msg.problem.wrongAddress.buyer':
    'Alamat pengiriman di pesanan saya salah atau tidak lengkap, sehingga perlu diperbaiki atau paketnya dialihkan.',
  'advice.msg.problem.wrongAddress.seller':
    'Alamat pengiriman di pesanan ini salah atau tidak lengkap, sehingga perlu diperbaiki atau paketnya dialihkan.',
  'advice.msg.problem.customs.buyer': 'Paket saya tertahan di bea cukai atau menunggu pembayaran bea masuk.',
  'advice.msg.problem.customs.seller':
    'Paket untuk pesanan ini tertahan di bea cukai atau menunggu pembayaran bea masuk.',
  'advice.msg.problem.damaged.buyer':
    'Paket saya tiba dalam keadaan rusak, atau berisi barang yang salah atau cacat. Saya memiliki foto barang, kemasan, dan labelnya.',
  'advice.msg.problem.damaged.seller':
    'Pembeli melaporkan bahwa paket tiba dalam keadaan rusak, atau berisi barang yang salah atau cacat.',
  'advice.msg.problem.returned.buyer': 'Paket saya dikembalikan ke pengirim atau pengantarannya gagal.',
  'advice.msg.problem.returned.seller': 'Paket untuk pesanan ini dikembalikan ke pengirim atau pengantarannya gagal.',
  'advice.msg.problem.awaitingShipment.buyer': 'Pesanan saya belum dikirim dan belum memiliki nomor resi.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Pesanan saya yang dibuat pada {date} belum dikirim dan belum memiliki nomor resi.',
  'advice.msg.problem.awaitingShipment.seller': 'Pesanan ini belum dikirim.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Pesanan ini, yang dibuat pada {date}, belum dikirim.',

  'advice.msg.line.orderNumber': 'Nomor pesanan: {orderId}',
  'advice.msg.line.trackingNumber': 'Nomor resi: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Nomor resi: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Dipesan: {date}',
  'advice.msg.line.shipped': 'Dikirim: {date}',
  'advice.msg.line.estimatedDelivery': 'Perkiraan tiba: {date}',
  'advice.msg.line.delivered': 'Terkirim: {date}',
  'advice.msg.line.lastUpdate': 'Pembaruan pelacakan terakhir: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Mohon bantu periksa masalah ini dengan penjual dan kurir, lalu beri tahu saya langkah selanjutnya.',
  'advice.msg.ask.tiktok.seller':
    'Mohon bantu periksa masalah ini dengan penyedia logistik dan beri tahu langkah selanjutnya atau kompensasinya.',
  'advice.msg.ask.seller.awaitingShipment':
    'Mohon beri tahu kapan pesanan akan dikirim, atau batalkan dan kembalikan dananya jika tidak bisa segera dikirim.',
  'advice.msg.ask.seller':
    'Mohon cek ke kurir dan beri tahu saya apa yang bisa dilakukan (kirim ulang atau pengembalian dana).',
  'advice.msg.ask.buyer':
    'Mohon maaf atas ketidaknyamanannya. Saya sedang menindaklanjuti masalah ini dan akan segera mengabari Anda begitu ada tanggapan.',
  'advice.msg.ask.carrier.delayed': 'Mohon periksa di mana paket ini berada dan kapan akan diantar.',
  'advice.msg.ask.carrier.lost':
    'Mohon lakukan pelacakan (pencarian) untuk paket ini dan berikan nomor referensinya kepada saya.',
  'advice.msg.ask.carrier.notReceived':
    'Mohon beri tahu di mana tepatnya dan bagaimana paket ini diantar (GPS, foto, atau tanda tangan).',
  'advice.msg.ask.carrier.wrongAddress': 'Mohon beri tahu apakah paket ini dapat dialihkan atau ditahan untuk diambil.',
  'advice.msg.ask.carrier.customs':
    'Mohon beri tahu apa yang diperlukan untuk mengeluarkannya dari bea cukai dan cara membayar bea di situs web resmi Anda.',
  'advice.msg.ask.carrier.damaged': 'Mohon beri tahu cara melaporkan kerusakan dan bukti apa yang Anda perlukan.',
  'advice.msg.ask.carrier.returned':
    'Mohon beri tahu mengapa paket ini dikembalikan dan apakah paket dapat diantar ulang atau diambil.',
  'advice.msg.ask.carrier.awaitingShipment':
    'Mohon beri tahu apakah paket dengan nomor ini sudah diserahkan kepada Anda.',

  'advice.msg.callNotes.heading': 'Catatan telepon: {carrier}',
  'advice.msg.callNotes.problem': 'Masalah: {problem}',
  'advice.msg.callNotes.ask': 'Tanyakan: {ask}',
  'advice.msg.callNotes.writeDown':
    'Catat: tanggal dan jam, nama petugas, nomor referensi atau nomor kasus, dan apa yang mereka janjikan beserta batas waktunya.',

  'tiktok.app.profile': 'Profil',
  'tiktok.app.yourOrders': 'Pesanan Anda',
  'tiktok.app.orders': 'Pesanan',
  'tiktok.app.theOrder': 'pesanan tersebut',
  'tiktok.app.theItem': 'barang tersebut',
  'tiktok.app.sellerName': 'nama penjual',
  'tiktok.app.message': 'Pesan',
  'tiktok.app.help': 'Bantuan',
  'tiktok.app.getHelp': 'Dapatkan bantuan',
  'tiktok.app.chooseQuestion': 'Pilih pertanyaan Anda',
  'tiktok.app.contactUs': 'Hubungi kami',
  'tiktok.app.contactTiktok': 'Hubungi TikTok',
  'tiktok.app.requestReturnOrRefund': 'Ajukan pengembalian barang atau dana',
  'tiktok.app.packageNotReceived': 'Paket tidak diterima',
  'tiktok.app.continue': 'Lanjutkan',
  'tiktok.app.orderDetails': 'Detail pesanan',
  'tiktok.app.moneyBackGuaranteeLink': 'tautan jaminan uang kembali',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Pusat Bantuan',
  'tiktok.seller.contactUs': 'Hubungi Kami',
  'tiktok.seller.ticketLog': 'Log Tiket',
  'tiktok.seller.complaintsDisputes': 'Keluhan & Sengketa',
  'tiktok.seller.complaintsDispute': 'Keluhan & sengketa',
  'tiktok.seller.complaintsDisputesLogistic': 'Keluhan & Sengketa (Terkait logistik)',
  'tiktok.seller.complaintsDisputeLogistic': 'Keluhan & Sengketa (Terkait logistik)',
  'tiktok.seller.logisticIssue': 'Masalah Logistik',
  'tiktok.seller.logisticIssueLower': 'Masalah logistik',
  'tiktok.seller.deliveryInquiry': 'Pertanyaan proses pengiriman',
  'tiktok.seller.packageLost': 'Paket Hilang',
  'tiktok.seller.packageDamaged': 'Paket Rusak',
  'tiktok.seller.deliveredNotReceived': 'Terkirim tetapi tidak diterima',
  'tiktok.seller.unmovedTracking': 'Pelacakan tidak bergerak',
  'tiktok.seller.pickUpIssues': 'Masalah Penjemputan',
  'tiktok.seller.pickedUpNotUpdated': 'Sudah dijemput tetapi status logistik tidak diperbarui',

  'tiktok.page.euReturnsSpanish': 'Kebijakan pengembalian barang dan dana TikTok Shop (EEA, bahasa Spanyol)',
  'tiktok.page.esReturns': 'Kebijakan pengembalian barang dan dana TikTok Shop (EEA)',
  'tiktok.page.usMoneyBackGuarantee': 'Jaminan uang kembali TikTok Shop',
  'tiktok.page.gbReturns': 'Kebijakan pengembalian barang dan dana TikTok Shop (UK)',
  'tiktok.page.usNotReceived': 'Paket tercatat terkirim tetapi tidak diterima',
  'tiktok.page.usContactSellerOrTiktok': 'Cara menghubungi penjual atau TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: hubungi dukungan TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: masalah logistik dan tiket',
  'tiktok.page.thSellerHelp': 'Seller Center: tiket logistik (hilang, rusak, tidak diterima)',
  'tiktok.page.idSellerHelp': 'Seller Center: Pusat Bantuan dan Log Tiket',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping di UK dan UE (kurir per pasar)',
  'tiktok.page.usSellerShippingRules': 'Aturan Seller Shipping (waktu pengantaran, paket hilang, koreksi nomor resi)',
  'tiktok.page.thShippingModes': 'Ship by TikTok dan Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Paket hilang atau rusak yang dikirim via platform: kompensasi',
  'tiktok.page.idReturns': 'Pengembalian barang dan dana (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims': 'Klaim asuransi TikTok Shipping (dalam 90 hari sejak tanggal pengiriman)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping dan Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Pengantaran gagal dan paket yang sedang dikembalikan',
  'tiktok.page.vnBuyerReturns': 'Aturan pengembalian barang dan dana untuk pembeli (15 hari setelah pengantaran)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (penjualan global)',
  'tiktok.page.globalTicket': 'Buat tiket (Seller Center penjualan global)',
  'tiktok.page.sellerUniversity': 'Seller University (bantuan Seller Center)',
  'tiktok.page.sellerTicket': 'Tiket dukungan Seller Center',

  'tiktok.note.unknownRegion':
    'Kami tidak mengetahui pasar TikTok Shop Anda, jadi ini adalah jalur umum Seller Center TikTok (didokumentasikan untuk AS). Pilih negara Anda di pengaturan untuk mendapatkan Seller Center dan halaman kebijakan pasar Anda.',
  'tiktok.note.unknownRegionBuyer':
    'Kami tidak mengetahui pasar TikTok Shop Anda, jadi ini adalah jalur umum TikTok di aplikasi (didokumentasikan untuk AS). Pilih negara Anda di pengaturan untuk mendapatkan jalur dan halaman kebijakan pasar Anda.',
  'tiktok.note.usBuyerPath':
    'Tanyakan dulu ke penjual: Profil > Pesanan Anda > nama penjual > Pesan. Jika penjual tidak bisa membantu, hubungi TikTok di sini.',
  'tiktok.note.seaBuyerPath':
    'Istilah lama dari bantuan penjual TikTok Shop untuk Asia Tenggara dan Indonesia; aplikasi saat ini mungkin menamai langkah-langkahnya secara berbeda.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok mendokumentasikan jalur ini untuk AS; aplikasi di pasar Anda mungkin menggunakan istilah yang berbeda.',
  'tiktok.note.euReturnsSpanishOnly':
    'Hanya versi bahasa Spanyol dari kebijakan EEA yang ditemukan; versi bahasa lain belum dikonfirmasi.',
  'tiktok.note.usMoneyBackGuarantee':
    'Berlaku hingga 90 hari sejak status "Terkirim"; temukan tautannya di halaman Detail pesanan.',
  'tiktok.note.gbReturns':
    'Hak pembatalan 14 hari ditambah manfaat perpanjangan pengembalian 30 hari sejak pesanan diterima.',
  'tiktok.note.esReturns': 'Kebijakan EEA, terakhir diperbarui 1 Juli 2025.',
  'tiktok.note.usNotReceived':
    'Ajukan pengembalian barang atau dana dalam 30 hari sejak status "Terkirim", dengan alasan "Paket tidak diterima".',
  'tiktok.note.usSellerHours':
    'Agen langsung setiap hari pukul 05.00–23.00 PST; di luar jam tersebut hanya tersedia FAQ.',
  'tiktok.note.usSellerPath': 'Melalui ikon Asisten atau Pusat Bantuan di Seller Center.',
  'tiktok.note.seaSellerPath':
    'Didokumentasikan di bantuan Seller Center Vietnam; TikTok menggunakan alur yang sama di seluruh Asia Tenggara.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok mendokumentasikan jalur ini untuk Seller Center AS; Seller Center di pasar Anda mungkin menggunakan istilah yang berbeda.',
  'tiktok.note.partnerDocumentation': 'Dokumentasi mitra TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Seller Center penjualan global, seperti yang dijelaskan dalam sebuah panduan penjual; TikTok belum mengonfirmasi jalur ini.',
  'tiktok.note.sellerGuideAddress': 'Alamat dari sebuah panduan penjual; belum dikonfirmasi oleh TikTok.',
  'tiktok.note.universityNotOpened':
    'Seller University berada di /university pada setiap host Seller Center; halaman utama ini belum dibuka.',
  'tiktok.note.hostNotConfirmed': 'Alamat Seller Center ini belum dikonfirmasi di halaman resmi TikTok.',
  'tiktok.note.vnTicketAddress':
    'Alamat halaman tiket belum dikonfirmasi oleh TikTok; artikel yang ditautkan menjelaskan alur tiketnya.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Alamat belum dikonfirmasi untuk pasar ini. Jika tidak terbuka, gunakan Pusat Bantuan > Hubungi Kami di Seller Center.',
};
