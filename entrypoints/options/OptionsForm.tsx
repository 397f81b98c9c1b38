import { useState } from 'preact/hooks';
import { CARRIERS } from '../../lib/carriers';
import { MARKETS, type Market, toMarket } from '../../lib/regions';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const ROLE_CHOICES: { value: Settings['role']; label: string; hint: string }[] = [
  { value: 'auto', label: 'Decide from the page', hint: 'Buyer on tiktok.com, seller in Seller Center' },
  { value: 'buyer', label: 'Buyer', hint: 'I buy on TikTok Shop' },
  { value: 'seller', label: 'Seller', hint: 'I sell on TikTok Shop' },
];

export interface OptionsFormProps {
  initial: Settings;
  /** Set when storage could not be read: the form still works, but says its changes may not be kept. */
  storageError?: string;
  onSave: (settings: Settings) => Promise<void>;
}

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The options page: country, role and preferred carriers, saved on every change. */
export function OptionsForm({ initial, storageError, onSave }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  const update = (next: Settings) => {
    setSettings(next);
    onSave(next).then(
      () => setSaveState({ kind: 'saved' }),
      (error: unknown) => setSaveState({ kind: 'error', message: String(error) }),
    );
  };

  const region = settings.region;
  const carriersForRegion = CARRIERS.filter((carrier) => !region || carrier.countries.includes(region));
  const togglePreferred = (id: string, on: boolean) => {
    const rest = settings.preferredCarriers.filter((other) => other !== id);
    update({ ...settings, preferredCarriers: on ? [...rest, id] : rest });
  };

  return (
    <form class="options" onSubmit={(event) => event.preventDefault()} aria-describedby="privacy">
      <h1>Carrier Finder settings</h1>
      <p id="privacy" class="hint">
        Kept on this device only. Carrier Finder has no server and sends nothing anywhere.
      </p>
      {storageError && (
        <p role="alert" class="error">
          Settings could not be read ({storageError}). Changes may not be kept.
        </p>
      )}

      <label class="field">
        <span>Your country</span>
        <select
          data-testid="region"
          value={region ?? ''}
          onChange={(event) => {
            const next = toMarket(event.currentTarget.value);
            const { region: _previous, ...rest } = settings;
            update(next ? { ...rest, region: next } : rest);
          }}
        >
          <option value="">Not set</option>
          {(Object.entries(MARKETS) as [Market, string][]).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <small class="hint">
          Decides the hotline and TikTok Shop rules for numbers you look up, and for order pages that do not show their
          market. An order page's own market always wins.
        </small>
      </label>

      <fieldset class="field">
        <legend>You are a</legend>
        {ROLE_CHOICES.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name="role"
              value={choice.value}
              data-testid={`role-${choice.value}`}
              checked={settings.role === choice.value}
              onChange={() => update({ ...settings, role: choice.value })}
            />
            <span>
              {choice.label} <small class="hint">{choice.hint}</small>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset class="field">
        <legend>Preferred carriers</legend>
        <p class="hint">When a number fits several carriers, these win.</p>
        <div class="carrier-grid">
          {carriersForRegion.map((carrier) => (
            <label key={carrier.id} class="choice">
              <input
                type="checkbox"
                data-testid={`preferred-${carrier.id}`}
                checked={settings.preferredCarriers.includes(carrier.id)}
                onChange={(event) => togglePreferred(carrier.id, event.currentTarget.checked)}
              />
              <span>{carrier.name}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div class="actions">
        <button type="button" data-testid="reset" onClick={() => update({ ...DEFAULT_SETTINGS })}>
          Reset to defaults
        </button>
        <p class="status" role="status" aria-live="polite" data-testid="save-status">
          {saveState.kind === 'saved' && 'Saved.'}
          {saveState.kind === 'error' && `Could not save: ${saveState.message}`}
        </p>
      </div>
    </form>
  );
}
