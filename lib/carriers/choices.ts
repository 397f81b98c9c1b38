/**
 * The carriers the options page offers as preferences: those serving the user's country first, with the name people
 * there know them by, and every other carrier behind a search. Names only (./names.ts): no contact data.
 */
import { CARRIER_NAMES, type CarrierName, carrierNameById, normalizeName } from './names';

export interface CarrierChoice {
  id: string;
  name: string;
  /** The carrier's name in the country's own script or language, when the directory has one, e.g. ไปรษณีย์ไทย. */
  localName?: string;
  /** The language of `localName` (BCP 47), so screen readers pronounce it as such. */
  localLang?: string;
}

/** The main language of each market whose carriers have local names in the directory. */
const LANGUAGES: Readonly<Record<string, string>> = {
  TH: 'th',
  JP: 'ja',
  VN: 'vi',
  FR: 'fr',
  ES: 'es',
  MX: 'es',
  BR: 'pt',
  DE: 'de',
  IT: 'it',
  ID: 'id',
  MY: 'ms',
};

/** Markets whose people read another script than Latin; every other market reads Latin (with its accents). */
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  TH: /^[\p{Script=Thai}\P{L}]+$/u,
  JP: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\P{L}]+$/u,
};
const LATIN = /^[\p{Script=Latin}\P{L}]+$/u;

/** A name for comparing forms of it: normalized, and spaces out too ("ColisPrivé" is a form of "Colis Privé"). */
function compact(text: string): string {
  return normalizeName(text).replaceAll(' ', '');
}

/**
 * The first alias written the country's way that is not just a form of the carrier's name: Thai script in Thailand
 * (แฟลช เอ็กซ์เพรส), Japanese in Japan (日本郵便), and elsewhere a Latin-script name with the language's own letters
 * (Bưu chính Viettel). "DHL Express México" or "Ｊ＆Ｔ" are forms of the name, and 極兔 is not read in Thailand.
 */
export function localName(carrier: CarrierName, country: string | undefined): string | undefined {
  if (!country || !carrier.countries.includes(country)) return undefined;
  const script = SCRIPTS[country];
  const name = compact(carrier.name);
  return carrier.aliases.find((alias) => {
    const key = compact(alias);
    if (!key || name.includes(key) || key.includes(name)) return false;
    // In Latin script, only a name with letters beyond ASCII is a local form (one in plain ASCII is an English one).
    return script ? script.test(alias) : LATIN.test(alias) && /[^ -~]/.test(alias);
  });
}

function choice(carrier: CarrierName, country: string | undefined): CarrierChoice {
  const local = localName(carrier, country);
  const lang = country && LANGUAGES[country];
  return {
    id: carrier.id,
    name: carrier.name,
    ...(local ? { localName: local, ...(lang ? { localLang: lang } : {}) } : {}),
  };
}

/** The carriers serving `country`, in directory order; none without a country. */
export function carriersServing(country: string | undefined): CarrierChoice[] {
  if (!country) return [];
  return CARRIER_NAMES.filter((carrier) => carrier.countries.includes(country)).map((c) => choice(c, country));
}

/** Preference ids as choices, in the user's order; ids the directory no longer knows are left out. */
export function choicesFor(ids: readonly string[], country: string | undefined): CarrierChoice[] {
  return ids.flatMap((id) => {
    const carrier = carrierNameById(id);
    return carrier ? [choice(carrier, country)] : [];
  });
}

/**
 * Carriers whose name or any alias contains `query` (case, accent and punctuation blind: "kerry" finds "KEX Express
 * (Kerry Express)", "hermes" finds Evri), best first: names that start with the query, then the rest in directory
 * order. `exclude` leaves out carriers already shown elsewhere.
 */
export function searchCarriers(
  query: string,
  options: { exclude?: ReadonlySet<string>; limit?: number; country?: string } = {},
): CarrierChoice[] {
  const needle = normalizeName(query.slice(0, 60));
  if (!needle) return [];
  const hits: { carrier: CarrierName; starts: boolean }[] = [];
  for (const carrier of CARRIER_NAMES) {
    if (options.exclude?.has(carrier.id)) continue;
    const keys = [carrier.name, ...carrier.aliases].map(normalizeName);
    if (!keys.some((key) => key.includes(needle))) continue;
    hits.push({ carrier, starts: keys.some((key) => key.startsWith(needle)) });
  }
  return hits
    .toSorted((a, b) => Number(b.starts) - Number(a.starts))
    .slice(0, options.limit ?? 8)
    .map(({ carrier }) => choice(carrier, options.country));
}
