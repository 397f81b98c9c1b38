import { useId } from 'preact/hooks';
import { t } from './strings';

export interface LookupBoxProps {
  onLookup: (text: string) => void;
  /** Prefills the input (the lookup view shows what was looked up). */
  initial?: string;
  /** One-line hint under the box (the "not an order page" state). */
  hint?: string;
}

/** The "paste any number" form, present in every state of the popup. */
export function LookupBox({ onLookup, initial, hint }: LookupBoxProps) {
  const id = useId();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (form.elements.namedItem('q') as HTMLInputElement | null)?.value ?? '';
    if (value.trim()) onLookup(value);
  };
  return (
    <form class="lookup" role="search" onSubmit={onSubmit}>
      <label for={id} class="lookup-label">
        {t('lookupLabel')}
      </label>
      <div class="lookup-row">
        <input
          id={id}
          name="q"
          type="search"
          class="lookup-input"
          defaultValue={initial}
          placeholder={t('lookupPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          maxLength={2000}
          data-testid="lookup-input"
        />
        <button type="submit" class="btn btn-primary">
          {t('lookupSubmit')}
        </button>
      </div>
      {hint && <p class="hint">{hint}</p>}
    </form>
  );
}
