// Import of existing filings (备案/遴选存量导入, docs/decisions/0022): row-by-row validation with the
// row, the column's header and a Chinese message; a sheet with any error writes nothing; the same
// file twice adds nothing; a changed row updates its imported entry; the directory marks each
// imported entry with its source; every write is audited; only a system administrator may import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import {
  FilingsImportRejected,
  importFilings,
  type FilingsImportReport,
} from '../../src/use-cases/filings-import/import-filings.js';
import { IMPORT_COLUMNS } from '../../src/use-cases/filings-import/columns.js';
import { findPublicEntry, listPublicEntries } from '../../src/persistence/directory.repository.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { demoActor, refusal, testUscc } from '../workflow/demo-fixtures.js';
import type { Actor } from '../../src/policies/actor.js';
import { AppError } from '../../src/domain/errors.js';

let h: DatabaseHandle;
let admin: Actor;
beforeAll(async () => {
  h = await openTestDatabase();
  await seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
  admin = await demoActor(h.db, 'admin');
}, 60_000);
afterAll(async () => h?.close());

const NOW = new Date('2026-06-01T02:00:00Z');
const HEADER = IMPORT_COLUMNS.map((c) => c.zh);
const csv = (rows: (string | undefined)[][]) =>
  [HEADER, ...rows]
    .map((r) =>
      r.map((v) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','),
    )
    .join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);
const run = (text: string, fileName = 'filings.csv', dryRun = false) =>
  importFilings(
    { db: h.db, caller: admin, now: NOW },
    { fileName, bytes: bytes(text), ...(dryRun ? { dryRun } : {}) },
  );
async function rejected(p: Promise<unknown>): Promise<FilingsImportReport> {
  const err = await refusal(p);
  expect(err).toBeInstanceOf(FilingsImportRejected);
  expect(err.status).toBe(422);
  expect(err.code).toBe('FILINGS_IMPORT_INVALID');
  return (err as FilingsImportRejected).report;
}

const ZJ = '浙江省人力资源和社会保障厅';
const GZ = '贵州省人力资源和社会保障厅';
const socialOrg = testUscc('52', '330106');
const employer = testUscc('91', '330108');
const txOrg = testUscc('91', '110108');
const gzBranchUscc = testUscc('91', '520102');
// name, kind, USCC, code, authority, decision, from, to, scope, programmes, branches, legal rep, address
const GOOD: string[][] = [
  [
    '杭州西溪职业技能评价中心',
    '社会培训评价组织',
    socialOrg,
    'S3320230001',
    ZJ,
    '2023-04-10',
    '2023-05-01',
    '2028-04-30',
    '4-10-01-06:4/5；4-03-02-01:3/4/5',
    '',
    '',
    '许文',
    '浙江省杭州市西湖区天目山路 1 号',
  ],
  [
    '浙江海纳机电有限公司',
    '用人单位',
    employer,
    'Y3320220007',
    ZJ,
    '2022-09-01',
    '2022-09-15',
    '',
    '6-31-01-03:3/4/5',
    '',
    `贵州省|浙江海纳机电有限公司贵州分公司|${gzBranchUscc}|Y3320220007-52001`,
    '',
    '',
  ],
  [
    '北京云帆教育科技有限公司',
    '职业教育培训评价组织',
    txOrg,
    'T1120210003',
    '国务院职业教育工作部际联席会议办公室',
    '2021-03-01',
    '2021-03-01',
    '2026-02-28',
    '',
    '智能财税:初级/中级/高级',
    '',
    '',
    '',
  ],
];

