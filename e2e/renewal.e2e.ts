// Renewal in the browser (issue 15 point 1; gz-rules §8–12, §14), on the demo's two Guizhou employers
// (demo/renewal): inst_gz_due sees 续期提醒 on its home — the days left, the reminder sent — and the
// button opens its gz-renewal case; inst_gz_renewed's decided renewal shows the counts per occupation with
// the certificates behind a number (masked) and the occupation not renewed; the Guizhou department
// (guizhou) finds both in 续期到期 with their state. Desktop and 390 px phone screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, logIn, openPage, openPhone, screenshot, type TestPage } from './support';

const DUE = '黔南都匀汇通汽车服务有限公司';
const RENEWED = '黔南福泉味源餐饮管理有限公司';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the institution whose validity ends within 90 days', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'inst_gz_due');
  });
  afterAll(async () => t?.context.close());

  it('续期提醒 on the home page: days left, the reminder sent, and 申请续期 opens the gz-renewal case', async () => {
    const card = t.page.getByTestId('renewal-due-card');
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('剩余 45 天');
    expect(await card.innerText()).toContain('届满前 60 天');
    await screenshot(t.page, 'renewal-due-card');
    await card.getByTestId('renewal-apply').click();
    await t.page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => t.page.locator('body').innerText()).toContain('贵州省职业技能等级认定机构续期');
    await screenshot(t.page, 'renewal-case-draft');
  });
});

describe('the decided renewal', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'inst_gz_renewed');
  });
  afterAll(async () => t?.context.close());

  it('the counts page: 192 in the validity, 中式烹调师 120 with its certificates listed (masked), 营销员 not renewed', async () => {
    const mine = await apiAs<{ items: { id: string; procedure: string }[] }>(
      'inst_gz_renewed',
      '/cases?procedure=gz-renewal',
    );
    const renewal = mine.items.find((c) => c.procedure === 'gz-renewal');
    expect(renewal).toBeDefined();
    await t.page.goto(`/gz-renewal/cases/${renewal!.id}/counts`);
    await expect.poll(() => t.page.getByTestId('renewal-total').innerText()).toBe('192');
    const body = await t.page.locator('body').innerText();
    expect(body).toContain('营销员');
    expect(body).toContain('不予续期的职业（工种）');
    await t.page.getByRole('button', { name: '120' }).click();
    const list = t.page.getByTestId('counted-4-03-02-01');
    await list.waitFor();
    // The list loads after the panel opens: poll until its first page of rows is there.
    await expect.poll(() => list.locator('tbody tr.ant-table-row').count()).toBe(20);
    expect(await list.innerText()).toMatch(/\*{4}/);
    await screenshot(t.page, 'renewal-counts', { fullPage: true });
  });
});

describe('the department', () => {
  it('续期到期 lists both employers with their renewal state', async () => {
    const t = await openPage(browser);
    await logIn(t.page, 'guizhou');
    await t.page.goto('/gz-renewal/due');
    const table = t.page.locator('.ant-table');
    await expect.poll(() => table.innerText()).toContain(DUE);
    const text = await table.innerText();
    expect(text).toContain(RENEWED);
    expect(text).toContain('已准予续期');
    await screenshot(t.page, 'renewals-due');
    await t.context.close();
  });

  it('on a 390 px phone: 续期到期 and the counts page', async () => {
    const { context, page } = await openPhone(browser);
    await logIn(page, 'guizhou');
    await page.goto('/gz-renewal/due');
    await expect.poll(() => page.locator('body').innerText()).toContain(RENEWED);
    await screenshot(page, 'renewals-due-phone', { fullPage: true });
    await context.close();
  });
});
