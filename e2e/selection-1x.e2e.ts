// 1x-selection §12–16 in the browser, with the demo accounts: the joint-conference office (jco) drafts
// and publishes a recruitment call for two fields and a batch (§12, §14); 北京智联未来 (inst_tx) applies
// with its certificate programmes, standard, teaching team and experience and uploads the materials;
// jco asks for a correction and the applicant amends the application in a form that opens with what it
// had filed; jco accepts (§6–10 as stated) and draws a panel from its selection expert pool (§13); each
// drawn expert logs in, finds the assignment under 我的评审 and writes an opinion; jco records a site
// visit (§15) and the panel's selection; the notice is refused until the NDRC, SAMR and tax results are
// entered with source and date (§16); after the notice period jco records the joint conference's
// approval and publishes; the public directory lists the organisation with its certificate programmes
// and their levels (初级/中级/高级).
//
// The notice period must elapse before approval, so the spec runs its own server whose clock it moves
// forward (e2e/clock-server.ts); its port is E2E_SELECTION_1X_PORT, else E2E_PORT + 4.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { act, DEMO_PASSWORD, launchBrowser, screenshot, chooseOption } from './support';
import { startClockServer, type ClockServer } from './clock-server';

const PORT = Number(process.env.E2E_SELECTION_1X_PORT ?? Number(process.env.E2E_PORT ?? 3123) + 4);

/** The server answers slowly while a second one runs beside it. */
const POLL = { timeout: 20_000 };

let server: ClockServer;
let browser: Browser;

beforeAll(async () => {
  // While writing the spec: E2E_SELECTION_1X_URL and _CLOCK_FILE name a server started by hand.
  const external = process.env.E2E_SELECTION_1X_URL;
  server = external
    ? {
        url: external,
        setOffsetDays: async (days) => {
          writeFileSync(process.env.E2E_SELECTION_1X_CLOCK_FILE!, String(days));
          await new Promise((r) => setTimeout(r, 400));
        },
        stop: async () => undefined,
      }
    : await startClockServer(PORT, 'selection-1x');
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Party {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function party(): Promise<Party> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 4\d\d/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { context, page, errors };
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const field = page.getByLabel('用户名', { exact: true });
  const signedIn = page.getByTestId('current-user');
  await Promise.race([field.waitFor(), signedIn.waitFor()]);
  if (await signedIn.isVisible()) return;
  await field.fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page
    .locator('form')
    .getByRole('button', { name: /登\s*录/ })
    .click();
  await page.getByTestId('current-user').waitFor();
}

/**
 * Picks options of an antd Select by their text, in the dropdown that belongs to this select (its
 * listbox is named after the input's id; the newest such dropdown, as one of a closed dialog may
 * linger), and checks that the select shows them. A multiple select stays open and is closed with
 * Escape; a single one closes itself (an Escape would close the dialog around it).
 */
async function choose(select: Locator, page: Page, ...texts: string[]): Promise<void> {
  if (texts.length === 1) return chooseOption(select, page, texts[0]!);
  const input =
    (await select.getAttribute('role')) === 'combobox' ? select : select.locator('input[role=combobox]');
  const root = input.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  await input.click();
  const id = await input.getAttribute('id');
  const dropdown = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)', {
      has: page.locator(`[id="${id}_list"]`),
    })
    .last();
  for (const text of texts) {
    // Under load a click can land while the list re-renders and select nothing: it is tried again,
    // once the select is seen not to hold it (a second click on a chosen option would unselect it).
    for (let attempt = 1; ; attempt++) {
      if (!(await dropdown.isVisible())) await input.click();
      await dropdown.locator('.ant-select-item-option', { hasText: text }).first().click();
      try {
        await expect.poll(() => root.innerText(), { timeout: 5_000 }).toContain(text);
        break;
      } catch (e) {
        if ((await root.innerText()).includes(text)) break;
        if (attempt === 3) throw e;
      }
    }
  }
  await page.keyboard.press('Escape');
  for (const text of texts) await expect.poll(() => root.innerText(), POLL).toContain(text);
}

async function typeDate(field: Locator, page: Page, date: string): Promise<void> {
  await field.click();
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
}

