import { useId } from 'preact/hooks';
import { t } from './strings';

export interface LookupBoxProps {
  onLookup: (text: string) => void;
  /** Prefills the input (the lookup view shows what was looked up). */
  initial?: string;
  /** One-line hint under the box (the "not an order page" state). */
  hint?: string;
}

/** What the box holds at most (the lookup text a URL carries, lib/messages.ts MAX_LOOKUP_TEXT). */
const MAX_LENGTH = 2000;

/**
 * A single-line input drops the line breaks of pasted text, gluing a list of numbers ("1Z...\n9400...") into one
 * run of characters (https://html.spec.whatwg.org/multipage/input.html#text-(type=text)-state-and-search-state-(type=search):
 * "strip newlines from the value"). A paste with line breaks goes in with a space for each instead.
 */
function pasteLinesAsSpaces(event: ClipboardEvent) {
  const pasted = event.clipboardData?.getData('text/plain') ?? '';
  if (!/[\r\n]/.test(pasted)) return;
  event.preventDefault();
  const input = event.currentTarget as HTMLInputElement;
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? input.value.length;
  const room = MAX_LENGTH - (input.value.length - (end - start));
  input.setRangeText(pasted.replace(/\r\n|\r|\n/g, ' ').slice(0, Math.max(0, room)), start, end, 'end');
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
          maxLength={MAX_LENGTH}
          onPaste={pasteLinesAsSpaces}
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
