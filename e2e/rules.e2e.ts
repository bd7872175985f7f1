// The public rule catalogue: without logging in, the Guizhou rules show the verbatim text of §6 beside
// the rules that encode it, a trial evaluation of a check answers with an outcome whose findings cite
// their articles, and every check's facts form (generated from its JSON schema) produces facts the
// server accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, openPage, screenshot, type TestPage } from './support';

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

describe('rule catalogue (public)', () => {
  it('shows the text of gz-rules §6 beside its rules', async () => {
    await t.page.goto('/rules');
    await t.page.getByRole('tab', { name: '贵州省认定机构遴选及退出细则' }).click();
    await t.page.getByText('贵州省职业技能等级认定机构遴选及退出实施细则').first().waitFor();
    // §6(5): the full-time staff threshold, verbatim from the regulation
    const item = t.page.locator('.ant-card', { hasText: '专职工作人员数量不少于3人' }).last();
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain('gz-rules §6(5)');
    expect(text).toContain('已编码');
    // The rule shows by its name; its id is only in the hover title (no identifier on screen).
    expect(text).not.toMatch(/gz-rules\/6\/5/);
    expect(await item.locator('[title^="gz-rules/6/5"]').count()).toBeGreaterThan(0);
    await item.scrollIntoViewIfNeeded();
    await screenshot(t.page, '10-rules-gz-articles', { fullPage: false });
  });

  it('evaluates a check and shows the outcome with citations', async () => {
    await t.page.getByRole('tab', { name: /^试算/ }).click();
    await t.page.getByTestId('evaluate').click();
    const outcome = t.page.getByTestId('evaluation-outcome');
    await outcome.waitFor();
    expect(['通过', '不通过', '需裁量']).toContain((await outcome.innerText()).trim());
    const citations = await t.page.getByTestId('finding-citation').allInnerTexts();
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(c).toMatch(/^gz-rules §\d+/);
    await screenshot(t.page, '11-rules-gz-evaluate', { fullPage: false });
  });

  it('every check of the catalogue evaluates its own example from the generated form', async () => {
    const catalogue = (await (await fetch(`${BASE_URL}/api/v1/rules`)).json()) as {
      checks: { name: string; regime: string; title_zh: string }[];
    };
    expect(catalogue.checks.length).toBeGreaterThan(0);
    const failures: string[] = [];
    // One page load per regime; its checks are then picked one after the other in the trial's select
    // (in the catalogue's order, which the select keeps): a reload per check took over two minutes on
    // a loaded machine.
    const regimes = [...new Set(catalogue.checks.map((c) => c.regime))];
    for (const regime of regimes) {
      const checks = catalogue.checks.filter((c) => c.regime === regime);
      await t.page.goto(`/rules?regime=${regime}&view=evaluate&check=${encodeURIComponent(checks[0]!.name)}`);
      const select = t.page.getByTestId('check-select');
      for (const [i, c] of checks.entries()) {
        if (i > 0) {
          await select.click();
          await t.page.keyboard.press('ArrowDown');
          await t.page.keyboard.press('Enter');
        }
        // The form is the picked check's own (it starts again from that check's example); the select
        // names the check by its title (its id only on hover).
        await expect.poll(() => select.innerText()).toContain(c.title_zh);
        await t.page.getByTestId('evaluate').click();
        const outcome = t.page.getByTestId('evaluation-outcome');
        const problem = t.page.locator('.ant-alert-error');
        await outcome.or(problem).first().waitFor();
        if (!(await outcome.isVisible())) failures.push(`${c.name}: ${await problem.first().innerText()}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('raised no console errors', () => {
    expect(t.errors).toEqual([]);
  });
});
