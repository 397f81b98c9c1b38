/**
 * Every carrier's names: what page text and labels print, and the countries it serves. This is all the page reader
 * (content script) needs, so it lives apart from the contact data (phones, hours, channels, tracking templates), which
 * stays in the regional modules next to this file; ../index.ts joins the two by id into full `CarrierRecord`s.
 * Keep this module free of contact data and of imports of the contact modules: whatever it imports ships in the
 * content script.
 *
 * Order is the directory's order (CARRIERS in ../index.ts): the Western regions, the generic postal record, then Asia.
 * Each entry needs a contact record with the same id, and the reverse (tests/lib/carriers/names.test.ts).
 */
import type { CarrierRecord } from '../types';

/** The name part of a `CarrierRecord`. */
export type CarrierName = Pick<CarrierRecord, 'id' | 'name' | 'aliases' | 'countries'>;

export const CARRIER_NAMES: readonly CarrierName[] = [
  // United States and Canada (contacts: ./north-america.ts).
  // Carrier list: tiktok.md §3.2 (US Seller Shipping names).
  {
    id: 'usps',
    name: 'USPS',
    aliases: ['USPS', 'United States Postal Service', 'U.S. Postal Service', 'US Postal Service'],
    countries: ['US'],
  },
  {
    id: 'ups',
    name: 'UPS',
    aliases: ['UPS', 'United Parcel Service', 'UPS UK'],
    countries: ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'MX'],
  },
  {
    id: 'fedex',
    name: 'FedEx',
    aliases: ['FedEx', 'Federal Express', 'FedEx Ground', 'FedEx Express', 'FedEx UK'],
    countries: ['US', 'MX', 'ES', 'GB'],
  },
  {
    id: 'dhl-express',
    name: 'DHL Express',
    aliases: ['DHL Express', 'DHL', 'DHL UK', 'DHL Express Mexico', 'DHL Express México'],
    countries: ['US', 'GB', 'DE', 'ES', 'MX'],
  },
  {
    id: 'dhl-ecommerce',
    name: 'DHL eCommerce',
    aliases: ['DHL eCommerce', 'DHL eCommerce Solutions', 'DHL Global Mail', 'DHL SmartMail'],
    countries: ['US'],
  },
  {
    id: 'amazon-logistics',
    name: 'Amazon Logistics',
    aliases: ['Amazon Logistics', 'Amazon Shipping', 'Amazon', 'Amazon (CBT)', 'AMZL', 'Amazon Logistics UK'],
    countries: ['US', 'GB'],
  },
  // LaserShip: the company's name until 2023 (notes in ./north-america.ts).
  {
    id: 'ontrac',
    name: 'OnTrac',
    aliases: ['OnTrac', 'LaserShip', 'Laser Ship', 'OnTrac (LaserShip)'],
    countries: ['US'],
  },
  { id: 'gofo', name: 'GOFO Express', aliases: ['GOFO', 'GOFO Express', 'Gofo Inc.'], countries: ['US'] },
  { id: 'uniuni', name: 'UniUni', aliases: ['UniUni', 'Uni Uni', 'UniUni Logistics'], countries: ['US', 'CA'] },
  {
    id: 'spee-dee',
    name: 'Spee-Dee Delivery',
    aliases: ['Spee-Dee Delivery', 'Spee-Dee', 'SpeeDee', 'Spee Dee Delivery'],
    countries: ['US'],
  },
  { id: 'better-trucks', name: 'Better Trucks', aliases: ['Better Trucks', 'BetterTrucks'], countries: ['US'] },
  {
    id: 'tforce',
    name: 'TForce Logistics',
    aliases: ['TForce', 'TForce Logistics', 'TForce Final Mile'],
    countries: ['US', 'CA'],
  },
  { id: 'axlehire', name: 'AxleHire', aliases: ['AxleHire', 'Axle Hire'], countries: ['US'] },
  { id: 'lso', name: 'LSO', aliases: ['LSO', 'Lone Star Overnight'], countries: ['US'] },
  // GSO, Golden State Overnight: its former name (notes in ./north-america.ts).
  { id: 'gls-us', name: 'GLS US', aliases: ['GLS US', 'GLS USA', 'GSO', 'Golden State Overnight'], countries: ['US'] },
  { id: 'landmark-global', name: 'Landmark Global', aliases: ['Landmark Global', 'Landmark'], countries: [] },
  {
    id: 'canada-post',
    name: 'Canada Post',
    aliases: ['Canada Post', 'Postes Canada', 'Canada Post / Postes Canada'],
    countries: ['CA'],
  },
  { id: 'purolator', name: 'Purolator', aliases: ['Purolator'], countries: ['CA'] },
  { id: 'canpar', name: 'Canpar Express', aliases: ['Canpar', 'Canpar Express'], countries: ['CA'] },

  // United Kingdom and Ireland (contacts: ./uk-ireland.ts).
  // Carrier list: tiktok.md §3.2 (UK platform and seller shipping).
  { id: 'royal-mail', name: 'Royal Mail', aliases: ['Royal Mail', 'RoyalMail', 'Royal Mail Group'], countries: ['GB'] },
  {
    id: 'parcelforce',
    name: 'Parcelforce Worldwide',
    aliases: ['Parcelforce', 'Parcelforce Worldwide', 'Parcel Force'],
    countries: ['GB'],
  },
  // Hermes: its name until 2022 (notes in ./uk-ireland.ts); in Germany it means hermes-de (REGIONAL_ALIASES).
  {
    id: 'evri',
    name: 'Evri',
    aliases: ['Evri', 'EVRi', 'Hermes', 'Hermes UK', 'myHermes', 'Hermes/Evri', 'Evri (Hermes)'],
    countries: ['GB'],
  },
  {
    id: 'dpd',
    name: 'DPD',
    aliases: ['DPD', 'DPD UK', 'DPD Local', 'DPD Deutschland', 'DPD France', 'DPD Ireland', 'DPDgroup'],
    countries: ['GB', 'DE', 'FR', 'IE'],
  },
  { id: 'yodel', name: 'Yodel', aliases: ['Yodel'], countries: ['GB'] },
  { id: 'inpost', name: 'InPost', aliases: ['InPost', 'InPost UK', 'InPost France'], countries: ['GB', 'FR'] },
  { id: 'uk-mail', name: 'UK Mail', aliases: ['UK Mail', 'UKMail', 'DHL Parcel UK'], countries: ['GB'] },
  { id: 'an-post', name: 'An Post', aliases: ['An Post', 'AnPost'], countries: ['IE'] },

  // Continental Europe: DE, FR, ES, IT, and CTT of Portugal, which delivers in Spain (contacts: ./europe.ts).
  // Carrier list: tiktok.md §3.2 (EU platform shipping).
  {
    id: 'dhl-paket',
    name: 'DHL Paket',
    aliases: ['DHL Paket', 'DHL Parcel', 'DHL Paket Deutschland', 'DHL Parcel Germany'],
    countries: ['DE'],
  },
  {
    id: 'deutsche-post',
    name: 'Deutsche Post',
    aliases: ['Deutsche Post', 'Deutsche Post DHL', 'Deutsche Post Brief'],
    countries: ['DE'],
  },
  {
    id: 'hermes-de',
    name: 'Hermes Germany',
    aliases: ['Hermes Germany', 'Hermes DE', 'Hermes Deutschland', 'myhermes.de'],
    countries: ['DE'],
  },
  {
    id: 'gls',
    name: 'GLS',
    aliases: ['GLS', 'GLS Group', 'GLS Germany', 'GLS Spain', 'GLS Italy', 'GLS France', 'General Logistics Systems'],
    countries: ['DE', 'ES', 'IT', 'FR'],
  },
  {
    id: 'correos',
    name: 'Correos',
    aliases: ['Correos', 'Correos España', 'Sociedad Estatal Correos y Telégrafos'],
    countries: ['ES'],
  },
  { id: 'seur', name: 'SEUR', aliases: ['SEUR'], countries: ['ES'] },
  { id: 'ctt', name: 'CTT', aliases: ['CTT', 'CTT Express', 'CTT Correios de Portugal'], countries: ['ES', 'PT'] },
  { id: 'mrw', name: 'MRW', aliases: ['MRW'], countries: ['ES'] },
  {
    id: 'brt',
    name: 'BRT',
    aliases: ['BRT', 'Bartolini', 'BRT Bartolini', 'BRT Corriere Espresso'],
    countries: ['IT'],
  },
  { id: 'sda', name: 'SDA', aliases: ['SDA', 'SDA Express Courier', 'SDA Italia'], countries: ['IT'] },
  { id: 'poste-italiane', name: 'Poste Italiane', aliases: ['Poste Italiane', 'Poste Delivery'], countries: ['IT'] },
  {
    id: 'la-poste',
    name: 'La Poste / Colissimo',
    aliases: ['La Poste', 'Colissimo', 'La Poste Colissimo', 'Groupe La Poste'],
    countries: ['FR'],
  },
  { id: 'chronopost', name: 'Chronopost', aliases: ['Chronopost'], countries: ['FR'] },
  { id: 'colis-prive', name: 'Colis Privé', aliases: ['Colis Privé', 'ColisPrivé'], countries: ['FR'] },
  { id: 'mondial-relay', name: 'Mondial Relay', aliases: ['Mondial Relay', 'MondialRelay'], countries: ['FR'] },

  // Mexico, Brazil and Japan (contacts: ./latam-japan.ts). J&T Express México is in the J&T entry below.
  { id: 'estafeta', name: 'Estafeta', aliases: ['Estafeta', 'Estafeta Mexicana'], countries: ['MX'] },
  {
    id: 'correos-de-mexico',
    name: 'Correos de México',
    aliases: ['Correos de México', 'SEPOMEX', 'Servicio Postal Mexicano', 'Mexpost'],
    countries: ['MX'],
  },
  { id: '99minutos', name: '99minutos', aliases: ['99minutos', '99 Minutos', '99minutos.com'], countries: ['MX'] },
  {
    id: 'correios',
    name: 'Correios',
    aliases: ['Correios', 'Correios do Brasil', 'Empresa Brasileira de Correios e Telégrafos', 'SEDEX'],
    countries: ['BR'],
  },
  { id: 'loggi', name: 'Loggi', aliases: ['Loggi'], countries: ['BR'] },
  { id: 'jadlog', name: 'Jadlog', aliases: ['Jadlog', 'Jadlog Logística'], countries: ['BR'] },
  {
    id: 'japan-post',
    name: 'Japan Post',
    aliases: ['Japan Post', '日本郵便', 'ゆうパック', 'ゆうパケット', 'Yu-Pack'],
    countries: ['JP'],
  },
  {
    id: 'yamato',
    name: 'Yamato Transport',
    aliases: ['Yamato Transport', 'Yamato', 'ヤマト運輸', 'クロネコヤマト', 'Kuroneko Yamato'],
    countries: ['JP'],
  },
  { id: 'sagawa', name: 'Sagawa Express', aliases: ['Sagawa Express', 'Sagawa', '佐川急便'], countries: ['JP'] },

  // For S10 numbers whose two-letter suffix names a post with no record of its own (contacts: ./west.ts).
  {
    id: 'postal',
    name: 'National postal service',
    aliases: ['National postal service', 'Postal service'],
    countries: [],
  },

  // South-East Asian markets (ID, MY, TH, VN, PH, SG), J&T's Latin-American arms (MX, BR) and the cross-border
  // carriers that bring parcels from China (contacts: ./asia.ts). Research: carriers-asia.md and tiktok.md §3.
  {
    id: 'jt-express',
    name: 'J&T Express',
    aliases: ['J&T Express', 'J&T', 'Ｊ＆Ｔ', 'JNT', 'J&T Express MX', '極兔', '极兔', '极兔速递'],
    countries: ['ID', 'MY', 'TH', 'VN', 'PH', 'SG', 'MX', 'BR'],
  },
  // A different Indonesian company from J&T Express, with a confusingly similar name (notes in ./asia.ts).
  { id: 'jet-express', name: 'JET Express', aliases: ['JET Express', 'JETexpress'], countries: ['ID'] },
  // J&T's freight service in Vietnam (contacts: ./asia.ts).
  { id: 'jt-cargo', name: 'J&T Cargo', aliases: ['J&T Cargo', 'JT Cargo', 'J&T Cargo Vietnam'], countries: ['VN'] },
  {
    id: 'ninja-van',
    name: 'Ninja Van',
    aliases: ['Ninja Van', 'Ninja Xpress'],
    countries: ['SG', 'MY', 'PH', 'TH', 'VN', 'ID'],
  },
  {
    id: 'flash-express',
    name: 'Flash Express',
    aliases: ['Flash Express', 'แฟลช เอ็กซ์เพรส'],
    countries: ['TH', 'PH', 'MY'],
  },
  // Shopee Express: its former name (notes in ./asia.ts).
  {
    id: 'spx',
    name: 'SPX Express',
    aliases: ['SPX', 'SPX Express', 'SPX Xpress', 'Shopee Express'],
    countries: ['ID', 'MY', 'VN', 'PH', 'TH'],
  },
  {
    id: 'kerry-express',
    name: 'KEX Express (Kerry Express)',
    aliases: ['Kerry Express', 'KEX', 'KEX Express', 'เคอรี่ เอ็กซ์เพรส'],
    countries: ['TH'],
  },
  { id: 'thailand-post', name: 'Thailand Post', aliases: ['Thailand Post', 'ไปรษณีย์ไทย'], countries: ['TH'] },
  { id: 'best-express', name: 'Best Express', aliases: ['Best Express', 'BEST Inc'], countries: ['TH', 'MY', 'VN'] },
  { id: 'ghn', name: 'Giao Hàng Nhanh (GHN)', aliases: ['GHN', 'Giao Hàng Nhanh', 'GHN Express'], countries: ['VN'] },
  { id: 'ghtk', name: 'Giao Hàng Tiết Kiệm (GHTK)', aliases: ['GHTK', 'Giao Hàng Tiết Kiệm'], countries: ['VN'] },
  { id: 'viettel-post', name: 'Viettel Post', aliases: ['Viettel Post', 'Bưu chính Viettel'], countries: ['VN'] },
  {
    id: 'vnpost',
    name: 'Vietnam Post (VNPost)',
    aliases: ['VNPost', 'Vietnam Post', 'Bưu điện Việt Nam', 'EMS Vietnam'],
    countries: ['VN'],
  },
  { id: 'jne', name: 'JNE', aliases: ['JNE', 'JNE Express', 'Jalur Nugraha Ekakurir'], countries: ['ID'] },
  { id: 'sicepat', name: 'SiCepat Ekspres', aliases: ['SiCepat', 'SiCepat Ekspres'], countries: ['ID'] },
  { id: 'anteraja', name: 'AnterAja', aliases: ['AnterAja'], countries: ['ID'] },
  { id: 'id-express', name: 'ID Express', aliases: ['ID Express', 'IDExpress'], countries: ['ID'] },
  { id: 'pos-indonesia', name: 'Pos Indonesia', aliases: ['Pos Indonesia', 'PT Pos Indonesia'], countries: ['ID'] },
  { id: 'lion-parcel', name: 'Lion Parcel', aliases: ['Lion Parcel'], countries: ['ID'] },
  { id: 'pos-malaysia', name: 'Pos Malaysia (Pos Laju)', aliases: ['Pos Malaysia', 'Pos Laju'], countries: ['MY'] },
  {
    id: 'city-link',
    name: 'City-Link Express',
    aliases: ['City-Link', 'City-Link Express'],
    countries: ['MY', 'SG'],
  },
  { id: 'lbc', name: 'LBC Express', aliases: ['LBC', 'LBC Express'], countries: ['PH'] },
  { id: '2go', name: '2GO Express', aliases: ['2GO', '2GO Express'], countries: ['PH'] },
  {
    id: 'phlpost',
    name: 'PHLPost (Philippine Postal Corporation)',
    aliases: ['PHLPost', 'Philippine Postal Corporation'],
    countries: ['PH'],
  },
  { id: 'singpost', name: 'SingPost (Singapore Post)', aliases: ['SingPost', 'Singapore Post'], countries: ['SG'] },
  { id: 'china-post', name: 'China Post', aliases: ['China Post', '中国邮政', '中國郵政'], countries: ['CN'] },
  {
    id: 'china-ems',
    name: 'China EMS (China Post Express & Logistics)',
    aliases: [
      'China EMS',
      'EMS China',
      'China Post EMS',
      'China Post Express & Logistics',
      '中国邮政速递物流',
      '邮政EMS',
    ],
    countries: ['CN'],
  },
  { id: 'cainiao', name: 'Cainiao', aliases: ['Cainiao', '菜鸟', '菜鸟网络', 'Cainiao Network'], countries: ['CN'] },
  {
    id: 'yunexpress',
    name: 'YunExpress',
    aliases: ['YunExpress', 'Yun Express', '云途', '云途物流'],
    countries: ['CN'],
  },
  { id: '4px', name: '4PX', aliases: ['4PX', '递四方', '4PX Express'], countries: ['CN'] },
  { id: 'yanwen', name: 'Yanwen', aliases: ['Yanwen', '燕文', '燕文物流', 'Yanwen Logistics'], countries: ['CN'] },
  {
    id: 'sf-express',
    name: 'SF Express',
    aliases: ['SF Express', 'SF International', '顺丰', '顺丰速运', '順豐', '順豐速運'],
    countries: ['CN'],
  },
];

/**
 * Names that mean a different carrier in one market: on German TikTok Shop pages (tiktok.md §3.2, DE platform
 * carriers "GLS, Hermes, DPD") "Hermes" is Hermes Germany, while everywhere else it is Evri's former name.
 * Keys are region codes; names are matched after the same normalization as aliases.
 */
export const REGIONAL_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DE: { Hermes: 'hermes-de', myHermes: 'hermes-de' },
};
