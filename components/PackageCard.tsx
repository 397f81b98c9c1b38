import { useMemo, useState } from 'preact/hooks';
import type { DetectedPackage } from '../lib/order';
import { identify, type TrackingCandidate } from '../lib/tracking';
import { carrierName } from './carrier-names';
import { CopyButton } from './CopyButton';
import { bounded, squashed } from './format';
import { InfoButton, useDisclosure } from './Provenance';
import { t } from './strings';

/** How we know the carrier, in the user's words. */
const SOURCE_FACT = { page: 'sourcePage', number: 'sourceNumber', text: 'sourceText' } as const;

export interface PackageCardProps {
  pkg: DetectedPackage;
  /** The carrier shown right now: the package's own, or an alternative the user picked. */
  carrierId: string | undefined;
  /** True when `carrierId` is the user's remembered choice for this parcel (shown as such). */
  picked?: boolean;
  onSelectCarrier: (id: string) => void;
}

/** Whether the page's text for the carrier is just its name, give or take case and spaces. */
function sameName(text: string, name: string | undefined): boolean {
  return name !== undefined && squashed(text) === squashed(name);
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
export function PackageCard({ pkg, carrierId, picked, onSelectCarrier }: PackageCardProps) {
  const [showAll, setShowAll] = useState(false);
  const explain = useDisclosure();
  const backing = useMemo(() => backingByCarrier(pkg.trackingNumber), [pkg.trackingNumber]);
  const name = carrierName(carrierId);
  const isOwn = carrierId !== undefined && carrierId === pkg.carrier;
  const shown = carrierId !== undefined ? backing.get(carrierId) : undefined;
  const options = [...new Set([pkg.carrier, ...(pkg.alternatives ?? [])])].filter(
    (id): id is string => id !== undefined && id !== carrierId && carrierName(id) !== undefined,
  );
  const visible = showAll ? options : options.slice(0, VISIBLE_ALTERNATIVES);

  const facts: string[] = [];
  if (picked) facts.push(t('pickedByYou'));
  if (isOwn && pkg.carrierSource) facts.push(t(SOURCE_FACT[pkg.carrierSource]));
  if (isOwn && pkg.checksum === true) facts.push(t('checksumOk'));
  else if (shown && name && (shown.basis !== 'check-digit' || !isOwn))
    facts.push(t(`basis_${shown.basis}`, { carrier: name }));
  // Without a check digit, how well the format itself is known matters (unless the page named the carrier).
  if (shown && name && shown.basis !== 'check-digit' && !(isOwn && pkg.carrierSource === 'page'))
    facts.push(t(`grade_${shown.grade}`));
  const confidence = isOwn ? pkg.confidence : shown?.confidence;
  const checkDigitShown = (isOwn && pkg.checksum !== undefined) || shown?.basis === 'check-digit';

  return (
    <div class="package">
      <div class="field-label">{t('trackingNumberLabel')}</div>
      <div class="number-row">
        <code class="tracking-number" data-testid="tracking-number">
          {bounded(pkg.trackingNumber, 64)}
        </code>
        <CopyButton text={pkg.trackingNumber} label={t('copyTrackingNumber', { number: pkg.trackingNumber })} />
      </div>

      <div class="carrier-row">
        <strong class={name ? 'carrier-name' : 'carrier-name carrier-unknown'} data-testid="carrier-name">
          {name ?? t('carrierUnknown')}
        </strong>
        {name && confidence && <span class={`badge badge-${confidence}`}>{t(`confidence_${confidence}`)}</span>}
        {name && (confidence || checkDigitShown) && (
          <InfoButton
            open={explain.open}
            controls={explain.id}
            label={t('explainLabel')}
            onToggle={explain.toggle}
            testId="explain-toggle"
          />
        )}
      </div>
      {explain.open && (
        <div id={explain.id} class="provenance-panel" data-testid="explain">
          {confidence && <p class="meta">{t('explainConfidence')}</p>}
          {checkDigitShown && <p class="meta">{t('explainCheckDigit')}</p>}
        </div>
      )}
      {facts.length > 0 && (
        <p class="meta" data-testid="carrier-basis">
          {facts.join(' · ')}
        </p>
      )}
      {/* What the page printed, when it says more than the name above ("USPS Ground Advantage", not "USPS"). */}
      {pkg.carrierText && !sameName(pkg.carrierText, name) && (
        <p class="meta page-text">{t('pageSays', { text: bounded(pkg.carrierText, 60) })}</p>
      )}
      {isOwn && pkg.checksum === false && name && (
        <p class="warning" role="note">
          {t('checksumFailed', { carrier: name })}
        </p>
      )}
      {!name && <p class="meta">{t('carrierUnknownDetail')}</p>}

      {options.length > 0 && (
        <div class="alternatives" role="group" aria-label={t('alternativesLabel')}>
          <span class="meta">{t('alternativesLabel')}:</span>
          {visible.map((id) => {
            const reason = backing.get(id);
            const label = carrierName(id) ?? id;
            // Named by the words on it, reason included: speech-input users say what they see (WCAG 2.5.3, Label in
            // Name: https://www.w3.org/WAI/WCAG22/Understanding/label-in-name).
            return (
              <button
                key={id}
                type="button"
                class="btn btn-small btn-chip"
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
              {t('alternativesMore', { count: options.length - visible.length })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
