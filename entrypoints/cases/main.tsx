import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { downloadFile } from '../../components/CaseLogSection';
import { emptyCaseBook } from '../../lib/cases/cases';
import { validTimeZone } from '../../lib/cases/clock';
import { moveCaseLogIntoCases } from '../../lib/cases/migrate';
import { NOTIFICATIONS_PERMISSION, notificationsAllowed, onPermissionChange } from '../../lib/cases/permission';
import { isCaseKey } from '../../lib/cases/cases';
import { defineStorageItems } from '../../lib/stored-items';
import { CasesPage, type CasesPageProps } from './CasesPage';

const items = defineStorageItems(storage);
const root = document.getElementById('app')!;

type Shown = Pick<CasesPageProps, 'book' | 'newer' | 'storageError' | 'notifications'>;

async function load(): Promise<Shown> {
  const notifications = await notificationsAllowed(browser.permissions);
  try {
    // The case log of versions before issue 16 moves into cases first, in case the background has not done it yet.
    await moveCaseLogIntoCases(items).catch(() => undefined);
    const { value, newer } = await items.cases.load();
    return { book: value, newer, notifications };
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
    render(<CasesPage {...shown} {...fixed} now={new Date()} />, root);
  };
  paint({});
  items.cases.watch((book) => paint({ book }));
  onPermissionChange(browser.permissions, () => {
    void notificationsAllowed(browser.permissions).then((notifications) => paint({ notifications }));
  });
});
