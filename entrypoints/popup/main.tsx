import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { pageLanguage } from '../../components/languages';
import { defineStorageItems } from '../../lib/stored-items';
import { App } from './App';
import {
  askNotifications,
  browserCaseStore,
  browserPopupActions,
  loadPopupData,
  openCasesPage,
  watchPopupData,
} from './data';
import type { PopupData } from './model';

const items = defineStorageItems(storage);
const caseStore = browserCaseStore(items);
const actions = browserPopupActions(items);
const openOptions = () => void browser.runtime.openOptionsPage();
const language = pageLanguage(document, browser.i18n.getUILanguage(), 'appTitle', { showsDirectory: true });

// Read everything first (the user's language too), then render once: the answer paints on the first frame after the
// data is read, with no spinner to swap out and nothing moving under the user's pointer. Then follow storage: a
// change made in the options page or another popup re-renders this one at once (Preact keeps the state the user is
// in), in the new language when that is what changed.
void loadPopupData(items, location.search).then((data) => {
  const root = document.getElementById('app');
  if (!root) return;
  const paint = (next: PopupData) =>
    language(next.settings.language, () =>
      render(
        <App
          data={next}
          caseStore={caseStore}
          actions={actions}
          onOpenOptions={openOptions}
          onOpenCases={openCasesPage}
          askNotifications={askNotifications}
        />,
        root,
      ),
    );
  paint(data);
  watchPopupData(items, data, paint);
});
