// Shared by the browser specs: the system Chromium (never a download), a page that records console
// errors and failed requests, screenshots into e2e/screenshots/, and logging in through the form.
// Every page of every spec is watched for Content-Security-Policy and Permissions-Policy violations
// (issue 9 point 4): a spec fails on the first one, whatever page it was seen on.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3123';
export const DEMO_PASSWORD = 'Demo#2026';
const SCREENSHOTS = join(process.cwd(), 'e2e', 'screenshots');

/** CSP / Permissions-Policy violations seen by any page since the last test ended. */
const policyViolations: string[] = [];

/** The last navigations and refused API answers of every page: printed when a test fails, to say why. */
const trail: string[] = [];
function remember(line: string): void {
  trail.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  if (trail.length > 40) trail.shift();
}

afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail' && trail.length)
    console.log(`--- last page events before the failure of “${ctx.task.name}”:\n${trail.join('\n')}`);
  trail.length = 0;
  const seen = policyViolations.splice(0);
  expect(seen, 'Content-Security-Policy or Permissions-Policy violations in the console').toEqual([]);
});

/** Reports every policy violation of the context's pages (the browser's own message and the event). */
async function watchPolicies(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|CSP violation|Permissions-Policy/i.test(text))
      policyViolations.push(`${msg.location().url}: ${text}`);
  });
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  // Every context the specs open (openPage or their own) is watched.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchPolicies(context);
    return context;
  };
  return browser;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (a clean run has none). */
  errors: string[];
}

