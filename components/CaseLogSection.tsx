import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';
import { bounded, boundedLines } from './format';
import { useDisclosure } from './Provenance';
import { t } from './strings';

/** One logged contact, as the section shows it. */
export interface CaseLogRow {
  id: string;
  /** When the contact happened, already formatted for display. */
  when: string;
  /** The channel, already as words ("Carrier phone call"). */
  channel: string;
  reference?: string;
  note?: string;
}

export interface CaseLogSectionProps {
  rows: readonly CaseLogRow[];
  /** The order's log as plain text and as CSV (for the copy and download buttons). */
  text: string;
  csv: string;
  /** File name for the CSV download, e.g. "case-log-5762….csv". */
  fileName: string;
  onDelete: (id: string) => Promise<boolean>;
}

/** Triggers a download of `content` through a short-lived Blob URL (no network, no permission needed). */
export function downloadFile(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(csv: string, fileName: string): void {
  downloadFile(csv, fileName, 'text/csv;charset=utf-8');
}

/**
 * "Document everything": the contacts logged for this order, with export and delete (delete asks first, inline).
 * Until something is logged it is one line that opens to say what it is for: an empty card on every popup is noise.
 */
export function CaseLogSection({ rows, text, csv, fileName, onDelete }: CaseLogSectionProps) {
  const intro = useDisclosure();
  const [confirming, setConfirming] = useState<string | undefined>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  // Keyboard users keep their place: back on the entry's Delete after cancelling, on the heading after deleting.
  // Focus moves after the render that brings the target back (the Delete button is replaced while confirming).
  const [focusTarget, setFocusTarget] = useState<{ id?: string } | undefined>();
  useEffect(() => {
    if (!focusTarget) return;
    (focusTarget.id ? deleteButtons.current.get(focusTarget.id) : heading.current)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);
  const cancel = (id: string) => {
    setConfirming(undefined);
    setFocusTarget({ id });
  };

  if (rows.length === 0) {
    return (
      <section class="case-log case-log-empty" aria-labelledby="case-log-heading" data-testid="case-log">
        <h2 id="case-log-heading" ref={heading} tabIndex={-1} class="disclosure-heading">
          <button
            type="button"
            class="btn btn-small btn-quiet disclosure"
            aria-expanded={intro.open}
            aria-controls={intro.open ? intro.id : undefined}
            data-testid="case-log-toggle"
            onClick={intro.toggle}
          >
            {t('caseLogShow')}
          </button>
        </h2>
        {intro.open && (
          <div id={intro.id} class="case-log-intro">
            <p class="meta">{t('caseLogEmpty')}</p>
            <p class="source">{t('caseLogPrivate')}</p>
          </div>
        )}
      </section>
    );
  }

  return (
    <section class="card case-log" aria-labelledby="case-log-heading" data-testid="case-log">
      <h2 id="case-log-heading" ref={heading} tabIndex={-1}>
        {t('caseLogHeading')}
      </h2>
      {
        <>
          <ul class="log-entries">
            {rows.map((row) => (
              <li key={row.id} class="log-entry" data-testid="case-log-entry">
                <div class="log-entry-head">
                  <span>
                    <strong>{row.when}</strong> · {row.channel}
                  </span>
                  {confirming !== row.id && (
                    <button
                      type="button"
                      class="btn btn-small btn-quiet"
                      ref={(element) => {
                        if (element) deleteButtons.current.set(row.id, element);
                        else deleteButtons.current.delete(row.id);
                      }}
                      aria-label={t('caseLogDeleteEntry', { when: row.when })}
                      onClick={() => {
                        setConfirming(row.id);
                        queueMicrotask(() => confirmButton.current?.focus());
                      }}
                    >
                      {t('caseLogDelete')}
                    </button>
                  )}
                </div>
                {row.reference && (
                  <p class="meta">
                    {t('logReference')}: {bounded(row.reference, 100)}
                  </p>
                )}
                {row.note && <p class="log-note">{boundedLines(row.note, 1000)}</p>}
                {confirming === row.id && (
                  <div class="confirm" role="group" onKeyDown={(event) => event.key === 'Escape' && cancel(row.id)}>
                    <span>{t('caseLogConfirmDelete')}</span>
                    <button
                      type="button"
                      class="btn btn-small btn-danger"
                      ref={confirmButton}
                      onClick={async () => {
                        if (!(await onDelete(row.id))) return;
                        setConfirming(undefined);
                        setFocusTarget({});
                      }}
                      data-testid="confirm-delete"
                    >
                      {t('caseLogDelete')}
                    </button>
                    <button type="button" class="btn btn-small" onClick={() => cancel(row.id)}>
                      {t('logCancel')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div class="form-buttons">
            <CopyButton text={text} label={t('caseLogCopy')}>
              {t('caseLogCopy')}
            </CopyButton>
            <button type="button" class="btn btn-small" onClick={() => downloadCsv(csv, fileName)}>
              {t('caseLogCsv')}
            </button>
          </div>
        </>
      }
      <p class="source">{t('caseLogPrivate')}</p>
    </section>
  );
}
