import { useMemo, useState } from 'preact/hooks';
import type { DetectedPackage } from '../lib/order';
import { identify, type TrackingCandidate } from '../lib/tracking';
import { carrierName } from './carrier-names';
import { CopyButton } from './CopyButton';
import { bounded } from './format';
import { t } from './strings';

/** How we know the carrier, in the user's words. */
const SOURCE_FACT = { page: 'sourcePage', number: 'sourceNumber', text: 'sourceText' } as const;

export interface PackageCardProps {
  pkg: DetectedPackage;
  /** The carrier shown right now: the package's own, or an alternative the user picked. */
  carrierId: string | undefined;
  onSelectCarrier: (id: string) => void;
}

/** Alternatives shown at once; the rest sit behind "Show more" (a 12-digit number can fit many carriers). */
const VISIBLE_ALTERNATIVES = 4;

/**
 * What backs each carrier the number fits, by carrier (its best candidate). Asked without a region: the package's
 * own ranking already put the order's market first, and what backs a fit does not depend on the market.
 */
function backingByCarrier(number: string): Map<string, TrackingCandidate> {
  const byCarrier = new Map<string, TrackingCandidate>();
  for (const candidate of identify(number)) {
    if (candidate.number === number && !byCarrier.has(candidate.carrier)) byCarrier.set(candidate.carrier, candidate);
  }
  return byCarrier;
}

/**
 * One package: its tracking number (copyable), the carrier with how we know it and what backs it, and the other
 * carriers the number fits, ranked, each with the reason it is offered, one tap away.
 */
export function PackageCard({ pkg, carrierId, onSelectCarrier }: PackageCardProps) {
  const [showAll, setShowAll] = useState(false);
  const backing = useMemo(() => backingByCarrier(pkg.trackingNumber), [pkg.trackingNumber]);
  const name = carrierName(carrierId);
  const isOwn = carrierId !== undefined && carrierId === pkg.carrier;
  const shown = carrierId !== undefined ? backing.get(carrierId) : undefined;
  const options = [...new Set([pkg.carrier, ...(pkg.alternatives ?? [])])].filter(
    (id): id is string => id !== undefined && id !== carrierId && carrierName(id) !== undefined,
  );
  const visible = showAll ? options : options.slice(0, VISIBLE_ALTERNATIVES);

  const facts: string[] = [];
  if (isOwn && pkg.carrierSource) facts.push(t(SOURCE_FACT[pkg.carrierSource]));
  if (isOwn && pkg.checksum === true) facts.push(t('checksumOk'));
  else if (shown && name && (shown.basis !== 'check-digit' || !isOwn)) facts.push(t(`basis_${shown.basis}`, name));
  // Without a check digit, how well the format itself is known matters (unless the page named the carrier).
  if (shown && name && shown.basis !== 'check-digit' && !(isOwn && pkg.carrierSource === 'page'))
    facts.push(t(`grade_${shown.grade}`));
  const confidence = isOwn ? pkg.confidence : shown?.confidence;

  return (
    <div class="package">
      <div class="field-label">{t('trackingNumberLabel')}</div>
      <div class="number-row">
        <code class="tracking-number" data-testid="tracking-number">
          {bounded(pkg.trackingNumber, 64)}
        </code>
        <CopyButton text={pkg.trackingNumber} label={t('copyTrackingNumber', pkg.trackingNumber)} />
      </div>

      <div class="carrier-row">
        <strong class={name ? 'carrier-name' : 'carrier-name carrier-unknown'} data-testid="carrier-name">
          {name ?? t('carrierUnknown')}
        </strong>
        {name && confidence && <span class={`badge badge-${confidence}`}>{t(`confidence_${confidence}`)}</span>}
      </div>
      {facts.length > 0 && (
        <p class="meta" data-testid="carrier-basis">
          {facts.join(' · ')}
        </p>
      )}
      {pkg.carrierText && <p class="meta page-text">{t('pageSays', bounded(pkg.carrierText, 60))}</p>}
      {isOwn && pkg.checksum === false && name && (
        <p class="warning" role="note">
          {t('checksumFailed', name)}
        </p>
      )}
      {!name && <p class="meta">{t('carrierUnknownDetail')}</p>}

      {options.length > 0 && (
        <div class="alternatives" role="group" aria-label={t('alternativesLabel')}>
          <span class="meta">{t('alternativesLabel')}:</span>
          {visible.map((id) => {
            const reason = backing.get(id);
            const label = carrierName(id) ?? id;
            return (
              <button
                key={id}
                type="button"
                class="btn btn-small btn-chip"
                aria-label={
                  reason ? t('showCarrierBecause', label, t(`reason_${reason.basis}`)) : t('showCarrier', label)
                }
                data-testid={`alternative-${id}`}
                onClick={() => onSelectCarrier(id)}
              >
                {label}
                {reason && <span class="meta"> · {t(`reason_${reason.basis}`)}</span>}
              </button>
            );
          })}
          {options.length > visible.length && (
            <button
              type="button"
              class="btn btn-small btn-quiet"
              data-testid="alternatives-more"
              onClick={() => setShowAll(true)}
            >
              {t('alternativesMore', options.length - visible.length)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
