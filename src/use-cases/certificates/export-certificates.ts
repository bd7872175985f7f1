// Every certificate list as an Excel file (issue 11 point 7), streamed: the workbook is written row by
// row to the response while the rows are read a thousand at a time after the last key (keyset), so an
// institution's hundred thousand certificates leave without being held in memory. Chinese headers;
// the holder's document only masked (the full number leaves only through the audited reveal).
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type {
  CertificateListFilters,
  CertificateRow,
  CountFilters,
} from '../../persistence/certificates.repository.js';
import { requireActor, todayInChina, type RegistryContext } from '../registry/registry-context.js';
import { allCertificates, certificateCounts, issuanceDelays } from './certificate-views.js';

const STATUS_ZH = { valid: '有效', invalidated: '已宣布无效', withdrawn: '已撤销' } as const;
const LEVEL_ZH = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];

export interface CertificateExport {
  fileName: string;
  contentType: string;
  stream: Readable;
}

type Column<T> = { header: string; width: number; value: (r: T) => string | number | null };

function workbook<T>(sheet: string, columns: Column<T>[]) {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  wb.creator = 'SkillReg';
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  return {
    out,
    add: (r: T) => ws.addRow(columns.map((c) => c.value(r) ?? '')).commit(),
    done: async () => {
      ws.commit();
      await wb.commit();
    },
  };
}

/** Runs the writer in the background; a failure ends the stream with the error (the client sees a cut file). */
function run(out: PassThrough, write: () => Promise<void>): Readable {
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportCertificateList(
  ctx: RegistryContext,
  f: CertificateListFilters,
): Promise<CertificateExport> {
  requireActor(ctx);
  const w = workbook<CertificateRow>('证书', [
    { header: '证书编号', width: 26, value: (r) => r.number },
    { header: '姓名', width: 12, value: (r) => r.holder_name },
    { header: '证件号码', width: 22, value: (r) => r.holder_doc_masked },
    { header: '职业（工种）代码', width: 14, value: (r) => r.occupation_code },
    { header: '职业（工种）', width: 22, value: (r) => r.occupation_name },
    { header: '等级', width: 14, value: (r) => LEVEL_ZH[r.level] ?? r.level },
    { header: '发证日期', width: 12, value: (r) => String(r.issued_on).slice(0, 10) },
    { header: '评价机构', width: 30, value: (r) => r.institution_name },
    { header: '分支机构', width: 20, value: (r) => r.branch_name },
    { header: '来源', width: 10, value: (r) => (r.session_id ? '本平台颁发' : '数据上报') },
    { header: '状态', width: 12, value: (r) => STATUS_ZH[r.status] },
  ]);
  // The filters are checked (an authority must name the institution) before the first byte is sent.
  const rows = allCertificates(ctx, f);
  const first = await rows.next();
  return {
    fileName: `证书列表-${todayInChina(ctx.now)}.xlsx`,
    contentType: XLSX,
    stream: run(w.out, async () => {
      for (let r = first; !r.done; r = await rows.next()) for (const c of r.value) w.add(c);
      await w.done();
    }),
  };
}

export async function exportCertificateCounts(
  ctx: RegistryContext,
  f: CountFilters,
): Promise<CertificateExport> {
  const { items } = await certificateCounts(ctx, f);
  const w = workbook<(typeof items)[number]>('证书数量', [
    { header: '评价机构', width: 30, value: (r) => r.institutionName },
    { header: '职业（工种）代码', width: 14, value: (r) => r.occupationCode },
    { header: '职业（工种）', width: 22, value: (r) => r.occupationName },
    { header: '年份', width: 8, value: (r) => r.year },
    { header: '等级', width: 14, value: (r) => LEVEL_ZH[r.level] ?? r.level },
    { header: '颁发数', width: 10, value: (r) => r.issued },
    { header: '其中有效', width: 10, value: (r) => r.valid },
  ]);
  return {
    fileName: `证书数量-${f.year}.xlsx`,
    contentType: XLSX,
    stream: run(w.out, async () => {
      items.forEach(w.add);
      await w.done();
    }),
  };
}

export async function exportIssuanceDelays(
  ctx: RegistryContext,
  f: CountFilters,
): Promise<CertificateExport> {
  const { items } = await issuanceDelays(ctx, f);
  const w = workbook<(typeof items)[number]>('发证时效', [
    { header: '评价机构', width: 30, value: (r) => r.institutionName },
    { header: '评价批次数', width: 12, value: (r) => r.sessions },
    { header: '颁发证书数', width: 12, value: (r) => r.issued },
    { header: '平均天数（批次结束至可查询）', width: 28, value: (r) => r.averageDays },
    { header: '最长天数', width: 10, value: (r) => r.longestDays },
  ]);
  return {
    fileName: `发证时效-${f.year}.xlsx`,
    contentType: XLSX,
    stream: run(w.out, async () => {
      items.forEach(w.add);
      await w.done();
    }),
  };
}
