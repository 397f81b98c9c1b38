import type { AdviceKey } from '../en/advice';

/**
 * French messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Register: "vous" throughout. Terms: carrier = transporteur, tracking number = numéro de suivi (as in
 * lib/page/labels.ts), business day = jour ouvré (Mon-Fri; "ouvrable" would include Saturday), pickup point = point
 * relais. French spacing: a no-break space (U+00A0) before « : ; ? ! » and inside guillemets, so a line never starts
 * with the punctuation. The `advice.anchor.*` phrases carry their article ("la livraison"), because the sentences
 * that receive them put them after "après" or "pour", which take no contraction.
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Non confirmé : {note}',
  'advice.open.addressNotConfirmed': '{label} (adresse non confirmée)',

  'advice.span.calendar': '{count, plural, one {# jour calendaire} other {# jours calendaires}}',
  'advice.span.business': '{count, plural, one {# jour ouvré} other {# jours ouvrés}}',

  'advice.anchor.deliveredStatus': 'le passage au statut « Livré »',
  'advice.anchor.delivery': 'la livraison',
  'advice.anchor.receipt': 'la réception',
  'advice.anchor.lastCarrierScan': 'le dernier scan du transporteur',
  'advice.anchor.shipDate': 'la date d’expédition',
  'advice.anchor.lastLogisticsUpdate': 'la dernière mise à jour logistique',
  'advice.anchor.lostOrDamagedStatus': 'le passage au statut perdu ou endommagé',
  'advice.anchor.trackingUpload': 'l’ajout du numéro de suivi (pris comme date d’expédition)',
  'advice.anchor.orderDate': 'la date de commande',

  'advice.deadline.request.by': 'Faites la demande au plus tard le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.request.within':
    'Faites la demande dans un délai de {span} après {anchor} ; la page de commande n’indiquait pas cette date, vérifiez-la donc dans la commande.',
  'advice.deadline.request.passed':
    'Le délai pour faire la demande a pris fin le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.claim.by':
    'Faites jouer la garantie au plus tard le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.claim.within':
    'Faites jouer la garantie dans un délai de {span} après {anchor} ; la page de commande n’indiquait pas cette date, vérifiez-la donc dans la commande.',
  'advice.deadline.claim.passed':
    'Le délai pour faire jouer la garantie a pris fin le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.edit.by':
    'Modifiez le numéro de suivi au plus tard le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.edit.within':
    'Modifiez le numéro de suivi dans un délai de {span} après {anchor} ; la page de commande n’indiquait pas cette date, vérifiez-la donc dans la commande.',
  'advice.deadline.edit.passed':
    'Le délai pour le modifier a pris fin le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.submitTicket.by':
    'Soumettez le ticket au plus tard le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Soumettez le ticket dans un délai de {span} après {anchor} ; la page de commande n’indiquait pas cette date, vérifiez-la donc dans la commande.',
  'advice.deadline.submitTicket.passed':
    'Le délai pour soumettre le ticket a pris fin le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.file.by': 'Déposez la réclamation au plus tard le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.file.within':
    'Déposez la réclamation dans un délai de {span} après {anchor} ; la page de commande n’indiquait pas cette date, vérifiez-la donc dans la commande.',
  'advice.deadline.file.passed':
    'Le délai pour déposer la réclamation a pris fin le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'Soumettez la demande d’indemnisation au plus tard le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Soumettez la demande d’indemnisation dans un délai de {span} après {anchor} ; la page de commande n’indiquait pas cette date, vérifiez-la donc dans la commande.',
  'advice.deadline.submitClaim.passed':
    'Le délai pour soumettre la demande d’indemnisation a pris fin le {date} ({span} après {anchor} du {anchorDate}).',
  'advice.deadline.askAnyway': 'Demandez quand même : expliquez le retard et gardez-en une trace.',
  'advice.deadline.soon': 'C’est très bientôt : faites-le maintenant.',
  'advice.start.unmoved.from':
    'Si le statut n’a toujours pas bougé, ouvrez le ticket à partir du {date} ({span} après {anchor} du {anchorDate}).',
  'advice.start.unmoved.after': 'Si le statut n’a toujours pas bougé, ouvrez le ticket {span} après {anchor}.',
  'advice.start.noCompensation.from':
    'Si aucune indemnisation n’est arrivée, ouvrez le ticket à partir du {date} ({span} après {anchor} du {anchorDate}).',
  'advice.start.noCompensation.after': 'Si aucune indemnisation n’est arrivée, ouvrez le ticket {span} après {anchor}.',

  'advice.rule.assumed': 'La source l’indique pour {regions} ; nous supposons que cela vaut aussi pour {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'La page officielle indique « 30 jours » sans préciser le point de départ ; des copies de la politique sur des sites tiers comptent à partir de la réception.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Hors articles d’occasion, articles de collection et articles en vente finale. Un retour doit être déposé dans les 14 jours.',
  'advice.rule.vnBuyerReturns15d.note':
    'Motifs admis notamment : non-réception, article erroné ou défectueux et livraison tardive. Certaines catégories sont exclues. Un article plus ancien pour le VN indiquait 6 jours.',
  'advice.rule.idBuyerReturns6d.note':
    'Passé ce délai, l’acheteur peut encore écrire au vendeur ou contacter TikTok via Commandes > Contacter TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Les articles défectueux ouvrent aussi des droits légaux envers le vendeur au-delà de ces délais (section 7 de la politique).',
  'advice.rule.euSpanishEdition.note':
    'Lu dans la version espagnole de la politique de l’UE (dernière mise à jour le 1er juillet 2025) ; les autres langues n’ont pas été vérifiées.',
  'advice.rule.usSellerLost10Calendar.note':
    'Envois nationaux. Un colis perdu peut entraîner l’annulation de la commande et le remboursement de l’acheteur.',
  'advice.rule.usSellerLost7Business.note':
    'Ici, les jours ouvrés n’excluent que les week-ends ; l’extension ne connaît pas les jours fériés.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Couvre automatiquement jusqu’à 200 $ (davantage si la couverture est achetée avec l’étiquette) ; le colis doit avoir un scan du transporteur.',
  'advice.rule.seaSellerClaim40d.note':
    'Compté comme dans l’exemple de TikTok : dernière mise à jour le 1er févr. 2024, réclamation au plus tard le 11 mars 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Nous comptons à partir de la dernière mise à jour logistique, en supposant qu’il s’agit du passage au statut perdu ou endommagé.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'La page n’indique pas l’heure d’ajout du numéro de suivi ; nous prenons la date d’expédition, le délai réel peut donc se terminer plus tôt.',
  'advice.rule.usSellerTrackingTicket30d.note':
    'Indiquez l’ancien et le nouveau numéro de suivi ainsi que le transporteur.',

  'advice.noScan':
    'TikTok considère un colis Seller Shipping comme perdu après 7 jours ouvrés (ou 10 jours calendaires) sans scan du transporteur.',
  'advice.noScan.dated':
    'TikTok considère un colis Seller Shipping comme perdu après 7 jours ouvrés (ou 10 jours calendaires) sans scan du transporteur : à partir du {date}, en comptant depuis le dernier scan du {lastScan}.',

  'advice.when.now': 'Maintenant',
  'advice.when.everyContact': 'À chaque prise de contact',
  'advice.when.sellerNotSolved': 'Si le vendeur n’a pas réglé le problème sous 2 jours',
  'advice.when.afterNoScan': 'Après 7 jours ouvrés sans nouveau scan',
  'advice.when.checksDone': 'Une fois les vérifications ci-dessus faites',
  'advice.when.ifNotByEstimate': 'Si rien n’est arrivé à la date de livraison estimée ({date})',
  'advice.when.estimatePassed': 'Maintenant : la date de livraison estimée ({date}) est dépassée',
  'advice.when.arrivesLate': 'Dès que le colis arrive en retard',
  'advice.when.carrierReportsLost': 'Dès que le transporteur déclare le colis perdu',
  'advice.when.trackingStalled': 'Si le suivi n’a pas bougé depuis plusieurs jours',
  'advice.when.requestStalls': 'Si la demande est refusée ou n’avance pas',
  'advice.when.heldOrSentBack': 'Si le colis est retenu ou renvoyé',
  'advice.when.beforeUnpacking': 'Maintenant, avant de continuer à déballer',
  'advice.when.returnWindowClosed': 'Si le délai de retour de 30 jours est écoulé',
  'advice.when.sellerRefuses': 'Si le vendeur refuse ou ne répond pas',
  'advice.when.backWithSeller': 'Une fois le colis revenu chez le vendeur',
  'advice.when.promisedDatePasses': 'Si la date d’expédition promise est dépassée',
  'advice.when.beforeNoScan': 'Avant que 7 jours ouvrés ne passent sans scan',
  'advice.when.asSoonAsNoticed': 'Dès que vous le remarquez',
  'advice.when.editUsed': 'Si la modification unique a été utilisée ou si ses 72 heures sont écoulées',
  'advice.when.requestArrives': 'Dès réception de la demande',
  'advice.when.beforeLabel': 'Avant l’impression de l’étiquette',
  'advice.when.tagAppears': 'Quand la mention apparaît sur la commande',
  'advice.when.whileReturning': 'Pendant le retour du colis',
  'advice.when.handlingTime': 'Dans le délai de traitement défini dans le Seller Center',
  'advice.when.handOver': 'À la remise du colis',
  'advice.when.afterPickup': '24 heures après l’enlèvement',

  // In brackets: TikTok's own names of its shipping modes, kept as TikTok writes them.
  'advice.appliesIf.seller.platform': 'Si TikTok a organisé l’expédition (TikTok Shipping / Shipped via Platform)',
  'advice.appliesIf.seller.sellerShipping':
    'Si vous avez expédié avec votre propre transporteur (Seller Shipping / Shipped by Seller)',
  'advice.appliesIf.buyer.platform': 'Si TikTok a organisé l’expédition',
  'advice.appliesIf.buyer.sellerShipping': 'Si le vendeur a expédié avec son propre transporteur',
  'advice.appliesIf.fbt': 'Si la commande est traitée par Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'Copier un message pour le vendeur',
  'advice.copy.buyerMessage': 'Copier un message pour l’acheteur',
  'advice.copy.tiktokChat': 'Copier un message pour le support TikTok Shop',
  'advice.copy.ticket': 'Copier le texte du ticket',
  'advice.copy.request': 'Copier le texte de la demande',
  'advice.copy.claim': 'Copier le texte de la réclamation',
  'advice.copy.callNotes': 'Copier les notes d’appel',
  'advice.copy.carrierEmail': 'Copier un e-mail pour le transporteur',
  'advice.open.policy': 'Lire la politique',
  'advice.open.usProtections': 'Protections TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Garantie de remboursement',
  'advice.open.sellerShippingRules': 'Règles de Seller Shipping',
  'advice.open.editTracking': 'Modifier les informations de suivi',
  'advice.open.trackingValidation': 'Validation du numéro de suivi',
  'advice.open.returnRules': 'Règles de retour',
  'advice.open.failedDelivery': 'Commandes en échec de livraison',
  'advice.open.returnedParcels': 'Colis retournés',
  'advice.open.pickupRules': 'Règles d’enlèvement',

  'advice.step.track.title': 'Vérifier le suivi sur le site du transporteur',
  'advice.step.track.detail':
    'La page du transporteur montre souvent des scans, des notes de livraison ou des incidents que la page de commande n’a pas encore repris.',
  'advice.step.track.detail.lastScan':
    'Repérez le dernier scan et tout avis d’incident (endommagé, problème d’adresse, retourné).',
  'advice.step.track.detail.customs':
    'La page du transporteur indique si la douane retient le colis et si des droits sont à payer.',
  'advice.step.track.detail.whyReturned':
    'Trouvez pourquoi il est reparti : tentatives de livraison échouées, problème d’adresse ou attente en point relais.',
  'advice.step.track.detail.compare':
    'Comparez le suivi du transporteur avec la page de commande ; ils peuvent différer.',
  'advice.step.track.detail.lastScanDate':
    'Notez la date du dernier scan : les délais de réclamation se comptent à partir de celle-ci.',
  'advice.step.track.detail.deliveryScan':
    'Regardez le scan de livraison : heure, lieu et éventuelle photo ou signature.',
  'advice.step.track.detail.customsSeller': 'Vérifiez si la douane retient le colis et ce qu’elle attend.',
  'advice.step.track.detail.whyComingBack':
    'Trouvez pourquoi il revient : tentatives de livraison échouées, problème d’adresse ou refus.',

  'advice.step.keepRecords.title': 'Garder une trace de chaque contact',
  'advice.step.keepRecords.detail':
    'Notez chaque chat, appel, ticket et réclamation avec sa date et son numéro de référence dans le journal du dossier, et faites des captures d’écran du suivi et de la page de commande.',

  'advice.step.messageSeller.title': 'Écrire au vendeur',
  'advice.step.messageSeller.detail':
    'Le vendeur a choisi le transporteur et peut vérifier auprès de lui, renvoyer ou rembourser. Écrivez-lui depuis la commande dans l’application TikTok pour que la conversation soit enregistrée.',
  'advice.step.messageSeller.detail.redirect':
    'Donnez la bonne adresse au vendeur ; il peut demander à son transporteur de rediriger ou de renvoyer le colis.',
  'advice.step.messageSeller.detail.updateAddress':
    'Demandez au vendeur de mettre à jour l’adresse de livraison avant l’expédition : c’est le moment le plus simple pour la corriger.',
  'advice.step.messageSeller.detail.customs':
    'Le vendeur peut fournir la facture ou les informations douanières. TikTok Shop ne publie aucune politique douanière pour les acheteurs ; qui paie les droits dépend de l’annonce et de votre pays.',
  'advice.step.messageSeller.detail.reship':
    'Demandez au vendeur de renvoyer le colis une fois qu’il lui est revenu, ou de vous rembourser.',
  'advice.step.messageSeller.detail.whenShips':
    'Demandez au vendeur quand la commande sera expédiée. Ensuite, le numéro de suivi apparaîtra sur la commande et Carrier Finder pourra afficher le transporteur.',

  'advice.step.contactTiktok.title': 'Contacter le service client de TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Si le vendeur ne peut pas vous aider ou ne répond pas, ouvrez un dossier auprès de TikTok Shop dans l’application.',
  'advice.step.contactTiktok.detail.notShipped':
    'Si la commande n’a pas été expédiée à la date promise sur la page de commande, demandez à TikTok Shop une annulation ou un remboursement.',
  'advice.step.contactTiktok.scamWarning':
    'Le support TikTok ne demande jamais vos données de carte, mots de passe ou codes à usage unique par téléphone, e-mail ou chat.',

  'advice.step.messageBuyer.title': 'Dire à l’acheteur ce qui se passe',
  'advice.step.messageBuyer.detail':
    'Un court message maintenant permet à l’acheteur de vérifier de son côté et montre que vous vous en occupez avant qu’il n’ouvre un litige.',
  'advice.step.messageBuyer.detail.checkAround':
    'Demandez à l’acheteur de vérifier l’adresse, de se renseigner auprès de son foyer et de ses voisins, de regarder autour de la porte et de chercher tout avis du transporteur indiquant un point relais.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Confirmez l’adresse correcte et complète avec l’acheteur dans le chat de la commande.',
  'advice.step.messageBuyer.detail.customs':
    'Dites à l’acheteur que le colis est en douane et si des droits peuvent lui être facturés.',
  'advice.step.messageBuyer.detail.redeliver':
    'Demandez à l’acheteur de confirmer l’adresse et s’il souhaite toujours une nouvelle livraison du colis.',
  'advice.step.messageBuyer.detail.whenShips': 'Indiquez à l’acheteur quand la commande sera expédiée.',

  'advice.step.usNoScan.title': 'Contacter TikTok Shop dès que le colis est considéré comme perdu',
  'advice.step.usNoScan.detail':
    'Cela peut entraîner l’annulation et le remboursement de la commande : contactez alors le service client.',

  'advice.step.requestRefund.title': 'Demander un retour ou un remboursement dans l’application',
  'advice.step.requestRefund.title.us': 'Demander un remboursement : « Colis non reçu »',
  'advice.step.requestRefund.notReceived':
    'Si vous ne le trouvez toujours pas, demandez un remboursement pour non-réception.',
  'advice.step.requestRefund.damaged':
    'Demandez un retour ou un remboursement pour l’article endommagé, défectueux ou erroné.',
  'advice.step.requestRefund.inApp':
    'Ouvrez la commande dans l’application TikTok et demandez un retour ou un remboursement avec le motif correspondant.',
  'advice.step.requestRefund.noLimit':
    'Nous n’avons aucun délai TikTok enregistré pour {market} ; faites-le donc rapidement.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Nous n’avons aucun délai TikTok enregistré pour votre marché ; faites-le donc rapidement.',
  'advice.step.requestRefund.rightToCancel.dated':
    'Votre droit légal de rétractation court jusqu’au {date} (14 jours après la réception) ; le délai de 30 jours est l’avantage étendu.',
  'advice.step.requestRefund.rightToCancel':
    'Votre droit légal de rétractation dure 14 jours après la réception ; le délai de 30 jours est l’avantage étendu.',

  'advice.step.lateDeliveryRefund.title': 'Une livraison tardive justifie une demande de remboursement',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok cite l’expédition ou la livraison tardive comme motif de demande de retour/remboursement.',

  'advice.step.usDeliveryGuarantee.title': 'Votre protection : la garantie de livraison de TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'TikTok Shop indique que vous êtes remboursé automatiquement si le transporteur déclare le colis perdu ou endommagé.',

  'advice.step.carrierTrace.title': 'Demander au transporteur d’ouvrir une enquête',
  'advice.step.carrierTrace.detail':
    'Seul le transporteur peut confirmer une perte. Beaucoup de transporteurs n’acceptent de réclamation que de l’expéditeur, si bien que le vendeur ou TikTok Shop devra peut-être la déposer ; une référence d’enquête les aidera tout de même.',

  'advice.step.checkAround.title': 'Vérifier l’adresse et les abords du lieu de livraison',
  'advice.step.checkAround.detail':
    'Vérifiez l’adresse de la commande, demandez à votre foyer et à vos voisins, regardez autour de la porte, du porche, du garage et de la porte arrière, et cherchez un avis de passage ou une note de point relais.',

  'advice.step.carrierWhereDelivered.title': 'Demander au transporteur où exactement le colis a été livré',
  'advice.step.carrierWhereDelivered.detail':
    'Le transporteur peut avoir une photo de livraison, un point GPS ou une signature, ou avoir marqué le colis livré trop tôt. Si l’adresse était erronée, il pourra peut-être rediriger le colis.',

  'advice.step.carrierRedirectOrHold.title': 'Demander au transporteur de rediriger ou de garder le colis',
  'advice.step.carrierRedirectOrHold.detail':
    'Les transporteurs peuvent parfois rediriger un colis ou le garder en attente de retrait ; ayez le numéro de suivi et l’adresse correcte sous la main.',

  'advice.step.carrierCustoms.title': 'Demander au transporteur ce qu’exige la douane',
  'advice.step.carrierCustoms.detail':
    'Le transporteur (ou votre poste nationale) dédouane le colis et perçoit les éventuels droits. Payez uniquement sur le site du transporteur ou en personne, jamais via un lien reçu par SMS.',

  'advice.step.documentDamage.title': 'Tout photographier avant de jeter quoi que ce soit',
  'advice.step.documentDamage.detail':
    'Prenez des photos nettes de l’article, du carton et de l’étiquette avec le numéro de suivi, et gardez l’emballage. Des photos floues ou peu probantes peuvent faire rejeter une réclamation.',

  'advice.step.moneyBackGuarantee.title': 'Après le délai de retour : la garantie de remboursement',
  'advice.step.moneyBackGuarantee.detail': 'Pour les articles endommagés ou défectueux.',
  'advice.step.moneyBackGuarantee.link':
    'Le lien vers la garantie de remboursement se trouve sur la page « Détails de la commande ».',

  'advice.step.carrierRedeliver.title': 'Demander au transporteur une nouvelle livraison ou un retrait',
  'advice.step.carrierRedeliver.detail':
    'Si le colis est parti en point relais et n’en est pas encore reparti, le transporteur peut souvent le relivrer ou le garder pour vous.',

  'advice.step.thAutoRefund.title': 'Un colis revenu chez le vendeur est remboursé',
  'advice.step.thAutoRefund.detail':
    'Quand le statut passe à « Retourné au vendeur », TikTok Shop annule la commande et la rembourse automatiquement.',

  'advice.step.sellerSupport.title': 'Ouvrir un ticket auprès du support vendeurs de TikTok',
  'advice.step.sellerSupport.title.ask': 'Interroger le support vendeurs de TikTok',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Centre d’aide > Nous contacter ; agents disponibles tous les jours de 5 h à 23 h (heure du Pacifique). Avec TikTok Shipping, les colis dont le suivi est bloqué depuis plus de 10 jours sont indemnisés automatiquement.',
  'advice.step.sellerSupport.detail.chase':
    'Demandez au support de relancer le transporteur pour obtenir un point sur le statut.',
  'advice.step.sellerSupport.detail.redirect':
    'Demandez au support de faire corriger ou rediriger la livraison par le transporteur.',
  'advice.step.sellerSupport.detail.customs':
    'Quand TikTok a organisé l’expédition, son transporteur gère le dédouanement : demandez au support ce qu’exige la douane.',
  'advice.step.sellerSupport.detail.returning':
    'Demandez au support où se trouve le colis en retour et s’il peut être relivré.',
  'advice.step.sellerSupport.detail.pickup':
    'Interrogez le support sur l’enlèvement si le transporteur n’a pas récupéré le colis.',

  'advice.step.usLostThreshold.title': 'Faire avancer le colis avant qu’il ne soit considéré comme perdu',
  'advice.step.usLostThreshold.passed':
    'Cette date est dépassée : TikTok considère peut-être déjà le colis comme perdu, ce qui peut annuler la commande et rembourser l’acheteur. Demandez dès maintenant au transporteur une enquête et sa confirmation.',
  'advice.step.usLostThreshold.ahead':
    'Un colis perdu peut entraîner l’annulation de la commande et le remboursement de l’acheteur : pressez le transporteur d’obtenir un scan ou d’ouvrir une enquête avant cette date.',

  'advice.step.usEditTracking.title': 'Si le numéro de suivi ajouté est erroné : le modifier une fois',
  'advice.step.usEditTracking.detail':
    'Le numéro de suivi peut être modifié une seule fois, dans les 72 heures suivant son ajout.',
  'advice.step.usTrackingTicket.title': 'Ensuite : le corriger via un ticket au support',
  'advice.step.usTrackingTicket.detail': 'Envoyez l’ancien et le nouveau numéro de suivi ainsi que le transporteur.',

  'advice.step.usShippingClaim.title': 'Déposer la réclamation TikTok Shipping',
  'advice.step.usShippingClaim.where': 'Déposez-la depuis « Gérer les commandes » ou « Détails de la commande ».',
  'advice.step.usShippingClaim.insurer':
    'L’assureur (U-PIC) statue sous 7 à 10 jours ouvrés et peut demander à l’acheteur une déclaration sous serment ; les recours se font auprès d’U-PIC.',

  'advice.step.seaClaim.title.lost': 'Demander une indemnisation : Colis perdu',
  'advice.step.seaClaim.title.damaged': 'Demander une indemnisation : Colis endommagé',
  'advice.step.seaClaim.title.notReceived': 'Demander une indemnisation : Livré mais non reçu',

  'advice.claim.lost.sea':
    'TikTok indemnise automatiquement les colis perdus expédiés via la plateforme et rembourse l’acheteur.',
  'advice.claim.lost.us':
    'Avec Upgraded TikTok Shipping, TikTok gère lui-même la réclamation et approuve automatiquement « Colis perdu » dès que le transporteur confirme la perte.',
  'advice.claim.lost.other': 'Signalez le colis perdu et renseignez-vous sur l’indemnisation.',
  'advice.claim.notReceived.sea':
    'Approuvez d’abord la demande de remboursement de l’acheteur ; une fois le remboursement effectué, demandez l’indemnisation.',
  'advice.claim.notReceived.us':
    'Avec Upgraded TikTok Shipping, TikTok approuve automatiquement « Livré mais non reçu » lorsque les conditions de sa politique sont remplies.',
  'advice.claim.notReceived.other':
    'Signalez le colis livré mais non reçu et demandez comment obtenir une indemnisation.',
  'advice.claim.damaged.sea':
    'TikTok indemnise automatiquement les colis endommagés expédiés via la plateforme et rembourse l’acheteur.',
  'advice.claim.damaged.us':
    'Avec Upgraded TikTok Shipping, un colis vide ou un article manquant ou erroné est examiné au cas par cas, sur preuve d’une faute du transporteur.',
  'advice.claim.damaged.other': 'Signalez les dommages avec les preuves et renseignez-vous sur l’indemnisation.',
  'advice.claim.returned.sea':
    'Si vous perdez à la fois le paiement et la marchandise (le colis ne revient jamais), vous pouvez demander une indemnisation.',

  'advice.step.respondInTime.title': 'Répondre à temps à la demande de retour de l’acheteur',
  'advice.step.respondInTime.detail.vn':
    'Traitez une demande de retour/remboursement dans un délai d’1 jour ouvré après son envoi par l’acheteur, sinon elle est approuvée automatiquement.',
  'advice.step.respondInTime.detail.id':
    'Traitez une demande de retour dans les 48 heures, sinon elle est approuvée automatiquement.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok : TikTok s’en charge',
  'advice.step.fbtSupport.detail': 'L’entrepôt de TikTok a expédié cette commande.',
  'advice.step.fbtSupport.chase': 'Demandez au support vendeurs de relancer la livraison.',
  'advice.step.fbtSupport.reimburse':
    'TikTok rembourse les colis Fulfilled by TikTok perdus ou endommagés : signalez-le au support vendeurs.',
  'advice.step.fbtSupport.notReceived': 'Signalez le colis livré mais non reçu au support vendeurs.',
  'advice.step.fbtSupport.customs': 'Demandez au support vendeurs ce qu’exige la douane.',
  'advice.step.fbtSupport.returned': 'Interrogez le support vendeurs au sujet du colis retourné.',
  'advice.step.fbtSupport.warehouse':
    'L’entrepôt de TikTok l’expédie ; contactez le support vendeurs en cas de retard.',

  'advice.step.ticketUnmoved.title': 'Ticket : Suivi sans mouvement',
  'advice.step.ticketUnmoved.detail': 'Le support relance le transporteur.',

  'advice.step.carrierStatus.title': 'Demander un point sur le statut à votre transporteur',
  'advice.step.carrierStatus.detail.sea':
    'Renseignez-vous auprès de votre prestataire logistique. Si le colis a été livré mais que le statut est bloqué, mettez à jour le statut de livraison vous-même et ajoutez une preuve de livraison.',
  'advice.step.carrierStatus.detail':
    'Avec votre propre transporteur, TikTok ne relance pas l’envoi à votre place : demandez au transporteur un scan ou une enquête.',

  'advice.step.carrierConfirmLoss.title': 'Demander au transporteur de confirmer la perte',
  'advice.step.carrierConfirmLoss.detail':
    'TikTok exigerait la confirmation du transporteur avant de payer une réclamation pour colis perdu : seul le transporteur peut déclarer un colis perdu. Non confirmé : signalé par un site tiers qui suit les changements de politique de TikTok, et non lu sur la page de TikTok elle-même.',

  'advice.step.carrierClaim.title.lost': 'Ouvrir une enquête et une réclamation auprès de votre transporteur',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok ne gère pas les réclamations logistiques ni d’assurance pour Seller Shipping : la réclamation se règle entre vous et votre transporteur.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok n’enquête et ne rembourse que pour les colis expédiés via la plateforme : avec votre propre transporteur, faites la réclamation directement auprès de lui.',
  'advice.step.carrierClaim.detail.lost':
    'Avec votre propre transporteur, la réclamation se règle entre vous et lui ; gardez l’étiquette et le reçu de dépôt.',
  'advice.step.carrierClaim.title.damaged': 'Déposer une réclamation pour dommages auprès de votre transporteur',
  'advice.step.carrierClaim.detail.damaged': 'Envoyez les photos, les détails de l’emballage et l’étiquette.',

  'advice.step.carrierProofOfDelivery.title': 'Demander une preuve de livraison à votre transporteur',
  'advice.step.carrierProofOfDelivery.detail':
    'Demandez la photo de livraison, le point GPS ou la signature, et ouvrez une réclamation si le colis reste introuvable.',

  'advice.step.updateAddress.title': 'Corriger l’adresse avant d’expédier',
  'advice.step.updateAddress.detail':
    'Avant l’expédition, c’est simple : les vendeurs peuvent mettre à jour l’adresse de livraison pour l’acheteur.',

  'advice.step.carrierRedirect.title': 'Demander au transporteur de rediriger le colis',
  'advice.step.carrierRedirect.detail':
    'Les transporteurs peuvent parfois rediriger un colis en transit ou le garder en attente de retrait.',

  'advice.step.usTrackingAddressIssue.title': 'Si le Seller Center affiche « Problème d’adresse de suivi »',
  'advice.step.usTrackingAddressIssue.detail':
    'Cette mention signifie que le code postal du suivi ne correspond pas à celui de l’acheteur. Cliquez dessus pour voir la solution et le lien pour créer un ticket.',

  'advice.step.thContactLogistics.title': 'Utiliser « Contacter le service logistique » sur la commande',
  'advice.step.thContactLogistics.detail':
    'Les commandes avec un problème logistique affichent une mention « Contacter le service logistique », qui ouvre un ticket adressé au prestataire logistique. Les échecs de livraison sont listés sous Commandes > Gérer les commandes > Échec de livraison.',

  'advice.step.carrierCustomsDocuments.title': 'Fournir les documents douaniers à votre transporteur',
  'advice.step.carrierCustomsDocuments.detail':
    'Envoyez la facture commerciale et les détails des articles demandés par le transporteur ; demandez si les droits sont facturés à l’acheteur.',

  'advice.step.collectEvidence.title': 'Rassembler les preuves',
  'advice.step.collectEvidence.detail':
    'Demandez à l’acheteur des photos ou une vidéo de déballage ; gardez vos photos d’emballage, les matériaux utilisés et l’étiquette avec le numéro de suivi bien visible.',

  'advice.step.carrierRedelivery.title': 'Interroger le transporteur sur une nouvelle livraison',
  'advice.step.carrierRedelivery.detail':
    'Un colis encore chez le transporteur peut souvent être relivré ou gardé en attente de retrait.',

  'advice.step.thFailedDelivery.title': 'Surveiller l’onglet « Échec de livraison »',
  'advice.step.thFailedDelivery.detail':
    'Sous Commandes > Gérer les commandes > Échec de livraison : une fois le statut « Retourné au vendeur » atteint, la commande est annulée et remboursée automatiquement. Un colis retourné que vous n’acceptez pas est détruit ; si sa livraison retour échoue, vous avez 7 jours pour le réclamer.',

  'advice.step.uploadTracking.title': 'Ajouter un numéro de suivi valide dans votre délai de traitement',
  'advice.step.uploadTracking.detail':
    'Une fois l’étiquette achetée, ajoutez son numéro de suivi : Gérer les commandes > En attente d’expédition > Ajouter les informations de suivi, avec un transporteur pris en charge. TikTok signale les numéros dont le premier scan date de plus de 24 heures avant la commande ou dont le code postal ne correspond pas.',

  'advice.step.usPickupProof.title': 'Organiser l’enlèvement et garder une preuve de remise',
  'advice.step.usPickupProof.detail':
    'Avec TikTok Shipping, c’est vous qui organisez l’enlèvement ; gardez le formulaire SCAN de l’USPS ou la preuve d’enlèvement, sinon les retards avant le premier scan vous sont imputés.',

  'advice.step.ticketPickup.title': 'Enlevé mais le statut n’est pas « Expédié » ?',
  'advice.step.ticketPickup.detail':
    'Si le transporteur a enlevé le colis il y a plus de 24 heures et que le statut n’a pas changé, ouvrez un ticket avec une preuve de l’enlèvement.',

  'advice.step.carrierHandover.title': 'Réserver l’enlèvement ou le dépôt auprès de votre transporteur',
  'advice.step.carrierHandover.detail':
    'Remettez le colis et gardez le reçu de dépôt ou la preuve d’enlèvement avec le numéro de suivi.',

  'advice.note.idCountedFromDelivered':
    'Compté à partir de la date « Livré », considérée comme le jour de réception de la commande.',
  'advice.note.thirdPartyTracker':
    'Signalé par un site tiers qui suit les changements de politique de TikTok ; non lu sur la page de TikTok elle-même.',
  'advice.note.thVnOnly': 'Indiqué dans l’aide Seller Center pour TH et VN ; supposé valable pour ce marché.',

  'advice.reason.track':
    'Le suivi du transporteur est la source de première main sur laquelle chaque interlocuteur vous interrogera ensuite.',
  'advice.reason.keepRecords':
    'Remboursements, réclamations et litiges sont tranchés sur les preuves fournies ; un relevé daté de chaque contact constitue cette preuve.',
  'advice.reason.messageSeller':
    'Le vendeur a choisi le transporteur et détient les informations d’expédition ; un message dans le chat de la commande est enregistré.',
  'advice.reason.contactTiktok':
    'TikTok Shop traite les remboursements et les litiges entre acheteurs et vendeurs dans l’application.',
  'advice.reason.messageBuyer':
    'Informer l’acheteur lui permet de vérifier de son côté (adresse, voisins, avis de passage).',
  'advice.reason.requestRefund':
    'Une demande de remboursement faite dans l’application joint automatiquement la commande et lance la procédure de TikTok Shop.',
  'advice.reason.carrierTrace':
    'Le transporteur détient les scans ; un numéro d’enquête donne au vendeur et à TikTok une base pour agir.',
  'advice.reason.checkAround':
    'La plupart des colis « livrés mais non reçus » se retrouvent à proximité ou en point relais.',
  'advice.reason.carrierDeliveryRecord': 'Le transporteur détient l’historique de la livraison.',
  'advice.reason.carrierRedirect': 'Seul le transporteur peut changer la destination d’un colis en transit.',
  'advice.reason.customsScam':
    'Les faux messages de « frais de douane » sont une arnaque courante ; l’annuaire ne liste que les contacts officiels des transporteurs.',
  'advice.reason.documentDamage':
    'Les remboursements pour articles endommagés ou erronés sont décidés sur photos et d’après l’emballage.',
  'advice.reason.redeliver':
    'Un colis encore chez le transporteur peut souvent être relivré avant de revenir à l’expéditeur.',
  'advice.reason.sellerSupport':
    'Quand TikTok a organisé l’expédition, TikTok traite avec son transporteur ; le support du Seller Center est la porte d’entrée.',
  'advice.reason.fbt': 'Avec Fulfilled by TikTok, c’est TikTok, et non le vendeur, qui a expédié le colis.',
  'advice.reason.ownCarrierClaim':
    'Avec votre propre transporteur, le contrat et la réclamation se règlent entre vous et le transporteur.',
  'advice.reason.ownCarrierTrace':
    'Seul votre transporteur peut faire avancer ou rechercher un colis que vous avez expédié.',
  'advice.reason.proofOfDelivery': 'Seul le transporteur peut fournir une preuve de livraison.',
  'advice.reason.notShipped': 'Rien n’a encore été remis à un transporteur.',
  'advice.reason.customsDeclaration':
    'La douane traite avec le transporteur qui a déposé la déclaration, et le transporteur traite avec vous.',
  'advice.reason.damageEvidence': 'Les réclamations pour dommages sont tranchées sur photos, emballage et étiquette.',
  'advice.reason.redeliverySeller':
    'Une nouvelle livraison coûte moins cher et va plus vite avant que le colis ne vous revienne.',
  'advice.reason.firstScan': 'C’est le premier scan du transporteur qui déclenche le suivi que voit l’acheteur.',

  'advice.source.tiktokReachSupport': 'Aide TikTok Shop : comment joindre le support',
  'advice.source.tiktokSellerSupport': 'Support vendeurs de TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop : je n’ai jamais reçu ma commande, mais elle apparaît comme livrée',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop : comment contacter le vendeur et le service client de TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Garantie de remboursement TikTok Shop',
  'advice.source.usProtections': 'Protections TikTok Shop (retours, garantie de livraison)',
  'advice.source.gbReturns': 'TikTok Shop Royaume-Uni : politique d’annulation et de retour',
  'advice.source.euReturns': 'TikTok Shop UE : politique d’annulation et de retour (version espagnole)',
  'advice.source.vnReturns': 'TikTok Shop VN : quand un acheteur peut-il faire une demande de retour/remboursement ?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia : consignes de retour',
  'advice.source.seaLostDamaged': 'TikTok Shop TH : que faire si ma commande est perdue ou endommagée ?',
  'advice.source.seaLostDamagedVn':
    'TikTok Shop VN : que se passe-t-il si mon colis est perdu, endommagé ou mis au rebut ?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH : l’acheteur n’a pas reçu la commande, mais le statut indique livré',
  'advice.source.seaStuckStatus':
    'TikTok Shop TH : le statut logistique de ma commande est bloqué ou n’est pas mis à jour',
  'advice.source.thFailedDelivery': 'TikTok Shop TH : commandes en échec de livraison',
  'advice.source.thReturnedParcels': 'TikTok Shop TH : colis retournés que le vendeur n’accepte pas',
  'advice.source.usSellerShipping': 'TikTok Shop US : présentation et services de Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US : modifier les informations de suivi',
  'advice.source.usTrackingValidation': 'TikTok Shop US : validation du numéro de suivi',
  'advice.source.usShippingInsurance': 'TikTok Shop US : assurance expédition',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US : comment déposer une demande de remboursement pour un problème logistique TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US : politique de couverture et de remboursement logistique d’Upgraded TikTok Shipping et CBT',
  'advice.source.usPickupRules': 'TikTok Shop US : règles et responsabilités d’enlèvement pour TikTok Shipping et CBT',
  'advice.source.usFbt': 'TikTok Shop US : Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net : changement de la politique de couverture logistique de TikTok Shop (site tiers)',

  'advice.unknown.problem': 'Ce type de problème est inconnu ; aucun conseil ne peut être donné.',
  'advice.unknown.countryRules':
    'Les règles TikTok Shop de ce pays ne figurent pas dans Carrier Finder : les étapes sont générales et aucun délai propre au marché n’est affiché.',
  'advice.unknown.market':
    'Votre marché TikTok Shop est inconnu : les délais propres au marché (par exemple 30 jours après la livraison aux États-Unis, 15 au Vietnam, 6 en Indonésie) ne sont pas indiqués. Choisissez votre pays dans les paramètres.',
  'advice.unknown.carrier':
    'Le transporteur est inconnu : les boutons de suivi et de contact du transporteur ne peuvent pas ouvrir ses propres pages. Vérifiez le nom du transporteur sur la page de commande.',
  'advice.unknown.mode':
    'Le mode d’expédition est inconnu (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). C’est lui qui détermine qui gère les réclamations auprès du transporteur ; ces étapes indiquent donc à quel cas elles s’appliquent.',
  'advice.unknown.anchorDate':
    'La page de commande n’indiquait aucune date pour {anchor} ; le délai qui en dépend n’a donc pas pu être calculé.',
  'advice.unknown.dates': 'Aucune date de commande n’a été trouvée sur la page ; aucune étape n’a donc de date.',

  'advice.msg.placeholder.orderId': '[numéro de commande]',
  'advice.msg.placeholder.trackingNumber': '[numéro de suivi]',
  'advice.msg.placeholder.carrier': '[transporteur]',
  'advice.msg.subjectLine': 'Objet : {subject} (commande {orderId})',
  'advice.msg.subject.delayed': 'Colis en retard, suivi non mis à jour',
  'advice.msg.subject.lost': 'Colis apparemment perdu',
  'advice.msg.subject.notReceived': 'Indiqué comme livré mais non reçu',
  'advice.msg.subject.wrongAddress': 'Adresse de livraison erronée ou incomplète',
  'advice.msg.subject.customs': 'Colis retenu en douane',
  'advice.msg.subject.damaged': 'Article endommagé ou erroné',
  'advice.msg.subject.returned': 'Colis renvoyé à l’expéditeur / échec de livraison',
  'advice.msg.subject.awaitingShipment': 'Commande pas encore expédiée',
  'advice.msg.greeting': 'Bonjour,',
  'advice.msg.thanks': 'Merci.',

  'advice.msg.problem.delayed.buyer': 'Mon colis n’est pas encore arrivé et le suivi n’a pas été mis à jour.',
  'advice.msg.problem.delayed.buyer.since':
    'Mon colis n’est pas encore arrivé et le suivi n’a pas été mis à jour depuis le {date}.',
  'advice.msg.problem.delayed.seller':
    'Le colis de cette commande n’est pas encore arrivé et le suivi n’a pas été mis à jour.',
  'advice.msg.problem.delayed.seller.since':
    'Le colis de cette commande n’est pas encore arrivé et le suivi n’a pas été mis à jour depuis le {date}.',
  'advice.msg.problem.lost.buyer': 'Mon colis semble perdu : le suivi n’a pas bougé.',
  'advice.msg.problem.lost.buyer.since': 'Mon colis semble perdu : le suivi n’a pas bougé depuis le {date}.',
  'advice.msg.problem.lost.seller': 'Le colis de cette commande semble perdu : le suivi n’a pas bougé.',
  'advice.msg.problem.lost.seller.since':
    'Le colis de cette commande semble perdu : le suivi n’a pas bougé depuis le {date}.',
  'advice.msg.problem.notReceived.buyer':
    'Le suivi indique que mon colis a été livré, mais je ne l’ai pas reçu. J’ai vérifié auprès de mon foyer, de mes voisins et autour de l’adresse.',
  'advice.msg.problem.notReceived.buyer.on':
    'Le suivi indique que mon colis a été livré le {date}, mais je ne l’ai pas reçu. J’ai vérifié auprès de mon foyer, de mes voisins et autour de l’adresse.',
  'advice.msg.problem.notReceived.seller':
    'Le suivi indique que le colis a été livré, mais l’acheteur dit ne pas l’avoir reçu.',
  'advice.msg.problem.notReceived.seller.on':
    'Le suivi indique que le colis a été livré le {date}, mais l’acheteur dit ne pas l’avoir reçu.',
  'advice.msg.problem.wrongAddress.buyer':
    'L’adresse de livraison de ma commande est erronée ou incomplète : elle doit être corrigée ou le colis redirigé.',
  'advice.msg.problem.wrongAddress.seller':
    'L’adresse de livraison de la commande est erronée ou incomplète : elle doit être corrigée ou le colis redirigé.',
  'advice.msg.problem.customs.buyer':
    'Mon colis est retenu en douane ou en attente du paiement des droits d’importation.',
  'advice.msg.problem.customs.seller':
    'Le colis de cette commande est retenu en douane ou en attente du paiement des droits d’importation.',
  'advice.msg.problem.damaged.buyer':
    'Mon colis est arrivé endommagé, ou avec un article erroné ou défectueux. J’ai des photos de l’article, de l’emballage et de l’étiquette.',
  'advice.msg.problem.damaged.seller':
    'L’acheteur signale que le colis est arrivé endommagé, ou avec un article erroné ou défectueux.',
  'advice.msg.problem.returned.buyer': 'Mon colis a été renvoyé à l’expéditeur ou la livraison a échoué.',
  'advice.msg.problem.returned.seller':
    'Le colis de cette commande a été renvoyé à l’expéditeur ou la livraison a échoué.',
  'advice.msg.problem.awaitingShipment.buyer': 'Ma commande n’a pas encore été expédiée et n’a pas de numéro de suivi.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Ma commande passée le {date} n’a pas encore été expédiée et n’a pas de numéro de suivi.',
  'advice.msg.problem.awaitingShipment.seller': 'Cette commande n’a pas encore été expédiée.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Cette commande passée le {date} n’a pas encore été expédiée.',

  'advice.msg.line.orderNumber': 'Numéro de commande : {orderId}',
  'advice.msg.line.trackingNumber': 'Numéro de suivi : {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Numéro de suivi : {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Commandé le : {date}',
  'advice.msg.line.shipped': 'Expédié le : {date}',
  'advice.msg.line.estimatedDelivery': 'Livraison estimée : {date}',
  'advice.msg.line.delivered': 'Livré le : {date}',
  'advice.msg.line.lastUpdate': 'Dernière mise à jour du suivi : {date}',

  'advice.msg.ask.tiktok.buyer':
    'Pourriez-vous examiner la situation avec le vendeur et le transporteur et m’indiquer la marche à suivre ?',
  'advice.msg.ask.tiktok.seller':
    'Pourriez-vous examiner la situation avec le prestataire logistique et m’indiquer la marche à suivre ou l’indemnisation prévue ?',
  'advice.msg.ask.seller.awaitingShipment':
    'Pourriez-vous m’indiquer quand elle sera expédiée, ou l’annuler et me rembourser si elle ne peut pas partir rapidement ?',
  'advice.msg.ask.seller':
    'Pourriez-vous vérifier auprès du transporteur et me dire ce que vous pouvez faire (nouvel envoi ou remboursement) ?',
  'advice.msg.ask.buyer':
    'Toutes mes excuses pour ce désagrément. Je m’en occupe et je reviens vers vous dès que j’ai une réponse.',
  'advice.msg.ask.carrier.delayed': 'Pourriez-vous vérifier où se trouve le colis et quand il sera livré ?',
  'advice.msg.ask.carrier.lost': 'Pourriez-vous ouvrir une enquête pour ce colis et me donner un numéro de référence ?',
  'advice.msg.ask.carrier.notReceived':
    'Pourriez-vous m’indiquer précisément où et comment il a été livré (GPS, photo ou signature) ?',
  'advice.msg.ask.carrier.wrongAddress':
    'Pourriez-vous m’indiquer si le colis peut être redirigé ou gardé en attente de retrait ?',
  'advice.msg.ask.carrier.customs':
    'Pourriez-vous m’indiquer ce qu’il faut pour le dédouaner et comment payer les éventuels droits sur votre propre site ?',
  'advice.msg.ask.carrier.damaged':
    'Pourriez-vous m’indiquer comment signaler les dommages et de quelles preuves vous avez besoin ?',
  'advice.msg.ask.carrier.returned':
    'Pourriez-vous m’indiquer pourquoi il a été renvoyé et s’il peut être relivré ou retiré ?',
  'advice.msg.ask.carrier.awaitingShipment':
    'Pourriez-vous m’indiquer si un colis portant ce numéro vous a été remis ?',

  'advice.msg.callNotes.heading': 'Notes d’appel : {carrier}',
  'advice.msg.callNotes.problem': 'Problème : {problem}',
  'advice.msg.callNotes.ask': 'Demande : {ask}',
  'advice.msg.callNotes.writeDown':
    'À noter : date et heure, nom de l’interlocuteur, numéro de référence ou de dossier, et ce qui a été promis pour quand.',

  // The French TikTok app and Seller Center were not available to check: these labels translate TikTok's English
  // ones as a French app would word them.
  'tiktok.app.profile': 'Profil',
  'tiktok.app.yourOrders': 'Vos commandes',
  'tiktok.app.orders': 'Commandes',
  'tiktok.app.theOrder': 'la commande',
  'tiktok.app.theItem': 'l’article',
  'tiktok.app.sellerName': 'le nom du vendeur',
  'tiktok.app.message': 'Message',
  'tiktok.app.help': 'Aide',
  'tiktok.app.getHelp': 'Obtenir de l’aide',
  'tiktok.app.chooseQuestion': 'Choisissez votre question',
  'tiktok.app.contactUs': 'Nous contacter',
  'tiktok.app.contactTiktok': 'Contacter TikTok',
  'tiktok.app.requestReturnOrRefund': 'Demander un retour ou un remboursement',
  'tiktok.app.packageNotReceived': 'Colis non reçu',
  'tiktok.app.continue': 'Continuer',
  'tiktok.app.orderDetails': 'Détails de la commande',
  'tiktok.app.moneyBackGuaranteeLink': 'lien de la garantie de remboursement',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Centre d’aide',
  'tiktok.seller.contactUs': 'Nous contacter',
  'tiktok.seller.ticketLog': 'Historique des tickets',
  'tiktok.seller.complaintsDisputes': 'Réclamations et litiges',
  'tiktok.seller.complaintsDispute': 'Réclamations et litige',
  'tiktok.seller.complaintsDisputesLogistic': 'Réclamations et litiges (logistique)',
  'tiktok.seller.complaintsDisputeLogistic': 'Réclamations et litige (logistique)',
  'tiktok.seller.logisticIssue': 'Problème logistique',
  'tiktok.seller.logisticIssueLower': 'Problème logistique',
  'tiktok.seller.deliveryInquiry': 'Question sur le processus de livraison',
  'tiktok.seller.packageLost': 'Colis perdu',
  'tiktok.seller.packageDamaged': 'Colis endommagé',
  'tiktok.seller.deliveredNotReceived': 'Livré mais non reçu',
  'tiktok.seller.unmovedTracking': 'Suivi sans mouvement',
  'tiktok.seller.pickUpIssues': 'Problèmes d’enlèvement',
  'tiktok.seller.pickedUpNotUpdated': 'Enlevé mais statut logistique non mis à jour',

  'tiktok.page.euReturnsSpanish': 'Politique de retours et remboursements de TikTok Shop (EEE, en espagnol)',
  'tiktok.page.esReturns': 'Politique de retours et remboursements de TikTok Shop (EEE)',
  'tiktok.page.usMoneyBackGuarantee': 'Garantie de remboursement TikTok Shop',
  'tiktok.page.gbReturns': 'Politique de retours et remboursements de TikTok Shop (Royaume-Uni)',
  'tiktok.page.usNotReceived': 'Colis indiqué comme livré mais non reçu',
  'tiktok.page.usContactSellerOrTiktok': 'Comment contacter le vendeur ou TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center : contacter le support TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center : problèmes logistiques et tickets',
  'tiktok.page.thSellerHelp': 'Seller Center : tickets logistiques (perdu, endommagé, non reçu)',
  'tiktok.page.idSellerHelp': 'Seller Center : Centre d’aide et historique des tickets',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping au Royaume-Uni et dans l’UE (transporteurs par marché)',
  'tiktok.page.usSellerShippingRules':
    'Règles de Seller Shipping (délais de livraison, colis perdus, corrections du suivi)',
  'tiktok.page.thShippingModes': 'Ship by TikTok et Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Colis perdus ou endommagés expédiés via la plateforme : indemnisation',
  'tiktok.page.idReturns': 'Retours et remboursements (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims': 'Réclamations d’assurance TikTok Shipping (dans les 90 jours suivant l’expédition)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping et Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Échecs de livraison et colis en retour',
  'tiktok.page.vnBuyerReturns': 'Règles de retour et de remboursement pour les acheteurs (15 jours après la livraison)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (vente internationale)',
  'tiktok.page.globalTicket': 'Créer un ticket (Seller Center de la vente internationale)',
  'tiktok.page.sellerUniversity': 'Seller University (aide du Seller Center)',
  'tiktok.page.sellerTicket': 'Ticket de support Seller Center',

  // Shown to a seller whose market is unknown.
  'tiktok.note.unknownRegion':
    'Nous ne connaissons pas votre marché TikTok Shop : voici donc le parcours général du Seller Center de TikTok (documenté pour les États-Unis). Choisissez votre pays dans les paramètres pour obtenir le Seller Center et les pages de politique de votre marché.',
  // Shown to a buyer whose market is unknown (a buyer has no Seller Center).
  'tiktok.note.unknownRegionBuyer':
    'Nous ne connaissons pas votre marché TikTok Shop : voici donc le parcours général dans l’application TikTok (documenté pour les États-Unis). Choisissez votre pays dans les paramètres pour obtenir le parcours et les pages de politique de votre marché.',
  'tiktok.note.usBuyerPath':
    'Demandez d’abord au vendeur : Profil > Vos commandes > le nom du vendeur > Message. S’il ne peut pas vous aider, contactez TikTok ici.',
  'tiktok.note.seaBuyerPath':
    'Formulation ancienne de l’aide vendeurs TikTok Shop pour l’Asie du Sud-Est et l’Indonésie ; l’application actuelle peut nommer les étapes autrement.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok documente ce parcours pour les États-Unis ; l’application de votre marché peut nommer les étapes autrement.',
  'tiktok.note.euReturnsSpanishOnly':
    'Seule la version espagnole de la politique de l’EEE a été trouvée ; les autres versions linguistiques ne sont pas confirmées.',
  'tiktok.note.usMoneyBackGuarantee':
    'Couvre jusqu’à 90 jours à partir de « Livré » ; le lien se trouve sur la page « Détails de la commande ».',
  'tiktok.note.gbReturns':
    'Droit de rétractation de 14 jours, plus un avantage de retour étendu de 30 jours à compter de la réception.',
  'tiktok.note.esReturns': 'Politique de l’EEE, dernière mise à jour le 1er juillet 2025.',
  'tiktok.note.usNotReceived':
    'Demandez un retour ou un remboursement dans les 30 jours suivant la mise à jour « Livré », motif « Colis non reçu ».',
  'tiktok.note.usSellerHours':
    'Agents disponibles tous les jours de 5 h à 23 h (PST) ; en dehors de ces horaires, seulement la FAQ.',
  'tiktok.note.usSellerPath': 'Via l’icône Assistant ou le Centre d’aide dans le Seller Center.',
  'tiktok.note.seaSellerPath':
    'Documenté dans l’aide Seller Center du Vietnam ; TikTok utilise le même parcours dans toute l’Asie du Sud-Est.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok documente ce parcours pour le Seller Center américain ; celui de votre marché peut le formuler autrement.',
  'tiktok.note.partnerDocumentation': 'Documentation partenaires de TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'Le Seller Center de la vente internationale, tel que le décrit un guide pour vendeurs ; TikTok n’a pas confirmé ce parcours.',
  'tiktok.note.sellerGuideAddress': 'Adresse tirée d’un guide pour vendeurs ; non confirmée par TikTok.',
  'tiktok.note.universityNotOpened':
    'Seller University se trouve sous /university sur chaque hôte Seller Center ; cette page d’accueil n’a pas été ouverte.',
  'tiktok.note.hostNotConfirmed':
    'Cette adresse de Seller Center n’est confirmée sur aucune page officielle de TikTok.',
  'tiktok.note.vnTicketAddress':
    'Adresse de la page de tickets non confirmée par TikTok ; l’article lié décrit la procédure de ticket.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Adresse non confirmée pour ce marché. Si elle ne s’ouvre pas, utilisez Centre d’aide > Nous contacter dans le Seller Center.',
};
