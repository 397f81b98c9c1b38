import { browser } from 'wxt/browser';
import { caseLabel, dateText } from '../../components/case-text';
import { relativeDays } from '../../components/format';
import { t } from '../../components/strings';
import { daysBetween } from '../../lib/advice/dates';
import { caseKeyFor, refreshFromPage } from '../../lib/cases/cases';
import { localDay } from '../../lib/cases/clock';
import { moveCaseLogIntoCases } from '../../lib/cases/migrate';
import { notificationsAllowed, onPermissionChange } from '../../lib/cases/permission';
import {
  dueCases,
  dueReminder,
  markFired,
  parseAlarmName,
  planReminders,
  reconcileAlarms,
} from '../../lib/cases/reminders';
import { caseSteps } from '../../lib/cases/steps';
import type { Case, CaseBook, CaseDate } from '../../lib/cases/types';
import type { OrderDetection } from '../../lib/order';
import type { StorageItems } from '../../lib/stored-items';
import { languageReady } from './language';

/**
 * Reminders, owned by the background: the cases in storage say which reminders are pending; this module keeps the
 * browser's alarms in line with them (at start-up and on every change), and when an alarm goes off shows a
 * notification, or, without the optional notification permission, counts the case on the toolbar badge.
 */

/** Time, for tests: the clock and the time zone (the system's when undefined). */
export interface Clock {
  now?: number;
  timeZone?: string;
}

/** Firefox builds are MV2, where the toolbar button is `browserAction`, not `action`. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

/**
 * The toolbar's global badge: the number of cases due today, when notifications are not allowed (the fallback the
 * reminder control announces); nothing when they are. A tab showing an order's package count keeps its own.
 */
export async function showDueCount(items: StorageItems, clock: Clock = {}, known?: CaseBook): Promise<number> {
  const allowed = await notificationsAllowed(browser.permissions);
  const book = known ?? (await items.cases.get());
  const count = allowed ? 0 : dueCases(book, localDay(clock.now ?? Date.now(), clock.timeZone)).length;
  await languageReady();
  const action = toolbar();
  await Promise.all([
    action.setBadgeText({ text: count === 0 ? '' : count > 9 ? '9+' : String(count) }),
    action.setTitle({ title: count === 0 ? t('appTitle') : t('badgeCasesDue', { count }) }),
  ]);
  return count;
}

/**
 * Makes the browser's alarms match the pending reminders, then refreshes the badge. `known`: the cases as just read
 * (a storage change hands them over), so a book of hundreds of cases is not read again.
 */
export async function syncReminders(items: StorageItems, clock: Clock = {}, known?: CaseBook): Promise<void> {
  const now = clock.now ?? Date.now();
  const book = known ?? (await items.cases.get());
  const changes = reconcileAlarms(planReminders(book, clock.timeZone), await browser.alarms.getAll(), now);
  await Promise.all([
    ...changes.clear.map((name) => browser.alarms.clear(name)),
    ...changes.create.map(({ name, when }) => browser.alarms.create(name, { when })),
  ]);
  await showDueCount(items, clock, book);
}

/** The notification's text, in the user's language: the case, the step and how far its date is. */
export function notificationFor(current: Case, date: CaseDate, today: string): { title: string; message: string } {
  return {
    title: caseLabel(current),
    message: `${dateText(date, today)} · ${relativeDays(daysBetween(today, date.date))}`,
  };
}

/** Alarms being handled right now: an alarm that fires again meanwhile is not shown twice. */
const handling = new Set<string>();

/**
 * What the alarm listener calls. Shows the reminder once: skipped for a resolved case, a date done, a reminder
 * removed or already shown. The reminder is recorded as shown before it shows, so a restart cannot repeat it.
 */
export async function fireReminder(
  items: StorageItems,
  alarmName: string,
  clock: Clock = {},
): Promise<'notified' | 'badge' | 'skipped'> {
  const target = parseAlarmName(alarmName);
  if (!target || handling.has(alarmName)) return 'skipped';
  handling.add(alarmName);
  try {
    const found = dueReminder(await items.cases.get(), target);
    if (!found) return 'skipped';
    const book = await items.cases.update((current) => markFired(current, target));
    const today = localDay(clock.now ?? Date.now(), clock.timeZone);
    if (await notificationsAllowed(browser.permissions)) {
      // The worker may have just woken for this alarm: the user's language first. It never fails (English at worst),
      // and the reminder is already recorded as shown.
      await languageReady();
      const { title, message } = notificationFor(found.case, found.date, today);
      await browser.notifications.create(alarmName, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
      });
      await showDueCount(items, clock, book);
      return 'notified';
    }
    await showDueCount(items, clock, book);
    return 'badge';
  } finally {
    handling.delete(alarmName);
  }
}

/** A notification was clicked: its case opens on the cases page. */
export async function openCaseOfNotification(notificationId: string): Promise<void> {
  const target = parseAlarmName(notificationId);
  if (!target) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`/cases.html?case=${encodeURIComponent(target.key)}`),
  });
  await browser.notifications?.clear(notificationId);
}

/**
 * The dates each order page last reported, so the same detection sent again (on every change of the page) does not
 * read every case again. Bounded: forgotten when it grows past this many orders.
 */
const reportedDates = new Map<string, string>();
const MAX_REPORTED = 200;

/**
 * A newer detection of an order page: when its dates differ from those the case's steps were worked out from, the
 * steps' dates move (and the reminders with them, through the cases watch). Nothing while reading pages is off.
 */
export async function refreshCaseFromPage(items: StorageItems, detection: OrderDetection): Promise<void> {
  const key = caseKeyFor(detection.orderId);
  if (!key) return;
  const dates = JSON.stringify(detection.dates);
  if (reportedDates.get(key) === dates || !(await items.settings.get()).detection) return;
  if (reportedDates.size >= MAX_REPORTED) reportedDates.clear();
  reportedDates.set(key, dates);
  try {
    await items.cases.update((book) =>
      refreshFromPage(book, key, detection.dates, caseSteps, new Date().toISOString()),
    );
  } catch (error) {
    reportedDates.delete(key);
    throw error;
  }
}

let listening = false;

/** `notifications` is an optional permission: its API exists only once granted, so the listener waits for it. */
function listenToNotificationClicks(): void {
  if (listening || !browser.notifications) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => void openCaseOfNotification(id));
}

/**
 * Starts the reminders: registers every listener synchronously (MV3 wakes the worker only for listeners registered
 * at start-up: https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events), moves the old
 * case log into cases, and rebuilds the alarms from storage, which a browser restart or an update may have cleared.
 */
export function startReminders(items: StorageItems): void {
  let running: Promise<void> | undefined;
  let again = false;
  let latest: CaseBook | undefined;
  // One sync at a time; changes during a sync trigger exactly one more, with the newest cases a change handed over.
  const sync = (book?: CaseBook): Promise<void> => {
    latest = book;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const known = latest;
        latest = undefined;
        await syncReminders(items, {}, known).catch(() => undefined);
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  browser.alarms.onAlarm.addListener((alarm) => void fireReminder(items, alarm.name));
  listenToNotificationClicks();
  onPermissionChange(browser.permissions, () => {
    listenToNotificationClicks();
    void sync();
  });
  browser.runtime.onStartup.addListener(() => void sync());
  items.cases.watch((book) => void sync(book));

  void moveCaseLogIntoCases(items)
    .catch(() => undefined)
    .then(() => sync());
}
