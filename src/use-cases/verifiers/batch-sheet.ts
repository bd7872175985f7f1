// The web app's 批量核验 file (issue 12 point 2): a CSV (UTF-8, Excel's BOM allowed) or XLSX (first
// worksheet) with the columns 证书编号, or 姓名 + 证件号码 [+ 证件类型] — a row gives one or the other —
// read into batch items; the template in both formats; and the results as XLSX, the result column in
// Chinese (有效 / 无效 / 未查到). Document numbers are never written back in full: the result file and
// the answer show them masked, and the row number ties each answer to the row of the sheet sent.
import ExcelJS from 'exceljs';
import { parseCsv } from '../../persistence/occupations-import.js';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '../../domain/document-number.js';
import { maskDocumentNumber } from '../../identity/personal-data.js';
import { AppError, english } from '../../domain/errors.js';
import { tableSheet, XLSX_TYPE, type SheetFile } from '../../materials/table-sheet.js';
import { MAX_BATCH, type BatchItem, type BatchResult } from './batch-verify.js';

export const MAX_BATCH_FILE_BYTES = 2 * 1024 * 1024;

const COLUMNS = {
  certificateNumber: '证书编号',
  name: '姓名',
  documentNumber: '证件号码',
  documentType: '证件类型',
} as const;
type Column = keyof typeof COLUMNS;

export const RESULT_LABEL: Record<BatchResult, string> = {
  valid: '有效',
  invalid: '无效',
  not_found: '未查到',
};

export interface SheetRow {
  /** The row of the sheet (header = 1). */
  row: number;
  item: BatchItem;
  /** What the row asked, as shown back: the number, or the name and the masked document number. */
  certificateNumber: string | null;
  name: string | null;
  documentMasked: string | null;
}

const refused = (detail: string, detailEn: string) =>
  new AppError(
    422,
    'VERIFIER_FILE_INVALID',
    '文件不符合要求',
    detail,
    undefined,
    english('File not accepted', detailEn),
  );

const isZip = (b: Uint8Array) =>
  b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

async function grid(bytes: Uint8Array, fileName: string): Promise<{ row: number; cells: string[] }[]> {
  if (isZip(bytes)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw refused('无法读取 Excel 工作簿（文件已损坏或不是 .xlsx 格式）', 'The workbook cannot be read');
    }
    const ws = wb.worksheets[0];
    if (!ws) throw refused('Excel 工作簿中没有工作表', 'The workbook has no worksheet');
    const out: { row: number; cells: string[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      out.push({ row: rowNumber, cells });
    });
    return out;
  }
  if (/\.xlsx?$/i.test(fileName))
    throw refused('文件不是有效的 Excel（.xlsx）工作簿', 'Not a valid .xlsx workbook');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused(
      'CSV 文件应为 UTF-8 编码（在 Excel 中另存为「CSV UTF-8（逗号分隔）」）',
      'CSV files must be UTF-8',
    );
  }
  return parseCsv(text).records.map((r) => ({ row: r.line, cells: r.fields }));
}

const docTypeOf = (raw: string): string => {
  const t = raw.trim();
  if (t === '') return 'resident_id';
  const byLabel = DOCUMENT_TYPES.find((d) => DOCUMENT_TYPE_LABELS[d].zh === t);
  return byLabel ?? t;
};

