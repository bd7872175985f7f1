import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from './support/test-database.js';
import type { DatabaseHandle } from '../src/persistence/database.js';
import {
  importOccupations,
  OccupationImportError,
  parseCsv,
  type ImportOptions,
} from '../src/persistence/occupations-import.js';
import { runImportOccupations } from '../src/cli/import-command.js';

// The full catalogue lives beside the repository (../shared/data); when it is absent the same
// assertions run against a generated file of the same format.
const SHARED = fileURLToPath(new URL('../../shared/data/occupations-2022.csv', import.meta.url));
const HEADER = 'code,name,major_code,major_name,middle_code,middle_name,minor_code,minor_name';

/** A well-formed catalogue with `counts[m]` occupations in major group m+1. */
function generatedCatalogue(counts: number[]): string {
  const lines = [HEADER];
  counts.forEach((n, m) => {
    const major = String(m + 1);
    for (let i = 1; i <= n; i++) {
      const middle = `${major}-0${1 + (i % 3)}`;
      const minor = `${middle}-0${1 + (i % 2)}`;
      const code = `${minor}-${String(i).padStart(2, '0')}`;
      lines.push(
        [code, `职业${code}`, major, `大类${major}`, middle, `中类${middle}`, minor, `小类${minor}`].join(
          ',',
        ),
      );
    }
  });
  return lines.join('\r\n') + '\r\n';
}

const sharedPresent = existsSync(SHARED);
// shared/data/README.md: 1,639 occupations, 大类 1–8 with 25, 492, 36, 356, 54, 671, 4, 1.
const catalogue = sharedPresent
  ? { text: readFileSync(SHARED, 'utf8'), perMajor: [25, 492, 36, 356, 54, 671, 4, 1] }
  : { text: generatedCatalogue([3, 5, 2, 4, 2, 6, 1, 1]), perMajor: [3, 5, 2, 4, 2, 6, 1, 1] };
const total = catalogue.perMajor.reduce((a, b) => a + b, 0);
const OPTS: ImportOptions = {
  edition: '2022',
  title: '中华人民共和国职业分类大典（2022年版）',
  source: 'test',
};

// One database for the file (opening one is the slow part); each group starts from an empty catalogue.
let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());
async function clearCatalogue() {
  await h.db.deleteFrom('occupations').execute();
  await h.db.deleteFrom('occupation_editions').execute();
}

const dataLines = () => catalogue.text.split(/\r?\n/).filter((l) => l !== '');

async function countRows(h: DatabaseHandle) {
  const r = await sql<{ major_code: string; n: number }>`
    select major_code, count(*)::int as n from occupations group by major_code order by major_code`.execute(
    h.db,
  );
  return r.rows.map((x) => x.n);
}

describe(`importOccupations on the ${sharedPresent ? 'shared 2022 catalogue' : 'generated sample catalogue'}`, () => {
  beforeAll(clearCatalogue);

  it(`loads every row (${total}) with the per-major counts and records the edition`, async () => {
    const r = await importOccupations(h.db, catalogue.text, OPTS);
    expect(r).toEqual({ inserted: total, updated: 0, unchanged: 0, edition: '2022' });
    expect(await countRows(h)).toEqual(catalogue.perMajor);
    const edition = await h.db.selectFrom('occupation_editions').selectAll().executeTakeFirstOrThrow();
    expect(edition).toMatchObject({ edition: '2022', row_count: total, title: OPTS.title });
    const editions = await h.db.selectFrom('occupations').select('edition').distinct().execute();
    expect(editions).toEqual([{ edition: '2022' }]);
  });

  it('re-importing the same file changes nothing: 0 inserted, 0 updated, no new audit row', async () => {
    const auditBefore = await h.db
      .selectFrom('audit_log')
      .select(h.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const editionBefore = await h.db.selectFrom('occupation_editions').selectAll().executeTakeFirstOrThrow();
    const r = await importOccupations(h.db, catalogue.text, OPTS);
    expect(r).toEqual({ inserted: 0, updated: 0, unchanged: total, edition: '2022' });
    const auditAfter = await h.db
      .selectFrom('audit_log')
      .select(h.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
    expect(await h.db.selectFrom('occupation_editions').selectAll().executeTakeFirstOrThrow()).toEqual(
      editionBefore,
    );
  });

  it('a file with one bad row is refused with its line number, and nothing is written — not even the good changes', async () => {
    const lines = dataLines();
    const [code, name, ...rest] = lines[1]!.split(',');
    lines[1] = [code, `${name}（改名）`, ...rest].join(','); // a valid change on line 2
    const bad = lines[5]!.split(',');
    bad[0] = bad[0]!.replace(/-(\d\d)$/, '-$1x'); // line 6: code no longer D-DD-DD-DD
    lines[5] = bad.join(',');
    const wrongMinor = lines[7]!.split(',');
    wrongMinor[6] = '9-99-99'; // line 8: 小类 not the code's prefix
    lines[7] = wrongMinor.join(',');

    const err = await importOccupations(h.db, lines.join('\n'), OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OccupationImportError);
    const issues = (err as OccupationImportError).issues;
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [6, 'code'],
      [8, 'minor_code'],
    ]);
    expect(issues[0]!.message).toContain('格式应为 D-DD-DD-DD');
    expect((err as OccupationImportError).detail).toMatch(/^共 2 处错误，未写入任何数据：第 6 行（code）/);
    const row = await h.db
      .selectFrom('occupations')
      .select('name')
      .where('code', '=', code!)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(name);
    expect(await countRows(h)).toEqual(catalogue.perMajor);
  });

  it('counts a changed name and a changed edition as updates', async () => {
    const lines = dataLines();
    const [code, name, ...rest] = lines[1]!.split(',');
    lines[1] = [code, `${name}（更正）`, ...rest].join(',');
    const renamed = await importOccupations(h.db, lines.join('\n'), OPTS);
    expect(renamed).toEqual({ inserted: 0, updated: 1, unchanged: total - 1, edition: '2022' });
    const reEdition = await importOccupations(h.db, lines.join('\n'), { ...OPTS, edition: '2022r1' });
    expect(reEdition).toEqual({ inserted: 0, updated: total, unchanged: 0, edition: '2022r1' });
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['entity_id', 'action'])
      .where('entity', '=', 'occupation_edition')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { entity_id: '2022', action: 'import' },
      { entity_id: '2022', action: 'import' },
      { entity_id: '2022r1', action: 'import' },
    ]);
  });
});

