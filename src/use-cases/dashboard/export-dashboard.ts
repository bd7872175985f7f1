// 监管看板 as an Excel workbook (issue 14 point 8 "exportable to Excel"): the province sheet first,
// then one sheet per widget, Chinese headers, the same numbers and scope as the page.
import ExcelJS from 'exceljs';
import { XLSX_TYPE, type SheetFile } from '../../materials/table-sheet.js';
import type { Dashboard } from './dashboard.js';

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
const sheetName = (id: string) => id.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

export async function dashboardWorkbook(d: Dashboard, authorityName: string): Promise<SheetFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const bold = (ws: ExcelJS.Worksheet) => {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };

  const kinds = d.provinces[0]?.kinds ?? [];
  const statuses = d.provinces[0]?.statuses ?? [];
  const rated = d.provinces.some((p) => p.ratings.length > 0);
  const ratingLabels = ['A 档', 'B 档', 'C 档', 'D 档'];
  const ws = wb.addWorksheet('provinces');
  ws.addRow(['省份', '机构总数', ...kinds.map((k) => k.label_zh), ...statuses.map((s) => s.label_zh),
    ...(rated ? ratingLabels : [])]); // prettier-ignore
  for (const p of d.provinces.filter((t) => t.inScope)) {
    ws.addRow([
      p.name_zh,
      p.total,
      ...p.kinds.map((b) => b.value),
      ...p.statuses.map((b) => b.value),
      ...(rated ? ['A', 'B', 'C', 'D'].map((g) => p.ratings.find((b) => b.key === g)?.value ?? 0) : []),
    ]);
  }
  ws.getColumn(1).width = 24;
  bold(ws);

  for (const w of d.widgets) {
    const s = wb.addWorksheet(sheetName(w.id));
    s.addRow([w.title_zh, '数量']);
    for (const b of w.buckets) s.addRow([b.label_zh, b.value]);
    s.getColumn(1).width = 40;
    s.getColumn(2).width = 12;
    bold(s);
    if (w.note_zh) s.addRow([]);
    if (w.note_zh) s.addRow([`说明：${w.note_zh}`]);
  }

  const about = wb.addWorksheet('about');
  about.addRow(['监管看板', authorityName]);
  about.addRow(['统计日期', d.asOf]);
  about.addRow(['范围', d.scope.label_zh]);
  about.getColumn(1).width = 14;
  about.getColumn(2).width = 48;
  return {
    fileName: `监管看板-${d.asOf}.xlsx`,
    contentType: XLSX_TYPE,
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