describe('row-by-row validation: the report names the row, the column and what is wrong; nothing is written', () => {
  it('a bad USCC, an unknown occupation, bad dates, an unknown authority, a duplicate filing code', async () => {
    const badUscc = `${socialOrg.slice(0, 17)}${socialOrg[17] === '0' ? '1' : '0'}`;
    const report = await rejected(
      run(
        csv([
          [
            '甲评价中心',
            '社会培训评价组织',
            badUscc,
            'S1',
            ZJ,
            '2023-01-01',
            '2023-01-01',
            '2026-01-01',
            '4-10-01-06:4',
          ],
          [
            '乙评价中心',
            '社会培训评价组织',
            testUscc('52', '330106'),
            'S2',
            ZJ,
            '2023-01-01',
            '2023-01-01',
            '',
            '4-99-99-99:3',
          ],
          [
            '丙评价中心',
            '社会培训评价组织',
            testUscc('52', '330106'),
            'S3',
            ZJ,
            '2023-02-30',
            '2023-03-01',
            '2023-02-01',
            '4-10-01-06:6',
          ],
          [
            '丁评价中心',
            '社会培训评价组织',
            testUscc('52', '330106'),
            'S4',
            '某某人社局',
            '2027-01-01',
            '2023-01-01',
            '',
            '4-10-01-06:4',
          ],
          [
            '戊评价中心',
            '社会培训评价组织',
            testUscc('52', '330106'),
            'S1',
            GZ,
            '2023-01-01',
            '2023-01-01',
            '',
            '4-10-01-06:4',
          ],
          ['己评价中心', '社会组织', testUscc('52', '330106'), 'S6', ZJ, '2023-01-01', '2023-01-01', '', ''],
        ]),
      ),
    );
    expect(report.written).toBe(false);
    const at = (row: number) =>
      report.issues.filter((i) => i.row === row).map((i) => `${i.column}：${i.message}`);
    expect(at(2)).toEqual([expect.stringMatching(/^统一社会信用代码：.*校验/)]);
    expect(at(3)).toEqual(['认定范围：职业编码 4-99-99-99 不在职业分类目录中']);
    expect(at(4)).toEqual([
      '决定日期：「2023-02-30」不是有效日期（格式 YYYY-MM-DD，如 2024-03-15）',
      '有效期止：有效期止 2023-02-01 早于有效期起 2023-03-01',
      expect.stringContaining('认定范围：「4-10-01-06:6」格式不对'),
    ]);
    expect(at(5)).toEqual([
      '备案（遴选）部门：「某某人社局」不是本系统已登记的监管部门（请填写部门全称）',
      '决定日期：决定日期 2027-01-01 晚于今天（2026-06-01），存量导入只收已作出的决定',
    ]);
    // Row 6: the same filing code as row 2, and a Guizhou department for a Zhejiang-registered organisation.
    expect(at(6)).toEqual([
      '备案编号：备案编号「S1」与第 2 行重复',
      expect.stringContaining('贵州省人力资源和社会保障厅的辖区不包括该机构的登记地（杭州市）'),
    ]);
    expect(at(7)).toEqual([
      expect.stringContaining('机构类别：「社会组织」不是机构类别'),
      '认定范围：必填：职业编码:等级，如 4-10-01-05:3/4/5',
    ]);
    expect(await h.db.selectFrom('filing_import_batches').select('id').execute()).toEqual([]);
  });

  it('a missing required column, an unknown column and a file that is neither CSV nor Excel are reported for the file', async () => {
    const noCode = await rejected(
      run('机构名称,机构类别,统一社会信用代码,备案（遴选）部门,决定日期,有效期起,颜色\n'),
    );
    expect(noCode.issues.map((i) => i.message)).toEqual([
      '表头「颜色」不是模板中的列（请使用下载的模板）',
      '缺少必填列「备案编号」',
    ]);
    const garbage = await rejected(
      importFilings(
        { db: h.db, caller: admin, now: NOW },
        { fileName: 'x.csv', bytes: new Uint8Array([0xff, 0xfe, 0x00]) },
      ),
    );
    expect(garbage.issues[0]!.message).toContain('UTF-8');
  });

  it('a USCC already registered under another name is refused (no silent reassignment)', async () => {
    // 52520115MJ5K3R2C8B is the demo's 贵阳市黔程职业技能评价中心.
    const report = await rejected(
      run(
        csv([
          [
            '黔程评价',
            '社会培训评价组织',
            '52520115MJ5K3R2C8B',
            'S5220230099',
            GZ,
            '2023-01-01',
            '2023-01-01',
            '',
            '4-10-01-06:4',
          ],
        ]),
      ),
    );
    expect(report.issues).toEqual([
      {
        row: 2,
        column: '统一社会信用代码',
        message: expect.stringContaining('该代码已登记为「贵阳市黔程职业技能评价中心」'),
      },
    ]);
  });
});

