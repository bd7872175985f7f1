// dept-pilot (中就培函〔2020〕41号) in the browser, from the plan to online publication, with the demo
// accounts: the transport department (industry, 交通运输部职业资格中心) recommends 贵阳市黔程 for 交通运输
// 道路运输, choosing it from the registry, and files the plan with the three documents and the 12
// required regulations of the 附件; a third recommendation in the same field is refused (三（一）: 2 per
// field); an association not decoupled from its supervising department (二（一）, 原则上不得) goes to the
// national centre, whose approval is refused without a recorded exception, and it refuses it; the centre
// (osta) admits the first and it is published online (三（五）) with the notice's dated milestones (五); the industry association (inst_ind) acts directly (二（一）), naming its Guizhou branch in the plan;
// once admitted it files that branch with the Guizhou department (三（四）), which files it and publishes
// it; the pilot's milestones page then shows the branch filing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  act,
  apiSend,
  launchBrowser,
  logIn,
  openPage,
  screenshot,
  type TestPage,
  chooseOption,
} from './support';

let browser: Browser;
let dept: TestPage;
let osta: TestPage;
let assoc: TestPage;
let province: TestPage;
let recommendationPath = '';
let pilotPath = '';
let branchPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  [dept, osta, assoc, province] = await Promise.all([
    openPage(browser),
    openPage(browser),
    openPage(browser),
    openPage(browser),
  ]);
});
afterAll(async () => {
  for (const p of [dept, osta, assoc, province]) await p?.context.close();
  await browser?.close();
});

const choose = chooseOption;

/** Tries an action the guard refuses: the dialog stays open and shows why. */
async function refused(page: Page, event: string): Promise<string> {
  await page.getByTestId(`action-${event}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByTestId('event-submit').click();
  await expect.poll(() => dialog.innerText(), { timeout: 20_000 }).toContain('不符合办理条件');
  return dialog.innerText();
}

/** The action dialog keeps a refusal on screen and ignores Escape: close it with 取消. */
async function closeDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await dialog.waitFor({ state: 'detached' });
}

const pdf = (name: string) => ({
  name: `${name}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.7\n% ${name}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  ),
});

/** 附件 三: the 12 regulations the implementation plan must include, one checklist item each. */
const REGULATIONS = [
  'exam_affairs',
  'assessors',
  'pilot_and_evaluation',
  'violations',
  'archives',
  'certificates',
  'supervision',
  'risk_control',
  'finance',
  'publicity',
  'accountability',
  'information_disclosure',
].map((r) => `regulation.${r}`);
const DEPARTMENT_DOCUMENTS = ['pilot_work_plan', 'recommendation_letter', 'implementation_plan'];
const INDUSTRY_DOCUMENTS = ['pilot_work_plan', 'branch_selection_and_list', 'implementation_plan'];

async function upload(page: Page, item: string) {
  const row = page.getByTestId(`material-${item}`);
  await row.locator('input[type=file]').setInputFiles(pdf(item));
  await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain(`${item}.pdf`);
}

const open = (input: Record<string, unknown>) =>
  apiSend<{ id: string }>('industry', 'POST', '/cases', { procedure: 'dept-pilot', input });

/** Files the department's 3 documents and the 12 regulations on a case page, then submits it. */
async function fileAndSubmit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('tab', { name: /申请材料/ }).click();
  for (const item of [...DEPARTMENT_DOCUMENTS, ...REGULATIONS]) await upload(page, item);
  await expect.poll(() => page.getByTestId('materials').innerText()).toContain('必备材料已齐全');
  await act(page, 'submit', /鉴定中心审核中/);
}

