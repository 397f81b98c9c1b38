/**
 * What to look up for a link the user right-clicked. Carriers' own tracking links carry the number as a query value
 * (`ups.com/track?tracknum=1Z...`, `tools.usps.com/go/TrackConfirmAction?tLabels=9400...`) or a path segment
 * (`parcelsapp.com/en/tracking/LP00...`); links in emails and chats often only say "Track your parcel".
 */
import { CARRIERS } from '../carriers';
import { locatePackages } from './lookup';

/** URL parts longer than this are tokens, signatures or encoded blobs, not a tracking number. */
const MAX_PART = 200;
/** At most this many parts of one URL are read. */
const MAX_PARTS = 40;

/** Registrable hosts of carriers' own sites (website and other domains), when exactly one carrier has the host. */
const CARRIER_HOSTS: ReadonlyMap<string, string> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const carrier of CARRIERS) {
    const hosts = [hostOf(carrier.website), ...(carrier.domains ?? [])];
    for (const host of hosts) if (host) owners.set(host, (owners.get(host) ?? new Set()).add(carrier.name));
  }
  const hosts = new Map<string, string>();
  for (const [host, names] of owners) if (names.size === 1) hosts.set(host, [...names][0]!);
  return hosts;
})();

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
}

/** The carrier whose site `hostname` is (the host or a subdomain of it), by name. */
function carrierOfHost(hostname: string): string | undefined {
  const labels = hostname.toLowerCase().split('.');
  for (let k = 0; k < labels.length - 1; k++) {
    const name = CARRIER_HOSTS.get(labels.slice(k).join('.'));
    if (name) return name;
  }
  return undefined;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** The values a URL carries: query values, path segments, and the fragment's values or segments. */
function urlParts(url: URL): string[] {
  const parts: string[] = [];
  const add = (value: string) => {
    if (value && value.length <= MAX_PART && parts.length < MAX_PARTS) parts.push(value);
  };
  for (const value of url.searchParams.values()) add(value);
  for (const segment of url.pathname.split('/')) add(decoded(segment));
  const fragment = url.hash.slice(1);
  if (fragment.includes('=')) for (const value of new URLSearchParams(fragment).values()) add(value);
  else for (const segment of fragment.split('/')) add(decoded(segment));
  return parts;
}

/**
 * The text to look up for a link: the numbers in its URL, each after the name of the carrier whose site it is (so
 * the lookup names a number it does not know by its format, as it would in "J&T Express 630127384950"); else the
 * link's text (Firefox gives it to the menu click; Chrome does not:
 * https://developer.chrome.com/docs/extensions/reference/api/contextMenus#type-OnClickData); else the URL itself, so
 * that "no tracking number found" says what was looked at. Undefined when there is nothing at all.
 */
export function linkLookupText(linkUrl: string | undefined, linkText?: string): string | undefined {
  let url: URL | undefined;
  try {
    url = linkUrl ? new URL(linkUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
    const carrier = carrierOfHost(url.hostname);
    // Blank lines keep the parts apart: a number never joins across them.
    const text = urlParts(url)
      .map((part) => (carrier ? `${carrier}: ${part}` : part))
      .join('\n\n');
    const found = locatePackages(text).map(({ start, end }) => text.slice(start, end));
    if (found.length > 0) return found.join('\n');
  }
  const label = linkText?.trim();
  return label || linkUrl || undefined;
}