/** The batch items of a sheet, with the row each came from; 422 naming the first problem. */
export async function readBatchSheet(bytes: Uint8Array, fileName: string): Promise<SheetRow[]> {
  const rows = await grid(bytes, fileName);
  const header = rows[0];
  if (!header) throw refused('文件为空（应有表头行和数据行）', 'The file is empty');
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const key = (Object.keys(COLUMNS) as Column[]).find((k) => COLUMNS[k] === cell.replace(/\s+/g, ''));
    if (key && !index.has(key)) index.set(key, i);
  });
  if (!index.has('certificateNumber') && !(index.has('name') && index.has('documentNumber')))
    throw refused(
      '表头应有「证书编号」列，或「姓名」和「证件号码」两列（请使用下载的模板）',
      'The header needs 证书编号, or 姓名 and 证件号码 (use the template)',
    );
  const cell = (cells: string[], key: Column) => {
    const i = index.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const out: SheetRow[] = [];
  for (const r of rows.slice(1)) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const number = cell(r.cells, 'certificateNumber');
    const name = cell(r.cells, 'name');
    const doc = cell(r.cells, 'documentNumber');
    if (number !== '') {
      out.push({
        row: r.row,
        item: { certificateNumber: number.slice(0, 40) },
        certificateNumber: number.slice(0, 40),
        name: null,
        documentMasked: null,
      });
    } else if (name !== '' && doc !== '') {
      out.push({
        row: r.row,
        item: {
          name: name.slice(0, 50),
          documentNumber: doc.slice(0, 40),
          documentType: docTypeOf(cell(r.cells, 'documentType')),
        },
        certificateNumber: null,
        name: name.slice(0, 50),
        documentMasked: maskDocumentNumber(doc.slice(0, 40)),
      });
    } else {
      throw refused(
        `第 ${r.row} 行：请填写证书编号，或同时填写姓名和证件号码`,
        `Row ${r.row}: give the certificate number, or the name and the document number`,
      );
    }
    if (out.length > MAX_BATCH)
      throw refused(
        `一次最多核验 ${MAX_BATCH} 行，请分批上传`,
        `At most ${MAX_BATCH} rows a file; split the file`,
      );
  }
  if (out.length === 0) throw refused('文件中没有数据行', 'The file has no data rows');
  return out;
}

export async function batchTemplate(format: 'xlsx' | 'csv'): Promise<SheetFile> {
  const header = [COLUMNS.certificateNumber, COLUMNS.name, COLUMNS.documentNumber, COLUMNS.documentType];
  const example = [
    ['S000052000001241000123', '', '', ''],
    ['', '张三', '110101199003071234', '居民身份证'],
  ];
  if (format === 'csv') {
    const text = '\uFEFF' + [header, ...example].map((r) => r.join(',')).join('\r\n') + '\r\n';
    return {
      fileName: '批量核验模板.csv',
      contentType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(text, 'utf8'),
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet('批量核验');
  ws.addRow(header);
  ws.getRow(1).font = { bold: true };
  for (const r of example) ws.addRow(r);
  [26, 12, 22, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(1).numFmt = '@';
  ws.getColumn(3).numFmt = '@';
  const notes = wb.addWorksheet('填写说明');
  notes.addRows([
    ['每行填写「证书编号」，或同时填写「姓名」和「证件号码」（两种方式可在同一文件中混用）。'],
    [
      '「证件类型」可不填，默认居民身份证；可填：' +
        DOCUMENT_TYPES.map((d) => DOCUMENT_TYPE_LABELS[d].zh).join('、') +
        '。',
    ],
    [`一次最多 ${MAX_BATCH} 行，计入本单位每日核验额度。结果只有：有效、无效（已注销或撤销）、未查到。`],
    ['示例行请删除后再上传。'],
  ]);
  notes.getColumn(1).width = 100;
  return {
    fileName: '批量核验模板.xlsx',
    contentType: XLSX_TYPE,
    bytes: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

export interface SheetResult extends Omit<SheetRow, 'item'> {
  result: BatchResult;
}

export function resultSheet(rows: readonly SheetResult[], checkedAt: string): Promise<SheetFile> {
  const stamp = checkedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return tableSheet(
    `批量核验结果-${stamp}.xlsx`,
    '核验结果',
    [
      { header: '行号', width: 8, value: (r: SheetResult) => r.row },
      { header: '证书编号', width: 26, value: (r: SheetResult) => r.certificateNumber },
      { header: '姓名', width: 12, value: (r: SheetResult) => r.name },
      { header: '证件号码（已脱敏）', width: 24, value: (r: SheetResult) => r.documentMasked },
      { header: '核验结果', width: 12, value: (r: SheetResult) => RESULT_LABEL[r.result] },
      { header: '核验时间', width: 22, value: () => checkedAt },
    ],
    rows,
  );
}
