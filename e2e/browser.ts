import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import { type E2eServer, startE2eServer } from './harness';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without these flags Chromium floods the closed network with connections. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where the tests leave their screenshots. */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? '/tmp';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors (except failed network loads, which some tests expect). */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'gongzhi-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A 401/403/404 answer is logged by Chromium itself; the tests check the UI's reaction instead.
    if (message.text().startsWith('Failed to load resource')) return;
    problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface E2eTest {
  server: E2eServer;
  browser: BrowserSession;
  page: Page;
}

export interface E2eSetup {
  /** The server; available once the tests run. */
  readonly server: E2eServer;
  /** The browser; available once the tests run. */
  readonly browser: BrowserSession;
  /** Call at the start of a test: a failure leaves a screenshot named after `name`. */
  begin(name: string): E2eTest;
}

/**
 * Call in a `describe`: before its tests, starts a server with a fresh database and opens Chromium
 * (`options` as for `openBrowser`); after them, closes both.
 */
export function setupServerAndBrowser(options: { width?: number; height?: number } = {}): E2eSetup {
  let server: E2eServer | undefined;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await openBrowser(options);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const setup: E2eSetup = {
    get server() {
      if (!server) throw new Error('the e2e server is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not open yet');
      return browser;
    },
    begin(name) {
      const session = setup.browser;
      screenshotOnFailure(session, name);
      return { server: setup.server, browser: session, page: session.page };
    },
  };
  return setup;
}

export const DEMO_PASSWORD = 'Gongzhi#2026';

/** Signs in through the login page and waits for the console's overview. */
export async function login(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/console$/);
  await visible(page.getByText('我的组织'));
}

/** Signs out through the user menu in the console header. */
export async function logout(page: Page): Promise<void> {
  // On a loaded machine a click can land while the dropdown is still opening (its item moves under
  // the pointer, or the menu closes again); the user would simply open it again, and so does this.
  for (let attempt = 1; ; attempt += 1) {
    const item = page.getByRole('menuitem', { name: '退出登录' });
    if (!(await item.isVisible())) await page.getByTestId('user-menu').click();
    await item.click();
    try {
      await page.waitForURL(/\/login$/, { timeout: 7_500 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await visible(page.getByText('您已退出登录'));
}

/** Signs out from the top of the page once any toast has gone (a long page scrolled by a screenshot moves the user menu). */
export async function signOutFromTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
  await logout(page);
}

/** Waits for an antd dialog to finish opening (a click during its zoom animation can be lost). */
export async function dialogOpened(page: Page, dialog: Locator): Promise<void> {
  await visible(dialog);
  await expect
    .poll(() => page.locator('.ant-modal[class*="zoom-appear"], .ant-modal[class*="zoom-enter"]').count())
    .toBe(0);
}

/** Waits until the (first) element is visible; playwright-core has no web-first assertions of its own. */
export async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

export async function hidden(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'hidden' });
}

/** Waits until the element's text contains `text` (or fails with the last text seen). */
export async function textOf(locator: Locator, text: string): Promise<void> {
  await expect.poll(async () => (await locator.first().textContent()) ?? '', { timeout: 15_000 }).toContain(text);
}

export async function countOf(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 15_000 }).toBe(count);
}

/** Call at the start of a test: a failure leaves a screenshot of the page it happened on. */
export function screenshotOnFailure(session: BrowserSession, name: string): void {
  onTestFailed(async () => {
    await session.page.screenshot({ path: join(SCREENSHOT_DIR, `gongzhi-e2e-failed-${name}.png`) }).catch(() => {});
  });
}

/**
 * Opens an antd select (by its form label inside `scope`) and picks the option with this text; tries
 * again when the choice did not stick (a click that lands while the list is still animating).
 */
export async function choose(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
  search?: string,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  const select = input.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await input.click();
    if (search) await input.fill(search);
    // The list that belongs to this select (antd names it after the input's id), not one still closing.
    const id = await input.getAttribute('id');
    const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${id}_list"]`) });
    const item = dropdown.locator('.ant-select-item-option').filter({ hasText: option });
    // The list can close under the pointer (a re-render of the dialog), or a click on the input can
    // close a list still open from the try before: then open it again.
    const shown = await item
      .first()
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) continue;
    const clicked = await item
      .first()
      .click({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!clicked) continue;
    const chosen = await expect
      .poll(async () => (await select.textContent()) ?? '', { timeout: 3_000 })
      .toContain(option)
      .then(() => true)
      .catch(() => false);
    if (chosen) return;
  }
  throw new Error(`could not choose ${option} in ${label}`);
}
