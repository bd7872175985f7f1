// 违纪违规处理 in the browser (issue 13), on the demo's violation cases: `guiyang` finds 违纪违规处理 in its
// menu, reads the cases of its territory (search, state filter) and opens 立案 with the procedure chosen;
// a case page shows 处理决定执行情况 (谢春花's cancelled results and ban) and exports the §20 archive as a
// PDF; 处理公开 on a 390 px phone lists the published decisions with masked names and, switched, the
// bad-credit register only; 当事人查询 answers a wrong lookup as not found, then 何秀英 — her document
// number revealed by guiyang, as a person would have it — reads her notice, downloads it and sends her
// statement online, each request with a solved proof-of-work check; `guizhou` sees its §15 ¶2 threshold
// and the handled lead under 证书数据读取单位. The public pages are checked in English for Chinese that
// is not data and for identifiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import {
  apiAs,
  apiSend,
  chooseOption,
  launchBrowser,
  logIn,
  openPage,
  openPhone,
  screenshot,
  type TestPage,
} from './support';

interface ListItem {
  id: string;
  referenceNo: string;
  partyName: string;
  state: string;
}

let browser: Browser;
/** 何秀英's case, in 已告知 (her statement awaited), and 谢春花's, decided and served. */
let he: ListItem;
let xie: ListItem;

beforeAll(async () => {
  browser = await launchBrowser();
  const deciding = await apiAs<{ items: ListItem[] }>(
    'inst_qk',
    '/violation-cases?view=deciding&pageSize=100',
  );
  he = deciding.items.find((c) => c.partyName === '何秀英' && c.state === 'notice_served')!;
  xie = deciding.items.find((c) => c.partyName === '谢春花' && c.state === 'in_force')!;
  expect(he, 'the demo has 何秀英’s case awaiting her statement').toBeTruthy();
  expect(xie, 'the demo has 谢春花’s decided case').toBeTruthy();
});
afterAll(async () => browser?.close());

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    'no sideways scrolling at 390 px',
  ).toBeLessThanOrEqual(1);

describe('违纪违规处理 for the staff', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'guiyang');
  });
  afterAll(async () => t?.context.close());

  it('guiyang lists the cases of its territory, searches and filters by state', async () => {
    const { page } = t;
    await page.getByRole('menuitem', { name: '违纪违规处理' }).first().click();
    await page.waitForURL('**/violations');
    await page.getByRole('tab', { name: '本部门处理的' }).waitFor();
    await page.getByRole('tab', { name: '辖区内的' }).click();
    const table = page.getByTestId('violation-table');
    await table.locator('tr', { hasText: '谢春花' }).first().waitFor();
    const xieRow = table.locator('tr', { hasText: xie.referenceNo });
    expect(await xieRow.innerText()).toContain('处理决定已送达');
    expect(await xieRow.innerText()).toContain('取消评价成绩');
    // Every value named: no state, origin or subject code on the page.
    expect(await table.innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    await screenshot(page, 'violations-list');

    await page.getByTestId('violation-search').locator('input').fill('谢春花');
    await page.getByTestId('violation-search').locator('input').press('Enter');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.getByTestId('violation-search').locator('input').fill('');
    await page.getByTestId('violation-search').locator('input').press('Enter');

    await chooseOption(page.getByTestId('violation-state'), page, '处理决定已送达');
    await expect
      .poll(async () => [...new Set(await table.getByTestId('violation-state-tag').allInnerTexts())])
      .toEqual(['处理决定已送达']);
    await table.getByRole('link', { name: xie.referenceNo }).waitFor();
    expect(t.errors).toEqual([]);
  });

  it('立案 opens the 申请 form with the violation procedure chosen, its values named', async () => {
    const { page } = t;
    await page.goto('/violations');
    await page.getByTestId('violation-open').click();
    await page.waitForURL('**/apply?procedure=violation-case');
    const form = page.getByTestId('apply-form');
    await form.getByText('立案：违纪违规行为处理').waitFor();
    await form.getByLabel('案件来源').click();
    const options = page.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    await options.first().waitFor();
    const names = await options.allInnerTexts();
    expect(names).toContain('考场现场记录');
    expect(names.join(' ')).not.toMatch(/on_site|after_event|other_authority/);
    await page.keyboard.press('Escape');
    // 其他机关的处理结论 is asked for only when turned on (§18 cases).
    expect(await form.getByLabel('作出处理结论的机关').count()).toBe(0);
    await screenshot(page, 'violations-open');
  });

  it('a decided case shows what its decision did and exports the §20 archive', async () => {
    const { page } = t;
    await page.goto('/violations?view=supervised');
    await page.getByTestId('violation-table').getByRole('link', { name: xie.referenceNo }).click();
    await page.waitForURL(`**/cases/${xie.id}`);
    const effects = page.getByTestId('violation-effects');
    await effects.getByText('列入禁考名单').waitFor();
    const text = await effects.innerText();
    expect(text).toContain('处理决定执行情况');
    expect(text.match(/取消评价成绩/g)?.length).toBe(2);
    expect(text).toContain('已执行');
    await screenshot(page, 'violations-case-effects');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('violation-archive').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`违纪违规处理档案-${xie.referenceNo}.pdf`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(t.errors).toEqual([]);
  });

  it('guizhou sees its data-reading threshold and handles a lead raised against it (§15 ¶2)', async () => {
    const gz = await openPage(browser);
    const { page } = gz;
    await logIn(page, 'guizhou');
    await page.goto('/verifier-organisations');
    const section = page.getByTestId('data-access');
    await section.getByTestId('data-access-threshold').getByText('每个核验单位每日 100 张证书').waitFor();
    const alerts = section.getByTestId('data-access-alerts');
    const open = alerts.getByTestId('data-access-handle');
    await open.first().waitFor();
    const before = await open.count();
    await screenshot(page, 'violations-data-access');
    await open.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('经查无违规').click();
    await dialog.getByLabel('处理说明').fill('经核查为该单位年度集中招聘的入职核验，用途正当');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => open.count()).toBe(before - 1);
    await section.getByText('全部', { exact: true }).click();
    await alerts.getByText('经查无违规').first().waitFor();
    expect(gz.errors).toEqual([]);
    await gz.context.close();
  });
});

