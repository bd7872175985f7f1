// 评价批次 (issue 11 point 1) as 贵州黔康's staff (inst_qk): the demo sessions are listed; a session of
// 家政服务员 level 4 within the filing's validity opens with its subjects from the standard; one running
// past the validity's last day (2027-08-31) is refused, the finding citing mohrss-violations §14(2); and
// the Guizhou department sees 黔康's sessions in its jurisdiction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

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

/** Fills the open form: 家政服务员 level 4 at 黔康's site, from `start` to `end`. */
async function fillForm(page: Page, start: string, end: string): Promise<void> {
  const form = page.getByTestId('open-session-form');
  await chooseOption(form.getByLabel('职业（工种）及等级（备案范围）'), page, '家政服务员 · 四级');
  await chooseOption(form.getByLabel('评价场地'), page, '黔康评价考点');
  const range = form.locator('.ant-picker-range');
  await range.locator('input').first().click();
  await range.locator('input').first().fill(start);
  await range.locator('input').nth(1).click();
  await range.locator('input').nth(1).fill(end);
  await range.locator('input').nth(1).press('Enter');
  await expect.poll(() => range.locator('input').nth(1).inputValue()).toBe(end);
}

describe('evaluation sessions, as 贵州黔康', () => {
  it('lists the demo sessions under 评价批次', async () => {
    await logIn(t.page, 'inst_qk');
    await t.page.getByRole('menuitem', { name: '评价批次' }).click();
    await t.page.waitForURL('**/evaluation-sessions');
    const table = t.page.getByTestId('sessions-table');
    await table.getByText('养老护理员').first().waitFor();
    await table.getByText('已关闭').first().waitFor();
    await screenshot(t.page, 'sessions-01-list');
  });

  it('opens a session within the filed scope, with the subjects of the standard', async () => {
    await t.page.getByRole('button', { name: '开设评价批次' }).click();
    await fillForm(t.page, '2027-05-15', '2027-05-16');
    await screenshot(t.page, 'sessions-02-form');
    await t.page
      .getByRole('button', { name: /开\s*设/ })
      .last()
      .click();
    const drawer = t.page.locator('.session-drawer');
    await drawer.getByText('理论知识考试').waitFor();
    await drawer.getByText('技能考核').waitFor();
    await drawer.getByText('2027-05-15 ~ 2027-05-16').waitFor();
    await screenshot(t.page, 'sessions-03-opened');
    await t.page.keyboard.press('Escape');
    await drawer.getByText('理论知识考试').waitFor({ state: 'hidden' });
  });

  it('refuses a session running past the last day of the filing, citing §14(2)', async () => {
    await t.page.getByRole('button', { name: '开设评价批次' }).click();
    await fillForm(t.page, '2027-08-31', '2027-09-01');
    await t.page
      .getByRole('button', { name: /开\s*设/ })
      .last()
      .click();
    const refusal = t.page.getByTestId('session-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('不覆盖批次');
    expect(await refusal.innerText()).toContain('mohrss-violations §14(2)');
    await screenshot(t.page, 'sessions-04-refused');
  });

  it('speaks English: statuses, subjects and the opening check by name', async () => {
    const en = await openPage(browser);
    try {
      await logIn(en.page, 'inst_qk');
      // The language is remembered in localStorage (web/src/app/i18n.tsx); the login form speaks Chinese.
      await en.page.evaluate(() => localStorage.setItem('skillreg.lang', 'en'));
      await en.page.goto('/evaluation-sessions');
      await en.page.getByRole('button', { name: 'Open a session' }).waitFor();
      const table = en.page.getByTestId('sessions-table');
      await table.getByText('Closed').first().waitFor();
      await table.getByText('Planned').first().waitFor();
      await table.locator('tr.ant-table-row').first().click();
      await en.page.locator('.session-drawer').getByText('Theory exam').waitFor();
      await en.page.locator('.session-drawer').getByText('Check when opened', { exact: false }).waitFor();
      await screenshot(en.page, 'sessions-06-english');
    } finally {
      await en.context.close();
    }
  });

  it('the Guizhou department sees 黔康’s sessions in its jurisdiction, without the open button', async () => {
    const other = await openPage(browser);
    try {
      await logIn(other.page, 'guizhou');
      await other.page.goto('/evaluation-sessions');
      await other.page.getByTestId('sessions-table').getByText('贵州黔康').first().waitFor();
      expect(await other.page.getByRole('button', { name: '开设评价批次' }).count()).toBe(0);
      await chooseOption(other.page.getByLabel('评价机构', { exact: true }), other.page, '贵州黔康', true);
      await other.page.waitForURL(/institutionId=/);
      await expect
        .poll(async () => {
          const names = await other.page
            .locator('.ant-table-tbody tr.ant-table-row td:first-child')
            .allInnerTexts();
          return names.length > 0 && names.every((n) => n.includes('贵州黔康'));
        })
        .toBe(true);
      await screenshot(other.page, 'sessions-05-authority');
    } finally {
      await other.context.close();
    }
  });
});
