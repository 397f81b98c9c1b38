import { useId } from 'preact/hooks';
import { type Market, toMarket } from '../lib/regions';
import { MarketOptions } from './MarketOptions';
import { t } from './strings';

export interface WelcomeProps {
  /** The user's country: the one chosen, else the browser's. */
  region?: Market;
  onChooseCountry: (region: Market | undefined) => void;
  onDismiss: () => void;
}

/**
 * The first-run welcome, one screen: what Carrier Finder does, where it works, and the country that decides which
 * numbers and rules apply (saved as soon as it is chosen). It stays until "Got it".
 */
export function Welcome({ region, onChooseCountry, onDismiss }: WelcomeProps) {
  const id = useId();
  return (
    <section class="card welcome" aria-labelledby={`${id}-title`} data-testid="welcome">
      <h2 id={`${id}-title`}>{t('welcomeTitle')}</h2>
      <p>{t('welcomeWhat')}</p>
      <ol class="welcome-steps">
        <li>{t('welcomeOpenOrder')}</li>
        <li>{t('welcomeLookup')}</li>
      </ol>
      <div class="welcome-country">
        <label for={`${id}-region`}>{t('welcomeCountry')}</label>
        <select
          id={`${id}-region`}
          value={region ?? ''}
          aria-describedby={`${id}-hint`}
          data-testid="welcome-region"
          onChange={(event) => onChooseCountry(toMarket(event.currentTarget.value))}
        >
          {region === undefined && <option value="">{t('countryNotSet')}</option>}
          <MarketOptions />
        </select>
      </div>
      <p id={`${id}-hint`} class="meta">
        {t('welcomeCountryHint')}
      </p>
      <button type="button" class="btn btn-primary" data-testid="welcome-dismiss" onClick={onDismiss}>
        {t('welcomeDismiss')}
      </button>
    </section>
  );
}
