/**
 * `npm run carriers`: the whole carrier directory at a glance, for a maintainer reviewing it.
 * One line per carrier and country entry: phones (✓ verified on the carrier's or a regulator's page, ? unverified),
 * and whether there is a tracking deep link ("link"), a page to paste the number into ("page") or nothing ("-").
 */
import { CARRIERS } from '../lib/carriers/index';
import type { CarrierRecord, RegionEntry } from '../lib/carriers/types';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const WIDTH = { carrier: 24, countries: 22, region: 6, phones: 58, tracking: 8 };

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function phoneText(entry: RegionEntry): string {
  if (entry.phones.length === 0) return entry.noPhoneNote ? '(no phone)' : '-';
  return entry.phones.map((p) => `${p.e164} ${p.verified ? '✓' : '?'}`).join('  ');
}

function trackingText(entry: RegionEntry): string {
  if (!entry.tracking) return '-';
  return `${entry.tracking.copyNumber ? 'page' : 'link'} ${entry.tracking.verified ? '✓' : '?'}`;
}

function rows(carrier: CarrierRecord): string[] {
  return Object.entries(carrier.regions).map(([region, entry], index) =>
    [
      cell(index === 0 ? carrier.name : '', WIDTH.carrier),
      cell(index === 0 ? carrier.countries.join(' ') || '(any)' : '', WIDTH.countries),
      cell(region, WIDTH.region),
      cell(phoneText(entry), WIDTH.phones),
      cell(trackingText(entry), WIDTH.tracking),
    ].join(' '),
  );
}

const header = [
  cell('carrier', WIDTH.carrier),
  cell('countries', WIDTH.countries),
  cell('entry', WIDTH.region),
  cell('phones (✓ verified, ? unverified)', WIDTH.phones),
  cell('tracking', WIDTH.tracking),
].join(' ');

print(header);
print('-'.repeat(header.length));
for (const carrier of CARRIERS) for (const row of rows(carrier)) print(row);

const entries = CARRIERS.flatMap((c) => Object.values(c.regions));
const phones = entries.flatMap((e) => e.phones);
const verified = phones.filter((p) => p.verified).length;
const countries = new Set(
  CARRIERS.flatMap((c) => [...c.countries, ...Object.keys(c.regions)]).filter((k) => k !== 'INTL'),
);
const noPhone = CARRIERS.filter((c) => Object.values(c.regions).every((e) => e.phones.length === 0));
const templates = entries.filter((e) => e.tracking);
const deepLinks = templates.filter((e) => !e.tracking?.copyNumber).length;

print('');
print(`carriers:               ${CARRIERS.length}`);
print(`countries:              ${countries.size} (${[...countries].toSorted().join(' ')})`);
print(`phone numbers:          ${phones.length} (${verified} verified / ${phones.length - verified} unverified)`);
print(`carriers with no phone: ${noPhone.length}`);
print(
  `tracking templates:     ${templates.length} (${deepLinks} deep links, ${templates.length - deepLinks} copy-the-number pages)`,
);
