import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/strings';
import type { CaseLogLimits } from '../../lib/advice/case-log';
import { caseBookSize } from '../../lib/cases/cases';
import type { CaseBook } from '../../lib/cases/types';
import { CASE_LOG_LIMIT_CHOICES } from '../../lib/settings';

export interface CaseLogSettingsProps {
  cases: CaseBook;
  limits: CaseLogLimits;
  /** The cases were written by a newer version: they can be exported, not changed. */
  readOnly: boolean;
  /** What the last delete removed, for the Undo button ("" when there is nothing to undo). */
  undoMessage: string;
  onLimits: (limits: CaseLogLimits) => void;
  onDeleteAll: () => Promise<boolean>;
  onUndo: () => Promise<void>;
  onExport: (format: 'csv' | 'text') => void;
}

function LimitSelect({
  id,
  label,
  value,
  choices,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  choices: readonly number[];
  disabled: boolean;
  onChange: (value: number) => void;
}) {
  // A stored value that is not one of the choices (set by a newer version, or by hand) stays selectable.
  const options = choices.includes(value) ? choices : [...choices, value].toSorted((a, b) => a - b);
  return (
    <div class="limit">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={String(value)}
        disabled={disabled}
        aria-describedby="limits-hint"
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {options.map((choice) => (
          <option key={choice} value={String(choice)}>
            {choice}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The cases as a whole: how many are kept, the way to the cases page, export everything, delete everything (after an
 * inline confirmation) and undo the last delete while the page is open.
 */
export function CaseLogSettings(props: CaseLogSettingsProps) {
  const { cases, limits, readOnly, undoMessage } = props;
  const size = caseBookSize(cases);
  const empty = size.cases === 0;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  // Focus follows the dialogue: onto "Delete all" when asked, back to "Delete all…" on cancel, onto Undo after a
  // delete, and onto the log's size (which then says what came back) after an undo.
  const [focusTarget, setFocusTarget] = useState<'confirm' | 'delete' | 'undo' | 'summary' | undefined>();
  useEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(undefined);
    const targets = { confirm: confirmButton, delete: deleteButton, undo: undoButton, summary };
    targets[focusTarget].current?.focus();
  }, [focusTarget]);
  const cancel = () => {
    setConfirming(false);
    setFocusTarget('delete');
  };

  return (
    <fieldset class="field" data-testid="case-log-settings">
      <legend>{t('caseLogLegend')}</legend>
      <p data-testid="case-log-size" ref={summary} tabIndex={-1}>
        {empty ? t('caseLogNothing') : t('caseLogSize', { cases: size.cases, contacts: size.entries })}
      </p>
      <p>
        {/* An extension page of the same extension: a plain link opens it. */}
        <a href="/cases.html" target="_blank" rel="noopener" data-testid="open-cases">
          {t('openCases')}
        </a>
      </p>
      <div class="limits">
        <LimitSelect
          id="limit-orders"
          label={t('caseLogKeepOrders')}
          value={limits.orders}
          choices={CASE_LOG_LIMIT_CHOICES.orders}
          disabled={readOnly}
          onChange={(orders) => props.onLimits({ ...limits, orders })}
        />
        <LimitSelect
          id="limit-entries"
          label={t('caseLogKeepEntries')}
          value={limits.entriesPerOrder}
          choices={CASE_LOG_LIMIT_CHOICES.entriesPerOrder}
          disabled={readOnly}
          onChange={(entriesPerOrder) => props.onLimits({ ...limits, entriesPerOrder })}
        />
      </div>
      <p id="limits-hint" class="hint">
        {t('caseLogKeepHint')}
      </p>

      <div class="buttons">
        <button type="button" data-testid="export-csv" disabled={empty} onClick={() => props.onExport('csv')}>
          {t('caseLogExportCsv')}
        </button>
        <button type="button" data-testid="export-text" disabled={empty} onClick={() => props.onExport('text')}>
          {t('caseLogExportText')}
        </button>
        {!confirming && (
          <button
            type="button"
            class="danger"
            ref={deleteButton}
            data-testid="delete-all"
            disabled={empty || readOnly}
            onClick={() => {
              setConfirming(true);
              setFocusTarget('confirm');
            }}
          >
            {t('caseLogDeleteAll')}
          </button>
        )}
      </div>

      {confirming && (
        <div
          class="confirm"
          role="group"
          aria-labelledby="confirm-delete-all"
          onKeyDown={(event) => event.key === 'Escape' && cancel()}
        >
          <p id="confirm-delete-all">{t('caseLogConfirmDeleteAll', { cases: size.cases, contacts: size.entries })}</p>
          <button
            type="button"
            class="danger"
            ref={confirmButton}
            data-testid="confirm-delete-all"
            onClick={async () => {
              const deleted = await props.onDeleteAll();
              setConfirming(false);
              setFocusTarget(deleted ? 'undo' : 'delete');
            }}
          >
            {t('caseLogDeleteAllConfirm')}
          </button>
          <button type="button" onClick={cancel}>
            {t('logCancel')}
          </button>
        </div>
      )}

      {undoMessage && (
        <div class="undo">
          <span>{undoMessage}</span>
          <button
            type="button"
            ref={undoButton}
            data-testid="undo-delete"
            onClick={async () => {
              await props.onUndo();
              setFocusTarget('summary');
            }}
          >
            {t('caseLogUndo')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
