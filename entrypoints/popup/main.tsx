import { render } from 'preact';
import { storage } from 'wxt/utils/storage';
import { defineStorageItems } from '../../lib/stored-items';
import { App } from './App';
import { browserCaseLogStore, loadPopupData } from './data';

const items = defineStorageItems(storage);

// Read everything first, then render once: the answer paints on the first frame after the data is read,
// with no spinner to swap out and nothing moving under the user's pointer.
void loadPopupData(items, location.search).then((data) => {
  const root = document.getElementById('app');
  if (root) render(<App data={data} caseLogStore={browserCaseLogStore(items)} />, root);
});