const chinaToday = (offsetDays = 0) =>
  new Date(Date.now() + offsetDays * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

const PDF = Buffer.from(
  `%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
);

/** The experts of the office's selection pool (demo jco-1x), by name, with their accounts. */
const POOL_ACCOUNTS: Record<string, string> = {
  石燕: 'expert',
  覃晓红: 'expert_qin',
  程晓燕: 'expert_cheng',
  谢宇航: 'expert_xie',
  高志远: 'expert_gao',
};

const BATCH = '2026年第二批';
const CALL_TITLE = `职业教育培训评价组织和职业技能等级证书招募公告（${BATCH}）`;

describe('1+X selection of a training-evaluation organisation (1x-selection §12–16), in the browser', () => {
  let office: Party;
  let applicant: Party;
  let callPath: string;
  let casePath: string;
  let referenceNo: string;
  const drawn: string[] = [];

  beforeAll(async () => {
    office = await party();
    applicant = await party();
  });
  afterAll(async () => {
    await office?.context.close();
    await applicant?.context.close();
  });

  it('jco drafts a recruitment call for two fields and a batch, and publishes it (§12, §14)', async () => {
    const { page } = office;
    await logIn(page, 'jco');
    await page.goto('/recruitment-calls');
    await page.getByTestId('call-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('公告标题').fill(CALL_TITLE);
    await dialog.getByLabel('批次').fill(BATCH);
    await dialog.getByPlaceholder('开始日期').click();
    await page.keyboard.type(chinaToday(-1));
    await page.keyboard.press('Enter');
    await page.keyboard.type(chinaToday(20));
    await page.keyboard.press('Enter');
    await dialog
      .getByLabel('公告正文（申报要求、联系方式）')
      .fill('按照遴选工作方案，面向人工智能、智能制造领域招募培训评价组织，申报材料在线提交。');
    await dialog.getByPlaceholder('领域名称').first().fill('人工智能');
    await dialog.getByRole('button', { name: '添加领域' }).click();
    await dialog.getByPlaceholder('领域名称').nth(1).fill('智能制造');
    await screenshot(page, 'x1-01-call-draft');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('call-detail').waitFor();
    callPath = new URL(page.url()).pathname;
    await page.getByTestId('call-publish').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect.poll(() => page.getByTestId('call-detail').innerText(), POLL).toContain('发布于');
    await screenshot(page, 'x1-02-call-published');
  });

  it('inst_tx applies to the call with its certificate programmes, standard, team and experience', async () => {
    const { page } = applicant;
    await logIn(page, 'inst_tx');
    await page.goto('/recruitment-calls');
    await page.locator(`a[href="${callPath}"]`).click();
    await page.getByTestId('call-apply').click();
    const form = page.getByTestId('call-apply-form');
    await form.waitFor();
    await choose(form.getByLabel('申报的职业技能领域'), page, '人工智能');
    const programmes = [
      {
        name: '人工智能数据处理',
        levels: ['初级', '中级', '高级'],
        standard: '人工智能数据处理职业技能等级标准',
      },
      { name: '人工智能应用开发', levels: ['中级', '高级'], standard: '人工智能应用开发职业技能等级标准' },
    ];
    for (const [i, p] of programmes.entries()) {
      await form.getByRole('button', { name: '添加申报的职业技能等级证书' }).click();
      await form.getByLabel('证书名称').nth(i).fill(p.name);
      await choose(form.getByLabel('证书等级').nth(i), page, ...p.levels);
      await form.getByLabel('职业技能等级标准名称').nth(i).fill(p.standard);
    }
    for (const held of [
      '具有独立法人资质的企业等主体',
      '在中国依法登记注册',
      '具有规范的财务制度和管理制度',
      '有自主知识产权',
      '有对应的企业真实岗位或岗位群',
      '有行业企业权威专家推荐',
    ])
      await form.getByLabel(held).click();
    await form.getByLabel('近年连续具有工商税务年审记录的年数').fill('3');
    await typeDate(form.getByLabel('最近出版的配套先进教材的出版日期'), page, '2025-03-01');
    await typeDate(form.getByLabel('开始开展职业技能培训的日期'), page, '2016-03-01');
    await form.getByLabel('培训和实施证书考核的规模').fill('62000');
    await form.getByLabel('专家、师资团队人数').fill('120');
    await form
      .getByLabel('专家、师资团队构成')
      .fill('行业企业管理人员 18 人、技术骨干 64 人、高技能人才 38 人，覆盖 12 家龙头企业和 20 所院校。');
    await form
      .getByLabel('培训、师资培训、支持院校和考核颁证的经验概述')
      .fill('自 2016 年开展人工智能职业技能培训，累计培训和考核 6.2 万人次，为 140 所院校开展师资培训。');
    await screenshot(page, 'x1-03-apply-form');
    await page.getByTestId('call-apply-submit').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByTestId('case-state').innerText(), POLL).toMatch(/填写申报材料/);
    await screenshot(page, 'x1-04-case-draft');
  });

  it('uploads the materials of the application and submits within the window (§14)', async () => {
    const { page } = applicant;
    await page.getByRole('tab', { name: /申请材料/ }).click();
    for (const item of [
      'application_form',
      'legal_person_registration',
      'annual_review_records',
      'financial_management_rules',
      'level_standard',
      'intellectual_property',
      'enterprise_recognition',
      'training_resources',
      'teaching_team',
      'training_experience',
      'truthfulness_declaration',
    ]) {
      const row = page.getByTestId(`material-${item}`);
      await row
        .locator('input[type=file]')
        .setInputFiles({ name: `${item}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await row.getByTestId('material-file').first().waitFor();
    }
    await expect.poll(() => page.getByTestId('materials').innerText(), POLL).toContain('必备材料已齐全');
    await act(page, 'submit', /待受理/);
    await screenshot(page, 'x1-05-submitted');
  });

  it('jco asks for a correction; the amendment form opens with the application as filed', async () => {
    await logIn(office.page, 'jco');
    await office.page.goto(casePath);
    await act(office.page, 'request_correction', /补正申报材料/, async (dialog) => {
      await dialog.getByRole('button', { name: /添加需补正/ }).click();
      await dialog.getByLabel('需补正的事项').fill('专家、师资团队名单与申报书所填人数不一致，请核对后补正');
    });

    const { page } = applicant;
    await page.goto(casePath);
    await expect.poll(() => page.getByTestId('case-state').innerText(), POLL).toMatch(/补正申报材料/);
    await page.getByTestId('action-amend').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('event-form').waitFor();
    // What was filed is there: the field, both programmes with their levels, the numbers and texts.
    await expect
      .poll(() => dialog.getByLabel('证书名称').first().inputValue(), POLL)
      .toBe('人工智能数据处理');
    expect(await dialog.getByLabel('证书名称').nth(1).inputValue()).toBe('人工智能应用开发');
    expect(await dialog.getByLabel('培训和实施证书考核的规模').inputValue()).toBe('62000');
    expect(await dialog.getByLabel('专家、师资团队构成').inputValue()).toContain('技术骨干 64 人');
    // The levels by name, as chosen: 初级/中级/高级 for the first programme, 中级/高级 for the second.
    const levels = (i: number) =>
      dialog
        .getByLabel('证书等级')
        .nth(i)
        .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
        .innerText()
        .then((t) =>
          t
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
    expect(await levels(0)).toEqual(['初级', '中级', '高级']);
    expect(await levels(1)).toEqual(['中级', '高级']);
    await dialog.getByLabel('专家、师资团队人数').fill('126');
    await screenshot(page, 'x1-06-amend-prefilled');
    await dialog.getByTestId('event-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await act(page, 'resubmit', /待受理/);
    await expect.poll(() => page.getByTestId('reference-no').isVisible(), POLL).toBe(true);
  });

  it('jco accepts: the §2, §6–10 conditions the application states hold (受理通知书)', async () => {
    const { page } = office;
    await page.goto(casePath);
    await act(page, 'accept', /待抽取评审专家/);
    await page.getByRole('tab', { name: /文书/ }).click();
    await expect.poll(() => page.getByTestId('documents').innerText(), POLL).toContain('受理');
    await screenshot(page, 'x1-07-accepted');
  });

  it('jco finds the application under 技术评审 and draws a panel from its selection pool (§13)', async () => {
    const { page } = office;
    referenceNo = (await page.getByTestId('reference-no').innerText()).trim();
    await page.goto('/reviews');
    await page.getByTestId('review-table').getByRole('link', { name: referenceNo }).click();
    const card = page.getByTestId('draw-card');
    await choose(card.getByTestId('draw-pool'), page, '1+X 培训评价组织遴选专家库');
    await card.getByTestId('draw-size').fill('3');
    await expect.poll(() => page.getByTestId('draw-eligible').innerText(), POLL).toContain('石燕');
    await card.getByTestId('commitment-publish').click();
    await card.getByTestId('commitment-hash').waitFor();
    await screenshot(page, 'x1-08-draw');
    await card.getByTestId('draw-submit').click();
    await page.getByTestId('panel-card').waitFor();
    await expect.poll(() => page.getByTestId('panel-reproducible').isVisible(), POLL).toBe(true);
    const rows = page.getByTestId('panel-members').locator('tbody tr');
    for (let i = 0; i < (await rows.count()); i++) {
      const text = await rows.nth(i).innerText();
      const name = Object.keys(POOL_ACCOUNTS).find((n) => text.includes(n));
      if (text.includes('抽中') && name) drawn.push(name);
    }
    expect(drawn).toHaveLength(3);
    await screenshot(page, 'x1-09-panel');
  });

  it.each([1, 2, 3])(
    'drawn expert %i logs in, finds the assignment under 我的评审, writes an opinion',
    async (n) => {
      const name = drawn[n - 1]!;
      const expert = await party();
      try {
        const { page } = expert;
        await logIn(page, POOL_ACCOUNTS[name]!);
        await page.goto('/reviews');
        const table = page.getByTestId('review-table');
        await expect.poll(() => table.innerText(), POLL).toContain('北京智联未来教育科技有限公司');
        await table.getByRole('link', { name: referenceNo }).click();
        const form = page.getByTestId('opinion-form');
        await form.getByLabel('通过', { exact: true }).check();
        await form
          .getByLabel('评审意见')
          .fill(
            `${name}：证书标准对接企业真实岗位，配套教材和题库完整，师资团队结构合理，培训考核规模达到第十条要求，建议入围。`,
          );
        if (n === 1) await screenshot(page, 'x1-10-opinion-form');
        await page.getByTestId('opinion-submit').click();
        await page.getByTestId('opinion-given').waitFor();
        expect(expert.errors).toEqual([]);
      } finally {
        await expert.context.close();
      }
    },
  );

  it('jco sees the panel’s majority and records a site visit (§15)', async () => {
    const { page } = office;
    await page.goto(`/reviews${casePath.slice('/cases'.length)}`);
    await expect
      .poll(() => page.getByTestId('panel-standing').innerText(), POLL)
      .toContain('多数意见为“通过”');
    await screenshot(page, 'x1-11-panel-complete');
    await page.goto(casePath);
    await act(page, 'arrange_site_visit', /实地考察/);
    await act(page, 'record_site_visit', /专家遴选评审/, async (dialog) => {
      await typeDate(dialog.getByLabel('实地考察日期'), page, chinaToday());
      await dialog.getByLabel('考察人员').fill('遴选专家组 3 人、部际联席会议办公室 1 人');
      await dialog.getByLabel('考察发现').fill('实训基地、题库系统和考核站点与申报材料一致。');
      await choose(dialog.getByLabel('考察结论'), page, '申报情况属实');
    });
  });

  it('jco records the panel’s selection with its appraisal of §6–10: shortlisted (§15)', async () => {
    const { page } = office;
    await act(page, 'select', /拟入围/, async (dialog) => {
      const selects = dialog.getByTestId('event-form').locator('.ant-select');
      for (let i = 0; i < (await selects.count()); i++) await choose(selects.nth(i), page, '是');
      await screenshot(page, 'x1-12-select');
    });
  });

  it('the notice waits for the credit check; jco enters the NDRC, SAMR and tax results (§16)', async () => {
    const { page } = office;
    // Before any result: the notice is held back by the credit check, with its article.
    await expect.poll(() => page.getByTestId('actions').innerText(), POLL).toContain('信用');
    await screenshot(page, 'x1-13-credit-missing', { fullPage: false });
    const checks = [
      { platform: '信用中国', source: '信用中国网站（www.creditchina.gov.cn）信用信息查询' },
      { platform: '国家企业信用信息公示系统', source: '国家企业信用信息公示系统（www.gsxt.gov.cn）' },
      { platform: '税务总局', source: '国家税务总局重大税收违法失信主体信息公布栏' },
    ];
    for (const c of checks)
      await act(page, 'record_credit_check', /拟入围/, async (dialog) => {
        await choose(dialog.getByLabel('核查渠道'), page, c.platform);
        await dialog.getByLabel('核查来源').fill(c.source);
        await typeDate(dialog.getByLabel('核查日期'), page, chinaToday());
        await choose(dialog.getByLabel('核查结果'), page, '无不良记录');
      });
    await expect
      .poll(() => page.getByTestId('action-start_notice').getAttribute('class'), POLL)
      .toContain('ant-btn-primary');
  });

  it('jco publishes the selection result for a period it sets, with its reason (§16 公示)', async () => {
    const { page } = office;
    await act(page, 'start_notice', /公示中/, async (dialog) => {
      await dialog.getByLabel('公示期长度', { exact: true }).fill('5');
      await choose(dialog.getByLabel('计算单位'), page, '工作日');
      await dialog.getByLabel('公示期长度的依据').fill('按遴选工作方案，遴选结果公示 5 个工作日');
    });
    const visitor = await party();
    try {
      await visitor.page.goto('/public-notices');
      const table = visitor.page.getByTestId('public-notices-table');
      await expect.poll(() => table.innerText(), POLL).toContain('北京智联未来教育科技有限公司');
      await screenshot(visitor.page, 'x1-14-public-notice');
    } finally {
      await visitor.context.close();
    }
  });

  it('after the period jco records the joint conference’s approval and publishes the list (§16)', async () => {
    const res = await fetch(`${server.url}/api/v1/public-notices?status=current`);
    const { items } = (await res.json()) as { items: { endsOn: string; subjectName: string }[] };
    const notice = items.find((n) => n.subjectName === '北京智联未来教育科技有限公司')!;
    const offset =
      Math.round(
        (Date.parse(`${notice.endsOn}T00:00:00Z`) - Date.parse(`${chinaToday()}T00:00:00Z`)) / 86_400_000,
      ) + 1;
    await server.setOffsetDays(offset);
    const { page } = office;
    // A new day on the server: sign in afresh.
    await logIn(page, 'jco');
    await page.goto(casePath);
    await act(page, 'end_notice', /待部际联席会议审议/);
    await act(page, 'approve', /审议通过，待发布/, async (dialog) => {
      await typeDate(dialog.getByLabel('审议通过日期'), page, chinaToday(offset));
      await choose(dialog.getByLabel('审议方式'), page, '书面审议');
      await dialog.getByLabel('会议纪要或书面审议文件编号').fill('部际联席会议书面审议〔2026〕5号');
    });
    await act(page, 'publish', /已发布/);
    await page.getByRole('tab', { name: /文书/ }).click();
    await expect.poll(() => page.getByTestId('documents').innerText(), POLL).toContain('公布');
    await screenshot(page, 'x1-15-published');
  });

  it('the public directory lists the organisation with its certificates and their levels', async () => {
    const visitor = await party();
    try {
      const { page } = visitor;
      await page.goto('/directory');
      await page
        .locator('input[data-testid="directory-search"], [data-testid="directory-search"] input')
        .first()
        .fill('智联未来');
      const table = page.getByTestId('directory-table');
      await expect.poll(() => table.innerText(), POLL).toContain('北京智联未来教育科技有限公司');
      const programmes = table.getByTestId('directory-programmes');
      const first = programmes.locator('span', { hasText: '人工智能数据处理' }).first();
      const second = programmes.locator('span', { hasText: '人工智能应用开发' }).first();
      expect(await first.getByTestId('programme-level').allInnerTexts()).toEqual(['初级', '中级', '高级']);
      expect(await second.getByTestId('programme-level').allInnerTexts()).toEqual(['中级', '高级']);
      await screenshot(page, 'x1-16-directory');
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.context.close();
    }
    expect(office.errors).toEqual([]);
    expect(applicant.errors).toEqual([]);
  });
});
