import { render } from 'preact';
import { App } from './App';
import { browserCaseLogStore, loadPopupData } from './data';

// Read everything first, then render once: the answer paints on the first frame after the data is read,
// with no spinner to swap out and nothing moving under the user's pointer.
void loadPopupData(location.search).then((data) => {
  const root = document.getElementById('app');
  if (root) render(<App data={data} caseLogStore={browserCaseLogStore} />, root);
});
