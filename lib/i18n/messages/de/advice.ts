import type { AdviceKey } from '../en/advice';

/**
 * German messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Register: "Sie" throughout. Terms: carrier = Versanddienstleister, tracking number = Sendungsnummer (as in
 * lib/page/labels.ts), business day = Arbeitstag (Mon-Fri; "Werktag" would include Saturday). The `advice.anchor.*`
 * phrases are in the dative, because every sentence that receives them puts them after "nach" or "ab".
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Nicht sicher: {note}',
  'advice.open.addressNotConfirmed': '{label} (Adresse nicht bestätigt)',

  'advice.span.calendar': '{count, plural, one {# Kalendertag} other {# Kalendertage}}',
  'advice.span.business': '{count, plural, one {# Arbeitstag} other {# Arbeitstage}}',

  'advice.anchor.deliveredStatus': 'dem Status „Zugestellt“',
  'advice.anchor.delivery': 'der Zustellung',
  'advice.anchor.receipt': 'dem Erhalt',
  'advice.anchor.lastCarrierScan': 'dem letzten Scan des Versanddienstleisters',
  'advice.anchor.shipDate': 'dem Versanddatum',
  'advice.anchor.lastLogisticsUpdate': 'der letzten Logistik-Aktualisierung',
  'advice.anchor.lostOrDamagedStatus': 'der Statusänderung auf „verloren“ oder „beschädigt“',
  'advice.anchor.trackingUpload': 'dem Hochladen der Sendungsnummer (als Versanddatum angenommen)',
  'advice.anchor.orderDate': 'dem Bestelldatum',

  'advice.deadline.request.by': 'Stellen Sie den Antrag bis zum {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.request.within':
    'Stellen Sie den Antrag spätestens {span} nach {anchor}; die Bestellseite zeigte dieses Datum nicht, prüfen Sie es daher in der Bestellung.',
  'advice.deadline.request.passed': 'Die Antragsfrist endete am {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.claim.by': 'Machen Sie die Garantie bis zum {date} geltend ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.claim.within':
    'Machen Sie die Garantie spätestens {span} nach {anchor} geltend; die Bestellseite zeigte dieses Datum nicht, prüfen Sie es daher in der Bestellung.',
  'advice.deadline.claim.passed': 'Die Frist für die Garantie endete am {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.edit.by': 'Ändern Sie die Sendungsnummer bis zum {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.edit.within':
    'Ändern Sie die Sendungsnummer spätestens {span} nach {anchor}; die Bestellseite zeigte dieses Datum nicht, prüfen Sie es daher in der Bestellung.',
  'advice.deadline.edit.passed': 'Die Frist für eine Änderung endete am {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.submitTicket.by':
    'Reichen Sie das Ticket bis zum {date} ein ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Reichen Sie das Ticket spätestens {span} nach {anchor} ein; die Bestellseite zeigte dieses Datum nicht, prüfen Sie es daher in der Bestellung.',
  'advice.deadline.submitTicket.passed':
    'Die Frist für das Ticket endete am {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.file.by':
    'Reichen Sie die Schadensmeldung bis zum {date} ein ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.file.within':
    'Reichen Sie die Schadensmeldung spätestens {span} nach {anchor} ein; die Bestellseite zeigte dieses Datum nicht, prüfen Sie es daher in der Bestellung.',
  'advice.deadline.file.passed':
    'Die Frist für die Schadensmeldung endete am {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'Reichen Sie den Entschädigungsantrag bis zum {date} ein ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Reichen Sie den Entschädigungsantrag spätestens {span} nach {anchor} ein; die Bestellseite zeigte dieses Datum nicht, prüfen Sie es daher in der Bestellung.',
  'advice.deadline.submitClaim.passed':
    'Die Frist für den Entschädigungsantrag endete am {date} ({span} nach {anchor} am {anchorDate}).',
  'advice.deadline.askAnyway':
    'Fragen Sie trotzdem: Erklären Sie die Verspätung und halten Sie alles schriftlich fest.',
  'advice.deadline.soon': 'Das ist sehr bald: Erledigen Sie es jetzt.',
  'advice.start.unmoved.from':
    'Wenn sich der Status immer noch nicht geändert hat, eröffnen Sie ab dem {date} das Ticket ({span} nach {anchor} am {anchorDate}).',
  'advice.start.unmoved.after':
    'Wenn sich der Status immer noch nicht geändert hat, eröffnen Sie das Ticket {span} nach {anchor}.',
  'advice.start.noCompensation.from':
    'Wenn keine Entschädigung eingegangen ist, eröffnen Sie ab dem {date} das Ticket ({span} nach {anchor} am {anchorDate}).',
  'advice.start.noCompensation.after':
    'Wenn keine Entschädigung eingegangen ist, eröffnen Sie das Ticket {span} nach {anchor}.',

  'advice.rule.assumed': 'Die Quelle nennt dies für {regions}; wir gehen davon aus, dass es auch für {region} gilt.',
  'advice.rule.usBuyerReturns30d.note':
    'Die offizielle Seite nennt „30 Tage“ ohne Fristbeginn; Kopien der Richtlinie auf Drittseiten zählen ab Erhalt.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Ausgenommen sind gebrauchte Artikel, Sammlerstücke und vom Umtausch ausgeschlossene Artikel. Eine Rücksendung muss innerhalb von 14 Tagen abgegeben werden.',
  'advice.rule.vnBuyerReturns15d.note':
    'Gründe sind u. a. Nichterhalt, falsche oder defekte Artikel und verspätete Lieferung. Einige Kategorien sind ausgenommen. Ein älterer Artikel für VN nannte 6 Tage.',
  'advice.rule.idBuyerReturns6d.note':
    'Danach kann der Käufer dem Verkäufer weiterhin schreiben oder TikTok über Bestellungen > TikTok kontaktieren erreichen.',
  'advice.rule.gbBuyerReturns30d.note':
    'Für mangelhafte Artikel bestehen zusätzlich gesetzliche Rechte gegenüber dem Verkäufer, auch über diese Fristen hinaus (Abschnitt 7 der Richtlinie).',
  'advice.rule.euSpanishEdition.note':
    'Aus der spanischen Fassung der EU-Richtlinie (Stand: 1. Juli 2025); andere Sprachfassungen wurden nicht geprüft.',
  'advice.rule.usSellerLost10Calendar.note':
    'Inlandssendungen. Ein verlorenes Paket kann zur Stornierung der Bestellung und zu einer Erstattung an den Käufer führen.',
  'advice.rule.usSellerLost7Business.note':
    'Arbeitstage überspringen hier nur Wochenenden; Feiertage kennt die Erweiterung nicht.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Deckt automatisch bis zu 200 US-Dollar ab (mehr, wenn mit dem Versandetikett dazugekauft); das Paket muss einen Scan des Versanddienstleisters haben.',
  'advice.rule.seaSellerClaim40d.note':
    'Gezählt wie im Beispiel von TikTok: letzte Aktualisierung am 1. Feb. 2024, Antrag bis zum 11. März 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Wir zählen ab der letzten Logistik-Aktualisierung und nehmen an, dass sie die Änderung auf „verloren“ oder „beschädigt“ ist.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'Die Seite zeigt nicht, wann die Sendungsnummer hochgeladen wurde; wir nehmen das Versanddatum, daher kann die tatsächliche Frist früher enden.',
  'advice.rule.usSellerTrackingTicket30d.note':
    'Geben Sie die ursprüngliche und die neue Sendungsnummer samt Versanddienstleister an.',

  'advice.noScan':
    'TikTok wertet ein Paket mit Seller Shipping als verloren, wenn es 7 Arbeitstage (bzw. 10 Kalendertage) lang keinen Scan des Versanddienstleisters gibt.',
  'advice.noScan.dated':
    'TikTok wertet ein Paket mit Seller Shipping als verloren, wenn es 7 Arbeitstage (bzw. 10 Kalendertage) lang keinen Scan des Versanddienstleisters gibt: ab dem {date}, gezählt ab dem letzten Scan am {lastScan}.',

  'advice.when.now': 'Jetzt',
  'advice.when.everyContact': 'Bei jedem Kontakt',
  'advice.when.sellerNotSolved': 'Wenn der Verkäufer es nicht innerhalb von 2 Tagen gelöst hat',
  'advice.when.afterNoScan': 'Nach 7 Arbeitstagen ohne neuen Scan',
  'advice.when.checksDone': 'Sobald die Prüfungen oben erledigt sind',
  'advice.when.ifNotByEstimate': 'Wenn bis zum voraussichtlichen Liefertermin ({date}) nichts ankommt',
  'advice.when.estimatePassed': 'Jetzt: Der voraussichtliche Liefertermin ({date}) ist verstrichen',
  'advice.when.arrivesLate': 'Sobald das Paket verspätet ankommt',
  'advice.when.carrierReportsLost': 'Sobald der Versanddienstleister das Paket als verloren meldet',
  'advice.when.trackingStalled': 'Wenn sich die Sendungsverfolgung seit mehreren Tagen nicht bewegt hat',
  'advice.when.requestStalls': 'Wenn der Antrag abgelehnt wird oder nicht vorankommt',
  'advice.when.heldOrSentBack': 'Wenn das Paket festgehalten oder zurückgeschickt wird',
  'advice.when.beforeUnpacking': 'Jetzt, bevor Sie weiter auspacken',
  'advice.when.returnWindowClosed': 'Wenn die 30-tägige Rückgabefrist abgelaufen ist',
  'advice.when.sellerRefuses': 'Wenn der Verkäufer ablehnt oder nicht antwortet',
  'advice.when.backWithSeller': 'Sobald das Paket wieder beim Verkäufer ist',
  'advice.when.promisedDatePasses': 'Wenn das zugesagte Versanddatum verstreicht',
  'advice.when.beforeNoScan': 'Bevor 7 Arbeitstage ohne Scan vergehen',
  'advice.when.asSoonAsNoticed': 'Sobald Sie es bemerken',
  'advice.when.editUsed': 'Wenn die einmalige Änderung genutzt ist oder ihre 72 Stunden vorbei sind',
  'advice.when.requestArrives': 'Sobald der Antrag eingeht',
  'advice.when.beforeLabel': 'Bevor das Versandetikett gedruckt wird',
  'advice.when.tagAppears': 'Wenn die Markierung an der Bestellung erscheint',
  'advice.when.whileReturning': 'Während das Paket auf dem Rückweg ist',
  'advice.when.handlingTime': 'Innerhalb der im Seller Center eingestellten Bearbeitungszeit',
  'advice.when.handOver': 'Bei der Übergabe des Pakets',
  'advice.when.afterPickup': '24 Stunden nach der Abholung',

  // In brackets: TikTok's own names of its shipping modes, kept as TikTok writes them.
  'advice.appliesIf.seller.platform':
    'Wenn TikTok den Versand organisiert hat (TikTok Shipping / Shipped via Platform)',
  'advice.appliesIf.seller.sellerShipping':
    'Wenn Sie mit Ihrem eigenen Versanddienstleister verschickt haben (Seller Shipping / Shipped by Seller)',
  'advice.appliesIf.buyer.platform': 'Wenn TikTok den Versand organisiert hat',
  'advice.appliesIf.buyer.sellerShipping': 'Wenn der Verkäufer mit seinem eigenen Versanddienstleister verschickt hat',
  'advice.appliesIf.fbt': 'Wenn die Bestellung über Fulfilled by TikTok abgewickelt wird',

  'advice.copy.sellerMessage': 'Nachricht an den Verkäufer kopieren',
  'advice.copy.buyerMessage': 'Nachricht an den Käufer kopieren',
  'advice.copy.tiktokChat': 'Nachricht an den Support von TikTok Shop kopieren',
  'advice.copy.ticket': 'Tickettext kopieren',
  'advice.copy.request': 'Antragstext kopieren',
  'advice.copy.claim': 'Text der Reklamation kopieren',
  'advice.copy.callNotes': 'Gesprächsnotizen kopieren',
  'advice.copy.carrierEmail': 'E-Mail an den Versanddienstleister kopieren',
  'advice.open.policy': 'Richtlinie lesen',
  'advice.open.usProtections': 'Schutzleistungen von TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Geld-zurück-Garantie',
  'advice.open.sellerShippingRules': 'Regeln für Seller Shipping',
  'advice.open.editTracking': 'Tracking-Informationen bearbeiten',
  'advice.open.trackingValidation': 'Prüfung der Sendungsnummer',
  'advice.open.returnRules': 'Rückgaberegeln',
  'advice.open.failedDelivery': 'Bestellungen mit fehlgeschlagener Zustellung',
  'advice.open.returnedParcels': 'Zurückgesandte Pakete',
  'advice.open.pickupRules': 'Regeln zur Abholung',

  'advice.step.track.title': 'Sendungsverfolgung auf der Website des Versanddienstleisters prüfen',
  'advice.step.track.detail':
    'Die Seite des Versanddienstleisters zeigt oft Scans, Zustellhinweise oder Probleme, die die Bestellseite noch nicht übernommen hat.',
  'advice.step.track.detail.lastScan':
    'Achten Sie auf den letzten Scan und auf Problemmeldungen (beschädigt, Adressproblem, zurückgeschickt).',
  'advice.step.track.detail.customs':
    'Die Seite des Versanddienstleisters zeigt, ob der Zoll das Paket festhält und ob Abgaben fällig sind.',
  'advice.step.track.detail.whyReturned':
    'Finden Sie heraus, warum es zurückging: fehlgeschlagene Zustellversuche, ein Adressproblem oder es lag an einer Abholstelle bereit.',
  'advice.step.track.detail.compare':
    'Vergleichen Sie die Sendungsverfolgung des Versanddienstleisters mit der Bestellseite; sie können voneinander abweichen.',
  'advice.step.track.detail.lastScanDate':
    'Notieren Sie das Datum des letzten Scans: Fristen für Ansprüche zählen ab diesem Tag.',
  'advice.step.track.detail.deliveryScan':
    'Sehen Sie sich den Zustellscan an: Zeit, Ort und ein eventuelles Foto oder eine Unterschrift.',
  'advice.step.track.detail.customsSeller': 'Prüfen Sie, ob der Zoll das Paket festhält und worauf er wartet.',
  'advice.step.track.detail.whyComingBack':
    'Finden Sie heraus, warum es zurückkommt: fehlgeschlagene Zustellversuche, Adressproblem oder Annahme verweigert.',

  'advice.step.keepRecords.title': 'Jeden Kontakt dokumentieren',
  'advice.step.keepRecords.detail':
    'Tragen Sie jeden Chat, jeden Anruf, jedes Ticket und jeden Antrag mit Datum und Referenznummer ins Fallprotokoll ein und machen Sie Screenshots der Sendungsverfolgung und der Bestellseite.',

  'advice.step.messageSeller.title': 'Dem Verkäufer schreiben',
  'advice.step.messageSeller.detail':
    'Der Verkäufer hat den Versanddienstleister beauftragt und kann dort nachfragen, neu versenden oder erstatten. Schreiben Sie ihm aus der Bestellung in der TikTok-App, damit der Chat dokumentiert ist.',
  'advice.step.messageSeller.detail.redirect':
    'Teilen Sie dem Verkäufer die richtige Adresse mit; er kann seinen Versanddienstleister bitten, das Paket umzuleiten oder neu zu versenden.',
  'advice.step.messageSeller.detail.updateAddress':
    'Bitten Sie den Verkäufer, die Lieferadresse vor dem Versand zu ändern: Dann ist die Korrektur am einfachsten.',
  'advice.step.messageSeller.detail.customs':
    'Der Verkäufer kann die Rechnung oder die Zollangaben bereitstellen. TikTok Shop veröffentlicht keine Zollrichtlinie für Käufer; wer die Abgaben zahlt, hängt vom Angebot und von Ihrem Land ab.',
  'advice.step.messageSeller.detail.reship':
    'Bitten Sie den Verkäufer, neu zu versenden, sobald das Paket zurück ist, oder Ihnen den Betrag zu erstatten.',
  'advice.step.messageSeller.detail.whenShips':
    'Fragen Sie den Verkäufer, wann die Bestellung versendet wird. Danach erscheint die Sendungsnummer in der Bestellung, und Carrier Finder kann den Versanddienstleister anzeigen.',

  'advice.step.contactTiktok.title': 'Den Kundenservice von TikTok Shop kontaktieren',
  'advice.step.contactTiktok.detail':
    'Wenn der Verkäufer nicht helfen kann oder nicht antwortet, eröffnen Sie in der App einen Fall bei TikTok Shop.',
  'advice.step.contactTiktok.detail.notShipped':
    'Wenn die Bestellung bis zu dem auf der Bestellseite zugesagten Datum nicht versendet wurde, fragen Sie TikTok Shop nach einer Stornierung oder Erstattung.',
  'advice.step.contactTiktok.scamWarning':
    'Der TikTok-Support fragt nie per Telefon, E-Mail oder Chat nach Kartendaten, Passwörtern oder Einmalcodes.',

  'advice.step.messageBuyer.title': 'Dem Käufer mitteilen, was los ist',
  'advice.step.messageBuyer.detail':
    'Eine kurze Nachricht jetzt lässt den Käufer auf seiner Seite nachsehen und zeigt, dass Sie sich kümmern, bevor er einen Streitfall eröffnet.',
  'advice.step.messageBuyer.detail.checkAround':
    'Bitten Sie den Käufer, die Adresse zu prüfen, im Haushalt und bei Nachbarn nachzufragen, rund um die Tür nachzusehen und auf Hinweise des Versanddienstleisters zu einer Abholstelle zu achten.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Klären Sie die richtige, vollständige Adresse mit dem Käufer im Bestell-Chat.',
  'advice.step.messageBuyer.detail.customs':
    'Teilen Sie dem Käufer mit, dass das Paket beim Zoll ist und ob ihm Abgaben berechnet werden können.',
  'advice.step.messageBuyer.detail.redeliver':
    'Bitten Sie den Käufer, die Adresse zu bestätigen und zu sagen, ob er das Paket weiterhin erneut zugestellt haben möchte.',
  'advice.step.messageBuyer.detail.whenShips': 'Teilen Sie dem Käufer mit, wann die Bestellung versendet wird.',

  'advice.step.usNoScan.title': 'TikTok Shop fragen, sobald das Paket als verloren gilt',
  'advice.step.usNoScan.detail':
    'Das kann zur Stornierung und Erstattung der Bestellung führen: Wenden Sie sich dann an den Kundenservice.',

  'advice.step.requestRefund.title': 'Rückgabe oder Erstattung in der App beantragen',
  'advice.step.requestRefund.title.us': 'Erstattung beantragen: „Paket nicht erhalten“',
  'advice.step.requestRefund.notReceived':
    'Wenn Sie es weiterhin nicht finden, beantragen Sie eine Erstattung wegen Nichterhalt.',
  'advice.step.requestRefund.damaged':
    'Beantragen Sie eine Rückgabe oder Erstattung für den beschädigten, defekten oder falschen Artikel.',
  'advice.step.requestRefund.inApp':
    'Öffnen Sie die Bestellung in der TikTok-App und beantragen Sie eine Rückgabe oder Erstattung mit dem passenden Grund.',
  'advice.step.requestRefund.noLimit': 'Uns liegt für {market} keine Frist von TikTok vor, handeln Sie daher bald.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Uns liegt für Ihren Markt keine Frist von TikTok vor, handeln Sie daher bald.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Ihr gesetzliches Widerrufsrecht läuft bis zum {date} (14 Tage nach Erhalt); die 30-tägige Frist ist die erweiterte Rückgabeleistung.',
  'advice.step.requestRefund.rightToCancel':
    'Ihr gesetzliches Widerrufsrecht gilt 14 Tage ab Erhalt; die 30-tägige Frist ist die erweiterte Rückgabeleistung.',

  'advice.step.lateDeliveryRefund.title': 'Verspätete Lieferung ist ein Grund für einen Erstattungsantrag',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok nennt verspäteten Versand oder verspätete Lieferung als Grund für einen Rückgabe-/Erstattungsantrag.',

  'advice.step.usDeliveryGuarantee.title': 'Ihr Schutz: die Liefergarantie von TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'Laut TikTok Shop erhalten Sie automatisch eine Erstattung, wenn der Versanddienstleister das Paket als verloren oder beschädigt meldet.',

  'advice.step.carrierTrace.title': 'Nachforschung beim Versanddienstleister beantragen',
  'advice.step.carrierTrace.detail':
    'Nur der Versanddienstleister kann einen Verlust bestätigen. Viele Versanddienstleister nehmen Reklamationen nur vom Absender an, daher müssen eventuell der Verkäufer oder TikTok Shop sie einreichen; eine Nachforschungsnummer hilft ihnen trotzdem.',

  'advice.step.checkAround.title': 'Adresse prüfen und rund um den Zustellort suchen',
  'advice.step.checkAround.detail':
    'Prüfen Sie die Adresse in der Bestellung, fragen Sie im Haushalt und bei Nachbarn nach, sehen Sie rund um Haustür, Eingangsbereich, Garage und Hintertür nach und achten Sie auf eine Benachrichtigungskarte oder einen Hinweis auf eine Abholstelle.',

  'advice.step.carrierWhereDelivered.title': 'Den Versanddienstleister fragen, wo genau zugestellt wurde',
  'advice.step.carrierWhereDelivered.detail':
    'Der Versanddienstleister hat eventuell ein Zustellfoto, GPS-Daten oder eine Unterschrift, oder er hat das Paket zu früh als zugestellt markiert. War die Adresse falsch, kann er das Paket eventuell umleiten.',

  'advice.step.carrierRedirectOrHold.title': 'Den Versanddienstleister um Umleitung oder Lagerung zur Abholung bitten',
  'advice.step.carrierRedirectOrHold.detail':
    'Versanddienstleister können ein Paket manchmal umleiten oder zur Abholung bereithalten; halten Sie die Sendungsnummer und die richtige Adresse bereit.',

  'advice.step.carrierCustoms.title': 'Den Versanddienstleister fragen, was der Zoll braucht',
  'advice.step.carrierCustoms.detail':
    'Der Versanddienstleister (oder Ihre nationale Post) verzollt das Paket und zieht eventuelle Abgaben ein. Zahlen Sie nur auf der eigenen Website des Versanddienstleisters oder persönlich, nie über einen Link in einer SMS.',

  'advice.step.documentDamage.title': 'Alles fotografieren, bevor Sie etwas wegwerfen',
  'advice.step.documentDamage.detail':
    'Machen Sie scharfe Fotos vom Artikel, vom Karton und vom Etikett mit der Sendungsnummer und bewahren Sie die Verpackung auf. Unscharfe oder nicht aussagekräftige Fotos können zur Ablehnung eines Antrags führen.',

  'advice.step.moneyBackGuarantee.title': 'Nach Ablauf der Rückgabefrist: die Geld-zurück-Garantie',
  'advice.step.moneyBackGuarantee.detail': 'Für beschädigte oder defekte Artikel.',
  'advice.step.moneyBackGuarantee.link': 'Den Link zur Geld-zurück-Garantie finden Sie auf der Seite „Bestelldetails“.',

  'advice.step.carrierRedeliver.title': 'Erneute Zustellung oder Abholung beim Versanddienstleister anfragen',
  'advice.step.carrierRedeliver.detail':
    'Wenn das Paket an eine Abholstelle ging und sie noch nicht verlassen hat, kann der Versanddienstleister es oft erneut zustellen oder für Sie bereithalten.',

  'advice.step.thAutoRefund.title': 'Ein an den Verkäufer zurückgeliefertes Paket wird erstattet',
  'advice.step.thAutoRefund.detail':
    'Wenn der Status auf „An Verkäufer zurückgeliefert“ wechselt, storniert TikTok Shop die Bestellung und erstattet sie automatisch.',

  'advice.step.sellerSupport.title': 'Ein Ticket beim Verkäufersupport von TikTok eröffnen',
  'advice.step.sellerSupport.title.ask': 'Den Verkäufersupport von TikTok fragen',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Hilfecenter > Kontaktiere uns; Live-Mitarbeiter täglich 5–23 Uhr (Pazifikzeit). Bei TikTok Shipping werden Pakete, deren Sendungsverfolgung über 10 Tage stillsteht, automatisch entschädigt.',
  'advice.step.sellerSupport.detail.chase':
    'Bitten Sie den Support, beim Versanddienstleister einen aktuellen Status anzufordern.',
  'advice.step.sellerSupport.detail.redirect':
    'Bitten Sie den Support, die Zustellung durch den Versanddienstleister korrigieren oder umleiten zu lassen.',
  'advice.step.sellerSupport.detail.customs':
    'Wenn TikTok den Versand organisiert hat, übernimmt dessen Versanddienstleister die Verzollung: Fragen Sie den Support, was der Zoll braucht.',
  'advice.step.sellerSupport.detail.returning':
    'Fragen Sie den Support, wo sich das zurückkommende Paket befindet und ob eine erneute Zustellung möglich ist.',
  'advice.step.sellerSupport.detail.pickup':
    'Fragen Sie den Support nach der Abholung, wenn der Versanddienstleister das Paket nicht abgeholt hat.',

  'advice.step.usLostThreshold.title': 'Das Paket in Bewegung bringen, bevor es als verloren gilt',
  'advice.step.usLostThreshold.passed':
    'Dieses Datum ist verstrichen: TikTok behandelt das Paket möglicherweise bereits als verloren, was zur Stornierung der Bestellung und zur Erstattung an den Käufer führen kann. Bitten Sie den Versanddienstleister jetzt um eine Nachforschung und deren Bestätigung.',
  'advice.step.usLostThreshold.ahead':
    'Ein verlorenes Paket kann bedeuten, dass die Bestellung storniert und dem Käufer erstattet wird; drängen Sie den Versanddienstleister daher vorher auf einen Scan oder eine Nachforschung.',

  'advice.step.usEditTracking.title': 'Wenn die hochgeladene Sendungsnummer falsch ist: einmal ändern',
  'advice.step.usEditTracking.detail':
    'Die Sendungsnummer kann einmal geändert werden, innerhalb von 72 Stunden nach dem Hochladen.',
  'advice.step.usTrackingTicket.title': 'Danach: per Support-Ticket korrigieren',
  'advice.step.usTrackingTicket.detail':
    'Senden Sie die ursprüngliche und die neue Sendungsnummer samt Versanddienstleister.',

  'advice.step.usShippingClaim.title': 'Schadensmeldung für TikTok Shipping einreichen',
  'advice.step.usShippingClaim.where': 'Reichen Sie sie über „Bestellungen verwalten“ oder „Bestelldetails“ ein.',
  'advice.step.usShippingClaim.insurer':
    'Der Versicherer (U-PIC) entscheidet innerhalb von 7–10 Arbeitstagen und kann vom Käufer eine eidesstattliche Erklärung verlangen; Widersprüche gehen an U-PIC.',

  'advice.step.seaClaim.title.lost': 'Entschädigung beantragen: Paket verloren',
  'advice.step.seaClaim.title.damaged': 'Entschädigung beantragen: Paket beschädigt',
  'advice.step.seaClaim.title.notReceived': 'Entschädigung beantragen: Zugestellt, aber nicht erhalten',

  'advice.claim.lost.sea':
    'TikTok entschädigt verlorene Pakete aus dem Plattformversand automatisch und erstattet dem Käufer den Betrag.',
  'advice.claim.lost.us':
    'Mit Upgraded TikTok Shipping wickelt TikTok den Anspruch selbst ab und genehmigt „Paket verloren“ automatisch, sobald der Versanddienstleister den Verlust bestätigt.',
  'advice.claim.lost.other': 'Melden Sie das verlorene Paket und fragen Sie nach einer Entschädigung.',
  'advice.claim.notReceived.sea':
    'Genehmigen Sie zuerst den Erstattungsantrag des Käufers; ist die Erstattung erfolgt, beantragen Sie die Entschädigung.',
  'advice.claim.notReceived.us':
    'Mit Upgraded TikTok Shipping genehmigt TikTok „Zugestellt, aber nicht erhalten“ automatisch, wenn die Voraussetzungen der Richtlinie erfüllt sind.',
  'advice.claim.notReceived.other':
    'Melden Sie das als zugestellt markierte, aber nicht erhaltene Paket und fragen Sie, wie Sie Entschädigung beantragen.',
  'advice.claim.damaged.sea':
    'TikTok entschädigt beschädigte Pakete aus dem Plattformversand automatisch und erstattet dem Käufer den Betrag.',
  'advice.claim.damaged.us':
    'Mit Upgraded TikTok Shipping werden ein leeres Paket oder ein fehlender oder falscher Artikel im Einzelfall anhand von Belegen für ein Verschulden des Versanddienstleisters geprüft.',
  'advice.claim.damaged.other': 'Melden Sie den Schaden mit den Belegen und fragen Sie nach einer Entschädigung.',
  'advice.claim.returned.sea':
    'Wenn Sie sowohl die Zahlung als auch die Ware verlieren (das Paket kommt nie zurück), können Sie Entschädigung beantragen.',

  'advice.step.respondInTime.title': 'Den Rückgabeantrag des Käufers rechtzeitig beantworten',
  'advice.step.respondInTime.detail.vn':
    'Bearbeiten Sie einen Rückgabe-/Erstattungsantrag innerhalb von 1 Arbeitstag nach Eingang, sonst wird er automatisch genehmigt.',
  'advice.step.respondInTime.detail.id':
    'Bearbeiten Sie einen Rückgabeantrag innerhalb von 48 Stunden, sonst wird er automatisch genehmigt.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok kümmert sich darum',
  'advice.step.fbtSupport.detail': 'Das Lager von TikTok hat diese Bestellung versendet.',
  'advice.step.fbtSupport.chase': 'Bitten Sie den Verkäufersupport, bei der Zustellung nachzuhaken.',
  'advice.step.fbtSupport.reimburse':
    'TikTok erstattet verlorene oder beschädigte Pakete von Fulfilled by TikTok: Melden Sie es dem Verkäufersupport.',
  'advice.step.fbtSupport.notReceived':
    'Melden Sie das als zugestellt markierte, aber nicht erhaltene Paket dem Verkäufersupport.',
  'advice.step.fbtSupport.customs': 'Fragen Sie den Verkäufersupport, was der Zoll braucht.',
  'advice.step.fbtSupport.returned': 'Fragen Sie den Verkäufersupport nach dem zurückgesandten Paket.',
  'advice.step.fbtSupport.warehouse':
    'Das Lager von TikTok versendet die Bestellung; fragen Sie den Verkäufersupport, wenn sie sich verspätet.',

  'advice.step.ticketUnmoved.title': 'Ticket: Sendungsverfolgung ohne Bewegung',
  'advice.step.ticketUnmoved.detail': 'Der Support hakt beim Versanddienstleister nach.',

  'advice.step.carrierStatus.title': 'Ihren Versanddienstleister nach dem Status fragen',
  'advice.step.carrierStatus.detail.sea':
    'Fragen Sie bei Ihrem Logistikdienstleister nach. Wurde zugestellt, aber der Status hängt, aktualisieren Sie den Zustellstatus selbst und laden Sie einen Zustellnachweis hoch.',
  'advice.step.carrierStatus.detail':
    'Bei Ihrem eigenen Versanddienstleister verfolgt TikTok die Sendung nicht für Sie: Bitten Sie den Versanddienstleister um einen Scan oder eine Nachforschung.',

  'advice.step.carrierConfirmLoss.title': 'Den Verlust vom Versanddienstleister bestätigen lassen',
  'advice.step.carrierConfirmLoss.detail':
    'TikTok verlangt Berichten zufolge die Bestätigung des Versanddienstleisters, bevor es einen Anspruch für ein verlorenes Paket auszahlt: Nur der Versanddienstleister kann ein Paket für verloren erklären. Nicht sicher: berichtet von einer Drittseite, die Änderungen der TikTok-Richtlinien verfolgt, nicht auf der eigenen Seite von TikTok gelesen.',

  'advice.step.carrierClaim.title.lost': 'Nachforschung und Schadensmeldung bei Ihrem Versanddienstleister einleiten',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok bearbeitet bei Seller Shipping keine Logistik- oder Versicherungsansprüche: Der Anspruch besteht zwischen Ihnen und Ihrem Versanddienstleister.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok prüft und erstattet nur Pakete, die über die Plattform versendet wurden: Bei Ihrem eigenen Versanddienstleister reklamieren Sie direkt dort.',
  'advice.step.carrierClaim.detail.lost':
    'Bei Ihrem eigenen Versanddienstleister ist der Anspruch eine Sache zwischen Ihnen und ihm; bewahren Sie das Etikett und den Einlieferungsbeleg auf.',
  'advice.step.carrierClaim.title.damaged': 'Schadensmeldung bei Ihrem Versanddienstleister einreichen',
  'advice.step.carrierClaim.detail.damaged': 'Senden Sie die Fotos, Angaben zur Verpackung und das Etikett.',

  'advice.step.carrierProofOfDelivery.title': 'Ihren Versanddienstleister um einen Zustellnachweis bitten',
  'advice.step.carrierProofOfDelivery.detail':
    'Fragen Sie nach Zustellfoto, GPS-Daten oder Unterschrift und reichen Sie eine Reklamation ein, wenn das Paket nicht auffindbar ist.',

  'advice.step.updateAddress.title': 'Die Adresse vor dem Versand korrigieren',
  'advice.step.updateAddress.detail':
    'Vor dem Versand geht es am einfachsten: Verkäufer können die Lieferadresse für den Käufer ändern.',

  'advice.step.carrierRedirect.title': 'Den Versanddienstleister bitten, das Paket umzuleiten',
  'advice.step.carrierRedirect.detail':
    'Versanddienstleister können ein Paket unterwegs manchmal umleiten oder zur Abholung bereithalten.',

  'advice.step.usTrackingAddressIssue.title':
    'Wenn das Seller Center „Adressproblem bei der Sendungsverfolgung“ anzeigt',
  'advice.step.usTrackingAddressIssue.detail':
    'Die Markierung bedeutet, dass die Postleitzahl in der Sendungsverfolgung nicht mit der des Käufers übereinstimmt. Klicken Sie auf die Markierung, um die Lösung und den Link zum Erstellen eines Tickets zu sehen.',

  'advice.step.thContactLogistics.title': '„Logistikdienst kontaktieren“ in der Bestellung nutzen',
  'advice.step.thContactLogistics.detail':
    'Bestellungen mit einem Logistikproblem zeigen eine Markierung mit „Logistikdienst kontaktieren“; damit öffnen Sie ein Ticket an den Logistikdienstleister. Fehlgeschlagene Zustellungen finden Sie unter Bestellungen > Bestellungen verwalten > Zustellung fehlgeschlagen.',

  'advice.step.carrierCustomsDocuments.title': 'Ihrem Versanddienstleister die Zollunterlagen geben',
  'advice.step.carrierCustomsDocuments.detail':
    'Senden Sie die Handelsrechnung und die Artikelangaben, die der Versanddienstleister anfordert; fragen Sie, ob die Abgaben dem Käufer berechnet werden.',

  'advice.step.collectEvidence.title': 'Belege sammeln',
  'advice.step.collectEvidence.detail':
    'Bitten Sie den Käufer um Fotos oder ein Unboxing-Video; bewahren Sie Ihre Packfotos, das verwendete Material und das Etikett mit gut sichtbarer Sendungsnummer auf.',

  'advice.step.carrierRedelivery.title': 'Den Versanddienstleister nach einer erneuten Zustellung fragen',
  'advice.step.carrierRedelivery.detail':
    'Ein Paket, das noch beim Versanddienstleister ist, kann oft erneut zugestellt oder zur Abholung bereitgehalten werden.',

  'advice.step.thFailedDelivery.title': 'Den Tab „Zustellung fehlgeschlagen“ im Blick behalten',
  'advice.step.thFailedDelivery.detail':
    'Unter Bestellungen > Bestellungen verwalten > Zustellung fehlgeschlagen: Sobald der Status „An Verkäufer zurückgeliefert“ lautet, wird die Bestellung automatisch storniert und erstattet. Ein zurückgesandtes Paket, das Sie nicht annehmen, wird vernichtet; scheitert seine Rückzustellung, haben Sie 7 Tage Zeit, es zurückzufordern.',

  'advice.step.uploadTracking.title': 'Gültige Sendungsnummer innerhalb Ihrer Bearbeitungszeit hochladen',
  'advice.step.uploadTracking.detail':
    'Sobald das Etikett gekauft ist, fügen Sie seine Sendungsnummer hinzu: Bestellungen verwalten > Versand ausstehend > Tracking-Infos hinzufügen, mit einem unterstützten Versanddienstleister. TikTok markiert Sendungsnummern, deren erster Scan mehr als 24 Stunden vor der Bestellung liegt oder deren Postleitzahl nicht übereinstimmt.',

  'advice.step.usPickupProof.title': 'Abholung organisieren und Übergabenachweis aufbewahren',
  'advice.step.usPickupProof.detail':
    'Bei TikTok Shipping organisieren Sie die Abholung; bewahren Sie das USPS-SCAN-Formular oder den Abholnachweis auf, sonst gehen Verzögerungen vor dem ersten Scan zu Ihren Lasten.',

  'advice.step.ticketPickup.title': 'Abgeholt, aber der Status ist nicht „Versandt“?',
  'advice.step.ticketPickup.detail':
    'Wenn der Versanddienstleister das Paket vor über 24 Stunden abgeholt hat und sich der Status nicht geändert hat, eröffnen Sie ein Ticket mit einem Abholnachweis.',

  'advice.step.carrierHandover.title': 'Abholung oder Abgabe bei Ihrem Versanddienstleister buchen',
  'advice.step.carrierHandover.detail':
    'Übergeben Sie das Paket und bewahren Sie den Einlieferungsbeleg oder Abholnachweis mit der Sendungsnummer auf.',

  'advice.note.idCountedFromDelivered':
    'Gezählt ab dem Datum „Zugestellt“, angenommen als der Tag, an dem die Bestellung empfangen wurde.',
  'advice.note.thirdPartyTracker':
    'Berichtet von einer Drittseite, die Änderungen der TikTok-Richtlinien verfolgt; nicht auf der eigenen Seite von TikTok gelesen.',
  'advice.note.thVnOnly': 'So angegeben in der Seller-Center-Hilfe für TH und VN; für diesen Markt angenommen.',

  'advice.reason.track':
    'Die Sendungsverfolgung des Versanddienstleisters ist die Quelle aus erster Hand, nach der bei jedem weiteren Kontakt gefragt wird.',
  'advice.reason.keepRecords':
    'Über Erstattungen, Ansprüche und Streitfälle wird anhand der eingereichten Belege entschieden; ein datiertes Protokoll jedes Kontakts ist dieser Beleg.',
  'advice.reason.messageSeller':
    'Der Verkäufer hat den Versanddienstleister gewählt und kennt die Sendungsdaten; eine Nachricht im Bestell-Chat ist dokumentiert.',
  'advice.reason.contactTiktok':
    'TikTok Shop bearbeitet Erstattungen und Streitfälle zwischen Käufern und Verkäufern in der App.',
  'advice.reason.messageBuyer':
    'Wenn der Käufer informiert ist, kann er auf seiner Seite nachsehen (Adresse, Nachbarn, Benachrichtigungen zur Abholung).',
  'advice.reason.requestRefund':
    'In der App gestellte Erstattungsanträge verknüpfen die Bestellung automatisch und starten das Verfahren von TikTok Shop.',
  'advice.reason.carrierTrace':
    'Der Versanddienstleister hat die Scans; eine Nachforschungsnummer gibt dem Verkäufer und TikTok etwas in die Hand.',
  'advice.reason.checkAround':
    'Die meisten als zugestellt gemeldeten, aber nicht erhaltenen Pakete tauchen in der Nähe oder an einer Abholstelle auf.',
  'advice.reason.carrierDeliveryRecord': 'Die Zustelldaten liegen beim Versanddienstleister.',
  'advice.reason.carrierRedirect': 'Nur der Versanddienstleister kann ändern, wohin ein Paket unterwegs geht.',
  'advice.reason.customsScam':
    'Gefälschte Nachrichten zu „Zollgebühren“ sind ein verbreiteter Betrug; das Verzeichnis führt nur die offiziellen Kontakte der Versanddienstleister.',
  'advice.reason.documentDamage':
    'Über Erstattungen für beschädigte oder falsche Artikel wird anhand von Fotos und der Verpackung entschieden.',
  'advice.reason.redeliver':
    'Ein Paket, das noch beim Versanddienstleister ist, kann oft erneut zugestellt werden, bevor es beim Absender ankommt.',
  'advice.reason.sellerSupport':
    'Wenn TikTok den Versand organisiert hat, verhandelt TikTok mit seinem Versanddienstleister; der Support im Seller Center ist der Weg dorthin.',
  'advice.reason.fbt': 'Bei Fulfilled by TikTok hat TikTok das Paket versendet, nicht der Verkäufer.',
  'advice.reason.ownCarrierClaim':
    'Bei Ihrem eigenen Versanddienstleister bestehen Vertrag und Anspruch zwischen Ihnen und dem Versanddienstleister.',
  'advice.reason.ownCarrierTrace':
    'Nur Ihr Versanddienstleister kann ein von Ihnen versendetes Paket umleiten oder nach ihm forschen.',
  'advice.reason.proofOfDelivery': 'Einen Zustellnachweis gibt es nur vom Versanddienstleister.',
  'advice.reason.notShipped': 'Es wurde noch nichts an einen Versanddienstleister übergeben.',
  'advice.reason.customsDeclaration':
    'Der Zoll verhandelt mit dem Versanddienstleister, der die Anmeldung abgegeben hat, und der Versanddienstleister mit Ihnen.',
  'advice.reason.damageEvidence': 'Über Schadensmeldungen wird anhand von Fotos, Verpackung und Etikett entschieden.',
  'advice.reason.redeliverySeller':
    'Eine erneute Zustellung ist günstiger und schneller, solange das Paket noch nicht wieder bei Ihnen ist.',
  'advice.reason.firstScan':
    'Erst der erste Scan des Versanddienstleisters startet die Sendungsverfolgung, die der Käufer sieht.',

  'advice.source.tiktokReachSupport': 'TikTok Shop-Hilfe: So erreichen Sie den Support',
  'advice.source.tiktokSellerSupport': 'TikTok Shop: Verkäufersupport',
  'advice.source.usNotReceived':
    'TikTok Shop: Ich habe meine Bestellung nie erhalten, sie wird aber als zugestellt angezeigt',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop: So kontaktieren Sie den Verkäufer und den Kundenservice von TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Geld-zurück-Garantie von TikTok Shop',
  'advice.source.usProtections': 'Schutzleistungen von TikTok Shop (Rückgaben, Liefergarantie)',
  'advice.source.gbReturns': 'TikTok Shop UK: Richtlinie zu Widerruf und Rückgaben',
  'advice.source.euReturns': 'TikTok Shop EU: Richtlinie zu Widerruf und Rückgaben (spanische Fassung)',
  'advice.source.vnReturns': 'TikTok Shop VN: Wann kann ein Käufer einen Rückgabe-/Erstattungsantrag stellen?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: Hinweise zur Rückgabe',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: Was tun, wenn meine Bestellung verloren oder beschädigt ist?',
  'advice.source.seaLostDamagedVn':
    'TikTok Shop VN: Was, wenn mein Paket verloren geht, beschädigt oder verschrottet wird?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH: Der Käufer hat die Bestellung nicht erhalten, aber der Status zeigt „zugestellt“',
  'advice.source.seaStuckStatus':
    'TikTok Shop TH: Der Logistikstatus meiner Bestellung hängt oder wird nicht aktualisiert',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: Bestellungen mit fehlgeschlagener Zustellung',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: Zurückgesandte Pakete, die der Verkäufer nicht annimmt',
  'advice.source.usSellerShipping': 'TikTok Shop US: Seller Shipping – Überblick und Leistungen',
  'advice.source.usTrackingEdit': 'TikTok Shop US: Tracking-Informationen bearbeiten',
  'advice.source.usTrackingValidation': 'TikTok Shop US: Prüfung der Sendungsnummer',
  'advice.source.usShippingInsurance': 'TikTok Shop US: Versandversicherung',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: So beantragen Sie eine Erstattung bei Logistikproblemen mit TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: Deckungs- und Erstattungsrichtlinie für die Logistik von Upgraded TikTok Shipping und CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: Abholregeln und Pflichten bei TikTok Shipping und CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: Änderung der Logistik-Deckungsrichtlinie von TikTok Shop (Drittseite)',

  'advice.unknown.problem': 'Diese Art von Problem ist unbekannt, daher sind keine Empfehlungen möglich.',
  'advice.unknown.countryRules':
    'Die Regeln von TikTok Shop für dieses Land sind nicht in Carrier Finder hinterlegt; die Schritte sind daher allgemein, und es werden keine Marktfristen angezeigt.',
  'advice.unknown.market':
    'Ihr Markt bei TikTok Shop ist unbekannt, daher fehlen die Marktfristen (zum Beispiel 30 Tage nach Zustellung in den USA, 15 in Vietnam, 6 in Indonesien). Wählen Sie Ihr Land in den Einstellungen.',
  'advice.unknown.carrier':
    'Der Versanddienstleister ist unbekannt, daher können die Schaltflächen für Sendungsverfolgung und Kontakt nicht seine eigenen Seiten öffnen. Prüfen Sie den Namen des Versanddienstleisters auf der Bestellseite.',
  'advice.unknown.mode':
    'Die Versandart ist unbekannt (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Davon hängt ab, wer Ansprüche beim Versanddienstleister stellt; solche Schritte nennen daher den Fall, für den sie gelten.',
  'advice.unknown.anchorDate':
    'Die Frist ab {anchor} ließ sich nicht berechnen, weil die Bestellseite dieses Datum nicht zeigte.',
  'advice.unknown.dates': 'Auf der Seite wurden keine Bestelldaten gefunden, daher hat kein Schritt ein Datum.',

  'advice.msg.placeholder.orderId': '[Bestellnummer]',
  'advice.msg.placeholder.trackingNumber': '[Sendungsnummer]',
  'advice.msg.placeholder.carrier': '[Versanddienstleister]',
  'advice.msg.subjectLine': 'Betreff: {subject} (Bestellung {orderId})',
  'advice.msg.subject.delayed': 'Paket verspätet, Sendungsverfolgung ohne Aktualisierung',
  'advice.msg.subject.lost': 'Paket offenbar verloren',
  'advice.msg.subject.notReceived': 'Als zugestellt markiert, aber nicht erhalten',
  'advice.msg.subject.wrongAddress': 'Falsche oder unvollständige Lieferadresse',
  'advice.msg.subject.customs': 'Paket beim Zoll festgehalten',
  'advice.msg.subject.damaged': 'Beschädigter oder falscher Artikel',
  'advice.msg.subject.returned': 'Paket an Absender zurückgeschickt / Zustellung fehlgeschlagen',
  'advice.msg.subject.awaitingShipment': 'Bestellung noch nicht versendet',
  'advice.msg.greeting': 'Guten Tag,',
  'advice.msg.thanks': 'Vielen Dank.',

  'advice.msg.problem.delayed.buyer':
    'Mein Paket ist noch nicht angekommen, und die Sendungsverfolgung wurde nicht aktualisiert.',
  'advice.msg.problem.delayed.buyer.since':
    'Mein Paket ist noch nicht angekommen, und die Sendungsverfolgung wurde seit dem {date} nicht aktualisiert.',
  'advice.msg.problem.delayed.seller':
    'Das Paket zu dieser Bestellung ist noch nicht angekommen, und die Sendungsverfolgung wurde nicht aktualisiert.',
  'advice.msg.problem.delayed.seller.since':
    'Das Paket zu dieser Bestellung ist noch nicht angekommen, und die Sendungsverfolgung wurde seit dem {date} nicht aktualisiert.',
  'advice.msg.problem.lost.buyer': 'Mein Paket scheint verloren zu sein: Die Sendungsverfolgung bewegt sich nicht.',
  'advice.msg.problem.lost.buyer.since':
    'Mein Paket scheint verloren zu sein: Die Sendungsverfolgung hat sich seit dem {date} nicht bewegt.',
  'advice.msg.problem.lost.seller':
    'Das Paket zu dieser Bestellung scheint verloren zu sein: Die Sendungsverfolgung bewegt sich nicht.',
  'advice.msg.problem.lost.seller.since':
    'Das Paket zu dieser Bestellung scheint verloren zu sein: Die Sendungsverfolgung hat sich seit dem {date} nicht bewegt.',
  'advice.msg.problem.notReceived.buyer':
    'Laut Sendungsverfolgung wurde mein Paket zugestellt, ich habe es aber nicht erhalten. Ich habe im Haushalt, bei den Nachbarn und rund um die Adresse nachgefragt und nachgesehen.',
  'advice.msg.problem.notReceived.buyer.on':
    'Laut Sendungsverfolgung wurde mein Paket am {date} zugestellt, ich habe es aber nicht erhalten. Ich habe im Haushalt, bei den Nachbarn und rund um die Adresse nachgefragt und nachgesehen.',
  'advice.msg.problem.notReceived.seller':
    'Laut Sendungsverfolgung wurde das Paket zugestellt, der Käufer gibt aber an, dass es nicht angekommen ist.',
  'advice.msg.problem.notReceived.seller.on':
    'Laut Sendungsverfolgung wurde das Paket am {date} zugestellt, der Käufer gibt aber an, dass es nicht angekommen ist.',
  'advice.msg.problem.wrongAddress.buyer':
    'Die Lieferadresse meiner Bestellung ist falsch oder unvollständig; sie muss korrigiert oder das Paket umgeleitet werden.',
  'advice.msg.problem.wrongAddress.seller':
    'Die Lieferadresse der Bestellung ist falsch oder unvollständig; sie muss korrigiert oder das Paket umgeleitet werden.',
  'advice.msg.problem.customs.buyer':
    'Mein Paket wird beim Zoll festgehalten oder wartet auf die Zahlung von Einfuhrabgaben.',
  'advice.msg.problem.customs.seller':
    'Das Paket zu dieser Bestellung wird beim Zoll festgehalten oder wartet auf die Zahlung von Einfuhrabgaben.',
  'advice.msg.problem.damaged.buyer':
    'Mein Paket ist beschädigt angekommen oder enthielt einen falschen oder defekten Artikel. Ich habe Fotos vom Artikel, von der Verpackung und vom Etikett.',
  'advice.msg.problem.damaged.seller':
    'Der Käufer meldet, dass das Paket beschädigt angekommen ist oder einen falschen oder defekten Artikel enthielt.',
  'advice.msg.problem.returned.buyer':
    'Mein Paket wurde an den Absender zurückgeschickt, oder die Zustellung ist fehlgeschlagen.',
  'advice.msg.problem.returned.seller':
    'Das Paket zu dieser Bestellung wurde an den Absender zurückgeschickt, oder die Zustellung ist fehlgeschlagen.',
  'advice.msg.problem.awaitingShipment.buyer':
    'Meine Bestellung wurde noch nicht versendet und hat keine Sendungsnummer.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Meine Bestellung vom {date} wurde noch nicht versendet und hat keine Sendungsnummer.',
  'advice.msg.problem.awaitingShipment.seller': 'Diese Bestellung wurde noch nicht versendet.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Diese Bestellung vom {date} wurde noch nicht versendet.',

  'advice.msg.line.orderNumber': 'Bestellnummer: {orderId}',
  'advice.msg.line.trackingNumber': 'Sendungsnummer: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Sendungsnummer: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Bestellt: {date}',
  'advice.msg.line.shipped': 'Versendet: {date}',
  'advice.msg.line.estimatedDelivery': 'Voraussichtliche Lieferung: {date}',
  'advice.msg.line.delivered': 'Zugestellt: {date}',
  'advice.msg.line.lastUpdate': 'Letzte Aktualisierung der Sendungsverfolgung: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Könnten Sie dies bitte mit dem Verkäufer und dem Versanddienstleister klären und mir den nächsten Schritt mitteilen?',
  'advice.msg.ask.tiktok.seller':
    'Könnten Sie dies bitte mit dem Logistikdienstleister klären und mir den nächsten Schritt oder eine Entschädigung mitteilen?',
  'advice.msg.ask.seller.awaitingShipment':
    'Könnten Sie mir bitte mitteilen, wann die Bestellung versendet wird, oder sie stornieren und erstatten, falls sie nicht bald versendet werden kann?',
  'advice.msg.ask.seller':
    'Könnten Sie bitte beim Versanddienstleister nachfragen und mir mitteilen, was Sie tun können (erneuter Versand oder Erstattung)?',
  'advice.msg.ask.buyer':
    'Entschuldigen Sie bitte die Unannehmlichkeiten. Ich kümmere mich darum und melde mich, sobald ich eine Rückmeldung habe.',
  'advice.msg.ask.carrier.delayed': 'Könnten Sie bitte prüfen, wo sich das Paket befindet und wann es zugestellt wird?',
  'advice.msg.ask.carrier.lost':
    'Könnten Sie bitte eine Nachforschung für dieses Paket einleiten und mir eine Referenznummer geben?',
  'advice.msg.ask.carrier.notReceived':
    'Könnten Sie mir bitte genau sagen, wo und wie es zugestellt wurde (GPS, Foto oder Unterschrift)?',
  'advice.msg.ask.carrier.wrongAddress':
    'Könnten Sie mir bitte sagen, ob das Paket umgeleitet oder zur Abholung bereitgehalten werden kann?',
  'advice.msg.ask.carrier.customs':
    'Könnten Sie mir bitte sagen, was für die Verzollung nötig ist und wie ich eventuelle Abgaben auf Ihrer eigenen Website bezahle?',
  'advice.msg.ask.carrier.damaged':
    'Könnten Sie mir bitte sagen, wie ich den Schaden melde und welche Nachweise Sie benötigen?',
  'advice.msg.ask.carrier.returned':
    'Könnten Sie mir bitte sagen, warum es zurückgeschickt wurde und ob es erneut zugestellt oder abgeholt werden kann?',
  'advice.msg.ask.carrier.awaitingShipment':
    'Könnten Sie mir bitte sagen, ob Ihnen ein Paket mit dieser Nummer übergeben wurde?',

  'advice.msg.callNotes.heading': 'Gesprächsnotizen: {carrier}',
  'advice.msg.callNotes.problem': 'Problem: {problem}',
  'advice.msg.callNotes.ask': 'Anliegen: {ask}',
  'advice.msg.callNotes.writeDown':
    'Notieren Sie: Datum und Uhrzeit, den Namen des Mitarbeiters, die Referenz- oder Fallnummer und was bis wann zugesagt wurde.',

  // The German TikTok app and Seller Center were not available to check: these labels translate TikTok's English
  // ones in the informal "du" TikTok uses in German ("Deine Bestellungen", "Kontaktiere uns").
  'tiktok.app.profile': 'Profil',
  'tiktok.app.yourOrders': 'Deine Bestellungen',
  'tiktok.app.orders': 'Bestellungen',
  'tiktok.app.theOrder': 'die Bestellung',
  'tiktok.app.theItem': 'der Artikel',
  'tiktok.app.sellerName': 'der Name des Verkäufers',
  'tiktok.app.message': 'Nachricht',
  'tiktok.app.help': 'Hilfe',
  'tiktok.app.getHelp': 'Hilfe erhalten',
  'tiktok.app.chooseQuestion': 'Frage auswählen',
  'tiktok.app.contactUs': 'Kontaktiere uns',
  'tiktok.app.contactTiktok': 'TikTok kontaktieren',
  'tiktok.app.requestReturnOrRefund': 'Rückgabe oder Erstattung beantragen',
  'tiktok.app.packageNotReceived': 'Paket nicht erhalten',
  'tiktok.app.continue': 'Weiter',
  'tiktok.app.orderDetails': 'Bestelldetails',
  'tiktok.app.moneyBackGuaranteeLink': 'Link zur Geld-zurück-Garantie',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Hilfecenter',
  'tiktok.seller.contactUs': 'Kontaktiere uns',
  'tiktok.seller.ticketLog': 'Ticketverlauf',
  'tiktok.seller.complaintsDisputes': 'Beschwerden & Streitfälle',
  'tiktok.seller.complaintsDispute': 'Beschwerden & Streitfall',
  'tiktok.seller.complaintsDisputesLogistic': 'Beschwerden & Streitfälle (Logistik)',
  'tiktok.seller.complaintsDisputeLogistic': 'Beschwerden & Streitfall (Logistik)',
  'tiktok.seller.logisticIssue': 'Logistikproblem',
  'tiktok.seller.logisticIssueLower': 'Logistikproblem',
  'tiktok.seller.deliveryInquiry': 'Anfrage zum Zustellvorgang',
  'tiktok.seller.packageLost': 'Paket verloren',
  'tiktok.seller.packageDamaged': 'Paket beschädigt',
  'tiktok.seller.deliveredNotReceived': 'Zugestellt, aber nicht erhalten',
  'tiktok.seller.unmovedTracking': 'Sendungsverfolgung ohne Bewegung',
  'tiktok.seller.pickUpIssues': 'Probleme bei der Abholung',
  'tiktok.seller.pickedUpNotUpdated': 'Abgeholt, aber Logistikstatus nicht aktualisiert',

  'tiktok.page.euReturnsSpanish': 'Rückgabe- und Erstattungsrichtlinie von TikTok Shop (EWR, auf Spanisch)',
  'tiktok.page.esReturns': 'Rückgabe- und Erstattungsrichtlinie von TikTok Shop (EWR)',
  'tiktok.page.usMoneyBackGuarantee': 'Geld-zurück-Garantie von TikTok Shop',
  'tiktok.page.gbReturns': 'Rückgabe- und Erstattungsrichtlinie von TikTok Shop (Vereinigtes Königreich)',
  'tiktok.page.usNotReceived': 'Paket als zugestellt markiert, aber nicht erhalten',
  'tiktok.page.usContactSellerOrTiktok': 'So kontaktieren Sie den Verkäufer oder TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: Support von TikTok Shop kontaktieren',
  'tiktok.page.vnSellerHelp': 'Seller Center: Logistikprobleme und Tickets',
  'tiktok.page.thSellerHelp': 'Seller Center: Logistik-Tickets (verloren, beschädigt, nicht erhalten)',
  'tiktok.page.idSellerHelp': 'Seller Center: Hilfecenter und Ticketverlauf',
  'tiktok.page.ukEuPlatformShipping':
    'TikTok Shipping im Vereinigten Königreich und in der EU (Versanddienstleister je Markt)',
  'tiktok.page.usSellerShippingRules':
    'Regeln für Seller Shipping (Lieferzeiten, verlorene Pakete, Korrektur der Sendungsnummer)',
  'tiktok.page.thShippingModes': 'Ship by TikTok und Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Verlorene oder beschädigte Pakete aus dem Plattformversand: Entschädigung',
  'tiktok.page.idReturns': 'Rückgaben und Erstattungen (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims':
    'Versicherungsansprüche bei TikTok Shipping (innerhalb von 90 Tagen nach Versanddatum)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping und Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Fehlgeschlagene Zustellungen und Pakete auf dem Rückweg',
  'tiktok.page.vnBuyerReturns': 'Regeln für Rückgaben und Erstattungen durch Käufer (15 Tage nach Zustellung)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (globaler Verkauf)',
  'tiktok.page.globalTicket': 'Ticket erstellen (Seller Center für globalen Verkauf)',
  'tiktok.page.sellerUniversity': 'Seller University (Hilfe zum Seller Center)',
  'tiktok.page.sellerTicket': 'Support-Ticket im Seller Center',

  // Shown to a seller whose market is unknown.
  'tiktok.note.unknownRegion':
    'Wir kennen Ihren Markt bei TikTok Shop nicht, daher ist dies der allgemeine Weg im Seller Center von TikTok (für die USA dokumentiert). Wählen Sie Ihr Land in den Einstellungen, um das Seller Center und die Richtlinienseiten Ihres Markts zu erhalten.',
  // Shown to a buyer whose market is unknown (a buyer has no Seller Center).
  'tiktok.note.unknownRegionBuyer':
    'Wir kennen Ihren Markt bei TikTok Shop nicht, daher ist dies der allgemeine Weg in der TikTok-App (für die USA dokumentiert). Wählen Sie Ihr Land in den Einstellungen, um den Weg und die Richtlinienseiten Ihres Markts zu erhalten.',
  'tiktok.note.usBuyerPath':
    'Fragen Sie zuerst den Verkäufer: Profil > Deine Bestellungen > der Name des Verkäufers > Nachricht. Kann er nicht helfen, kontaktieren Sie hier TikTok.',
  'tiktok.note.seaBuyerPath':
    'Ältere Formulierung aus der Verkäuferhilfe von TikTok Shop für Südostasien und Indonesien; die aktuelle App kann die Schritte anders benennen.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok dokumentiert diesen Weg für die USA; die App in Ihrem Markt kann die Schritte anders benennen.',
  'tiktok.note.euReturnsSpanishOnly':
    'Nur die spanische Fassung der EWR-Richtlinie wurde gefunden; andere Sprachfassungen sind nicht bestätigt.',
  'tiktok.note.usMoneyBackGuarantee':
    'Gilt bis zu 90 Tage ab „Zugestellt“; den Link finden Sie auf der Seite „Bestelldetails“.',
  'tiktok.note.gbReturns': '14-tägiges Widerrufsrecht plus eine erweiterte Rückgabefrist von 30 Tagen ab Erhalt.',
  'tiktok.note.esReturns': 'EWR-Richtlinie, Stand: 1. Juli 2025.',
  'tiktok.note.usNotReceived':
    'Beantragen Sie innerhalb von 30 Tagen nach der Aktualisierung auf „Zugestellt“ eine Rückgabe oder Erstattung, Grund „Paket nicht erhalten“.',
  'tiktok.note.usSellerHours': 'Live-Mitarbeiter täglich 5:00–23:00 Uhr PST; außerhalb dieser Zeiten nur FAQs.',
  'tiktok.note.usSellerPath': 'Über das Assistent-Symbol oder das Hilfecenter im Seller Center.',
  'tiktok.note.seaSellerPath':
    'Dokumentiert in der Seller-Center-Hilfe für Vietnam; TikTok nutzt denselben Ablauf in ganz Südostasien.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok dokumentiert diesen Weg für das Seller Center in den USA; das Seller Center Ihres Markts kann ihn anders benennen.',
  'tiktok.note.partnerDocumentation': 'Partnerdokumentation von TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Das Seller Center für globalen Verkauf, wie ein Verkäuferleitfaden es beschreibt; TikTok hat diesen Weg nicht bestätigt.',
  'tiktok.note.sellerGuideAddress': 'Adresse aus einem Verkäuferleitfaden; von TikTok nicht bestätigt.',
  'tiktok.note.universityNotOpened':
    'Die Seller University liegt unter /university auf jedem Seller-Center-Host; diese Startseite wurde nicht geöffnet.',
  'tiktok.note.hostNotConfirmed': 'Diese Seller-Center-Adresse ist auf keiner offiziellen Seite von TikTok bestätigt.',
  'tiktok.note.vnTicketAddress':
    'Adresse der Ticketseite von TikTok nicht bestätigt; der verlinkte Artikel beschreibt den Ticketablauf.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Adresse für diesen Markt nicht bestätigt. Wenn sie sich nicht öffnet, nutzen Sie im Seller Center Hilfecenter > Kontaktiere uns.',
};
