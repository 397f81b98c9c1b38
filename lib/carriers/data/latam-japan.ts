/**
 * Contact data of the carriers of Mexico, Brazil and Japan (their names and aliases: ./names.ts).
 * Facts: ../shared/research/carriers-west.md §8-§10 (TikTok Shop publishes no carrier list for these markets,
 * tiktok.md §3.2). J&T Express México is in the Asia helper's J&T record.
 * ../shared/research/contacts-2026-11.md (checked 2026-11-30) added Correios' official lines and the official answers
 * of 99minutos (e-mail) and Yamato (its inquiry form).
 */
import {
  CONTACTS_CHECKED,
  EVERY_DAY,
  WEEKDAYS,
  channel,
  copyPage,
  hours,
  official,
  officialAnswer,
  template,
  unverified,
  websiteOnly,
  type CarrierContactRecord,
} from './sourcing';

const WEEKEND: ('sat' | 'sun')[] = ['sat', 'sun'];

export const LATAM_JAPAN_CONTACTS: CarrierContactRecord[] = [
  {
    id: 'estafeta',
    website: 'https://www.estafeta.com',
    regions: {
      MX: {
        phones: [
          {
            e164: '+528003782338',
            display: '800 378 2338',
            label: 'Atención a clientes',
            ...official(
              'https://estafeta.com/es/c/portal/update_language?languageId=en_US&p_l_id=350&redirect=%2Fes%2Fpreguntas-frecuentes',
              "An old Estafeta page gives the tracking-order service's hours as Mon-Fri 9:00-18:00.",
            ),
          },
        ],
        channels: [],
        tracking: template(
          'https://www.estafeta.com/Rastreo/{number}',
          unverified(
            'https://www.estafeta.com/Rastreo/',
            'Community pattern; one shop guide says numbers must be pasted into the Estafeta portal instead.',
          ),
        ),
      },
    },
  },
  {
    id: 'correos-de-mexico',
    website: 'https://www.correosdemexico.gob.mx',
    domains: ['correosdemexico.com.mx'],
    regions: {
      MX: {
        phones: [
          {
            e164: '+528007017000',
            display: '01 800 701 7000',
            label: 'Information line (toll-free)',
            ...official(
              'https://www.gob.mx/correosdemexico/acciones-y-programas/solicitud-de-renovacion-de-uso-de-registro-postal-de-publicacion-periodica',
              "Correos de México's own page on gob.mx gives 01 800 701 7000 (Lada sin costo) for information from outside " +
                'Mexico City; it is printed in a postal-registration FAQ, not as a parcel-tracking line. For lost or ' +
                'delayed items use the claims portal.',
            ),
          },
        ],
        channels: [websiteOnly('https://www.correosdemexico.gob.mx', 'Correos de México')],
        claims: channel(
          'claims',
          'https://www.correosdemexico.gob.mx/SSLServicios/ReclamaRegistro/',
          'Reclamaciones (claims portal)',
          official('https://www.correosdemexico.gob.mx/SSLServicios/ReclamaRegistro/'),
        ),
        tracking: copyPage(
          'https://www.correosdemexico.gob.mx/SSLServicios/SeguimientoEnvio/Seguimiento.aspx',
          unverified(
            'https://datanoticias.com/2020/02/07/que-hacer-si-perdieron-mi-envio-pasos-a-seguir-en-correos-de-mexico-dhl-estafeta-o-fedex',
            'Tracking page named by a third party; no reliable deep link was found.',
          ),
        ),
      },
    },
    notes:
      'Parcel service to the US was reported suspended from 27 Aug 2025 (third party: https://soydurangonoticias.com/?p=20181).',
  },
  {
    id: '99minutos',
    website: 'https://99minutos.com',
    domains: ['99minutos.zohodesk.com'],
    regions: {
      MX: {
        phones: [],
        channels: [
          channel(
            'email',
            'mailto:atencion@99minutos.com',
            'Atención a clientes (claims email)',
            official(
              'https://99minutos.zohodesk.com/portal/es/kb/articles/qu%C3%A9-pasa-si-el-paquete-que-env%C3%ADe-presenta-un-estatus-de-robo-y-o-extrav%C3%ADo',
              'Loss or damage refunds up to MXN 2,500, or MXN 15,000 if insured.',
            ),
          ),
          channel(
            'help',
            'https://99minutos.zohodesk.com',
            '99minutos help center',
            official('https://99minutos.zohodesk.com'),
          ),
        ],
        noPhoneNote: '99minutos publishes no phone line in the sources found; write to atencion@99minutos.com.',
        officialAnswer: officialAnswer(
          'email',
          'Para poder generar un reclamo por robo y/o extravío, deberás generar un contacto al correo electrónico ' +
            'atencion@99minutos.com',
          'https://99minutos.zohodesk.com/portal/es/kb/articles/qu%C3%A9-pasa-si-el-paquete-que-env%C3%ADe-presenta-un-estatus-de-robo-y-o-extrav%C3%ADo',
          { url: 'mailto:atencion@99minutos.com', note: 'Claim follow-up takes 15 working days.' },
        ),
      },
    },
  },
  {
    id: 'correios',
    website: 'https://www.correios.com.br',
    regions: {
      BR: {
        phones: [
          {
            e164: '30030100',
            display: '3003 0100',
            label: 'Central de Atendimento (capitals and metropolitan areas)',
            ...official(
              'https://www.correios.com.br/falecomoscorreios/canais-de-denuncia',
              'Domestic short code (a Brazilian 3003 number, dialled without area code). "3003 0100 (capitais e ' +
                'regiões metropolitanas) … de segunda a sexta-feira, das 8h" (the hours are cut off on the page).',
              CONTACTS_CHECKED,
            ),
          },
          {
            e164: '+558007257282',
            display: '0800 725 7282',
            label: 'Central de Atendimento (other localities)',
            ...official(
              'https://www.correios.com.br/falecomoscorreios/canais-de-denuncia',
              '"0800 725 7282 (demais localidades)"; Mon–Fri from 8h.',
              CONTACTS_CHECKED,
            ),
          },
          {
            e164: '+558007250100',
            display: '0800 725 0100',
            label: 'Suggestions, compliments and complaints',
            caveats: ['complaints-only'],
            ...unverified(
              'https://ultimasnoticias.inf.br/noticia/correios-esclarecem-sobre-a-comercializacao-de-caixas-receptoras-de-correspondencia/',
              'News quoting Correios: "0800 725 0100 (Exclusivo para sugestões, elogios ou reclamações)".',
              CONTACTS_CHECKED,
            ),
          },
        ],
        channels: [
          channel(
            'contact-page',
            'https://correios.com.br/a-a-z/reclamacao',
            'Fale Conosco (online, 24 h)',
            official('https://correios.com.br/a-a-z/reclamacao'),
          ),
        ],
        claims: channel(
          'claims',
          'https://correios.com.br/a-a-z/reclamacao',
          'Reclamação',
          official('https://correios.com.br/a-a-z/reclamacao'),
        ),
        tracking: {
          ...copyPage(
            'https://rastreamento.correios.com.br/app/index.php',
            unverified(
              'https://rastreamento.correios.com.br/app/index.php',
              'The tracking site uses a captcha and community code disagrees on the deep-link parameter.',
            ),
          ),
          asks: ['captcha'],
        },
      },
    },
  },
  {
    id: 'loggi',
    website: 'https://www.loggi.com',
    regions: {
      BR: {
        phones: [
          {
            e164: '40201460',
            display: '4020-1460',
            label: 'Customers with an order in progress',
            caveats: ['orders-in-progress'],
            ...unverified(
              'https://baratodecelular.com.br/telefone-loggi/',
              'Domestic short code (Brazilian 4020 service number, dialled without area code); third-party only, low confidence.',
            ),
          },
        ],
        channels: [websiteOnly('https://www.loggi.com', 'Loggi')],
      },
    },
  },
  {
    id: 'jadlog',
    website: 'https://www.jadlog.com.br',
    regions: {
      BR: {
        phones: [],
        channels: [websiteOnly('https://www.jadlog.com.br', 'Jadlog')],
        tracking: template(
          'https://www.jadlog.com.br/rastreamento/#tracking/{number}',
          unverified('https://www.jadlog.com.br/rastreamento/', 'One community repository only; uncertain.'),
        ),
        noPhoneNote: 'No Jadlog customer phone line could be confirmed; use the website.',
      },
    },
  },
  {
    id: 'japan-post',
    website: 'https://www.post.japanpost.jp',
    regions: {
      JP: {
        phones: [
          {
            e164: '+81120232886',
            display: '0120-23-28-86',
            label: 'Customer Service Center (toll-free)',
            hours: hours(
              'Asia/Tokyo',
              'Mon-Fri 8:00-22:00; Sat, Sun and holidays 9:00-22:00',
              [WEEKDAYS, '08:00', '22:00'],
              [WEEKEND, '09:00', '22:00'],
            ),
            ...unverified('https://feelfukuoka.com/ja/culture-lifestyle/postalservice', 'Third-party only.'),
          },
          {
            e164: '+81570046666',
            display: '0570-046-666',
            label: 'Customer Service Center (from mobiles; +81-570-046-666 from abroad)',
            hours: hours(
              'Asia/Tokyo',
              'Mon-Fri 8:00-22:00; Sat, Sun and holidays 9:00-22:00',
              [WEEKDAYS, '08:00', '22:00'],
              [WEEKEND, '09:00', '22:00'],
            ),
            ...unverified('https://feelfukuoka.com/ja/culture-lifestyle/postalservice', 'Third-party only.'),
          },
          {
            e164: '+81570046111',
            display: '0570-046-111',
            label: 'Customer Service Center (English)',
            ...unverified('https://feelfukuoka.com/ja/culture-lifestyle/postalservice', 'Third-party only.'),
          },
        ],
        channels: [],
        tracking: template(
          'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={number}&locale=en',
          unverified('https://trackings.post.japanpost.jp/services/srv/search/', 'Community pattern.'),
        ),
      },
    },
  },
  {
    id: 'yamato',
    website: 'https://www.kuronekoyamato.co.jp',
    domains: ['yamato-hd.co.jp'],
    regions: {
      JP: {
        phones: [
          {
            e164: '+81120019625',
            display: '0120-01-9625',
            label: 'Customer service (from landlines)',
            hours: hours('Asia/Tokyo', '8:00-21:00 every day', [EVERY_DAY, '08:00', '21:00']),
            ...unverified('https://about.7sgood.com/blog/yamato-parcel-inquiry-methods', 'Third-party only.'),
          },
          {
            e164: '+81570200000',
            display: '0570-200-000',
            label: 'Customer service (from mobiles)',
            hours: hours('Asia/Tokyo', '8:00-21:00 every day', [EVERY_DAY, '08:00', '21:00']),
            ...unverified('https://about.7sgood.com/blog/yamato-parcel-inquiry-methods', 'Third-party only.'),
          },
        ],
        channels: [],
        officialAnswer: officialAnswer(
          'online-form',
          'If the parcel is not in a delivery locker, it is likely that there is a problem with the delivery. Please ' +
            'contact Yamato Transport as soon as possible. … Use the inquiry form to report the mistaken delivery.',
          'https://www.kuronekoyamato.co.jp/ytc/en/redelivery/issue.html',
          {
            url: 'https://www.kuronekoyamato.co.jp/ytc/en/redelivery/issue.html',
            note: 'Yamato’s own English page gives no phone number; the numbers below are from third parties.',
          },
        ),
        tracking: template(
          'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01={number}',
          unverified('https://toi.kuronekoyamato.co.jp/cgi-bin/tneko', 'Community pattern (many repositories).'),
        ),
      },
    },
  },
  {
    id: 'sagawa',
    website: 'https://www.sagawa-exp.co.jp',
    regions: {
      JP: {
        phones: [],
        channels: [websiteOnly('https://www.sagawa-exp.co.jp', 'Sagawa')],
        tracking: template(
          'https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={number}',
          unverified('https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do', 'Community pattern.'),
        ),
        noPhoneNote: 'No Sagawa customer phone line could be confirmed; use the website.',
      },
    },
  },
];
