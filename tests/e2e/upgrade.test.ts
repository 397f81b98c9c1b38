/**
 * Upgrades keep what users entered. Version 0.1.0 (built from its commit, ./baseline.ts) is installed unpacked from a
 * folder; the user sets their country, role and preferred carrier and logs a contact through 0.1.0's own pages; then
 * the new build replaces the files in that folder and the browser starts again with the same profile: the same
 * extension id, a new version, `runtime.onInstalled` with reason "update", as when the store delivers an update.
 * Everything must be there, in the new shapes.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FIXTURES } from '../fixtures/pages';
import { baselineBuild } from './baseline';
import {
  EXTENSION_DIR,
  type ExtensionSession,
  launchExtension,
  openExtensionPage,
  openFixturePage,
  waitFor,
} from './harness';

const UK_ORDER = PAGE_FIXTURES.find((f) => f.file === 'seller-uk-detail.html')!;

let installDir: string;
let profile: string;
let session: ExtensionSession | undefined;

beforeAll(() => {
  const baseline = baselineBuild();
  installDir = mkdtempSync(join(tmpdir(), 'carrier-finder-installed-'));
  profile = mkdtempSync(join(tmpdir(), 'carrier-finder-profile-'));
  cpSync(baseline, installDir, { recursive: true });
}, 300_000);

afterAll(async () => {
  await session?.close();
  rmSync(installDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

function storedLocal(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get());
}

describe('an upgrade from 0.1.0', () => {
  it(
    'keeps the settings and the case log entered in 0.1.0 when the new build is loaded over it',
    { timeout: 90_000 },
    async () => {
      session = await launchExtension({ extensionDir: installDir, userDataDir: profile });
      expect(await session.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.0');

      // 0.1.0's options page: country, role, a preferred carrier.
      const options = await openExtensionPage(session, 'options.html');
      await options.getByTestId('region').selectOption('GB');
      await options.getByTestId('role-seller').check();
      await options.getByTestId('preferred-evri').check();
      await expect.poll(() => options.getByTestId('save-status').innerText()).toContain('Saved');
      await options.close();

      // 0.1.0's popup on a UK order: pick a problem, log a call with its reference.
      const { page, tabId } = await openFixturePage(session, UK_ORDER);
      const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
      await popup.getByTestId('problem-lost').click();
      await popup.getByTestId('log-contact').first().click();
      await popup.getByLabel('Reference number').fill('RM-CLAIM-7731');
      await popup.getByLabel('Note').fill('Royal Mail opened a search');
      await popup.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => popup.getByTestId('case-log-entry').count()).toBe(1);
      await popup.close();
      await page.close();

      const before = await storedLocal(session.serviceWorker);
      expect(before).toMatchObject({
        settings: { region: 'GB', role: 'seller', preferredCarriers: ['evri'] },
        caseLog: { version: 1, orders: { '578004173920384716': [{ reference: 'RM-CLAIM-7731' }] } },
      });

      // The update: the browser closes, the new version's files replace the old ones, and the browser starts again
      // with the same profile. (chrome.runtime.reload() unloads an extension loaded from the command line for good.)
      await session.close();
      rmSync(installDir, { recursive: true, force: true });
      cpSync(EXTENSION_DIR, installDir, { recursive: true });
      const extensionId = session.extensionId;
      session = await launchExtension({ extensionDir: installDir, userDataDir: profile });
      const worker = session.serviceWorker;
      expect(session.extensionId).toBe(extensionId);
      expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).not.toBe('0.1.0');
      // runtime.onInstalled ran for the update: the new menu items exist (updating a missing id rejects).
      const menu = await waitFor(
        () =>
          worker.evaluate(() =>
            chrome.contextMenus.update('find-carrier', {}).then(
              () => 'exists',
              (error: Error) => error.message,
            ),
          ),
        (answer) => answer === 'exists',
      );
      expect(menu).toBe('exists');

      // The new options page shows what the user chose in 0.1.0.
      const newOptions = await openExtensionPage(session, 'options.html');
      await expect.poll(() => newOptions.getByTestId('region').inputValue()).toBe('GB');
      expect(await newOptions.getByTestId('role-seller').isChecked()).toBe(true);
      expect(await newOptions.getByTestId('rank-evri').count()).toBe(1);
      await newOptions.close();

      // The contact logged in 0.1.0 is in that order's case.
      const cases = await openExtensionPage(session, 'cases.html');
      const row = cases.locator('[data-testid="case"][data-order-id="578004173920384716"]');
      await row.waitFor();
      await row.getByTestId('case-toggle').click();
      await expect
        .poll(() => row.getByTestId('case-contact').allInnerTexts())
        .toEqual([expect.stringContaining('RM-CLAIM-7731')]);
      await cases.close();

      // In storage: the settings in their new version, the case log moved into cases and gone.
      const after = await waitFor(
        () => storedLocal(worker),
        (stored) => stored.caseLog === undefined,
      );
      expect(after).toMatchObject({
        settings: { region: 'GB', role: 'seller', preferredCarriers: ['evri'] },
        settings$: { v: 2 },
        cases: { cases: { '578004173920384716': { orderId: '578004173920384716' } } },
      });
      expect(after.caseLog).toBeUndefined();
    },
  );
});