describe('department and industry pilots (dept-pilot), in the browser', () => {
  it('the transport department recommends 黔程 for its field, choosing it from the registry (三（一）)', async () => {
    const { page } = dept;
    await logIn(page, 'industry');
    await page.goto('/apply');
    await page.getByTestId('procedure-dept-pilot').click();
    const form = page.getByTestId('apply-form');
    // Searched for: the registry's imported organisations make the list longer than its first screen.
    await choose(form.getByLabel('推荐的社会培训评价组织'), page, '贵阳市黔程', true);
    await form.getByLabel('领域').fill('交通运输 道路运输');
    await form.getByRole('button', { name: /添加本部门退出职业资格目录的原有职业/ }).click();
    await choose(form.getByLabel('职业（工种）代码'), page, '4-12-01-01', true);
    await form.getByRole('button', { name: /添加该组织承担认定的职业/ }).click();
    await choose(form.getByLabel('承担认定的职业（工种）代码'), page, '4-12-01-01', true);
    await choose(form.getByLabel('认定等级'), page, '三级');
    await page.keyboard.press('Escape');
    await screenshot(page, 'dp-01-recommendation-form');
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    recommendationPath = new URL(page.url()).pathname;
    await expect
      .poll(() => page.getByTestId('reference-no').innerText())
      .toMatch(/^人社鉴试申〔\d{4}〕\d{4}号/);
    // Until the materials are in, the page says which of the 附件 items are missing.
    expect(await page.locator('body').innerText()).toContain('实施方案缺少规章制度 12 项');
  });

  it('files the plan with the 3 documents and the 12 regulations of the 附件 and reports it', async () => {
    const { page } = dept;
    await page.getByRole('tab', { name: /申请材料/ }).click();
    for (const item of [...DEPARTMENT_DOCUMENTS, ...REGULATIONS]) await upload(page, item);
    await expect.poll(() => page.getByTestId('materials').innerText()).toContain('必备材料已齐全');
    await act(page, 'submit', /鉴定中心审核中/);
    await screenshot(page, 'dp-02-recommendation-submitted');
  });

  it('a third organisation in the same field is refused: at most 2 per field (三（一）)', async () => {
    const { page } = dept;
    // A draft takes no place (三（一） counts recommendations made): the second one is filed first.
    const second = await open({
      organisationUscc: '52330106MJ9D2E7Q4F', // 杭州钱塘家政职业技能评价中心
      field: '交通运输 道路运输',
      originalOccupations: ['4-12-01-01'],
      scope: [{ code: '4-12-01-01', levels: [4] }],
    });
    await fileAndSubmit(page, `/cases/${second.id}`);
    const third = await open({
      organisationUscc: '91520102MA6HK8N350', // 贵州黔康职业技能评价有限公司
      field: '交通运输 道路运输',
      originalOccupations: ['4-12-01-01'],
      scope: [{ code: '4-12-01-01', levels: [5] }],
    });
    await page.goto(`/cases/${third.id}`);
    const why = await refused(page, 'submit');
    expect(why).toMatch(/交通运输 道路运输推荐的社会培训评价组织为 3\s*家/);
    await screenshot(page, 'dp-03-third-refused', { fullPage: false });
    await closeDialog(page);
    await act(page, 'withdraw', /已撤回/);
  });

  it('an association not decoupled from its supervising department is left to the centre, which refuses it (二（一）)', async () => {
    const { page } = dept;
    const notDecoupled = await open({
      organisationUscc: '51100000MJ0H4K8A4A', // 中国道路运输职业技能评价协会
      field: '交通运输 道路运输管理',
      originalOccupations: ['4-02-02-01'],
      scope: [{ code: '4-02-02-01', levels: [4] }],
      decoupledFromSupervisor: false,
    });
    const path = `/cases/${notDecoupled.id}`;
    await page.goto(path);
    // 原则上不得: the department is told before it files that the centre will judge it.
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('属未与主管部门脱钩的协会，原则上不得纳入');
    await fileAndSubmit(page, path);

    const o = osta.page;
    await logIn(o, 'osta');
    await o.goto(path);
    const why = await refused(o, 'approve');
    expect(why).toContain('未与主管部门脱钩');
    expect(why).toContain('dept-pilot 二(一)');
    await closeDialog(o);
    await act(o, 'refuse', /未纳入试点/, async (dialog) => {
      await dialog
        .getByLabel('不予纳入试点的理由')
        .fill('该协会未与主管部门脱钩，原则上不得纳入试点（二（一））');
    });
    await screenshot(o, 'dp-04-not-decoupled-refused');
  });

  it('the national centre admits 黔程: published online with its scope, and the dated milestones (五)', async () => {
    const { page } = osta;
    await page.goto(recommendationPath);
    await act(page, 'approve', /已纳入试点并网上公示/);
    await page.getByRole('tab', { name: /公布信息/ }).click();
    await page
      .getByText(/^人社鉴试〔\d{4}〕\d{4}号$/)
      .first()
      .waitFor();
    expect(await page.locator('body').innerText()).toContain('4-12-01-01');
    await page.getByRole('tab', { name: /文书/ }).click();
    await expect.poll(() => page.getByTestId('documents').innerText()).not.toContain('（0）');
    await page.getByRole('link', { name: '试点工作时间节点' }).click();
    const milestones = page.getByTestId('dept-pilot-milestones');
    await expect.poll(() => milestones.innerText()).toContain('五');
    await screenshot(page, 'dp-05-milestones');
  });

  it('the industry association acts directly, naming its Guizhou branch in the plan (二（一）、三（二）)', async () => {
    const { page } = assoc;
    await logIn(page, 'inst_ind');
    await page.goto('/apply');
    await page.getByTestId('procedure-dept-pilot').click();
    const form = page.getByTestId('apply-form');
    await form.getByLabel('领域').fill('交通运输 道路运输');
    await form.getByRole('button', { name: /添加该组织承担认定的职业/ }).click();
    await choose(form.getByLabel('承担认定的职业（工种）代码'), page, '4-02-02-01', true);
    await choose(form.getByLabel('认定等级'), page, '四级');
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: /添加分支机构名单/ }).click();
    await choose(form.getByLabel('分支机构', { exact: true }), page, '贵州分会');
    // The branch is an association: the plan states it is decoupled and professional (二（一）).
    await choose(form.getByLabel('已与主管部门脱钩', { exact: true }).last(), page, '是');
    // Both selects offer 是/否: let the first list close so the second pick is from the right one.
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await choose(form.getByLabel('属非专业行业协会', { exact: true }).last(), page, '否');
    await choose(form.getByLabel('行业组织类型'), page, '专业性');
    await screenshot(page, 'dp-06-association-form');
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    pilotPath = new URL(page.url()).pathname;
    await page.getByRole('tab', { name: /申请材料/ }).click();
    for (const item of [...INDUSTRY_DOCUMENTS, ...REGULATIONS]) await upload(page, item);
    await act(page, 'submit', /鉴定中心审核中/);
    await screenshot(page, 'dp-07-association-submitted');

    await osta.page.goto(pilotPath);
    await act(osta.page, 'approve', /已纳入试点并网上公示/);
  });

  it('the association files its Guizhou branch locally; the Guizhou department files and publishes it (三（四）、（五）)', async () => {
    const { page } = assoc;
    await page.goto('/apply');
    await page.getByTestId('procedure-dept-pilot-branch').click();
    await choose(
      page.getByTestId('apply-form').getByLabel('备案的分支机构'),
      page,
      '中国道路运输职业技能评价协会贵州分会',
    );
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    branchPath = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('body').innerText()).toContain('贵州省人力资源和社会保障厅');
    await page.getByRole('tab', { name: /申请材料/ }).click();
    for (const item of ['filing_form', 'branch_registration', 'staff_and_sites']) await upload(page, item);
    await act(page, 'submit', /属地审核中/);

    const p = province.page;
    await logIn(p, 'guizhou');
    await p.goto(branchPath);
    await screenshot(p, 'dp-08-branch-for-guizhou');
    await act(p, 'file', /已属地备案并公示/, async (dialog) => {
      await dialog.getByRole('switch').first().click();
    });
    await p.getByRole('tab', { name: /公布信息/ }).click();
    await p
      .getByText(/^试点分支备〔\d{4}〕\d{4}号$/)
      .first()
      .waitFor();
    await screenshot(p, 'dp-09-branch-published');
  });

  it('the pilot’s milestones page shows the branch filed in Guizhou', async () => {
    const { page } = assoc;
    await page.goto(pilotPath);
    await page.getByRole('link', { name: '试点工作时间节点' }).click();
    const milestones = page.getByTestId('dept-pilot-milestones');
    await expect.poll(() => milestones.innerText()).toContain('中国道路运输职业技能评价协会贵州分会');
    expect(await milestones.innerText()).toContain('已属地备案并公示');
    await screenshot(page, 'dp-10-milestones-with-branch');
    for (const t of [dept, osta, assoc, province]) expect(t.errors).toEqual([]);
  });
});
