// Accounts (issue 9 point 9) from the users' side: the administrator creates an authority account and
// hands over the temporary password; the new user must change it before anything else; then the user
// sets up the authenticator (QR code, first code, recovery codes shown once), and the next login asks
// for the code. otplib plays the authenticator app. The account is a new one, so that the demo
// accounts the other specs use keep logging in with the password alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { currentTotp } from '../src/identity/totp.js';
import { chooseOption, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;
const username = `e2e.li${Date.now() % 100000}`;
const newPassword = 'Guizhou#Li2026';
let temporaryPassword = '';
let secret = '';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

async function signOut() {
  await t.context.clearCookies();
  await t.page.goto('/login');
}

async function submitLogin(name: string, password: string) {
  await t.page.goto('/login');
  await t.page.getByLabel('用户名', { exact: true }).fill(name);
  await t.page.getByLabel('密码', { exact: true }).fill(password);
  await t.page
    .locator('form')
    .getByRole('button', { name: /登\s*录/ })
    .click();
}

describe('accounts', () => {
  it('the administrator creates an authority account and sees its temporary password once', async () => {
    await logIn(t.page, 'admin');
    await t.page.getByRole('menuitem', { name: '账号管理' }).click();
    await t.page.getByRole('heading', { name: '账号管理' }).waitFor();
    await t.page.getByTestId('account-create').click();
    const modal = t.page.locator('.ant-modal').filter({ hasText: '新建账号' });
    await modal.getByLabel('用户名', { exact: true }).fill(username);
    await modal.getByLabel('姓名', { exact: true }).fill('李明（测试）');
    await chooseOption(
      modal.getByLabel('所属主管部门', { exact: true }),
      t.page,
      '贵州省人力资源和社会保障厅',
      true,
    );
    await screenshot(t.page, '80-accounts-create');
    await modal.getByRole('button', { name: /确\s*定|OK|保\s*存/ }).click();
    const shown = t.page.getByTestId('temporary-password');
    await shown.waitFor();
    temporaryPassword = (await shown.innerText()).trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
    await screenshot(t.page, '81-accounts-temporary-password');
    await t.page.getByRole('button', { name: '我已记下' }).click();
    await t.page.getByRole('cell', { name: new RegExp(username.replace('.', '\\.')) }).waitFor();
    expect(await t.page.getByText('待修改密码').count()).toBeGreaterThan(0);
    await screenshot(t.page, '82-accounts-list');
    await t.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(t.page, '83-accounts-list-phone');
    await t.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('the new user must change the temporary password before anything else', async () => {
    await signOut();
    await submitLogin(username, temporaryPassword);
    await t.page.getByTestId('must-change-password').waitFor();
    expect(new URL(t.page.url()).pathname).toBe('/account');
    // Another page sends the user back here.
    await t.page.goto('/institutions');
    await t.page.getByTestId('must-change-password').waitFor();
    await screenshot(t.page, '84-account-must-change');
    await t.page.getByLabel('当前密码', { exact: true }).fill(temporaryPassword);
    await t.page.getByLabel('新密码', { exact: true }).fill('abcdefgh12');
    await t.page.getByLabel('再次输入新密码', { exact: true }).fill('abcdefgh12');
    await t.page.getByTestId('change-password-submit').click();
    await t.page.getByText('大写字母、小写字母、数字、特殊字符中的至少三类').first().waitFor();
    await t.page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await t.page.getByLabel('再次输入新密码', { exact: true }).fill(newPassword);
    await t.page.getByTestId('change-password-submit').click();
    await expect.poll(() => new URL(t.page.url()).pathname).toBe('/');
    await t.page.getByTestId('current-user').waitFor();
  });

  it('the authority sets up the authenticator and the next login asks for the code', async () => {
    await t.page.getByRole('menuitem', { name: '账号安全' }).click();
    await t.page.getByTestId('totp-start').click();
    await t.page.getByTestId('totp-qr').waitFor();
    secret = (await t.page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(t.page, '85-totp-enrolment');
    await t.page.getByTestId('totp-code').fill(await currentTotp(secret));
    await t.page.getByRole('button', { name: '确认绑定' }).click();
    const codes = t.page.getByTestId('recovery-codes');
    await codes.waitFor();
    expect((await codes.locator('pre').innerText()).trim().split('\n')).toHaveLength(10);
    await screenshot(t.page, '87-totp-recovery-codes');
    await t.page.getByTestId('recovery-codes-saved').click();
    await t.page.getByText('已启用', { exact: true }).waitFor();

    await signOut();
    await submitLogin(username, newPassword);
    await t.page.getByTestId('second-factor-step').waitFor();
    await screenshot(t.page, '88-login-second-factor');
    await t.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(t.page, '89-login-second-factor-phone');
    await t.page.setViewportSize({ width: 1440, height: 900 });
    await t.page.getByLabel('动态验证码或恢复码', { exact: true }).fill('000000');
    await t.page.getByRole('button', { name: '验证并登录' }).click();
    await t.page.getByText('验证码错误').waitFor();
    // The next 30-second step: the one used to confirm the enrolment is not accepted twice.
    await t.page
      .getByLabel('动态验证码或恢复码', { exact: true })
      .fill(await currentTotp(secret, new Date(Date.now() + 30_000)));
    await t.page.getByRole('button', { name: '验证并登录' }).click();
    await t.page.getByTestId('current-user').waitFor();
    expect(t.errors).toEqual([]);
  });
});
