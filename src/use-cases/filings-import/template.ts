// The import template the administrator downloads (docs/decisions/0022-filings-import.md): the
// columns with one example row, as Excel (a second sheet 填写说明 explains each column) or as CSV
// (UTF-8 with BOM, so that Excel opens it in Chinese).
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './columns.js';

export type TemplateFormat = 'xlsx' | 'csv';

export interface TemplateFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function buildImportTemplate(format: TemplateFormat): Promise<TemplateFile> {
  if (format === 'csv') {
    const text = [IMPORT_COLUMNS.map((c) => c.zh), IMPORT_COLUMNS.map((c) => c.example)]
      .map((r) => r.map(quote).join(','))
      .join('\r\n');
    return {
      fileName: '存量备案导入模板.csv',
      contentType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(`\uFEFF${text}\r\n`, 'utf8'),
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet('存量备案');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.zh));
  ws.addRow(IMPORT_COLUMNS.map((c) => c.example));
  ws.getRow(1).font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, Math.min(48, [...c.example].length + 4));
    // Codes and dates stay text: Excel would otherwise turn 2023-05-18 into a serial number and drop
    // leading zeros (the reader accepts real date cells too).
    col.numFmt = '@';
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列', '是否必填', '说明', '示例']);
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    help.addRow([c.zh, c.required ? '必填' : '选填', 'note' in c ? c.note : '', c.example]);
  help.addRow([]);
  help.addRow([
    '导入规则',
    '',
    '每行一项备案（遴选）决定；同一备案编号再次导入时，内容相同不变，内容有变化则更新该条目录；任何一行有误则整份文件不导入，并逐行列出错误。',
  ]);
  help.getColumn(1).width = 18;
  help.getColumn(2).width = 10;
  help.getColumn(3).width = 80;
  help.getColumn(4).width = 48;
  return {
    fileName: '存量备案导入模板.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
