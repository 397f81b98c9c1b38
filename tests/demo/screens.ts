/**
 * Screenshots of every popup state (../e2e/popup-states.ts), in the light and the dark theme, for review
 * (`npx tsx tests/demo/screens.ts` after `npm run build`). The files land in
 * `.output/screens/` (not committed), named `<state>-<theme>.png` (the first screen) and
 * `<state>-<theme>-<n>.png` (the rest, in parts); the script prints each page's height.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launchExtension } from '../e2e/harness';
import { POPUP_STATES, openPopupState } from '../e2e/popup-states';

const OUTPUT_DIR = join(ROOT, '.output', 'screens');
/** The popup's width (its body is 380 px) and the tallest a browser shows a popup before it scrolls. */
const VIEWPORT = { width: 380, height: 600 };
/** Below the first screen, the page is saved in parts of this height. */
const PART_HEIGHT = 900;

await mkdir(OUTPUT_DIR, { recursive: true });
const session = await launchExtension();
try {
  // `npx tsx tests/demo/screens.ts lookup stale` takes only the states named.
  const only = process.argv.slice(2);
  for (const state of POPUP_STATES.filter((s) => only.length === 0 || only.includes(s.name))) {
    for (const theme of ['light', 'dark'] as const) {
      const popup = await openPopupState(session, state);
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize(VIEWPORT);
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      // The first screen as the popup opens, then the whole page in parts short enough to read.
      await popup.screenshot({ path: join(OUTPUT_DIR, `${state.name}-${theme}.png`) });
      for (let part = 1, y = VIEWPORT.height; y < height; part += 1, y += PART_HEIGHT) {
        const clip = { x: 0, y, width: VIEWPORT.width, height: Math.min(PART_HEIGHT, height - y) };
        await popup.screenshot({ path: join(OUTPUT_DIR, `${state.name}-${theme}-${part}.png`), fullPage: true, clip });
      }
      if (theme === 'light') console.log(`${state.name}: ${height} px`);
      await popup.close();
    }
  }
} finally {
  for (const page of session.context.pages()) await page.close().catch(() => undefined);
  await session.close();
}
