import type { AdviceKey } from '../en/advice';

/**
 * Italian messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices worth knowing:
 * - Register: the user is addressed with "Lei" (formal imperatives: "Controlli", "Chieda"); buttons keep the usual
 *   UI form ("Copia…"), and the TikTok app's own labels keep the app's "tu" ("I tuoi ordini"). Messages to send say
 *   "Potreste…" (to a shop, TikTok or a carrier) and "Lei" to a buyer.
 * - No Italian TikTok Shop labels could be checked (lib/page/labels.ts and the research have none sourced): app and
 *   Seller Center labels are the plain Italian an Italian Seller Center would use ("Centro assistenza", "Contattaci",
 *   "Registro ticket", statuses «Consegnato», «Spedito», «Consegna non riuscita» as in lib/page/phrases.ts).
 * - Dates after an article are written "il giorno {date}" / "del giorno {date}": "il 8 nov" / "del 11 nov" would be
 *   wrong (l’8, dell’11), and the date arrives already formatted.
 * - Anchors carry their article ("la consegna") and are only used after "dopo" or "per", which never contract with it.
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Non è certo: {note}',
  'advice.open.addressNotConfirmed': '{label} (indirizzo non confermato)',

  'advice.span.calendar': '{count, plural, one {# giorno di calendario} other {# giorni di calendario}}',
  'advice.span.business': '{count, plural, one {# giorno lavorativo} other {# giorni lavorativi}}',

  'advice.anchor.deliveredStatus': 'il passaggio allo stato «Consegnato»',
  'advice.anchor.delivery': 'la consegna',
  'advice.anchor.receipt': 'la ricezione',
  'advice.anchor.lastCarrierScan': 'l’ultima scansione del corriere',
  'advice.anchor.shipDate': 'la spedizione',
  'advice.anchor.lastLogisticsUpdate': 'l’ultimo aggiornamento logistico',
  'advice.anchor.lostOrDamagedStatus': 'il passaggio allo stato smarrito o danneggiato',
  'advice.anchor.trackingUpload': 'il caricamento del tracciamento (considerato come data di spedizione)',
  'advice.anchor.orderDate': 'l’ordine',

  'advice.deadline.request.by':
    'Invii la richiesta entro il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.request.within':
    'Ha {span} dopo {anchor} per inviare la richiesta; la pagina dell’ordine non ne mostra la data, quindi la verifichi nell’ordine.',
  'advice.deadline.request.passed':
    'Il termine per la richiesta è scaduto il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.claim.by':
    'Faccia valere la garanzia entro il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.claim.within':
    'Ha {span} dopo {anchor} per far valere la garanzia; la pagina dell’ordine non ne mostra la data, quindi la verifichi nell’ordine.',
  'advice.deadline.claim.passed':
    'Il termine per far valere la garanzia è scaduto il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.edit.by':
    'Modifichi il numero di tracciamento entro il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.edit.within':
    'Ha {span} dopo {anchor} per modificare il numero di tracciamento; la pagina dell’ordine non ne mostra la data, quindi la verifichi nell’ordine.',
  'advice.deadline.edit.passed':
    'Il termine per modificare il numero di tracciamento è scaduto il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.submitTicket.by':
    'Invii il ticket entro il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Ha {span} dopo {anchor} per inviare il ticket; la pagina dell’ordine non ne mostra la data, quindi la verifichi nell’ordine.',
  'advice.deadline.submitTicket.passed':
    'Il termine per inviare il ticket è scaduto il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.file.by':
    'Presenti la richiesta di indennizzo entro il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.file.within':
    'Ha {span} dopo {anchor} per presentare la richiesta di indennizzo; la pagina dell’ordine non ne mostra la data, quindi la verifichi nell’ordine.',
  'advice.deadline.file.passed':
    'Il termine per presentare la richiesta di indennizzo è scaduto il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'Invii la richiesta di risarcimento entro il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Ha {span} dopo {anchor} per inviare la richiesta di risarcimento; la pagina dell’ordine non ne mostra la data, quindi la verifichi nell’ordine.',
  'advice.deadline.submitClaim.passed':
    'Il termine per inviare la richiesta di risarcimento è scaduto il giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.deadline.askAnyway': 'Provi comunque a chiedere: spieghi il ritardo e ne conservi traccia.',
  'advice.deadline.soon': 'Manca pochissimo: lo faccia subito.',
  'advice.start.unmoved.from':
    'Se lo stato non è ancora cambiato, apra il ticket a partire dal giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.start.unmoved.after': 'Se lo stato non è ancora cambiato, apra il ticket a partire da {span} dopo {anchor}.',
  'advice.start.noCompensation.from':
    'Se non ha ricevuto alcun risarcimento, apra il ticket a partire dal giorno {date} ({span} dopo {anchor} del giorno {anchorDate}).',
  'advice.start.noCompensation.after':
    'Se non ha ricevuto alcun risarcimento, apra il ticket a partire da {span} dopo {anchor}.',

  'advice.rule.assumed': 'La fonte lo indica per {regions}; supponiamo che valga anche per {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'La pagina ufficiale dice «30 giorni» senza indicare da quando; le copie della politica pubblicate da terzi li contano dalla ricezione.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Sono esclusi gli articoli usati, da collezione e quelli in vendita definitiva. Un reso va consegnato entro 14 giorni.',
  'advice.rule.vnBuyerReturns15d.note':
    'Tra i motivi validi: mancata ricezione, articoli sbagliati o difettosi e consegna in ritardo. Alcune categorie sono escluse. Un articolo VN meno recente indicava 6 giorni.',
  'advice.rule.idBuyerReturns6d.note':
    'Dopo questo termine, l’acquirente può comunque scrivere al venditore o contattare TikTok da Ordini > Contatta TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Per gli articoli difettosi valgono anche i diritti di legge nei confronti del venditore, oltre questi termini (sezione 7 della politica).',
  'advice.rule.euSpanishEdition.note':
    'Letto nell’edizione spagnola della politica UE (ultimo aggiornamento 1º luglio 2025); le altre lingue non sono state verificate.',
  'advice.rule.usSellerLost10Calendar.note':
    'Spedizioni nazionali. Un pacco smarrito può portare all’annullamento dell’ordine e al rimborso dell’acquirente.',
  'advice.rule.usSellerLost7Business.note':
    'Qui i giorni lavorativi escludono solo i fine settimana; l’estensione non conosce i giorni festivi.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Copertura automatica fino a 200 $ (di più se acquistata insieme all’etichetta); il pacco deve avere una scansione del corriere.',
  'advice.rule.seaSellerClaim40d.note':
    'Calcolato come nell’esempio di TikTok: ultimo aggiornamento 1º feb 2024, richiesta entro l’11 mar 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Contiamo dall’ultimo aggiornamento logistico, supponendo che sia il passaggio a smarrito o danneggiato.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'La pagina non mostra l’ora del caricamento; usiamo la data di spedizione, quindi il termine reale potrebbe scadere prima.',
  'advice.rule.usSellerTrackingTicket30d.note':
    'Indichi sia il numero di tracciamento e il corriere originali sia quelli nuovi.',

  'advice.noScan':
    'TikTok considera smarrito un pacco Seller Shipping dopo 7 giorni lavorativi (o 10 giorni di calendario) senza scansioni del corriere.',
  'advice.noScan.dated':
    'TikTok considera smarrito un pacco Seller Shipping dopo 7 giorni lavorativi (o 10 giorni di calendario) senza scansioni del corriere: dal giorno {date}, contando dall’ultima scansione del giorno {lastScan}.',

  'advice.when.now': 'Subito',
  'advice.when.everyContact': 'A ogni contatto',
  'advice.when.sellerNotSolved': 'Se il venditore non ha risolto entro 2 giorni',
  'advice.when.afterNoScan': 'Dopo 7 giorni lavorativi senza una nuova scansione',
  'advice.when.checksDone': 'Dopo aver fatto i controlli qui sopra',
  'advice.when.ifNotByEstimate': 'Se non arriva nulla entro la data stimata ({date})',
  'advice.when.estimatePassed': 'Subito: la data di consegna stimata ({date}) è passata',
  'advice.when.arrivesLate': 'Quando arriva in ritardo',
  'advice.when.carrierReportsLost': 'Quando il corriere lo dichiara smarrito',
  'advice.when.trackingStalled': 'Se il tracciamento è fermo da diversi giorni',
  'advice.when.requestStalls': 'Se la richiesta viene respinta o resta bloccata',
  'advice.when.heldOrSentBack': 'Se il pacco è in giacenza o torna al mittente',
  'advice.when.beforeUnpacking': 'Subito, prima di disimballare altro',
  'advice.when.returnWindowClosed': 'Se il periodo di reso di 30 giorni è scaduto',
  'advice.when.sellerRefuses': 'Se il venditore rifiuta o non risponde',
  'advice.when.backWithSeller': 'Quando il pacco è tornato al venditore',
  'advice.when.promisedDatePasses': 'Se la data di spedizione promessa è passata',
  'advice.when.beforeNoScan': 'Prima che passino 7 giorni lavorativi senza scansioni',
  'advice.when.asSoonAsNoticed': 'Appena se ne accorge',
  'advice.when.editUsed': 'Se l’unica modifica è già stata usata o le sue 72 ore sono scadute',
  'advice.when.requestArrives': 'Appena arriva la richiesta',
  'advice.when.beforeLabel': 'Prima di stampare l’etichetta',
  'advice.when.tagAppears': 'Quando sull’ordine compare il tag',
  'advice.when.whileReturning': 'Mentre il pacco torna indietro',
  'advice.when.handlingTime': 'Entro il tempo di gestione impostato nel Seller Center',
  'advice.when.handOver': 'Quando consegna il pacco al corriere',
  'advice.when.afterPickup': '24 ore dopo il ritiro',

  'advice.appliesIf.seller.platform': 'Se la spedizione è gestita da TikTok (TikTok Shipping / Shipped via Platform)',
  'advice.appliesIf.seller.sellerShipping':
    'Se ha spedito con un corriere proprio (Seller Shipping / Shipped by Seller)',
  'advice.appliesIf.buyer.platform': 'Se la spedizione è gestita da TikTok',
  'advice.appliesIf.buyer.sellerShipping': 'Se il venditore ha spedito con un corriere proprio',
  'advice.appliesIf.fbt': 'Se l’ordine è Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'Copia un messaggio per il venditore',
  'advice.copy.buyerMessage': 'Copia un messaggio per l’acquirente',
  'advice.copy.tiktokChat': 'Copia un messaggio per l’assistenza TikTok Shop',
  'advice.copy.ticket': 'Copia il testo del ticket',
  'advice.copy.request': 'Copia il testo della richiesta',
  'advice.copy.claim': 'Copia il testo del reclamo',
  'advice.copy.callNotes': 'Copia gli appunti per la chiamata',
  'advice.copy.carrierEmail': 'Copia un’email per il corriere',
  'advice.open.policy': 'Leggi la politica',
  'advice.open.usProtections': 'Tutele di TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Garanzia di rimborso',
  'advice.open.sellerShippingRules': 'Regole di Seller Shipping',
  'advice.open.editTracking': 'Modificare le informazioni di tracciamento',
  'advice.open.trackingValidation': 'Convalida del numero di tracciamento',
  'advice.open.returnRules': 'Regole sui resi',
  'advice.open.failedDelivery': 'Ordini con consegna non riuscita',
  'advice.open.returnedParcels': 'Pacchi restituiti',
  'advice.open.pickupRules': 'Regole di ritiro',

  'advice.step.track.title': 'Controlli il tracciamento sul sito del corriere',
  'advice.step.track.detail':
    'La pagina del corriere mostra spesso scansioni, note di consegna o anomalie che la pagina dell’ordine non ha ancora ripreso.',
  'advice.step.track.detail.lastScan':
    'Cerchi l’ultima scansione ed eventuali avvisi di anomalia (danneggiato, problema di indirizzo, restituito).',
  'advice.step.track.detail.customs':
    'La pagina del corriere indica se il pacco è fermo in dogana e se ci sono dazi da pagare.',
  'advice.step.track.detail.whyReturned':
    'Scopra perché è tornato indietro: tentativi di consegna falliti, un problema di indirizzo o la giacenza in un punto di ritiro.',
  'advice.step.track.detail.compare':
    'Confronti il tracciamento del corriere con la pagina dell’ordine; possono non coincidere.',
  'advice.step.track.detail.lastScanDate':
    'Annoti la data dell’ultima scansione: i termini per i reclami partono da lì.',
  'advice.step.track.detail.deliveryScan': 'Guardi la scansione di consegna: ora, luogo ed eventuale foto o firma.',
  'advice.step.track.detail.customsSeller': 'Verifichi se il pacco è fermo in dogana e che cosa manca.',
  'advice.step.track.detail.whyComingBack':
    'Scopra perché sta tornando indietro: tentativi falliti, problema di indirizzo o rifiuto.',

  'advice.step.keepRecords.title': 'Tenga traccia di ogni contatto',
  'advice.step.keepRecords.detail':
    'Registri ogni chat, chiamata, ticket e reclamo con data e numero di riferimento nel registro della pratica, e conservi gli screenshot del tracciamento e della pagina dell’ordine.',

  'advice.step.messageSeller.title': 'Scriva al venditore',
  'advice.step.messageSeller.detail':
    'Il venditore ha scelto il corriere e può verificare con lui, rispedire o rimborsare. Gli scriva dall’ordine nell’app TikTok, così la chat resta registrata.',
  'advice.step.messageSeller.detail.redirect':
    'Comunichi al venditore l’indirizzo corretto; può chiedere al suo corriere di reindirizzare il pacco o di rispedirlo.',
  'advice.step.messageSeller.detail.updateAddress':
    'Chieda al venditore di aggiornare l’indirizzo di spedizione prima che l’ordine parta: è il momento più facile per correggerlo.',
  'advice.step.messageSeller.detail.customs':
    'Il venditore può fornire la fattura o i dati doganali. TikTok Shop non pubblica una politica doganale per gli acquirenti; chi paga i dazi dipende dall’inserzione e dal suo Paese.',
  'advice.step.messageSeller.detail.reship':
    'Chieda al venditore di rispedire il pacco quando gli sarà tornato, oppure di rimborsarla.',
  'advice.step.messageSeller.detail.whenShips':
    'Chieda al venditore quando spedirà l’ordine. Una volta spedito, il numero di tracciamento compare nell’ordine e Carrier Finder può mostrare il corriere.',

  'advice.step.contactTiktok.title': 'Contatti il servizio clienti di TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Se il venditore non può aiutarla o non risponde, apra una pratica con TikTok Shop nell’app.',
  'advice.step.contactTiktok.detail.notShipped':
    'Se l’ordine non è stato spedito entro la data promessa nella pagina dell’ordine, chieda a TikTok Shop l’annullamento o un rimborso.',
  'advice.step.contactTiktok.scamWarning':
    'L’assistenza TikTok non chiede mai dati della carta, password o codici monouso per telefono, email o chat.',

  'advice.step.messageBuyer.title': 'Spieghi all’acquirente che cosa sta succedendo',
  'advice.step.messageBuyer.detail':
    'Un breve messaggio adesso permette all’acquirente di controllare dalla sua parte e mostra che se ne sta occupando, prima che apra una contestazione.',
  'advice.step.messageBuyer.detail.checkAround':
    'Chieda all’acquirente di controllare l’indirizzo, di chiedere ai familiari e ai vicini, di guardare vicino alla porta e di verificare eventuali avvisi del corriere su un punto di ritiro.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Confermi con l’acquirente l’indirizzo corretto e completo nella chat dell’ordine.',
  'advice.step.messageBuyer.detail.customs':
    'Comunichi all’acquirente che il pacco è in dogana e se potrebbero essergli addebitati dei dazi.',
  'advice.step.messageBuyer.detail.redeliver':
    'Chieda all’acquirente di confermare l’indirizzo e se desidera ancora una nuova consegna del pacco.',
  'advice.step.messageBuyer.detail.whenShips': 'Comunichi all’acquirente quando l’ordine verrà spedito.',

  'advice.step.usNoScan.title': 'Si rivolga a TikTok Shop quando il pacco risulta smarrito',
  'advice.step.usNoScan.detail':
    'Questo può portare all’annullamento e al rimborso dell’ordine: a quel punto contatti il servizio clienti.',

  'advice.step.requestRefund.title': 'Richieda un reso o un rimborso nell’app',
  'advice.step.requestRefund.title.us': 'Richieda un rimborso: «Pacco non ricevuto»',
  'advice.step.requestRefund.notReceived': 'Se ancora non lo trova, chieda un rimborso per mancata ricezione.',
  'advice.step.requestRefund.damaged':
    'Chieda un reso o un rimborso per l’articolo danneggiato, difettoso o sbagliato.',
  'advice.step.requestRefund.inApp':
    'Apra l’ordine nell’app TikTok e richieda un reso o un rimborso indicando il motivo corrispondente.',
  'advice.step.requestRefund.noLimit':
    'Non abbiamo in archivio un termine di TikTok per {market}, quindi lo faccia presto.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Non abbiamo in archivio un termine di TikTok per il suo mercato, quindi lo faccia presto.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Il suo diritto di recesso per legge dura fino al giorno {date} (14 giorni dalla ricezione); il periodo di 30 giorni è il vantaggio esteso.',
  'advice.step.requestRefund.rightToCancel':
    'Il suo diritto di recesso per legge dura 14 giorni dalla ricezione; il periodo di 30 giorni è il vantaggio esteso.',

  'advice.step.lateDeliveryRefund.title': 'La consegna in ritardo è un motivo per chiedere un rimborso',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok indica la spedizione o la consegna in ritardo tra i motivi per una richiesta di reso/rimborso.',

  'advice.step.usDeliveryGuarantee.title': 'Conosca la sua tutela: la garanzia di consegna di TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'Secondo TikTok Shop, riceve il rimborso automaticamente se il corriere segnala il pacco come smarrito o danneggiato.',

  'advice.step.carrierTrace.title': 'Chieda al corriere di rintracciare il pacco',
  'advice.step.carrierTrace.detail':
    'Solo il corriere può confermare uno smarrimento. Molti corrieri accettano reclami solo dal mittente, quindi potrebbe doverlo fare il venditore o TikTok Shop; il numero di riferimento della ricerca li aiuta comunque.',

  'advice.step.checkAround.title': 'Controlli l’indirizzo e i dintorni del luogo di consegna',
  'advice.step.checkAround.detail':
    'Controlli l’indirizzo nell’ordine, chieda ai familiari e ai vicini, guardi intorno alla porta, nel portico, nel garage e sul retro, e cerchi un avviso di tentata consegna o di giacenza in un punto di ritiro.',

  'advice.step.carrierWhereDelivered.title': 'Chieda al corriere dove è stato consegnato esattamente',
  'advice.step.carrierWhereDelivered.detail':
    'Il corriere potrebbe avere una foto della consegna, una posizione GPS o una firma, oppure potrebbe averlo segnato come consegnato in anticipo. Se l’indirizzo era sbagliato, potrebbe riuscire a reindirizzare il pacco.',

  'advice.step.carrierRedirectOrHold.title': 'Chieda al corriere di reindirizzare il pacco o di tenerlo in giacenza',
  'advice.step.carrierRedirectOrHold.detail':
    'A volte i corrieri possono reindirizzare un pacco o tenerlo in giacenza per il ritiro; tenga a portata di mano il numero di tracciamento e l’indirizzo corretto.',

  'advice.step.carrierCustoms.title': 'Chieda al corriere che cosa serve per la dogana',
  'advice.step.carrierCustoms.detail':
    'Il corriere (o le poste nazionali) sdogana il pacco e riscuote gli eventuali dazi. Paghi solo sul sito del corriere o di persona, mai tramite un link ricevuto via SMS.',

  'advice.step.documentDamage.title': 'Fotografi tutto prima di buttare via qualcosa',
  'advice.step.documentDamage.detail':
    'Scatti foto nitide dell’articolo, della scatola e dell’etichetta con il numero di tracciamento, e conservi l’imballaggio. Foto sfocate o poco chiare possono far respingere un reclamo.',

  'advice.step.moneyBackGuarantee.title': 'Dopo il periodo di reso: la garanzia di rimborso',
  'advice.step.moneyBackGuarantee.detail': 'Per articoli danneggiati o difettosi.',
  'advice.step.moneyBackGuarantee.link': 'Trovi il link della garanzia di rimborso nella pagina «Dettagli ordine».',

  'advice.step.carrierRedeliver.title': 'Chieda al corriere una nuova consegna o il ritiro',
  'advice.step.carrierRedeliver.detail':
    'Se il pacco è stato lasciato in un punto di ritiro e non è ancora ripartito, spesso il corriere può riconsegnarlo o tenerlo in giacenza per lei.',

  'advice.step.thAutoRefund.title': 'Un pacco restituito al venditore viene rimborsato',
  'advice.step.thAutoRefund.detail':
    'Quando lo stato diventa «Restituito al venditore», TikTok Shop annulla l’ordine e lo rimborsa automaticamente.',

  'advice.step.sellerSupport.title': 'Apra un ticket con l’assistenza venditori di TikTok',
  'advice.step.sellerSupport.title.ask': 'Chieda all’assistenza venditori di TikTok',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Centro assistenza > Contattaci; operatori disponibili tutti i giorni dalle 5 alle 23 (ora del Pacifico). Con TikTok Shipping, i pacchi il cui tracciamento resta fermo per oltre 10 giorni vengono risarciti automaticamente.',
  'advice.step.sellerSupport.detail.chase':
    'Chieda all’assistenza di sollecitare il corriere per un aggiornamento dello stato.',
  'advice.step.sellerSupport.detail.redirect':
    'Chieda all’assistenza di far correggere o reindirizzare la consegna dal corriere.',
  'advice.step.sellerSupport.detail.customs':
    'Quando la spedizione è gestita da TikTok, è il corriere di TikTok a occuparsi dello sdoganamento: chieda all’assistenza che cosa serve per la dogana.',
  'advice.step.sellerSupport.detail.returning':
    'Chieda all’assistenza dove si trova il pacco in rientro e se è possibile una nuova consegna.',
  'advice.step.sellerSupport.detail.pickup':
    'Se il corriere non ha ancora ritirato il pacco, chieda informazioni sul ritiro all’assistenza.',

  'advice.step.usLostThreshold.title': 'Faccia ripartire il pacco prima che risulti smarrito',
  'advice.step.usLostThreshold.passed':
    'Quella data è passata: TikTok potrebbe già considerare il pacco smarrito, il che può annullare l’ordine e rimborsare l’acquirente. Chieda subito al corriere una ricerca e la sua conferma.',
  'advice.step.usLostThreshold.ahead':
    'Un pacco smarrito può comportare l’annullamento dell’ordine e il rimborso dell’acquirente, quindi solleciti il corriere per una scansione o una ricerca prima di quella data.',

  'advice.step.usEditTracking.title': 'Se il tracciamento caricato è sbagliato: lo modifichi una volta',
  'advice.step.usEditTracking.detail':
    'Il tracciamento si può modificare una sola volta, entro 72 ore dal caricamento.',
  'advice.step.usTrackingTicket.title': 'Dopo di che: lo corregga con un ticket all’assistenza',
  'advice.step.usTrackingTicket.detail':
    'Invii sia il numero di tracciamento e il corriere originali sia quelli nuovi.',

  'advice.step.usShippingClaim.title': 'Presenti la richiesta di indennizzo TikTok Shipping',
  'advice.step.usShippingClaim.where': 'La presenti da Gestisci ordini o Dettagli ordine.',
  'advice.step.usShippingClaim.insurer':
    'L’assicuratore (U-PIC) decide in 7-10 giorni lavorativi e può chiedere all’acquirente una dichiarazione giurata; i ricorsi vanno presentati a U-PIC.',

  'advice.step.seaClaim.title.lost': 'Richieda il risarcimento: Pacco smarrito',
  'advice.step.seaClaim.title.damaged': 'Richieda il risarcimento: Pacco danneggiato',
  'advice.step.seaClaim.title.notReceived': 'Richieda il risarcimento: Consegnato ma non ricevuto',

  'advice.claim.lost.sea':
    'TikTok risarcisce automaticamente i pacchi spediti tramite la piattaforma che vengono smarriti e rimborsa l’acquirente.',
  'advice.claim.lost.us':
    'Con Upgraded TikTok Shipping, TikTok gestisce direttamente il reclamo e approva automaticamente «Pacco smarrito» appena il corriere conferma lo smarrimento.',
  'advice.claim.lost.other': 'Segnali il pacco smarrito e chieda informazioni sul risarcimento.',
  'advice.claim.notReceived.sea':
    'Approvi prima la richiesta di rimborso dell’acquirente; una volta effettuato il rimborso, richieda il risarcimento.',
  'advice.claim.notReceived.us':
    'Con Upgraded TikTok Shipping, TikTok approva automaticamente «Consegnato ma non ricevuto» quando sono soddisfatti i requisiti della sua politica.',
  'advice.claim.notReceived.other': 'Segnali il pacco consegnato ma non ricevuto e chieda come presentare un reclamo.',
  'advice.claim.damaged.sea':
    'TikTok risarcisce automaticamente i pacchi spediti tramite la piattaforma che arrivano danneggiati e rimborsa l’acquirente.',
  'advice.claim.damaged.us':
    'Con Upgraded TikTok Shipping, un pacco vuoto o un articolo mancante o sbagliato viene valutato caso per caso in base alle prove di colpa del corriere.',
  'advice.claim.damaged.other': 'Segnali il danno con le prove e chieda informazioni sul risarcimento.',
  'advice.claim.returned.sea':
    'Se perde sia il pagamento sia la merce (il pacco non torna più), può richiedere un risarcimento.',

  'advice.step.respondInTime.title': 'Risponda in tempo alla richiesta di reso dell’acquirente',
  'advice.step.respondInTime.detail.vn':
    'Gestisca una richiesta di reso/rimborso entro 1 giorno lavorativo dall’invio da parte dell’acquirente, altrimenti viene approvata automaticamente.',
  'advice.step.respondInTime.detail.id':
    'Gestisca una richiesta di reso entro 48 ore, altrimenti viene approvata automaticamente.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: se ne occupa TikTok',
  'advice.step.fbtSupport.detail': 'Questo ordine è stato spedito dal magazzino di TikTok.',
  'advice.step.fbtSupport.chase': 'Chieda all’assistenza venditori di sollecitare la consegna.',
  'advice.step.fbtSupport.reimburse':
    'TikTok rimborsa i pacchi Fulfilled by TikTok smarriti o danneggiati: lo segnali all’assistenza venditori.',
  'advice.step.fbtSupport.notReceived': 'Segnali all’assistenza venditori il pacco consegnato ma non ricevuto.',
  'advice.step.fbtSupport.customs': 'Chieda all’assistenza venditori che cosa serve per la dogana.',
  'advice.step.fbtSupport.returned': 'Chieda all’assistenza venditori informazioni sul pacco restituito.',
  'advice.step.fbtSupport.warehouse':
    'Lo spedisce il magazzino di TikTok; se è in ritardo, chieda all’assistenza venditori.',

  'advice.step.ticketUnmoved.title': 'Ticket: Evento di tracciamento fermo',
  'advice.step.ticketUnmoved.detail': 'L’assistenza segue la questione con il corriere.',

  'advice.step.carrierStatus.title': 'Chieda al suo corriere un aggiornamento sullo stato',
  'advice.step.carrierStatus.detail.sea':
    'Verifichi con il suo fornitore logistico. Se il pacco è stato consegnato ma lo stato è bloccato, aggiorni personalmente lo stato di consegna e carichi la prova di consegna.',
  'advice.step.carrierStatus.detail':
    'Con un corriere proprio, TikTok non sollecita la spedizione al posto suo: chieda al corriere una scansione o una ricerca.',

  'advice.step.carrierConfirmLoss.title': 'Chieda al corriere di confermare lo smarrimento',
  'advice.step.carrierConfirmLoss.detail':
    'Secondo alcune fonti, TikTok chiede la conferma del corriere prima di pagare un reclamo per pacco smarrito: solo il corriere può dichiarare smarrito un pacco. Non è certo: lo riporta un sito terzo che segue le modifiche alle politiche di TikTok, non è stato letto sulle pagine di TikTok.',

  'advice.step.carrierClaim.title.lost': 'Apra una ricerca e un reclamo con il suo corriere',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok non gestisce reclami logistici o assicurativi per Seller Shipping: il reclamo è tra lei e il suo corriere.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok indaga e rimborsa solo i pacchi spediti tramite la piattaforma: con un corriere proprio, presenti il reclamo direttamente a lui.',
  'advice.step.carrierClaim.detail.lost':
    'Con un corriere proprio, il reclamo è tra lei e il corriere; conservi l’etichetta e la ricevuta di consegna del pacco al corriere.',
  'advice.step.carrierClaim.title.damaged': 'Presenti un reclamo per danni al suo corriere',
  'advice.step.carrierClaim.detail.damaged': 'Invii le foto, i dettagli dell’imballaggio e l’etichetta.',

  'advice.step.carrierProofOfDelivery.title': 'Chieda al suo corriere la prova di consegna',
  'advice.step.carrierProofOfDelivery.detail':
    'Chieda la foto della consegna, la posizione GPS o la firma, e apra un reclamo se il pacco non si trova.',

  'advice.step.updateAddress.title': 'Corregga l’indirizzo prima di spedire',
  'advice.step.updateAddress.detail':
    'Prima della spedizione è il momento più semplice: i venditori possono aggiornare l’indirizzo di spedizione per l’acquirente.',

  'advice.step.carrierRedirect.title': 'Chieda al corriere di reindirizzare il pacco',
  'advice.step.carrierRedirect.detail':
    'A volte i corrieri possono reindirizzare un pacco in transito o tenerlo in giacenza per il ritiro.',

  'advice.step.usTrackingAddressIssue.title': 'Se nel Seller Center compare «Problema di indirizzo nel tracciamento»',
  'advice.step.usTrackingAddressIssue.detail':
    'Il tag indica che il CAP del tracciamento non corrisponde a quello dell’acquirente. Clicchi sul tag per la soluzione e per il link con cui creare un ticket.',

  'advice.step.thContactLogistics.title': 'Usi «Contatta il servizio logistico» sull’ordine',
  'advice.step.thContactLogistics.detail':
    'Gli ordini con un problema logistico mostrano un tag con «Contatta il servizio logistico», che apre un ticket indirizzato al fornitore logistico. Le consegne non riuscite sono elencate in Ordini > Gestisci ordini > Consegna non riuscita.',

  'advice.step.carrierCustomsDocuments.title': 'Fornisca al suo corriere i documenti doganali',
  'advice.step.carrierCustomsDocuments.detail':
    'Invii la fattura commerciale e i dettagli degli articoli richiesti dal corriere; chieda se i dazi sono a carico dell’acquirente.',

  'advice.step.collectEvidence.title': 'Raccolga le prove',
  'advice.step.collectEvidence.detail':
    'Chieda all’acquirente foto o un video dell’apertura del pacco; conservi le foto dell’imballaggio, i materiali usati e l’etichetta con il numero di tracciamento ben visibile.',

  'advice.step.carrierRedelivery.title': 'Chieda al corriere una nuova consegna',
  'advice.step.carrierRedelivery.detail':
    'Un pacco ancora in mano al corriere può spesso essere riconsegnato o tenuto in giacenza per il ritiro.',

  'advice.step.thFailedDelivery.title': 'Tenga d’occhio la scheda Consegna non riuscita',
  'advice.step.thFailedDelivery.detail':
    'In Ordini > Gestisci ordini > Consegna non riuscita: quando lo stato diventa «Restituito al venditore», l’ordine viene annullato e rimborsato automaticamente. Un pacco restituito che lei non accetta viene distrutto; se la consegna di ritorno non riesce, ha 7 giorni per richiederlo.',

  'advice.step.uploadTracking.title': 'Carichi un tracciamento valido entro il tempo di gestione',
  'advice.step.uploadTracking.detail':
    'Dopo aver acquistato l’etichetta, aggiunga il suo numero di tracciamento: Gestisci ordini > In attesa di spedizione > Aggiungi informazioni di tracciamento, con un fornitore di spedizione supportato. TikTok segnala i tracciamenti la cui prima scansione risale a oltre 24 ore prima dell’ordine o il cui CAP non corrisponde.',

  'advice.step.usPickupProof.title': 'Organizzi il ritiro e conservi la prova della consegna al corriere',
  'advice.step.usPickupProof.detail':
    'Con TikTok Shipping il ritiro lo organizza lei; conservi il modulo SCAN di USPS o la prova del ritiro, altrimenti i ritardi prima della prima scansione ricadono su di lei.',

  'advice.step.ticketPickup.title': 'Ritirato, ma lo stato non è «Spedito»?',
  'advice.step.ticketPickup.detail':
    'Se il corriere l’ha ritirato da oltre 24 ore e lo stato non è cambiato, apra un ticket con la prova del ritiro.',

  'advice.step.carrierHandover.title': 'Prenoti il ritiro o il deposito del pacco con il suo corriere',
  'advice.step.carrierHandover.detail':
    'Consegni il pacco e conservi la ricevuta di deposito o la prova del ritiro con il numero di tracciamento.',

  'advice.note.idCountedFromDelivered':
    'Calcolato dalla data in cui l’ordine è passato a «Consegnato», considerata come il giorno di ricezione.',
  'advice.note.thirdPartyTracker':
    'Riportato da un sito terzo che segue le modifiche alle politiche di TikTok; non letto sulle pagine di TikTok.',
  'advice.note.thVnOnly':
    'Indicato nell’assistenza del Seller Center TH e VN; supponiamo che valga per questo mercato.',

  'advice.reason.track':
    'Il tracciamento del corriere è il dato di prima mano che le chiederanno in ogni contatto successivo.',
  'advice.reason.keepRecords':
    'Rimborsi, reclami e contestazioni si decidono sulle prove presentate; un registro datato di ogni contatto è quella prova.',
  'advice.reason.messageSeller':
    'Il venditore ha scelto il corriere e ha i dati della spedizione; un messaggio nella chat dell’ordine resta registrato.',
  'advice.reason.contactTiktok':
    'TikTok Shop gestisce rimborsi e contestazioni tra acquirenti e venditori all’interno dell’app.',
  'advice.reason.messageBuyer':
    'Tenere informato l’acquirente gli permette di controllare dalla sua parte (indirizzo, vicini, avvisi di giacenza).',
  'advice.reason.requestRefund':
    'Le richieste di rimborso fatte nell’app allegano automaticamente l’ordine e avviano la procedura di TikTok Shop.',
  'advice.reason.carrierTrace':
    'Le scansioni le ha il corriere; un numero di ricerca dà al venditore e a TikTok qualcosa su cui agire.',
  'advice.reason.checkAround':
    'La maggior parte dei pacchi «consegnati ma non ricevuti» salta fuori nelle vicinanze o in un punto di ritiro.',
  'advice.reason.carrierDeliveryRecord': 'La registrazione della consegna ce l’ha il corriere.',
  'advice.reason.carrierRedirect': 'Solo il corriere può cambiare la destinazione di un pacco in transito.',
  'advice.reason.customsScam':
    'I falsi messaggi sui «costi doganali» sono una truffa diffusa; l’elenco riporta solo i contatti ufficiali dei corrieri.',
  'advice.reason.documentDamage':
    'I rimborsi per articoli danneggiati o sbagliati si decidono in base alle foto e all’imballaggio.',
  'advice.reason.redeliver':
    'Un pacco ancora in mano al corriere può spesso essere riconsegnato prima che torni al mittente.',
  'advice.reason.sellerSupport':
    'Quando la spedizione è gestita da TikTok, è TikTok a trattare con il corriere; l’assistenza del Seller Center è il canale giusto.',
  'advice.reason.fbt': 'Con Fulfilled by TikTok il pacco l’ha spedito TikTok, non il venditore.',
  'advice.reason.ownCarrierClaim': 'Con un corriere proprio, il contratto e il reclamo sono tra lei e il corriere.',
  'advice.reason.ownCarrierTrace': 'Solo il suo corriere può spostare o rintracciare un pacco spedito da lei.',
  'advice.reason.proofOfDelivery': 'La prova di consegna può fornirla solo il corriere.',
  'advice.reason.notShipped': 'Non è ancora stato affidato nulla a un corriere.',
  'advice.reason.customsDeclaration':
    'La dogana tratta con il corriere che ha presentato la dichiarazione, e il corriere tratta con lei.',
  'advice.reason.damageEvidence': 'I reclami per danni si decidono in base a foto, imballaggio ed etichetta.',
  'advice.reason.redeliverySeller':
    'Una nuova consegna costa meno ed è più rapida prima che il pacco le torni indietro.',
  'advice.reason.firstScan': 'È la prima scansione del corriere ad avviare il tracciamento che vede l’acquirente.',

  'advice.source.tiktokReachSupport': 'Assistenza TikTok Shop: come contattare il supporto',
  'advice.source.tiktokSellerSupport': 'Assistenza venditori TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: non ho mai ricevuto l’ordine, ma risulta consegnato',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop: come contattare il venditore e il servizio clienti di TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Garanzia di rimborso di TikTok Shop',
  'advice.source.usProtections': 'Tutele di TikTok Shop (resi, garanzia di consegna)',
  'advice.source.gbReturns': 'TikTok Shop UK: politica di recesso e resi',
  'advice.source.euReturns': 'TikTok Shop UE: politica di recesso e resi (edizione spagnola)',
  'advice.source.vnReturns': 'TikTok Shop VN: quando può un acquirente presentare una richiesta di reso/rimborso?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: linee guida sui resi',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: che cosa fare se il mio ordine è smarrito o danneggiato?',
  'advice.source.seaLostDamagedVn':
    'TikTok Shop VN: che cosa succede se il mio pacco viene smarrito, danneggiato o distrutto?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH: l’acquirente non ha ricevuto l’ordine, ma lo stato indica consegnato',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: lo stato logistico del mio ordine è bloccato o non si aggiorna',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: ordini con consegna non riuscita',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: pacchi restituiti che il venditore non accetta',
  'advice.source.usSellerShipping': 'TikTok Shop US: panoramica e servizi di Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: modificare le informazioni di tracciamento',
  'advice.source.usTrackingValidation': 'TikTok Shop US: convalida del numero di tracciamento',
  'advice.source.usShippingInsurance': 'TikTok Shop US: assicurazione sulle spedizioni',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: come presentare una richiesta di rimborso per problemi logistici di TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: politica di copertura e rimborso logistico per Upgraded TikTok Shipping e CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: regole e responsabilità di ritiro per TikTok Shipping e CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: modifica alla politica di copertura logistica di TikTok Shop (fonte terza)',

  'advice.unknown.problem': 'Questo tipo di problema non è noto, quindi non è possibile dare consigli.',
  'advice.unknown.countryRules':
    'Le regole di TikTok Shop per questo Paese non sono presenti in Carrier Finder, quindi i passaggi sono generici e non vengono mostrate scadenze del mercato.',
  'advice.unknown.market':
    'Il suo mercato TikTok Shop non è noto, quindi le scadenze del mercato (ad esempio 30 giorni dalla consegna negli Stati Uniti, 15 in Vietnam, 6 in Indonesia) non sono incluse. Scelga il suo Paese nelle impostazioni.',
  'advice.unknown.carrier':
    'Il corriere non è noto, quindi i pulsanti di tracciamento e di contatto non possono aprire le sue pagine. Controlli il nome del corriere nella pagina dell’ordine.',
  'advice.unknown.mode':
    'La modalità di spedizione non è nota (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Da essa dipende chi gestisce i reclami al corriere, quindi questi passaggi indicano a quale caso si applicano.',
  'advice.unknown.anchorDate':
    'La pagina dell’ordine non mostra una data per {anchor}, quindi non è stato possibile calcolare la scadenza che ne dipende.',
  'advice.unknown.dates': 'Nella pagina non sono state trovate date dell’ordine, quindi nessun passaggio ha una data.',

  'advice.msg.placeholder.orderId': '[numero d’ordine]',
  'advice.msg.placeholder.trackingNumber': '[numero di tracciamento]',
  'advice.msg.placeholder.carrier': '[corriere]',
  'advice.msg.subjectLine': 'Oggetto: {subject} (ordine {orderId})',
  'advice.msg.subject.delayed': 'Pacco in ritardo, nessun aggiornamento del tracciamento',
  'advice.msg.subject.lost': 'Pacco apparentemente smarrito',
  'advice.msg.subject.notReceived': 'Risulta consegnato ma non ricevuto',
  'advice.msg.subject.wrongAddress': 'Indirizzo di consegna errato o incompleto',
  'advice.msg.subject.customs': 'Pacco fermo in dogana',
  'advice.msg.subject.damaged': 'Articolo danneggiato o sbagliato',
  'advice.msg.subject.returned': 'Pacco restituito al mittente / consegna non riuscita',
  'advice.msg.subject.awaitingShipment': 'Ordine non ancora spedito',
  'advice.msg.greeting': 'Buongiorno,',
  'advice.msg.thanks': 'Grazie.',

  'advice.msg.problem.delayed.buyer': 'Il mio pacco non è ancora arrivato e il tracciamento non si è aggiornato.',
  'advice.msg.problem.delayed.buyer.since':
    'Il mio pacco non è ancora arrivato e il tracciamento non si aggiorna dal giorno {date}.',
  'advice.msg.problem.delayed.seller':
    'Il pacco di questo ordine non è ancora arrivato e il tracciamento non si è aggiornato.',
  'advice.msg.problem.delayed.seller.since':
    'Il pacco di questo ordine non è ancora arrivato e il tracciamento non si aggiorna dal giorno {date}.',
  'advice.msg.problem.lost.buyer': 'Il mio pacco sembra smarrito: il tracciamento è fermo.',
  'advice.msg.problem.lost.buyer.since': 'Il mio pacco sembra smarrito: il tracciamento è fermo dal giorno {date}.',
  'advice.msg.problem.lost.seller': 'Il pacco di questo ordine sembra smarrito: il tracciamento è fermo.',
  'advice.msg.problem.lost.seller.since':
    'Il pacco di questo ordine sembra smarrito: il tracciamento è fermo dal giorno {date}.',
  'advice.msg.problem.notReceived.buyer':
    'Secondo il tracciamento il mio pacco è stato consegnato, ma non l’ho ricevuto. Ho già chiesto ai familiari e ai vicini e ho controllato nei dintorni dell’indirizzo.',
  'advice.msg.problem.notReceived.buyer.on':
    'Secondo il tracciamento il mio pacco è stato consegnato il giorno {date}, ma non l’ho ricevuto. Ho già chiesto ai familiari e ai vicini e ho controllato nei dintorni dell’indirizzo.',
  'advice.msg.problem.notReceived.seller':
    'Secondo il tracciamento il pacco è stato consegnato, ma l’acquirente dice che non è arrivato.',
  'advice.msg.problem.notReceived.seller.on':
    'Secondo il tracciamento il pacco è stato consegnato il giorno {date}, ma l’acquirente dice che non è arrivato.',
  'advice.msg.problem.wrongAddress.buyer':
    'L’indirizzo di consegna del mio ordine è errato o incompleto: va corretto oppure il pacco va reindirizzato.',
  'advice.msg.problem.wrongAddress.seller':
    'L’indirizzo di consegna dell’ordine è errato o incompleto: va corretto oppure il pacco va reindirizzato.',
  'advice.msg.problem.customs.buyer':
    'Il mio pacco è fermo in dogana o in attesa del pagamento dei dazi di importazione.',
  'advice.msg.problem.customs.seller':
    'Il pacco di questo ordine è fermo in dogana o in attesa del pagamento dei dazi di importazione.',
  'advice.msg.problem.damaged.buyer':
    'Il mio pacco è arrivato danneggiato, oppure con un articolo sbagliato o difettoso. Ho le foto dell’articolo, dell’imballaggio e dell’etichetta.',
  'advice.msg.problem.damaged.seller':
    'L’acquirente segnala che il pacco è arrivato danneggiato, oppure con un articolo sbagliato o difettoso.',
  'advice.msg.problem.returned.buyer': 'Il mio pacco è stato restituito al mittente oppure la consegna non è riuscita.',
  'advice.msg.problem.returned.seller':
    'Il pacco di questo ordine è stato restituito al mittente oppure la consegna non è riuscita.',
  'advice.msg.problem.awaitingShipment.buyer':
    'Il mio ordine non è ancora stato spedito e non ha un numero di tracciamento.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Il mio ordine effettuato il giorno {date} non è ancora stato spedito e non ha un numero di tracciamento.',
  'advice.msg.problem.awaitingShipment.seller': 'Questo ordine non è ancora stato spedito.',
  'advice.msg.problem.awaitingShipment.seller.placed':
    'Questo ordine, effettuato il giorno {date}, non è ancora stato spedito.',

  'advice.msg.line.orderNumber': 'Numero d’ordine: {orderId}',
  'advice.msg.line.trackingNumber': 'Numero di tracciamento: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Numero di tracciamento: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Data dell’ordine: {date}',
  'advice.msg.line.shipped': 'Data di spedizione: {date}',
  'advice.msg.line.estimatedDelivery': 'Consegna stimata: {date}',
  'advice.msg.line.delivered': 'Data di consegna: {date}',
  'advice.msg.line.lastUpdate': 'Ultimo aggiornamento del tracciamento: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Potreste verificare la situazione con il venditore e il corriere e indicarmi come procedere?',
  'advice.msg.ask.tiktok.seller':
    'Potreste verificare la situazione con il fornitore logistico e indicarmi come procedere o se è previsto un risarcimento?',
  'advice.msg.ask.seller.awaitingShipment':
    'Potreste dirmi quando verrà spedito, oppure annullarlo e rimborsarmi se non può essere spedito a breve?',
  'advice.msg.ask.seller':
    'Potreste verificare con il corriere e farmi sapere che cosa potete fare (nuova spedizione o rimborso)?',
  'advice.msg.ask.buyer': 'Mi scuso per il disagio. Sto seguendo la questione e la aggiornerò non appena avrò notizie.',
  'advice.msg.ask.carrier.delayed': 'Potreste verificare dove si trova il pacco e quando verrà consegnato?',
  'advice.msg.ask.carrier.lost': 'Potreste avviare una ricerca per questo pacco e fornirmi un numero di riferimento?',
  'advice.msg.ask.carrier.notReceived':
    'Potreste indicarmi esattamente dove e come è stato consegnato (GPS, foto o firma)?',
  'advice.msg.ask.carrier.wrongAddress':
    'Potreste dirmi se il pacco può essere reindirizzato o tenuto in giacenza per il ritiro?',
  'advice.msg.ask.carrier.customs':
    'Potreste dirmi che cosa serve per lo sdoganamento e come pagare gli eventuali dazi sul vostro sito?',
  'advice.msg.ask.carrier.damaged': 'Potreste dirmi come segnalare il danno e quali prove vi servono?',
  'advice.msg.ask.carrier.returned':
    'Potreste dirmi perché è stato restituito e se può essere riconsegnato o ritirato?',
  'advice.msg.ask.carrier.awaitingShipment': 'Potreste dirmi se vi è già stato consegnato un pacco con questo numero?',

  'advice.msg.callNotes.heading': 'Appunti della chiamata: {carrier}',
  'advice.msg.callNotes.problem': 'Problema: {problem}',
  'advice.msg.callNotes.ask': 'Richiesta: {ask}',
  'advice.msg.callNotes.writeDown':
    'Annoti: data e ora, nome dell’operatore, numero di riferimento o della pratica, e che cosa hanno promesso ed entro quando.',

  'tiktok.app.profile': 'Profilo',
  'tiktok.app.yourOrders': 'I tuoi ordini',
  'tiktok.app.orders': 'Ordini',
  'tiktok.app.theOrder': 'l’ordine',
  'tiktok.app.theItem': 'l’articolo',
  'tiktok.app.sellerName': 'il nome del venditore',
  'tiktok.app.message': 'Messaggio',
  'tiktok.app.help': 'Aiuto',
  'tiktok.app.getHelp': 'Ottieni aiuto',
  'tiktok.app.chooseQuestion': 'Scegli la tua domanda',
  'tiktok.app.contactUs': 'Contattaci',
  'tiktok.app.contactTiktok': 'Contatta TikTok',
  'tiktok.app.requestReturnOrRefund': 'Richiedi reso o rimborso',
  'tiktok.app.packageNotReceived': 'Pacco non ricevuto',
  'tiktok.app.continue': 'Continua',
  'tiktok.app.orderDetails': 'Dettagli ordine',
  'tiktok.app.moneyBackGuaranteeLink': 'link della garanzia di rimborso',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Centro assistenza',
  'tiktok.seller.contactUs': 'Contattaci',
  'tiktok.seller.ticketLog': 'Registro ticket',
  'tiktok.seller.complaintsDisputes': 'Reclami e controversie',
  'tiktok.seller.complaintsDispute': 'Reclami e controversie',
  'tiktok.seller.complaintsDisputesLogistic': 'Reclami e controversie (logistica)',
  'tiktok.seller.complaintsDisputeLogistic': 'Reclami e controversie (logistica)',
  'tiktok.seller.logisticIssue': 'Problema logistico',
  'tiktok.seller.logisticIssueLower': 'Problema logistico',
  'tiktok.seller.deliveryInquiry': 'Richiesta sul processo di consegna',
  'tiktok.seller.packageLost': 'Pacco smarrito',
  'tiktok.seller.packageDamaged': 'Pacco danneggiato',
  'tiktok.seller.deliveredNotReceived': 'Consegnato ma non ricevuto',
  'tiktok.seller.unmovedTracking': 'Evento di tracciamento fermo',
  'tiktok.seller.pickUpIssues': 'Problemi di ritiro',
  'tiktok.seller.pickedUpNotUpdated': 'Ritirato ma stato logistico non aggiornato',

  'tiktok.page.euReturnsSpanish': 'Politica di resi e rimborsi di TikTok Shop (SEE, in spagnolo)',
  'tiktok.page.esReturns': 'Politica di resi e rimborsi di TikTok Shop (SEE)',
  'tiktok.page.usMoneyBackGuarantee': 'Garanzia di rimborso di TikTok Shop',
  'tiktok.page.gbReturns': 'Politica di resi e rimborsi di TikTok Shop (Regno Unito)',
  'tiktok.page.usNotReceived': 'Pacco segnato come consegnato ma non ricevuto',
  'tiktok.page.usContactSellerOrTiktok': 'Come contattare il venditore o TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: contattare l’assistenza di TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: problemi logistici e ticket',
  'tiktok.page.thSellerHelp': 'Seller Center: ticket logistici (smarrito, danneggiato, non ricevuto)',
  'tiktok.page.idSellerHelp': 'Seller Center: Centro assistenza e Registro ticket',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping nel Regno Unito e nell’UE (corrieri per mercato)',
  'tiktok.page.usSellerShippingRules':
    'Regole di Seller Shipping (tempi di consegna, pacchi smarriti, correzioni del tracciamento)',
  'tiktok.page.thShippingModes': 'Ship by TikTok e Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Pacchi spediti tramite piattaforma smarriti o danneggiati: risarcimento',
  'tiktok.page.idReturns': 'Resi e rimborsi (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims':
    'Richieste di indennizzo assicurativo TikTok Shipping (entro 90 giorni dalla data di spedizione)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping e Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Consegne non riuscite e pacchi in rientro',
  'tiktok.page.vnBuyerReturns': 'Regole di reso e rimborso per gli acquirenti (15 giorni dalla consegna)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (vendita globale)',
  'tiktok.page.globalTicket': 'Creare un ticket (Seller Center per la vendita globale)',
  'tiktok.page.sellerUniversity': 'Seller University (guida del Seller Center)',
  'tiktok.page.sellerTicket': 'Ticket di assistenza del Seller Center',

  'tiktok.note.unknownRegion':
    'Non conosciamo il suo mercato TikTok Shop, quindi questo è il percorso generale nel Seller Center di TikTok (documentato per gli Stati Uniti). Scelga il suo Paese nelle impostazioni per avere il Seller Center e le pagine delle politiche del suo mercato.',
  'tiktok.note.unknownRegionBuyer':
    'Non conosciamo il suo mercato TikTok Shop, quindi questo è il percorso generale nell’app di TikTok (documentato per gli Stati Uniti). Scelga il suo Paese nelle impostazioni per avere il percorso e le pagine delle politiche del suo mercato.',
  'tiktok.note.usBuyerPath':
    'Chieda prima al venditore: Profilo > I tuoi ordini > il nome del venditore > Messaggio. Se non può aiutarla, contatti TikTok qui.',
  'tiktok.note.seaBuyerPath':
    'Diciture meno recenti dell’assistenza venditori di TikTok Shop per il Sud-est asiatico e l’Indonesia; nell’app attuale i passaggi potrebbero chiamarsi diversamente.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok documenta questo percorso per gli Stati Uniti; nel suo mercato i passaggi dell’app potrebbero chiamarsi diversamente.',
  'tiktok.note.euReturnsSpanishOnly':
    'È stata trovata solo la versione spagnola della politica SEE; le versioni in altre lingue non sono state confermate.',
  'tiktok.note.usMoneyBackGuarantee':
    'Copre fino a 90 giorni da «Consegnato»; trovi il link nella pagina «Dettagli ordine».',
  'tiktok.note.gbReturns':
    'Diritto di recesso di 14 giorni più un vantaggio di reso esteso di 30 giorni dalla ricezione.',
  'tiktok.note.esReturns': 'Politica SEE, ultimo aggiornamento 1º luglio 2025.',
  'tiktok.note.usNotReceived':
    'Richieda un reso o un rimborso entro 30 giorni dall’aggiornamento a «Consegnato», con il motivo «Pacco non ricevuto».',
  'tiktok.note.usSellerHours':
    'Operatori disponibili tutti i giorni dalle 5:00 alle 23:00 (ora del Pacifico, PST); fuori da questi orari solo le FAQ.',
  'tiktok.note.usSellerPath': 'Tramite l’icona dell’Assistente o il Centro assistenza nel Seller Center.',
  'tiktok.note.seaSellerPath':
    'Documentato nell’assistenza del Seller Center del Vietnam; TikTok usa la stessa procedura in tutto il Sud-est asiatico.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok documenta questo percorso per il Seller Center statunitense; il Seller Center del suo mercato potrebbe usare diciture diverse.',
  'tiktok.note.partnerDocumentation': 'Documentazione per i partner di TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Il Seller Center per la vendita globale, come lo descrive una guida per venditori; TikTok non ha confermato questo percorso.',
  'tiktok.note.sellerGuideAddress': 'Indirizzo tratto da una guida per venditori; non confermato da TikTok.',
  'tiktok.note.universityNotOpened':
    'Seller University si trova sotto /university su ogni host del Seller Center; questa pagina iniziale non è stata aperta.',
  'tiktok.note.hostNotConfirmed':
    'Questo indirizzo del Seller Center non è confermato su una pagina ufficiale di TikTok.',
  'tiktok.note.vnTicketAddress':
    'Indirizzo della pagina dei ticket non confermato da TikTok; l’articolo collegato descrive la procedura dei ticket.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Indirizzo non confermato per questo mercato. Se non si apre, usi Centro assistenza > Contattaci nel Seller Center.',
};