describe('a clean sheet: imported in one transaction, marked in the directory, idempotent, audited', () => {
  let first: FilingsImportReport;

  it('a dry run reports what would happen and writes nothing', async () => {
    const dry = await run(csv(GOOD), 'filings.csv', true);
    expect(dry).toMatchObject({ written: false, dryRun: true, inserted: 3, batchId: null });
    expect(
      await h.db.selectFrom('institutions').select('id').where('uscc', '=', socialOrg).execute(),
    ).toEqual([]);
  });

  it('registers the institutions and the branch, publishes one entry per filing and per branch filing', async () => {
    first = await run(csv(GOOD), '浙江存量备案.csv');
    expect(first).toMatchObject({ written: true, rowsTotal: 3, inserted: 3, updated: 0, unchanged: 0 });
    const inst = await h.db
      .selectFrom('institutions')
      .selectAll()
      .where('uscc', '=', socialOrg)
      .executeTakeFirstOrThrow();
    expect(inst).toMatchObject({
      name: '杭州西溪职业技能评价中心',
      kind: 'social_org',
      status: 'active',
      jurisdiction_code: '330100',
    });
    const list = await listPublicEntries(
      h.db,
      { q: '浙江海纳', today: '2026-06-01' },
      { page: 1, pageSize: 20 },
    );
    expect(list.items.map((e) => [e.filingCode, e.branchName, e.jurisdictionCode, e.authority.name])).toEqual(
      expect.arrayContaining([
        ['Y3320220007', null, '330100', ZJ],
        ['Y3320220007-52001', '浙江海纳机电有限公司贵州分公司', '520100', GZ],
      ]),
    );
    const entry = list.items.find((e) => e.branchName === null)!;
    expect(entry.imported).toEqual({
      batchId: first.batchId,
      fileName: '浙江存量备案.csv',
      importedOn: '2026-06-01',
      row: 3,
    });
    expect(entry.validTo).toBeNull();
    const tx = await listPublicEntries(
      h.db,
      { q: '云帆', includeLapsed: true, today: '2026-06-01' },
      { page: 1, pageSize: 5 },
    );
    expect(tx.items[0]).toMatchObject({
      current: false,
      programmes: [{ name: '智能财税', levels: ['junior', 'intermediate', 'senior'] }],
      regime: '1x-selection',
    });
    // The registry follows: scope rows active with the filing's validity.
    const scopes = await h.db
      .selectFrom('institution_scopes')
      .select(['occupation_code', 'level', 'status', 'valid_to'])
      .where('institution_id', '=', inst.id)
      .orderBy('occupation_code')
      .orderBy('level')
      .execute();
    expect(scopes).toHaveLength(5);
    expect(scopes.every((s) => s.status === 'active' && s.valid_to === '2028-04-30')).toBe(true);
  });

  it('the same file again adds nothing: every row unchanged', async () => {
    const count = async () =>
      Number(
        (
          await h.db
            .selectFrom('directory_entries')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const again = await run(csv(GOOD), '浙江存量备案.csv');
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 3 });
    expect(await count()).toBe(before);
    expect(
      await h.db
        .selectFrom('institutions')
        .select('id')
        .where('uscc', 'in', [socialOrg, employer, txOrg])
        .execute(),
    ).toHaveLength(3);
    expect(
      await h.db.selectFrom('branches').select('id').where('uscc', '=', gzBranchUscc).execute(),
    ).toHaveLength(1);
  });

  it('a changed row updates its imported entry (audited with before and after); a dropped scope ends in the registry', async () => {
    const changed = GOOD.map((r) => [...r]);
    changed[0]![7] = '2029-04-30';
    changed[0]![8] = '4-10-01-06:4/5';
    const report = await run(csv(changed), '浙江存量备案（更正）.csv');
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect(report.rows[0]).toMatchObject({ row: 2, filingCode: 'S3320230001', outcome: 'updated' });
    const entry = await h.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('filing_code', '=', 'S3320230001')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ valid_to: '2029-04-30', import_batch_id: report.batchId, version: 2 });
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['before_data', 'after_data'])
      .where('entity', '=', 'directory_entry')
      .where('entity_id', '=', entry.id)
      .where('action', '=', 'import_update')
      .executeTakeFirstOrThrow();
    expect(audit.before_data).toMatchObject({ validTo: '2028-04-30' });
    expect(audit.after_data).toMatchObject({
      validTo: '2029-04-30',
      fileName: '浙江存量备案（更正）.csv',
    });
    const ended = await h.db
      .selectFrom('institution_scopes as s')
      .innerJoin('institutions as i', 'i.id', 's.institution_id')
      .select(['s.status'])
      .where('i.uscc', '=', socialOrg)
      .where('s.occupation_code', '=', '4-03-02-01')
      .execute();
    expect(ended.map((s) => s.status)).toEqual(['ended', 'ended', 'ended']);
    const pub = await findPublicEntry(h.db, entry.id, '2026-06-01');
    expect(pub?.scopes.map((s) => s.occupationCode)).toEqual(['4-10-01-06', '4-10-01-06']);
  });

  it('audits each batch, each registration and each entry in the same transaction', async () => {
    const rows = await h.db
      .selectFrom('audit_log')
      .select(['entity', 'action', 'actor_role', 'actor_user_id'])
      .where('entity', 'in', ['filing_import', 'directory_entry', 'institution', 'branch'])
      .where('action', 'in', ['import', 'import_update', 'import_register'])
      .execute();
    const n = (entity: string, action: string) =>
      rows.filter((r) => r.entity === entity && r.action === action).length;
    expect(n('filing_import', 'import')).toBe(3);
    expect(n('institution', 'import_register')).toBe(3);
    expect(n('branch', 'import_register')).toBe(1);
    expect(n('directory_entry', 'import')).toBe(4);
    expect(n('directory_entry', 'import_update')).toBe(1);
    expect(rows.every((r) => r.actor_role === 'sysadmin' && r.actor_user_id === admin.userId)).toBe(true);
  });

  it('a filing code of another institution, or one a case of this system published, is refused', async () => {
    const other = [...GOOD[0]!];
    other[2] = testUscc('52', '330106');
    other[0] = '另一家评价中心';
    const taken = await rejected(run(csv([other])));
    expect(taken.issues).toEqual([
      { row: 2, column: '备案编号', message: '该备案编号已属于另一机构或分支机构' },
    ]);

    const inst = await h.db
      .selectFrom('institutions')
      .select(['id', 'jurisdiction_code'])
      .where('uscc', '=', employer)
      .executeTakeFirstOrThrow();
    const zj = await h.db
      .selectFrom('authorities')
      .select('id')
      .where('name', '=', ZJ)
      .executeTakeFirstOrThrow();
    const caseId = '00000000-0000-4000-8000-00000000c0de';
    await h.db
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'social-org-filing',
        reference_no: 'TEST-IMPORT-1',
        institution_id: inst.id,
        authority_id: zj.id,
        jurisdiction_code: inst.jurisdiction_code,
        state: 'published',
        branch_id: null,
        parent_case_id: null,
        awaiting: null,
        snapshot: '{}',
        submitted_at: null,
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    await h.db
      .insertInto('directory_entries')
      .values({
        id: '00000000-0000-4000-8000-0000000e0de1',
        institution_id: inst.id,
        branch_id: null,
        case_id: caseId,
        procedure: 'social-org-filing',
        regime: 'mohrss-filing',
        filing_code: 'P3320260001',
        institution_name: '浙江海纳机电有限公司',
        institution_kind: 'employer',
        branch_name: null,
        jurisdiction_code: inst.jurisdiction_code,
        authority_id: zj.id,
        valid_from: '2026-01-01',
        valid_to: null,
        citations: '[]',
        published_on: '2026-01-01',
        published_by: null,
        withdrawn_on: null,
        withdrawn_at: null,
        withdrawn_by: null,
        withdrawal_reason: null,
        withdrawal_citations: null,
        withdrawal_case_id: null,
      })
      .execute();
    const row = [...GOOD[1]!];
    row[3] = 'P3320260001';
    row[10] = '';
    const byCase = await rejected(run(csv([row])));
    expect(byCase.issues).toEqual([
      {
        row: 2,
        column: '备案编号',
        message: '该备案编号已由本系统办理的案件公布，存量导入不能修改它（请核对编号）',
      },
    ]);
  });
});

