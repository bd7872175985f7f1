// 证书登记 (issue 11 points 5, 7) in the browser: 贵州黔康's staff (inst_qk) issue the certificates of a
// closed session (the demo issued them at first start, so the second issue is a no-op that says so),
// list their certificates and open one; the Guizhou department finds it by its number typed with spaces
// and in lower case, reveals the holder's document (audited) and sees the history; the list on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;
let number = '';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

describe('certificates, as 贵州黔康 and the Guizhou department', () => {
  it('the institution issues a closed session’s certificates and lists them', async () => {
    await logIn(t.page, 'inst_qk');
    await t.page.getByRole('menuitem', { name: '证书登记' }).click();
    await t.page.waitForURL('**/certificates');
    await t.page.getByRole('button', { name: '颁发证书' }).first().click();
    const sessions = t.page.getByTestId('issue-sessions');
    await sessions.getByRole('button', { name: '颁发证书' }).first().click();
    await t.page
      .getByText(/已颁发 \d+ 本证书|没有需要颁发的证书/)
      .first()
      .waitFor();
    await screenshot(t.page, 'certificates-01-issue');
    await t.page.keyboard.press('Escape');
    await t.page.reload();
    await t.page.getByRole('tab', { name: '证书列表' }).click();
    const table = t.page.getByTestId('certificates-table');
    const first = table.locator('a[href^="/certificates/"]').first();
    await first.waitFor();
    number = (await first.innerText()).trim();
    expect(number).toMatch(/^S0000\d{17}$/);
    expect(await table.innerText()).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/);
    await screenshot(t.page, 'certificates-02-list');
  });

  it('the department finds it by the number as typed, reveals the document and sees the history', async () => {
    const gz = await openPage(browser);
    try {
      await logIn(gz.page, 'guizhou');
      await gz.page.goto('/certificates');
      const typed = `${number.slice(0, 5).toLowerCase()} ${number.slice(5, 13)} ${number.slice(13)}`;
      await gz.page.getByTestId('search-number').fill(typed);
      await gz.page.getByRole('button', { name: '按编号查询' }).click();
      const results = gz.page.getByTestId('search-results');
      await results.getByText(number).click();
      await gz.page.getByTestId('certificate-detail').waitFor();
      const masked = await gz.page.getByTestId('holder-doc').innerText();
      expect(masked).toContain('*');
      await gz.page.getByRole('button', { name: '查看完整号码（记入审计）' }).click();
      await expect.poll(() => gz.page.getByTestId('holder-doc').innerText()).toMatch(/^\d{17}[\dX]$/);
      await gz.page.getByText('状态变更记录').waitFor();
      await screenshot(gz.page, 'certificates-03-detail');
      expect(gz.errors).toEqual([]);
    } finally {
      await gz.context.close();
    }
  });

  it('the list on a phone (390 px)', async () => {
    await t.page.setViewportSize({ width: 390, height: 844 });
    await t.page.goto('/certificates');
    await t.page.getByRole('tab', { name: '证书列表' }).click();
    await t.page.getByTestId('certificates-table').locator('a[href^="/certificates/"]').first().waitFor();
    await screenshot(t.page, 'certificates-04-phone');
    expect(t.errors).toEqual([]);
  });
});
