// A provincial regulator at work: logs in, sees their home page, opens the institutions of their
// province and one institution's detail with its tabs; an institution of another province is 未找到
// (out of scope answers 404, security.md "Access"). Wrong credentials are refused in plain Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

interface InstitutionRow {
  id: string;
  name: string;
  jurisdictionCode: string;
}

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

describe('registry, as the Guizhou regulator', () => {
  it('refuses a wrong password with 用户名或密码错误', async () => {
    await t.page.goto('/login');
    await t.page.getByLabel('用户名', { exact: true }).fill('guizhou');
    await t.page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await t.page
      .locator('form')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    await expect(t.page.getByText('用户名或密码错误').waitFor()).resolves.toBeUndefined();
    await screenshot(t.page, '01-login-invalid');
  });

  it('logs in and sees the authority home page', async () => {
    await logIn(t.page, 'guizhou');
    const user = await t.page.getByTestId('current-user').innerText();
    expect(user).toContain('监管部门');
    await t.page.getByText('辖区内评价机构').waitFor();
    await t.page.getByText('按机构类型统计').waitFor();
    // the chart is a canvas: wait until ECharts has drawn it
    await t.page.locator('canvas').first().waitFor();
    await screenshot(t.page, '02-home-authority');
  });

  it('opens 机构管理 and a Guizhou institution with its detail tabs', async () => {
    await t.page.getByRole('menuitem', { name: '机构管理' }).click();
    await t.page.waitForURL('**/institutions');
    const firstLink = t.page.locator('.ant-table-tbody a').first();
    await firstLink.waitFor();
    const rows = await t.page.locator('.ant-table-tbody tr.ant-table-row').count();
    expect(rows).toBeGreaterThan(0);
    // every institution the regulator is shown lies in Guizhou (GB/T 2260 codes 52xxxx)
    const hrefs = await t.page
      .locator('.ant-table-tbody tr.ant-table-row td:first-child a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(rows);
    for (const href of hrefs) {
      const shown = await apiAs<InstitutionRow>('admin', href);
      expect(shown.jurisdictionCode.startsWith('52'), `${shown.name} ${shown.jurisdictionCode}`).toBe(true);
    }
    await screenshot(t.page, '03-institutions');

    const name = await firstLink.innerText();
    await firstLink.click();
    await t.page.waitForURL(/\/institutions\/[0-9a-f-]{36}$/);
    await t.page.getByRole('heading', { name }).waitFor();
    await t.page.getByText('统一社会信用代码').first().waitFor();
    for (const tab of ['分支机构', '工作人员', '场地', '职业范围']) {
      await t.page.getByRole('tab', { name: tab }).click();
      await t.page.locator('[role="tabpanel"][aria-hidden="false"] .ant-table').waitFor();
    }
    await t.page.getByRole('tab', { name: '工作人员' }).click();
    await t.page.locator('[role="tabpanel"][aria-hidden="false"] .ant-table').waitFor();
    await t.page.locator('[role="tabpanel"][aria-hidden="false"] .ant-table-row').first().waitFor();
    // document numbers are shown masked only
    const staffText = await t.page.locator('[role="tabpanel"][aria-hidden="false"]').innerText();
    expect(staffText).not.toMatch(/\d{17}[\dX]/);
    await screenshot(t.page, '04-institution-staff');
    await t.page.getByRole('tab', { name: '场地' }).click();
    await t.page.locator('[role="tabpanel"][aria-hidden="false"] .ant-table-row').first().waitFor();
    await screenshot(t.page, '05-institution-sites');
  });

  it('shows 未找到 for a Zhejiang institution', async () => {
    const zhejiang = await apiAs<{ items: InstitutionRow[] }>(
      'admin',
      '/institutions?jurisdictionCode=330000&pageSize=1',
    );
    const target = zhejiang.items[0];
    expect(target, 'the demo data holds a Zhejiang institution').toBeDefined();
    expect(target!.jurisdictionCode.startsWith('33')).toBe(true);
    await t.page.goto(`/institutions/${target!.id}`);
    await t.page.getByText('未找到').first().waitFor();
    expect(await t.page.locator('body').innerText()).not.toContain(target!.name);
    await screenshot(t.page, '06-zhejiang-not-found');
  });

  it('raised no console errors', () => {
    expect(t.errors).toEqual([]);
  });
});
