// The staff of a session as Excel: name, masked document number, duty, and the check the assignment passed.
import ExcelJS from 'exceljs';
import { listSessionStaff as query } from '../../persistence/session-staff.repository.js';
import type { RegistryContext } from '../registry/registry-context.js';
import { sessionInScope } from './session-access.js';

const DUTY_ZH = {
  exam_admin: '考务管理人员',
  assessor: '考评人员',
  quality_supervisor: '质量督导员',
} as const;

export async function exportSessionStaff(
  ctx: RegistryContext,
  sessionId: string,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const { session } = await sessionInScope(ctx, sessionId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('批次工作人员');
  ws.addRow(['姓名', '证件号码（脱敏）', '批次职责', '安排时间', '安排时检查日期']).font = { bold: true };
  for (const r of await query(ctx.db, sessionId))
    ws.addRow([r.name, r.idNumberMasked, DUTY_ZH[r.duty], r.assignedAt.slice(0, 10), r.findings.asOf]);
  ws.columns.forEach((c) => (c.width = 20));
  return {
    fileName: `批次工作人员-${session.occupationName}-${session.startsOn}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
