// Complaints, the lead ledger and rectification orders in the browser (issue 14 points 2 and 6;
// 1x-selection §26, 1x-exit §7(1), docs/decisions/0039): a citizen files a complaint on a 390 px phone —
// no account, the proof-of-work check, the tracking code shown once with a copy button — and the tracking
// page says 已受理; `guizhou` (the province's department handles a complaint naming no directory entry)
// finds it in 工作台账, triages, investigates and answers it; the tracking page then shows the answer and
// never the contact. One rectification order of the demo: 黔程 (`inst_gz`) reports with an evidence file,
// `guizhou` accepts it. The ledger and the orders are checked for codes on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, logIn, openPage, openPhone, screenshot, type TestPage } from './support';

let browser: Browser;
/** Unique words of this run's complaint (the spec may run twice against one server). */
const MARK = `E2E${Date.now().toString(36).toUpperCase()}`;
const PHONE = '13900001234';
let code = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    'no sideways scrolling at 390 px',
  ).toBeLessThanOrEqual(1);
const noCodes = async (page: Page, testId: string) =>
  expect(await page.getByTestId(testId).innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b|\b(?:received|triaged|routed|investigating|answered|closed|open|reported|accepted|rejected)\b/); // prettier-ignore

describe('投诉举报 on a phone', () => {
  it('files a complaint without an account and gets the tracking code once; tracking says 已受理', async () => {
    const { context, page } = await openPhone(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    // The visitor's menu names it (the phone's drawer, or the header on a desktop).
    await page.goto('/complaint');
    await page.getByTestId('complaint-page').waitFor();
    await page.getByTestId('complaint-mode').getByText('直接填写').click();
    await page.getByTestId('complaint-subject').fill(`贵阳某培训机构${MARK}`);
    await page.getByTestId('complaint-province').click();
    await page.getByTestId('complaint-province').locator('input').fill('贵州');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '贵州省' }).click();
    await page.getByTestId('complaint-what').fill(`该机构承诺不用考试就能拿证，收费 2000 元（${MARK}）。`);
    await page.getByLabel('电话').fill(PHONE);
    await noSidewaysScroll(page);
    await screenshot(page, 'complaint-form-phone');
    await page.getByTestId('complaint-submit').click();
    await page.getByTestId('complaint-filed').waitFor({ timeout: 60_000 });
    code = (await page.getByTestId('complaint-code').innerText()).trim();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    await page.getByTestId('complaint-copy').click();
    await page.getByTestId('complaint-copy').getByText('已复制').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await noSidewaysScroll(page);
    await screenshot(page, 'complaint-filed-phone');

    await page.getByTestId('complaint-go-track').click();
    await page.getByTestId('track-status').waitFor();
    expect(await page.getByTestId('track-status').innerText()).toBe('已受理');
    await noSidewaysScroll(page);
    await screenshot(page, 'complaint-track-received-phone');
    await context.close();
  });
});

