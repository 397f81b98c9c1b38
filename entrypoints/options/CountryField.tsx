import { regionName } from '../../components/format';
import { MarketOptions } from '../../components/MarketOptions';
import { t } from '../../components/strings';
import { type Market, toMarket } from '../../lib/regions';

export interface CountryFieldProps {
  /** The country the user chose; undefined: follow the browser. */
  region?: Market;
  /** The country of the browser's language, when it is a TikTok Shop market. */
  browserCountry?: Market;
  onChange: (region: Market | undefined) => void;
}

/**
 * The user's country. Until they choose, it shows the browser's country and says so under the control; "Not set"
 * is offered only when the browser's language names no market.
 */
export function CountryField({ region, browserCountry, onChange }: CountryFieldProps) {
  const fromBrowser = region === undefined && browserCountry !== undefined;
  const canFollowBrowser = region !== undefined && browserCountry !== undefined && region !== browserCountry;
  const described = [fromBrowser ? 'region-source' : '', 'region-hint'].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for="region">{t('countryLabel')}</label>
      <select
        id="region"
        data-testid="region"
        value={region ?? browserCountry ?? ''}
        aria-describedby={described}
        onChange={(event) => onChange(toMarket(event.currentTarget.value))}
      >
        {browserCountry === undefined && <option value="">{t('countryNotSet')}</option>}
        <MarketOptions />
      </select>
      {fromBrowser && (
        <p id="region-source" class="source-note" data-testid="region-source">
          {t('countryFromBrowser', { country: regionName(browserCountry) })}
        </p>
      )}
      {canFollowBrowser && (
        <button
          type="button"
          class="link-button"
          data-testid="region-follow-browser"
          onClick={() => onChange(undefined)}
        >
          {t('countryUseBrowser', { country: regionName(browserCountry) })}
        </button>
      )}
      <p id="region-hint" class="hint">
        {t('countryHint')}
      </p>
    </div>
  );
}
