import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { regionName } from '../../components/format';
import { t } from '../../components/strings';
import { type CarrierChoice, carriersServing, choicesFor, searchCarriers } from '../../lib/carriers/choices';
import type { Market } from '../../lib/regions';
import { MAX_PREFERRED } from '../../lib/settings';

export interface PreferredCarriersProps {
  /** The user's country (chosen or from the browser): its carriers are listed first. */
  country?: Market;
  /** Carrier ids, most preferred first. */
  preferred: readonly string[];
  /** A new list, with a sentence for screen readers saying what changed. */
  onChange: (preferred: string[], announcement: string) => void;
}

function CarrierLabel({ carrier }: { carrier: CarrierChoice }) {
  return (
    <span>
      {carrier.name}
      {carrier.localName && (
        <>
          {' · '}
          <span lang={carrier.localLang}>{carrier.localName}</span>
        </>
      )}
    </span>
  );
}

function CarrierCheckbox({
  carrier,
  checked,
  onToggle,
}: {
  carrier: CarrierChoice;
  checked: boolean;
  onToggle: (carrier: CarrierChoice, on: boolean) => void;
}) {
  return (
    <li>
      <label class="choice">
        <input
          type="checkbox"
          data-testid={`preferred-${carrier.id}`}
          checked={checked}
          onChange={(event) => onToggle(carrier, event.currentTarget.checked)}
        />
        <CarrierLabel carrier={carrier} />
      </label>
    </li>
  );
}

type Direction = 'up' | 'down';

/**
 * Preferred carriers: the country's carriers as a short checklist, every other carrier behind a search, and the
 * chosen ones as a ranked list the user orders with Up and Down buttons (keyboard and screen-reader friendly; no
 * drag and drop). The order decides which carrier wins a number that fits several.
 */
export function PreferredCarriers({ country, preferred, onChange }: PreferredCarriersProps) {
  const [query, setQuery] = useState('');
  const local = useMemo(() => carriersServing(country), [country]);
  const localIds = useMemo(() => new Set(local.map((c) => c.id)), [local]);
  const results = useMemo(() => searchCarriers(query, { exclude: localIds, country }), [query, localIds, country]);
  const ranked = useMemo(() => choicesFor(preferred, country), [preferred, country]);
  const chosen = new Set(ranked.map((c) => c.id));

  // Keyboard users keep their place: after a move, focus stays on the moved carrier's button (the other one when
  // it reached the end); after a removal, on the next carrier's Remove, or on the heading when the list is empty.
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  useEffect(() => {
    if (focusTarget === undefined) return;
    setFocusTarget(undefined);
    const [id, kind] = focusTarget.split(':');
    const button = buttons.current.get(focusTarget);
    const other = buttons.current.get(`${id}:${kind === 'up' ? 'down' : 'up'}`);
    (button && !button.disabled ? button : other && !other.disabled ? other : heading.current)?.focus();
  }, [focusTarget]);
  const buttonRef = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  const ids = ranked.map((c) => c.id);
  const toggle = (carrier: CarrierChoice, on: boolean) => {
    if (!on) {
      onChange(
        ids.filter((id) => id !== carrier.id),
        t('rankRemoved', { carrier: carrier.name }),
      );
    } else if (ids.length >= MAX_PREFERRED) {
      onChange(ids, t('preferredFull', { max: MAX_PREFERRED }));
    } else {
      onChange([...ids, carrier.id], t('rankAdded', { carrier: carrier.name, position: ids.length + 1 }));
    }
  };
  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const carrier = ranked[index];
    if (!carrier || target < 0 || target >= ids.length) return;
    const next = [...ids];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next, t('rankMoved', { carrier: carrier.name, position: target + 1, total: next.length }));
    setFocusTarget(`${carrier.id}:${direction}`);
  };
  const remove = (index: number) => {
    const carrier = ranked[index];
    if (!carrier) return;
    const next = ids.filter((id) => id !== carrier.id);
    onChange(next, t('rankRemoved', { carrier: carrier.name }));
    const neighbour = next[Math.min(index, next.length - 1)];
    setFocusTarget(neighbour ? `${neighbour}:remove` : 'heading');
  };

  return (
    <fieldset class="field" aria-describedby="preferred-hint">
      <legend>{t('preferredLegend')}</legend>
      <p id="preferred-hint" class="hint">
        {t('preferredHint')}
      </p>

      {country ? (
        <fieldset class="subfield">
          <legend>{t('preferredInCountry', { country: regionName(country) })}</legend>
          <ul class="carrier-grid" data-testid="carriers-in-country">
            {local.map((carrier) => (
              <CarrierCheckbox key={carrier.id} carrier={carrier} checked={chosen.has(carrier.id)} onToggle={toggle} />
            ))}
          </ul>
        </fieldset>
      ) : (
        <p class="hint">{t('preferredNoCountry')}</p>
      )}

      <div class="subfield">
        <label for="carrier-search">{t('preferredSearchLabel')}</label>
        <input
          id="carrier-search"
          type="search"
          data-testid="carrier-search"
          autocomplete="off"
          maxLength={60}
          aria-describedby="carrier-search-hint"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <p id="carrier-search-hint" class="hint">
          {t('preferredSearchHint')}
        </p>
        {results.length > 0 && (
          <ul class="carrier-grid" data-testid="carrier-results">
            {results.map((carrier) => (
              <CarrierCheckbox key={carrier.id} carrier={carrier} checked={chosen.has(carrier.id)} onToggle={toggle} />
            ))}
          </ul>
        )}
        {query.trim() && results.length === 0 && (
          <p class="hint" role="status">
            {t('preferredSearchNone', { query: query.trim() })}
          </p>
        )}
      </div>

      <div class="subfield">
        <h2 id="ranking-heading" class="subheading" ref={heading} tabIndex={-1}>
          {t('preferredRankHeading')}
        </h2>
        {ranked.length === 0 ? (
          <p class="hint">{t('preferredRankEmpty')}</p>
        ) : (
          <ol class="ranking" aria-labelledby="ranking-heading" data-testid="ranking">
            {ranked.map((carrier, index) => (
              <li key={carrier.id} data-testid={`rank-${carrier.id}`}>
                <div class="ranking-row">
                  <CarrierLabel carrier={carrier} />
                  <span class="ranking-buttons">
                    <button
                      type="button"
                      ref={buttonRef(`${carrier.id}:up`)}
                      data-testid={`move-up-${carrier.id}`}
                      aria-label={t('moveUpLabel', { carrier: carrier.name })}
                      disabled={index === 0}
                      onClick={() => move(index, 'up')}
                    >
                      {t('moveUp')}
                    </button>
                    <button
                      type="button"
                      ref={buttonRef(`${carrier.id}:down`)}
                      data-testid={`move-down-${carrier.id}`}
                      aria-label={t('moveDownLabel', { carrier: carrier.name })}
                      disabled={index === ranked.length - 1}
                      onClick={() => move(index, 'down')}
                    >
                      {t('moveDown')}
                    </button>
                    <button
                      type="button"
                      ref={buttonRef(`${carrier.id}:remove`)}
                      data-testid={`remove-${carrier.id}`}
                      aria-label={t('removeLabel', { carrier: carrier.name })}
                      onClick={() => remove(index)}
                    >
                      {t('remove')}
                    </button>
                  </span>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </fieldset>
  );
}
