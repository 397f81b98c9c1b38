import { MARKETS, type Market } from '../lib/regions';

/** Every TikTok Shop market as an `<option>` (ISO code as its value), for a country `<select>`. */
export function MarketOptions() {
  return (
    <>
      {(Object.entries(MARKETS) as [Market, string][]).map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </>
  );
}
