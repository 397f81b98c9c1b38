/**
 * Contact data of the carriers of continental Europe (DE, FR, ES, IT, and CTT of Portugal, which delivers in Spain);
 * their names and aliases: ./names.ts.
 * Facts: ../shared/research/carriers-west.md §4-§7; carrier list: tiktok.md §3.2 (EU platform shipping).
 * CTT and Colis Privé were not in the West research; they were looked up in public code on 2026-11-26.
 * ../shared/research/contacts-2026-11.md (checked 2026-11-30) confirmed GLS's own (premium-rate) lines and added the
 * official answers of Colis Privé (online claim), BRT (its branches), SDA (online form) and Chronopost (the sender).
 */
import {
  CONTACTS_CHECKED,
  JK,
  KA,
  WEEKDAYS,
  channel,
  hours,
  official,
  officialAnswer,
  template,
  unverified,
  websiteOnly,
  type CarrierContactRecord,
} from './sourcing';

const MON_SAT = WEEKDAYS.concat('sat');

/** GLS Germany's own (old, undated) portal page with both 0180 lines; recorded over http. */
const GLS_DE_PAGE = 'https://www.gls-group.eu/276-I-PORTAL-WEB/content/GLS/DE03/EN/510001_-gls-privacy-policy.htm';
const GLS_RATES = '€0.14/min from German landlines, max. €0.42/min from mobiles (old, undated GLS page: re-check).';

