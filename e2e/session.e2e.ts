// The session from the user's side: a session ended elsewhere (timeout, logout on another device)
// sends the user back to the login page with a message, and logging in again returns them to the
// page they were on; logging out ends the session; the language switch changes the interface.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

/** Ends the browser's session from outside, as a logout on another device would. */
async function endSessionElsewhere(): Promise<void> {
  const sid = (await t.context.cookies()).find((c) => c.name === 'sid');
  expect(sid, 'the browser holds a session cookie').toBeDefined();
  const cookie = `sid=${sid!.value}`;
  const me = await fetch(`${BASE_URL}/api/v1/auth/me`, { headers: { cookie } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const out = await fetch(`${BASE_URL}/api/v1/auth/logout`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(out.status).toBe(204);
}

describe('session', () => {
  it('switches the interface between 中文 and English', async () => {
    await t.page.goto('/login');
    await t.page.getByText('English', { exact: true }).click();
    await t.page.getByLabel('Username', { exact: true }).waitFor();
    expect(await t.page.locator('h2').innerText()).toBe('Skill Evaluation Institution Supervision Platform');
    await t.page.getByText('中文', { exact: true }).click();
    await t.page.getByLabel('用户名', { exact: true }).waitFor();
  });

  it('sends the user to the login page when the session has ended, and back afterwards', async () => {
    await logIn(t.page, 'zhejiang');
    expect(await t.page.getByTestId('current-user').innerText()).toContain('浙江');
    // The home page is still loading its counts after the login: were the session ended now, one of
    // those answers (401) would send the page to the login before the menu click below. Let it settle.
    await t.page.waitForLoadState('networkidle');
    await t.page.getByRole('menuitem', { name: '机构管理' }).waitFor();
    await endSessionElsewhere();
    // The next API call notices: the menu click's, or a late answer of the home page itself (which then
    // sends the user to the login page before the click lands).
    await t.page
      .getByRole('menuitem', { name: '机构管理' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await t.page.getByText('会话已过期，请重新登录').waitFor();
    expect(new URL(t.page.url()).pathname).toBe('/login');
    await screenshot(t.page, '40-session-expired');

    await t.page.getByLabel('用户名', { exact: true }).fill('zhejiang');
    await t.page.getByLabel('密码', { exact: true }).fill('Demo#2026');
    await t.page
      .locator('form')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    // Back where the session ended: the page the click asked for, or the home page.
    await t.page.getByTestId('current-user').waitFor();
    expect(['/institutions', '/']).toContain(new URL(t.page.url()).pathname);
  });

  it('logs out from the user menu', async () => {
    await t.page.getByTestId('current-user').hover();
    await t.page.getByRole('menuitem', { name: '退出登录' }).click();
    await t.page.waitForURL('**/login');
    await t.page.goto('/institutions');
    await t.page.waitForURL('**/login');
    expect(await t.page.getByText('会话已过期').count()).toBe(0);
  });

  it('raised no console errors', () => {
    expect(t.errors).toEqual([]);
  });
});
