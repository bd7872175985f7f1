// 考生 (issue 11 point 2) as 贵州黔康's staff (inst_qk) on its planned demo session: the session page's 考生
// tab lists the demo candidates with masked numbers; a new candidate is registered; 吴某某, banned by
// 浙江 under mohrss-violations §7(4), is refused in Guizhou with the ban's last day and article; the roster
// template downloads as Excel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mod112CheckCharacter } from '../src/domain/id-number.js';
import { apiAs, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

const id = (first17: string) => first17 + mod112CheckCharacter(first17);
/** The demo's banned person (src/persistence/seed/demo/candidates.ts DEMO_BANNED). */
const BANNED = id('33010619950312027');

describe('candidates, as 贵州黔康', () => {
  it('opens the planned session’s page from the list and sees its candidates, masked', async () => {
    // The demo's candidates are on one of 黔康's planned sessions; other specs on the same server may
    // have planned more, so the row to open is found by its id, not by its place in the list.
    const planned = await apiAs<{ items: { id: string }[] }>(
      'inst_qk',
      '/evaluation-sessions?status=planned&pageSize=100',
    );
    let demoSession: string | undefined;
    for (const { id: sessionId } of planned.items) {
      const list = await apiAs<{ items: { name: string }[] }>(
        'inst_qk',
        `/evaluation-sessions/${sessionId}/candidates`,
      );
      if (list.items.some((c) => c.name === '陈晓燕')) demoSession = sessionId;
    }
    expect(demoSession).toBeDefined();
    await logIn(t.page, 'inst_qk');
    await t.page.goto('/evaluation-sessions?status=planned');
    await t.page
      .locator(`[data-testid="sessions-table"] a[href$="/evaluation-sessions/${demoSession}"]`)
      .click();
    await t.page.waitForURL(new RegExp(`/evaluation-sessions/${demoSession}`));
    await t.page.getByRole('tab', { name: '考生' }).waitFor();
    const table = t.page.getByTestId('candidates-table');
    await table.getByText('陈晓燕').waitFor();
    await table.getByText('已撤回').waitFor();
    expect(await table.innerText()).not.toMatch(/\d{17}[\dX]/);
    await screenshot(t.page, 'candidates-01-tab');
  });

  it('registers a candidate', async () => {
    await t.page.getByRole('button', { name: '登记考生' }).click();
    const form = t.page.getByTestId('register-form');
    await form.getByLabel('姓名').fill('龙小雨');
    await form.getByLabel('证件号码').fill(id('52010219980707035'));
    await t.page.getByRole('button', { name: /^登\s*记$/ }).click();
    await t.page.getByTestId('candidates-table').getByText('龙小雨').waitFor();
    await screenshot(t.page, 'candidates-02-registered');
  });

  it('refuses the person Zhejiang banned, with the ban’s last day and article', async () => {
    await t.page.getByRole('button', { name: '登记考生' }).click();
    const form = t.page.getByTestId('register-form');
    await form.getByLabel('姓名').fill('吴某某');
    await form.getByLabel('证件号码').fill(BANNED);
    await t.page.getByRole('button', { name: /^登\s*记$/ }).click();
    const refusal = t.page.getByTestId('candidate-refusal');
    await refusal.getByText('2027-09-09', { exact: false }).first().waitFor();
    const text = await refusal.innerText();
    expect(text).toContain('第七条第（四）项');
    expect(text).not.toContain('浙江');
    expect(text).not.toContain(BANNED);
    await screenshot(t.page, 'candidates-03-banned');
    await t.page.getByRole('button', { name: /^取\s*消$/ }).click();
  });

  it('downloads the roster template as Excel', async () => {
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      t.page.getByTestId('roster-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe('考生名单导入模板.xlsx');
  });

  it('the Guizhou department sees the ban register', async () => {
    const g = await openPage(browser);
    try {
      await logIn(g.page, 'guizhou');
      await g.page.getByRole('menuitem', { name: '评价禁考名单' }).click();
      await g.page.getByTestId('bans-table').getByText('吴某某').waitFor();
      expect(await g.page.getByTestId('bans-table').innerText()).not.toMatch(/\d{17}[\dX]/);
      await screenshot(g.page, 'candidates-04-bans');
    } finally {
      await g.context.close();
    }
  });
});
