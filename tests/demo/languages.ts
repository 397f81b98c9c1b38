/**
 * The popup and the options page in each of the 13 languages, light and dark, for review (`npx tsx
 * tests/demo/languages.ts` after `npm run build`; name languages to take only those: `... languages.ts th ja`). Each
 * language is a browser started in it (the harness's `lang`), as a user of that language meets the extension: the
 * popup for an overdue buyer order (the page's problem chosen, its steps and dates) and the options page. The files
 * land in `.output/screens/languages/`, named `<locale>-<page>-<theme>.png` (the whole page) and
 * `<locale>-<page>-<theme>-top.png` (the first screen).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES, languageTag } from '../../lib/i18n/locales';
import { pageFixture } from '../fixtures/pages';
import { ROOT, launchExtension, openExtensionPage, openFixturePage, openPopup } from '../e2e/harness';

const OUTPUT_DIR = join(ROOT, '.output', 'screens', 'languages');
const POPUP = { width: 380, height: 600 };
const OPTIONS = { width: 800, height: 900 };
const THEMES = ['light', 'dark'] as const;

async function shoot(locale: (typeof LOCALES)[number]): Promise<void> {
  const session = await launchExtension({ lang: languageTag(locale) });
  try {
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
    const { tabId } = await openFixturePage(session, pageFixture('buyer-us-in-transit.html'));
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.setViewportSize(POPUP);
    await popup.getByTestId('problem-signal').waitFor();
    const options = await openExtensionPage(session, 'options.html');
    await options.setViewportSize(OPTIONS);
    await options.locator('h1').waitFor();
    for (const theme of THEMES) {
      for (const [name, page] of [
        ['popup', popup],
        ['options', options],
      ] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.screenshot({ path: join(OUTPUT_DIR, `${locale}-${name}-${theme}.png`), fullPage: true });
        // The first screen alone: what the user sees on opening, at full size for review.
        await page.screenshot({ path: join(OUTPUT_DIR, `${locale}-${name}-${theme}-top.png`) });
      }
    }
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    const wide = await popup.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    console.log(`${locale}: popup ${height} px tall${wide ? ', SCROLLS SIDEWAYS' : ''}`);
  } finally {
    await session.close();
  }
}

const asked = process.argv.slice(2);
await mkdir(OUTPUT_DIR, { recursive: true });
for (const locale of LOCALES) if (asked.length === 0 || asked.includes(locale)) await shoot(locale);
console.log(`Screenshots in ${OUTPUT_DIR}`);
