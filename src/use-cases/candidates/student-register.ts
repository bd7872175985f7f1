// A school's student register 学籍名册 (gz-rules §5(1): 本校全日制在校学生，毕业年度或专业全课程结课后):
// the school keeps it by importing an Excel sheet (per row, with a report; a row for a student already on
// it updates that student, so re-importing the same file changes nothing) and lists it with masked
// document numbers. Its candidates are checked against it at registration (registration-checks.ts).
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { candidatePolicy } from '../../policies/candidate.policy.js';
import {
  listStudents,
  upsertStudent,
  type StudentRecord,
} from '../../persistence/school-students.repository.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { checkDocumentNumber } from '../registry/validate.js';
import { forbidden } from '../../domain/errors.js';
import { notASchool } from './candidate-errors.js';
import { institutionKindOf } from './registration-checks.js';
import { documentTypeOf } from './roster-sheet.js';

const COLUMNS = [
  { zh: '姓名', note: '必填', example: '李四' },
  { zh: '证件类型', note: '必填；如 居民身份证', example: '居民身份证' },
  { zh: '证件号码', note: '必填；单元格设为文本', example: '520102200501011234' },
  { zh: '全日制', note: '必填；是 或 否', example: '是' },
  { zh: '预计毕业年度', note: '必填；4 位年份，如 2027', example: '2027' },
  { zh: '全课程已结课', note: '必填；是 或 否（专业全部课程已结课）', example: '否' },
] as const;

export interface StudentImportReport {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  refused: number;
  report: { row: number; column: string | null; reason: string }[];
}

async function requireSchool(ctx: RegistryContext): Promise<{ institutionId: string; userId: string }> {
  const actor = requireActor(ctx);
  if (!candidatePolicy.canKeepStudents(actor)) throw forbidden('学籍名册由院校维护');
  if ((await institutionKindOf(ctx.db, actor.institutionId)) !== 'school') throw notASchool();
  return { institutionId: actor.institutionId, userId: actor.userId };
}

export async function studentRegister(ctx: RegistryContext): Promise<{ items: StudentRecord[] }> {
  const { institutionId } = await requireSchool(ctx);
  return { items: await listStudents(ctx.db, institutionId) };
}

export async function studentTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学籍名册');
  ws.addRow(COLUMNS.map((c) => c.zh));
  ws.getRow(1).font = { bold: true };
  COLUMNS.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = c.note;
    ws.getColumn(i + 1).width = i === 2 ? 24 : 14;
    ws.getColumn(i + 1).numFmt = '@';
  });
  ws.addRow(COLUMNS.map((c) => c.example));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const yesNo = (v: string): boolean | undefined => (v === '是' ? true : v === '否' ? false : undefined);

const cellText = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object'
      ? 'richText' in v
        ? v.richText.map((t) => t.text).join('')
        : 'text' in v
          ? String(v.text)
          : 'result' in v
            ? String(v.result ?? '')
            : ''
      : String(v);

export async function importStudents(ctx: RegistryContext, bytes: Uint8Array): Promise<StudentImportReport> {
  const { institutionId, userId } = await requireSchool(ctx);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', '无法读取 Excel 工作簿，请使用下载的模板');
  }
  const ws = wb.worksheets[0];
  const header = ws ? COLUMNS.map((_, i) => cellText(ws.getRow(1).getCell(i + 1).value).trim()) : [];
  if (!ws || COLUMNS.some((c, i) => header[i] !== c.zh))
    throw new AppError(
      422,
      'UPLOAD_INVALID',
      '文件不符合要求',
      `第 1 行应依次为：${COLUMNS.map((c) => c.zh).join('、')}（请使用下载的模板）`,
    );
  const today = todayInChina(ctx.now);
  const report: StudentImportReport['report'] = [];
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  let rows = 0;
  const data: { row: number; v: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const v = COLUMNS.map((_, i) => cellText(row.getCell(i + 1).value).trim());
    if (v.some((x) => x !== '')) data.push({ row: n, v });
  });
  if (data.length > 5000)
    throw new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', '一个文件最多 5000 名学生');
  for (const { row, v } of data) {
    rows++;
    const [name, typeLabel, number, fullTimeText, yearText, doneText] = v as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const missing = COLUMNS.find((_, i) => v[i] === '');
    if (missing) {
      report.push({ row, column: missing.zh, reason: `${missing.zh}未填写` });
      continue;
    }
    const docType = documentTypeOf(typeLabel);
    const fullTime = yesNo(fullTimeText);
    const done = yesNo(doneText);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!docType) report.push({ row, column: '证件类型', reason: `证件类型“${typeLabel}”不受支持` });
    else if (name.length > 50) report.push({ row, column: '姓名', reason: '姓名为 1–50 个字' });
    else if (fullTime === undefined) report.push({ row, column: '全日制', reason: '应填“是”或“否”' });
    else if (done === undefined) report.push({ row, column: '全课程已结课', reason: '应填“是”或“否”' });
    else if (!(year >= 2000 && year <= 2099))
      report.push({ row, column: '预计毕业年度', reason: '应为 2000–2099 的 4 位年份' });
    else {
      let doc;
      try {
        doc = checkDocumentNumber(docType, number, 'docNumber', today);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        report.push({ row, column: '证件号码', reason: err.errors?.[0]?.message ?? err.detail });
        continue;
      }
      const p = ctx.personalData.protect(doc.number);
      const outcome = await ctx.db.transaction().execute(async (trx) => {
        const { outcome: r, id } = await upsertStudent(trx, randomUUID(), {
          institutionId,
          name,
          docType: doc.type,
          docEnc: p.enc,
          docHmac: p.hmac,
          docMasked: p.masked,
          fullTime,
          graduationYear: year,
          allCoursesCompleted: done,
          updatedBy: userId,
        });
        if (r !== 'unchanged')
          await writeAudit(trx, auditContext(ctx), {
            entity: 'school_student',
            entityId: id,
            action: r === 'inserted' ? 'import' : 'update',
            after: {
              institutionId,
              name,
              docMasked: p.masked,
              fullTime,
              graduationYear: year,
              allCoursesCompleted: done,
            },
            citations: [{ source: 'gz-rules', article: 5, item: 1 }],
          });
        return r;
      });
      counts[outcome]++;
    }
  }
  return { rows, ...counts, refused: report.length, report };
}
