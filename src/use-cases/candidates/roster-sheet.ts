// The candidate roster 考生名单 as an Excel workbook (issue 11 point 2): the columns of the template the
// institution downloads (with a 填写说明 sheet and cell notes in Chinese), the reader of a filled-in
// sheet (first worksheet; columns matched by their Chinese header), and the export of a session's list
// (masked document numbers only).
import ExcelJS from 'exceljs';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '../../domain/document-number.js';

export const ROSTER_COLUMNS = [
  { key: 'name', zh: '姓名', note: '必填；与证件上的姓名一致，1–50 个字', example: '张三' },
  {
    key: 'docType',
    zh: '证件类型',
    note: `必填；填写以下之一：${DOCUMENT_TYPES.map((t) => DOCUMENT_TYPE_LABELS[t].zh).join('、')}`,
    example: '居民身份证',
  },
  {
    key: 'docNumber',
    zh: '证件号码',
    note: '必填；居民身份证 18 位（校验码 X 大写小写均可）；请将单元格设为文本，避免 Excel 改成科学计数法',
    example: '520102199001011234',
  },
] as const;
export type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];
export const ROSTER_ZH: Record<RosterKey, string> = {
  name: '姓名',
  docType: '证件类型',
  docNumber: '证件号码',
};

/** At most this many rows per file (a session's candidates; a runaway sheet is refused). */
export const MAX_ROSTER_ROWS = 2000;

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** '居民身份证' → 'resident_id' (the code itself is accepted too). */
export function documentTypeOf(label: string): DocumentType | undefined {
  const v = label.trim();
  return DOCUMENT_TYPES.find((t) => t === v || DOCUMENT_TYPE_LABELS[t].zh === v);
}

export async function rosterTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet('考生名单');
  ws.addRow(ROSTER_COLUMNS.map((c) => c.zh));
  ws.getRow(1).font = { bold: true };
  ROSTER_COLUMNS.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = c.note;
    const col = ws.getColumn(i + 1);
    col.width = c.key === 'docNumber' ? 24 : 16;
    col.numFmt = '@'; // document numbers stay text (no scientific notation, no lost X)
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列', '说明', '示例']);
  help.getRow(1).font = { bold: true };
  for (const c of ROSTER_COLUMNS) help.addRow([c.zh, c.note, c.example]);
  help.addRow([]);
  help.addRow([
    '导入规则',
    '从第 2 行起每行一名考生。逐行登记：符合条件的行即登记，不符合的行（证件号码有误、在评价禁考名单中、院校非本校全日制在校学生等）不登记并在报告中列出行号、列和原因；已在本批次登记的证件号码再次导入时不重复登记。',
  ]);
  help.getColumn(1).width = 12;
  help.getColumn(2).width = 90;
  help.getColumn(3).width = 22;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface RosterRow {
  row: number;
  values: Record<RosterKey, string>;
}

export interface RosterSheet {
  rows: RosterRow[];
  /** A problem with the file itself (not a row): unreadable, no header, too many rows. */
  fileProblem: string | null;
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

export async function readRoster(bytes: Uint8Array): Promise<RosterSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      fileProblem: '无法读取 Excel 工作簿（文件已损坏或不是 .xlsx 格式），请使用下载的模板',
    };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], fileProblem: 'Excel 工作簿中没有工作表' };
  const header = ws.getRow(1);
  const at: Partial<Record<RosterKey, number>> = {};
  for (let c = 1; c <= header.cellCount; c++) {
    const h = cellText(header.getCell(c).value).replace(/\s+/g, '');
    const col = ROSTER_COLUMNS.find((k) => k.zh === h);
    if (col) at[col.key] = c;
  }
  const missing = ROSTER_COLUMNS.filter((c) => at[c.key] === undefined).map((c) => c.zh);
  if (missing.length > 0)
    return { rows: [], fileProblem: `第 1 行缺少列：${missing.join('、')}（请使用下载的模板）` };
  const rows: RosterRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const values = Object.fromEntries(
      ROSTER_COLUMNS.map((c) => [c.key, cellText(row.getCell(at[c.key]!).value).trim()]),
    ) as Record<RosterKey, string>;
    if (Object.values(values).every((v) => v === '')) return;
    rows.push({ row: n, values });
  });
  if (rows.length > MAX_ROSTER_ROWS)
    return { rows: [], fileProblem: `一个文件最多 ${MAX_ROSTER_ROWS} 名考生，本文件有 ${rows.length} 行` };
  if (rows.length === 0) return { rows: [], fileProblem: '文件中没有考生（第 2 行起每行一名考生）' };
  return { rows, fileProblem: null };
}

export interface ExportCandidate {
  name: string;
  docType: string;
  docMasked: string;
  status: string;
  withdrawnReason: string | null;
  collectedFen: number;
  refundedFen: number;
  createdAt: string;
}

const STATUS_ZH: Record<string, string> = { registered: '已登记', withdrawn: '已撤回' };

export async function rosterExport(title: string, rows: ExportCandidate[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet('考生');
  ws.addRow([title]);
  ws.getRow(1).font = { bold: true };
  ws.addRow([
    '序号',
    '姓名',
    '证件类型',
    '证件号码（脱敏）',
    '状态',
    '撤回理由',
    '已收费用（元）',
    '已退费用（元）',
    '登记时间',
  ]);
  ws.getRow(2).font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow([
      i + 1,
      r.name,
      DOCUMENT_TYPE_LABELS[r.docType as DocumentType]?.zh ?? r.docType,
      r.docMasked,
      STATUS_ZH[r.status] ?? r.status,
      r.withdrawnReason ?? '',
      (r.collectedFen / 100).toFixed(2),
      (r.refundedFen / 100).toFixed(2),
      r.createdAt.slice(0, 10),
    ]),
  );
  [6, 12, 26, 22, 10, 24, 14, 14, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