describe('工作台账: guizhou handles it', () => {
  let t: TestPage;
  beforeAll(async () => {
    t = await openPage(browser);
    await logIn(t.page, 'guizhou');
  });
  afterAll(async () => t?.context.close());

  const act = async (page: Page, action: string, fill: (modal: ReturnType<Page['locator']>) => Promise<void>) => {
    await page.getByTestId(`lead-act-${action}`).click();
    const modal = page.locator('.ant-modal:visible');
    await fill(modal);
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await modal.waitFor({ state: 'hidden' });
  }; // prettier-ignore

  it('finds the complaint in the ledger, triages, investigates and answers it', async () => {
    const { page } = t;
    await page.getByRole('menuitem', { name: '工作台账' }).first().click();
    await page.waitForURL('**/leads');
    const table = page.getByTestId('lead-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await noCodes(page, 'lead-table');
    await screenshot(page, 'leads-list');
    await page.getByTestId('lead-search').locator('input').fill(MARK);
    await page.getByTestId('lead-search').locator('input').press('Enter');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await table.innerText()).toContain('已受理');
    await table.getByTestId('lead-open').click();
    await page.getByTestId('lead-page').waitFor();
    // The handling authority reads the contact.
    expect(await page.getByTestId('lead-contact').innerText()).toContain(PHONE);

    await act(page, 'triage', async (m) => m.getByTestId('lead-triage-note').fill('由鉴定处核查。'));
    await expect.poll(() => page.getByTestId('lead-status-tag').innerText()).toBe('已分办');
    await act(page, 'investigate', async (m) =>
      m.getByTestId('lead-investigate-note').fill('电话回访投诉人，调取招生材料。'),
    );
    await expect.poll(() => page.getByTestId('lead-status-tag').innerText()).toBe('核查中');
    await act(page, 'answer', async (m) =>
      m.getByTestId('lead-answer-answer').fill(`经核查，反映属实，已责令该机构停止虚假宣传（${MARK}）。`),
    );
    await expect.poll(() => page.getByTestId('lead-status-tag').innerText()).toBe('已答复');
    expect(await page.getByTestId('lead-history').innerText()).toContain('答复投诉人');
    await noCodes(page, 'lead-page');
    await screenshot(page, 'lead-answered');
  });

  it('the tracking page shows the answer, never the contact', async () => {
    const { context, page } = await openPhone(browser);
    await page.goto('/complaint/track');
    await page.getByTestId('track-code').fill(code.toLowerCase().replace(/-/g, ''));
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-answer').waitFor();
    expect(await page.getByTestId('track-status').innerText()).toBe('已答复');
    expect(await page.getByTestId('track-answer').innerText()).toContain(MARK);
    expect(await page.getByTestId('track-result').innerText()).not.toContain(PHONE);
    await noSidewaysScroll(page);
    await screenshot(page, 'complaint-track-answered-phone');
    await context.close();
  });
});

describe('责令整改: 黔程 reports with evidence, guizhou accepts', () => {
  interface Rect {
    id: string;
    status: string;
    subject: string;
  }
  let target: Rect;
  beforeAll(async () => {
    const list = await apiAs<{ items: Rect[] }>('inst_gz', '/rectifications?status=open&pageSize=100');
    target = list.items.find((r) => r.subject.includes('公示收费项目'))!;
    expect(target, 'the demo has 黔程’s open order to publish its fees').toBeTruthy();
  });

  it('the institution reports what it did with a file', async () => {
    const t = await openPage(browser);
    await logIn(t.page, 'inst_gz');
    const { page } = t;
    await page.getByRole('menuitem', { name: '责令整改' }).first().click();
    await page.getByTestId('rect-table').locator('tbody tr.ant-table-row').first().waitFor();
    await noCodes(page, 'rect-table');
    await page.goto(`/rectifications/${target.id}`);
    await page.getByTestId('rect-report-form').waitFor();
    await page
      .getByTestId('rect-report-text')
      .fill('已在官网和报名大厅公示收费项目、标准和依据，附公示截图。');
    await page
      .getByTestId('rect-report-files')
      .locator('input[type=file]')
      .setInputFiles({
        name: '收费公示截图.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(
          '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
        ),
      });
    await page.getByTestId('rect-report-submit').click();
    await expect.poll(() => page.getByTestId('rect-status-tag').innerText()).toBe('已报告，待核验');
    expect(await page.getByTestId('rect-file').first().innerText()).toContain('收费公示截图.pdf');
    await screenshot(page, 'rectification-reported');
    await t.context.close();
  });

  it('the authority accepts it', async () => {
    const t = await openPage(browser);
    await logIn(t.page, 'guizhou');
    const { page } = t;
    await page.goto('/rectifications?overdue=true');
    await page.getByTestId('rect-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('rect-table').innerText()).toContain('逾期');
    await page.goto(`/rectifications/${target.id}`);
    await page.getByTestId('rect-verify-form').waitFor();
    await page.getByTestId('rect-verdict-choice').getByText('已整改，核验通过').click();
    await page.getByTestId('rect-verify-reason').fill('官网和现场均已公示，整改到位。');
    await page.getByTestId('rect-verify-submit').click();
    await expect.poll(() => page.getByTestId('rect-status-tag').innerText()).toBe('已整改（核验通过）');
    expect(await page.getByTestId('rect-verdict').innerText()).toContain('核验通过');
    await noCodes(page, 'rectification-page');
    await screenshot(page, 'rectification-accepted');
    await t.context.close();
  });
});
