// 监管看板 (issue 14 point 8) in the browser: guizhou's board renders its map and charts, a click on a
// chart opens the list behind it (filtered), the export downloads a valid workbook, and the board stacks
// on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { apiAs, launchBrowser, logIn, openPage, openPhone, type TestPage } from './support';

interface Widget {
  id: string;
  buckets: { key: string; value: number; link: string }[];
}

let browser: Browser;
let t: TestPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

describe('监管看板', () => {
  it('guizhou: map and charts render; a bar opens the institution list filtered by kind', async () => {
    t = await openPage(browser);
    const { page } = t;
    await logIn(page, 'guizhou');
    await page.getByRole('menuitem', { name: '监管看板' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByTestId('dashboard-map').locator('canvas').first().waitFor();
    const kinds = page.getByTestId('dashboard-widget-institutions-by-kind');
    await kinds.locator('canvas').first().waitFor();
    expect(await page.locator('[data-testid^="dashboard-widget-"]').count()).toBeGreaterThanOrEqual(6);

    // The bar of the largest kind: find it from the API (the same numbers), click its row of the chart.
    const d = await apiAs<{ widgets: Widget[] }>('guizhou', '/dashboard');
    const w = d.widgets.find((x) => x.id === 'institutions-by-kind')!;
    const index = w.buckets.findIndex((b) => b.value === Math.max(...w.buckets.map((x) => x.value)));
    const box = (await kinds.locator('canvas').first().boundingBox())!;
    // Bars fill the grid from top to bottom, one band each (grid top 8, bottom 8 px, the axis ~24 px).
    const band = (box.height - 8 - 32) / w.buckets.length;
    await page.mouse.click(box.x + box.width * 0.6, box.y + 8 + band * (index + 0.5));
    await page.waitForURL(/\/institutions\?kind=/);
    expect(new URL(page.url()).searchParams.get('kind')).toBe(w.buckets[index]!.key);
  });

  it('exports a valid workbook with a sheet per widget', async () => {
    const { page } = t!;
    await page.goto('/dashboard');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dashboard-export').click(),
    ]);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toContain('provinces');
    expect(names).toContain('certificates-per-month');
    expect(wb.getWorksheet('provinces')!.getRow(2).getCell(1).value).toBe('贵州省');
  });

  it('stacks on a phone', async () => {
    const { context, page } = await openPhone(browser);
    try {
      await logIn(page, 'zhejiang');
      await page.goto('/dashboard');
      await page.getByTestId('dashboard-map').locator('canvas').first().waitFor();
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(390);
      const a = (await page.getByTestId('dashboard-widget-institutions-by-kind').boundingBox())!;
      const b = (await page.getByTestId('dashboard-widget-institutions-by-status').boundingBox())!;
      expect(b.y).toBeGreaterThan(a.y + a.height - 1);
    } finally {
      await context.close();
    }
  });
});
