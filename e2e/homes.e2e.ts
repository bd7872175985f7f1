// Each role's home page shows that role's own starting point: the administrator the system's health
// and calendar, a supervisor what needs action now (each count a link into the filtered list), an
// institution its own record, an expert their record and assignments (if any). The
// working-day calculator answers from the server's calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<TestPage> {
  if (t) await t.context.close();
  t = await openPage(browser);
  return t;
}

describe('home pages by role', () => {
  it('administrator: health, registry counts, calendar years, working-day calculator', async () => {
    const { page, errors } = await freshPage();
    await logIn(page, 'admin');
    await page.getByText('服务与数据库运行正常').waitFor();
    await page.getByText('工作日历（已载入年度）').waitFor();
    await page.locator('.ant-table-row', { hasText: '2025' }).first().waitFor();
    await page.getByRole('button', { name: /计\s*算/ }).click();
    const due = page.getByTestId('working-days-due');
    await due.waitFor();
    expect(await due.innerText()).toMatch(/^\d{4}-\d{2}-\d{2}/);
    await screenshot(page, '20-home-sysadmin');
    expect(errors).toEqual([]);
  });

  it('supervisor: the counts that need action, each a link into the list filtered the same way', async () => {
    const { page, errors } = await freshPage();
    const counts = await apiAs<{ validityEnding: number; awaitingAcceptance: number }>(
      'osta',
      '/cases/attention',
    );
    await logIn(page, 'osta');
    await page.getByTestId('attention-card').waitFor();
    await page.getByTestId('attention-validityEnding').click();
    await page.getByTestId('directory-valid-until').waitFor();
    // The directory the link opens lists as many entries as the card counted.
    await page.getByTestId('directory-table').waitFor();
    const listed = await apiAs<{ total: number }>(
      'osta',
      `/directory?${new URL(page.url()).searchParams.toString()}`,
    );
    expect(listed.total).toBe(counts.validityEnding);
    expect(await page.locator('.ant-menu-item-selected').innerText()).toBe('机构目录');
    // A case opened from the queue belongs to 待办 / 已办 in the menu.
    await page.goto('/queue');
    await page.locator('#root a[href^="/cases/"]').first().click();
    await page.getByTestId('reference-no').waitFor();
    expect(await page.locator('.ant-menu-item-selected').innerText()).toBe('待办 / 已办');
    expect(errors).toEqual([]);
  });

  it('institution staff: their own institution', async () => {
    const { page, errors } = await freshPage();
    const me = await apiAs<{ user: { institution?: { name: string } } }>('inst_gz', '/auth/me');
    expect(me.user.institution).toBeDefined();
    await logIn(page, 'inst_gz');
    await page.getByText(me.user.institution!.name).first().waitFor();
    await page.getByText('工作人员（在职）').waitFor();
    await page.getByText('统一社会信用代码').first().waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, '21-home-institution');
    expect(errors).toEqual([]);
  });

  // The expert may have review assignments by now: the employer-filing spec draws its panel at
  // random from the national pool, which includes this account. Either state is right; the page must
  // show the one the server reports.
  it('expert: own record and the assigned reviews (or 暂无分配的评审任务 when none)', async () => {
    const { page, errors } = await freshPage();
    const assigned = await apiAs<{ total: number; items: { referenceNo: string }[] }>(
      'expert',
      '/cases?view=assigned&pageSize=5',
    );
    await logIn(page, 'expert');
    await page.getByText('我的专家信息').waitFor();
    if (assigned.total === 0) await page.getByText('暂无分配的评审任务').waitFor();
    else {
      await page.getByText(assigned.items[0]!.referenceNo).first().waitFor();
      expect(await page.getByText('暂无分配的评审任务').count()).toBe(0);
    }
    await page.getByText('工作单位').waitFor();
    expect(await page.getByText('未找到与当前账号关联的专家记录').count()).toBe(0);
    await screenshot(page, '22-home-expert');
    expect(errors).toEqual([]);
  });
});
