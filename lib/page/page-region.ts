/**
 * The market a page is for, when its URL does not say (buyer web pages, seller-eu and global-selling hosts without
 * `shop_region`): first from the currency its prices use, then from the language of its labels. Only a clear
 * answer counts; otherwise undefined.
 */
import type { Lang } from './labels';
import type { TextItem } from './collect';

/** Languages spoken in exactly one of our markets. Spanish (ES, MX) and English are not. */
const REGION_OF_LANG: Partial<Record<Lang, string>> = {
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  pt: 'BR',
  ja: 'JP',
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  ms: 'MY',
  fil: 'PH',
};

const CURRENCY = /R\$|S\$|MX\$|US\$|Rp|RM|MXN|VND|USD|PHP|[฿₫₱£€円$]/;

/** Currency markers that name one market by themselves; `€` and `$` need the page language. */
function regionOfCurrency(marker: string, lang: Lang | undefined): string | undefined {
  switch (marker) {
    case 'R$':
      return 'BR';
    case 'S$':
      return 'SG';
    case 'MX$':
    case 'MXN':
      return 'MX';
    case 'US$':
    case 'USD':
      return 'US';
    case 'Rp':
      return 'ID';
    case 'RM':
      return 'MY';
    case '฿':
      return 'TH';
    case '₫':
    case 'VND':
      return 'VN';
    case '₱':
    case 'PHP':
      return 'PH';
    case '£':
      return 'GB';
    case '円':
      return 'JP';
    case '€':
      return lang === 'en' ? 'IE' : lang === 'es' ? 'ES' : lang ? REGION_OF_LANG[lang] : undefined;
    case '$':
      return lang === 'en' ? 'US' : lang === 'es' ? 'MX' : undefined;
    default:
      return undefined;
  }
}

/** The language most labels on the page are written in, when one clearly leads. */
export function dominantLang(counts: ReadonlyMap<Lang, number>): Lang | undefined {
  let best: Lang | undefined;
  let bestCount = 0;
  let second = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      second = bestCount;
      best = lang;
      bestCount = count;
    } else if (count > second) second = count;
  }
  return bestCount > 0 && bestCount > second ? best : undefined;
}

/** Whether a text could be an amount that votes for the page's market (short, with a digit and a currency). */
export function mayShowAmount(text: string): boolean {
  return text.length <= 40 && CURRENCY.test(text) && /\d/.test(text);
}

/** Amounts are short texts with a digit; a few dozen are plenty to see the currency. */
const MAX_AMOUNTS = 64;

export function regionFromPage(items: readonly TextItem[], lang: Lang | undefined): string | undefined {
  const votes = new Map<string, number>();
  let seen = 0;
  for (const item of items) {
    if (!mayShowAmount(item.text)) continue;
    const match = CURRENCY.exec(item.text)!;
    const region = regionOfCurrency(match[0], lang);
    if (region) votes.set(region, (votes.get(region) ?? 0) + 1);
    if (++seen >= MAX_AMOUNTS) break;
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [region, count] of votes) {
    if (count > bestCount) {
      best = region;
      bestCount = count;
    }
  }
  return best ?? (lang ? REGION_OF_LANG[lang] : undefined);
}
