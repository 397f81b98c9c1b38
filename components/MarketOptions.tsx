import { MARKET_CODES } from '../lib/regions';
import { regionName } from './format';

/** Every TikTok Shop market as an `<option>` (ISO code as its value), for a country `<select>`. */
export function MarketOptions() {
  return (
    <>
      {MARKET_CODES.map((code) => (
        <option key={code} value={code}>
          {regionName(code)}
        </option>
      ))}
    </>
  );
}
