// gz-rules §4–7 in the browser, with the demo accounts: a Guizhou social organisation (inst_gz, 黔程), an
// employer (inst_gz_emp, 乌江智能装备) and a school (inst_gz_school, 黔东南州民族工艺职业学校) each
// apply for occupations × levels and upload the materials of their kind; nothing numeric is typed in:
// full-time staff, quality supervisors, assessors per occupation and the site are read from the
// registry, and the results page shows each occupation passing or failing with the article; the
// Guizhou department (guizhou) records its review (the judgements the rules leave to it and the §7
// background check), decides and publishes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  act,
  apiAs,
  apiSend,
  launchBrowser,
  logIn,
  openPage,
  screenshot,
  type TestPage,
  chooseOption,
  chooseOptions,
} from './support';

let browser: Browser;
let social: TestPage;
let employer: TestPage;
let school: TestPage;
let province: TestPage;
const cases: Record<'social' | 'employer' | 'school', string> = { social: '', employer: '', school: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  [social, employer, school, province] = await Promise.all([
    openPage(browser),
    openPage(browser),
    openPage(browser),
    openPage(browser),
  ]);
});
afterAll(async () => {
  for (const p of [social, employer, school, province]) await p?.context.close();
  await browser?.close();
});

const choose = chooseOption;

