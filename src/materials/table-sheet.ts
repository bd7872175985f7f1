// A short list as an Excel file (.xlsx): one sheet, Chinese headers in bold, the header row frozen and
// filterable, one row per record. For registers of a few thousand rows at most; the certificate
// register streams instead (export-certificates.ts).
import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (r: T) => string | number | null;
}

export interface SheetFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export async function tableSheet<T>(
  fileName: string,
  sheet: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): Promise<SheetFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet(sheet);
  ws.addRow(columns.map((c) => c.header));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r) ?? ''));
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return { fileName, contentType: XLSX_TYPE, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}
