import type { AdviceKey } from '../en/advice';

/**
 * Spanish messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a native speaker.
 *
 * Neutral Spanish for Spain and Mexico: "usted" throughout (advice and messages to send), no vosotros, "transportista",
 * "número de seguimiento", "días naturales" / "días hábiles", "video". Labels of the TikTok app and Seller Center keep
 * TikTok's own "tú" form ("Tus pedidos", "Contáctanos"); no official Spanish label list was found, so they follow the
 * order-page dictionary (lib/page/labels.ts, lib/page/phrases.ts) and common usage. Labels that exist only in the US or
 * Thai Seller Center (shown there in English) keep the English original in brackets so the user can find them.
 * Anchors ({anchor}) carry their article ("la entrega", "el estado Entregado") and only follow prepositions that do
 * not contract with it ("desde", never "de" / "a").
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Sin confirmar: {note}',
  'advice.open.addressNotConfirmed': '{label} (enlace sin confirmar)',

  'advice.span.calendar': '{count, plural, one {# día natural} other {# días naturales}}',
  'advice.span.business': '{count, plural, one {# día hábil} other {# días hábiles}}',

  'advice.anchor.deliveredStatus': 'el estado Entregado',
  'advice.anchor.delivery': 'la entrega',
  'advice.anchor.receipt': 'la recepción',
  'advice.anchor.lastCarrierScan': 'el último escaneo del transportista',
  'advice.anchor.shipDate': 'la fecha de envío',
  'advice.anchor.lastLogisticsUpdate': 'la última actualización logística',
  'advice.anchor.lostOrDamagedStatus': 'el cambio de estado a perdido o dañado',
  'advice.anchor.trackingUpload': 'la carga del número de seguimiento (tomada como fecha de envío)',
  'advice.anchor.orderDate': 'la fecha del pedido',

  'advice.deadline.request.by':
    'Presente la solicitud a más tardar el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.request.within':
    'Presente la solicitud en un plazo de {span} desde {anchor}; la página del pedido no mostraba esa fecha, así que compruébela en el pedido.',
  'advice.deadline.request.passed':
    'El plazo para presentar la solicitud terminó el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.claim.by': 'Reclame la garantía a más tardar el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.claim.within':
    'Reclame la garantía en un plazo de {span} desde {anchor}; la página del pedido no mostraba esa fecha, así que compruébela en el pedido.',
  'advice.deadline.claim.passed':
    'El plazo para reclamar la garantía terminó el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.edit.by':
    'Modifique el número de seguimiento a más tardar el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.edit.within':
    'Modifique el número de seguimiento en un plazo de {span} desde {anchor}; la página del pedido no mostraba esa fecha, así que compruébela en el pedido.',
  'advice.deadline.edit.passed':
    'El plazo para modificar el número de seguimiento terminó el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.submitTicket.by': 'Envíe el ticket a más tardar el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Envíe el ticket en un plazo de {span} desde {anchor}; la página del pedido no mostraba esa fecha, así que compruébela en el pedido.',
  'advice.deadline.submitTicket.passed':
    'El plazo para enviar el ticket terminó el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.file.by':
    'Presente la reclamación al seguro a más tardar el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.file.within':
    'Presente la reclamación al seguro en un plazo de {span} desde {anchor}; la página del pedido no mostraba esa fecha, así que compruébela en el pedido.',
  'advice.deadline.file.passed':
    'El plazo para presentar la reclamación al seguro terminó el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.submitClaim.by':
    'Envíe la reclamación a más tardar el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Envíe la reclamación en un plazo de {span} desde {anchor}; la página del pedido no mostraba esa fecha, así que compruébela en el pedido.',
  'advice.deadline.submitClaim.passed':
    'El plazo para enviar la reclamación terminó el {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.deadline.askAnyway': 'Pídalo de todos modos: explique el retraso y guarde constancia.',
  'advice.deadline.soon': 'Queda muy poco: hágalo ahora.',
  'advice.start.unmoved.from':
    'Si el estado sigue sin cambios, abra el ticket a partir del {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.start.unmoved.after':
    'Si el estado sigue sin cambios, abra el ticket cuando hayan pasado {span} desde {anchor}.',
  'advice.start.noCompensation.from':
    'Si no ha recibido ninguna compensación, abra el ticket a partir del {date} ({span} desde {anchor} del {anchorDate}).',
  'advice.start.noCompensation.after':
    'Si no ha recibido ninguna compensación, abra el ticket cuando hayan pasado {span} desde {anchor}.',

  'advice.rule.assumed': 'La fuente lo indica para {regions}; suponemos que también se aplica en {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'La página oficial dice "30 días" sin indicar desde cuándo; las copias de la política publicadas por terceros los cuentan desde la recepción.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Excluye artículos de segunda mano, de colección y de venta final. Una devolución debe dejarse en un punto de entrega en un plazo de 14 días.',
  'advice.rule.vnBuyerReturns15d.note':
    'Los motivos incluyen no recibir el pedido, artículos incorrectos o defectuosos y la entrega tardía. Algunas categorías están excluidas. Una publicación anterior de VN indicaba 6 días.',
  'advice.rule.idBuyerReturns6d.note':
    'Después, el comprador aún puede escribir al vendedor o contactar con TikTok en Pedidos > Contactar con TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Los artículos defectuosos también dan derechos legales frente al vendedor más allá de estos plazos (sección 7 de la política).',
  'advice.rule.euSpanishEdition.note':
    'Leído en la edición en español de la política de la UE (última actualización: 1 de julio de 2025); no se revisaron otros idiomas.',
  'advice.rule.usSellerLost10Calendar.note':
    'Envíos nacionales. Un paquete perdido puede llevar a la cancelación del pedido y al reembolso al comprador.',
  'advice.rule.usSellerLost7Business.note':
    'Aquí los días hábiles solo excluyen los fines de semana; la extensión no conoce los días festivos.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Cubre hasta 200 USD automáticamente (más si se contrató con la etiqueta); el paquete debe tener un escaneo del transportista.',
  'advice.rule.seaSellerClaim40d.note':
    'Contado como en el ejemplo de TikTok: última actualización el 1 de febrero de 2024, reclamación a más tardar el 11 de marzo de 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Contamos desde la última actualización logística, suponiendo que es el cambio a perdido o dañado.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'La página no muestra la hora de carga; tomamos la fecha de envío, así que el plazo real puede terminar antes.',
  'advice.rule.usSellerTrackingTicket30d.note':
    'Incluya el número de seguimiento y el transportista originales y también los nuevos.',

  'advice.noScan':
    'TikTok considera perdido un paquete de Seller Shipping tras 7 días hábiles (o 10 días naturales) sin escaneo del transportista.',
  'advice.noScan.dated':
    'TikTok considera perdido un paquete de Seller Shipping tras 7 días hábiles (o 10 días naturales) sin escaneo del transportista: a partir del {date}, contando desde el último escaneo del {lastScan}.',

  'advice.when.now': 'Ahora',
  'advice.when.everyContact': 'Cada vez que contacte con alguien',
  'advice.when.sellerNotSolved': 'Si el vendedor no lo ha resuelto en 2 días',
  'advice.when.afterNoScan': 'Tras 7 días hábiles sin un nuevo escaneo',
  'advice.when.checksDone': 'Una vez hechas las comprobaciones anteriores',
  'advice.when.ifNotByEstimate': 'Si no ha llegado nada en la fecha estimada ({date})',
  'advice.when.estimatePassed': 'Ahora: la fecha de entrega estimada ({date}) ya pasó',
  'advice.when.arrivesLate': 'Cuando llegue con retraso',
  'advice.when.carrierReportsLost': 'Cuando el transportista lo declare perdido',
  'advice.when.trackingStalled': 'Si el seguimiento lleva varios días sin cambios',
  'advice.when.requestStalls': 'Si la solicitud se rechaza o se estanca',
  'advice.when.heldOrSentBack': 'Si el paquete queda retenido o se devuelve',
  'advice.when.beforeUnpacking': 'Ahora, antes de seguir desembalando',
  'advice.when.returnWindowClosed': 'Si el plazo de devolución de 30 días ya terminó',
  'advice.when.sellerRefuses': 'Si el vendedor se niega o no responde',
  'advice.when.backWithSeller': 'Cuando el paquete haya vuelto al vendedor',
  'advice.when.promisedDatePasses': 'Si pasa la fecha de envío prometida',
  'advice.when.beforeNoScan': 'Antes de que pasen 7 días hábiles sin escaneo',
  'advice.when.asSoonAsNoticed': 'En cuanto se dé cuenta',
  'advice.when.editUsed': 'Si ya usó la única modificación o pasaron sus 72 horas',
  'advice.when.requestArrives': 'En cuanto llegue la solicitud',
  'advice.when.beforeLabel': 'Antes de imprimir la etiqueta de envío',
  // "Tag" is the warning Seller Center shows on the order: "etiqueta de aviso", so it is not read as the shipping label.
  'advice.when.tagAppears': 'Cuando aparezca la etiqueta de aviso en el pedido',
  'advice.when.whileReturning': 'Mientras el paquete está en devolución',
  'advice.when.handlingTime': 'Dentro del plazo de preparación configurado en Seller Center',
  'advice.when.handOver': 'Al entregar el paquete al transportista',
  'advice.when.afterPickup': '24 horas después de la recogida',

  'advice.appliesIf.seller.platform': 'Si TikTok gestionó el envío (TikTok Shipping / Enviado por la plataforma)',
  'advice.appliesIf.seller.sellerShipping':
    'Si envió con su propio transportista (Seller Shipping / Enviado por el vendedor)',
  'advice.appliesIf.buyer.platform': 'Si TikTok gestionó el envío',
  'advice.appliesIf.buyer.sellerShipping': 'Si el vendedor envió con su propio transportista',
  'advice.appliesIf.fbt': 'Si el pedido se gestiona con Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'Copiar un mensaje para el vendedor',
  'advice.copy.buyerMessage': 'Copiar un mensaje para el comprador',
  'advice.copy.tiktokChat': 'Copiar un mensaje para el soporte de TikTok Shop',
  'advice.copy.ticket': 'Copiar el texto del ticket',
  'advice.copy.request': 'Copiar el texto de la solicitud',
  'advice.copy.claim': 'Copiar el texto de la reclamación',
  'advice.copy.callNotes': 'Copiar notas para la llamada',
  'advice.copy.carrierEmail': 'Copiar un correo para el transportista',
  'advice.open.policy': 'Leer la política',
  'advice.open.usProtections': 'Protecciones de TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Garantía de reembolso',
  'advice.open.sellerShippingRules': 'Normas de Seller Shipping',
  'advice.open.editTracking': 'Modificar la información de seguimiento',
  'advice.open.trackingValidation': 'Validación del número de seguimiento',
  'advice.open.returnRules': 'Normas de devolución',
  'advice.open.failedDelivery': 'Pedidos con entrega fallida',
  'advice.open.returnedParcels': 'Paquetes devueltos',
  'advice.open.pickupRules': 'Normas de recogida',

  'advice.step.track.title': 'Consulte el seguimiento en la web del transportista',
  'advice.step.track.detail':
    'La página del transportista suele mostrar escaneos, notas de entrega o incidencias que la página del pedido aún no ha recogido.',
  'advice.step.track.detail.lastScan':
    'Busque el último escaneo y cualquier aviso de incidencia (dañado, problema con la dirección, devuelto).',
  'advice.step.track.detail.customs':
    'La página del transportista indica si la aduana retiene el paquete y si hay aranceles que pagar.',
  'advice.step.track.detail.whyReturned':
    'Averigüe por qué se devolvió: intentos de entrega fallidos, un problema con la dirección o espera en un punto de recogida.',
  'advice.step.track.detail.compare':
    'Compare el seguimiento del transportista con la página del pedido; pueden no coincidir.',
  'advice.step.track.detail.lastScanDate':
    'Anote la fecha del último escaneo: los plazos de reclamación se cuentan desde ella.',
  'advice.step.track.detail.deliveryScan': 'Revise el escaneo de entrega: hora, lugar y cualquier foto o firma.',
  'advice.step.track.detail.customsSeller': 'Compruebe si la aduana retiene el paquete y qué está esperando.',
  'advice.step.track.detail.whyComingBack':
    'Averigüe por qué vuelve: intentos de entrega fallidos, problema con la dirección o rechazo.',

  'advice.step.keepRecords.title': 'Guarde constancia de cada contacto',
  'advice.step.keepRecords.detail':
    'Anote cada chat, llamada, ticket y reclamación con su fecha y número de referencia en el registro del caso, y guarde capturas de pantalla del seguimiento y de la página del pedido.',

  'advice.step.messageSeller.title': 'Escriba al vendedor',
  'advice.step.messageSeller.detail':
    'El vendedor contrató al transportista y puede consultarle, reenviar el pedido o reembolsarlo. Escríbale desde el pedido en la app de TikTok para que el chat quede registrado.',
  'advice.step.messageSeller.detail.redirect':
    'Indique al vendedor la dirección correcta; puede pedir a su transportista que redirija el paquete o reenviarlo.',
  'advice.step.messageSeller.detail.updateAddress':
    'Pida al vendedor que actualice la dirección de envío antes de enviarlo: es el momento más fácil para corregirla.',
  'advice.step.messageSeller.detail.customs':
    'El vendedor puede facilitar la factura o los datos aduaneros. TikTok Shop no publica una política de aduanas para compradores; quién paga los aranceles depende del anuncio y de su país.',
  'advice.step.messageSeller.detail.reship':
    'Pida al vendedor que lo reenvíe cuando el paquete haya vuelto, o que le haga un reembolso.',
  'advice.step.messageSeller.detail.whenShips':
    'Pregunte al vendedor cuándo enviará el pedido. Cuando lo haga, el número de seguimiento aparecerá en el pedido y Carrier Finder podrá mostrar el transportista.',

  'advice.step.contactTiktok.title': 'Contacte con el servicio de atención al cliente de TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Si el vendedor no puede ayudarle o no responde, abra un caso con TikTok Shop en la app.',
  'advice.step.contactTiktok.detail.notShipped':
    'Si no se ha enviado en la fecha que prometía la página del pedido, pregunte a TikTok Shop por la cancelación o un reembolso.',
  'advice.step.contactTiktok.scamWarning':
    'El soporte de TikTok nunca pide datos de tarjeta, contraseñas ni códigos de un solo uso por teléfono, correo electrónico o chat.',

  'advice.step.messageBuyer.title': 'Explique al comprador lo que está pasando',
  'advice.step.messageBuyer.detail':
    'Un mensaje breve ahora permite al comprador revisar lo que depende de él y demuestra que usted ya se está ocupando, antes de que abra una disputa.',
  'advice.step.messageBuyer.detail.checkAround':
    'Pida al comprador que revise la dirección, pregunte en su casa y a sus vecinos, mire alrededor de la puerta y busque cualquier aviso del transportista sobre un punto de recogida.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Confirme con el comprador la dirección correcta y completa en el chat del pedido.',
  'advice.step.messageBuyer.detail.customs':
    'Informe al comprador de que el paquete está en aduana y de si podrían cobrarle aranceles.',
  'advice.step.messageBuyer.detail.redeliver':
    'Pida al comprador que confirme la dirección y si todavía quiere que se le vuelva a entregar el paquete.',
  'advice.step.messageBuyer.detail.whenShips': 'Informe al comprador de cuándo se enviará el pedido.',

  'advice.step.usNoScan.title': 'Consulte a TikTok Shop cuando el paquete se considere perdido',
  'advice.step.usNoScan.detail':
    'Eso puede llevar a que el pedido se cancele y se reembolse: contacte entonces con atención al cliente.',

  'advice.step.requestRefund.title': 'Solicite una devolución o un reembolso en la app',
  'advice.step.requestRefund.title.us': 'Solicite un reembolso: "No se recibió el paquete"',
  'advice.step.requestRefund.notReceived': 'Si sigue sin encontrarlo, pida un reembolso por no haberlo recibido.',
  'advice.step.requestRefund.damaged':
    'Pida una devolución o un reembolso por el artículo dañado, defectuoso o incorrecto.',
  'advice.step.requestRefund.inApp':
    'Abra el pedido en la app de TikTok y solicite una devolución o un reembolso con el motivo que corresponda.',
  'advice.step.requestRefund.noLimit':
    'No tenemos registrado ningún plazo de TikTok para {market}, así que hágalo pronto.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'No tenemos registrado ningún plazo de TikTok para su mercado, así que hágalo pronto.',
  // TikTok's EU policy in Spanish calls them "derecho legal de cancelación" and "ventaja de devolución ampliada".
  'advice.step.requestRefund.rightToCancel.dated':
    'Su derecho legal de cancelación dura hasta el {date} (14 días desde la recepción); el plazo de 30 días es la ventaja de devolución ampliada.',
  'advice.step.requestRefund.rightToCancel':
    'Su derecho legal de cancelación dura 14 días desde la recepción; el plazo de 30 días es la ventaja de devolución ampliada.',

  'advice.step.lateDeliveryRefund.title': 'La entrega tardía es motivo para solicitar un reembolso',
  'advice.step.lateDeliveryRefund.detail':
    'TikTok incluye el envío o la entrega con retraso entre los motivos para solicitar una devolución o un reembolso.',

  'advice.step.usDeliveryGuarantee.title': 'Conozca su cobertura: la garantía de entrega de TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'TikTok Shop indica que recibirá un reembolso automático si el transportista declara el paquete perdido o dañado.',

  'advice.step.carrierTrace.title': 'Pida al transportista que investigue dónde está el paquete',
  'advice.step.carrierTrace.detail':
    'Solo el transportista puede confirmar una pérdida. Muchos transportistas solo aceptan reclamaciones del remitente, así que puede que tenga que presentarla el vendedor o TikTok Shop; aun así, la referencia de la investigación les ayuda.',

  'advice.step.checkAround.title': 'Revise la dirección y los alrededores del lugar de entrega',
  'advice.step.checkAround.detail':
    'Revise la dirección del pedido, pregunte en su casa y a sus vecinos, mire alrededor de la puerta, el porche, el garaje y la puerta trasera, y busque un aviso de intento de entrega o de un punto de recogida.',

  'advice.step.carrierWhereDelivered.title': 'Pregunte al transportista dónde exactamente se entregó',
  'advice.step.carrierWhereDelivered.detail':
    'El transportista puede tener una foto de la entrega, un punto GPS o una firma, o puede haberlo marcado como entregado antes de tiempo. Si la dirección era incorrecta, quizá pueda redirigir el paquete.',

  'advice.step.carrierRedirectOrHold.title': 'Pida al transportista que redirija o retenga el paquete',
  'advice.step.carrierRedirectOrHold.detail':
    'A veces los transportistas pueden redirigir un paquete o guardarlo para que lo recoja; tenga a mano el número de seguimiento y la dirección correcta.',

  'advice.step.carrierCustoms.title': 'Pregunte al transportista qué necesita la aduana',
  'advice.step.carrierCustoms.detail':
    'El transportista (o el correo nacional) despacha el paquete en aduana y cobra los aranceles. Pague solo en la web oficial del transportista o en persona, nunca a través de un enlace recibido por SMS.',

  'advice.step.documentDamage.title': 'Fotografíe todo antes de tirar nada',
  'advice.step.documentDamage.detail':
    'Tome fotos claras del artículo, la caja y la etiqueta con el número de seguimiento, y guarde el embalaje. Las fotos borrosas o poco concluyentes pueden hacer que se rechace una reclamación.',

  'advice.step.moneyBackGuarantee.title': 'Tras el plazo de devolución: la garantía de reembolso',
  'advice.step.moneyBackGuarantee.detail': 'Para artículos dañados o defectuosos.',
  'advice.step.moneyBackGuarantee.link':
    'Busque el enlace de la garantía de reembolso en la página Detalles del pedido.',

  'advice.step.carrierRedeliver.title': 'Pida al transportista una nueva entrega o recogerlo usted',
  'advice.step.carrierRedeliver.detail':
    'Si el paquete fue a un punto de recogida y aún no ha salido de allí, el transportista a menudo puede volver a entregarlo o guardárselo.',

  'advice.step.thAutoRefund.title': 'Un paquete devuelto al vendedor se reembolsa',
  'advice.step.thAutoRefund.detail':
    'Cuando el estado pasa a "Devuelto al vendedor" (Delivered Back to Seller), TikTok Shop cancela el pedido y lo reembolsa automáticamente.',

  'advice.step.sellerSupport.title': 'Abra un ticket con el soporte para vendedores de TikTok',
  'advice.step.sellerSupport.title.ask': 'Consulte al soporte para vendedores de TikTok',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Centro de ayuda > Contáctanos; agentes disponibles todos los días de 5:00 a 23:00, hora del Pacífico. Con TikTok Shipping, los paquetes cuyo seguimiento lleva más de 10 días sin cambios se compensan automáticamente.',
  'advice.step.sellerSupport.detail.chase':
    'Pida al soporte que solicite al transportista una actualización del estado.',
  'advice.step.sellerSupport.detail.redirect': 'Pida al soporte que el transportista corrija o redirija la entrega.',
  'advice.step.sellerSupport.detail.customs':
    'Si TikTok gestionó el envío, su transportista se encarga del despacho de aduana: pregunte al soporte qué necesita la aduana.',
  'advice.step.sellerSupport.detail.returning':
    'Pregunte al soporte dónde está el paquete en devolución y si puede volver a entregarse.',
  'advice.step.sellerSupport.detail.pickup':
    'Consulte al soporte sobre la recogida si el transportista no ha recogido el paquete.',

  'advice.step.usLostThreshold.title': 'Haga que el paquete avance antes de que se considere perdido',
  'advice.step.usLostThreshold.passed':
    'Esa fecha ya pasó: puede que TikTok ya considere perdido el paquete, lo que puede cancelar el pedido y reembolsar al comprador. Pida ahora al transportista una investigación y su confirmación.',
  'advice.step.usLostThreshold.ahead':
    'Un paquete perdido puede suponer la cancelación del pedido y el reembolso al comprador, así que insista al transportista para que haya un escaneo o una investigación antes de esa fecha.',

  'advice.step.usEditTracking.title': 'Si el número de seguimiento cargado es incorrecto: modifíquelo una vez',
  'advice.step.usEditTracking.detail':
    'El número de seguimiento se puede modificar una sola vez, en las 72 horas siguientes a su carga.',
  'advice.step.usTrackingTicket.title': 'Después: corríjalo mediante un ticket de soporte',
  'advice.step.usTrackingTicket.detail':
    'Envíe el número de seguimiento y el transportista originales y también los nuevos.',

  'advice.step.usShippingClaim.title': 'Presente la reclamación de TikTok Shipping',
  'advice.step.usShippingClaim.where':
    'Preséntela desde Gestionar pedidos (Manage Orders) o Detalles del pedido (Order Details).',
  'advice.step.usShippingClaim.insurer':
    'La aseguradora (U-PIC) decide en 7-10 días hábiles y puede pedir al comprador una declaración jurada; las apelaciones se presentan ante U-PIC.',

  'advice.step.seaClaim.title.lost': 'Reclame una compensación: Paquete perdido',
  'advice.step.seaClaim.title.damaged': 'Reclame una compensación: Paquete dañado',
  'advice.step.seaClaim.title.notReceived': 'Reclame una compensación: Entregado pero no recibido',

  'advice.claim.lost.sea':
    'TikTok compensa automáticamente los paquetes perdidos enviados por la plataforma y reembolsa al comprador.',
  'advice.claim.lost.us':
    'Con Upgraded TikTok Shipping, TikTok gestiona la reclamación y aprueba "Paquete perdido" (Package Lost) automáticamente cuando el transportista confirma la pérdida.',
  'advice.claim.lost.other': 'Comunique la pérdida del paquete y pregunte por una compensación.',
  'advice.claim.notReceived.sea':
    'Primero apruebe la solicitud de reembolso del comprador; cuando se complete el reembolso, reclame la compensación.',
  'advice.claim.notReceived.us':
    'Con Upgraded TikTok Shipping, TikTok aprueba "Entregado pero no recibido" (Delivered But Not Received) automáticamente cuando se cumplen los requisitos de su política.',
  'advice.claim.notReceived.other':
    'Comunique que el paquete figura como entregado pero no se recibió, y pregunte cómo reclamar.',
  'advice.claim.damaged.sea':
    'TikTok compensa automáticamente los paquetes dañados enviados por la plataforma y reembolsa al comprador.',
  'advice.claim.damaged.us':
    'Con Upgraded TikTok Shipping, un paquete vacío o un artículo que falta o es incorrecto se revisa caso por caso, según las pruebas de culpa del transportista.',
  'advice.claim.damaged.other': 'Comunique el daño con las pruebas y pregunte por una compensación.',
  'advice.claim.returned.sea':
    'Si pierde tanto el pago como la mercancía (el paquete nunca vuelve), puede reclamar una compensación.',

  'advice.step.respondInTime.title': 'Responda a tiempo a la solicitud de devolución del comprador',
  'advice.step.respondInTime.detail.vn':
    'Gestione una solicitud de devolución o reembolso en el plazo de 1 día hábil desde que el comprador la envía, o se aprobará automáticamente.',
  'advice.step.respondInTime.detail.id':
    'Gestione una solicitud de devolución en un plazo de 48 horas, o se aprobará automáticamente.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: TikTok se encarga',
  'advice.step.fbtSupport.detail': 'El almacén de TikTok envió este pedido.',
  'advice.step.fbtSupport.chase': 'Pida al soporte para vendedores que haga el seguimiento de la entrega.',
  'advice.step.fbtSupport.reimburse':
    'TikTok reembolsa los paquetes de Fulfilled by TikTok perdidos o dañados: comuníquelo al soporte para vendedores.',
  'advice.step.fbtSupport.notReceived':
    'Comunique al soporte para vendedores que el paquete figura como entregado pero no se recibió.',
  'advice.step.fbtSupport.customs': 'Pregunte al soporte para vendedores qué necesita la aduana.',
  'advice.step.fbtSupport.returned': 'Consulte al soporte para vendedores sobre el paquete devuelto.',
  'advice.step.fbtSupport.warehouse':
    'Lo envía el almacén de TikTok; si se retrasa, consulte al soporte para vendedores.',

  'advice.step.ticketUnmoved.title': 'Ticket: Seguimiento sin movimiento',
  'advice.step.ticketUnmoved.detail': 'El soporte hace el seguimiento con el transportista.',

  'advice.step.carrierStatus.title': 'Pida a su transportista una actualización del estado',
  'advice.step.carrierStatus.detail.sea':
    'Consulte con su proveedor logístico. Si se entregó pero el estado no avanza, actualice usted mismo el estado de entrega y suba la prueba de entrega.',
  'advice.step.carrierStatus.detail':
    'Con su propio transportista, TikTok no hace el seguimiento del envío por usted: pida al transportista un escaneo o una investigación.',

  'advice.step.carrierConfirmLoss.title': 'Pida al transportista que confirme la pérdida',
  'advice.step.carrierConfirmLoss.detail':
    'Según se informa, TikTok pide la confirmación del transportista antes de pagar una reclamación por paquete perdido: solo el transportista puede declarar perdido un paquete. Sin confirmar: lo publicó un sitio de terceros que sigue los cambios de política de TikTok; no se leyó en la página de TikTok.',

  'advice.step.carrierClaim.title.lost': 'Abra una investigación y una reclamación con su transportista',
  'advice.step.carrierClaim.detail.lost.us':
    'TikTok no gestiona reclamaciones logísticas ni de seguro de Seller Shipping: la reclamación es entre usted y su transportista.',
  'advice.step.carrierClaim.detail.lost.sea':
    'TikTok investiga y reembolsa solo los paquetes enviados por la plataforma: si usó su propio transportista, reclámele directamente.',
  'advice.step.carrierClaim.detail.lost':
    'Con su propio transportista, la reclamación es entre usted y el transportista; guarde la etiqueta y el comprobante de entrega del paquete.',
  'advice.step.carrierClaim.title.damaged': 'Presente una reclamación por daños a su transportista',
  'advice.step.carrierClaim.detail.damaged': 'Envíe las fotos, los detalles del embalaje y la etiqueta.',

  'advice.step.carrierProofOfDelivery.title': 'Pida a su transportista la prueba de entrega',
  'advice.step.carrierProofOfDelivery.detail':
    'Pida la foto de la entrega, el punto GPS o la firma, y abra una reclamación si no se encuentra el paquete.',

  'advice.step.updateAddress.title': 'Corrija la dirección antes de enviar',
  'advice.step.updateAddress.detail':
    'Antes del envío es el momento más fácil: los vendedores pueden actualizar la dirección de envío del comprador.',

  'advice.step.carrierRedirect.title': 'Pida al transportista que redirija el paquete',
  'advice.step.carrierRedirect.detail':
    'A veces los transportistas pueden redirigir un paquete en tránsito o guardarlo para que lo recojan.',

  'advice.step.usTrackingAddressIssue.title':
    'Si Seller Center muestra "Tracking address issue" (problema de dirección en el seguimiento)',
  'advice.step.usTrackingAddressIssue.detail':
    'Esa etiqueta de aviso significa que el código postal del seguimiento no coincide con el del comprador. Haga clic en ella para ver la solución y el enlace para crear un ticket.',

  'advice.step.thContactLogistics.title':
    'Use "Contactar con el servicio logístico" (Contact Logistics Service) en el pedido',
  'advice.step.thContactLogistics.detail':
    'Los pedidos con un problema logístico muestran una etiqueta de aviso con "Contactar con el servicio logístico", que abre un ticket dirigido al proveedor logístico. Las entregas fallidas aparecen en Pedidos > Gestionar pedidos > Entrega fallida.',

  'advice.step.carrierCustomsDocuments.title': 'Entregue a su transportista los documentos de aduana',
  'advice.step.carrierCustomsDocuments.detail':
    'Envíe la factura comercial y los datos de los artículos que pida el transportista; pregunte si los aranceles se cobran al comprador.',

  'advice.step.collectEvidence.title': 'Reúna las pruebas',
  'advice.step.collectEvidence.detail':
    'Pida al comprador fotos o un video del desembalaje; guarde sus fotos del embalaje, los materiales usados y la etiqueta con el número de seguimiento visible.',

  'advice.step.carrierRedelivery.title': 'Consulte al transportista sobre una nueva entrega',
  'advice.step.carrierRedelivery.detail':
    'Un paquete que sigue en manos del transportista a menudo puede volver a entregarse o guardarse para recogerlo.',

  'advice.step.thFailedDelivery.title': 'Vigile la pestaña Entrega fallida (Failed Delivery)',
  'advice.step.thFailedDelivery.detail':
    'En Pedidos > Gestionar pedidos > Entrega fallida: cuando el estado sea "Devuelto al vendedor", el pedido se cancela y se reembolsa automáticamente. Un paquete devuelto que usted no acepte se destruye; si falla su entrega de vuelta, tiene 7 días para pedir que se lo devuelvan.',

  'advice.step.uploadTracking.title': 'Cargue un número de seguimiento válido dentro de su plazo de preparación',
  'advice.step.uploadTracking.detail':
    'Una vez comprada la etiqueta, añada su número de seguimiento: Gestionar pedidos > Pendiente de envío > Añadir información de seguimiento, con un proveedor de envío compatible. TikTok marca los números de seguimiento cuyo primer escaneo es de más de 24 horas antes del pedido, o cuyo código postal no coincide.',

  'advice.step.usPickupProof.title': 'Organice la recogida y guarde la prueba de entrega al transportista',
  'advice.step.usPickupProof.detail':
    'Con TikTok Shipping, usted organiza la recogida; guarde el formulario SCAN de USPS o la prueba de recogida, o los retrasos anteriores al primer escaneo contarán en su contra.',

  'advice.step.ticketPickup.title': '¿Recogido, pero el estado no es "Enviado"?',
  'advice.step.ticketPickup.detail':
    'Si el transportista lo recogió hace más de 24 horas y el estado no ha cambiado, abra un ticket con pruebas de la recogida.',

  'advice.step.carrierHandover.title': 'Programe la recogida o lleve el paquete a su transportista',
  'advice.step.carrierHandover.detail':
    'Entregue el paquete y guarde el comprobante de entrega o la prueba de recogida con el número de seguimiento.',

  'advice.note.idCountedFromDelivered':
    'Contado desde la fecha de Entregado, tomada como el día en que se recibió el pedido.',
  'advice.note.thirdPartyTracker':
    'Publicado por un sitio de terceros que sigue los cambios de política de TikTok; no se leyó en la página de TikTok.',
  'advice.note.thVnOnly': 'Indicado en la ayuda de Seller Center de TH y VN; se supone válido para este mercado.',

  'advice.reason.track':
    'El seguimiento del propio transportista es el registro de primera mano por el que le preguntarán en cada contacto posterior.',
  'advice.reason.keepRecords':
    'Los reembolsos, las reclamaciones y las disputas se deciden según las pruebas presentadas; un registro fechado de cada contacto es esa prueba.',
  'advice.reason.messageSeller':
    'El vendedor eligió el transportista y tiene los datos del envío; un mensaje en el chat del pedido queda registrado.',
  'advice.reason.contactTiktok':
    'TikTok Shop gestiona los reembolsos y las disputas entre compradores y vendedores dentro de la app.',
  'advice.reason.messageBuyer':
    'Mantener informado al comprador le permite revisar lo que depende de él (dirección, vecinos, avisos de recogida).',
  'advice.reason.requestRefund':
    'Las solicitudes de reembolso hechas en la app adjuntan el pedido automáticamente e inician el proceso de TikTok Shop.',
  'advice.reason.carrierTrace':
    'El transportista tiene los escaneos; un número de investigación da al vendedor y a TikTok algo con lo que actuar.',
  'advice.reason.checkAround':
    'La mayoría de los paquetes "entregados pero no recibidos" aparecen cerca o en un punto de recogida.',
  'advice.reason.carrierDeliveryRecord': 'El transportista tiene el registro de la entrega.',
  'advice.reason.carrierRedirect': 'Solo el transportista puede cambiar el destino de un paquete en tránsito.',
  'advice.reason.customsScam':
    'Los mensajes falsos de "tasas de aduana" son una estafa habitual; el directorio solo incluye los contactos oficiales de los transportistas.',
  'advice.reason.documentDamage':
    'Los reembolsos por artículos dañados o incorrectos se deciden según las fotos y el embalaje.',
  'advice.reason.redeliver':
    'Un paquete que sigue en manos del transportista a menudo puede volver a entregarse antes de que llegue al remitente.',
  'advice.reason.sellerSupport':
    'Cuando TikTok gestionó el envío, TikTok trata con su transportista; el soporte de Seller Center es la vía de acceso.',
  'advice.reason.fbt': 'Con Fulfilled by TikTok, el paquete lo envió TikTok, no el vendedor.',
  'advice.reason.ownCarrierClaim':
    'Con su propio transportista, el contrato y la reclamación son entre usted y el transportista.',
  'advice.reason.ownCarrierTrace': 'Solo su transportista puede mover o localizar un paquete que usted envió.',
  'advice.reason.proofOfDelivery': 'La prueba de entrega solo puede darla el transportista.',
  'advice.reason.notShipped': 'Todavía no se ha entregado nada a ningún transportista.',
  'advice.reason.customsDeclaration':
    'La aduana trata con el transportista que presentó la declaración, y el transportista trata con usted.',
  'advice.reason.damageEvidence': 'Las reclamaciones por daños se deciden según las fotos, el embalaje y la etiqueta.',
  'advice.reason.redeliverySeller': 'Una nueva entrega es más barata y rápida antes de que el paquete vuelva a usted.',
  'advice.reason.firstScan': 'El primer escaneo del transportista es lo que inicia el seguimiento que ve el comprador.',

  'advice.source.tiktokReachSupport': 'Ayuda de TikTok Shop: cómo contactar con el soporte',
  'advice.source.tiktokSellerSupport': 'Soporte para vendedores de TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: nunca recibí mi pedido, pero aparece como Entregado',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop: cómo contactar con el vendedor y con el servicio de atención al cliente de TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Garantía de reembolso de TikTok Shop',
  'advice.source.usProtections': 'Protecciones de TikTok Shop (devoluciones, garantía de entrega)',
  'advice.source.gbReturns': 'Política de cancelación y devoluciones de TikTok Shop en Reino Unido',
  'advice.source.euReturns': 'Política de cancelación y devoluciones de TikTok Shop en la UE (edición en español)',
  'advice.source.vnReturns':
    'TikTok Shop VN: ¿cuándo puede un comprador presentar una solicitud de devolución o reembolso?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: guía de devoluciones',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: ¿qué hago si mi pedido se pierde o llega dañado?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: ¿qué pasa si mi paquete se pierde, se daña o se desecha?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH: el comprador no recibió el pedido, pero el estado indica que se entregó',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: el estado logístico de mi pedido está atascado o no se actualiza',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: pedidos con entrega fallida',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: paquetes devueltos que el vendedor no acepta',
  'advice.source.usSellerShipping': 'TikTok Shop US: descripción general y servicios de Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: modificar la información de seguimiento',
  'advice.source.usTrackingValidation': 'TikTok Shop US: validación del número de seguimiento',
  'advice.source.usShippingInsurance': 'TikTok Shop US: seguro de envío',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: cómo presentar una reclamación de reembolso por incidencias logísticas de TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: política de cobertura y reembolso logístico de Upgraded TikTok Shipping y CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: normas y responsabilidades de recogida de TikTok Shipping y CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: cambio en la política de cobertura logística de TikTok Shop (sitio de terceros)',

  'advice.unknown.problem': 'No se reconoce este tipo de problema, así que no se pueden dar consejos.',
  'advice.unknown.countryRules':
    'Carrier Finder no tiene las normas de TikTok Shop para este país, así que los pasos son generales y no se muestran plazos del mercado.',
  'advice.unknown.market':
    'No se conoce su mercado de TikTok Shop, así que se omiten los plazos del mercado (por ejemplo, 30 días tras la entrega en EE. UU., 15 en Vietnam, 6 en Indonesia). Elija su país en las opciones.',
  'advice.unknown.carrier':
    'No se conoce el transportista, así que los botones de seguimiento y de contacto no pueden abrir sus páginas. Compruebe el nombre del transportista en la página del pedido.',
  'advice.unknown.mode':
    'No se conoce el modo de envío (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). De él depende quién gestiona las reclamaciones al transportista, así que esos pasos indican a qué caso se aplican.',
  'advice.unknown.anchorDate':
    'La página del pedido no mostraba la fecha de referencia ({anchor}), así que no se pudo calcular el plazo que se cuenta desde ella.',
  'advice.unknown.dates': 'No se encontraron fechas del pedido en la página, así que ningún paso tiene fecha.',

  'advice.msg.placeholder.orderId': '[número de pedido]',
  'advice.msg.placeholder.trackingNumber': '[número de seguimiento]',
  'advice.msg.placeholder.carrier': '[transportista]',
  'advice.msg.subjectLine': 'Asunto: {subject} (pedido {orderId})',
  'advice.msg.subject.delayed': 'Paquete retrasado, sin actualizaciones de seguimiento',
  'advice.msg.subject.lost': 'El paquete parece haberse perdido',
  'advice.msg.subject.notReceived': 'Marcado como entregado, pero no recibido',
  'advice.msg.subject.wrongAddress': 'Dirección de entrega incorrecta o incompleta',
  'advice.msg.subject.customs': 'Paquete retenido en aduana',
  'advice.msg.subject.damaged': 'Artículo dañado o incorrecto',
  'advice.msg.subject.returned': 'Paquete devuelto al remitente / entrega fallida',
  'advice.msg.subject.awaitingShipment': 'Pedido aún no enviado',
  'advice.msg.greeting': 'Hola:',
  'advice.msg.thanks': 'Gracias.',

  'advice.msg.problem.delayed.buyer': 'Mi paquete aún no ha llegado y el seguimiento no se ha actualizado.',
  'advice.msg.problem.delayed.buyer.since':
    'Mi paquete aún no ha llegado y el seguimiento no se ha actualizado desde el {date}.',
  'advice.msg.problem.delayed.seller':
    'El paquete de este pedido aún no ha llegado y el seguimiento no se ha actualizado.',
  'advice.msg.problem.delayed.seller.since':
    'El paquete de este pedido aún no ha llegado y el seguimiento no se ha actualizado desde el {date}.',
  'advice.msg.problem.lost.buyer': 'Mi paquete parece haberse perdido: el seguimiento no ha avanzado.',
  'advice.msg.problem.lost.buyer.since':
    'Mi paquete parece haberse perdido: el seguimiento no ha avanzado desde el {date}.',
  'advice.msg.problem.lost.seller': 'El paquete de este pedido parece haberse perdido: el seguimiento no ha avanzado.',
  'advice.msg.problem.lost.seller.since':
    'El paquete de este pedido parece haberse perdido: el seguimiento no ha avanzado desde el {date}.',
  'advice.msg.problem.notReceived.buyer':
    'El seguimiento indica que mi paquete se entregó, pero no lo he recibido. Ya he preguntado en mi casa y a mis vecinos, y he buscado alrededor de la dirección.',
  'advice.msg.problem.notReceived.buyer.on':
    'El seguimiento indica que mi paquete se entregó el {date}, pero no lo he recibido. Ya he preguntado en mi casa y a mis vecinos, y he buscado alrededor de la dirección.',
  'advice.msg.problem.notReceived.seller':
    'El seguimiento indica que el paquete se entregó, pero el comprador dice que no le ha llegado.',
  'advice.msg.problem.notReceived.seller.on':
    'El seguimiento indica que el paquete se entregó el {date}, pero el comprador dice que no le ha llegado.',
  'advice.msg.problem.wrongAddress.buyer':
    'La dirección de entrega de mi pedido es incorrecta o está incompleta, y hay que corregirla o redirigir el paquete.',
  'advice.msg.problem.wrongAddress.seller':
    'La dirección de entrega del pedido es incorrecta o está incompleta, y hay que corregirla o redirigir el paquete.',
  'advice.msg.problem.customs.buyer':
    'Mi paquete está retenido en aduana o pendiente del pago de aranceles de importación.',
  'advice.msg.problem.customs.seller':
    'El paquete de este pedido está retenido en aduana o pendiente del pago de aranceles de importación.',
  'advice.msg.problem.damaged.buyer':
    'Mi paquete llegó dañado, o con un artículo incorrecto o defectuoso. Tengo fotos del artículo, del embalaje y de la etiqueta.',
  'advice.msg.problem.damaged.seller':
    'El comprador indica que el paquete llegó dañado, o con un artículo incorrecto o defectuoso.',
  'advice.msg.problem.returned.buyer': 'Mi paquete se devolvió al remitente o la entrega no se pudo realizar.',
  'advice.msg.problem.returned.seller':
    'El paquete de este pedido se devolvió al remitente o la entrega no se pudo realizar.',
  'advice.msg.problem.awaitingShipment.buyer': 'Mi pedido aún no se ha enviado y no tiene número de seguimiento.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Mi pedido, realizado el {date}, aún no se ha enviado y no tiene número de seguimiento.',
  'advice.msg.problem.awaitingShipment.seller': 'Este pedido aún no se ha enviado.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Este pedido, realizado el {date}, aún no se ha enviado.',

  'advice.msg.line.orderNumber': 'Número de pedido: {orderId}',
  'advice.msg.line.trackingNumber': 'Número de seguimiento: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Número de seguimiento: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Fecha del pedido: {date}',
  'advice.msg.line.shipped': 'Fecha de envío: {date}',
  'advice.msg.line.estimatedDelivery': 'Entrega estimada: {date}',
  'advice.msg.line.delivered': 'Fecha de entrega: {date}',
  'advice.msg.line.lastUpdate': 'Última actualización del seguimiento: {date}',

  'advice.msg.ask.tiktok.buyer':
    '¿Podrían revisarlo con el vendedor y el transportista, e indicarme el siguiente paso?',
  'advice.msg.ask.tiktok.seller':
    '¿Podrían revisarlo con el proveedor logístico e indicarme el siguiente paso o la compensación que corresponda?',
  'advice.msg.ask.seller.awaitingShipment':
    '¿Podría indicarme cuándo se enviará o, si no puede enviarse pronto, cancelarlo y reembolsarme?',
  'advice.msg.ask.seller': '¿Podría consultar con el transportista e indicarme qué puede hacer (reenvío o reembolso)?',
  'advice.msg.ask.buyer':
    'Lamento las molestias. Estoy haciendo el seguimiento y le informaré en cuanto tenga respuesta.',
  'advice.msg.ask.carrier.delayed': '¿Podrían comprobar dónde está el paquete y cuándo se entregará?',
  'advice.msg.ask.carrier.lost':
    '¿Podrían abrir una investigación (búsqueda) de este paquete y facilitarme un número de referencia?',
  'advice.msg.ask.carrier.notReceived': '¿Podrían indicarme exactamente dónde y cómo se entregó (GPS, foto o firma)?',
  'advice.msg.ask.carrier.wrongAddress':
    '¿Podrían indicarme si el paquete puede redirigirse o guardarse para recogerlo?',
  'advice.msg.ask.carrier.customs':
    '¿Podrían indicarme qué se necesita para despacharlo en aduana y cómo pagar los aranceles en su propio sitio web?',
  'advice.msg.ask.carrier.damaged': '¿Podrían indicarme cómo comunicar el daño y qué pruebas necesitan?',
  'advice.msg.ask.carrier.returned':
    '¿Podrían indicarme por qué se devolvió y si puede volver a entregarse o recogerse?',
  'advice.msg.ask.carrier.awaitingShipment': '¿Podrían indicarme si se les ha entregado un paquete con este número?',

  'advice.msg.callNotes.heading': 'Notas de la llamada: {carrier}',
  'advice.msg.callNotes.problem': 'Problema: {problem}',
  'advice.msg.callNotes.ask': 'Qué preguntar: {ask}',
  'advice.msg.callNotes.writeDown':
    'Anote: fecha y hora, nombre del agente, número de referencia o de caso, y qué prometieron y para cuándo.',

  'tiktok.app.profile': 'Perfil',
  'tiktok.app.yourOrders': 'Tus pedidos',
  'tiktok.app.orders': 'Pedidos',
  'tiktok.app.theOrder': 'el pedido',
  'tiktok.app.theItem': 'el artículo',
  'tiktok.app.sellerName': 'el nombre del vendedor',
  'tiktok.app.message': 'Mensaje',
  'tiktok.app.help': 'Ayuda',
  'tiktok.app.getHelp': 'Obtener ayuda',
  'tiktok.app.chooseQuestion': 'Elige tu pregunta',
  'tiktok.app.contactUs': 'Contáctanos',
  'tiktok.app.contactTiktok': 'Contactar con TikTok',
  'tiktok.app.requestReturnOrRefund': 'Solicitar devolución o reembolso',
  'tiktok.app.packageNotReceived': 'No se recibió el paquete',
  'tiktok.app.continue': 'Continuar',
  'tiktok.app.orderDetails': 'Detalles del pedido',
  'tiktok.app.moneyBackGuaranteeLink': 'enlace de la garantía de reembolso',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Centro de ayuda',
  'tiktok.seller.contactUs': 'Contáctanos',
  'tiktok.seller.ticketLog': 'Registro de tickets',
  // The two English spellings ("Complaints & Disputes" / "Complaints & dispute") read the same in Spanish.
  'tiktok.seller.complaintsDisputes': 'Quejas y disputas',
  'tiktok.seller.complaintsDispute': 'Quejas y disputas',
  'tiktok.seller.complaintsDisputesLogistic': 'Quejas y disputas (relacionadas con la logística)',
  'tiktok.seller.complaintsDisputeLogistic': 'Quejas y disputas (relacionadas con la logística)',
  'tiktok.seller.logisticIssue': 'Problema logístico',
  'tiktok.seller.logisticIssueLower': 'Problema logístico',
  'tiktok.seller.deliveryInquiry': 'Consulta sobre el proceso de entrega',
  'tiktok.seller.packageLost': 'Paquete perdido',
  'tiktok.seller.packageDamaged': 'Paquete dañado',
  'tiktok.seller.deliveredNotReceived': 'Entregado pero no recibido',
  'tiktok.seller.unmovedTracking': 'Seguimiento sin movimiento',
  'tiktok.seller.pickUpIssues': 'Problemas de recogida',
  'tiktok.seller.pickedUpNotUpdated': 'Recogido, pero el estado logístico no se ha actualizado',

  'tiktok.page.euReturnsSpanish': 'Política de devoluciones y reembolsos de TikTok Shop (EEE, en español)',
  'tiktok.page.esReturns': 'Política de devoluciones y reembolsos de TikTok Shop (EEE)',
  'tiktok.page.usMoneyBackGuarantee': 'Garantía de reembolso de TikTok Shop',
  'tiktok.page.gbReturns': 'Política de devoluciones y reembolsos de TikTok Shop (Reino Unido)',
  'tiktok.page.usNotReceived': 'Paquete marcado como entregado, pero no recibido',
  'tiktok.page.usContactSellerOrTiktok': 'Cómo contactar con el vendedor o con TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: contactar con el soporte de TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: incidencias logísticas y tickets',
  'tiktok.page.thSellerHelp': 'Seller Center: tickets logísticos (perdido, dañado, no recibido)',
  'tiktok.page.idSellerHelp': 'Seller Center: Centro de ayuda y Registro de tickets',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping en Reino Unido y la UE (transportistas por mercado)',
  'tiktok.page.usSellerShippingRules':
    'Normas de Seller Shipping (plazos de entrega, paquetes perdidos, correcciones del seguimiento)',
  'tiktok.page.thShippingModes': 'Ship by TikTok y Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Paquetes perdidos o dañados enviados por la plataforma: compensación',
  'tiktok.page.idReturns': 'Devoluciones y reembolsos (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims':
    'Reclamaciones al seguro de TikTok Shipping (en los 90 días siguientes a la fecha de envío)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping y Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Entregas fallidas y paquetes en devolución',
  'tiktok.page.vnBuyerReturns': 'Normas de devolución y reembolso para compradores (15 días tras la entrega)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (venta global)',
  'tiktok.page.globalTicket': 'Crear un ticket (Seller Center de venta global)',
  'tiktok.page.sellerUniversity': 'Seller University (ayuda de Seller Center)',
  'tiktok.page.sellerTicket': 'Ticket de soporte de Seller Center',

  'tiktok.note.unknownRegion':
    'No conocemos su mercado de TikTok Shop, así que esta es la ruta general de TikTok en Seller Center (documentada para EE. UU.). Elija su país en las opciones para ver el Seller Center y las páginas de políticas de su mercado.',
  'tiktok.note.unknownRegionBuyer':
    'No conocemos su mercado de TikTok Shop, así que esta es la ruta general de TikTok en la app (documentada para EE. UU.). Elija su país en las opciones para ver la ruta y las páginas de políticas de su mercado.',
  'tiktok.note.usBuyerPath':
    'Pregunte primero al vendedor: Perfil > Tus pedidos > el nombre del vendedor > Mensaje. Si no puede ayudarle, contacte aquí con TikTok.',
  'tiktok.note.seaBuyerPath':
    'Redacción anterior de la ayuda para vendedores de TikTok Shop del Sudeste Asiático e Indonesia; la app actual puede llamar de otra forma a los pasos.',
  'tiktok.note.elsewhereBuyerPath':
    'TikTok documenta esta ruta para EE. UU.; la app de su mercado puede llamar de otra forma a los pasos.',
  'tiktok.note.euReturnsSpanishOnly':
    'Solo se encontró la versión en español de la política del EEE; no se confirmaron las versiones en otros idiomas.',
  'tiktok.note.usMoneyBackGuarantee':
    'Cubre hasta 90 días desde "Entregado"; encontrará el enlace en la página Detalles del pedido.',
  'tiktok.note.gbReturns':
    'Derecho de cancelación de 14 días más una ventaja de devolución ampliada de 30 días desde la recepción.',
  'tiktok.note.esReturns': 'Política del EEE, última actualización: 1 de julio de 2025.',
  'tiktok.note.usNotReceived':
    'Solicite una devolución o un reembolso en los 30 días siguientes a la actualización "Entregado", con el motivo "No se recibió el paquete".',
  'tiktok.note.usSellerHours':
    'Agentes disponibles todos los días de 5:00 a 23:00 (hora del Pacífico, PST); fuera de ese horario, solo preguntas frecuentes.',
  'tiktok.note.usSellerPath': 'A través del icono del Asistente o del Centro de ayuda en Seller Center.',
  'tiktok.note.seaSellerPath':
    'Documentado en la ayuda de Seller Center de Vietnam; TikTok usa el mismo proceso en todo el Sudeste Asiático.',
  'tiktok.note.elsewhereSellerPath':
    'TikTok documenta esta ruta para el Seller Center de EE. UU.; el Seller Center de su mercado puede llamarla de otra forma.',
  'tiktok.note.partnerDocumentation': 'Documentación para socios de TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'El Seller Center de venta global, tal como lo describe una guía para vendedores; TikTok no ha confirmado esta ruta.',
  'tiktok.note.sellerGuideAddress': 'Dirección tomada de una guía para vendedores; TikTok no la ha confirmado.',
  'tiktok.note.universityNotOpened':
    'Seller University está en /university en cada dominio de Seller Center; no se abrió esta página de inicio.',
  'tiktok.note.hostNotConfirmed':
    'Esta dirección de Seller Center no está confirmada en ninguna página oficial de TikTok.',
  'tiktok.note.vnTicketAddress':
    'Dirección de la página de tickets no confirmada por TikTok; el artículo enlazado describe el proceso de los tickets.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Dirección no confirmada para este mercado. Si no se abre, use Centro de ayuda > Contáctanos en Seller Center.',
};
