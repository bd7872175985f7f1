// The import of existing filings over HTTP: only the system administrator (401 anonymous, 403 anyone
// else — also for the template and the batch list); the template downloads as Excel and CSV; an upload
// (multipart) returns the report — 200 imported, 422 problem+json with the same report and nothing
// written; a body that is not multipart, or without a file, is a 422, never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestApp, login, TEST_DATA_KEY, type Session, type TestApp } from '../support/test-app.js';
import { createAuthorityUser, createSysadmin, FIXTURE_PASSWORD } from '../support/fixtures.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { IMPORT_COLUMNS } from '../../src/use-cases/filings-import/columns.js';
import { testUscc } from '../workflow/demo-fixtures.js';

let t: TestApp;
let admin: Session;
let staff: Session;
beforeAll(async () => {
  t = await openTestApp(async (h) => {
    await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
    await createSysadmin(h.db, 'root');
    await createAuthorityUser(h.db, 'dora');
  });
  admin = await login(t.app, 'root', FIXTURE_PASSWORD);
  staff = await login(t.app, 'dora', FIXTURE_PASSWORD);
}, 60_000);
afterAll(async () => t?.close());

function multipart(
  session: Session | null,
  file: { name: string; text: string } | null,
  fields: Record<string, string> = {},
) {
  const boundary = '----skillreg-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(file.text, 'utf8'),
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/filings-import',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
    },
    payload: Buffer.concat(parts),
  });
}

const ZJ = '浙江省人力资源和社会保障厅';
const header = IMPORT_COLUMNS.map((c) => c.zh).join(',');
const good = () =>
  `${header}\n温州瓯江职业技能评价中心,社会培训评价组织,${testUscc('52', '330302')},S3320249001,${ZJ},2024-02-01,2024-02-15,2029-02-14,4-10-01-06:4/5,,,,\n`;

describe('who may import', () => {
  it('anonymous 401; an authority officer 403 on every route; the administrator 2xx', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/filings-import/batches' })).statusCode).toBe(
      401,
    );
    expect((await multipart(null, { name: 'a.csv', text: good() })).statusCode).toBe(401);
    for (const url of ['/api/v1/filings-import/batches', '/api/v1/filings-import/template'])
      expect((await staff.inject('GET', url)).statusCode).toBe(403);
    const refused = await multipart(staff, { name: 'a.csv', text: good() });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await admin.inject('GET', '/api/v1/filings-import/batches')).statusCode).toBe(200);
  });
});

describe('the template', () => {
  it('downloads as Excel with the columns and an explanation sheet, and as CSV with a BOM', async () => {
    const x = await admin.inject('GET', '/api/v1/filings-import/template?format=xlsx');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['存量备案', '填写说明']);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(
      IMPORT_COLUMNS.map((c) => c.zh),
    );
    const c = await admin.inject('GET', '/api/v1/filings-import/template?format=csv');
    expect(c.body.startsWith(`\uFEFF${header}`)).toBe(true);
    expect((await admin.inject('GET', '/api/v1/filings-import/template?format=pdf')).statusCode).toBe(400);
  });
});

describe('upload', () => {
  it('a clean sheet: 200 with the report; the batch is listed', async () => {
    const dry = await multipart(admin, { name: '温州.csv', text: good() }, { dryRun: 'true' });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, written: false, inserted: 1 });
    const res = await multipart(admin, {
      name: '温州.csv',
      text: good().replace('S3320249001', 'S3320249002'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ written: true, inserted: 1, fileName: '温州.csv' });
    const batches = (await admin.inject('GET', '/api/v1/filings-import/batches')).json<{
      items: { fileName: string }[];
    }>();
    expect(batches.items.map((b) => b.fileName)).toContain('温州.csv');
  });

  it('a sheet with errors: 422 problem+json carrying the row-by-row report; nothing written', async () => {
    const res = await multipart(admin, {
      name: 'bad.csv',
      text: `${header}\n甲,用人单位,123,Y1,${ZJ},2024-13-01,2024-01-01,,6-31-01-03:4,,,,\n`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<{
      code: string;
      report: { written: boolean; issues: { row: number; column: string }[] };
    }>();
    expect(body.code).toBe('FILINGS_IMPORT_INVALID');
    expect(body.report.written).toBe(false);
    expect(body.report.issues.map((i) => [i.row, i.column])).toEqual([
      [2, '统一社会信用代码'],
      [2, '决定日期'],
    ]);
  });

  it('not multipart, or no file: 422 UPLOAD_INVALID, never a 5xx', async () => {
    const json = await admin.inject('POST', '/api/v1/filings-import', { file: 'x' });
    expect([415, 422]).toContain(json.statusCode);
    const none = await multipart(admin, null, { dryRun: 'true' });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'UPLOAD_INVALID' });
  });
});