describe('处理公开 and 当事人查询, without an account', () => {
  it('处理公开 on a phone: masked names, the bad-credit register on its own', async () => {
    const { context, page } = await openPhone(browser);
    await page.goto('/sanctions');
    const cards = page.getByTestId('published-sanctions-cards');
    await cards.getByText('谢**').first().waitFor();
    const all = await cards.innerText();
    expect(all).not.toContain('谢春花');
    expect(all).toContain('铜仁市梵净职业技能评价中心');
    await noSidewaysScroll(page);
    await screenshot(page, 'violations-sanctions-phone');

    await page.getByTestId('published-sanctions-bad-credit').click();
    await expect.poll(() => cards.innerText()).not.toContain('谢**');
    const entries = cards.getByTestId('published-sanction-card');
    expect(await entries.count()).toBeGreaterThan(0);
    for (const card of await entries.all())
      expect(await card.getByTestId('published-sanction-bad-credit').count()).toBe(1);
    await screenshot(page, 'violations-sanctions-bad-credit-phone');
    await context.close();
  });

  it('当事人查询: a wrong lookup is not found; the party reads her notice and states online', async () => {
    const { context, page } = await openPhone(browser);
    const revealed = await apiSend<{ docNumber: string }>(
      'guiyang',
      'POST',
      `/certificates/${await certificateOf('何秀英')}/reveal-document`,
      {},
    );
    await page.goto('/party');
    const form = page.getByTestId('party-form');
    await form.getByLabel('案件编号').fill(he.referenceNo);
    await form.getByLabel('姓名').fill('何秀英');
    await form.getByLabel('证件号码').fill('110101199003070011');
    await form.getByTestId('party-submit').click();
    await page.getByTestId('party-not-found').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('party-case').count()).toBe(0);
    await screenshot(page, 'violations-party-not-found-phone');

    await form.getByLabel('证件号码').fill(revealed.docNumber);
    await form.getByTestId('party-submit').click();
    const found = page.getByTestId('party-case');
    await found.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('party-state').innerText()).toBe('已告知，听取陈述申辩');
    expect(await page.getByTestId('party-proposed').innerText()).toContain('取消评价成绩');
    await noSidewaysScroll(page);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('party-document-download').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/告知书.*\.pdf$/);

    const statement = page.getByTestId('party-statement');
    await statement
      .locator('textarea')
      .fill('试卷照片并非本人拍摄，考试当天本人的手机已按规定交由工作人员保管。');
    await statement.getByTestId('party-statement-submit').click();
    await page.getByTestId('party-acted').waitFor({ timeout: 60_000 });
    await expect.poll(() => found.innerText(), { timeout: 60_000 }).toContain('陈述和申辩（在线提交）');
    await screenshot(page, 'violations-party-stated-phone');
    await context.close();
  });

  it('both pages in English: no Chinese of the page’s own, no identifier', async () => {
    const t = await openPage(browser);
    const data = watchData(t.page);
    await t.page.goto('/');
    await t.page.evaluate(() => localStorage.setItem('skillreg.lang', 'en'));
    for (const path of ['/sanctions', '/party']) {
      await t.page.goto(path);
      await t.page.waitForLoadState('networkidle');
      await t.page.waitForTimeout(300);
      expect(ownText(await t.page.locator('#root').innerText(), data), path).toEqual([]);
    }
    await screenshot(t.page, 'violations-party-en');
    await t.context.close();
  });
});

/** The certificate of a 黔康 candidate of the 2025-06-14 session (her document is on it). */
async function certificateOf(name: string): Promise<string> {
  const sessions = await apiAs<{ items: { id: string; label: string }[] }>(
    'inst_qk',
    '/violation-cases/options/sessions',
  );
  const session = sessions.items.find((s) => s.label.startsWith('2025-06-14'))!;
  const list = await apiAs<{ items: { id: string; holderName: string }[] }>(
    'inst_qk',
    `/certificates?sessionId=${session.id}&limit=100`,
  );
  return list.items.find((c) => c.holderName === name)!.id;
}

/** Data of the API answers the page received (names, numbers, regions): they stay as entered. */
const DATA_KEYS = new Set([
  'subjectName',
  'institutionName',
  'jurisdiction',
  'decidedBy',
  'decisionNumber',
  'name',
  'displayName',
]);
function watchData(page: Page): Set<string> {
  const data = new Set<string>();
  const collect = (v: unknown, key = ''): void => {
    if (typeof v === 'string') {
      if (DATA_KEYS.has(key) && v.trim()) data.add(v.trim());
    } else if (Array.isArray(v)) for (const x of v) collect(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, k);
  };
  page.on('response', (r: Response) => {
    if (r.url().includes('/api/') && (r.headers()['content-type'] ?? '').includes('json'))
      r.json().then(collect, () => undefined);
  });
  return data;
}

/** Lines with Chinese that is not data, or with an identifier (snake_case, camelCase, true/false). */
function ownText(text: string, data: Set<string>): string[] {
  let rest = text;
  for (const d of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  // The language switch names Chinese in Chinese.
  rest = rest.split('中文').join(' ');
  return rest
    .split('\n')
    .filter(
      (l) =>
        /[\u3400-\u9fff]/.test(l) ||
        /\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\b(?:true|false)\b/.test(l),
    );
}
