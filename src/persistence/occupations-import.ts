// Imports the 职业分类大典 catalogue (one CSV row per occupation, the format of
// shared/data/occupations-2022.csv) into `occupations`: every row validated first, then one
// transaction that upserts by code in batches and records the edition. A file with any bad row
// writes nothing; re-importing the same file changes nothing (docs/reference-data.md).
import { sql, type Transaction } from 'kysely';
import { AppError } from '../domain/errors.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Database } from './database.js';
import type { DB } from './schema.js';

export const OCCUPATION_COLUMNS = [
  'code',
  'name',
  'major_code',
  'major_name',
  'middle_code',
  'middle_name',
  'minor_code',
  'minor_name',
] as const;
type Column = (typeof OCCUPATION_COLUMNS)[number];

export type OccupationRecord = Record<Column, string>;

export interface ImportOptions {
  /** Edition id recorded on every row, e.g. '2022'. */
  edition: string;
  title: string;
  source: string;
}

export interface ImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  edition: string;
}

export interface ImportIssue {
  /** Line of the file where the record starts (the header is line 1); 0 for the import options. */
  line: number;
  column?: Column;
  message: string;
}

/** Thrown when the file has bad rows; nothing has been written. */
export class OccupationImportError extends AppError {
  constructor(readonly issues: ImportIssue[]) {
    const shown = issues.slice(0, 20).map(issueText);
    const more = issues.length > shown.length ? `；另有 ${issues.length - shown.length} 处` : '';
    super(
      422,
      'OCCUPATION_IMPORT_INVALID',
      '职业分类文件有误，未导入任何数据',
      `共 ${issues.length} 处错误，未写入任何数据：${shown.join('；')}${more}`,
      issues.map((i) => ({ path: `line ${i.line}${i.column ? `.${i.column}` : ''}`, message: i.message })),
    );
  }
}

export const issueText = (i: ImportIssue): string =>
  `${i.line > 0 ? `第 ${i.line} 行` : '导入参数'}${i.column ? `（${i.column}）` : ''}：${i.message}`;

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180): comma-separated, fields optionally in double quotes, a quote inside a quoted
// field doubled (""), quoted fields may hold commas and line breaks; CRLF or LF between records.
// Names in the catalogue may contain commas or quotes, so a split(',') would corrupt them.

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; issues: ImportIssue[] } {
  const records: CsvRecord[] = [];
  const issues: ImportIssue[] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // UTF-8 BOM from Excel
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let bad: string | undefined;
    for (;;) {
      if (s[i] === '"') {
        // Quoted field: runs to the next quote that is not doubled.
        i++;
        let closed = false;
        while (i < s.length) {
          const ch = s[i]!;
          if (ch === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        if (!closed) {
          bad ??= '引号未闭合（字段以双引号开头，但没有对应的结束引号）';
          break;
        }
        if (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') {
          bad ??= '结束引号后应紧跟逗号或换行';
          while (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') i++;
        }
      } else {
        while (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') {
          if (s[i] === '"')
            bad ??= '未加引号的字段中出现双引号（含引号的字段须整体用双引号括起，内部引号写成两个）';
          field += s[i];
          i++;
        }
      }
      fields.push(field);
      field = '';
      if (s[i] === ',') {
        i++;
        continue;
      }
      break; // end of record or of text
    }
    if (s[i] === '\r') i++;
    if (s[i] === '\n') i++;
    line++;
    if (bad) issues.push({ line: startLine, message: bad });
    else if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: startLine, fields });
  }
  return { records, issues };
}

// ---------------------------------------------------------------------------------------------
// Validation: the code's shape and its hierarchy (大类 D, 中类 D-DD, 小类 D-DD-DD are prefixes of the
// occupation code D-DD-DD-DD), names present, each group named the same way on every row.

const CODE = /^[1-8]-\d{2}-\d{2}-\d{2}$/;
const EDITION = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;

