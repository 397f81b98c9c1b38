/**
 * Real-browser harness: Debian's Chromium, headless, with the built extension loaded.
 * No network: every request is aborted unless a test routes a real TikTok Shop URL to a fixture.
 * Facts behind the flags: ../../../shared/toolchain.md ("Real browser tests").
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { type TabState, parseTabState } from '../../lib/tab-state';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');

/** Chromium from CHROMIUM_PATH, else Debian's package; a clear error otherwise. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((path): path is string => !!path);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get update && sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary. Branded Chrome cannot load unpacked extensions.',
    );
  }
  return found;
}

/** Flags for a quiet, offline, root-friendly Chromium (toolchain.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Show the window (the demo does when a display is available). */
  headed?: boolean;
  /**
   * The IANA time zone the whole browser runs in, service worker included (through `TZ`; Playwright's `timezoneId`
   * reaches pages only). The machine's when absent.
   */
  timeZone?: string;
  /**
   * The browser's interface language (`de`, `en-GB`), which `chrome.i18n.getUILanguage()` reports and the extension
   * follows; the machine's (en-US here) when absent. Chromium on Linux takes it from the `LANGUAGE` environment
   * variable and ignores `--lang` (measured with Debian's Chromium 156: `--lang=de` alone still reports en-US; see
   * also https://github.com/chrome-php/chrome/pull/414); `--lang` is passed too for other systems. Debian's Chromium
   * needs the `chromium-l10n` package for any language but English.
   */
  lang?: string;
  /** The unpacked extension to load; the current build when absent. */
  extensionDir?: string;
  /**
   * A browser profile to start with, kept when the session closes (to restart the browser with it); a fresh
   * temporary profile, deleted on close, when absent.
   */
  userDataDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'carrier-finder-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: !options.headed,
    viewport: { width: 1280, height: 800 },
    ...(options.timeZone || options.lang
      ? {
          env: {
            ...process.env,
            ...(options.timeZone ? { TZ: options.timeZone } : {}),
            ...(options.lang ? { LANGUAGE: options.lang.replace('-', '_') } : {}),
          },
        }
      : {}),
    args: [
      ...CHROMIUM_FLAGS,
      // Both are needed: Playwright passes --disable-extensions unless told which extension to keep.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Lets CDP's Extensions.triggerAction click the toolbar button (over Playwright's pipe): clickToolbarButton().
      '--enable-unsafe-extension-debugging',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  // Offline by construction: anything not routed to a fixture fails instead of reaching the network.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  // And the extension makes no request of its own: whatever its pages or its service worker ask for beyond its own
  // files fails the session when it closes.
  const ownRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://') || request.url().startsWith('data:')) return;
    if (request.serviceWorker() || request.frame().url().startsWith('chrome-extension://')) {
      ownRequests.push(request.url());
    }
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
      if (ownRequests.length > 0) throw new Error(`The extension made requests of its own: ${ownRequests.join(', ')}`);
    },
  };
}

