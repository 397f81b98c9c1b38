import type { DetectedPackage } from '../lib/order';
import { carrierName } from './carrier-names';
import { t } from './strings';

export interface PackageListProps {
  packages: readonly DetectedPackage[];
  selected: number;
  onSelect: (index: number) => void;
}

/** Several packages: one button each (number and carrier), the selected one pressed. */
export function PackageList({ packages, selected, onSelect }: PackageListProps) {
  return (
    <ul class="package-list" aria-label={t('packagesHeading')}>
      {packages.map((pkg, index) => (
        <li key={`${index}-${pkg.trackingNumber}`}>
          <button
            type="button"
            class="package-choice"
            aria-pressed={index === selected}
            data-testid="package-choice"
            onClick={() => onSelect(index)}
          >
            <span class="package-choice-title">{t('packageN', index + 1)}</span>
            <span class="package-choice-number">{pkg.trackingNumber}</span>
            <span class="package-choice-carrier">{carrierName(pkg.carrier) ?? t('carrierUnknown')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