export function parseOccupationsCsv(text: string): {
  rows: (OccupationRecord & { line: number })[];
  issues: ImportIssue[];
} {
  const { records, issues } = parseCsv(text);
  const rows: (OccupationRecord & { line: number })[] = [];
  const header = records.shift();
  if (!header) return { rows, issues: [...issues, { line: 1, message: '文件为空，缺少表头' }] };
  const names = header.fields.map((f) => f.trim());
  const index = new Map(names.map((n, i) => [n, i]));
  const missing = OCCUPATION_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    issues.push({
      line: header.line,
      message: `表头缺少列：${missing.join('、')}（应为 ${OCCUPATION_COLUMNS.join(',')}）`,
    });
    return { rows, issues };
  }
  const seen = new Map<string, number>();
  const groupNames = new Map<string, { name: string; line: number }>();
  const sameGroupName = (line: number, column: Column, code: string, name: string) => {
    const first = groupNames.get(code);
    if (!first) groupNames.set(code, { name, line });
    else if (first.name !== name) {
      issues.push({
        line,
        column,
        message: `分类 ${code} 的名称“${name}”与第 ${first.line} 行的“${first.name}”不一致`,
      });
    }
  };
  for (const rec of records) {
    if (rec.fields.length !== names.length) {
      issues.push({ line: rec.line, message: `应有 ${names.length} 个字段，实际 ${rec.fields.length} 个` });
      continue;
    }
    const row = Object.fromEntries(
      OCCUPATION_COLUMNS.map((c) => [c, rec.fields[index.get(c)!]!.trim()]),
    ) as OccupationRecord;
    const before = issues.length;
    const add = (column: Column, message: string) => issues.push({ line: rec.line, column, message });
    for (const c of ['name', 'major_name', 'middle_name', 'minor_name'] as const) {
      if (row[c] === '') add(c, '名称不能为空');
    }
    if (!CODE.test(row.code)) {
      add('code', `职业编码“${row.code}”格式应为 D-DD-DD-DD（如 6-31-01-03），大类为 1–8`);
    } else {
      if (row.major_code !== row.code.slice(0, 1))
        add('major_code', `大类编码应为 ${row.code.slice(0, 1)}，实际为“${row.major_code}”`);
      if (row.middle_code !== row.code.slice(0, 4))
        add('middle_code', `中类编码应为 ${row.code.slice(0, 4)}，实际为“${row.middle_code}”`);
      if (row.minor_code !== row.code.slice(0, 7))
        add('minor_code', `小类编码应为 ${row.code.slice(0, 7)}，实际为“${row.minor_code}”`);
      const first = seen.get(row.code);
      if (first !== undefined) add('code', `职业编码 ${row.code} 与第 ${first} 行重复`);
      else seen.set(row.code, rec.line);
    }
    if (issues.length === before) {
      sameGroupName(rec.line, 'major_name', row.major_code, row.major_name);
      sameGroupName(rec.line, 'middle_name', row.middle_code, row.middle_name);
      sameGroupName(rec.line, 'minor_name', row.minor_code, row.minor_name);
      rows.push({ ...row, line: rec.line });
    }
  }
  if (records.length === 0 && issues.length === 0)
    issues.push({ line: header.line, message: '文件没有数据行' });
  return { rows, issues: issues.sort((a, b) => a.line - b.line) };
}

// ---------------------------------------------------------------------------------------------

const BATCH = 500;

const sameRow = (a: OccupationRecord, b: OccupationRecord): boolean =>
  OCCUPATION_COLUMNS.every((c) => a[c] === b[c]);

export async function importOccupations(
  db: Database,
  csvText: string,
  opts: ImportOptions,
): Promise<ImportResult> {
  const edition = opts.edition.trim();
  const optionIssues: ImportIssue[] = [];
  if (!EDITION.test(edition)) {
    optionIssues.push({
      line: 0,
      message: `版本标识“${opts.edition}”无效（字母、数字、点、下划线或连字符，至多 40 个字符）`,
    });
  }
  if (opts.title.trim() === '' || opts.source.trim() === '') {
    optionIssues.push({ line: 0, message: '版本名称和来源不能为空' });
  }
  if (optionIssues.length > 0) throw new OccupationImportError(optionIssues);
  const { rows, issues } = parseOccupationsCsv(csvText);
  if (issues.length > 0) throw new OccupationImportError(issues);

  return db.transaction().execute(async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('occupations').selectAll().execute()).map((r) => [r.code, r] as const),
    );
    let inserted = 0;
    let unchanged = 0;
    const changed: OccupationRecord[] = [];
    for (const { line: _line, ...row } of rows) {
      const old = existing.get(row.code);
      if (!old) {
        inserted++;
        changed.push(row);
      } else if (sameRow(old, row) && old.edition === edition) unchanged++;
      else changed.push(row);
    }
    const updated = changed.length - inserted;
    const result = { inserted, updated, unchanged, edition };
    await recordEdition(trx, opts, edition, rows.length, changed.length > 0);
    for (let i = 0; i < changed.length; i += BATCH) {
      await trx
        .insertInto('occupations')
        .values(changed.slice(i, i + BATCH).map((r) => ({ ...r, edition })))
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            major_code: eb.ref('excluded.major_code'),
            major_name: eb.ref('excluded.major_name'),
            middle_code: eb.ref('excluded.middle_code'),
            middle_name: eb.ref('excluded.middle_name'),
            minor_code: eb.ref('excluded.minor_code'),
            minor_name: eb.ref('excluded.minor_name'),
            edition: eb.ref('excluded.edition'),
          })),
        )
        .execute();
    }
    if (changed.length > 0) {
      // An operator's act on reference data every decision depends on: audited like any other change.
      await writeAudit(
        trx,
        { caller: null, system: true },
        {
          entity: 'occupation_edition',
          entityId: edition,
          action: 'import',
          after: { ...result, rowCount: rows.length, title: opts.title, source: opts.source },
        },
      );
    }
    return result;
  });
}

/**
 * One row per edition: what the load declared (title, source) and how many rows the file had.
 * Left untouched when nothing changes, so that a re-import really changes nothing.
 */
async function recordEdition(
  trx: Transaction<DB>,
  opts: ImportOptions,
  edition: string,
  rowCount: number,
  rowsChanged: boolean,
): Promise<void> {
  const current = await trx
    .selectFrom('occupation_editions')
    .selectAll()
    .where('edition', '=', edition)
    .executeTakeFirst();
  const title = opts.title.trim();
  const source = opts.source.trim();
  if (!current) {
    await trx
      .insertInto('occupation_editions')
      .values({ edition, title, source, row_count: rowCount })
      .execute();
  } else if (
    rowsChanged ||
    current.title !== title ||
    current.source !== source ||
    current.row_count !== rowCount
  ) {
    await trx
      .updateTable('occupation_editions')
      .set({ title, source, row_count: rowCount, loaded_at: sql<Date>`now()` })
      .where('edition', '=', edition)
      .execute();
  }
}