/** Serves `html` (or a fixture file from tests/fixtures/pages) at a real URL's path. */
export async function routePage(context: BrowserContext, url: string, html: string): Promise<void> {
  const { origin, pathname } = new URL(url);
  await context.route(
    (candidate) => candidate.origin === origin && candidate.pathname === pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export async function routeFixture(context: BrowserContext, url: string, fixturePath: string): Promise<void> {
  await routePage(context, url, await readFile(join(FIXTURES_DIR, fixturePath), 'utf8'));
}

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Opens an extension page such as `popup.html?tab=3` or `options.html`. */
export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

export function openPopup(session: ExtensionSession, query = ''): Promise<Page> {
  return openExtensionPage(session, `popup.html${query}`);
}

/**
 * The tab id Chromium gave a page. The page is brought to the front and the active tab is read: the extension may
 * not see the URL of a tab outside its host permissions, so the URL is compared only when it is visible.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const tab = await session.serviceWorker.evaluate(async () => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active && { id: active.id, url: active.url };
  });
  if (tab?.id === undefined || (tab.url !== undefined && tab.url !== page.url())) {
    throw new Error(`No tab found for ${page.url()}`);
  }
  return tab.id;
}

/** The detection the background stored for a tab (session storage), or undefined. */
export function storedDetection(session: ExtensionSession, tabId: number): Promise<unknown> {
  return session.serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`);
}

export function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The `href` of every element with `testId` on the page (hotline, tracking link...), in order. */
function hrefsOf(page: Page, testId: string): Promise<(string | null)[]> {
  return page.getByTestId(testId).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** What a lookup page answers, once it shows a carrier: the number, the carrier's name, hotline and tracking hrefs. */
export async function lookupAnswer(
  page: Page,
): Promise<{ number: string; carrier: string; hotlines: (string | null)[]; links: (string | null)[] }> {
  await page.getByTestId('carrier-name').first().waitFor();
  return {
    number: await page.getByTestId('tracking-number').innerText(),
    carrier: await page.getByTestId('carrier-name').innerText(),
    hotlines: await hrefsOf(page, 'hotline'),
    links: await hrefsOf(page, 'tracking-link'),
  };
}

/** Polls `read` until `accept` holds or the timeout passes; returns the last value either way. */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    value = await read();
  }
  return value;
}

/** The tab's stored detection, parsed, once the background has one (or undefined after the timeout). */
export function waitForTabState(session: ExtensionSession, tabId: number): Promise<TabState | undefined> {
  return waitFor(
    async () => parseTabState(await storedDetection(session, tabId)),
    (state) => state !== undefined,
  );
}

/**
 * Serves a fixture page at its real TikTok Shop URL, opens it in a new tab and waits for the content script's
 * detection to be stored: what a user gets by opening that order page.
 */
export async function openFixturePage(
  session: ExtensionSession,
  fixture: { url: string; file: string },
): Promise<{ page: Page; tabId: number; state: TabState | undefined }> {
  await routeFixture(session.context, fixture.url, fixture.file);
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  const tabId = await tabIdOf(session, page);
  return { page, tabId, state: await waitForTabState(session, tabId) };
}

/**
 * Opens `url` in a new tab and waits until the content script has started there and made its first decision: WXT
 * posts "content-script-started" to the window when it starts a content script, and the script decides on the URL
 * synchronously in `main`; two animation frames later anything it meant to report has been sent. The positive
 * signal replaces a fixed sleep before asserting that nothing was reported.
 */
export async function openAndWaitForContentScript(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(() =>
    addEventListener('message', (event: MessageEvent<{ type?: unknown }>) => {
      if (String(event.data?.type).endsWith('wxt:content-script-started')) {
        Object.assign(window, { contentScriptStarted: true });
      }
    }),
  );
  await page.goto(url);
  await page.waitForFunction(() => (window as { contentScriptStarted?: boolean }).contentScriptStarted === true);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  return page;
}

/**
 * Stops the extension's service worker, as the browser stops an idle one (CDP ServiceWorker.stopAllWorkers through
 * an extension page), and resolves once the browser reports it stopped. Any event starts it again:
 * runningServiceWorker(). https://chromedevtools.github.io/devtools-protocol/tot/ServiceWorker/
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = await openExtensionPage(session, 'popup.html?q=');
  const cdp = await session.context.newCDPSession(page);
  const ours = `chrome-extension://${session.extensionId}/`;
  const status = new Map<string, string>();
  const stopped = new Promise<void>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(ours)) status.set(version.versionId, version.runningStatus);
      }
      if (status.size > 0 && [...status.values()].every((running) => running === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

/**
 * The extension's service worker, running: woken by an event in case it is stopped (a runtime message from an
 * extension page, which the background ignores). Playwright keeps one Worker for the extension's worker across its
 * stops (its script runs afresh in it), and lists it from the first start on; `session.serviceWorker` points at it.
 */
export async function runningServiceWorker(session: ExtensionSession): Promise<Worker> {
  const page = await openExtensionPage(session, 'popup.html?q=');
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
  await page.close();
  session.serviceWorker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  return session.serviceWorker;
}

/** The reminders' alarms the browser holds (name, scheduled time), by name. */
export async function reminderAlarms(worker: Worker): Promise<[string, number][]> {
  const all = await worker.evaluate(() => chrome.alarms.getAll());
  return all
    .filter((alarm) => alarm.name.startsWith('remind:'))
    .map((alarm): [string, number] => [alarm.name, alarm.scheduledTime])
    .toSorted(([a], [b]) => a.localeCompare(b));
}

/** An extension page (`cases.html`, `popup.html?tab=3`...) with its clock fixed at `now`, and its console errors. */
export async function openExtensionPageAt(
  session: ExtensionSession,
  path: string,
  now: Date,
): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors = collectConsoleErrors(page);
  await page.clock.setFixedTime(now);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return { page, errors };
}

/** A CSS selector for a test id, as a JavaScript string literal. */
const testIdSelector = (testId: string) => JSON.stringify(`[data-testid="${testId}"]`);

/** The extension's popup as the toolbar button opened it: read through the DevTools protocol. */
export interface ToolbarPopup {
  /** Runs `expression` in the popup; resolves to its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** The text of the first element with `testId`, or null when there is none. */
  text(testId: string): Promise<string | null>;
  count(testId: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The browser's id for the tab showing `page` (a "tab" target), for clickToolbarButton(). Ask while the page is
 * responsive: the tab is found by its URL, which must be unique among the open tabs.
 */
export async function tabTargetOf(session: ExtensionSession, page: Page): Promise<string> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  await cdp.detach();
  const tabs = targetInfos.filter((target) => target.url === page.url());
  if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}`);
  return tabs[0]!.targetId;
}

/**
 * Clicks the extension's toolbar button on a tab, as a user does: the browser grants activeTab for that tab and opens
 * the popup, with no `?tab=` (CDP Extensions.triggerAction, allowed by --enable-unsafe-extension-debugging over
 * Playwright's pipe). Playwright does not drive that popup, so it is read through a raw protocol session.
 * https://chromedevtools.github.io/devtools-protocol/tot/Extensions/#method-triggerAction
 */
export async function clickToolbarButton(session: ExtensionSession, tabTargetId: string): Promise<ToolbarPopup> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tabTargetId });
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const findPopup = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.find((target) => target.url === popupUrl && !target.attached);
  const target = await waitFor(findPopup, Boolean);
  if (!target) throw new Error('The toolbar button opened no popup');

  // A session without flattening: its replies arrive as events on the browser session, which Playwright passes on.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  type Reply = { id?: number; result?: { result: { value?: unknown } }; error?: unknown };
  let lastId = 0;
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id === undefined) return; // an event, not a reply
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = ++lastId;
    const replied = new Promise<Reply>((done) => pending.set(id, done));
    const message = { id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
    const reply = await replied;
    if (reply.error) throw new Error(`Popup: ${JSON.stringify(reply.error)}`);
    return reply.result?.result.value as T;
  };
  return {
    evaluate,
    text: (testId) => evaluate(`document.querySelector(${testIdSelector(testId)})?.textContent ?? null`),
    count: (testId) => evaluate(`document.querySelectorAll(${testIdSelector(testId)}).length`),
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
