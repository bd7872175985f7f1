// Voluntary exits in the browser (issue 15 point 3; decision 0044), on the demo's cases
// (demo/voluntary-exits.ts): 杭州数智 (inst_sz) sees its application received and queued for the next intake
// (1x-exit §6(1)); the office (jco) sees why it cannot start it before the intake opens, and on a phone the
// completed exit with its written answer; the Guizhou department sees a §13 exit in its notice period that
// cannot be terminated before the intended end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, logIn, openPage, openPhone, screenshot } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface CaseItem {
  id: string;
  state: string;
  institutionName?: string;
}
const chinaMonth = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(5, 7));
const casesOf = async (username: string, procedure: string, view = 'supervised') =>
  (await apiAs<{ items: CaseItem[] }>(username, `/cases?view=${view}&procedure=${procedure}`)).items;

describe('1+X exit on application (1x-exit §6)', () => {
  it('the organisation’s application is received and queued for the intake; the office cannot start it before', async () => {
    const [queued] = (await casesOf('jco', '1x-voluntary-exit')).filter((c) => c.state === 'queued');
    expect(queued, 'the demo application of inst_sz').toBeTruthy();
    const t = await openPage(browser);
    try {
      await logIn(t.page, 'inst_sz');
      await t.page.goto(`/cases/${queued!.id}`);
      await expect.poll(() => t.page.getByTestId('case-state').innerText()).toMatch(/待集中受理/);
      expect(await t.page.getByTestId('case-page').innerText()).toMatch(/集中受理/);
      await screenshot(t.page, 'voluntary-exit-queued');
      expect(t.errors).toEqual([]);
    } finally {
      await t.context.close();
    }
    const o = await openPage(browser);
    try {
      await logIn(o.page, 'jco');
      await o.page.goto(`/cases/${queued!.id}`);
      await o.page.getByTestId('action-start_processing').waitFor();
      // Outside January and July the start waits for the intake, and the page says until when (§6(1)).
      if (![1, 7].includes(chinaMonth()))
        await expect.poll(() => o.page.getByTestId('case-page').innerText()).toMatch(/方可开始办理/);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });

  it('on a phone, the office reads the completed exit and its written answer', async () => {
    const [done] = (await casesOf('jco', '1x-voluntary-exit')).filter((c) => c.state === 'published');
    expect(done, 'the demo’s completed exit').toBeTruthy();
    const { context, page } = await openPhone(browser);
    try {
      await logIn(page, 'jco');
      await page.goto(`/cases/${done!.id}`);
      await expect.poll(() => page.getByTestId('case-state').innerText()).toMatch(/已退出并公开发布/);
      await page.getByRole('tab', { name: /文书/ }).click();
      await expect.poll(() => page.getByTestId('documents').innerText()).toContain('退出申请书面反馈');
      await screenshot(page, 'phone-voluntary-exit-published', { fullPage: false });
    } finally {
      await context.close();
    }
  });
});

describe('Guizhou voluntary exit (gz-rules §13)', () => {
  it('in its notice period: the department cannot terminate before the intended end', async () => {
    const [open] = (await casesOf('guizhou', 'gz-voluntary-exit')).filter((c) => c.state === 'wrap_up');
    expect(open, 'the demo’s Guizhou exit').toBeTruthy();
    const t = await openPage(browser);
    try {
      await logIn(t.page, 'guizhou');
      await t.page.goto(`/cases/${open!.id}`);
      await expect.poll(() => t.page.getByTestId('case-state').innerText()).toMatch(/收尾工作中/);
      await expect.poll(() => t.page.getByTestId('case-page').innerText()).toMatch(/此前不能终止评价活动/);
      await screenshot(t.page, 'voluntary-exit-gz-notice');
      expect(t.errors).toEqual([]);
    } finally {
      await t.context.close();
    }
  });
});
