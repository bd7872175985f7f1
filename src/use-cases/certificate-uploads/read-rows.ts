// Reads the rows of an uploaded file as a stream, never the whole file (issue 11 point 6: peak RSS
// growth under 300 MB at a million rows): CSV through csv-records.ts, XLSX through exceljs's streaming
// WorkbookReader (first worksheet). Row numbers are the sheet's (header = 1); rows up to `skipThrough`
// are read but not yielded (a resumed job continues after its last committed batch).
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { mapHeader, UPLOAD_COLUMNS, type UploadColumnKey } from './columns.js';
import { CsvFormatError, csvRecords } from './csv-records.js';

export interface FileRow {
  rowNo: number;
  cells: Record<UploadColumnKey, string>;
}

export class FileFormatError extends Error {}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
    return '';
  }
  return String(v);
}

async function* rawXlsxRows(source: Readable): AsyncGenerator<string[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let first = true;
  for await (const sheet of reader) {
    if (!first) break;
    first = false;
    let expected = 1;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      // Blank rows are not emitted: keep the numbering the user sees in Excel.
      while (expected < row.number) {
        yield [[]];
        expected++;
      }
      const values = row.values as unknown[];
      yield [values.slice(1).map(cellText)];
      expected++;
    }
  }
}

async function* csvRecordsOf(source: Readable): AsyncGenerator<string[][]> {
  try {
    yield* csvRecords(source);
  } catch (err) {
    throw err instanceof CsvFormatError ? new FileFormatError(err.message) : err;
  }
}

/** The data rows of the file, in runs (as the reader delivers them); blank rows left out. */
export async function* readUploadRows(
  source: Readable,
  format: 'csv' | 'xlsx',
  skipThrough = 1,
): AsyncGenerator<FileRow[]> {
  const raw = format === 'csv' ? csvRecordsOf(source) : rawXlsxRows(source);
  let rowNo = 0;
  let index: Record<UploadColumnKey, number> | undefined;
  for await (const run of raw) {
    const rows: FileRow[] = [];
    for (const cells of run) {
      rowNo++;
      if (!index) {
        const h = mapHeader(cells);
        if (h.missing.length > 0) throw new FileFormatError(`表头缺少列：${h.missing.join('、')}`);
        index = h.index;
        continue;
      }
      if (rowNo <= skipThrough) continue;
      if (cells.every((c) => c.trim() === '')) continue;
      const out = {} as Record<UploadColumnKey, string>;
      for (const c of UPLOAD_COLUMNS) out[c.key] = cells[index[c.key]] ?? '';
      rows.push({ rowNo, cells: out });
    }
    if (rows.length > 0) yield rows;
  }
  if (!index) throw new FileFormatError('文件为空：没有表头行');
}