export async function openPage(browser: Browser): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (msg) => {
    // 4xx answers the test provokes on purpose (404 out of scope, 401 wrong password) are logged by
    // the browser as failed resources; they are checked through the UI instead.
    if (
      msg.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())
    ) {
      errors.push(msg.text());
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) remember(`navigated to ${f.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) remember(`${r.request().method()} ${r.url()} → ${r.status()}`);
  });
  return { context, page, errors };
}

/** A 390 px phone (touch, 2× pixels, Chinese, Beijing time) with its own context: close it when done. */
export async function openPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/**
 * Saves a screenshot once transitions (fades, spinners, chart drawing) have settled. Long pages (the
 * rule catalogue) pass fullPage: false to keep the picture readable.
 */
export async function screenshot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.waitForTimeout(600);
  // A long page on a loaded machine takes a while to capture.
  await page.screenshot({ path, fullPage: opts.fullPage ?? true, timeout: 60_000 });
  return path;
}

/** Logs in through the login page and waits for the home page. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page
    .locator('form')
    .getByRole('button', { name: /登\s*录/ })
    .click();
  await page.getByTestId('current-user').waitFor();
}

interface ApiSession {
  cookie: string;
  csrfToken: string;
}
const sessions = new Map<string, ApiSession>();

async function session(username: string): Promise<ApiSession> {
  const known = sessions.get(username);
  if (known) return known;
  const login = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login as ${username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const s = { cookie, csrfToken };
  sessions.set(username, s);
  return s;
}

/**
 * Calls the JSON API as a given demo user, outside the browser (to look up ids and check what the
 * page showed). One session per user for the whole run: logins are rate-limited.
 */
export async function apiAs<T>(username: string, path: string): Promise<T> {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    headers: { cookie: (await session(username)).cookie },
  });
  if (!res.ok) throw new Error(`GET ${path} as ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The bytes of a download (a PDF, a spreadsheet) as a demo user. */
export async function apiBytes(username: string, path: string): Promise<Buffer> {
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    headers: { cookie: (await session(username)).cookie },
  });
  if (!res.ok) throw new Error(`GET ${path} as ${username}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}

/** PATCH/POST as a demo user, with the session's CSRF token. */
export async function apiSend<T>(
  username: string,
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
): Promise<T> {
  const s = await session(username);
  const res = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} as ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The version the case page shows (data-version), once it is not reloading. */
export async function caseVersion(page: Page): Promise<number> {
  const root = page.getByTestId('case-page');
  await expect.poll(() => root.getAttribute('data-loading'), { timeout: 30_000 }).toBe('false');
  return Number(await root.getAttribute('data-version'));
}

/**
 * Opens an action of the case page (a danger action through its confirmation first), fills its form
 * with `fill`, confirms, and waits until the server has taken it — the page's data-version is one more
 * than before and the page has reloaded — then checks the case state. If the dialog shows a refusal
 * instead (problem+json, in Chinese), the test fails with that text rather than timing out. An action
 * that issues the first PDF of a busy server loads the CJK font first: the wait allows for it.
 */
export async function act(
  page: Page,
  event: string,
  state: RegExp,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  const before = await caseVersion(page);
  const button = page.getByTestId(`action-${event}`);
  await button.click();
  // Refusal, cancellation, withdrawal, exclusion (data-style danger) ask once more before the form opens.
  if ((await button.getAttribute('data-style')) === 'danger') {
    const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
    await confirm.waitFor();
    const ok = confirm.getByRole('button', { name: /确\s*认|Confirm/ });
    await ok.click();
    // A click during the popconfirm's opening zoom can be lost on a loaded machine: while no form has
    // opened and the popconfirm still stands, confirm once more (a popconfirm that took the first click
    // is gone, so this never confirms twice).
    for (let i = 0; i < 3 && !(await page.getByRole('dialog').isVisible()); i++) {
      await page.waitForTimeout(2_000);
      if (!(await page.getByRole('dialog').isVisible()) && (await ok.isVisible()))
        await ok.click().catch(() => undefined);
    }
  }
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // A click during the modal's opening zoom can land beside the moving button on a loaded machine.
  await expect.poll(() => dialog.getAttribute('class'), { timeout: 20_000 }).not.toMatch(/ant-zoom/);
  if (fill) await fill(dialog);
  const submit = dialog.getByTestId('event-submit');
  const sent = () =>
    page
      .waitForRequest((r) => r.method() === 'POST' && r.url().includes(`/events/${event}`), {
        timeout: 15_000,
      })
      .then(
        () => true,
        () => false,
      );
  const first = sent();
  await submit.click();
  // A lost click sent nothing (so a second one cannot apply the action twice): click once more. A
  // form that failed validation also sends nothing; the second click then changes nothing either.
  if (!(await first) && (await submit.isVisible()) && !(await submit.isDisabled())) await submit.click();
  const error = dialog.getByTestId('event-error');
  const fieldError = dialog.locator('.ant-form-item-explain-error').first();
  const outcome = await Promise.race([
    dialog.waitFor({ state: 'detached', timeout: 90_000 }).then(() => 'done' as const),
    error.waitFor({ timeout: 90_000 }).then(() => 'error' as const),
    fieldError.waitFor({ timeout: 90_000 }).then(() => 'field' as const),
  ]).catch(async (e: unknown) => {
    await screenshot(page, `act-failed-${event}`);
    throw new Error(`action ${event}: the dialog neither closed nor showed an error (${String(e)})`);
  });
  if (outcome === 'error')
    throw new Error(`action ${event} was refused: ${(await error.innerText()).replace(/\s+/g, ' ')}`);
  if (outcome === 'field') {
    await screenshot(page, `act-failed-${event}`);
    const texts = await dialog.locator('.ant-form-item-explain-error').allInnerTexts();
    throw new Error(`action ${event}: the form is incomplete: ${texts.join('；')}`);
  }
  await expect.poll(async () => (await caseVersion(page)) > before, { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.getByTestId('case-state').innerText()).toMatch(state);
}

/**
 * Clicks `trigger` and then the OK of the popconfirm it opens — found inside that popconfirm: a
 * `getByRole(…).last()` taken before the popconfirm is drawn holds the trigger itself (or a button behind
 * an overlay) and clicks the wrong thing. A click during the opening zoom can be lost on a loaded machine:
 * while the popconfirm still stands, its OK is clicked once more (one that took the click is gone, or its
 * OK is loading and ignores clicks, so nothing is confirmed twice).
 */
export async function confirmPopconfirm(
  page: Page,
  trigger: Locator,
  ok: RegExp = /确\s*定|OK/,
): Promise<void> {
  await trigger.click();
  const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
  await confirm.waitFor();
  const button = confirm.getByRole('button', { name: ok });
  await button.click();
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(1_000);
    if (!(await button.isVisible())) return;
    await button.click({ timeout: 5_000 }).catch(() => undefined);
  }
}

/**
 * An antd Select's parts: its search input, its root (where the chosen values are drawn) and its own
 * dropdown — the listbox is named after the input's id, and a closing dropdown of another select may
 * still be on screen.
 */
async function selectParts(select: Locator, page: Page) {
  const input =
    (await select.getAttribute('role')) === 'combobox' ? select : select.locator('input[role=combobox]');
  const root = input.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const id = await input.getAttribute('id');
  const dropdown = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)', {
      has: page.locator(`[id="${id}_list"]`),
    })
    .last();
  return { input, root, id, dropdown };
}

/**
 * Picks one option of an antd Select by its text (typing it first where the select searches), in the
 * dropdown that belongs to this select — its listbox is named after the input's id, and a closing
 * dropdown of another select may still be on screen — then checks that the select shows it. Under
 * load a click can land while a remote list re-renders and select nothing: it is tried again (an
 * option that is already chosen is never clicked twice, which would unselect it in a multiple select).
 */
export async function chooseOption(select: Locator, page: Page, text: string, search = false): Promise<void> {
  const { input, root, dropdown } = await selectParts(select, page);
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1 && (await root.innerText()).includes(text)) return;
      // A click on an open select would close it; a list that closed under us (a date picker's popup
      // giving focus back, a re-render) is opened again.
      if (!(await dropdown.isVisible())) await input.click();
      if (search) {
        if (attempt > 1) {
          await input.press('Control+a');
          await input.press('Backspace');
        }
        await page.keyboard.type(text);
      }
      await dropdown.locator('.ant-select-item-option', { hasText: text }).first().click({ timeout: 5_000 });
      await expect.poll(() => root.innerText(), { timeout: 5_000 }).toContain(text);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/**
 * Chooses every option named in a multiple select (in this select's own dropdown), then reads the list
 * back: an option whose click was lost — the first one, during the dropdown's opening motion, under load —
 * is clicked again, never one already chosen (that would unselect it). A lost 考务 once made a
 * gz-selection §6(4) check fail two tests later.
 */
export async function chooseOptions(select: Locator, page: Page, texts: readonly string[]): Promise<void> {
  const { input, id, dropdown } = await selectParts(select, page);
  const option = (text: string) => dropdown.locator('.ant-select-item-option', { hasText: text }).first();
  for (let attempt = 1; ; attempt++) {
    if (!(await dropdown.isVisible())) await input.click();
    await dropdown.waitFor();
    const missing: string[] = [];
    for (const text of texts)
      if (!((await option(text).getAttribute('class')) ?? '').includes('ant-select-item-option-selected'))
        missing.push(text);
    if (missing.length === 0) break;
    if (attempt === 4) throw new Error(`not chosen in ${id}: ${missing.join('、')}`);
    for (const text of missing)
      await option(text)
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    await page.waitForTimeout(300);
  }
  await page.keyboard.press('Escape');
}
