// Results as Excel (issue 11 point 4): the template of a session (one row per registered candidate and
// subject, the candidate's number and masked document filled in, the result columns empty), the export
// (the same rows with the results, the overall result and the pass marks), and the import of a filled
// template with a per-row report. An import with any bad row changes nothing (422 with the report);
// a good one enters every row through the same checks as the form (result-input.ts), in one transaction.
import ExcelJS from 'exceljs';
import { AppError, english } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  candidateResultsOf,
  passMarksOf,
  upsertSubjectResult,
  type SubjectResult,
} from '../../persistence/results.repository.js';
import type { EvaluationSubject, SubjectOutcome } from '../../persistence/schema.js';
import { cancelsAllSubjects } from '../../rules/mohrss-violations/session-results.js';
import { auditContext, todayInChina, type RegistryContext } from '../registry/registry-context.js';
import { requireRunner, sessionInScope, sessionNotOpen } from '../session-staff/session-access.js';
import { recomputeOverall } from './overall-result.js';
import { checkResultInput, OUTCOME_ZH, SUBJECT_EN, SUBJECT_ZH } from './result-input.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = [
  '考生编号',
  '姓名',
  '证件号码（脱敏）',
  '科目',
  '结果',
  '分数',
  '取消依据',
  '取消事实经过',
] as const;
const OVERALL_ZH = { passed: '合格', failed: '不合格' } as const;

export interface SheetFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

async function book(rows: (string | number | null)[][], extraHeaders: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.addRow([...HEADERS, ...extraHeaders]).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => (c.width = [38, 12, 20, 14, 10, 8, 10, 30, 10, 10][i] ?? 14));
  const notes = wb.addWorksheet('填写说明');
  for (const line of [
    '每行是一名考生的一个科目；考生编号、姓名、证件号码和科目已按本批次填好，请勿改动。',
    '结果填「有成绩」「缺考」或「取消成绩」。有成绩时在「分数」填写 0 至满分之间的分数（最多两位小数）。',
    '取消成绩须在「取消依据」填写《技能人才评价违纪违规行为处理工作指引（试行）》的条和项，如 5(1)、6(2)、7(4)，并写明事实经过；依第六条、第七条取消的，取消当次全部科目成绩。',
    '合格分数线和满分须先在页面上按职业技能标准录入。',
    '整个文件有任何一行不符合要求时不导入任何一行，并逐行列出问题。',
  ])
    notes.addRow([line]);
  notes.getColumn(1).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function resultsTemplate(ctx: RegistryContext, sessionId: string): Promise<SheetFile> {
  const { session } = await sessionInScope(ctx, sessionId);
  const cands = await candidateResultsOf(ctx.db, sessionId);
  const rows = cands.flatMap((c) =>
    session.subjects.map((s) => [c.candidateId, c.name, c.docMasked, SUBJECT_ZH[s], null, null, null, null]),
  );
  return {
    fileName: `成绩导入模板-${session.occupationName}-${session.startsOn}.xlsx`,
    contentType: XLSX,
    bytes: await book(rows),
  };
}

export async function exportResults(ctx: RegistryContext, sessionId: string): Promise<SheetFile> {
  const { session } = await sessionInScope(ctx, sessionId);
  const [cands, marks] = await Promise.all([
    candidateResultsOf(ctx.db, sessionId),
    passMarksOf(ctx.db, sessionId),
  ]);
  const rows = cands.flatMap((c) =>
    session.subjects.map((s) => {
      const r = c.results.find((x) => x.subject === s);
      const m = marks.find((x) => x.subject === s);
      return [
        c.candidateId,
        c.name,
        c.docMasked,
        SUBJECT_ZH[s],
        r ? OUTCOME_ZH[r.outcome] : '未录入',
        r?.score ?? null,
        r?.cancelArticle ?? null,
        r?.cancelReason ?? null,
        m ? `${m.passMark}/${m.fullMark}` : '未录入',
        c.overallResult ? OVERALL_ZH[c.overallResult] : '未定',
      ];
    }),
  );
  return {
    fileName: `成绩-${session.occupationName}-${session.startsOn}.xlsx`,
    contentType: XLSX,
    bytes: await book(rows, ['合格线/满分', '评价结果']),
  };
}

export interface ImportReport {
  rowsTotal: number;
  entered: number;
  /** Each problem's column by the template's (Chinese) header, its message in Chinese and in English. */
  problems: { row: number; column: string | null; message: string; message_en: string }[];
}

const OUTCOME_OF: Record<string, SubjectOutcome> = {
  有成绩: 'scored',
  缺考: 'absent',
  取消成绩: 'cancelled',
};
const SUBJECT_OF = Object.fromEntries(Object.entries(SUBJECT_ZH).map(([k, v]) => [v, k])) as Record<
  string,
  EvaluationSubject
>;

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  return String(v).trim();
};

const importRejected = (detail: string, detailEn: string) =>
  new AppError(
    422,
    'UPLOAD_INVALID',
    '文件不符合要求',
    detail,
    undefined,
    english('The file cannot be used', detailEn),
  );

