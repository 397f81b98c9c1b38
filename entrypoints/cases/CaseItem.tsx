import { RemindMe } from '../../components/RemindMe';
import { caseLabel, dateText } from '../../components/case-text';
import { carrierName } from '../../components/carrier-names';
import { bounded, boundedLines, formatContactTime, regionName, relativeDays } from '../../components/format';
import { t, tMaybe } from '../../components/strings';
import { daysBetween } from '../../lib/advice/dates';
import type { NextDate } from '../../lib/cases/next-date';
import { canRemind } from '../../lib/cases/reminders';
import type { Case, CaseDate, CaseState, Reminder } from '../../lib/cases/types';

export interface CaseItemProps {
  case: Case;
  next?: NextDate;
  today: string;
  expanded: boolean;
  /** Read-only (cases written by a newer version): shown, never changed. */
  readOnly: boolean;
  notifications?: boolean;
  /** The user's time zone, for the times of contacts. */
  timeZone?: string;
  /** Moves focus to this case's title once it is rendered (a notification opened it). */
  focus?: boolean;
  onToggle: (key: string) => void;
  onState: (key: string, state: CaseState) => void;
  onDelete: (key: string) => void;
  onDone: (key: string, date: CaseDate, done: boolean) => void;
  /** Called inside the click or change: may ask for the notification permission. */
  onReminder: (key: string, date: CaseDate, reminder: Reminder | undefined) => void;
  onAllowNotifications?: () => void;
}

function NextLine({ next, today }: { next?: NextDate; today: string }) {
  if (!next) return <p class="meta case-next">{t('caseNoDate')}</p>;
  return (
    <p class={next.overdue ? 'case-next case-next-overdue' : 'case-next'} data-testid="case-next">
      {dateText(next.date, today)}
      <span class="days-left"> · {relativeDays(next.daysLeft)}</span>
      {next.overdue && <span class="pill pill-passed">{t('caseOverdue')}</span>}
    </p>
  );
}

/** One case in the list: its name, state, market and next date; its dates, reminders and contacts when expanded. */
export function CaseItem(props: CaseItemProps) {
  const { case: current, next, today, expanded, readOnly } = props;
  const label = caseLabel(current);
  const key = current.key;
  const detailsId = `case-details-${key}`;
  const resolved = current.state === 'resolved';
  return (
    <li
      class={`case-item case-${current.state}${next?.overdue ? ' case-overdue' : ''}`}
      data-testid="case"
      data-case-key={key}
      data-order-id={current.orderId ?? ''}
      data-state={current.state}
    >
      <div class="case-head">
        <h2 class="case-title">
          <button
            type="button"
            class="case-toggle"
            aria-expanded={expanded}
            aria-controls={detailsId}
            ref={(element) => {
              if (element && props.focus) element.focus();
            }}
            onClick={() => props.onToggle(key)}
            data-testid="case-toggle"
          >
            {label}
            <span class="case-toggle-mark" aria-hidden="true">
              {expanded ? ' ▾' : ' ▸'}
            </span>
          </button>
        </h2>
        <span class={`pill pill-state pill-${current.state}`}>{t(`state_${current.state}`)}</span>
        {current.market && <span class="meta">{regionName(current.market)}</span>}
        {current.problem && <span class="meta">{t(`problem_${current.problem}`)}</span>}
      </div>
      <NextLine next={next} today={today} />
      <div class="case-actions">
        {resolved ? (
          <button
            type="button"
            class="btn btn-small"
            data-testid="reopen"
            aria-label={t('caseReopenLabel', { case: label })}
            disabled={readOnly}
            onClick={() => props.onState(key, 'open')}
          >
            {t('caseReopen')}
          </button>
        ) : (
          <>
            <button
              type="button"
              class="btn btn-small"
              data-testid="resolve"
              aria-label={t('caseResolveLabel', { case: label })}
              disabled={readOnly}
              onClick={() => props.onState(key, 'resolved')}
            >
              {t('caseResolve')}
            </button>
            <button
              type="button"
              class="btn btn-small"
              data-testid="toggle-waiting"
              aria-label={t(current.state === 'waiting' ? 'caseNotWaitingLabel' : 'caseWaitingLabel', { case: label })}
              disabled={readOnly}
              onClick={() => props.onState(key, current.state === 'waiting' ? 'open' : 'waiting')}
            >
              {t(current.state === 'waiting' ? 'caseNotWaiting' : 'caseWaiting')}
            </button>
          </>
        )}
        <button
          type="button"
          class="btn btn-small btn-danger"
          data-testid="delete-case"
          aria-label={t('caseDeleteLabel', { case: label })}
          disabled={readOnly}
          onClick={() => props.onDelete(key)}
        >
          {t('caseDelete')}
        </button>
      </div>
      {expanded && (
        <div class="case-details" id={detailsId} aria-label={t('caseDetailsLabel', { case: label })} role="region">
          <dl class="case-facts">
            {current.trackingNumbers.length > 0 && (
              <>
                <dt>{t('caseTrackingNumbers')}</dt>
                <dd class="mono">{current.trackingNumbers.join(', ')}</dd>
              </>
            )}
            {current.carrier && (
              <>
                <dt>{t('caseCarrier')}</dt>
                <dd>{carrierName(current.carrier) ?? current.carrier}</dd>
              </>
            )}
            {current.role && (
              <>
                <dt>{t('caseRole')}</dt>
                <dd>{t(`role_${current.role}`)}</dd>
              </>
            )}
          </dl>
          <h3>{t('caseDatesHeading')}</h3>
          {current.dates.length === 0 ? (
            <p class="meta">{t('caseDatesEmpty')}</p>
          ) : (
            <ul class="case-dates">
              {current.dates.map((date) => (
                <li key={`${date.step}:${date.kind}`} class={date.done ? 'case-date case-date-done' : 'case-date'}>
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={!!date.done}
                      disabled={readOnly}
                      aria-label={t('caseDoneLabel', { step: dateText(date, today) })}
                      onChange={(event) => props.onDone(key, date, event.currentTarget.checked)}
                    />
                    <span>
                      {dateText(date, today)}
                      <span class="days-left"> · {relativeDays(daysBetween(today, date.date))}</span>
                    </span>
                  </label>
                  {!resolved && canRemind(date, today) && (
                    <RemindMe
                      date={date}
                      today={today}
                      notifications={props.notifications}
                      disabled={readOnly}
                      onSet={(reminder) => props.onReminder(key, date, reminder)}
                      onRemove={() => props.onReminder(key, date, undefined)}
                      onAllowNotifications={props.onAllowNotifications}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('caseContactsHeading')}</h3>
          {current.log.length === 0 ? (
            <p class="meta">{t('caseContactsEmpty')}</p>
          ) : (
            <ul class="log-entries">
              {current.log.map((entry) => (
                <li key={entry.id} class="log-entry" data-testid="case-contact">
                  <strong>{formatContactTime(entry.at, props.timeZone)}</strong> ·{' '}
                  {tMaybe(`contact_${entry.channel}`) ?? entry.channel}
                  {entry.reference && (
                    <span class="meta">
                      {' '}
                      · {t('logReference')}: {bounded(entry.reference, 100)}
                    </span>
                  )}
                  {entry.note && <p class="log-note">{boundedLines(entry.note, 1000)}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
