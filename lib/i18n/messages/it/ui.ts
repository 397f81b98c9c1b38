import type { UiKey } from '../en/ui';

/**
 * Italian messages of the pages (source: ../en/ui.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Choices worth knowing (the same voice as ./advice.ts):
 * - Register: sentences address the user with "Lei" (formal imperatives: "Apra", "Incolli", "Scelga"), as the advice
 *   does; buttons and links keep the usual Italian UI form ("Copia", "Salva", "Elimina", "Trova corriere"), and
 *   labels avoid the pronoun where they can ("Paese", "Ruolo"). "Le mie pratiche" follows "I miei ordini" of Italian
 *   shops. TikTok app paths keep the app's own "tu" ("Profilo › I tuoi ordini").
 * - Terms as in the advice: corriere, numero di tracciamento, venditore, acquirente, rimborso, reclamo (claim),
 *   pratica (case), registro della pratica (case log), Seller Center, Centro assistenza; order statuses as in
 *   lib/page/phrases.ts («Consegnato», «In transito», «Consegna non riuscita»...). Quotation marks are « ».
 * - Dates after a preposition are written "il giorno {date}" / "dal giorno {date}", as the advice does: the date
 *   arrives formatted ("8 nov"), and "il 8 nov" / "dal 11 nov" would be wrong (l’8, dall’11).
 * - Country names are never put after "in"/"per" (Italian needs an article that depends on the country: "negli Stati
 *   Uniti", "per la Germania"): "{country}: …", "Corrieri ({country})".
 */
