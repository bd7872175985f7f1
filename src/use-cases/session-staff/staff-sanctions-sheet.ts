// The staff-sanction register as Excel (issue 11 point 3): what the page lists under the same kind
// filter, every page at once, Chinese headers, the document number masked only. Authorities only.
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '../../domain/document-number.js';
import { AppError, english } from '../../domain/errors.js';
import { tableSheet, type SheetColumn, type SheetFile } from '../../materials/table-sheet.js';
import type { StaffSanctionKind } from '../../persistence/schema.js';
import type { StaffSanctionRecord } from '../../persistence/staff-sanctions.repository.js';
import { todayInChina, type RegistryContext } from '../registry/registry-context.js';
import { listStaffSanctions } from './staff-sanctions.js';

/** More entries than this are refused: narrow by kind. */
export const MAX_SANCTION_EXPORT = 5000;

export const SANCTION_KIND_ZH: Record<StaffSanctionKind, string> = {
  work_ban: '取消当年参加评价工作资格（第九条）',
  assessor_card_revoked: '吊销考评人员证书（第十条）',
};

const COLUMNS: SheetColumn<StaffSanctionRecord>[] = [
  { header: '处理类别', width: 30, value: (r) => SANCTION_KIND_ZH[r.kind] },
  { header: '姓名', width: 12, value: (r) => r.name },
  {
    header: '证件类型',
    width: 20,
    value: (r) => DOCUMENT_TYPE_LABELS[r.docType as DocumentType]?.zh ?? r.docType,
  },
  { header: '证件号码（脱敏）', width: 22, value: (r) => r.docMasked },
  { header: '起始日期', width: 12, value: (r) => r.fromOn },
  { header: '截止日期', width: 12, value: (r) => r.toOn ?? '长期' },
  { header: '依据条款', width: 18, value: (r) => r.article },
  { header: '事由', width: 40, value: (r) => r.reason },
  { header: '处理决定文号', width: 26, value: (r) => r.decisionRef },
  { header: '登记部门', width: 28, value: (r) => r.recordedByAuthorityName },
  { header: '登记时间', width: 20, value: (r) => r.recordedAt.slice(0, 10) },
];

export async function exportStaffSanctions(
  ctx: RegistryContext,
  f: { kind?: StaffSanctionKind | undefined },
): Promise<SheetFile> {
  const r = await listStaffSanctions(ctx, f, { page: 1, pageSize: MAX_SANCTION_EXPORT + 1 });
  if (r.total > MAX_SANCTION_EXPORT)
    throw new AppError(
      422,
      'EXPORT_TOO_LARGE',
      '导出范围过大',
      `符合条件的记录共 ${r.total} 条，一次最多导出 ${MAX_SANCTION_EXPORT} 条，请按处理类别分别导出`,
      undefined,
      english(
        'Too many rows to export',
        `${r.total} entries match; at most ${MAX_SANCTION_EXPORT} can be exported at once: export each kind separately`,
      ),
    );
  const day = todayInChina(ctx.now);
  return tableSheet(`工作人员处理登记-${day}.xlsx`, '工作人员处理登记', COLUMNS, r.items);
}