describe('only a system administrator may import', () => {
  it('an authority officer is refused 403; the anonymous 401', async () => {
    const officer = await demoActor(h.db, 'zhejiang');
    const e = await refusal(
      importFilings({ db: h.db, caller: officer }, { fileName: 'a.csv', bytes: bytes(csv(GOOD)) }),
    );
    expect(e.status).toBe(403);
    const anon = await refusal(
      importFilings({ db: h.db, caller: null }, { fileName: 'a.csv', bytes: bytes(csv(GOOD)) }),
    );
    expect(anon).toBeInstanceOf(AppError);
    expect(anon.status).toBe(401);
  });
});

describe('Excel', () => {
  it('reads the first worksheet of an .xlsx with real date cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('存量备案');
    ws.addRow(HEADER);
    const uscc = testUscc('12', '330212');
    ws.addRow([
      '宁波海曙职业技术学校',
      '院校',
      uscc,
      'X3320240002',
      ZJ,
      new Date('2024-01-05T00:00:00Z'),
      new Date('2024-01-05T00:00:00Z'),
      new Date('2029-01-04T00:00:00Z'),
      '6-18-02-04:4/5',
    ]);
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = await importFilings(
      { db: h.db, caller: admin, now: NOW },
      { fileName: '院校.xlsx', bytes: buf },
    );
    expect(report).toMatchObject({ written: true, inserted: 1 });
    const e = await h.db
      .selectFrom('directory_entries')
      .selectAll()
      .where('filing_code', '=', 'X3320240002')
      .executeTakeFirstOrThrow();
    expect([e.published_on, e.valid_from, e.valid_to, e.institution_kind]).toEqual([
      '2024-01-05',
      '2024-01-05',
      '2029-01-04',
      'school',
    ]);
  });
});
