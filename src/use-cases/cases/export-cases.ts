// 待办/已办/辖区 as an Excel file: the very rows the caller's list shows under the same view, search and
// filters (queueRows), every page at once, with Chinese column headers. Only what the list shows is
// written — reference, procedure, applicant, state, deadline — never a person's document number.
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { chinaDate } from '../../workflows/deadline.js';
import type { CaseContext } from './case-context.js';
import { queueRows, type CaseListItem, type CaseListSearch } from './list-cases.js';

/** More rows than this are refused: narrow the filters (a queue is worked, not archived, this way). */
export const MAX_EXPORT_ROWS = 5000;

const VIEW_ZH: Record<CaseListSearch['view'], string> = {
  todo: '待办',
  done: '已办',
  mine: '我的申请',
  assigned: '分配给我的评审',
  supervised: '辖区案件',
};

const COLUMNS: { header: string; width: number; value: (r: CaseListItem) => string | number | null }[] = [
  { header: '申请编号', width: 24, value: (r) => r.referenceNo },
  { header: '事项', width: 28, value: (r) => r.procedure_zh },
  { header: '申请单位', width: 32, value: (r) => r.institutionName },
  { header: '分支机构', width: 20, value: (r) => r.branchName },
  { header: '决定机关', width: 28, value: (r) => r.authorityName },
  { header: '状态', width: 14, value: (r) => r.stateLabel_zh },
  { header: '等待', width: 12, value: (r) => r.awaiting_zh },
  { header: '待办事项', width: 18, value: (r) => r.task_zh },
  { header: '办理期限', width: 12, value: (r) => r.dueDate },
  { header: '期限名称', width: 20, value: (r) => r.deadlineLabel },
  { header: '剩余天数', width: 10, value: (r) => r.remaining },
  { header: '是否逾期', width: 10, value: (r) => (r.overdue ? '已逾期' : r.dueDate ? '未逾期' : null) },
  { header: '提交时间', width: 20, value: (r) => r.submittedAt && beijing(r.submittedAt) },
  { header: '更新时间', width: 20, value: (r) => beijing(r.updatedAt) },
  { header: '有效期起', width: 12, value: (r) => r.validFrom },
  { header: '有效期至', width: 12, value: (r) => r.validTo },
];

/** An ISO instant as Beijing wall-clock time, 2026-03-02 10:00. */
function beijing(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${chinaDate(new Date(iso))} ${t.slice(11, 16)}`;
}

export interface CaseExport {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  rows: number;
}

export async function exportCaseQueue(ctx: CaseContext, q: CaseListSearch): Promise<CaseExport> {
  const rows = await queueRows(ctx, q, { limit: MAX_EXPORT_ROWS + 1, offset: 0 });
  if (rows.total > MAX_EXPORT_ROWS)
    throw new AppError(
      422,
      'EXPORT_TOO_LARGE',
      '导出范围过大',
      `符合条件的案件共 ${rows.total} 件，一次最多导出 ${MAX_EXPORT_ROWS} 件，请增加筛选条件后再导出`,
    );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet(VIEW_ZH[q.view]);
  ws.addRow(COLUMNS.map((c) => c.header));
  ws.getRow(1).font = { bold: true };
  for (const r of rows.items) {
    const row = ws.addRow(COLUMNS.map((c) => c.value(r) ?? ''));
    if (r.overdue) row.font = { color: { argb: 'FFCF1322' } };
  }
  COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const day = chinaDate(ctx.now ?? new Date());
  return {
    fileName: `案件列表-${VIEW_ZH[q.view]}-${day}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
    rows: rows.items.length,
  };
}