describe('importOccupations: format and validation', () => {
  beforeAll(clearCatalogue);

  it('imports quoted names holding a comma, a doubled quote and a line break exactly', async () => {
    const text =
      '\uFEFF' +
      [
        HEADER,
        '6-31-01-03,"电工,（含维修电工）",6,"生产制造及有关人员",6-31,"生产辅助人员",6-31-01,"机械设备修理人员"',
        '6-31-01-04,"仪器""仪表""维修工",6,生产制造及有关人员,6-31,生产辅助人员,6-31-01,机械设备修理人员',
        '4-10-01-05,"养老护理员\r\n（第二行）",4,"社会生产服务和生活服务人员",4-10,"居民服务人员",4-10-01,"生活照料服务人员"',
      ].join('\r\n');
    const r = await importOccupations(h.db, text, { ...OPTS, edition: 'quoted' });
    expect(r).toEqual({ inserted: 3, updated: 0, unchanged: 0, edition: 'quoted' });
    const names = await h.db.selectFrom('occupations').select(['code', 'name']).orderBy('code').execute();
    expect(names).toEqual([
      { code: '4-10-01-05', name: '养老护理员\r\n（第二行）' },
      { code: '6-31-01-03', name: '电工,（含维修电工）' },
      { code: '6-31-01-04', name: '仪器"仪表"维修工' },
    ]);
    const again = await importOccupations(h.db, text, { ...OPTS, edition: 'quoted' });
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 3, edition: 'quoted' });
  });

  it('reports each kind of bad row in Chinese with the line the record starts on', async () => {
    const text = [
      HEADER,
      '"6-18-02-04,焊工,6,x,6-18,y,6-18-02,z', // line 2: quote never closed — swallows the rest
    ].join('\n');
    await expect(importOccupations(h.db, text, OPTS)).rejects.toMatchObject({
      issues: [{ line: 2, message: expect.stringContaining('引号未闭合') }],
    });
    const many = [
      HEADER,
      '6-18-02-04,,6,x,6-18,y,6-18-02,z', // 2: empty name
      '6-18-02-05,焊"工,6,x,6-18,y,6-18-02,z', // 3: bare quote
      '6-18-02-06,钳工,5,x,6-18,y,6-18-02,z', // 4: 大类 mismatch
      '6-18-02-07,铆工,6,x,6-19,y,6-18-02,z', // 5: 中类 mismatch
      '6-18-02-08,锻工,6,x,6-18,y', // 6: too few fields
      '6-18-02-09,锻造工,6,x,6-18,y,6-18-02,z',
      '6-18-02-09,锻造工,6,x,6-18,y,6-18-02,z', // 8: duplicate code
      '6-18-02-10,冲压工,6,另一个名称,6-18,y,6-18-02,z', // 9: 大类 6 named differently
      '9-18-02-11,热处理工,9,x,9-18,y,9-18-02,z', // 10: major 9 does not exist
    ].join('\n');
    const err = (await importOccupations(h.db, many, OPTS).catch((e: unknown) => e)) as OccupationImportError;
    expect(err.issues.map((i) => i.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10]);
    expect(err.issues.map((i) => i.message)).toEqual([
      '名称不能为空',
      expect.stringContaining('未加引号的字段中出现双引号'),
      '大类编码应为 6，实际为“5”',
      '中类编码应为 6-18，实际为“6-19”',
      '应有 8 个字段，实际 6 个',
      '职业编码 6-18-02-09 与第 7 行重复',
      '分类 6 的名称“另一个名称”与第 7 行的“x”不一致',
      expect.stringContaining('格式应为 D-DD-DD-DD'),
    ]);
    expect(err.status).toBe(422);
    expect(err.code).toBe('OCCUPATION_IMPORT_INVALID');
    expect(
      await h.db.selectFrom('occupations').select('code').where('code', 'like', '6-18-02-%').execute(),
    ).toEqual([]);
  });

  it('refuses a missing header column, an empty file and a malformed edition name', async () => {
    await expect(importOccupations(h.db, 'code,name\n6-18-02-04,焊工', OPTS)).rejects.toMatchObject({
      issues: [{ line: 1, message: expect.stringContaining('表头缺少列：major_code') }],
    });
    await expect(importOccupations(h.db, '', OPTS)).rejects.toMatchObject({
      issues: [{ line: 1, message: '文件为空，缺少表头' }],
    });
    await expect(importOccupations(h.db, HEADER + '\n', OPTS)).rejects.toMatchObject({
      issues: [{ line: 1, message: '文件没有数据行' }],
    });
    await expect(
      importOccupations(h.db, generatedCatalogue([1]), { ...OPTS, edition: '2022 版' }),
    ).rejects.toMatchObject({
      issues: [{ line: 0, message: expect.stringContaining('版本标识“2022 版”无效') }],
    });
  });
});

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF or LF, skips blank lines and tracks the starting line of each record', () => {
    const { records, issues } = parseCsv('a,b\r\n\r\n"x\ny",z\nlast,"",\n');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['x\ny', 'z'] },
      { line: 5, fields: ['last', '', ''] },
    ]);
  });

  it('rejects text after a closing quote', () => {
    expect(parseCsv('"a"b,c').issues).toEqual([{ line: 1, message: '结束引号后应紧跟逗号或换行' }]);
  });
});

