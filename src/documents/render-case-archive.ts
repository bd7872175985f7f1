// The archive of a violation case as one PDF (mohrss-violations §20 处理档案): an index of every step as
// the append-only event log holds it — when, what, by whom, the articles and the findings it rested on,
// the statement or decision entered — followed by the pages of every document the case issued. The
// signed originals are attached to the bundle unchanged (PDF file attachments), since copying pages
// into a new file drops their signatures; the index gives each original's SHA-256.
import PDFDocument from 'pdfkit';
import { PDFDocument as LibDocument } from 'pdf-lib';
import { cjkFont } from './fonts.js';

export interface ArchiveEvent {
  seq: number;
  at: string;
  what: string;
  from: string | null;
  to: string;
  by: string;
  citations: string;
  findings: string[];
  details: string[];
  comment: string | null;
}

export interface ArchiveDocument {
  number: string;
  title: string;
  issuedOn: string;
  sha256: string;
  pdf: Buffer;
}

export interface CaseArchive {
  title: string;
  referenceNo: string;
  heading: string[];
  events: ArchiveEvent[];
  documents: ArchiveDocument[];
  exportedAt: string;
}

const MM = 72 / 25.4;

async function renderIndex(a: CaseArchive): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 20 * MM, bottom: 20 * MM, left: 20 * MM, right: 20 * MM }, info: { Title: a.title } }); // prettier-ignore
  doc.registerFont('r', cjkFont('regular'));
  doc.registerFont('b', cjkFont('bold'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 40 * MM;
  doc.font('b').fontSize(18).text(a.title, { align: 'center', width });
  doc.moveDown(0.5);
  doc.font('r').fontSize(10.5);
  for (const line of a.heading) doc.text(line, { width });
  doc.text(`导出时间：${a.exportedAt}`, { width });
  doc.moveDown(0.8);
  doc.font('b').fontSize(13).text('一、办理记录（按时间顺序，不可修改）', { width });
  doc.moveDown(0.3);
  for (const e of a.events) {
    doc.font('b').fontSize(11).text(`${e.seq}. ${e.at}  ${e.what}`, { width });
    doc.font('r').fontSize(10);
    doc.text(`办理人：${e.by}${e.from ? `；状态：${e.from} → ${e.to}` : `；状态：${e.to}`}`, { width });
    if (e.citations) doc.text(`依据：${e.citations}`, { width });
    for (const d of e.details) doc.text(d, { width });
    for (const f of e.findings) doc.text(`· ${f}`, { width, indent: 10 });
    if (e.comment) doc.text(`说明：${e.comment}`, { width });
    doc.moveDown(0.5);
  }
  doc.moveDown(0.5);
  doc.font('b').fontSize(13).text('二、文书（原件以附件形式附于本文件，其后为各文书页面）', { width });
  doc.font('r').fontSize(10);
  if (a.documents.length === 0) doc.text('（尚未出具文书）', { width });
  for (const d of a.documents)
    doc.text(`${d.issuedOn}  ${d.title}  ${d.number}\nSHA-256：${d.sha256}`, { width });
  doc.end();
  return done;
}

export async function renderCaseArchive(a: CaseArchive): Promise<Buffer> {
  const out = await LibDocument.load(await renderIndex(a));
  for (const d of a.documents) {
    const src = await LibDocument.load(d.pdf, { ignoreEncryption: true });
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const p of pages) out.addPage(p);
    await out.attach(d.pdf, `${d.number}.pdf`, {
      mimeType: 'application/pdf',
      description: `${d.title}（签名原件，SHA-256 ${d.sha256}）`,
    });
  }
  out.setTitle(a.title);
  return Buffer.from(await out.save());
}