export const UI: Readonly<Record<UiKey, string>> = {
  appTitle: 'Carrier Finder',

  // --- Right-click menu and address bar ---

  menuFindCarrierFor: 'Trova il corriere di «{text}»',
  menuFindCarrierInLink: 'Trova il corriere in questo link',
  omniboxPrompt:
    'Digiti o incolli un numero di tracciamento per trovare il corriere, la sua assistenza telefonica e il link di tracciamento',
  omniboxResult: '{carrier}: {number}',
  omniboxNothing: 'Ancora nessun numero di tracciamento in «{text}»',

  // --- Lookup box ---

  lookupLabel: 'Cerca un numero di tracciamento',
  lookupPlaceholder: 'Incolli un numero di tracciamento',
  lookupSubmit: 'Trova corriere',
  lookupHint: 'Apra una pagina d’ordine di TikTok Shop o incolli qui un numero di tracciamento.',

  // --- First run ---

  welcomeTitle: 'Le diamo il benvenuto in Carrier Finder',
  welcomeWhat:
    'Indica quale corriere ha un pacco TikTok Shop, come contattarlo e che cosa fare quando un pacco è in ritardo, smarrito o non ricevuto. Tutto resta su questo dispositivo.',
  welcomeOpenOrder: 'Apra un ordine su TikTok Shop o nel Seller Center, poi clicchi sull’icona di Carrier Finder.',
  welcomeLookup: 'Oppure incolli un qualsiasi numero di tracciamento nella casella qui sotto.',
  welcomeCountry: 'Paese',
  welcomeCountryHint: 'Determina quali numeri di telefono e quali regole di TikTok Shop vengono mostrati.',
  welcomeDismiss: 'Ho capito',

  // --- States of the popup ---

  notOrderPage: 'Questa non è una pagina d’ordine di TikTok Shop.',
  notOrderNext_buyer:
    'Apra l’ordine su TikTok Shop (Profilo › I tuoi ordini › l’ordine), poi clicchi di nuovo su Carrier Finder.',
  notOrderNext_seller:
    'Apra l’ordine nel Seller Center (Ordini › Gestisci ordini › l’ordine), poi clicchi di nuovo su Carrier Finder.',
  listNoNumbersTitle: 'Questo elenco di ordini non mostra numeri di tracciamento',
  listNoNumbers:
    'Apra l’ordine che le serve, poi clicchi di nuovo su Carrier Finder: la pagina dell’ordine mostra il suo numero di tracciamento.',
  helpForLabel: 'Aiuto per',
  storageUnavailable:
    'Carrier Finder non è riuscito a leggere i dati salvati, quindi l’ordine di questa scheda non viene mostrato.',
  storageUnavailableHint: 'Può comunque incollare un numero di tracciamento qui sotto.',
  staleNote:
    'Questo è ciò che la pagina dell’ordine mostrava prima. Nel frattempo la scheda è cambiata: riapra l’ordine per aggiornare.',
  awaitingTitle: 'Non ancora spedito',
  awaitingDetail:
    'Questo ordine non ha ancora un numero di tracciamento: il venditore non l’ha ancora affidato a un corriere. I consigli qui sotto indicano che cosa fare e quando.',
  awaitingDetailSeller:
    'Questo ordine non ha ancora un numero di tracciamento: lo affidi a un corriere e aggiunga il numero di tracciamento nel Seller Center. I consigli qui sotto indicano che cosa fare ed entro quando.',
  noNumberTitle: 'La pagina non mostra un numero di tracciamento',
  noNumberDetailShipped:
    'Secondo la pagina, questo ordine è stato spedito, ma non viene mostrato alcun numero di tracciamento. Apra i dettagli di tracciamento dell’ordine su TikTok Shop, copi il numero e lo incolli qui sotto.',
  noNumberDetail:
    'Carrier Finder ha trovato questo ordine, ma nessun numero di tracciamento nella pagina. Se è stato spedito, copi il numero dai dettagli di tracciamento dell’ordine e lo incolli qui sotto.',
  orderLabel: 'Ordine',
  copyOrderId: 'Copia il numero d’ordine {orderId}',
  orderListNote: 'Pacchi dall’elenco ordini di questa pagina',
  'status_awaiting-payment': 'In attesa di pagamento',
  'status_awaiting-shipment': 'In attesa di spedizione',
  'status_awaiting-collection': 'In attesa di ritiro',
  'status_in-transit': 'In transito',
  status_delivered: 'Consegnato',
  status_completed: 'Completato',
  status_cancelled: 'Annullato',
  status_returned: 'Restituito',
  'status_delivery-failed': 'Consegna non riuscita',
  packagesHeading: 'Pacchi',
  packageN: 'Pacco {number}',
  lookupHeading: 'Ricerca',
  lookupFor: 'Risultati per «{query}»',
  lookupNothing: 'Nessun numero di tracciamento trovato in «{query}».',
  lookupNothingHint: 'Controlli che il numero non contenga errori, oppure lo copi di nuovo dalla pagina dell’ordine.',
  lookupOrderIdHint:
    'Sembra un ID ordine di TikTok Shop, non un numero di tracciamento. Il numero di tracciamento si trova nella pagina dell’ordine, accanto al corriere.',
  severalFound: '{count, plural, one {# numero di tracciamento trovato} other {# numeri di tracciamento trovati}}',
  packageFilterLabel: 'Trova un pacco',
  packageFilterPlaceholder: 'Numero, ordine o stato',
  packageFilterCount: '{shown, number} di {total, plural, one {# pacco} other {# pacchi}}',
  packageFilterNone: 'Nessun pacco corrisponde a «{query}».',
  copyAll: 'Copia tutto',
  copyAllOfCarrier:
    '{count, plural, one {Copia il numero di tracciamento {carrier}} other {Copia tutti i # numeri di tracciamento {carrier}}}',
  copyAllNumbers:
    '{count, plural, one {Copia il numero di tracciamento} other {Copia tutti i # numeri di tracciamento}}',
  orderShort: 'Ordine {orderId}',
  showingParcel: 'Pacco visualizzato: {number}',

  // --- A package ---

  trackingNumberLabel: 'Numero di tracciamento',
  copy: 'Copia',
  copied: 'Copiato',
  copyFailed: 'Copia non riuscita',
  copyTrackingNumber: 'Copia il numero di tracciamento {number}',
  carrierUnknown: 'Corriere sconosciuto',
  carrierUnknownDetail:
    'Il formato non corrisponde a nessun corriere che conosciamo. Cerchi il nome del corriere nella pagina dell’ordine o sull’etichetta di spedizione; i consigli generali qui sotto valgono comunque.',
  confidence_high: 'Affidabilità alta',
  confidence_medium: 'Affidabilità media',
  confidence_low: 'Affidabilità bassa',
  sourcePage: 'la pagina indica questo corriere',
  sourceNumber: 'riconosciuto dal numero',
  sourceText: 'indicato nel testo cercato, non riconosciuto dal numero',
  pageSays: 'La pagina indica «{text}»',
  checksumFailed:
    'La cifra di controllo del numero non corrisponde a {carrier}. Il numero potrebbe contenere un errore di battitura o appartenere a un altro corriere.',
  checksumOk: 'cifra di controllo verificata',
  pickedByYou: 'scelta manuale per questo pacco',
  explainLabel: 'Che cosa significano affidabilità e cifra di controllo',
  explainConfidence:
    'L’affidabilità indica quanto Carrier Finder è sicuro del corriere: alta quando la pagina lo nomina o la cifra di controllo del numero corrisponde, più bassa quando corrisponde solo la forma del numero.',
  explainCheckDigit:
    'La cifra di controllo è l’ultima cifra di molti numeri di tracciamento, calcolata dalle altre: quando corrisponde, il numero è stato digitato correttamente e ha il formato di questo corriere.',
  alternativesLabel: 'Potrebbe anche essere',
  alternativesMore: 'Mostra altri {count}',
  'reason_check-digit': 'la cifra di controllo corrisponde',
  reason_prefix: 'il prefisso corrisponde',
  reason_length: 'stessa lunghezza',
  'basis_check-digit': 'cifra di controllo verificata per {carrier}',
  basis_prefix: 'il prefisso corrisponde ai numeri di {carrier}',
  basis_length: 'solo la lunghezza corrisponde ai numeri di {carrier}: controlli l’etichetta',
  grade_a: 'formato documentato dal corriere',
  grade_b: 'formato indicato nella documentazione di TikTok Shop',
  grade_c: 'formato non confermato dal corriere',
  grade_d: 'formato non confermato dal corriere',

  // --- Carrier card ---

  carrierCardHeading: 'Contatti di {carrier}',
  hotline: 'Assistenza telefonica',
  callCarrier: 'Chiama {carrier} al numero {phone}',
  copyPhone: 'Copia il numero di telefono {phone}',
  openNow: 'Aperto ora',
  closedNow: 'Chiuso ora',
  opensAtTime: 'Apre alle {time}',
  opensOnDay: 'Apre {day} alle {time}',
  yourTime: 'nel suo fuso orario',
  hoursIn: '{hours} (ora di {city})',
  unverified: 'Non confermato dal corriere',
  unverifiedPage: 'Indirizzo non confermato',
  provenanceFor: 'Fonte e data: {what}',
  phoneWhat: '{carrier} {phone}',
  fallbackInternational: '{country}: nessun contatto in elenco. Questi sono i contatti internazionali del corriere.',
  fallbackOtherCountry:
    '{country}: nessun contatto in elenco. Questi sono i contatti del corriere per un altro Paese: {otherCountry}.',
  noContacts:
    'Non abbiamo ancora recapiti per questo corriere. Usi il link di tracciamento o si rivolga all’assistenza di TikTok Shop.',
  noPhone: 'Nessun numero di telefono per questo corriere.',
  noPhoneNext_buyer:
    'Questo corriere l’ha scelto il venditore: se il tracciamento si blocca, scriva al venditore e poi all’assistenza di TikTok Shop.',
  noPhoneNext_seller:
    'Come mittente, contatti il corriere tramite il suo account di spedizione o il suo intermediario; se la spedizione l’ha organizzata TikTok, apra un ticket nel Seller Center.',
  otherChannels: 'Altri modi per contattarlo',
  trackOn: 'Traccia sul sito di {carrier}',
  trackCopiesHint: 'Copia anche il numero, pronto da incollare.',
  trackCopied: 'Numero copiato: lo incolli se la pagina lo chiede.',
  trackCopyFailed: 'Non è stato possibile copiare il numero: lo copi qui sopra, poi lo incolli nella pagina.',
  'ask_phone-digits':
    'La pagina di tracciamento potrebbe chiedere le ultime cifre del numero di telefono del destinatario.',
  'ask_tax-id': 'La pagina di tracciamento potrebbe chiedere il codice fiscale del destinatario (CPF o CNPJ).',
  ask_postcode: 'La pagina di tracciamento potrebbe chiedere il CAP del destinatario.',
  ask_captcha: 'La pagina di tracciamento potrebbe chiederle di risolvere un captcha.',
  'caveat_premium-rate': 'Numero a tariffa maggiorata: le chiamate costano più di una chiamata normale.',
  'caveat_senders-only': 'Per i mittenti (venditori), non per i destinatari.',
  'caveat_businesses-only': 'Per i clienti aziendali.',
  'caveat_claims-only': 'Solo ufficio reclami.',
  'caveat_complaints-only': 'Per lamentele e suggerimenti.',
  'caveat_account-only': 'Per domande su account e contratti, non per l’assistenza generale.',
  'caveat_orders-in-progress': 'Solo per i clienti con una spedizione in corso.',
  'caveat_letters-only': 'Il corriere scrive questo numero come {printed}; le cifre sono ricavate dalle lettere.',
  'caveat_whatsapp-only': 'Solo messaggi WhatsApp: non è una linea per le chiamate.',
  lookalike: '{lookalike} è un’azienda diversa da {carrier}: non usi i suoi numeri per questo pacco.',
  'answer_contact-sender': '{carrier} indica: contatti prima il mittente (il venditore).',
  'answer_contact-retailer': '{carrier} indica: contatti prima il negozio in cui ha acquistato.',
  'answer_contact-sender_seller':
    '{carrier} tratta con il mittente, e per questo pacco il mittente è lei: lo contatti tramite il suo account di spedizione, o tramite il Seller Center se la spedizione l’ha organizzata TikTok.',
  'answer_contact-retailer_seller':
    '{carrier} rimanda i destinatari prima al negozio, e il negozio è lei: risponda all’acquirente e contatti {carrier} come mittente.',
  'answer_web-chat': '{carrier} indica: usi la sua chat online.',
  'answer_online-form': '{carrier} indica: usi il suo modulo online.',
  answer_email: '{carrier} indica: scriva un’email.',
  answer_branch: '{carrier} indica: il servizio clienti è gestito dalle sue sedi locali.',
  'answer_virtual-assistant': '{carrier} indica: usi l’assistente virtuale sul suo sito.',
  answerQuote: 'Testualmente: «{quote}»',
  'answerGo_contact-sender': 'Leggi la pagina di {carrier}',
  'answerGo_contact-retailer': 'Leggi la pagina di {carrier}',
  'answerGo_web-chat': 'Apri la chat online di {carrier}',
  'answerGo_online-form': 'Apri il modulo di {carrier}',
  answerGo_email: 'Scrivi a {carrier}',
  answerGo_branch: 'Leggi la pagina di {carrier}',
  'answerGo_virtual-assistant': 'Apri l’assistente virtuale di {carrier}',
  claimsPage: 'Presenta un reclamo a {carrier}',
  sourceLabel: 'Fonte',
  checkedOn: 'verificato il giorno {date}',
  opensNewTab: '(si apre in una nuova scheda)',

  // --- TikTok Shop card ---

  tiktokHeading: 'Assistenza TikTok Shop',
  tiktokBuyerPath: 'Nell’app TikTok',
  tiktokSellerPath: 'Nel Seller Center',
  tiktokSellerHelp: 'Assistenza del Seller Center',
  tiktokSellerTicket: 'Apri un ticket nel Seller Center',
  tiktokPolicy: 'Politica di spedizione e resi',
  tiktokNone: 'TikTok Shop non ha un numero di telefono: usi l’assistenza nell’app o il Seller Center.',
  roleBuyer: 'per gli acquirenti',
  roleSeller: 'per i venditori',
  breadcrumbLabel: 'Percorso nell’app',

  // --- Problems and advice ---

  whatsWrong: 'Qual è il problema?',
  problemSignalLead: 'Dalla pagina:',
  signal_unshipped: 'non è ancora stato spedito.',
  signal_returned: 'il pacco sta tornando indietro, oppure la consegna non è riuscita.',
  signal_delivered: 'risulta «Consegnato».',
  'signal_no-scan':
    'nessun aggiornamento del tracciamento dal giorno {date} ({days, plural, one {# giorno} other {# giorni}}).',
  signal_overdue: 'la data di consegna stimata ({date}) è passata.',
  problemSignalChange: 'Non è questo? Ne scelga un altro qui sopra.',
  commonProblemsHeading: 'I problemi più comuni',
  commonProblemsHint: 'Ne scelga uno per vedere tutti i passaggi e le relative scadenze.',
  showSteps: 'Mostra i passaggi',
  showStepsFor: 'Mostra i passaggi per: {problem}',
  unknownsCount: 'Buono a sapersi ({count})',
  stepSource: 'passaggio {number}',
  problem_delayed: 'In ritardo / nessun aggiornamento',
  problem_lost: 'Smarrito',
  'problem_not-received': 'Consegnato, non ricevuto',
  'problem_wrong-address': 'Indirizzo sbagliato',
  problem_customs: 'Dogana / dazi',
  problem_damaged: 'Danneggiato / articolo sbagliato',
  problem_returned: 'Restituito / non consegnato',
  'problem_awaiting-shipment': 'Non ancora spedito',
  stepsHeading: 'Che cosa fare: {problem}',
  unknownsHeading: 'Buono a sapersi',
  policyLink: 'Politica di TikTok Shop per la sua regione',
  who_seller: 'Contatti il venditore',
  who_buyer: 'Contatti l’acquirente',
  who_tiktok: 'Contatti TikTok Shop',
  who_carrier: 'Contatti il corriere',
  'who_card-issuer': 'Contatti l’emittente della carta',
  who_self: 'Da fare in autonomia',
  when: 'Quando: {when}',
  notBefore: 'Utile a partire dal giorno {date}',
  deadlineBy: 'Da richiedere entro il giorno {date}',
  deadlinePassed: 'scaduto',
  deadlineDueSoon: 'in scadenza',
  deadlineToday: 'oggi',
  deadlineOneDay: 'manca 1 giorno',
  deadlineDaysLeft: '{days, plural, one {manca # giorno} other {mancano # giorni}}',
  followUp: 'Se non succede nulla, solleciti il giorno {date}',
  haveReady: 'Tenga a portata di mano: {items}',
  'have_order-id': 'ID ordine',
  'have_tracking-number': 'numero di tracciamento',
  have_photos: 'foto',
  'have_unboxing-video': 'video dell’apertura del pacco',
  have_label: 'etichetta di spedizione',
  'have_proof-of-address': 'prova dell’indirizzo',
  'have_delivery-photo': 'foto della consegna',
  have_receipt: 'ricevuta',
  'have_customs-documents': 'documenti doganali',
  callAction: 'Chiama {carrier}: {phone}',
  contactPageAction: 'Pagina contatti di {carrier}',
  claimsAction: 'Presenta un reclamo a {carrier}',
  trackAction: 'Traccia sul sito di {carrier}',
  previewMessage: 'Anteprima',
  adviceSource: 'Fonte: {source}',
  adviceReason: 'Perché: {reason}',
  theCarrier: 'il corriere',

  // --- "Write in": the language of a message to copy ---

  writeInLabel: 'Scrivi in',
  writeInLabelFor: 'Lingua del messaggio: {message}',
  writeInChanged: 'Messaggio riscritto in {language}.',

  // --- Case log ---

  logContact: 'Registra un contatto',
  logContactFor: 'Registra un contatto per il passaggio: {step}',
  logChannel: 'Canale',
  logReference: 'Numero di riferimento',
  logNote: 'Nota',
  logSave: 'Salva',
  logCancel: 'Annulla',
  logSaved: 'Salvato nel registro della pratica',
  logSaveFailed: 'Impossibile salvare: lo spazio di archiviazione non è disponibile',
  'contact_tiktok-chat': 'Chat di TikTok Shop',
  'contact_tiktok-ticket': 'Ticket di TikTok Shop',
  'contact_seller-message': 'Messaggio al venditore',
  'contact_buyer-message': 'Messaggio all’acquirente',
  'contact_carrier-phone': 'Telefonata al corriere',
  'contact_carrier-email': 'Email al corriere',
  'contact_carrier-claim': 'Reclamo al corriere',
  contact_other: 'Altro',
  caseLogHeading: 'Registro della pratica',
  caseLogShow: 'Registro della pratica: ancora vuoto',
  caseLogEmpty:
    'Nessun contatto registrato. Annotare ogni chiamata o messaggio (data, riferimento) aiuta se occorre portare la questione più in alto.',
  caseLogCopy: 'Copia come testo',
  caseLogCsv: 'Scarica CSV',
  caseLogDelete: 'Elimina',
  caseLogDeleteEntry: 'Elimina la voce del giorno {when}',
  caseLogConfirmDelete: 'Eliminare questa voce? L’operazione non può essere annullata.',
  caseLogPrivate: 'Conservato solo in questo browser. Mai sincronizzato né inviato altrove.',

  // --- Cases (popup summary, cases page, reminders, toolbar) ---

  casesTitle: 'Le mie pratiche',
  casesPageTitle: 'Carrier Finder: le mie pratiche',
  openCases: 'Le mie pratiche',
  openCasesLabel: 'Apri le mie pratiche in una nuova scheda',
  caseOpenInList: 'Vedi nelle mie pratiche',
  caseOpenInListLabel: 'Vedi nelle mie pratiche (in una nuova scheda)',
  casePrivacy: 'Conservata solo in questo browser. Mai sincronizzata né inviata altrove.',
  caseHeading: 'Pratica',
  caseOrder: 'Ordine {orderId}',
  caseTracking: 'Numero di tracciamento {number}',
  state_open: 'Aperta',
  state_waiting: 'In attesa di risposta',
  state_resolved: 'Risolta',
  caseNextDeadline: '{step}: entro il giorno {date}',
  caseNextFollowUp: '{step}: sollecito il giorno {date}',
  caseNextLabel: 'Prossimo passo',
  caseNoDate: 'Nessuna data in programma.',
  caseOverdue: 'scaduto',
  caseProblem: 'Problema: {problem}',
  caseNoProblem: 'Nessun problema ancora scelto',
  caseResolve: 'Segna come risolta',
  caseResolveLabel: 'Segna come risolta: pratica {case}',
  caseReopen: 'Riapri',
  caseReopenLabel: 'Riapri la pratica {case}',
  caseWaiting: 'In attesa di risposta',
  caseWaitingLabel: 'Segna la pratica {case} come in attesa di risposta',
  caseNotWaiting: 'Non più in attesa',
  caseNotWaitingLabel: 'Non più in attesa: segna la pratica {case} come aperta',
  caseDelete: 'Elimina',
  caseDeleteLabel: 'Elimina la pratica {case}',
  caseDeleted: 'Pratica {case} eliminata.',
  caseUndo: 'Annulla',
  caseRestored: 'Pratica {case} ripristinata.',
  caseSaveFailed: 'Impossibile salvare: {error}',
  caseDetails: 'Dettagli',
  caseDetailsLabel: 'Dettagli della pratica {case}',
  caseDatesHeading: 'Date',
  caseDatesEmpty: 'Nessun passaggio con una data: scelga un problema nel popup sulla pagina dell’ordine.',
  caseDone: 'Fatto',
  caseDoneLabel: 'Fatto: {step}',
  caseContactsHeading: 'Contatti',
  caseContactsEmpty: 'Nessun contatto registrato.',
  caseTrackingNumbers: 'Numeri di tracciamento',
  caseCarrier: 'Corriere',
  caseMarket: 'Mercato',
  caseRole: 'Ruolo',
  caseField: '{label}: {value}',
  casesEmpty:
    'Ancora nessuna pratica. Apra una pagina d’ordine di TikTok Shop, clicchi sull’icona di Carrier Finder e scelga il problema: l’ordine viene conservato qui con le sue date.',
  casesNoMatch: 'Nessuna pratica corrisponde a questi filtri.',
  casesSearch: 'Cerca per ID ordine o numero di tracciamento',
  casesStateFilter: 'Mostra',
  casesFilter_active: 'Aperte e in attesa',
  casesFilter_open: 'Aperte',
  casesFilter_waiting: 'In attesa di risposta',
  casesFilter_resolved: 'Risolte',
  casesFilter_all: 'Tutte le pratiche',
  casesMarketFilter: 'Mercato',
  casesAllMarkets: 'Tutti i mercati',
  casesShown: '{shown, plural, one {# pratica mostrata} other {# pratiche mostrate}} su {total, number} in totale.',
  casesExportCsv: 'Scarica tutto in CSV',
  casesExportText: 'Scarica tutto come testo',
  casesNewer:
    'Le sue pratiche sono state salvate da una versione più recente di Carrier Finder. Vengono mostrate per quanto questa versione riesce a leggerle e qui non possono essere modificate.',
  casesReadError: 'Impossibile leggere le pratiche ({error}).',
  casesOpenSettings: 'Impostazioni',
  casesExportNone: 'Nessuna pratica registrata.',
  remindMe: 'Promemoria',
  remindMeLabel: 'Imposta un promemoria: {step}',
  reminderOn: 'Promemoria il giorno {date} alle {time}',
  reminderFired: 'Promemoria inviato il giorno {date}',
  reminderDay: 'Giorno del promemoria',
  reminderDayLabel: 'Giorno del promemoria per {step}',
  reminderRemove: 'Nessun promemoria',
  reminderRemoveLabel: 'Nessun promemoria: {step}',
  reminderFallback:
    'Le notifiche sono disattivate, quindi l’icona di Carrier Finder nella barra degli strumenti mostra invece il numero di pratiche in scadenza.',
  reminderAllow: 'Consenti le notifiche',
  badgeCasesDue:
    'Carrier Finder: {count, plural, one {# pratica in scadenza oggi} other {# pratiche in scadenza oggi}}',
  notificationDeadline: 'Scadenza {date}: {step}',
  notificationFollowUp: 'Sollecito {date}: {step}',

  // --- Toolbar icon's tooltip on an order page ---

  badgeOrderNoNumber: 'Carrier Finder: ordine trovato, ancora nessun numero di tracciamento',
  badgePackages: 'Carrier Finder: {count, plural, one {# pacco} other {# pacchi}}, {carriers}',
  badgeCarrierUnknown: 'corriere sconosciuto',

  // --- Popup: the way to the options page ---

  openSettings: 'Impostazioni',
  openSettingsLabel: 'Apri le impostazioni di Carrier Finder',
  detectionOffNote: 'La lettura delle pagine d’ordine di TikTok Shop è disattivata nelle impostazioni.',

  // --- Options page ---

  optionsTitle: 'Impostazioni di Carrier Finder',
  optionsPrivacy: 'Conservate solo su questo dispositivo. Carrier Finder non ha un server e non invia nulla a nessuno.',
  optionsReadError: 'Impossibile leggere le impostazioni ({error}). Le modifiche potrebbero non essere conservate.',
  optionsNewerSettings:
    'Queste impostazioni sono state salvate da una versione più recente di Carrier Finder. Vengono mostrate per quanto questa versione riesce a leggerle e le modifiche fatte qui non vengono salvate.',
  optionsNewerCaseLog:
    'Le sue pratiche sono state salvate da una versione più recente di Carrier Finder. Restano come sono: questa versione non può modificarle.',
  saved: 'Salvato.',
  saveFailed: 'Impossibile salvare: {error}',
  saveRefusedNewer: 'Non salvato: una versione più recente di Carrier Finder ha salvato queste impostazioni.',
  resetSettings: 'Ripristina le impostazioni predefinite',
  languageLabel: 'Lingua',
  languageAutomatic: 'Automatica — {language}',
  languageHint:
    'Automatica segue la lingua del browser. Ogni messaggio da copiare ha una propria scelta «Scrivi in», così può scrivere a qualcuno nella lingua del destinatario.',
  countryLabel: 'Paese',
  countryNotSet: 'Non impostato',
  countryFromBrowser: 'Dal browser: {country}',
  countryUseBrowser: 'Usa il Paese del browser ({country})',
  countryHint:
    'Determina l’assistenza telefonica e le regole di TikTok Shop per i numeri cercati e per le pagine d’ordine che non indicano il mercato. Il mercato indicato dalla pagina dell’ordine ha sempre la precedenza.',
  roleLegend: 'Ruolo',
  role_auto: 'In base alla pagina',
  roleHint_auto: 'Acquirente su tiktok.com, venditore nel Seller Center',
  role_buyer: 'Acquirente',
  roleHint_buyer: 'Compro su TikTok Shop',
  role_seller: 'Venditore',
  roleHint_seller: 'Vendo su TikTok Shop',
  preferredLegend: 'Corrieri preferiti',
  preferredHint:
    'Quando un numero di tracciamento è compatibile con più corrieri, vince quello più in alto nell’elenco.',
  preferredInCountry: 'Corrieri ({country})',
  preferredNoCountry: 'Scelga il Paese qui sopra per vedere prima i suoi corrieri.',
  preferredSearchLabel: 'Trova un altro corriere',
  preferredSearchHint: 'Qualsiasi corriere di qualsiasi Paese, per nome.',
  preferredSearchNone: 'Nessun corriere di nome «{query}».',
  preferredRankHeading: 'Ordine di preferenza',
  preferredRankEmpty:
    'Ancora nessun corriere preferito: per un numero compatibile con più corrieri viene mostrato prima il più probabile.',
  preferredFull:
    'Può scegliere al massimo {max, plural, one {# corriere preferito} other {# corrieri preferiti}}. Ne rimuova uno per aggiungerne un altro.',
  moveUp: 'Su',
  moveUpLabel: 'Sposta {carrier} in su',
  moveDown: 'Giù',
  moveDownLabel: 'Sposta {carrier} in giù',
  remove: 'Rimuovi',
  removeLabel: 'Rimuovi {carrier}',
  rankMoved: '{carrier} ora è in posizione {position} su {total}.',
  rankAdded: '{carrier} aggiunto in posizione {position}.',
  rankRemoved: '{carrier} rimosso dai corrieri preferiti.',
  pagesLegend: 'Pagine d’ordine',
  detectionLabel: 'Trova i numeri di tracciamento nelle pagine d’ordine di TikTok Shop',
  detectionHint: 'Se disattivato, Carrier Finder non legge le pagine d’ordine; può comunque cercare i numeri.',
  badgeLabel: 'Mostra sull’icona nella barra degli strumenti il numero di pacchi trovati',
  caseLogLegend: 'Pratiche',
  caseLogSize: 'Pratiche: {cases}. Contatti: {contacts}.',
  caseLogNothing: 'Ancora nessuna pratica.',
  caseLogKeepOrders: 'Pratiche conservate',
  caseLogKeepEntries: 'Contatti conservati per pratica',
  caseLogKeepHint:
    'Si conservano le più recenti: quando le pratiche sono troppe, vengono rimosse prima quelle risolte, poi quelle non toccate da più tempo.',
  caseLogExportCsv: 'Scarica tutto in CSV',
  caseLogExportText: 'Scarica tutto come testo',
  caseLogDeleteAll: 'Elimina tutto…',
  caseLogConfirmDeleteAll:
    'Eliminare tutte le pratiche con i relativi contatti e promemoria? Pratiche: {cases}. Contatti: {contacts}.',
  caseLogDeleteAllConfirm: 'Elimina tutto',
  caseLogDeleted: 'Tutte le pratiche eliminate. Pratiche: {cases}. Contatti: {contacts}.',
  caseLogTrimmed: 'Rimosse per rispettare il nuovo limite. Pratiche: {cases}. Contatti: {contacts}.',
  caseLogUndo: 'Annulla',
  caseLogRestored: 'Ripristinate.',
};
