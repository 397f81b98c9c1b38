import { useId } from 'preact/hooks';
import { REMINDER_HOUR, defaultReminder, reminderOn, remindDay } from '../lib/cases/reminders';
import type { CaseDate, Reminder } from '../lib/cases/types';
import { daysBetween } from '../lib/advice/dates';
import { dateText } from './case-text';
import { formatDay, relativeDays, timeOfDay } from './format';
import { t } from './strings';

export interface RemindMeProps {
  /** The dated step, with the reminder already set on it, if any. */
  date: CaseDate;
  /** The user's today (ISO). */
  today: string;
  /** False when notifications are not allowed (the badge stands in, and the control says so); unknown: undefined. */
  notifications?: boolean;
  /** Off for a read-only case (written by a newer version). */
  disabled?: boolean;
  /**
   * Sets or changes the reminder. Called synchronously inside the click or change event: the caller may ask for the
   * notification permission there, which browsers allow only during a user gesture.
   */
  onSet: (reminder: Reminder) => void;
  onRemove: () => void;
  /** Asks for the notification permission again (inside the click); no button when absent. */
  onAllowNotifications?: () => void;
}

/**
 * "Remind me" for one dated step: a button that sets the default reminder (two days before a deadline, on the day of
 * a follow-up), then the reminder's day, which the user can change or remove. Says plainly where the reminder will
 * show when notifications are off. Self-contained: everything comes in through props.
 */
export function RemindMe({
  date,
  today,
  notifications,
  disabled,
  onSet,
  onRemove,
  onAllowNotifications,
}: RemindMeProps) {
  const id = useId();
  const what = dateText(date, today);
  const reminder = date.reminder;

  if (!reminder) {
    return (
      <div class="remind">
        <button
          type="button"
          class="btn btn-small btn-quiet"
          data-testid="remind-me"
          aria-label={t('remindMeLabel', { step: what })}
          disabled={disabled}
          onClick={() => onSet(defaultReminder(date, today))}
        >
          {t('remindMe')}
        </button>
      </div>
    );
  }

  const day = remindDay(date, reminder);
  return (
    <div class="remind" data-testid="reminder">
      {reminder.fired ? (
        <p class="meta">{t('reminderFired', { date: formatDay(day, today) })}</p>
      ) : (
        <p class="meta" data-testid="reminder-when">
          {t('reminderOn', { date: formatDay(day, today), time: timeOfDay(REMINDER_HOUR) })} ·{' '}
          {relativeDays(daysBetween(today, day))}
        </p>
      )}
      <div class="remind-controls">
        <label for={`${id}-day`}>{t('reminderDay')}</label>
        <input
          id={`${id}-day`}
          type="date"
          data-testid="reminder-day"
          aria-label={t('reminderDayLabel', { step: what })}
          min={today}
          max={date.date}
          value={day}
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(chosen)) onSet(reminderOn(date, chosen, today));
          }}
        />
        <button
          type="button"
          class="btn btn-small btn-quiet"
          data-testid="reminder-remove"
          aria-label={t('reminderRemoveLabel', { step: what })}
          disabled={disabled}
          onClick={onRemove}
        >
          {t('reminderRemove')}
        </button>
      </div>
      {notifications === false && (
        <p class="meta" role="note" data-testid="reminder-fallback">
          {t('reminderFallback')}{' '}
          {onAllowNotifications && (
            <button type="button" class="btn btn-small btn-quiet" onClick={onAllowNotifications}>
              {t('reminderAllow')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
