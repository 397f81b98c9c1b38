import { useRef, useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';
import { bounded } from './format';
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
  /** The advice step it belongs to, if any. */
  step?: string;
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

/** Triggers a download of `csv` through a short-lived Blob URL (no network, no permission needed). */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Document everything": the contacts logged for this order, with export and delete (delete asks first, inline). */
export function CaseLogSection({ rows, text, csv, fileName, onDelete }: CaseLogSectionProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  const confirmButton = useRef<HTMLButtonElement>(null);

  return (
    <section class="card case-log" aria-labelledby="case-log-heading" data-testid="case-log">
      <h2 id="case-log-heading">{t('caseLogHeading')}</h2>
      {rows.length === 0 ? (
        <p class="meta">{t('caseLogEmpty')}</p>
      ) : (
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
                      aria-label={t('caseLogDeleteEntry', row.when)}
                      onClick={() => {
                        setConfirming(row.id);
                        queueMicrotask(() => confirmButton.current?.focus());
                      }}
                    >
                      {t('caseLogDelete')}
                    </button>
                  )}
                </div>
                {row.step && <p class="meta">{bounded(row.step, 100)}</p>}
                {row.reference && (
                  <p class="meta">
                    {t('logReference')}: {bounded(row.reference, 100)}
                  </p>
                )}
                {row.note && <p class="log-note">{bounded(row.note, 1000)}</p>}
                {confirming === row.id && (
                  <div
                    class="confirm"
                    role="group"
                    onKeyDown={(event) => event.key === 'Escape' && setConfirming(undefined)}
                  >
                    <span>{t('caseLogConfirmDelete')}</span>
                    <button
                      type="button"
                      class="btn btn-small btn-danger"
                      ref={confirmButton}
                      onClick={async () => {
                        if (await onDelete(row.id)) setConfirming(undefined);
                      }}
                      data-testid="confirm-delete"
                    >
                      {t('caseLogDelete')}
                    </button>
                    <button type="button" class="btn btn-small" onClick={() => setConfirming(undefined)}>
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
      )}
      <p class="source">{t('caseLogPrivate')}</p>
    </section>
  );
}
