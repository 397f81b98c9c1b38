import { useId, useMemo, useState } from 'preact/hooks';
import type { DetectedPackage } from '../lib/order';
import { carrierName } from './carrier-names';
import { CopyButton } from './CopyButton';
import { bounded, squashed } from './format';
import { t } from './strings';

export interface PackageListProps {
  packages: readonly DetectedPackage[];
  /** Tracking number of the package whose answer the popup shows. */
  selected: string | undefined;
  /** `byPointer`: picked with a mouse or a tap (the popup scrolls the answer into view), not with the keyboard. */
  onSelect: (trackingNumber: string, byPointer: boolean) => void;
}

/**
 * From this many packages on (an order list rather than one order's parcels) the list groups them by carrier, with
 * a filter and a "copy all" per group; fewer are listed as they are.
 */
export const GROUP_FROM = 6;

interface Group {
  carrier: string | undefined;
  name: string;
  packages: DetectedPackage[];
}

function statusWords(pkg: DetectedPackage): string {
  return pkg.status ? t(`status_${pkg.status}`) : '';
}

/** Whether the package's number, order id, status or carrier holds the query (both squashed: "9400 1118" finds it). */
function matches(pkg: DetectedPackage, query: string): boolean {
  const haystack = [pkg.trackingNumber, pkg.orderId ?? '', statusWords(pkg), carrierName(pkg.carrier) ?? ''];
  return haystack.some((text) => squashed(text).includes(query));
}

/** Packages by carrier, the largest group first; packages of unknown carrier last. */
function groupByCarrier(packages: readonly DetectedPackage[]): Group[] {
  const byCarrier = new Map<string | undefined, DetectedPackage[]>();
  for (const pkg of packages) {
    const key = carrierName(pkg.carrier) ? pkg.carrier : undefined;
    const list = byCarrier.get(key);
    if (list) list.push(pkg);
    else byCarrier.set(key, [pkg]);
  }
  return [...byCarrier]
    .map(([carrier, list]) => ({ carrier, name: carrierName(carrier) ?? t('carrierUnknown'), packages: list }))
    .toSorted(
      (a, b) =>
        (a.carrier === undefined ? 1 : 0) - (b.carrier === undefined ? 1 : 0) || b.packages.length - a.packages.length,
    );
}

/** One package as a row: its number, and its order's status and id when the list shows them. */
function PackageRow({
  pkg,
  selected,
  showCarrier,
  onSelect,
}: {
  pkg: DetectedPackage;
  selected: boolean;
  showCarrier: boolean;
  onSelect: PackageListProps['onSelect'];
}) {
  const details = [
    showCarrier ? (carrierName(pkg.carrier) ?? t('carrierUnknown')) : '',
    statusWords(pkg),
    pkg.orderId ? t('orderShort', { orderId: bounded(pkg.orderId, 32) }) : '',
  ].filter(Boolean);
  return (
    <li>
      <button
        type="button"
        class="package-choice"
        aria-pressed={selected}
        data-testid="package-choice"
        // A click from the keyboard (Enter, Space) has no click count.
        onClick={(event) => onSelect(pkg.trackingNumber, event.detail > 0)}
      >
        <span class="package-choice-number">{bounded(pkg.trackingNumber, 64)}</span>
        {details.length > 0 && <span class="package-choice-meta">{details.join(' · ')}</span>}
      </button>
    </li>
  );
}

/**
 * Several packages. A few are listed as they are, each with its carrier; an order list's many are grouped by
 * carrier with their count and a "copy all numbers" button, can be filtered by number, order or status, and scroll
 * in a box of their own so that the answer above and the advice below stay in reach.
 */
export function PackageList({ packages, selected, onSelect }: PackageListProps) {
  const [query, setQuery] = useState('');
  const filterId = useId();
  const grouped = packages.length >= GROUP_FROM;
  const needle = squashed(query);
  const shown = useMemo(() => (needle ? packages.filter((pkg) => matches(pkg, needle)) : packages), [packages, needle]);
  const groups = useMemo(() => (grouped ? groupByCarrier(shown) : []), [grouped, shown]);
  const copyAll = packages.map((pkg) => pkg.trackingNumber).join('\n');

  if (!grouped) {
    return (
      <div class="package-list-block">
        <ul class="package-list" aria-label={t('packagesHeading')}>
          {packages.map((pkg) => (
            <PackageRow
              key={pkg.trackingNumber}
              pkg={pkg}
              selected={pkg.trackingNumber === selected}
              showCarrier
              onSelect={onSelect}
            />
          ))}
        </ul>
        <CopyButton text={copyAll} label={t('copyAllNumbers', { count: packages.length })} testId="copy-all">
          {t('copyAll')}
        </CopyButton>
      </div>
    );
  }

  return (
    <div class="package-list-block">
      <div class="filter-row">
        <label class="sr-only" for={filterId}>
          {t('packageFilterLabel')}
        </label>
        <input
          id={filterId}
          type="search"
          class="package-filter"
          placeholder={t('packageFilterPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          maxLength={64}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          data-testid="package-filter"
        />
        <span class="meta" aria-live="polite" data-testid="package-count">
          {needle ? t('packageFilterCount', { shown: shown.length, total: packages.length }) : ''}
        </span>
      </div>
      <div class="package-scroll" data-testid="package-groups">
        {shown.length === 0 && <p class="meta">{t('packageFilterNone', { query: bounded(query, 40) })}</p>}
        {groups.map((group) => (
          <section key={group.carrier ?? ''} class="package-group" data-testid="package-group">
            <div class="package-group-head">
              <h3>
                {group.name} <span class="count">{group.packages.length}</span>
              </h3>
              <CopyButton
                text={group.packages.map((pkg) => pkg.trackingNumber).join('\n')}
                label={t('copyAllOfCarrier', { count: group.packages.length, carrier: group.name })}
                testId="copy-group"
              >
                {t('copyAll')}
              </CopyButton>
            </div>
            <ul class="package-list">
              {group.packages.map((pkg) => (
                <PackageRow
                  key={pkg.trackingNumber}
                  pkg={pkg}
                  selected={pkg.trackingNumber === selected}
                  showCarrier={false}
                  onSelect={onSelect}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
