import type { AdviceKey } from '../en/advice';

/**
 * Brazilian Portuguese messages of the advice (source: ../en/advice.ts). Machine-assisted; not yet reviewed by a
 * native speaker.
 *
 * "Você" throughout, imperatives as Brazilian apps write them ("Peça", "Verifique"). TikTok Shop Brazil's own words
 * where known (research: "Pedidos", "Detalhes do pedido", "código de rastreamento"); "transportadora", "extraviado"
 * (lost, as Correios says it), "movimentação" for a carrier scan, "chamado" for a support ticket, "pedido de
 * indenização" for a claim with a carrier or insurer, "dias corridos" / "dias úteis". No official Portuguese label
 * list was found for the rest of the TikTok app and Seller Center, so those labels follow lib/page/labels.ts and
 * common usage. Labels that exist only in the US or Thai Seller Center (shown there in English) keep the English
 * original in brackets so the user can find them. Anchors ({anchor}) carry their article ("a entrega", "o status
 * Entregue") and only follow words that do not contract with it ("após", "desde", never "de" / "em").
 */
export const ADVICE: Readonly<Record<AdviceKey, string>> = {
  'advice.join': '{first} {second}',
  'advice.notCertain': 'Não confirmado: {note}',
  'advice.open.addressNotConfirmed': '{label} (link não confirmado)',

  'advice.span.calendar': '{count, plural, one {# dia corrido} other {# dias corridos}}',
  'advice.span.business': '{count, plural, one {# dia útil} other {# dias úteis}}',

  'advice.anchor.deliveredStatus': 'o status Entregue',
  'advice.anchor.delivery': 'a entrega',
  'advice.anchor.receipt': 'o recebimento',
  'advice.anchor.lastCarrierScan': 'a última movimentação da transportadora',
  'advice.anchor.shipDate': 'a data de envio',
  'advice.anchor.lastLogisticsUpdate': 'a última atualização logística',
  'advice.anchor.lostOrDamagedStatus': 'a mudança de status para extraviado ou danificado',
  'advice.anchor.trackingUpload': 'o cadastro do código de rastreamento (considerado a data de envio)',
  'advice.anchor.orderDate': 'a data do pedido',

  'advice.deadline.request.by': 'Faça a solicitação até {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.request.within':
    'Faça a solicitação em até {span} após {anchor}; a página do pedido não mostrava essa data, então confira no pedido.',
  'advice.deadline.request.passed':
    'O prazo para fazer a solicitação terminou em {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.claim.by': 'Acione a garantia até {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.claim.within':
    'Acione a garantia em até {span} após {anchor}; a página do pedido não mostrava essa data, então confira no pedido.',
  'advice.deadline.claim.passed':
    'O prazo para acionar a garantia terminou em {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.edit.by': 'Edite o código de rastreamento até {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.edit.within':
    'Edite o código de rastreamento em até {span} após {anchor}; a página do pedido não mostrava essa data, então confira no pedido.',
  'advice.deadline.edit.passed':
    'O prazo para editar o código de rastreamento terminou em {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.submitTicket.by': 'Envie o chamado até {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.submitTicket.within':
    'Envie o chamado em até {span} após {anchor}; a página do pedido não mostrava essa data, então confira no pedido.',
  'advice.deadline.submitTicket.passed':
    'O prazo para enviar o chamado terminou em {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.file.by':
    'Registre o pedido de indenização do seguro até {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.file.within':
    'Registre o pedido de indenização do seguro em até {span} após {anchor}; a página do pedido não mostrava essa data, então confira no pedido.',
  'advice.deadline.file.passed':
    'O prazo para registrar o pedido de indenização do seguro terminou em {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.submitClaim.by': 'Envie o pedido de indenização até {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.submitClaim.within':
    'Envie o pedido de indenização em até {span} após {anchor}; a página do pedido não mostrava essa data, então confira no pedido.',
  'advice.deadline.submitClaim.passed':
    'O prazo para enviar o pedido de indenização terminou em {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.deadline.askAnyway': 'Peça mesmo assim: explique o atraso e guarde um registro.',
  'advice.deadline.soon': 'Falta muito pouco: faça isso agora.',
  'advice.start.unmoved.from':
    'Se o status continuar parado, abra o chamado a partir de {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.start.unmoved.after':
    'Se o status continuar parado, abra o chamado depois de {span} contados desde {anchor}.',
  'advice.start.noCompensation.from':
    'Se nenhuma compensação tiver chegado, abra o chamado a partir de {date} ({span} após {anchor}, em {anchorDate}).',
  'advice.start.noCompensation.after':
    'Se nenhuma compensação tiver chegado, abra o chamado depois de {span} contados desde {anchor}.',

  'advice.rule.assumed': 'A fonte informa isso para {regions}; supomos que também vale em {region}.',
  'advice.rule.usBuyerReturns30d.note':
    'A página oficial diz "30 dias" sem dizer a partir de quando; cópias da política publicadas por terceiros contam a partir do recebimento.',
  'advice.rule.usBuyerMoneyBack90d.note':
    'Não vale para itens usados, colecionáveis e de venda final. A devolução precisa ser postada em até 14 dias.',
  'advice.rule.vnBuyerReturns15d.note':
    'Os motivos incluem não recebimento, item errado ou com defeito e atraso na entrega. Algumas categorias são exceção. Uma publicação mais antiga de VN falava em 6 dias.',
  'advice.rule.idBuyerReturns6d.note':
    'Depois disso, o comprador ainda pode mandar mensagem ao vendedor ou falar com o TikTok em Pedidos > Falar com o TikTok.',
  'advice.rule.gbBuyerReturns30d.note':
    'Itens com defeito também dão direitos legais perante o vendedor além desses prazos (seção 7 da política).',
  'advice.rule.euSpanishEdition.note':
    'Lido na edição em espanhol da política da UE (última atualização em 1º de julho de 2025); outros idiomas não foram verificados.',
  'advice.rule.usSellerLost10Calendar.note':
    'Envios nacionais. Um pacote extraviado pode levar ao cancelamento do pedido e ao reembolso do comprador.',
  'advice.rule.usSellerLost7Business.note':
    'Aqui, dias úteis excluem apenas fins de semana; a extensão não conhece os feriados.',
  'advice.rule.usSellerInsuranceClaim90d.note':
    'Cobre até US$ 200 automaticamente (mais, se contratado junto com a etiqueta); o pacote precisa ter uma movimentação da transportadora.',
  'advice.rule.seaSellerClaim40d.note':
    'Contado como no exemplo do TikTok: última atualização em 1º de fevereiro de 2024, pedido até 11 de março de 2024.',
  'advice.rule.seaSellerCompensation5Business.note':
    'Contamos a partir da última atualização logística, supondo que seja a mudança para extraviado ou danificado.',
  'advice.rule.usSellerTrackingEdit72h.note':
    'A página não mostra o horário do cadastro; usamos a data de envio, então o prazo real pode terminar antes.',
  'advice.rule.usSellerTrackingTicket30d.note':
    'Informe o código de rastreamento e a transportadora originais e também os novos.',

  'advice.noScan':
    'O TikTok considera extraviado um pacote de Seller Shipping após 7 dias úteis (ou 10 dias corridos) sem movimentação da transportadora.',
  'advice.noScan.dated':
    'O TikTok considera extraviado um pacote de Seller Shipping após 7 dias úteis (ou 10 dias corridos) sem movimentação da transportadora: a partir de {date}, contando desde a última movimentação ({lastScan}).',

  'advice.when.now': 'Agora',
  'advice.when.everyContact': 'Sempre que entrar em contato com alguém',
  'advice.when.sellerNotSolved': 'Se o vendedor não resolver em 2 dias',
  'advice.when.afterNoScan': 'Após 7 dias úteis sem nova movimentação',
  'advice.when.checksDone': 'Depois de fazer as verificações acima',
  'advice.when.ifNotByEstimate': 'Se nada chegar até a data prevista ({date})',
  'advice.when.estimatePassed': 'Agora: a data prevista de entrega ({date}) já passou',
  'advice.when.arrivesLate': 'Quando chegar com atraso',
  'advice.when.carrierReportsLost': 'Quando a transportadora informar que foi extraviado',
  'advice.when.trackingStalled': 'Se o rastreamento estiver parado há vários dias',
  'advice.when.requestStalls': 'Se a solicitação for recusada ou ficar parada',
  'advice.when.heldOrSentBack': 'Se o pacote ficar retido ou for devolvido',
  'advice.when.beforeUnpacking': 'Agora, antes de continuar desembalando',
  'advice.when.returnWindowClosed': 'Se o prazo de devolução de 30 dias já terminou',
  'advice.when.sellerRefuses': 'Se o vendedor recusar ou não responder',
  'advice.when.backWithSeller': 'Quando o pacote voltar para o vendedor',
  'advice.when.promisedDatePasses': 'Se a data de envio prometida passar',
  'advice.when.beforeNoScan': 'Antes de completar 7 dias úteis sem movimentação',
  'advice.when.asSoonAsNoticed': 'Assim que perceber',
  'advice.when.editUsed': 'Se a única edição já foi usada ou as 72 horas já passaram',
  'advice.when.requestArrives': 'Assim que a solicitação chegar',
  'advice.when.beforeLabel': 'Antes de imprimir a etiqueta',
  // "Tag" is the warning Seller Center shows on the order: "alerta", so it is not read as the shipping label.
  'advice.when.tagAppears': 'Quando o alerta aparecer no pedido',
  'advice.when.whileReturning': 'Enquanto o pacote está em devolução',
  'advice.when.handlingTime': 'Dentro do prazo de preparação definido no Seller Center',
  'advice.when.handOver': 'Ao entregar o pacote à transportadora',
  'advice.when.afterPickup': '24 horas após a coleta',

  'advice.appliesIf.seller.platform': 'Se o TikTok cuidou do envio (TikTok Shipping / Enviado pela plataforma)',
  'advice.appliesIf.seller.sellerShipping':
    'Se você enviou com a sua própria transportadora (Seller Shipping / Enviado pelo vendedor)',
  'advice.appliesIf.buyer.platform': 'Se o TikTok cuidou do envio',
  'advice.appliesIf.buyer.sellerShipping': 'Se o vendedor enviou com a própria transportadora',
  'advice.appliesIf.fbt': 'Se o pedido é Fulfilled by TikTok',

  'advice.copy.sellerMessage': 'Copiar uma mensagem para o vendedor',
  'advice.copy.buyerMessage': 'Copiar uma mensagem para o comprador',
  'advice.copy.tiktokChat': 'Copiar uma mensagem para o suporte do TikTok Shop',
  'advice.copy.ticket': 'Copiar o texto do chamado',
  'advice.copy.request': 'Copiar o texto da solicitação',
  'advice.copy.claim': 'Copiar o texto do pedido de indenização',
  'advice.copy.callNotes': 'Copiar anotações para a ligação',
  'advice.copy.carrierEmail': 'Copiar um e-mail para a transportadora',
  'advice.open.policy': 'Ler a política',
  'advice.open.usProtections': 'Proteções do TikTok Shop',
  'advice.open.moneyBackGuarantee': 'Garantia de reembolso',
  'advice.open.sellerShippingRules': 'Regras do Seller Shipping',
  'advice.open.editTracking': 'Editar as informações de rastreamento',
  'advice.open.trackingValidation': 'Validação do código de rastreamento',
  'advice.open.returnRules': 'Regras de devolução',
  'advice.open.failedDelivery': 'Pedidos com falha na entrega',
  'advice.open.returnedParcels': 'Pacotes devolvidos',
  'advice.open.pickupRules': 'Regras de coleta',

  'advice.step.track.title': 'Confira o rastreamento no site da transportadora',
  'advice.step.track.detail':
    'A página da transportadora costuma mostrar movimentações, observações de entrega ou ocorrências que a página do pedido ainda não exibiu.',
  'advice.step.track.detail.lastScan':
    'Procure a última movimentação e qualquer aviso de ocorrência (danificado, problema no endereço, devolvido).',
  'advice.step.track.detail.customs':
    'A página da transportadora mostra se o pacote está retido na alfândega e se há impostos a pagar.',
  'advice.step.track.detail.whyReturned':
    'Descubra por que ele voltou: tentativas de entrega sem sucesso, um problema no endereço ou espera em um ponto de retirada.',
  'advice.step.track.detail.compare':
    'Compare o rastreamento da transportadora com a página do pedido; eles podem ser diferentes.',
  'advice.step.track.detail.lastScanDate':
    'Anote a data da última movimentação: os prazos para pedir indenização contam a partir dela.',
  'advice.step.track.detail.deliveryScan': 'Veja o registro de entrega: horário, local e qualquer foto ou assinatura.',
  'advice.step.track.detail.customsSeller': 'Veja se o pacote está retido na alfândega e o que está pendente.',
  'advice.step.track.detail.whyComingBack':
    'Descubra por que ele está voltando: tentativas de entrega sem sucesso, problema no endereço ou recusa.',

  'advice.step.keepRecords.title': 'Registre cada contato',
  'advice.step.keepRecords.detail':
    'Anote cada chat, ligação, chamado e pedido de indenização com a data e o número de protocolo no registro do caso, e guarde capturas de tela do rastreamento e da página do pedido.',

  'advice.step.messageSeller.title': 'Mande mensagem ao vendedor',
  'advice.step.messageSeller.detail':
    'O vendedor contratou a transportadora e pode verificar com ela, reenviar ou reembolsar. Mande a mensagem pelo pedido no app do TikTok para que a conversa fique registrada.',
  'advice.step.messageSeller.detail.redirect':
    'Informe ao vendedor o endereço correto; ele pode pedir à transportadora que redirecione o pacote ou reenviá-lo.',
  'advice.step.messageSeller.detail.updateAddress':
    'Peça ao vendedor que atualize o endereço de entrega antes do envio: é o momento mais fácil para corrigir.',
  'advice.step.messageSeller.detail.customs':
    'O vendedor pode fornecer a nota fiscal ou os dados aduaneiros. O TikTok Shop não publica uma política de alfândega para compradores; quem paga os impostos depende do anúncio e do seu país.',
  'advice.step.messageSeller.detail.reship':
    'Peça ao vendedor que reenvie quando o pacote voltar, ou que faça o reembolso.',
  'advice.step.messageSeller.detail.whenShips':
    'Pergunte ao vendedor quando o pedido será enviado. Depois do envio, o código de rastreamento aparece no pedido e o Carrier Finder pode mostrar a transportadora.',

  'advice.step.contactTiktok.title': 'Fale com o atendimento ao cliente do TikTok Shop',
  'advice.step.contactTiktok.detail':
    'Se o vendedor não puder ajudar ou não responder, abra um caso com o TikTok Shop no app.',
  'advice.step.contactTiktok.detail.notShipped':
    'Se o pedido não foi enviado até a data prometida na página do pedido, pergunte ao TikTok Shop sobre o cancelamento ou um reembolso.',
  'advice.step.contactTiktok.scamWarning':
    'O suporte do TikTok nunca pede dados de cartão, senhas ou códigos de uso único por telefone, e-mail ou chat.',

  'advice.step.messageBuyer.title': 'Conte ao comprador o que está acontecendo',
  'advice.step.messageBuyer.detail':
    'Uma mensagem curta agora permite que o comprador verifique o que está ao alcance dele e mostra que você já está cuidando do caso antes que ele abra uma disputa.',
  'advice.step.messageBuyer.detail.checkAround':
    'Peça ao comprador que confira o endereço, pergunte a quem mora com ele e aos vizinhos, olhe perto da porta e veja se há algum aviso da transportadora sobre um ponto de retirada.',
  'advice.step.messageBuyer.detail.confirmAddress':
    'Confirme com o comprador o endereço correto e completo no chat do pedido.',
  'advice.step.messageBuyer.detail.customs':
    'Avise ao comprador que o pacote está na alfândega e se ele pode ter de pagar impostos.',
  'advice.step.messageBuyer.detail.redeliver':
    'Peça ao comprador que confirme o endereço e se ainda quer que o pacote seja entregue novamente.',
  'advice.step.messageBuyer.detail.whenShips': 'Avise ao comprador quando o pedido será enviado.',

  'advice.step.usNoScan.title': 'Procure o TikTok Shop quando o pacote passar a contar como extraviado',
  'advice.step.usNoScan.detail':
    'Isso pode levar ao cancelamento e ao reembolso do pedido: fale com o atendimento nesse momento.',

  'advice.step.requestRefund.title': 'Solicite devolução ou reembolso no app',
  'advice.step.requestRefund.title.us': 'Solicite um reembolso: "Pacote não recebido"',
  'advice.step.requestRefund.notReceived': 'Se ainda não encontrar o pacote, peça reembolso por não recebimento.',
  'advice.step.requestRefund.damaged': 'Peça devolução ou reembolso pelo item danificado, com defeito ou errado.',
  'advice.step.requestRefund.inApp':
    'Abra o pedido no app do TikTok e solicite devolução ou reembolso com o motivo correspondente.',
  'advice.step.requestRefund.noLimit': 'Não temos registro de um prazo do TikTok para {market}, então faça isso logo.',
  'advice.step.requestRefund.noLimit.unknownMarket':
    'Não temos registro de um prazo do TikTok para o seu mercado, então faça isso logo.',
  'advice.step.requestRefund.rightToCancel.dated':
    'O seu direito legal de cancelamento vai até {date} (14 dias após o recebimento); o prazo de 30 dias é o benefício de devolução estendido.',
  'advice.step.requestRefund.rightToCancel':
    'O seu direito legal de cancelamento dura 14 dias após o recebimento; o prazo de 30 dias é o benefício de devolução estendido.',

  'advice.step.lateDeliveryRefund.title': 'Atraso na entrega é motivo para pedir reembolso',
  'advice.step.lateDeliveryRefund.detail':
    'O TikTok inclui o atraso no envio ou na entrega entre os motivos para solicitar devolução ou reembolso.',

  'advice.step.usDeliveryGuarantee.title': 'Conheça a sua cobertura: a garantia de entrega do TikTok Shop',
  'advice.step.usDeliveryGuarantee.detail':
    'O TikTok Shop diz que você é reembolsado automaticamente se a transportadora informar que o pacote foi extraviado ou danificado.',

  'advice.step.carrierTrace.title': 'Peça à transportadora que localize o pacote',
  'advice.step.carrierTrace.detail':
    'Só a transportadora pode confirmar um extravio. Muitas transportadoras só aceitam pedidos de indenização do remetente, então o vendedor ou o TikTok Shop talvez precise fazer o pedido; mesmo assim, um número de protocolo da busca ajuda.',

  'advice.step.checkAround.title': 'Confira o endereço e os arredores do local de entrega',
  'advice.step.checkAround.detail':
    'Confira o endereço do pedido, pergunte a quem mora com você e aos vizinhos, procure perto da porta, da varanda, da garagem e dos fundos, e veja se há um aviso de tentativa de entrega ou de ponto de retirada.',

  'advice.step.carrierWhereDelivered.title': 'Pergunte à transportadora onde exatamente foi entregue',
  'advice.step.carrierWhereDelivered.detail':
    'A transportadora pode ter uma foto da entrega, um ponto de GPS ou uma assinatura, ou pode ter marcado como entregue antes da hora. Se o endereço estava errado, ela talvez consiga redirecionar o pacote.',

  'advice.step.carrierRedirectOrHold.title': 'Peça à transportadora que redirecione ou segure o pacote',
  'advice.step.carrierRedirectOrHold.detail':
    'Às vezes as transportadoras conseguem redirecionar um pacote ou segurá-lo para retirada; tenha em mãos o código de rastreamento e o endereço correto.',

  'advice.step.carrierCustoms.title': 'Pergunte à transportadora o que a alfândega exige',
  'advice.step.carrierCustoms.detail':
    'A transportadora (ou os Correios) faz o desembaraço do pacote e cobra os impostos. Pague só no site oficial da transportadora ou pessoalmente, nunca por um link recebido por SMS.',

  'advice.step.documentDamage.title': 'Fotografe tudo antes de jogar qualquer coisa fora',
  'advice.step.documentDamage.detail':
    'Tire fotos nítidas do item, da caixa e da etiqueta com o código de rastreamento, e guarde a embalagem. Fotos borradas ou inconclusivas podem fazer um pedido ser recusado.',

  'advice.step.moneyBackGuarantee.title': 'Depois do prazo de devolução: a garantia de reembolso',
  'advice.step.moneyBackGuarantee.detail': 'Para itens danificados ou com defeito.',
  'advice.step.moneyBackGuarantee.link': 'Encontre o link da garantia de reembolso na página Detalhes do pedido.',

  'advice.step.carrierRedeliver.title': 'Peça à transportadora uma nova entrega ou a retirada',
  'advice.step.carrierRedeliver.detail':
    'Se o pacote foi para um ponto de retirada e ainda não saiu de lá, a transportadora muitas vezes pode entregá-lo de novo ou guardá-lo para você.',

  'advice.step.thAutoRefund.title': 'Um pacote devolvido ao vendedor é reembolsado',
  'advice.step.thAutoRefund.detail':
    'Quando o status muda para "Devolvido ao vendedor" (Delivered Back to Seller), o TikTok Shop cancela o pedido e faz o reembolso automaticamente.',

  'advice.step.sellerSupport.title': 'Abra um chamado com o suporte ao vendedor do TikTok',
  'advice.step.sellerSupport.title.ask': 'Pergunte ao suporte ao vendedor do TikTok',
  'advice.step.sellerSupport.detail.us':
    'Seller Center > Central de Ajuda > Fale conosco; atendentes todos os dias das 5h às 23h, horário do Pacífico. No TikTok Shipping, pacotes com rastreamento parado há mais de 10 dias são compensados automaticamente.',
  'advice.step.sellerSupport.detail.chase': 'Peça ao suporte que cobre da transportadora uma atualização do status.',
  'advice.step.sellerSupport.detail.redirect': 'Peça ao suporte que a transportadora corrija ou redirecione a entrega.',
  'advice.step.sellerSupport.detail.customs':
    'Quando o TikTok cuidou do envio, a transportadora dele faz o desembaraço: pergunte ao suporte o que a alfândega exige.',
  'advice.step.sellerSupport.detail.returning':
    'Pergunte ao suporte onde está o pacote em devolução e sobre uma nova entrega.',
  'advice.step.sellerSupport.detail.pickup':
    'Pergunte ao suporte sobre a coleta se a transportadora não buscou o pacote.',

  'advice.step.usLostThreshold.title': 'Faça o pacote andar antes que ele conte como extraviado',
  'advice.step.usLostThreshold.passed':
    'Essa data já passou: o TikTok talvez já trate o pacote como extraviado, o que pode cancelar o pedido e reembolsar o comprador. Peça agora à transportadora uma busca e a confirmação dela.',
  'advice.step.usLostThreshold.ahead':
    'Um pacote extraviado pode significar pedido cancelado e comprador reembolsado, então cobre da transportadora uma movimentação ou uma busca antes dessa data.',

  'advice.step.usEditTracking.title': 'Se o código de rastreamento cadastrado estiver errado: edite uma vez',
  'advice.step.usEditTracking.detail':
    'O código de rastreamento pode ser editado uma única vez, em até 72 horas após o cadastro.',
  'advice.step.usTrackingTicket.title': 'Depois disso: corrija por um chamado de suporte',
  'advice.step.usTrackingTicket.detail':
    'Envie o código de rastreamento e a transportadora originais e também os novos.',

  'advice.step.usShippingClaim.title': 'Registre o pedido de indenização do TikTok Shipping',
  'advice.step.usShippingClaim.where':
    'Registre pelo Gerenciar pedidos (Manage Orders) ou pelos Detalhes do pedido (Order Details).',
  'advice.step.usShippingClaim.insurer':
    'A seguradora (U-PIC) decide em 7 a 10 dias úteis e pode pedir ao comprador uma declaração juramentada; recursos vão para a U-PIC.',

  'advice.step.seaClaim.title.lost': 'Solicite compensação: Pacote extraviado',
  'advice.step.seaClaim.title.damaged': 'Solicite compensação: Pacote danificado',
  'advice.step.seaClaim.title.notReceived': 'Solicite compensação: Entregue, mas não recebido',

  'advice.claim.lost.sea':
    'O TikTok compensa automaticamente pacotes extraviados enviados pela plataforma e reembolsa o comprador.',
  'advice.claim.lost.us':
    'Com o Upgraded TikTok Shipping, o próprio TikTok cuida do pedido e aprova "Pacote extraviado" (Package Lost) automaticamente quando a transportadora confirma o extravio.',
  'advice.claim.lost.other': 'Informe o extravio do pacote e pergunte sobre compensação.',
  'advice.claim.notReceived.sea':
    'Primeiro aprove a solicitação de reembolso do comprador; depois que o reembolso for concluído, solicite a compensação.',
  'advice.claim.notReceived.us':
    'Com o Upgraded TikTok Shipping, o TikTok aprova "Entregue, mas não recebido" (Delivered But Not Received) automaticamente quando os requisitos da política são atendidos.',
  'advice.claim.notReceived.other':
    'Informe que o pacote consta como entregue, mas não foi recebido, e pergunte como pedir compensação.',
  'advice.claim.damaged.sea':
    'O TikTok compensa automaticamente pacotes danificados enviados pela plataforma e reembolsa o comprador.',
  'advice.claim.damaged.us':
    'Com o Upgraded TikTok Shipping, pacote vazio ou item faltando ou errado é analisado caso a caso, com base em provas de falha da transportadora.',
  'advice.claim.damaged.other': 'Informe o dano com as provas e pergunte sobre compensação.',
  'advice.claim.returned.sea':
    'Se você perder o pagamento e a mercadoria (o pacote nunca volta), pode solicitar compensação.',

  'advice.step.respondInTime.title': 'Responda a tempo à solicitação de devolução do comprador',
  'advice.step.respondInTime.detail.vn':
    'Trate uma solicitação de devolução ou reembolso em até 1 dia útil após o envio pelo comprador, ou ela será aprovada automaticamente.',
  'advice.step.respondInTime.detail.id':
    'Trate uma solicitação de devolução em até 48 horas, ou ela será aprovada automaticamente.',

  'advice.step.fbtSupport.title': 'Fulfilled by TikTok: o TikTok cuida disso',
  'advice.step.fbtSupport.detail': 'O armazém do TikTok enviou este pedido.',
  'advice.step.fbtSupport.chase': 'Peça ao suporte ao vendedor que acompanhe a entrega.',
  'advice.step.fbtSupport.reimburse':
    'O TikTok reembolsa pacotes Fulfilled by TikTok extraviados ou danificados: informe o suporte ao vendedor.',
  'advice.step.fbtSupport.notReceived':
    'Informe o suporte ao vendedor de que o pacote consta como entregue, mas não foi recebido.',
  'advice.step.fbtSupport.customs': 'Pergunte ao suporte ao vendedor o que a alfândega exige.',
  'advice.step.fbtSupport.returned': 'Pergunte ao suporte ao vendedor sobre o pacote devolvido.',
  'advice.step.fbtSupport.warehouse': 'O armazém do TikTok faz o envio; se atrasar, pergunte ao suporte ao vendedor.',

  'advice.step.ticketUnmoved.title': 'Chamado: Rastreamento sem movimentação',
  'advice.step.ticketUnmoved.detail': 'O suporte acompanha o caso com a transportadora.',

  'advice.step.carrierStatus.title': 'Peça à sua transportadora uma atualização do status',
  'advice.step.carrierStatus.detail.sea':
    'Verifique com o seu operador logístico. Se foi entregue, mas o status está travado, atualize você mesmo o status de entrega e envie o comprovante de entrega.',
  'advice.step.carrierStatus.detail':
    'Com a sua própria transportadora, o TikTok não acompanha o envio por você: peça à transportadora uma movimentação ou uma busca.',

  'advice.step.carrierConfirmLoss.title': 'Peça à transportadora que confirme o extravio',
  'advice.step.carrierConfirmLoss.detail':
    'Segundo relatos, o TikTok pede a confirmação da transportadora antes de pagar um pedido por pacote extraviado: só a transportadora pode declarar um pacote extraviado. Não confirmado: informado por um site de terceiros que acompanha mudanças de política do TikTok, não lido na página do próprio TikTok.',

  'advice.step.carrierClaim.title.lost': 'Abra uma busca e um pedido de indenização com a sua transportadora',
  'advice.step.carrierClaim.detail.lost.us':
    'O TikTok não cuida de pedidos de indenização de logística ou seguro do Seller Shipping: o pedido é entre você e a sua transportadora.',
  'advice.step.carrierClaim.detail.lost.sea':
    'O TikTok investiga e reembolsa apenas pacotes enviados pela plataforma: com a sua própria transportadora, faça o pedido diretamente a ela.',
  'advice.step.carrierClaim.detail.lost':
    'Com a sua própria transportadora, o pedido de indenização é entre você e ela; guarde a etiqueta e o comprovante de postagem.',
  'advice.step.carrierClaim.title.damaged': 'Registre um pedido de indenização por dano com a sua transportadora',
  'advice.step.carrierClaim.detail.damaged': 'Envie as fotos, os detalhes da embalagem e a etiqueta.',

  'advice.step.carrierProofOfDelivery.title': 'Peça à sua transportadora o comprovante de entrega',
  'advice.step.carrierProofOfDelivery.detail':
    'Peça a foto da entrega, o ponto de GPS ou a assinatura, e abra um pedido de indenização se o pacote não for encontrado.',

  'advice.step.updateAddress.title': 'Corrija o endereço antes de enviar',
  'advice.step.updateAddress.detail':
    'Antes do envio é o momento mais fácil: o vendedor pode atualizar o endereço de entrega do comprador.',

  'advice.step.carrierRedirect.title': 'Peça à transportadora que redirecione o pacote',
  'advice.step.carrierRedirect.detail':
    'Às vezes as transportadoras conseguem redirecionar um pacote em trânsito ou segurá-lo para retirada.',

  'advice.step.usTrackingAddressIssue.title':
    'Se o Seller Center mostrar "Tracking address issue" (problema de endereço no rastreamento)',
  'advice.step.usTrackingAddressIssue.detail':
    'Esse alerta significa que o CEP do rastreamento não corresponde ao do comprador. Clique no alerta para ver a solução e o link para abrir um chamado.',

  'advice.step.thContactLogistics.title':
    'Use "Falar com o serviço de logística" (Contact Logistics Service) no pedido',
  'advice.step.thContactLogistics.detail':
    'Pedidos com problema logístico mostram um alerta com "Falar com o serviço de logística", que abre um chamado direcionado ao operador logístico. As entregas com falha ficam em Pedidos > Gerenciar pedidos > Falha na entrega.',

  'advice.step.carrierCustomsDocuments.title': 'Entregue à sua transportadora os documentos da alfândega',
  'advice.step.carrierCustomsDocuments.detail':
    'Envie a fatura comercial e os dados dos itens que a transportadora pedir; pergunte se os impostos são cobrados do comprador.',

  'advice.step.collectEvidence.title': 'Reúna as provas',
  'advice.step.collectEvidence.detail':
    'Peça ao comprador fotos ou um vídeo da abertura do pacote; guarde as suas fotos da embalagem, os materiais usados e a etiqueta com o código de rastreamento visível.',

  'advice.step.carrierRedelivery.title': 'Pergunte à transportadora sobre uma nova entrega',
  'advice.step.carrierRedelivery.detail':
    'Um pacote que ainda está com a transportadora muitas vezes pode ser entregue de novo ou guardado para retirada.',

  'advice.step.thFailedDelivery.title': 'Acompanhe a aba Falha na entrega (Failed Delivery)',
  'advice.step.thFailedDelivery.detail':
    'Em Pedidos > Gerenciar pedidos > Falha na entrega: quando o status for "Devolvido ao vendedor", o pedido é cancelado e reembolsado automaticamente. Um pacote devolvido que você não aceitar é destruído; se a entrega de volta falhar, você tem 7 dias para pedir o pacote de volta.',

  'advice.step.uploadTracking.title': 'Cadastre um código de rastreamento válido dentro do prazo de preparação',
  'advice.step.uploadTracking.detail':
    'Depois de comprar a etiqueta, adicione o código de rastreamento: Gerenciar pedidos > Aguardando envio > Adicionar informações de rastreamento, com uma transportadora aceita. O TikTok sinaliza códigos cuja primeira movimentação é de mais de 24 horas antes do pedido, ou cujo CEP não corresponde.',

  'advice.step.usPickupProof.title': 'Agende a coleta e guarde o comprovante de entrega à transportadora',
  'advice.step.usPickupProof.detail':
    'No TikTok Shipping, você agenda a coleta; guarde o formulário SCAN do USPS ou o comprovante de coleta, senão os atrasos antes da primeira movimentação contam contra você.',

  'advice.step.ticketPickup.title': 'Coletado, mas o status não está como "Enviado"?',
  'advice.step.ticketPickup.detail':
    'Se a transportadora coletou há mais de 24 horas e o status não mudou, abra um chamado com provas da coleta.',

  'advice.step.carrierHandover.title': 'Agende a coleta ou faça a postagem com a sua transportadora',
  'advice.step.carrierHandover.detail':
    'Entregue o pacote e guarde o comprovante de postagem ou de coleta com o código de rastreamento.',

  'advice.note.idCountedFromDelivered':
    'Contado a partir da data de Entregue, considerada o dia em que o pedido foi recebido.',
  'advice.note.thirdPartyTracker':
    'Informado por um site de terceiros que acompanha mudanças de política do TikTok; não lido na página do próprio TikTok.',
  'advice.note.thVnOnly': 'Informado na ajuda do Seller Center de TH e VN; consideramos que vale para este mercado.',

  'advice.reason.track':
    'O rastreamento da própria transportadora é o registro de primeira mão que todo contato posterior vai pedir.',
  'advice.reason.keepRecords':
    'Reembolsos, pedidos de indenização e disputas são decididos com base nas provas enviadas; um registro datado de cada contato é essa prova.',
  'advice.reason.messageSeller':
    'O vendedor escolheu a transportadora e tem os dados do envio; uma mensagem no chat do pedido fica registrada.',
  'advice.reason.contactTiktok':
    'O TikTok Shop cuida de reembolsos e disputas entre compradores e vendedores dentro do app.',
  'advice.reason.messageBuyer':
    'Manter o comprador informado permite que ele verifique o que está ao alcance dele (endereço, vizinhos, avisos de retirada).',
  'advice.reason.requestRefund':
    'Solicitações de reembolso feitas no app já vêm com o pedido anexado e iniciam o processo do próprio TikTok Shop.',
  'advice.reason.carrierTrace':
    'A transportadora tem as movimentações; um número de protocolo da busca dá ao vendedor e ao TikTok algo concreto para agir.',
  'advice.reason.checkAround':
    'A maioria dos pacotes "entregues, mas não recebidos" aparece por perto ou em um ponto de retirada.',
  'advice.reason.carrierDeliveryRecord': 'A transportadora tem o registro da entrega.',
  'advice.reason.carrierRedirect': 'Só a transportadora pode mudar o destino de um pacote em trânsito.',
  'advice.reason.customsScam':
    'Mensagens falsas de "taxa de alfândega" são um golpe comum; o diretório lista apenas os contatos oficiais das transportadoras.',
  'advice.reason.documentDamage':
    'Reembolsos por itens danificados ou errados são decididos com base nas fotos e na embalagem.',
  'advice.reason.redeliver':
    'Um pacote que ainda está com a transportadora muitas vezes pode ser entregue de novo antes de chegar ao remetente.',
  'advice.reason.sellerSupport':
    'Quando o TikTok cuidou do envio, é o TikTok que trata com a transportadora dele; o suporte do Seller Center é o caminho.',
  'advice.reason.fbt': 'No Fulfilled by TikTok, quem enviou o pacote foi o TikTok, não o vendedor.',
  'advice.reason.ownCarrierClaim':
    'Com a sua própria transportadora, o contrato e o pedido de indenização são entre você e ela.',
  'advice.reason.ownCarrierTrace': 'Só a sua transportadora pode movimentar ou localizar um pacote que você enviou.',
  'advice.reason.proofOfDelivery': 'O comprovante de entrega só pode vir da transportadora.',
  'advice.reason.notShipped': 'Nada foi entregue a uma transportadora ainda.',
  'advice.reason.customsDeclaration':
    'A alfândega trata com a transportadora que fez a declaração, e a transportadora trata com você.',
  'advice.reason.damageEvidence':
    'Pedidos de indenização por dano são decididos com base nas fotos, na embalagem e na etiqueta.',
  'advice.reason.redeliverySeller':
    'Uma nova entrega sai mais barata e mais rápida antes de o pacote voltar para você.',
  'advice.reason.firstScan':
    'A primeira movimentação da transportadora é o que inicia o rastreamento que o comprador vê.',

  'advice.source.tiktokReachSupport': 'Ajuda do TikTok Shop: como falar com o suporte',
  'advice.source.tiktokSellerSupport': 'Suporte ao vendedor do TikTok Shop',
  'advice.source.usNotReceived': 'TikTok Shop: nunca recebi meu pedido, mas ele aparece como Entregue',
  'advice.source.usContactSellerThenSupport':
    'TikTok Shop: como falar com o vendedor e com o atendimento ao cliente do TikTok Shop',
  'advice.source.usMoneyBackGuarantee': 'Garantia de reembolso do TikTok Shop',
  'advice.source.usProtections': 'Proteções do TikTok Shop (devoluções, garantia de entrega)',
  'advice.source.gbReturns': 'Política de cancelamento e devolução do TikTok Shop no Reino Unido',
  'advice.source.euReturns': 'Política de cancelamento e devolução do TikTok Shop na UE (edição em espanhol)',
  'advice.source.vnReturns': 'TikTok Shop VN: quando o comprador pode abrir uma solicitação de devolução ou reembolso?',
  'advice.source.idReturns': 'TikTok Shop by Tokopedia: orientações de devolução',
  'advice.source.seaLostDamaged': 'TikTok Shop TH: o que fazer se meu pedido for extraviado ou danificado?',
  'advice.source.seaLostDamagedVn': 'TikTok Shop VN: e se meu pacote for extraviado, danificado ou descartado?',
  'advice.source.seaDeliveredNotReceived':
    'TikTok Shop TH: o comprador não recebeu o pedido, mas o status mostra entregue',
  'advice.source.seaStuckStatus': 'TikTok Shop TH: o status logístico do meu pedido está travado ou não atualiza',
  'advice.source.thFailedDelivery': 'TikTok Shop TH: pedidos com falha na entrega',
  'advice.source.thReturnedParcels': 'TikTok Shop TH: pacotes devolvidos que o vendedor não aceita',
  'advice.source.usSellerShipping': 'TikTok Shop US: visão geral e serviços do Seller Shipping',
  'advice.source.usTrackingEdit': 'TikTok Shop US: editar as informações de rastreamento',
  'advice.source.usTrackingValidation': 'TikTok Shop US: validação do código de rastreamento',
  'advice.source.usShippingInsurance': 'TikTok Shop US: seguro de envio',
  'advice.source.usInsuranceClaim':
    'TikTok Shop US: como registrar um pedido de reembolso por problemas logísticos do TikTok Shipping',
  'advice.source.usUpgradedCoverage':
    'TikTok Shop US: política de cobertura e reembolso logístico do Upgraded TikTok Shipping e CBT',
  'advice.source.usPickupRules': 'TikTok Shop US: regras e responsabilidades de coleta do TikTok Shipping e CBT',
  'advice.source.usFbt': 'TikTok Shop US: Fulfilled by TikTok',
  'advice.source.usCarrierConfirmsLoss':
    'polici.net: mudança na política de cobertura logística do TikTok Shop (site de terceiros)',

  'advice.unknown.problem': 'Este tipo de problema não é conhecido, então não há orientação a dar.',
  'advice.unknown.countryRules':
    'O Carrier Finder não tem as regras do TikTok Shop para este país, então as etapas são gerais e nenhum prazo do mercado é mostrado.',
  'advice.unknown.market':
    'O seu mercado do TikTok Shop é desconhecido, então os prazos do mercado (por exemplo, 30 dias após a entrega nos EUA, 15 no Vietnã, 6 na Indonésia) ficam de fora. Escolha o seu país nas opções.',
  'advice.unknown.carrier':
    'A transportadora é desconhecida, então os botões de rastreamento e de contato não conseguem abrir as páginas dela. Confira o nome da transportadora na página do pedido.',
  'advice.unknown.mode':
    'A forma de envio é desconhecida (TikTok Shipping, Seller Shipping, Fulfilled by TikTok). Quem cuida dos pedidos de indenização à transportadora depende dela, então essas etapas dizem em que caso se aplicam.',
  'advice.unknown.anchorDate':
    'A página do pedido não mostrava a data de referência ({anchor}), então não foi possível calcular o prazo contado a partir dela.',
  'advice.unknown.dates': 'Nenhuma data do pedido foi encontrada na página, então nenhuma etapa tem data.',

  'advice.msg.placeholder.orderId': '[número do pedido]',
  'advice.msg.placeholder.trackingNumber': '[código de rastreamento]',
  'advice.msg.placeholder.carrier': '[transportadora]',
  'advice.msg.subjectLine': 'Assunto: {subject} (pedido {orderId})',
  'advice.msg.subject.delayed': 'Pacote atrasado, sem atualização no rastreamento',
  'advice.msg.subject.lost': 'Pacote aparentemente extraviado',
  'advice.msg.subject.notReceived': 'Consta como entregue, mas não foi recebido',
  'advice.msg.subject.wrongAddress': 'Endereço de entrega errado ou incompleto',
  'advice.msg.subject.customs': 'Pacote retido na alfândega',
  'advice.msg.subject.damaged': 'Item danificado ou errado',
  'advice.msg.subject.returned': 'Pacote devolvido ao remetente / falha na entrega',
  'advice.msg.subject.awaitingShipment': 'Pedido ainda não enviado',
  'advice.msg.greeting': 'Olá,',
  // "Obrigado/Obrigada" depends on the writer's gender; this closing does not.
  'advice.msg.thanks': 'Agradeço a atenção.',

  'advice.msg.problem.delayed.buyer': 'Meu pacote ainda não chegou e o rastreamento não foi atualizado.',
  'advice.msg.problem.delayed.buyer.since':
    'Meu pacote ainda não chegou e o rastreamento não é atualizado desde {date}.',
  'advice.msg.problem.delayed.seller': 'O pacote deste pedido ainda não chegou e o rastreamento não foi atualizado.',
  'advice.msg.problem.delayed.seller.since':
    'O pacote deste pedido ainda não chegou e o rastreamento não é atualizado desde {date}.',
  'advice.msg.problem.lost.buyer': 'Meu pacote parece ter sido extraviado: o rastreamento não avançou.',
  'advice.msg.problem.lost.buyer.since':
    'Meu pacote parece ter sido extraviado: o rastreamento não avança desde {date}.',
  'advice.msg.problem.lost.seller': 'O pacote deste pedido parece ter sido extraviado: o rastreamento não avançou.',
  'advice.msg.problem.lost.seller.since':
    'O pacote deste pedido parece ter sido extraviado: o rastreamento não avança desde {date}.',
  'advice.msg.problem.notReceived.buyer':
    'O rastreamento mostra meu pacote como entregue, mas eu não o recebi. Já verifiquei com quem mora comigo, com os vizinhos e ao redor do endereço.',
  'advice.msg.problem.notReceived.buyer.on':
    'O rastreamento mostra meu pacote como entregue em {date}, mas eu não o recebi. Já verifiquei com quem mora comigo, com os vizinhos e ao redor do endereço.',
  'advice.msg.problem.notReceived.seller':
    'O rastreamento mostra o pacote como entregue, mas o comprador diz que ele não chegou.',
  'advice.msg.problem.notReceived.seller.on':
    'O rastreamento mostra o pacote como entregue em {date}, mas o comprador diz que ele não chegou.',
  'advice.msg.problem.wrongAddress.buyer':
    'O endereço de entrega do meu pedido está errado ou incompleto e precisa ser corrigido, ou o pacote precisa ser redirecionado.',
  'advice.msg.problem.wrongAddress.seller':
    'O endereço de entrega do pedido está errado ou incompleto e precisa ser corrigido, ou o pacote precisa ser redirecionado.',
  'advice.msg.problem.customs.buyer':
    'Meu pacote está retido na alfândega ou aguardando o pagamento de impostos de importação.',
  'advice.msg.problem.customs.seller':
    'O pacote deste pedido está retido na alfândega ou aguardando o pagamento de impostos de importação.',
  'advice.msg.problem.damaged.buyer':
    'Meu pacote chegou danificado, ou com um item errado ou com defeito. Tenho fotos do item, da embalagem e da etiqueta.',
  'advice.msg.problem.damaged.seller':
    'O comprador informa que o pacote chegou danificado, ou com um item errado ou com defeito.',
  'advice.msg.problem.returned.buyer': 'Meu pacote foi devolvido ao remetente ou a entrega não foi concluída.',
  'advice.msg.problem.returned.seller':
    'O pacote deste pedido foi devolvido ao remetente ou a entrega não foi concluída.',
  'advice.msg.problem.awaitingShipment.buyer': 'Meu pedido ainda não foi enviado e não tem código de rastreamento.',
  'advice.msg.problem.awaitingShipment.buyer.placed':
    'Meu pedido, feito em {date}, ainda não foi enviado e não tem código de rastreamento.',
  'advice.msg.problem.awaitingShipment.seller': 'Este pedido ainda não foi enviado.',
  'advice.msg.problem.awaitingShipment.seller.placed': 'Este pedido, feito em {date}, ainda não foi enviado.',

  'advice.msg.line.orderNumber': 'Número do pedido: {orderId}',
  'advice.msg.line.trackingNumber': 'Código de rastreamento: {trackingNumber}',
  'advice.msg.line.trackingNumberCarrier': 'Código de rastreamento: {trackingNumber} ({carrier})',
  'advice.msg.line.ordered': 'Data do pedido: {date}',
  'advice.msg.line.shipped': 'Data de envio: {date}',
  'advice.msg.line.estimatedDelivery': 'Previsão de entrega: {date}',
  'advice.msg.line.delivered': 'Data de entrega: {date}',
  'advice.msg.line.lastUpdate': 'Última atualização do rastreamento: {date}',

  'advice.msg.ask.tiktok.buyer':
    'Vocês poderiam verificar isso com o vendedor e a transportadora e me informar o próximo passo?',
  'advice.msg.ask.tiktok.seller':
    'Vocês poderiam verificar isso com o operador logístico e me orientar sobre o próximo passo ou a compensação?',
  'advice.msg.ask.seller.awaitingShipment':
    'Você poderia me informar quando o pedido será enviado, ou cancelá-lo e fazer o reembolso se não puder ser enviado em breve?',
  'advice.msg.ask.seller':
    'Você poderia verificar com a transportadora e me dizer o que pode ser feito (reenvio ou reembolso)?',
  'advice.msg.ask.buyer':
    'Peço desculpas pelo transtorno. Estou acompanhando o caso e aviso você assim que tiver retorno.',
  'advice.msg.ask.carrier.delayed': 'Vocês poderiam verificar onde está o pacote e quando ele será entregue?',
  'advice.msg.ask.carrier.lost':
    'Vocês poderiam abrir uma busca (localização) deste pacote e me passar um número de protocolo?',
  'advice.msg.ask.carrier.notReceived':
    'Vocês poderiam me informar exatamente onde e como ele foi entregue (GPS, foto ou assinatura)?',
  'advice.msg.ask.carrier.wrongAddress':
    'Vocês poderiam me informar se o pacote pode ser redirecionado ou ficar guardado para retirada?',
  'advice.msg.ask.carrier.customs':
    'Vocês poderiam me informar o que é preciso para liberá-lo e como pagar os impostos no site de vocês?',
  'advice.msg.ask.carrier.damaged': 'Vocês poderiam me informar como comunicar o dano e quais provas são necessárias?',
  'advice.msg.ask.carrier.returned':
    'Vocês poderiam me informar por que ele foi devolvido e se pode ser entregue de novo ou retirado?',
  'advice.msg.ask.carrier.awaitingShipment':
    'Vocês poderiam me informar se um pacote com este número foi entregue a vocês?',

  'advice.msg.callNotes.heading': 'Anotações da ligação: {carrier}',
  'advice.msg.callNotes.problem': 'Problema: {problem}',
  'advice.msg.callNotes.ask': 'Pergunta: {ask}',
  'advice.msg.callNotes.writeDown':
    'Anote: data e hora, nome do atendente, número de protocolo ou do caso, e o que foi prometido e para quando.',

  'tiktok.app.profile': 'Perfil',
  'tiktok.app.yourOrders': 'Seus pedidos',
  'tiktok.app.orders': 'Pedidos',
  'tiktok.app.theOrder': 'o pedido',
  'tiktok.app.theItem': 'o item',
  'tiktok.app.sellerName': 'o nome do vendedor',
  'tiktok.app.message': 'Mensagem',
  'tiktok.app.help': 'Ajuda',
  'tiktok.app.getHelp': 'Obter ajuda',
  'tiktok.app.chooseQuestion': 'Escolha sua pergunta',
  'tiktok.app.contactUs': 'Fale conosco',
  'tiktok.app.contactTiktok': 'Falar com o TikTok',
  'tiktok.app.requestReturnOrRefund': 'Solicitar devolução ou reembolso',
  'tiktok.app.packageNotReceived': 'Pacote não recebido',
  'tiktok.app.continue': 'Continuar',
  'tiktok.app.orderDetails': 'Detalhes do pedido',
  'tiktok.app.moneyBackGuaranteeLink': 'link da garantia de reembolso',

  'tiktok.seller.sellerCenter': 'Seller Center',
  'tiktok.seller.helpCenter': 'Central de Ajuda',
  'tiktok.seller.contactUs': 'Fale conosco',
  'tiktok.seller.ticketLog': 'Registro de chamados',
  // The two English spellings ("Complaints & Disputes" / "Complaints & dispute") read the same in Portuguese.
  'tiktok.seller.complaintsDisputes': 'Reclamações e disputas',
  'tiktok.seller.complaintsDispute': 'Reclamações e disputas',
  'tiktok.seller.complaintsDisputesLogistic': 'Reclamações e disputas (relacionadas à logística)',
  'tiktok.seller.complaintsDisputeLogistic': 'Reclamações e disputas (relacionadas à logística)',
  'tiktok.seller.logisticIssue': 'Problema logístico',
  'tiktok.seller.logisticIssueLower': 'Problema logístico',
  'tiktok.seller.deliveryInquiry': 'Dúvida sobre o processo de entrega',
  'tiktok.seller.packageLost': 'Pacote extraviado',
  'tiktok.seller.packageDamaged': 'Pacote danificado',
  'tiktok.seller.deliveredNotReceived': 'Entregue, mas não recebido',
  'tiktok.seller.unmovedTracking': 'Rastreamento sem movimentação',
  'tiktok.seller.pickUpIssues': 'Problemas de coleta',
  'tiktok.seller.pickedUpNotUpdated': 'Coletado, mas o status logístico não foi atualizado',

  'tiktok.page.euReturnsSpanish': 'Política de devolução e reembolso do TikTok Shop (EEE, em espanhol)',
  'tiktok.page.esReturns': 'Política de devolução e reembolso do TikTok Shop (EEE)',
  'tiktok.page.usMoneyBackGuarantee': 'Garantia de reembolso do TikTok Shop',
  'tiktok.page.gbReturns': 'Política de devolução e reembolso do TikTok Shop (Reino Unido)',
  'tiktok.page.usNotReceived': 'Pacote marcado como entregue, mas não recebido',
  'tiktok.page.usContactSellerOrTiktok': 'Como falar com o vendedor ou com o TikTok Shop',
  'tiktok.page.usSellerHelp': 'Seller Center: falar com o suporte do TikTok Shop',
  'tiktok.page.vnSellerHelp': 'Seller Center: problemas logísticos e chamados',
  'tiktok.page.thSellerHelp': 'Seller Center: chamados de logística (extraviado, danificado, não recebido)',
  'tiktok.page.idSellerHelp': 'Seller Center: Central de Ajuda e Registro de chamados',
  'tiktok.page.ukEuPlatformShipping': 'TikTok Shipping no Reino Unido e na UE (transportadoras por mercado)',
  'tiktok.page.usSellerShippingRules':
    'Regras do Seller Shipping (prazos de entrega, pacotes extraviados, correção do rastreamento)',
  'tiktok.page.thShippingModes': 'Ship by TikTok e Ship by Seller',
  'tiktok.page.vnLostDamaged': 'Pacotes extraviados ou danificados enviados pela plataforma: compensação',
  'tiktok.page.idReturns': 'Devoluções e reembolsos (TikTok Shop by Tokopedia)',
  'tiktok.page.usInsuranceClaims':
    'Pedidos de indenização do seguro do TikTok Shipping (em até 90 dias após a data de envio)',
  'tiktok.page.usUpgradedShipping': 'Upgraded TikTok Shipping e Collections by TikTok',
  'tiktok.page.thFailedDeliveries': 'Entregas com falha e pacotes em devolução',
  'tiktok.page.vnBuyerReturns': 'Regras de devolução e reembolso para compradores (15 dias após a entrega)',
  'tiktok.page.globalAcademy': 'TikTok Shop Academy (venda global)',
  'tiktok.page.globalTicket': 'Abrir um chamado (Seller Center de venda global)',
  'tiktok.page.sellerUniversity': 'Seller University (ajuda do Seller Center)',
  'tiktok.page.sellerTicket': 'Chamado de suporte do Seller Center',

  'tiktok.note.unknownRegion':
    'Não sabemos qual é o seu mercado do TikTok Shop, então este é o caminho geral do TikTok no Seller Center (documentado para os EUA). Escolha o seu país nas opções para ver o Seller Center e as páginas de política do seu mercado.',
  'tiktok.note.unknownRegionBuyer':
    'Não sabemos qual é o seu mercado do TikTok Shop, então este é o caminho geral do TikTok no app (documentado para os EUA). Escolha o seu país nas opções para ver o caminho e as páginas de política do seu mercado.',
  'tiktok.note.usBuyerPath':
    'Fale primeiro com o vendedor: Perfil > Seus pedidos > o nome do vendedor > Mensagem. Se ele não puder ajudar, fale com o TikTok aqui.',
  'tiktok.note.seaBuyerPath':
    'Texto antigo da ajuda ao vendedor do TikTok Shop para o Sudeste Asiático e a Indonésia; o app atual pode usar outros nomes nas etapas.',
  'tiktok.note.elsewhereBuyerPath':
    'O TikTok documenta este caminho para os EUA; o app no seu mercado pode usar outros nomes nas etapas.',
  'tiktok.note.euReturnsSpanishOnly':
    'Só foi encontrada a versão em espanhol da política do EEE; as versões em outros idiomas não foram confirmadas.',
  'tiktok.note.usMoneyBackGuarantee':
    'Cobre até 90 dias a partir de "Entregue"; o link fica na página Detalhes do pedido.',
  'tiktok.note.gbReturns':
    'Direito de cancelamento de 14 dias mais um benefício de devolução estendido de 30 dias a partir do recebimento.',
  'tiktok.note.esReturns': 'Política do EEE, última atualização em 1º de julho de 2025.',
  'tiktok.note.usNotReceived':
    'Solicite devolução ou reembolso em até 30 dias após a atualização "Entregue", com o motivo "Pacote não recebido".',
  'tiktok.note.usSellerHours':
    'Atendentes todos os dias das 5h às 23h (horário do Pacífico, PST); fora desse horário, só perguntas frequentes.',
  'tiktok.note.usSellerPath': 'Pelo ícone do Assistente ou pela Central de Ajuda no Seller Center.',
  'tiktok.note.seaSellerPath':
    'Documentado na ajuda do Seller Center do Vietnã; o TikTok usa o mesmo fluxo em todo o Sudeste Asiático.',
  'tiktok.note.elsewhereSellerPath':
    'O TikTok documenta este caminho para o Seller Center dos EUA; o Seller Center do seu mercado pode usar outros nomes.',
  'tiktok.note.partnerDocumentation': 'Documentação para parceiros do TikTok Shop.',
  'tiktok.note.globalSellingPath':
    'O Seller Center de venda global, conforme descrito em um guia para vendedores; o TikTok não confirmou este caminho.',
  'tiktok.note.sellerGuideAddress': 'Endereço tirado de um guia para vendedores; não confirmado pelo TikTok.',
  'tiktok.note.universityNotOpened':
    'A Seller University fica em /university em cada domínio do Seller Center; esta página inicial não foi aberta.',
  'tiktok.note.hostNotConfirmed':
    'Este endereço do Seller Center não está confirmado em nenhuma página oficial do TikTok.',
  'tiktok.note.vnTicketAddress':
    'Endereço da página de chamados não confirmado pelo TikTok; o artigo do link descreve o fluxo de chamados.',
  'tiktok.note.ticketAddressNotConfirmed':
    'Endereço não confirmado para este mercado. Se não abrir, use Central de Ajuda > Fale conosco no Seller Center.',
};