describe('npm run cli -- import occupations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillreg-import-'));
  beforeAll(clearCatalogue);

  it('imports with edition 2022 by default and prints a Chinese and English summary', async () => {
    const file = join(dir, 'sample.csv');
    writeFileSync(file, generatedCatalogue([2, 0, 0, 1]));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await runImportOccupations(h.db, file, [])).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toBe(
        '职业分类导入完成（版本 2022）：新增 3，更新 0，未变 0\n' +
          'occupations imported (edition 2022): 3 inserted, 0 updated, 0 unchanged',
      );
    } finally {
      log.mockRestore();
    }
    const edition = await h.db.selectFrom('occupation_editions').selectAll().executeTakeFirstOrThrow();
    expect(edition).toMatchObject({
      edition: '2022',
      title: '中华人民共和国职业分类大典（2022年版）',
      row_count: 3,
    });
  });

  it('takes --edition, --title and --source; exits 1 with numbered errors for a bad file and 2 for bad options', async () => {
    const file = join(dir, 'other.csv');
    writeFileSync(file, generatedCatalogue([0, 0, 0, 0, 2]));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(
        await runImportOccupations(h.db, file, [
          '--edition',
          '2025',
          '--title',
          '新版',
          '--source',
          '人社部公告',
        ]),
      ).toBe(0);
      const bad = join(dir, 'bad.csv');
      writeFileSync(bad, `${HEADER}\n5-01-01-1,x,5,a,5-01,b,5-01-01,c\n`);
      expect(await runImportOccupations(h.db, bad, [])).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toContain(
        '第 2 行（code）：职业编码“5-01-01-1”格式应为 D-DD-DD-DD',
      );
      expect(await runImportOccupations(h.db, file, ['--edtion', '2025'])).toBe(2);
      expect(await runImportOccupations(h.db, join(dir, 'missing.csv'), [])).toBe(1);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    const e = await h.db
      .selectFrom('occupation_editions')
      .selectAll()
      .where('edition', '=', '2025')
      .executeTakeFirstOrThrow();
    expect(e).toMatchObject({ title: '新版', source: '人社部公告', row_count: 2 });
  });
});
