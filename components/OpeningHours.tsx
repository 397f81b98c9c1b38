import { isOpenNow } from '../lib/carriers';
import type { OpeningHours as Hours } from '../lib/carriers/types';
import { formatMoment } from './format';
import { t, tData } from './strings';

export interface OpeningHoursProps {
  hours: Hours;
  now: Date;
  /** The user's IANA time zone; the system's when undefined. */
  timeZone?: string;
}

/** "Europe/Rome" -> "Rome": the carrier's own time zone, named the way people say it. */
function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** "Open now" or "Closed now · Opens Mon at 08:00 (your time)", with the hours as the carrier prints them. */
export function OpeningHours({ hours, now, timeZone }: OpeningHoursProps) {
  const status = isOpenNow(hours, now);
  let next: string | undefined;
  if (!status.open && status.nextOpen) {
    const moment = formatMoment(status.nextOpen, now, timeZone);
    next = moment.weekday
      ? t('opensOnDay', { day: moment.weekday, time: moment.time })
      : t('opensAtTime', { time: moment.time });
  }
  return (
    <p class="hours" data-testid="hours">
      <span class={status.open ? 'status status-open' : 'status status-closed'}>
        {status.open ? t('openNow') : t('closedNow')}
      </span>
      {next && (
        <span>
          {' · '}
          {next} ({t('yourTime')})
        </span>
      )}
      {hours.text && (
        <span class="hours-text">
          {hours.timeZone === timeZone
            ? tData(hours.text)
            : t('hoursIn', { hours: tData(hours.text), city: zoneCity(hours.timeZone) })}
        </span>
      )}
    </p>
  );
}