export const EUROPE_CONTACTS: CarrierContactRecord[] = [
  {
    id: 'dhl-paket',
    website: 'https://www.dhl.de',
    regions: {
      DE: {
        phones: [],
        channels: [websiteOnly('https://www.dhl.de', 'DHL Paket')],
        tracking: template(
          'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?lang=de&idc={number}',
          unverified(
            'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html',
            'Community pattern (shipment-tracking plugin list).',
          ),
        ),
        noPhoneNote: 'No DHL Paket hotline number could be confirmed; use dhl.de.',
      },
    },
  },
  {
    id: 'deutsche-post',
    website: 'https://www.deutschepost.de',
    regions: {
      DE: {
        phones: [],
        channels: [websiteOnly('https://www.deutschepost.de', 'Deutsche Post')],
        tracking: template(
          'https://www.deutschepost.de/de/s/sendungsverfolgung/verfolgen.html?piececode={number}&lang=en&cid=brief',
          unverified(JK('deutschepost.json', '6ac7cfa2b3459be78a727281fc52a61e00a84995'), 'Community pattern.'),
        ),
        noPhoneNote: 'No Deutsche Post hotline number could be confirmed; use deutschepost.de.',
      },
    },
  },
  {
    id: 'hermes-de',
    website: 'https://www.myhermes.de',
    regions: {
      DE: {
        phones: [],
        channels: [
          channel(
            'help',
            'https://www.myhermes.de/wps/portal/paket/Home/privatkunden/service',
            'Hermes service page',
            official('https://www.myhermes.de/wps/portal/paket/Home/privatkunden/service'),
          ),
        ],
        tracking: template(
          'https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{number}',
          unverified(
            'https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation',
            'Community pattern (10 repositories).',
          ),
        ),
        noPhoneNote: 'No Hermes Germany hotline number could be confirmed; use the service page.',
      },
    },
    notes: 'On German TikTok Shop pages "Hermes" means this carrier; elsewhere it means Evri (the former Hermes UK).',
  },
  {
    id: 'gls',
    website: 'https://gls-group.eu',
    domains: ['gls-group.com', 'gls-spain.es', 'gls-italy.com'],
    regions: {
      DE: {
        phones: [
          {
            e164: '+491805071111',
            display: '0180 507 1111',
            label: 'Recipients',
            caveats: ['premium-rate'],
            ...official(
              GLS_DE_PAGE,
              `"You expect to receive parcels? 0180 - 507 1111*". ${GLS_RATES}`,
              CONTACTS_CHECKED,
            ),
          },
          {
            e164: '+491805252700',
            display: '0180 52 52 700',
            label: 'Senders',
            caveats: ['senders-only', 'premium-rate'],
            ...official(GLS_DE_PAGE, `"You dispatch parcels? 0180 - 52 52 700*". ${GLS_RATES}`, CONTACTS_CHECKED),
          },
          {
            e164: '+491806262700',
            display: '0180 62 62 700',
            label: 'Senders (newer number, unconfirmed)',
            caveats: ['senders-only', 'premium-rate'],
            ...unverified(
              'https://xpaket.de/gls-paketverfolgung/',
              'Only a third-party page gives it (€0.20 per call from German landlines); it differs from the sender ' +
                'line on GLS’s own older page and may have replaced it.',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [
          channel(
            'help',
            'https://gls-group.eu/DE/de/faq-empfaenger',
            'GLS FAQ for recipients',
            official('https://gls-group.eu/DE/de/faq-empfaenger'),
          ),
        ],
        tracking: template(
          'https://gls-group.com/DE/de/paketverfolgung?match={number}',
          unverified('https://gls-group.com/DE/de/paketverfolgung', 'Community pattern.'),
        ),
      },
      ES: {
        phones: [],
        channels: [websiteOnly('https://www.gls-spain.es', 'GLS Spain')],
        tracking: template(
          'https://gls-group.com/ES/es/seguimiento-envio?match={number}',
          unverified(
            'https://gls-group.com/ES/es/seguimiento-envio',
            'Community pattern (shipment-tracking plugin list).',
          ),
        ),
        noPhoneNote: 'No GLS Spain customer phone line could be confirmed; use the website.',
      },
      IT: {
        phones: [],
        channels: [websiteOnly('https://www.gls-italy.com', 'GLS Italy')],
        tracking: template(
          'https://www.gls-italy.com/it/servizi-online/ricerca-spedizioni?match={number}',
          unverified('https://www.gls-italy.com/it/servizi-online/ricerca-spedizioni', 'Community pattern.'),
        ),
        noPhoneNote: 'No GLS Italy customer phone line could be confirmed; use the website.',
      },
      INTL: {
        phones: [],
        channels: [websiteOnly('https://gls-group.eu', 'GLS')],
        noPhoneNote: 'No GLS customer phone line for this country could be confirmed; use the website.',
      },
    },
  },
  {
    id: 'correos',
    website: 'https://www.correos.es',
    regions: {
      ES: {
        phones: [
          {
            e164: '+34915197197',
            display: '915 197 197',
            label: 'Atención al cliente',
            hours: hours(
              'Europe/Madrid',
              'Mon-Fri (non-holidays) 8:00-20:00, Sat 9:00-13:00',
              [WEEKDAYS, '08:00', '20:00'],
              [['sat'], '09:00', '13:00'],
            ),
            ...official(
              'https://www.correos.es/es/es/atencion-al-cliente/tu-consulta-tu-reclamacion/tratamiento-de-las-incidencias-reclamaciones-consultas',
            ),
          },
          {
            e164: '+34900400004',
            display: '900 400 004',
            label: 'Atención al cliente (free)',
            hours: hours(
              'Europe/Madrid',
              'Mon-Fri (non-holidays) 8:00-20:00, Sat 9:00-13:00',
              [WEEKDAYS, '08:00', '20:00'],
              [['sat'], '09:00', '13:00'],
            ),
            ...official(
              'https://www.correos.es/es/es/atencion-al-cliente/tu-consulta-tu-reclamacion/tratamiento-de-las-incidencias-reclamaciones-consultas',
            ),
          },
        ],
        channels: [],
        claims: channel(
          'claims',
          'https://www.correos.es/es/es/atencion-al-cliente/tu-consulta-tu-reclamacion/tratamiento-de-las-incidencias-reclamaciones-consultas',
          'Consultas y reclamaciones',
          official(
            'https://www.correos.es/es/es/atencion-al-cliente/tu-consulta-tu-reclamacion/tratamiento-de-las-incidencias-reclamaciones-consultas',
            'Answers within 1 month (national) or 2 months (international).',
          ),
        ),
        tracking: template(
          'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={number}',
          unverified(
            'https://www.correos.es/es/es/herramientas/localizador/envios/detalle',
            'Community pattern (5+ independent repositories).',
          ),
        ),
      },
    },
  },
  {
    id: 'seur',
    website: 'https://www.seur.com',
    regions: {
      ES: {
        phones: [
          {
            e164: '+34902101010',
            display: '902 10 10 10',
            label: 'Customer service (premium-rate 902 line)',
            caveats: ['premium-rate'],
            ...official(
              'https://www.seur.com/en/help/claims/',
              'Undated SEUR page; 902 numbers are premium-rate and may be outdated.',
            ),
          },
        ],
        channels: [],
        claims: channel(
          'claims',
          'https://www.seur.com/es/ayuda/centro-de-reclamaciones/',
          'Centro de reclamaciones',
          official(
            'https://www.seur.com/es/ayuda/centro-de-reclamaciones/',
            'Claim within 21 days for a delay, 7 days for damage or missing contents, 1 year for a lost shipment.',
          ),
        ),
        tracking: template(
          'https://www.seur.com/livetracking/?segOnlineIdentificador={number}',
          unverified('https://www.seur.com/livetracking/', 'Community pattern (2+ repositories).'),
        ),
      },
    },
  },
  {
    id: 'ctt',
    website: 'https://www.ctt.pt',
    regions: {
      INTL: {
        phones: [],
        channels: [websiteOnly('https://www.ctt.pt', 'CTT')],
        tracking: template(
          'https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?lang=def&s={number}',
          unverified(
            'https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx',
            'Community pattern (shipment-tracking plugin list), checked 2026-11-26.',
          ),
        ),
        noPhoneNote: 'No CTT customer phone line could be confirmed; use the website.',
      },
    },
    notes: 'TikTok Shop Spain lists CTT as a platform carrier (tiktok.md §3.2); its Spanish site was not researched.',
  },
  {
    id: 'mrw',
    website: 'https://www.mrw.es',
    regions: {
      ES: {
        phones: [
          {
            e164: '+34902300400',
            display: '902 300 400',
            label: 'Customer service (premium-rate 902 line)',
            caveats: ['premium-rate'],
            ...unverified(
              'https://deploy.studylib.es/doc/6835393/tarifa-abonados-2013',
              "From MRW's own 2013 tariff document, copied on a third-party site; possibly outdated.",
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.mrw.es/seguimiento_envios/MRW_resultados_consultas.asp?modo=nacional&envio={number}',
          unverified('https://www.mrw.es/seguimiento_envios/', 'Community pattern.'),
        ),
      },
    },
    notes: 'MRW is a franchise network; the local franchise may be the better contact.',
  },
  {
    id: 'brt',
    website: 'https://www.brt.it',
    regions: {
      IT: {
        phones: [],
        channels: [
          channel(
            'help',
            'https://www.brt.it/en/faq',
            'BRT FAQ ("Vorrei segnalare un problema" form)',
            official('https://www.brt.it/en/faq'),
          ),
        ],
        tracking: template(
          'https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={number}',
          unverified('https://vas.brt.it/vas/', 'Community pattern.'),
        ),
        noPhoneNote:
          'BRT has no national consumer number: customer service is run by branch. Call the branch (filiale) shown in tracking, or use the online form.',
        officialAnswer: officialAnswer(
          'branch',
          'specialist customer service organised at branch level',
          'https://www.brt.it/en/faq',
          {
            note: 'A third party adds that the delivery notice shows the branch’s phone number.',
          },
        ),
      },
    },
  },
  {
    id: 'sda',
    website: 'https://www.sda.it',
    regions: {
      IT: {
        phones: [],
        channels: [websiteOnly('https://www.sda.it', 'SDA')],
        tracking: template(
          'https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione?locale=it&tracing.letteraVettura={number}',
          unverified('https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione', 'Community pattern.'),
        ),
        noPhoneNote: 'No SDA customer phone line could be confirmed; use the website.',
        officialAnswer: officialAnswer(
          'online-form',
          'Se non hai la possibilità di farti dare il numero della spedizione dal mittente, compila il modulo online ' +
            'indicando nell’oggetto Assistenza spedizioni in corso',
          'https://www.sda.it/wps/portal/SDAit/FAQ/FAQ%20Assistenza/Per%20chi%20riceve/per+chi+riceve',
          {
            note: 'SDA’s FAQ for recipients: ask the sender for the number, or fill in the online form ("Assistenza spedizioni in corso").',
          },
        ),
      },
    },
    notes: 'SDA belongs to the Poste Italiane group.',
  },
  {
    id: 'poste-italiane',
    website: 'https://www.poste.it',
    regions: {
      IT: {
        phones: [
          {
            e164: '+390645263160',
            display: '06 4526 3160',
            label: 'Customer service (landline and mobile, operator rates)',
            hours: hours('Europe/Rome', 'Mon-Sat 8:00-20:00', [MON_SAT, '08:00', '20:00']),
            ...official('https://poste.it/registrazione-e-assistenza-clienti.html'),
          },
          {
            e164: '803160',
            display: '803 160',
            label: 'Customer service (free from landlines in Italy)',
            hours: hours('Europe/Rome', 'Mon-Sat 8:00-20:00', [MON_SAT, '08:00', '20:00']),
            ...official(
              'https://poste.it/registrazione-e-assistenza-clienti.html',
              'Domestic short code: works only from Italian landlines.',
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.poste.it/cerca/index.html#/risultati-spedizioni/{number}',
          unverified('https://www.poste.it/cerca/index.html', 'Community pattern (10+ repositories).'),
        ),
      },
    },
  },
  {
    id: 'la-poste',
    website: 'https://www.laposte.fr',
    regions: {
      FR: {
        phones: [
          {
            e164: '3631',
            display: '36 31',
            label: 'Customer service (from France)',
            hours: hours(
              'Europe/Paris',
              'Mon-Fri 8:30-19:00, Sat 8:30-13:00',
              [WEEKDAYS, '08:30', '19:00'],
              [['sat'], '08:30', '13:00'],
            ),
            ...official(
              'https://arcep.fr/mes-demarches-et-services/consommateurs/fiches-pratiques/la-resolution-des-litiges-postaux.html',
              'Domestic short code (regulator ARCEP page).',
            ),
          },
          {
            e164: '+33810821821',
            display: '+33 810 821 821',
            label: 'Customer service (from abroad)',
            hours: hours('Europe/Paris', 'Mon-Fri 8:00-19:00', [WEEKDAYS, '08:00', '19:00']),
            ...official(
              'https://arcep.fr/mes-demarches-et-services/consommateurs/fiches-pratiques/la-resolution-des-litiges-postaux.html',
              'ARCEP writes it "+33 0810 821 821".',
            ),
          },
        ],
        channels: [
          channel(
            'contact-page',
            'https://aide.laposte.fr/contact/colissimo/',
            'Colissimo contact',
            official('https://aide.laposte.fr/contact/colissimo/'),
          ),
        ],
        claims: channel(
          'claims',
          'https://entreprises.gouv.fr/fr/services/activites-postales/procedure-de-reclamation-pour-utilisateurs-de-services-postaux',
          'Postal complaint procedure (French government)',
          official(
            'https://entreprises.gouv.fr/fr/services/activites-postales/procedure-de-reclamation-pour-utilisateurs-de-services-postaux',
          ),
        ),
        tracking: template(
          'https://www.laposte.fr/outils/suivre-vos-envois?code={number}',
          unverified(KA('laposte'), 'Community pattern (karrio and a shipment-tracking plugin list).'),
        ),
      },
    },
  },
  {
    id: 'chronopost',
    website: 'https://www.chronopost.fr',
    regions: {
      FR: {
        phones: [
          {
            e164: '+33969391391',
            display: '09 69 391 391',
            label: 'Consumers (standard rate)',
            hours: hours(
              'Europe/Paris',
              'Mon-Fri 8:00-19:00, Sat 8:00-12:00',
              [WEEKDAYS, '08:00', '19:00'],
              [['sat'], '08:00', '12:00'],
            ),
            ...unverified('https://reclamations.fr/transporteurs/chronopost/', 'Third-party listing only.'),
          },
          {
            e164: '+33825801801',
            display: '0 825 801 801',
            label: 'Businesses (€0.20/min)',
            caveats: ['businesses-only', 'premium-rate'],
            ...unverified('https://reclamations.fr/transporteurs/chronopost/', 'Third-party listing only.'),
          },
        ],
        channels: [],
        officialAnswer: officialAnswer(
          'contact-sender',
          'If you are the addressee: … You will then need to contact your sender.',
          'https://www.chronopost.fr/en/help/faq/complaint-private/will-i-be-reimbursed-case-damage-what-should-i-do-if-my-parcel-arrives',
          {
            note:
              'Chronopost’s FAQ on damaged parcels, which also says: "Please contact Customer Service no later than ' +
              '14 days (for domestic shipments) and 21 days (for international shipments) after delivery."',
          },
        ),
        tracking: template(
          'https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={number}',
          unverified(KA('chronopost'), 'Community pattern.'),
        ),
      },
    },
  },
  {
    id: 'colis-prive',
    website: 'https://www.colisprive.com',
    domains: ['colisprive.fr'],
    regions: {
      FR: {
        phones: [],
        channels: [websiteOnly('https://www.colisprive.com', 'Colis Privé')],
        tracking: template(
          'https://www.colisprive.com/moncolis/pages/detailColis.aspx?numColis={number}',
          unverified(
            'https://www.colisprive.com/moncolis/pages/detailColis.aspx',
            'Community pattern (two repositories), checked 2026-11-26.',
          ),
        ),
        noPhoneNote: 'No Colis Privé customer phone line could be confirmed; use the website.',
        officialAnswer: officialAnswer(
          'online-form',
          'In this article, discover all the steps to file an online claim on the website www.colisprive.fr. … Click ' +
            'on the “File a claim” button',
          'https://colisprive.fr/en/aide/how-to-file-a-complaint',
          {
            url: 'https://colisprive.fr/en/aide/how-to-file-a-complaint',
            note: 'Claims are answered within 2 to 7 business days.',
          },
        ),
      },
    },
  },
  {
    id: 'mondial-relay',
    website: 'https://www.mondialrelay.fr',
    regions: {
      FR: {
        phones: [],
        channels: [websiteOnly('https://www.mondialrelay.fr', 'Mondial Relay')],
        tracking: {
          ...template(
            'https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition={number}',
            unverified(
              'https://www.mondialrelay.fr/suivi-de-colis/',
              "Community pattern; the page also asks for the recipient's postcode.",
            ),
          ),
          asks: ['postcode'],
        },
        noPhoneNote: 'No Mondial Relay customer phone line could be confirmed; use the website.',
      },
    },
  },
];
