// Reads an import sheet — CSV (UTF-8, Excel's BOM allowed) or Excel .xlsx (the first worksheet) —
// into raw rows keyed by the template's columns, matched by their Chinese header. Row numbers are
// those the operator sees in the sheet (the header is row 1). Nothing is validated here but the
// header and the file's form; every value stays a trimmed string (Excel dates become YYYY-MM-DD).
import ExcelJS from 'exceljs';
import { parseCsv } from '../../persistence/occupations-import.js';
import { IMPORT_COLUMNS, type ImportColumnKey, type RawImportRow } from './columns.js';

export interface SheetIssue {
  row: number;
  column?: ImportColumnKey;
  message: string;
}

export interface ReadSheet {
  rows: RawImportRow[];
  issues: SheetIssue[];
}

/** At most this many data rows in one file (a province's register fits; a runaway sheet does not). */
export const MAX_IMPORT_ROWS = 5000;

const isZip = (b: Uint8Array) =>
  b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function readImportSheet(bytes: Uint8Array, fileName: string): Promise<ReadSheet> {
  const lower = fileName.toLowerCase();
  if (isZip(bytes)) return readXlsx(bytes);
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls'))
    return fail('文件不是有效的 Excel（.xlsx）工作簿；旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('CSV 文件应为 UTF-8 编码（在 Excel 中另存为「CSV UTF-8（逗号分隔）」）');
  }
  const { records, issues } = parseCsv(text);
  const grid = records.map((r) => ({ row: r.line, cells: r.fields }));
  const out = fromGrid(grid);
  return {
    rows: out.rows,
    issues: [...issues.map((i) => ({ row: i.line, message: i.message })), ...out.issues],
  };
}

function fail(message: string): ReadSheet {
  return { rows: [], issues: [{ row: 0, message }] };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return fail('无法读取 Excel 工作簿（文件已损坏或不是 .xlsx 格式）');
  }
  const ws = wb.worksheets[0];
  if (!ws) return fail('Excel 工作簿中没有工作表');
  const grid: { row: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    grid.push({ row: rowNumber, cells });
  });
  return fromGrid(grid);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

function fromGrid(grid: { row: number; cells: string[] }[]): ReadSheet {
  const issues: SheetIssue[] = [];
  const header = grid[0];
  if (!header) return fail('文件为空（应有表头行和数据行）');
  const index = new Map<ImportColumnKey, number>();
  header.cells.forEach((cell, i) => {
    const col = IMPORT_COLUMNS.find((c) => norm(c.zh) === norm(cell));
    if (col) {
      if (index.has(col.key)) issues.push({ row: header.row, message: `表头「${col.zh}」出现了两次` });
      else index.set(col.key, i);
    } else if (cell.trim() !== '') {
      issues.push({ row: header.row, message: `表头「${cell.trim()}」不是模板中的列（请使用下载的模板）` });
    }
  });
  for (const c of IMPORT_COLUMNS)
    if (c.required && !index.has(c.key))
      issues.push({ row: header.row, column: c.key, message: `缺少必填列「${c.zh}」` });
  if (issues.length > 0) return { rows: [], issues };
  const data = grid.slice(1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (data.length === 0) return fail('文件中没有数据行');
  if (data.length > MAX_IMPORT_ROWS)
    return fail(`一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件有 ${data.length} 行，请分批导入`);
  const rows = data.map((r) => {
    const out: RawImportRow = { row: r.row };
    for (const [key, i] of index) {
      const v = (r.cells[i] ?? '').trim();
      if (v !== '') out[key] = v;
    }
    return out;
  });
  return { rows, issues };
}
