/**
 * Real-browser harness for Firefox: Debian's Firefox ESR, headless, with the built Firefox (MV2) extension installed.
 *
 * How it gets in (facts checked on this machine, see ../../../../shared/toolchain.md):
 * - puppeteer-core launches Firefox over WebDriver BiDi, installs the unpacked build (`webExtension.install`) and
 *   routes real TikTok Shop URLs to fixtures with request interception; every other request is aborted.
 * - BiDi refuses to navigate a tab to a `moz-extension://` URL and lists no extension targets. With
 *   `--remote-allow-system-access`, Firefox exposes its privileged browser window as a BiDi context
 *   (`"moz:scope": "chrome"`), where a script can open extension pages with the system principal; the opened tab is an
 *   ordinary BiDi context, and scripts evaluated in it run in the extension page itself, with its `browser.*` APIs.
 *   https://firefox-source-docs.mozilla.org/remote/Security.html
 * - Marionette cannot help at the same time: Firefox allows one WebDriver session, and BiDi already holds it.
 * - `extensions.webextensions.uuids` fixes the add-on's internal UUID, so extension URLs are known in advance.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { browser } from 'wxt/browser';
import { type Browser, type HTTPRequest, type Page, launch } from 'puppeteer-core';
import { FIXTURES_DIR, ROOT, waitFor } from '../harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
/** The gecko id from wxt.config.ts. */
export const ADDON_ID = 'carrier-finder@carrierfinder.invalid';
const ADDON_UUID = 'c0ffee00-cf00-4c0f-8000-000000000001';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Firefox from FIREFOX_PATH, else Debian's firefox-esr; a clear error otherwise. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    (path): path is string => !!path,
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Firefox not found. Install it with `sudo apt-get update && sudo apt-get install -y firefox-esr` ' +
        '(Debian/Ubuntu), or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return found;
}

/** The part of puppeteer's BiDi connection the harness uses (not in puppeteer's public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[];
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** The extension APIs as an extension page sees them (WXT's promise-based types describe Firefox's `browser`). */
export type ExtensionApi = typeof browser;

/** An extension page open in a tab: scripts run in the page, with the extension's `browser.*` APIs. */
export interface ExtensionPage {
  readonly url: string;
  /**
   * Runs `fn(api, arg)` in the page, `api` being the page's promise-based `browser` namespace (Firefox's `chrome`
   * takes callbacks in MV2), and returns the (JSON-serialisable) result. `fn` must not close over anything.
   */
  evaluate<A, R>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  browser: Browser;
  /** Opens a page at a real TikTok Shop URL, served from `html`; every other request of that page is aborted. */
  openRoutedPage(url: string, html: string): Promise<Page>;
  /** Opens `popup.html?...`, `options.html`... of the installed extension in a new tab. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  /** The URLs of every open extension page (tabs and windows the extension opened itself). */
  extensionPageUrls(): Promise<string[]>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const firefox = await launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Offline by construction, like the Chromium runs: no update checks, telemetry or captive-portal probes.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await firefox.close();
    throw error;
  }
  const connection = (firefox as unknown as { connection: BidiConnection }).connection;

  const contexts = async (scope?: 'chrome'): Promise<BidiContext[]> => {
    const { result } = await connection.send('browsingContext.getTree', scope ? { 'moz:scope': scope } : {});
    return (result as { contexts: BidiContext[] }).contexts;
  };

  const evaluateIn = async (context: string, expression: string): Promise<unknown> => {
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    const evaluated = result as EvaluateResult;
    if (evaluated.type === 'exception') throw new Error(`In ${context}: ${evaluated.exceptionDetails.text}`);
    return evaluated.result.value;
  };

  const openExtensionPage = async (path: string): Promise<ExtensionPage> => {
    const url = `${EXTENSION_ORIGIN}/${path}`;
    const before = new Set((await contexts()).map((c) => c.context));
    const [chromeWindow] = await contexts('chrome');
    if (!chromeWindow) throw new Error('Firefox exposes no privileged window: is --remote-allow-system-access set?');
    await evaluateIn(
      chromeWindow.context,
      `(() => {
        const tab = gBrowser.addTab(${JSON.stringify(url)}, {
          triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
        });
        gBrowser.selectedTab = tab;
      })()`,
    );
    let context: string | undefined;
    const deadline = Date.now() + 10_000;
    while (!context && Date.now() < deadline) {
      context = (await contexts()).find((c) => !before.has(c.context) && c.url === url)?.context;
      if (!context) await sleep(50);
    }
    if (!context) throw new Error(`Firefox did not open ${url}`);
    const page: ExtensionPage = {
      url,
      async evaluate<A, R>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
        const json = await evaluateIn(
          context,
          `Promise.resolve((${fn.toString()})(browser, ${JSON.stringify(arg ?? null)}))
            .then((value) => JSON.stringify(value === undefined ? null : value))`,
        );
        return JSON.parse(json as string) as R;
      },
      close: async () => {
        await connection.send('browsingContext.close', { context });
      },
    };
    const loaded = await waitFor(
      () => page.evaluate((_api) => document.readyState === 'complete').catch(() => false),
      (complete) => complete,
      10_000,
    );
    if (!loaded) throw new Error(`${url} did not finish loading`);
    return page;
  };

  const openRoutedPage = async (url: string, html: string): Promise<Page> => {
    const page = await firefox.newPage();
    await page.setRequestInterception(true);
    const target = new URL(url);
    page.on('request', (request: HTTPRequest) => {
      const requested = new URL(request.url());
      if (requested.origin === target.origin && requested.pathname === target.pathname) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else void request.abort('internetdisconnected');
    });
    await page.goto(url);
    return page;
  };

  const extensionPageUrls = async () =>
    (await contexts()).map((c) => c.url).filter((url) => url.startsWith(EXTENSION_ORIGIN));

  return {
    browser: firefox,
    openRoutedPage,
    openExtensionPage,
    extensionPageUrls,
    close: () => firefox.close(),
  };
}

export async function readFixture(file: string): Promise<string> {
  return readFile(join(FIXTURES_DIR, file), 'utf8');
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