export async function importResults(
  ctx: RegistryContext,
  sessionId: string,
  file: { bytes: Uint8Array; dryRun: boolean },
): Promise<ImportReport> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  requireRunner(actor, session, '导入成绩');
  if (session.status !== 'planned') throw sessionNotOpen(session.status, '导入成绩', 'import results');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  } catch {
    throw importRejected(
      '文件不是有效的 Excel（.xlsx）工作簿，请使用本页下载的模板',
      'The file is not a valid Excel (.xlsx) workbook; use the template downloaded from this page.',
    );
  }
  const ws = wb.getWorksheet('成绩') ?? wb.worksheets[0];
  if (!ws) throw importRejected('工作簿中没有工作表', 'The workbook has no worksheet.');
  const header = HEADERS.map((_, i) => cellText(ws.getRow(1).getCell(i + 1).value));
  if (HEADERS.some((h, i) => header[i] !== h))
    throw importRejected(
      `表头应为：${HEADERS.join('、')}（请使用本页下载的模板）`,
      'The header row is not the template’s; use the template downloaded from this page with its header row unchanged.',
    );
  if (ws.rowCount > 5001)
    throw importRejected('一次最多导入 5000 行', 'At most 5,000 rows can be imported at once.');

  const [cands, marks] = await Promise.all([
    candidateResultsOf(ctx.db, sessionId),
    passMarksOf(ctx.db, sessionId),
  ]);
  const problems: ImportReport['problems'] = [];
  const entries: { candidateId: string; value: SubjectResult }[] = [];
  const seen = new Set<string>();
  let rowsTotal = 0;
  for (let n = 2; n <= ws.rowCount; n++) {
    const cells = HEADERS.map((_, i) => cellText(ws.getRow(n).getCell(i + 1).value));
    if (cells.every((c) => c === '')) continue;
    rowsTotal++;
    const [id, , , subjectZh, outcomeZh, scoreText, article, reason] = cells;
    const problem = (column: string | null, message: string, message_en: string) =>
      problems.push({ row: n, column, message, message_en });
    const cand = cands.find((c) => c.candidateId === id);
    if (!cand) {
      problem(
        '考生编号',
        '不是本批次在册考生的编号',
        'Not the number of a candidate registered on this session',
      );
      continue;
    }
    const subject = SUBJECT_OF[subjectZh!];
    if (!subject) {
      problem(
        '科目',
        `「${subjectZh}」不是评价科目（理论知识考试、技能考核、综合评审）`,
        `“${subjectZh}” is not a subject (理论知识考试 theory exam, 技能考核 skills assessment, 综合评审 comprehensive review)`,
      );
      continue;
    }
    if (seen.has(`${id}/${subject}`)) {
      problem(
        '科目',
        `${cand.name} 的「${subjectZh}」在文件中出现了不止一次`,
        `${cand.name}’s ${SUBJECT_EN[subject]} appears more than once in the file`,
      );
      continue;
    }
    seen.add(`${id}/${subject}`);
    if (outcomeZh === '') continue; // left empty: not entered by this file
    const outcome = OUTCOME_OF[outcomeZh!];
    if (!outcome) {
      problem(
        '结果',
        `「${outcomeZh}」应为 有成绩、缺考 或 取消成绩`,
        `“${outcomeZh}” should be 有成绩 (scored), 缺考 (absent) or 取消成绩 (cancelled)`,
      );
      continue;
    }
    const score = scoreText === '' ? null : Number(scoreText);
    if (score !== null && !Number.isFinite(score)) {
      problem('分数', `「${scoreText}」不是数字`, `“${scoreText}” is not a number`);
      continue;
    }
    const c = checkResultInput(session.subjects, marks, {
      subject,
      outcome,
      score,
      cancelArticle: article || null,
      cancelReason: reason || null,
    });
    if (!c.ok)
      problem(
        { subject: '科目', score: '分数', cancelArticle: '取消依据', cancelReason: '取消事实经过' }[
          c.field
        ] ?? null,
        c.message,
        c.message_en,
      );
    else entries.push({ candidateId: cand.candidateId, value: c.value });
  }
  const report = { rowsTotal, entered: problems.length === 0 ? entries.length : 0, problems };
  if (problems.length > 0)
    throw new AppError(
      422,
      'IMPORT_REJECTED',
      '成绩未导入',
      `有 ${problems.length} 处问题，未导入任何成绩；请按报告修改后重新上传`,
      undefined,
      {
        ...english(
          'Results not imported',
          `${problems.length} problem(s) found; no result was imported. Correct the file as the report says and upload it again.`,
        ),
        report,
      },
    );
  if (file.dryRun) return report;
  const today = todayInChina(ctx.now);
  await ctx.db.transaction().execute(async (trx) => {
    for (const e of entries) {
      const all = e.value.outcome === 'cancelled' && cancelsAllSubjects(e.value.cancelArticle!);
      for (const subject of all ? session.subjects : [e.value.subject])
        await upsertSubjectResult(trx, {
          ...e.value,
          subject,
          candidateId: e.candidateId,
          sessionId,
          institutionId: session.institutionId,
          by: actor.userId,
        });
    }
    const changes = await recomputeOverall(trx, session, today);
    await writeAudit(trx, auditContext(ctx), {
      entity: 'evaluation_session',
      entityId: sessionId,
      action: 'import_results',
      after: { rows: entries.length, overallChanges: changes },
    });
  });
  return report;
}
