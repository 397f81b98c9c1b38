import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { downloadFile } from '../../components/CaseLogSection';
import { pageLanguage } from '../../components/languages';
import { emptyCaseBook } from '../../lib/cases/cases';
import { validTimeZone } from '../../lib/cases/clock';
import { moveCaseLogIntoCases } from '../../lib/cases/migrate';
import { NOTIFICATIONS_PERMISSION, notificationsAllowed, onPermissionChange } from '../../lib/cases/permission';
import { isCaseKey } from '../../lib/cases/cases';
import type { Locale } from '../../lib/i18n/locales';
import { defineStorageItems } from '../../lib/stored-items';
import { CasesPage, type CasesPageProps } from './CasesPage';

const items = defineStorageItems(storage);
const root = document.getElementById('app')!;
const language = pageLanguage(document, browser.i18n.getUILanguage(), 'casesPageTitle');

type Shown = Pick<CasesPageProps, 'book' | 'newer' | 'storageError' | 'notifications'> & { language?: Locale };

async function load(): Promise<Shown> {
  const notifications = await notificationsAllowed(browser.permissions);
  try {
    // The case log of versions before issue 16 moves into cases first, in case the background has not done it yet.
    await moveCaseLogIntoCases(items).catch(() => undefined);
    const [{ value, newer }, settings] = await Promise.all([items.cases.load(), items.settings.get()]);
    return { book: value, newer, notifications, ...(settings.language ? { language: settings.language } : {}) };
  } catch (error) {
    return { book: emptyCaseBook(), storageError: String(error), notifications };
  }
}

const requested = new URLSearchParams(location.search).get('case') ?? undefined;
const fixed: Omit<CasesPageProps, keyof Shown | 'now'> = {
  timeZone: validTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone),
  ...(isCaseKey(requested) ? { focusKey: requested } : {}),
  onUpdate: (change) => items.cases.update(change),
  onDownload: downloadFile,
  // Called inside the click that sets a reminder: the prompt needs that user gesture.
  askNotifications: () => browser.permissions.request(NOTIFICATIONS_PERMISSION),
  onOpenOptions: () => void browser.runtime.openOptionsPage(),
};

// One read, then one render; every change anywhere (a popup, another cases page, a reminder going off) re-renders.
void load().then((initial) => {
  let shown = initial;
  const paint = (patch: Partial<Shown>) => {
    shown = { ...shown, ...patch };
    const { language: chosen, ...page } = shown;
    language(chosen, () => render(<CasesPage {...page} {...fixed} now={new Date()} />, root));
  };
  paint({});
  items.cases.watch((book) => paint({ book }));
  // The language chosen in the options (another tab): this page follows it at once.
  items.settings.watch((settings) => paint({ language: settings.language }));
  onPermissionChange(browser.permissions, () => {
    void notificationsAllowed(browser.permissions).then((notifications) => paint({ notifications }));
  });
});
