// Renders a decision document as an A4 PDF in the layout of an official letter (GB/T 9704-2012 党政
// 机关公文格式, simplified): the issuer's name in red at the head, the 发文字号, a red rule, the title,
// the addressee, the body, the articles it rests on (依据), then issuer and date at the right, and the
// page number and case reference at the foot. Chinese text is embedded as a subset of Noto Sans SC,
// with a ToUnicode map so that it can be searched and copied.
import PDFDocument from 'pdfkit';
import { formatCitationZh, type Citation, type SourceId } from '../domain/citation.js';
import { DOCUMENT_KIND_ZH, SOURCE_TITLES_ZH, dateZh, type DecisionDocument } from './decision-document.js';
import { cjkFont } from './fonts.js';

const MM = 72 / 25.4;
// GB/T 9704-2012 §5.2.1: top 37 mm, left 28 mm, text block 156 mm × 225 mm.
const MARGINS = { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
const RED = '#d2140f';
const BODY_SIZE = 16; // 三号
const TITLE_SIZE = 22; // 二号
const LINE_GAP = 6; // ≈ 22 lines a page, as the standard asks

/** 依据：《title》第…条；《title》… — citations grouped by text, in the order first cited. */
export function citationLine(citations: readonly Citation[]): string {
  const bySource = new Map<SourceId, string[]>();
  for (const c of citations) {
    const list = bySource.get(c.source) ?? [];
    const text = formatCitationZh(c);
    if (!list.includes(text)) list.push(text);
    bySource.set(c.source, list);
  }
  const parts = [...bySource].map(([source, items]) => `${SOURCE_TITLES_ZH[source]}${items.join('、')}`);
  return `依据：${parts.join('；')}。`;
}

export async function renderDecisionDocument(d: DecisionDocument): Promise<Buffer> {
  const issued = new Date(`${d.date}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: d.title,
      Author: d.issuer,
      Subject: DOCUMENT_KIND_ZH[d.kind],
      Keywords: `${d.number} ${d.caseReference}`,
      Creator: 'SkillReg 技能人才评价机构监管平台',
      // The issue date, not the rendering time: the same document renders to the same content.
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('regular', cjkFont('regular'));
  doc.registerFont('bold', cjkFont('bold'));
  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;

  // 发文机关标志: red, centred, as large as fits on one line.
  doc.font('bold').fontSize(30);
  const headSize = Math.min(30, (30 * width) / doc.widthOfString(d.issuer));
  doc
    .fillColor(RED)
    .fontSize(headSize)
    .text(d.issuer, left, MARGINS.top - 10 * MM, { width, align: 'center' });

  // 发文字号, then the red rule (版头中的分隔线) 4 mm below it.
  doc.moveDown(0.6).font('regular').fontSize(BODY_SIZE).fillColor('black');
  doc.text(d.number, left, doc.y, { width, align: 'center' });
  const ruleY = doc.y + 4 * MM;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(2)
    .strokeColor(RED)
    .stroke();

  // 标题
  doc.font('bold').fontSize(TITLE_SIZE).fillColor('black');
  doc.text(d.title, left, ruleY + 12 * MM, { width, align: 'center', lineGap: LINE_GAP });
  doc.moveDown(0.8);

  // 主送机关, 正文, 依据
  doc.font('regular').fontSize(BODY_SIZE);
  const blocks = [
    { text: `${d.addressee}：`, indent: 0 },
    ...d.paragraphs.map((text) => ({ text, indent: 2 * BODY_SIZE })),
    ...(d.citations.length > 0 ? [{ text: citationLine(d.citations), indent: 2 * BODY_SIZE }] : []),
  ];
  // GB/T 9704-2012 §7.3.5.1: the signature and date are never left alone on a page — tighten the
  // line spacing when that would be the case; only a body too long for that runs onto more pages.
  const signHeight = 3 * (BODY_SIZE + LINE_GAP) + 8;
  const bodyHeight = (gap: number) =>
    blocks.reduce((h, b) => h + doc.heightOfString(b.text, { width, indent: b.indent, lineGap: gap }), 0);
  const room = doc.page.height - MARGINS.bottom - doc.y - signHeight;
  const gap = [LINE_GAP, 4, 2].find((g) => bodyHeight(g) <= room) ?? LINE_GAP;
  // Left, not justified: pdfkit justifies by widening spaces, which tears apart a line that holds an
  // occupation code and its name; Chinese lines fill the width anyway.
  for (const b of blocks)
    doc.text(b.text, left, doc.y, { width, indent: b.indent, lineGap: gap, align: 'left' });

  // 发文机关署名 centred over the 成文日期, which stands right with a 4-character indent.
  doc.moveDown(1.5);
  const date = dateZh(d.date);
  const dateWidth = doc.widthOfString(date);
  const centre = left + width - 4 * BODY_SIZE - dateWidth / 2;
  const issuerWidth = Math.min(doc.widthOfString(d.issuer), width);
  const issuerX = Math.min(centre - issuerWidth / 2, left + width - issuerWidth);
  if (doc.y + signHeight - BODY_SIZE > doc.page.height - MARGINS.bottom) doc.addPage();
  const signY = doc.y;
  doc.text(d.issuer, issuerX, signY, { width: issuerWidth + 1, lineBreak: false });
  doc.text(date, centre - dateWidth / 2, signY + BODY_SIZE + LINE_GAP + 8, { lineBreak: false });
  // The seal sits centred over signature and date, pressing on the date (§7.3.5.1).
  if (d.sealText) drawSealOutline(doc, centre, signY + BODY_SIZE + 2, d.sealText);

  drawFooters(doc, d);
  doc.end();
  return done;
}

/** A red circle with the text along its upper arc: marks where the seal belongs; it is not a seal. */
function drawSealOutline(doc: PDFKit.PDFDocument, cx: number, cy: number, text: string): void {
  const r = 21 * MM;
  doc.save();
  doc.circle(cx, cy, r).lineWidth(2).strokeColor(RED).stroke();
  const chars = [...text];
  const size = 12;
  // Translucent, as ink over the printed signature.
  doc.opacity(0.85);
  doc.font('regular').fontSize(size).fillColor(RED);
  const span = Math.min(210, chars.length * 17);
  chars.forEach((ch, i) => {
    const angle = -90 - span / 2 + (span * (i + 0.5)) / chars.length; // degrees, 0 = east
    const rad = (angle * Math.PI) / 180;
    const x = cx + (r - size - 2) * Math.cos(rad);
    const y = cy + (r - size - 2) * Math.sin(rad);
    doc.save();
    doc.rotate(angle + 90, { origin: [x, y] });
    doc.text(ch, x - size / 2, y - size / 2, { lineBreak: false });
    doc.restore();
  });
  // The star of an official seal.
  const star = Array.from({ length: 10 }, (_, k) => {
    const rad = ((-90 + k * 36) * Math.PI) / 180;
    const rr = k % 2 === 0 ? 6 * MM : 2.4 * MM;
    return [cx + rr * Math.cos(rad), cy + rr * Math.sin(rad)] as [number, number];
  });
  doc.polygon(...star).fill(RED);
  doc.restore();
  doc.fillColor('black');
}

function drawFooters(doc: PDFKit.PDFDocument, d: DecisionDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width - MARGINS.left - MARGINS.right;
    const y = doc.page.height - MARGINS.bottom + 8 * MM;
    doc.font('regular').fontSize(14).fillColor('black');
    doc.text(`— ${i + 1} —`, MARGINS.left, y, { width, align: 'center', lineBreak: false });
    doc.fontSize(9).fillColor('#666666');
    doc.text(`案件编号：${d.caseReference}\u3000文书编号：${d.number}`, MARGINS.left, y + 9 * MM, {
      width,
      align: 'left',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