const pdf = (name: string) => ({
  name: `${name}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.7\n% ${name}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  ),
});

async function upload(page: Page, item: string) {
  const row = page.getByTestId(`material-${item}`);
  await row.locator('input[type=file]').setInputFiles(pdf(item));
  await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain(`${item}.pdf`);
}

/** The materials of each kind of applicant (src/use-cases/gz-selection/checklist.ts). */
const MATERIALS = {
  social: [
    'registration_certificate',
    'training_records',
    'management_systems',
    'expert_team',
    'premises_proof',
    'social_site_safety',
    'no_prohibition_commitment',
  ],
  employer: [
    'business_licence',
    'incentive_system',
    'post_settings',
    'workforce_plan',
    'employer_site_safety',
    'no_prohibition_commitment',
  ],
  school: [
    'school_licence',
    'majors_match',
    'dedicated_unit',
    'school_site_safety',
    'no_prohibition_commitment',
  ],
};

/** Picks 是 in an optional yes/no select, read back (chooseOption): a lost click would leave no answer. */
const yes = (select: Locator, page: Page) => chooseOption(select, page, '是');

/** Adds one occupation × level to the application form (and its training volume, when given). */
async function addOccupation(page: Page, form: Locator, code: string, level: string, volume?: number) {
  await form.getByRole('button', { name: '添加申请认定的职业（工种）及等级' }).click();
  await choose(form.getByLabel('申请认定的职业（工种）代码').last(), page, code, true);
  await choose(form.getByLabel('申请认定的等级').last(), page, level);
  await page.keyboard.press('Escape');
  if (volume !== undefined) await form.getByLabel('该职业（工种）培训规模').last().fill(String(volume));
}

/** Opens the application, uploads the kind's materials, submits: the registry is read at submission. */
async function applyAndSubmit(
  t: TestPage,
  who: keyof typeof cases,
  username: string,
  fill: (page: Page, form: Locator) => Promise<void>,
) {
  const { page } = t;
  await logIn(page, username);
  await page.goto('/apply');
  await page.getByTestId('procedure-gz-selection').click();
  const form = page.getByTestId('apply-form');
  await fill(page, form);
  await screenshot(page, `gz-01-${who}-form`);
  await page.getByTestId('apply-submit').click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  cases[who] = new URL(page.url()).pathname.split('/').pop()!;
  await expect
    .poll(() => page.getByTestId('reference-no').innerText())
    .toMatch(/^黔人社评遴申〔\d{4}〕\d{4}号/);
  await page.getByRole('tab', { name: /申请材料/ }).click();
  for (const item of MATERIALS[who]) await upload(page, item);
  await expect.poll(() => page.getByTestId('materials').innerText()).toContain('必备材料已齐全');
  await act(page, 'submit', /审核中/);
}

/** The results page as a party sees it: one row per occupation, pass or fail with the article. */
async function results(page: Page, who: keyof typeof cases): Promise<Locator> {
  await page.goto(`/gz-selection/cases/${cases[who]}/results`);
  const table = page.getByTestId('occupation-results');
  await expect.poll(() => table.innerText()).toContain('gz-rules');
  return table;
}

const row = (table: Locator, code: string) => table.locator('tr', { hasText: code });

describe('Guizhou selection (gz-rules §4–7), in the browser', () => {
  it('the social organisation applies for three occupations, one of them with too small a training volume', async () => {
    await applyAndSubmit(social, 'social', 'inst_gz', async (page, form) => {
      await addOccupation(page, form, '4-10-01-05', '三级', 1500);
      await addOccupation(page, form, '4-10-01-03', '四级', 1200);
      await addOccupation(page, form, '4-03-02-01', '三级', 800);
      await choose(form.getByLabel('用于认定的场地'), page, '黔程评价考点');
      await form.getByLabel('连续开展相关职业培训或考核的起始日期').fill('2019-06-01');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await chooseOptions(form.getByLabel(/^已制定的管理制度/), page, [
        '考务',
        '人员',
        '财务',
        '档案',
        '题库',
        '证书',
        '违规违纪',
      ]);
      for (const label of [
        '拥有与拟认定职业、等级相匹配的专家团队',
        '配备必要的办公设备和通信设备',
        '考场实行单人单桌',
      ])
        await yes(form.getByLabel(label), page);
    });
  });

  it('its results: staff, supervisors, assessors and the site from the registry; 中式烹调师 fails §6(3)', async () => {
    const { page } = social;
    const table = await results(page, 'social');
    await expect.poll(() => row(table, '4-03-02-01').innerText()).toContain('不纳入');
    const failing = await row(table, '4-03-02-01').innerText();
    expect(failing).toContain('800');
    expect(failing).toMatch(/gz-rules §6\(3\)/);
    expect(await row(table, '4-10-01-05').innerText()).toContain('可纳入');
    const body = await page.getByTestId('gz-selection-results').innerText();
    expect(body).toContain('黔程评价考点');
    expect(body).toMatch(/专职工作人员为 3\s*人/);
    await screenshot(page, 'gz-02-social-results');
  });

  it('the employer and the school apply for their occupations', async () => {
    await applyAndSubmit(employer, 'employer', 'inst_gz_emp', async (page, form) => {
      await addOccupation(page, form, '6-31-01-03', '三级');
      await yes(form.getByLabel('岗位设置中有明确对应的技能岗位').first(), page);
      await choose(form.getByLabel(/^企业类别/), page, '规模以上企业');
      await page.keyboard.press('Escape');
    });
    await applyAndSubmit(school, 'school', 'inst_gz_school', async (page, form) => {
      await addOccupation(page, form, '6-09-03-11', '四级');
      await yes(form.getByLabel('评价对象仅为本校全日制在校学生'), page);
      await choose(form.getByLabel(/^评价时间/), page, '毕业年度');
      await yes(form.getByLabel('已建立职业技能等级认定专职内设机构'), page);
    });
    for (const [t, who] of [
      [employer, 'employer'],
      [school, 'school'],
    ] as const) {
      const table = await results(t.page, who);
      expect(await table.innerText()).toMatch(/符合|不符合|待认定/);
      await screenshot(t.page, `gz-03-${who}-results`);
    }
  });

  it('the Guizhou department records its review of the social organisation and selects it: published', async () => {
    const { page } = province;
    await logIn(page, 'guizhou');
    await page.goto(`/cases/${cases.social}`);
    await act(page, 'record_review', /审核中/, async (dialog) => {
      for (const label of [
        /^【社会培训评价组织】在拟开展认定的职业领域/,
        /^【社会培训评价组织】操作技能考核设备配置/,
        /^【社会培训评价组织】满足消防安全/,
      ])
        await yes(dialog.getByLabel(label), page);
      // The review starts with one row per occupation applied for (issue 10 point 7), and says so.
      expect(await dialog.getByTestId('event-defaults').innerText()).toContain(
        '申请认定的职业（工种）3 个：4-10-01-05、4-10-01-03、4-03-02-01',
      );
      const related = dialog.getByLabel(/^与本单位主营业务、开设专业/);
      expect(await related.count()).toBe(3);
      for (let i = 0; i < 3; i++) await yes(related.nth(i), page);
      await dialog.getByLabel('核查日期').fill('2026-12-01');
      await page.keyboard.press('Enter');
      await dialog.getByLabel(/^核查来源/).fill('信用中国、民政部门社会组织信息、国家企业信用信息公示系统');
      await screenshot(page, 'gz-04-review-dialog', { fullPage: false });
    });
    await act(page, 'select', /已遴选并公布/, async (dialog) => {
      await dialog.getByLabel(/^有效期截止日/).fill('2029-12-31');
      await page.keyboard.press('Enter');
    });
    await page.getByRole('tab', { name: /公布信息/ }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('4-10-01-05');
    await screenshot(page, 'gz-05-social-published');
    const table = await results(page, 'social');
    const decision = await page.getByTestId('gz-selection-results').innerText();
    expect(decision).toContain('遴选通过');
    expect(decision).toMatch(/未纳入[\s\S]*4-03-02-01/);
    expect(await row(table, '4-03-02-01').innerText()).toContain('不纳入');
    await screenshot(page, 'gz-06-social-decision');
  });

  it('the department reviews the employer and the school and selects them: published', async () => {
    const { page } = province;
    for (const who of ['employer', 'school'] as const) {
      // (the review form was walked through for the social organisation above: here its payload)
      const { case: c } = await apiAs<{ case: { version: number } }>('guizhou', `/cases/${cases[who]}`);
      await apiSend('guizhou', 'POST', `/cases/${cases[who]}/events/record_review`, {
        version: c.version,
        payload: {
          skilledWorkersMajority: true,
          willingAndCapable: true,
          incentiveSystem: true,
          systemsAndPlan: true,
          siteMeetsNationalStandard: true,
          siteSafetyCompliant: true,
          stableFunding: true,
          occupations: [
            who === 'employer'
              ? { code: '6-31-01-03', closelyRelated: true, directlyRelatedToMainBusiness: true }
              : {
                  code: '6-09-03-11',
                  closelyRelated: true,
                  matchesMajor: true,
                  levelConsistentWithSchooling: true,
                },
          ],
          background: { checkedOn: '2026-12-01', sources: '信用中国、国家企业信用信息公示系统' },
        },
      });
      await page.goto(`/cases/${cases[who]}`);
      await act(page, 'select', /已遴选并公布/, async (dialog) => {
        await dialog.getByLabel(/^有效期截止日/).fill('2029-12-31');
        await page.keyboard.press('Enter');
      });
      await page.getByRole('tab', { name: /公布信息/ }).click();
      await expect
        .poll(() => page.locator('body').innerText())
        .toContain(who === 'employer' ? '6-31-01-03' : '6-09-03-11');
      await screenshot(page, `gz-07-${who}-published`);
    }
  });
});
