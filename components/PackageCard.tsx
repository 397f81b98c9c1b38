import type { DetectedPackage } from '../lib/order';
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

/**
 * One package: its tracking number (copyable), the carrier with how we know it, and the other carriers the number
 * fits, one tap away.
 */
export function PackageCard({ pkg, carrierId, onSelectCarrier }: PackageCardProps) {
  const name = carrierName(carrierId);
  const isOwn = carrierId !== undefined && carrierId === pkg.carrier;
  const options = [...new Set([pkg.carrier, ...(pkg.alternatives ?? [])])].filter(
    (id): id is string => id !== undefined && id !== carrierId && carrierName(id) !== undefined,
  );
  const facts: string[] = [];
  if (isOwn && pkg.carrierSource) facts.push(t(SOURCE_FACT[pkg.carrierSource]));
  if (isOwn && pkg.checksum === true) facts.push(t('checksumOk'));

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
        {isOwn && pkg.confidence && (
          <span class={`badge badge-${pkg.confidence}`}>{t(`confidence_${pkg.confidence}`)}</span>
        )}
      </div>
      {facts.length > 0 && <p class="meta">{facts.join(' · ')}</p>}
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
          {options.map((id) => (
            <button
              key={id}
              type="button"
              class="btn btn-small btn-chip"
              aria-label={t('showCarrier', carrierName(id) ?? id)}
              data-testid={`alternative-${id}`}
              onClick={() => onSelectCarrier(id)}
            >
              {carrierName(id)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
