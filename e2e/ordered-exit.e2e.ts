// 责令终止与取消资格 in the browser (issue 15 point 4; decision 0045), on the demo's case opened from
// 杭州数智's supervision ground (demo/ordered-exits.ts): the case sits in its 15-working-day appeal period
// (1x-exit §7(3)) with the deadline shown; the organisation (inst_sz) lodges its appeal online; the office
// (jco) upholds the opinion on review; after recording the consultation and the report to the joint
// conference (§7(5)) it starts the notice of the list to be revoked (§7(6)), which anyone reads on a
// phone in 公示公告. The Guizhou §15 termination of the demo shows its notice and ministry report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  act,
  apiAs,
  apiSend,
  chooseOption,
  launchBrowser,
  logIn,
  openPage,
  openPhone,
  screenshot,
} from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface CaseItem {
  id: string;
  referenceNo: string;
  state: string;
  institutionName?: string;
  version: number;
}
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

async function typeDate(field: Locator, page: Page, date: string): Promise<void> {
  await field.click();
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
}

async function orderedExits(username: string): Promise<CaseItem[]> {
  return (await apiAs<{ items: CaseItem[] }>(username, '/cases?view=supervised&procedure=ordered-exit'))
    .items;
}

describe('1+X revocation: the appeal period, the appeal and its review, the notice', () => {
  let caseId = '';

  it('the organisation sees its appeal deadline and lodges its appeal online (§7(3))', async () => {
    const [open] = (await orderedExits('jco')).filter((c) => c.state === 'appeal_period');
    expect(open, 'the demo case in its appeal period').toBeTruthy();
    caseId = open!.id;
    const t = await openPage(browser);
    try {
      await logIn(t.page, 'inst_sz');
      await t.page.goto(`/cases/${caseId}`);
      await expect.poll(() => t.page.getByTestId('case-state').innerText()).toMatch(/申诉期/);
      expect(await t.page.getByTestId('case-page').innerText()).toContain('收到书面通知后提出申诉的期限');
      await act(t.page, 'lodge_appeal', /申诉复核中/, async (dialog) => {
        await typeDate(dialog.getByLabel('提出申诉的日期'), t.page, chinaToday());
        await chooseOption(dialog.getByLabel('申诉提交单位'), t.page, '具体受托单位');
        await dialog.getByLabel('申诉理由').fill('云计算证书已于 2025 年更新题库，有会议纪要为证（演示）');
      });
      await screenshot(t.page, 'ordered-exit-appeal');
      expect(t.errors).toEqual([]);
    } finally {
      await t.context.close();
    }
  });

  it('the office upholds the opinion on review; after consultation it starts the notice (§7(5), §7(6))', async () => {
    const t = await openPage(browser);
    try {
      await logIn(t.page, 'jco');
      await t.page.goto(`/cases/${caseId}`);
      await act(t.page, 'decide_appeal', /经查实，征求意见/, async (dialog) => {
        await chooseOption(dialog.getByLabel('复核结论'), t.page, '维持');
        await dialog.getByLabel('复核理由').fill('会议纪要所列题库更新未经发布，不能认定已更新');
      });
      await t.page.getByRole('tab', { name: /文书/ }).click();
      await expect.poll(() => t.page.getByTestId('documents').innerText()).toContain('申诉复核决定书');
      // The consultation and the report are recorded through the API (their forms are plain text).
      let c = (await orderedExits('jco')).find((x) => x.id === caseId)!;
      for (const [event, payload] of [
        [
          'record_consultation',
          { department: '国家发展改革委', opinion: '无不同意见', receivedOn: chinaToday() },
        ],
        ['report_conference', { reportedOn: chinaToday(), reference: '教职联办〔2026〕演示2号' }],
      ] as const) {
        await apiSend('jco', 'POST', `/cases/${caseId}/events/${event}`, { version: c.version, payload });
        c = (await orderedExits('jco')).find((x) => x.id === caseId)!;
      }
      await t.page.reload();
      await act(t.page, 'start_notice', /拟撤销名单公示中/, async (dialog) => {
        await dialog.getByLabel('公示期长度', { exact: true }).fill('5');
        await chooseOption(dialog.getByLabel('计算单位'), t.page, '工作日');
        await dialog.getByLabel(/^公示期长度的依据/).fill('参照遴选结果公示期，5 个工作日');
      });
      await screenshot(t.page, 'ordered-exit-notice-started');
      expect(t.errors).toEqual([]);
    } finally {
      await t.context.close();
    }
  });

  it('anyone reads the list to be revoked on a phone (公示公告)', async () => {
    const { context, page } = await openPhone(browser);
    try {
      await page.goto('/public-notices');
      const cards = page.getByTestId('public-notices-cards');
      await expect
        .poll(() => cards.innerText(), { timeout: 30_000 })
        .toContain('拟撤销的培训评价组织及职业技能等级证书名单公示');
      expect(await cards.innerText()).toContain('杭州数智云科技股份有限公司');
      await screenshot(page, 'ordered-exit-public-phone');
    } finally {
      await context.close();
    }
  });
});

describe('from a decided violation case (mohrss-violations §14)', () => {
  it('转退出程序 opens the ordered exit’s form with the institution and the case chosen', async () => {
    const decided = (
      await apiAs<{ items: { id: string; label: string }[] }>(
        'guizhou',
        '/violation-cases/options/decided-cases',
      )
    ).items.find((o) => o.label.includes('黔康'));
    expect(decided, 'the demo’s decided case against 黔康').toBeTruthy();
    const t = await openPage(browser);
    try {
      await logIn(t.page, 'guizhou');
      await t.page.goto(`/cases/${decided!.id}`);
      await t.page.getByTestId('violation-exit-route').click();
      const form = t.page.getByTestId('apply-form');
      await expect.poll(() => form.innerText()).toContain(decided!.label);
      const text = await form.innerText();
      expect(text).toContain('贵州黔康职业技能评价有限公司');
      expect(text).toContain('违纪违规处理决定');
      await screenshot(t.page, 'ordered-exit-from-violation');
      expect(t.errors).toEqual([]);
    } finally {
      await t.context.close();
    }
  });
});

describe('Guizhou §15: the ordered termination of the demo', () => {
  it('the department sees the case closed with its termination notice and ministry report', async () => {
    const [done] = (await orderedExits('guizhou')).filter((c) => c.state === 'closed');
    expect(done, 'the demo §15 case').toBeTruthy();
    const t = await openPage(browser);
    try {
      await logIn(t.page, 'guizhou');
      await t.page.goto(`/cases/${done!.id}`);
      await expect.poll(() => t.page.getByTestId('case-state').innerText()).toMatch(/已办结/);
      await t.page.getByRole('tab', { name: /文书/ }).click();
      const text = () => t.page.getByTestId('documents').innerText();
      await expect.poll(text).toContain('终止评价活动通知书');
      expect(await text()).toContain('机构退出情况备案报告');
      await screenshot(t.page, 'ordered-exit-guizhou');
      expect(t.errors).toEqual([]);
    } finally {
      await t.context.close();
    }
  });
});
