import { nextDate } from '../lib/cases/next-date';
import type { Case, CaseState } from '../lib/cases/types';
import { caseLabel, dateText } from './case-text';
import { relativeDays } from './format';
import { t } from './strings';

export interface CaseSummaryProps {
  /** The order's case, as stored. */
  case: Case;
  /** The user's today (ISO), in their time zone. */
  today: string;
  /** Changes the case's state; no state buttons when absent (read-only). */
  onSetState?: (state: CaseState) => void;
  /** Opens the case on the cases page; no link when absent. */
  onOpenCases?: () => void;
}

/**
 * The order's case at a glance, for the top of the popup: its state and the next date that matters, overdue ones
 * marked, with a way to resolve it and to see every case. Self-contained: everything comes in through props.
 */
export function CaseSummary({ case: current, today, onSetState, onOpenCases }: CaseSummaryProps) {
  const next = nextDate(current, today);
  const label = caseLabel(current);
  return (
    <section class="card case-summary" aria-labelledby="case-summary-heading" data-testid="case-summary">
      <div class="case-summary-head">
        <h2 id="case-summary-heading">{t('caseHeading')}</h2>
        <span class={`pill pill-state pill-${current.state}`} data-testid="case-state">
          {t(`state_${current.state}`)}
        </span>
      </div>
      {current.problem && <p class="meta">{t('caseProblem', { problem: t(`problem_${current.problem}`) })}</p>}
      {next ? (
        <p class={next.overdue ? 'case-next case-next-overdue' : 'case-next'} data-testid="case-next">
          <span class="field-label">{t('caseNextLabel')}</span> {dateText(next.date, today)}
          <span class="days-left"> · {relativeDays(next.daysLeft)}</span>
          {next.overdue && <span class="pill pill-passed">{t('caseOverdue')}</span>}
        </p>
      ) : (
        current.state !== 'resolved' && <p class="meta">{t('caseNoDate')}</p>
      )}
      {(onSetState || onOpenCases) && (
        <div class="form-buttons">
          {onSetState && current.state === 'resolved' && (
            <button
              type="button"
              class="btn btn-small"
              data-testid="reopen"
              aria-label={t('caseReopenLabel', { case: label })}
              onClick={() => onSetState('open')}
            >
              {t('caseReopen')}
            </button>
          )}
          {onSetState && current.state !== 'resolved' && (
            <button
              type="button"
              class="btn btn-small"
              data-testid="resolve"
              aria-label={t('caseResolveLabel', { case: label })}
              onClick={() => onSetState('resolved')}
            >
              {t('caseResolve')}
            </button>
          )}
          {onOpenCases && (
            <button
              type="button"
              class="btn btn-small btn-quiet"
              data-testid="open-case"
              aria-label={t('caseOpenInListLabel')}
              onClick={onOpenCases}
            >
              {t('caseOpenInList')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
