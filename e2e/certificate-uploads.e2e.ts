// 证书数据上报 (issue 11 point 6) as 贵州黔康's staff (inst_qk): a small CSV with two good rows, one issued
// the day before the filing's validity (refused citing mohrss-violations §15) and one with a wrong check
// digit is uploaded from the page; the job's progress shows rows read, registered and refused; the page
// still shows the upload after a reload (the job is in the address); the refused rows are listed and their
// Excel report downloads; the same file again registers nothing and says the two rows were already there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import ExcelJS from 'exceljs';
import { apiAs, launchBrowser, logIn, openPage, screenshot, type TestPage } from './support';

let browser: Browser;
let t: TestPage;
let csv: Buffer;

const HEADER = '证书编号,姓名,证件类型,证件号码,职业（工种）代码,等级,发证日期';
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** GB 11643 check character of the first 17 digits. */
function idNumber(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

const wrongCheckDigit = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  // The file is made from 黔康's own issuer code and filed scope, as its staff would fill the template.
  const uploads = await apiAs<{ items: { institutionId: string }[] }>('inst_qk', '/certificate-uploads');
  const institutionId = uploads.items[0]!.institutionId;
  const issuers = await apiAs<{
    items: { branchId: string | null; code: { issuerPrefix: string } | null }[];
  }>('inst_qk', `/certificate-issuer-codes?institutionId=${institutionId}`);
  const prefix = issuers.items.find((i) => i.branchId === null)!.code!.issuerPrefix;
  const options = await apiAs<{
    openers: {
      branchId: string | null;
      grants: { occupationCode: string; level: number; validFrom: string }[];
    }[];
  }>('inst_qk', '/evaluation-sessions/opening-options');
  const g = options.openers.find((o) => o.branchId === null)!.grants[0]!;
  const inScope = plusDays(g.validFrom, 10);
  const before = dayBefore(g.validFrom);
  const num = (date: string, serial: number) =>
    `${prefix}${date.slice(2, 4)}${g.level}${String(serial).padStart(6, '0')}`;
  const row = (date: string, serial: number, name: string, doc: string) =>
    `${num(date, serial)},${name},居民身份证,${doc},${g.occupationCode},${g.level},${date}`;
  csv = Buffer.from(
    [
      HEADER,
      row(inScope, 990_001, '测试甲', idNumber('52010219900101001')),
      row(before, 990_002, '测试乙', idNumber('52010219900101002')),
      row(inScope, 990_003, '测试丙', wrongCheckDigit(idNumber('52010219900101003'))),
      row(inScope, 990_004, '测试丁', idNumber('52010219900101004')),
    ].join('\n'),
    'utf8',
  );
});

afterAll(async () => {
  await t?.context.close();
  await browser?.close();
});

/** Uploads the file and answers the card of the new job. */
async function uploadFile(): Promise<Locator> {
  // The second upload starts on a page whose address already names the first job: wait for a new one,
  // and for its own card — for a moment after the address changes the page still shows the first job.
  const before = new URL(t.page.url()).searchParams.get('upload');
  await t.page
    .locator('input[type=file]')
    .setInputFiles({ name: '补报证书.csv', mimeType: 'text/csv', buffer: csv });
  await t.page.waitForURL((u) => {
    const id = u.searchParams.get('upload');
    return id !== null && id !== before;
  });
  const id = new URL(t.page.url()).searchParams.get('upload')!;
  return t.page.locator(`[data-testid="upload-job"][data-upload-id="${id}"]`);
}

describe('certificate data upload, as 贵州黔康', () => {
  // The demo history's uploads queue as bulk work (migration 0021): this upload goes first, behind at
  // most the batch of theirs that is running. The long timeouts are for a loaded CI machine.
  it('uploads a file with refused rows and watches the job to its end', async () => {
    await logIn(t.page, 'inst_qk');
    await t.page.getByRole('menuitem', { name: '证书数据上报' }).click();
    await t.page.waitForURL('**/certificate-uploads');
    const job = await uploadFile();
    await expect
      .poll(() => job.getByTestId('upload-status').textContent(), { timeout: 240_000 })
      .toBe('已完成');
    expect(await job.getByTestId('upload-rows-read').textContent()).toBe('4');
    expect(await job.getByTestId('upload-accepted').textContent()).toBe('2');
    expect(await job.getByTestId('upload-rejected').textContent()).toBe('2');
    await job.getByText('第十五条').first().waitFor();
    await job.getByText('证件号码').first().waitFor();
    await screenshot(t.page, 'uploads-01-finished');
  }, 300_000);

  it('still shows the upload after a reload, and its report downloads as Excel', async () => {
    await t.page.reload();
    const job = t.page.getByTestId('upload-job');
    expect(await job.getByTestId('upload-accepted').textContent()).toBe('2');
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      job.getByTestId('upload-report').click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('原因');
    expect([ws.getRow(2).getCell(1).value, ws.getRow(3).getCell(1).value]).toEqual([3, 4]);
  });

  it('registers nothing the second time and says how many rows were already there', async () => {
    const job = await uploadFile();
    await expect
      .poll(() => job.getByTestId('upload-status').textContent(), { timeout: 240_000 })
      .toBe('已完成');
    expect(await job.getByTestId('upload-accepted').textContent()).toBe('0');
    expect(await job.getByTestId('upload-present').textContent()).toBe('2');
    await job.getByText('2 行已在登记册中').waitFor();
    await screenshot(t.page, 'uploads-02-again');
    expect(t.errors).toEqual([]);
  }, 300_000);
});
