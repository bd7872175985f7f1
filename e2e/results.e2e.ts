// 成绩 (issue 11 points 3, 4) as 杭州钱塘's staff (inst_qt): a session of 4-10-01-06 level 3 held today
// (opened, two candidates registered and its staff assigned through the API), the close refused while
// the pass marks and results are missing (mohrss-violations §12); the pass marks entered on the 成绩 tab,
// one candidate passing at the mark and one failing below it, then the session closed on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  apiAs,
  apiSend,
  chooseOption,
  confirmPopconfirm,
  launchBrowser,
  logIn,
  openPage,
  screenshot,
  type TestPage,
} from './support';

let browser: Browser;
let t: TestPage;
let sessionId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  const options = await apiAs<{ sites: { id: string }[] }>('inst_qt', '/evaluation-sessions/opening-options');
  const clock = await apiAs<{ today: string }>('inst_qt', '/demo/clock').catch(() => null);
  const today =
    clock?.today ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const s = await apiSend<{ id: string }>('inst_qt', 'POST', '/evaluation-sessions', {
    siteId: options.sites[0]!.id,
    occupationCode: '4-10-01-06',
    level: 3,
    startsOn: today,
    endsOn: today,
  });
  sessionId = s.id;
  const people = [
    ['卢等线', '330102199001011235'],
    ['方差一', '330102199202022346'],
  ];
  for (const [name, docNumber] of people)
    await apiSend('inst_qt', 'POST', `/evaluation-sessions/${sessionId}/candidates`, {
      name,
      docType: 'resident_id',
      docNumber: fixCheck(docNumber!),
    });
  const inst = await apiAs<{ institutionId: string }>('inst_qt', `/evaluation-sessions/${sessionId}`);
  const staff = await apiAs<{ items: { id: string; name: string }[] }>(
    'inst_qt',
    `/institutions/${inst.institutionId}/staff?pageSize=100`,
  );
  const byName = (n: string) => staff.items.find((x) => x.name === n)!.id;
  for (const [name, duty] of [
    ['梁建国', 'exam_admin'],
    ['崔军', 'quality_supervisor'],
    ['万嘉诚', 'assessor'],
  ] as const)
    await apiSend('inst_qt', 'POST', `/evaluation-sessions/${sessionId}/staff`, {
      staffId: byName(name),
      duty,
    });
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

/** A resident ID with its GB 11643 check character recomputed. */
function fixCheck(n: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...n.slice(0, 17)].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return n.slice(0, 17) + '10X98765432'[sum % 11]!;
}

describe('results, as 杭州钱塘', () => {
  it('shows the staff and refuses to close while pass marks and results are missing', async () => {
    await logIn(t.page, 'inst_qt');
    await t.page.goto(`${new URL(t.page.url()).origin}/evaluation-sessions/${sessionId}?tab=staff`);
    await t.page.getByTestId('session-staff-table').getByText('崔军').waitFor();
    await confirmPopconfirm(t.page, t.page.getByRole('button', { name: '关闭批次' }), /关闭批次/);
    await t.page.getByText('尚未录入合格分数线').first().waitFor();
    await screenshot(t.page, 'results-01-close-refused');
  });

  it('enters the pass marks and the results on the 成绩 tab, then closes the session', async () => {
    await t.page.getByRole('tab', { name: '成绩' }).click();
    const marks = t.page.getByTestId('pass-marks-form');
    for (const subject of ['理论知识考试', '技能考核']) {
      await marks.getByLabel(`${subject}满分`).fill('100');
      await marks.getByLabel(`${subject}合格分数线`).fill('60');
      await marks.getByLabel(`${subject}出处`).fill('国家职业技能标准 5.1（浏览器测试）');
    }
    await t.page.getByRole('button', { name: '保存合格分数线' }).click();
    await t.page.getByText('合格分数线已保存').waitFor();

    for (const [name, theory] of [
      ['卢等线', '60'],
      ['方差一', '59'],
    ] as const) {
      const row = t.page.getByTestId('results-table').locator('tr', { hasText: name });
      await row.getByRole('button', { name: '录入' }).click();
      const form = t.page.getByTestId('results-form');
      for (const subject of ['理论知识考试', '技能考核']) {
        const card = form.locator('.ant-card', { hasText: subject });
        // The shared picker: it finds this select's own list and retries a list that closed under it.
        await chooseOption(card.locator('.ant-select'), t.page, '有成绩');
        await form.getByLabel(`${subject}分数`).fill(subject === '技能考核' ? '80' : theory);
      }
      // The dialog's own button (Ant Design spaces two-character labels: 保 存); 保存合格分数线 is behind it.
      await t.page
        .getByRole('dialog')
        .getByRole('button', { name: /^保\s*存$/ })
        .click();
      await t.page.getByTestId('results-form').waitFor({ state: 'detached' });
    }
    await expect.poll(() => t.page.getByTestId('results-counts').textContent()).toContain('合格 1，不合格 1');
    await screenshot(t.page, 'results-02-entered');

    await confirmPopconfirm(t.page, t.page.getByRole('button', { name: '关闭批次' }), /关闭批次/);
    await t.page.getByText('已关闭').first().waitFor();
    const after = await apiAs<{ status: string; counts: { passed: number; failed: number } }>(
      'inst_qt',
      `/evaluation-sessions/${sessionId}/results`,
    );
    expect(after.status).toBe('closed');
    expect(after.counts).toMatchObject({ passed: 1, failed: 1 });
    await screenshot(t.page, 'results-03-closed');
  });
});
