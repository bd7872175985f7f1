// 机构退出 and 退出与收尾 in the browser (issue 15 point 6; gz-rules §14, 1x-exit §9), on the demo's lapsed
// Guizhou employer (demo/lapse: 六盘水颐康养老服务集团, its selection ended unrenewed and the daily job
// terminated it): the authority (guizhou) finds the exit with its wrap-up list — 2 fees without an exam,
// 2 exams without certificates, 1 session not archived — and cannot confirm completion while items are
// open (named); the institution (inst_gz_lapsed) sees its exit and registers the session's records as
// archived; the authority waives the two remaining items with reasons and confirms the wrap-up complete.
// Desktop and 390 px phone screenshots of both pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  confirmPopconfirm,
  launchBrowser,
  logIn,
  openPage,
  openPhone,
  screenshot,
  type TestPage,
} from './support';

const LAPSED = '六盘水颐康养老服务集团有限公司';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const item = (page: Page, name: string) => page.getByTestId(`wrap-up-item-${name}`);
const countOf = async (page: Page, name: string) =>
  (await item(page, name).getByTestId('wrap-up-count').innerText()).trim();

async function openExit(page: Page) {
  await page.getByRole('menuitem', { name: '机构退出' }).first().click();
  await page.waitForURL('**/institution-exits');
  const row = page.getByTestId('exit-row').filter({ hasText: LAPSED });
  await row.waitFor();
  return row;
}

describe('the authority finds the lapse', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'guizhou');
  });
  afterAll(async () => t?.context.close());

  it('机构退出 lists the lapsed employer; its page shows the checklist and refuses completion while items are open', async () => {
    const { page } = t;
    const row = await openExit(page);
    const text = await row.innerText();
    expect(text).toContain('有效期届满自动终止');
    expect(text).toContain('整个机构');
    expect(text).toContain('收尾中');
    expect(await page.getByTestId('exits-table').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b|\blapse\b/);
    await screenshot(page, 'exits-authority-list');
    await row.getByTestId('exit-open').click();
    await page.getByTestId('wrap-up-checklist').waitFor();
    expect(await countOf(page, 'fees_without_exam')).toBe('2 项');
    expect(await countOf(page, 'exams_without_certificates')).toBe('2 项');
    expect(await countOf(page, 'certificate_data_not_uploaded')).toBe('0 项');
    expect(await countOf(page, 'records_not_archived')).toBe('1 项');
    expect(await item(page, 'fees_without_exam').innerText()).toContain('刘小英');
    expect(await item(page, 'exams_without_certificates').innerText()).toContain('4-10-01-05 四级');
    expect(await item(page, 'records_not_archived').innerText()).toContain('评价批次');
    expect(await page.getByTestId('exit-descriptions').innerText()).toContain('《贵州省实施细则》第十四条');
    // Each item rests on the lapse's own article: §14 names 资料整理归档; fees fall under its "等收尾工作".
    const basis = (name: string) => item(page, name).getByTestId('wrap-up-basis').innerText();
    expect(await basis('records_not_archived')).toContain('第十四条');
    expect(await basis('records_not_archived')).not.toContain('等收尾工作');
    expect(await basis('fees_without_exam')).toContain('第十四条');
    expect(await basis('fees_without_exam')).toContain('等收尾工作');
    expect(await basis('fees_without_exam')).not.toContain('退出目录实施细则');
    const open = await page.getByTestId('wrap-up-open-items').innerText();
    expect(open).toContain('已收费但未实施考核 2 项');
    expect(open).toContain('评价资料未归档 1 项');
    expect(await page.getByTestId('wrap-up-complete').isDisabled()).toBe(true);
    expect(await page.getByTestId('institution-exit-page').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    await screenshot(page, 'exits-authority-exit');
    expect(t.errors).toEqual([]);
  });
});

describe('the institution', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'inst_gz_lapsed');
  });
  afterAll(async () => t?.context.close());

  it('退出与收尾 shows its exit and its list; it registers the closed session as archived', async () => {
    const { page } = t;
    await page.getByRole('menuitem', { name: '退出与收尾' }).first().click();
    await page.waitForURL('**/wrap-up');
    const row = page.getByTestId('exit-row').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('有效期届满自动终止');
    await page.getByTestId('wrap-up-checklist').waitFor();
    expect(await countOf(page, 'records_not_archived')).toBe('1 项');
    await screenshot(page, 'exits-institution-before');
    await item(page, 'records_not_archived').getByTestId('wrap-up-archive').click();
    await page.getByTestId('archive-location').fill('本公司档案室 2 号柜（评价资料档案盒 2026-01）');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => countOf(page, 'records_not_archived')).toBe('0 项');
    expect(await item(page, 'records_not_archived').innerText()).toContain('已清零');
    expect(await page.getByTestId('wrap-up-page').innerText()).toContain('已登记归档');
    await screenshot(page, 'exits-institution-archived');
    expect(t.errors).toEqual([]);
  });

  it('fits a 390 px phone', async () => {
    const phone = await openPhone(browser);
    try {
      await logIn(phone.page, 'inst_gz_lapsed');
      await phone.page.goto('/wrap-up');
      await phone.page.getByTestId('wrap-up-checklist').waitFor();
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(phone.page, 'exits-institution-phone');
    } finally {
      await phone.context.close();
    }
  });
});

describe('the authority waives and completes', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'guizhou');
  });
  afterAll(async () => t?.context.close());

  it('waives the two open items with reasons, then confirms the wrap-up complete', async () => {
    const { page } = t;
    const row = await openExit(page);
    await row.getByTestId('exit-open').click();
    await page.getByTestId('wrap-up-checklist').waitFor();
    expect(await countOf(page, 'records_not_archived')).toBe('0 项');
    for (const [name, reason] of [
      [
        'fees_without_exam',
        '两名考生已转入六盘水市其他认定机构的同期批次，费用由承接机构代收，机构出具书面承诺',
      ],
      ['exams_without_certificates', '合格人员名单已报省鉴定中心，证书由省鉴定中心统一补发'],
    ] as const) {
      await item(page, name).getByTestId('wrap-up-waive').click();
      await page.getByTestId('waive-reason').fill(reason);
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(async () => item(page, name).innerText()).toContain(reason);
      expect(await item(page, name).innerText()).toContain('已豁免');
    }
    const complete = page.getByTestId('wrap-up-complete');
    await expect.poll(() => complete.isDisabled()).toBe(false);
    await confirmPopconfirm(page, complete);
    await page.getByTestId('wrap-up-completed').waitFor();
    expect(await page.getByTestId('exit-descriptions').innerText()).toContain('收尾已完成');
    await screenshot(page, 'exits-authority-completed');
    expect(t.errors).toEqual([]);
  });

  it('fits a 390 px phone', async () => {
    const phone = await openPhone(browser);
    try {
      await logIn(phone.page, 'guizhou');
      await phone.page.goto('/institution-exits?');
      await phone.page.getByTestId('exits-filter').getByText('全部').click();
      await phone.page.getByTestId('exit-row').filter({ hasText: LAPSED }).getByTestId('exit-open').click();
      await phone.page.getByTestId('wrap-up-checklist').waitFor();
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(phone.page, 'exits-authority-phone');
    } finally {
      await phone.context.close();
    }
  });
});
