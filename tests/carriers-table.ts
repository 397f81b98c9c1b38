/**
 * `npm run carriers`: the whole carrier directory at a glance, for a maintainer reviewing it.
 * One line per carrier and country entry: phones (✓ verified on the carrier's or a regulator's page, ? unverified;
 * an extension after the number, "1217 ext.5"), whether there is a tracking deep link ("link"), a page to paste the
 * number into ("page") or nothing ("-"), and the carrier's own answer when it sends people elsewhere first.
 */
import { CARRIERS } from '../lib/carriers/index';
import type { CarrierRecord, RegionEntry } from '../lib/carriers/types';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const WIDTH = { carrier: 24, countries: 22, region: 6, phones: 58, tracking: 8, answer: 16 };

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function phoneText(entry: RegionEntry): string {
  if (entry.phones.length === 0) return entry.noPhoneNote ? '(no phone)' : '-';
  // The extension keeps two lines of one number apart (KEX: 1217 and 1217 ext.5 for claims).
  return entry.phones
    .map((p) => `${p.e164}${p.extension ? ` ext.${p.extension}` : ''} ${p.verified ? '✓' : '?'}`)
    .join('  ');
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
      cell(entry.officialAnswer?.action ?? '', WIDTH.answer),
    ].join(' '),
  );
}

const header = [
  cell('carrier', WIDTH.carrier),
  cell('countries', WIDTH.countries),
  cell('entry', WIDTH.region),
  cell('phones (✓ verified, ? unverified)', WIDTH.phones),
  cell('tracking', WIDTH.tracking),
  cell('official answer', WIDTH.answer),
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
print(`official answers:       ${entries.filter((e) => e.officialAnswer).length} (contact the sender, chat, form...)`);

/** An entry reachable through something the carrier itself (or a regulator) states: a line, a channel, an answer. */
function hasOfficialChannel(entry: RegionEntry | undefined): boolean {
  if (!entry) return false;
  return (
    entry.phones.some((p) => p.verified) ||
    entry.channels.some((c) => c.verified && c.kind !== 'help') ||
    entry.officialAnswer !== undefined
  );
}

print('');
print('carriers with an official channel (verified phone, e-mail/chat/form, or own answer), by market:');
for (const market of ['ID', 'TH', 'VN', 'MY', 'PH', 'SG']) {
  const serving = CARRIERS.filter((c) => c.regions[market]);
  const reachable = serving.filter((c) => hasOfficialChannel(c.regions[market]));
  print(`  ${market}  ${reachable.length}/${serving.length}  ${reachable.map((c) => c.id).join(' ')}`);
}
