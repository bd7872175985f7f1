// The files of an upload besides the upload itself: the template to fill (XLSX with a note on every
// column and a sheet of instructions, or CSV with the header alone) and the rejected-rows report
// (row number, column, reason in Chinese) — written as a stream, so a million rejected rows never sit
// in memory at once.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../persistence/database.js';
import { allRejections } from '../../persistence/certificate-uploads/uploads.repository.js';
import { UPLOAD_COLUMNS } from './columns.js';
import { UPLOAD_ARTICLE_ZH } from '../../rules/mohrss-violations/certificate-upload.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function uploadTemplate(
  format: 'xlsx' | 'csv',
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  if (format === 'csv') {
    const text = `\uFEFF${UPLOAD_COLUMNS.map((c) => c.header).join(',')}\n`;
    return {
      fileName: '证书数据上报模板.csv',
      contentType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(text, 'utf8'),
    };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('证书数据');
  ws.columns = UPLOAD_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'number' ? 28 : 20,
  }));
  UPLOAD_COLUMNS.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.note = c.note;
    cell.font = { bold: true };
  });
  // Text cells: a document number or a certificate number must not turn into a number in Excel.
  for (let i = 1; i <= UPLOAD_COLUMNS.length; i++) ws.getColumn(i).numFmt = '@';
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'header', width: 20 },
    { header: '填写说明', key: 'note', width: 100 },
  ];
  for (const c of UPLOAD_COLUMNS) help.addRow({ header: c.header, note: c.note });
  help.addRow({});
  help.addRow({
    header: '说明',
    note: '第 1 行为表头，从第 2 行起每行一张证书；同一文件重复上传不会重复登记，结果中注明已存在的行数。',
  });
  help.addRow({ header: '依据', note: `超出备案（遴选）范围或数据有误的行不予登记：${UPLOAD_ARTICLE_ZH}。` });
  return {
    fileName: '证书数据上报模板.xlsx',
    contentType: XLSX_TYPE,
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

/** The rejected rows as an XLSX stream. */
export function rejectionReport(db: Database, uploadId: string): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const ws = wb.addWorksheet('未登记的行');
  ws.columns = [
    { header: '行号', key: 'row', width: 10 },
    { header: '列', key: 'column', width: 20 },
    { header: '原因', key: 'reason', width: 100 },
  ];
  void (async () => {
    try {
      for await (const r of allRejections(db, uploadId))
        ws.addRow({ row: r.row_no, column: r.column_name, reason: r.reason }).commit();
      ws.commit();
      await wb.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}
