// 批量核验 by an employer's HR (issue 12 point 2): verifier_hr (贵州黔程人力资源服务有限公司) logs in, creates an
// API key — shown once, in full, with a copy button —, uploads a CSV of three numbers (one valid, the
// one 贵阳市人社局 declared invalid in the demo, one unknown), sees 有效 / 无效 / 未查到, and downloads the
// result file; the new key checks a certificate through the bearer API. guizhou sees the organisation's
// usage under 证书数据读取单位, and the one whose read rights it revoked, with the deletion order; that
// organisation's verifier sees the red notice. Screenshots on a desktop and on a 390 px phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import {
  apiAs,
  BASE_URL,
  launchBrowser,
  logIn,
  openPage,
  openPhone,
  screenshot,
  type TestPage,
} from './support';

let browser: Browser;
let valid: string;
let invalidated: string;
const unknown = 'S000052000001259999999';
const dir = mkdtempSync(join(tmpdir(), 'skillreg-verifiers-'));

beforeAll(async () => {
  browser = await launchBrowser();
  const list = await apiAs<{ items: { number: string }[] }>('inst_qk', '/certificates?status=valid&limit=5');
  valid = list.items[0]!.number;
  const bad = await apiAs<{ items: { number: string }[] }>('inst_qk', '/certificates?status=invalidated');
  invalidated = bad.items[0]!.number;
});
afterAll(async () => {
  await browser?.close();
});

describe('employer batch verification', () => {
  let hr: TestPage;
  let secret = '';

  it('verifier_hr creates a key, shown once with a copy button', async () => {
    hr = await openPage(browser);
    const { page } = hr;
    await logIn(page, 'verifier_hr');
    await page.getByRole('menuitem', { name: 'API 密钥' }).click();
    await page.getByText('贵州黔程人力资源服务有限公司').first().waitFor();
    // The demo's key: its prefix and the usage of the past days, never the key itself.
    await page
      .getByText(/srk_\w{8}…/)
      .first()
      .waitFor();
    await page.getByText('近 30 天用量').waitFor();
    await page.getByTestId('new-key').click();
    await page.getByLabel('用途').fill('入职核验');
    await page
      .getByRole('button', { name: /确\s*定|保\s*存|OK/ })
      .last()
      .click();
    const shown = page.getByTestId('api-key-secret');
    await shown.waitFor();
    secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^srk_[0-9A-Za-z]{40}$/);
    await expect(page.locator('.ant-typography-copy').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'verifier-keys-new-key');
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    await shown.waitFor({ state: 'detached' });
    // Listed by its prefix only.
    await page
      .getByRole('cell', { name: `${secret.slice(0, 12)}…` })
      .first()
      .waitFor();
    expect(await page.content()).not.toContain(secret.slice(12));
    await screenshot(page, 'verifier-keys');
  });

  it('the key checks certificates through the bearer API', async () => {
    const res = await fetch(`${BASE_URL}/api/v1/verifier/certificates/verify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ certificateNumber: valid }, { certificateNumber: invalidated }] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { result: string }[] };
    expect(body.results.map((r) => r.result)).toEqual(['valid', 'invalid']);
  });

  it('uploads a CSV of three numbers and sees 有效 / 无效 / 未查到, then downloads the XLSX', async () => {
    const { page } = hr;
    const csv = join(dir, '核验名单.csv');
    writeFileSync(csv, `\uFEFF证书编号\r\n${valid}\r\n${invalidated}\r\n${unknown}\r\n`);
    await page.getByRole('menuitem', { name: '批量核验' }).click();
    await page.getByTestId('batch-upload').waitFor();
    await page.locator('input[type=file]').setInputFiles(csv);
    const table = page.getByTestId('batch-results');
    await table.getByText(unknown).waitFor();
    const resultOf = async (n: string) =>
      (await table.locator('tr', { hasText: n }).locator('.ant-tag').textContent())?.trim();
    expect(await resultOf(valid)).toBe('有效');
    expect(await resultOf(invalidated)).toBe('无效');
    expect(await resultOf(unknown)).toBe('未查到');
    await screenshot(page, 'verifier-batch');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-results').click(),
    ]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/^批量核验结果-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect([2, 3, 4].map((r) => ws.getRow(r).getCell(5).value)).toEqual(['有效', '无效', '未查到']);
    expect(hr.errors).toEqual([]);
  });

  it('fits a 390 px phone', async () => {
    const { context, page } = await openPhone(browser);
    await logIn(page, 'verifier_hr');
    await page.goto('/verifier/keys');
    await page.getByText('贵州黔程人力资源服务有限公司').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'verifier-keys-phone');
    await page.goto('/verifier/batch');
    await page.getByTestId('batch-upload').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'verifier-batch-phone');
    await context.close();
  });

  it('guizhou sees the usage and the revoked organisation; its verifier sees the red notice', async () => {
    const gz = await openPage(browser);
    const { page } = gz;
    await logIn(page, 'guizhou');
    await page.getByRole('menuitem', { name: '证书数据读取单位' }).click();
    const table = page.getByTestId('verifier-organisations');
    const hrRow = table.locator('tr', { hasText: '贵州黔程人力资源服务有限公司' });
    await hrRow.waitFor();
    await hrRow.getByText('可读取').waitFor();
    const zyRow = table.locator('tr', { hasText: '遵义智聘人力资源有限公司' });
    await zyRow.getByText('已取消读取权限').waitFor();
    await zyRow.getByText('已责令删除').waitFor();
    // The usage per day and key of the HR organisation.
    await hrRow.locator('.ant-table-row-expand-icon').click();
    await page.getByText('核验证书数').first().waitFor();
    await screenshot(page, 'verifier-organisations');
    expect(gz.errors).toEqual([]);
    await gz.context.close();

    const zy = await openPage(browser);
    await logIn(zy.page, 'verifier_zy');
    await zy.page.goto('/verifier/keys');
    await zy.page.getByTestId('read-rights-notice').waitFor();
    await zy.page
      .getByText(/责令删除已读取的证书数据/)
      .first()
      .waitFor();
    await zy.page.getByText('已停止（读取权限已取消）').waitFor();
    await screenshot(zy.page, 'verifier-revoked-notice');
    await zy.context.close();
    await hr.context.close();
  });
});
