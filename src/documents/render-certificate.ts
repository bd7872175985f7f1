// The printable e-certificate (issue 12 point 3, decision 0033): an A4 portrait 职业技能等级证书 in
// Chinese — title, an optional status note in red (an invalidated or withdrawn certificate says so on
// its face), the holder's name and masked document number, occupation, level, number, issue date and
// evaluation institution, a photo slot, and the QR code bottom right that opens the verification page
// with the signed payload. The QR is drawn as vectors from the module matrix (error correction M, four
// modules of quiet zone, 38 mm wide with it) so it prints sharp at any resolution.
//
// The signed payload is also written into the PDF's Info dictionary under `SkillRegPayload`, so that
// `npm run cli -- verify-certificate <file.pdf>` can check the file offline without scanning it
// (src/verification/pdf-payload.ts reads it back). Same input, same bytes: the dates in the Info
// dictionary are the issue date, not the rendering time.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { LEVEL_ZH, type Level } from '../workflows/social-org-filing/data.js';
import { dateZh } from './decision-document.js';
import { cjkFont } from './fonts.js';
import { breakLines } from './line-break.js';
import { addSignaturePlaceholder, type SignatureFields } from './pdf-signature.js';

export interface CertificatePdfInput {
  number: string;
  holderName: string;
  /** The holder's document number as the one masking function shows it. */
  holderDocMasked: string;
  occupationCode: string;
  occupationName: string;
  /** 1 (一级/高级技师) … 5 (五级/初级工). */
  level: number;
  institutionName: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  /** Printed prominently in red when given, e.g. 本证书已于2026年5月1日宣布无效. */
  statusNote?: string | null;
  /** The signed SR1 payload (certificate-payload.ts). */
  payload: string;
  /** What the QR encodes: the verification page with the payload, e.g. https://host/verify#SR1... */
  verifyUrl: string;
  /** The holder's photo, JPEG or PNG; a framed empty slot when absent. */
  photo?: Buffer | null;
  /** Reserve a PAdES signature field (decision 0036); the caller signs the bytes with signPdf. */
  signature?: SignatureFields | undefined;
}

/** The Info dictionary key that carries the signed payload. */
export const PAYLOAD_INFO_KEY = 'SkillRegPayload';

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
const CONTENT = { left: 28 * MM, right: 182 * MM };
const FRAME_COLOUR = '#8c1c13';
const RED = '#e60012';
const LABEL_COLOUR = '#555555';
const TITLE_SIZE = 30;
const LABEL_SIZE = 12;
const VALUE_SIZE = 15;
const NAME_SIZE = 20;
const LABEL_WIDTH = 27 * MM;
const VALUE_LEFT = CONTENT.left + LABEL_WIDTH + 6 * MM;
/** A two-inch ID photo (35 × 45 mm), top right of the fields. */
const PHOTO = { width: 35 * MM, height: 45 * MM, left: CONTENT.right - 35 * MM };
const QR_WIDTH = 38 * MM;
const QR_QUIET_MODULES = 4;
const QR_LEFT = CONTENT.right - QR_WIDTH;
const QR_CAPTION_SIZE = 12;
const QR_ADDRESS_SIZE = 8;
/** Baseline of the QR's second caption line; the QR (with its quiet zone) sits above the captions. */
const QR_BOTTOM = 252 * MM;
const QR_TOP = QR_BOTTOM - QR_ADDRESS_SIZE - 1.5 * MM - QR_CAPTION_SIZE - 2 * MM - QR_WIDTH;
/** Room kept between a field's value and the photo or the QR code beside it. */
const GUTTER = 6 * MM;

/** Where things went on the page, in points from the top left (what the tests read). */
export interface CertificateLayout {
  texts: PlacedText[];
  photo: Box;
  /** The QR code with its quiet zone. */
  qr: Box & { modules: number; moduleSize: number };
  statusBox: Box | null;
}

export interface PlacedText {
  kind: 'title' | 'status' | 'label' | 'value' | 'photo' | 'qr-caption' | 'qr-address' | 'footer';
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  size: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  return (await renderCertificateWithLayout(input)).pdf;
}

export async function renderCertificateWithLayout(
  input: CertificatePdfInput,
): Promise<{ pdf: Buffer; layout: CertificateLayout }> {
  const level = LEVEL_ZH[input.level as Level];
  if (!level) throw new Error(`certificate level out of range: ${input.level}`);
  const issued = new Date(`${input.issuedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `职业技能等级证书 ${input.number}`,
      Author: input.institutionName,
      Subject: '职业技能等级证书',
      Keywords: input.number,
      Creator: 'SkillReg 技能人才评价机构监管平台',
      // The issue date, not the rendering time: the same certificate renders to the same bytes.
      CreationDate: issued,
      ModDate: issued,
    },
  });
  // pdfkit writes a custom Info entry as an indirect literal string (ASCII as is, \ ( ) escaped).
  Object.assign(doc.info, { [PAYLOAD_INFO_KEY]: input.payload });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', cjkFont('regular'));
  doc.registerFont('bold', cjkFont('bold'));
  const page: Page = { doc, texts: [] };

  drawFrame(doc);
  let y = drawTitle(page);
  const statusBox = input.statusNote ? drawStatusNote(page, input.statusNote, y + 6 * MM) : null;
  if (statusBox) y = statusBox.y + statusBox.height;
  const fieldsTop = y + 14 * MM;
  const photo = drawPhoto(page, input.photo ?? null, fieldsTop);
  drawFields(
    page,
    [
      { label: '姓名', value: input.holderName, font: 'bold', size: NAME_SIZE },
      { label: '证件号码', value: input.holderDocMasked },
      { label: '职业（工种）', value: `${input.occupationName}（${input.occupationCode}）` },
      { label: '职业技能等级', value: level },
      { label: '证书编号', value: input.number },
      { label: '发证日期', value: dateZh(input.issuedOn) },
      { label: '评价机构', value: input.institutionName },
    ],
    fieldsTop,
  );
  const address = `${new URL(input.verifyUrl).origin}/verify`;
  const qr = drawQr(page, input.verifyUrl, address);
  drawFooter(page, address);
  if (input.signature) addSignaturePlaceholder(doc, input.signature);
  doc.end();
  return { pdf: await done, layout: { texts: page.texts, photo, qr, statusBox } };
}

interface Page {
  doc: PDFKit.PDFDocument;
  texts: PlacedText[];
}

/** Writes one line at a baseline in the current font, size (given again here) and colour; records it. */
function put(
  page: Page,
  kind: PlacedText['kind'],
  text: string,
  at: { x: number; y: number; size: number },
  characterSpacing = 0,
): void {
  const { doc } = page;
  doc.text(text, at.x, at.y, { lineBreak: false, baseline: 'alphabetic', characterSpacing });
  const width = doc.widthOfString(text) + characterSpacing * Math.max(0, [...text].length - 1);
  page.texts.push({ kind, text, ...at, width });
}

/** A double rule round the page: thick outside, thin inside. */
function drawFrame(doc: PDFKit.PDFDocument): void {
  doc
    .lineWidth(2.4)
    .strokeColor(FRAME_COLOUR)
    .rect(10 * MM, 10 * MM, PAGE.width - 20 * MM, PAGE.height - 20 * MM)
    .stroke();
  doc
    .lineWidth(0.7)
    .rect(13 * MM, 13 * MM, PAGE.width - 26 * MM, PAGE.height - 26 * MM)
    .stroke();
}

/** The title centred, with a short rule under it; returns the rule's y. */
function drawTitle(page: Page): number {
  const { doc } = page;
  const title = '职业技能等级证书';
  doc.font('bold').fontSize(TITLE_SIZE).fillColor(FRAME_COLOUR);
  const spacing = 0.25 * TITLE_SIZE;
  const width = doc.widthOfString(title) + spacing * ([...title].length - 1);
  const baseline = 44 * MM;
  put(page, 'title', title, { x: (PAGE.width - width) / 2, y: baseline, size: TITLE_SIZE }, spacing);
  const ruleY = baseline + 7 * MM;
  doc
    .moveTo(PAGE.width / 2 - 40 * MM, ruleY)
    .lineTo(PAGE.width / 2 + 40 * MM, ruleY)
    .lineWidth(0.8)
    .strokeColor(FRAME_COLOUR)
    .stroke();
  return ruleY;
}

/** The status note in bold red, centred in a red box across the content width. */
function drawStatusNote(page: Page, note: string, top: number): Box {
  const { doc } = page;
  const size = 16;
  const pad = 3 * MM;
  const width = CONTENT.right - CONTENT.left;
  doc.font('bold').fontSize(size);
  const lines = breakLines(note, width - 2 * pad, 0, (s) => doc.widthOfString(s));
  const pitch = 1.5 * size;
  const height = lines.length * pitch + 2 * pad - (pitch - size);
  doc.lineWidth(1.5).strokeColor(RED).rect(CONTENT.left, top, width, height).stroke();
  doc.fillColor(RED);
  lines.forEach((l, i) => {
    const x = CONTENT.left + (width - doc.widthOfString(l.text)) / 2;
    put(page, 'status', l.text, { x, y: top + pad + i * pitch + 0.88 * size, size });
  });
  return { x: CONTENT.left, y: top, width, height };
}

/** The photo fitted into a two-inch frame, or the empty frame labelled 照片. */
function drawPhoto(page: Page, photo: Buffer | null, top: number): Box {
  const { doc } = page;
  const { left, width, height } = PHOTO;
  if (photo) {
    doc.image(photo, left, top, { fit: [width, height], align: 'center', valign: 'center' });
  } else {
    doc.font('regular').fontSize(LABEL_SIZE).fillColor('#999999');
    const label = '照片';
    put(page, 'photo', label, {
      x: left + (width - doc.widthOfString(label)) / 2,
      y: top + height / 2 + 0.38 * LABEL_SIZE,
      size: LABEL_SIZE,
    });
  }
  doc.lineWidth(0.8).strokeColor('#777777').rect(left, top, width, height).stroke();
  return { x: left, y: top, width, height };
}

interface Field {
  label: string;
  value: string;
  font?: 'regular' | 'bold';
  size?: number;
}

/**
 * The fields as rows: the label spread to the label column's width, the value broken into
 * lines with the Chinese rules and underlined. A row beside the photo, or long enough to reach down
 * beside the QR code, stops short of it.
 */
function drawFields(page: Page, fields: readonly Field[], top: number): void {
  const { doc } = page;
  const photoBottom = top + PHOTO.height;
  let y = top;
  for (const f of fields) {
    const size = f.size ?? VALUE_SIZE;
    const pitch = 1.45 * size;
    const firstBaseline = y + 0.9 * size + 3 * MM;
    doc.font(f.font ?? 'regular').fontSize(size);
    const breakAt = (right: number) =>
      breakLines(f.value, right - VALUE_LEFT, 0, (s) => doc.widthOfString(s));
    let right = y < photoBottom ? PHOTO.left - GUTTER : CONTENT.right;
    let lines = breakAt(right);
    if (right > QR_LEFT - GUTTER && firstBaseline + (lines.length - 1) * pitch + 3 * MM > QR_TOP) {
      right = QR_LEFT - GUTTER;
      lines = breakAt(right);
    }
    doc.fillColor('black');
    lines.forEach((l, i) =>
      put(page, 'value', l.text, { x: VALUE_LEFT, y: firstBaseline + i * pitch, size }),
    );
    drawLabel(page, f.label, firstBaseline);
    const rule = firstBaseline + (lines.length - 1) * pitch + 3 * MM;
    doc.moveTo(VALUE_LEFT, rule).lineTo(right, rule).lineWidth(0.4).strokeColor('#bbbbbb').stroke();
    y = rule + 3.5 * MM;
  }
}

function drawLabel(page: Page, label: string, baseline: number): void {
  const { doc } = page;
  doc.font('regular').fontSize(LABEL_SIZE).fillColor(LABEL_COLOUR);
  const n = [...label].length;
  const spacing = n > 1 ? (LABEL_WIDTH - doc.widthOfString(label)) / (n - 1) : 0;
  put(page, 'label', label, { x: CONTENT.left, y: baseline, size: LABEL_SIZE }, Math.max(0, spacing));
}

/**
 * The QR code bottom right, drawn as one filled path of horizontal runs of dark modules (a run over
 * dark modules only reaches a hair into the row below, so no seam shows between rows), with 扫码核验
 * and the page's address under it.
 */
function drawQr(page: Page, text: string, address: string): CertificateLayout['qr'] {
  const { doc } = page;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const moduleSize = QR_WIDTH / (n + 2 * QR_QUIET_MODULES);
  const dark = (r: number, c: number) => r < n && c < n && modules.data[r * n + c] === 1;
  const origin = { x: QR_LEFT + QR_QUIET_MODULES * moduleSize, y: QR_TOP + QR_QUIET_MODULES * moduleSize };
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n;) {
      if (!dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      let below = true;
      for (; c < n && dark(r, c); c++) if (!dark(r + 1, c)) below = false;
      const overlap = below ? moduleSize * 0.05 : 0;
      doc.rect(
        origin.x + start * moduleSize,
        origin.y + r * moduleSize,
        (c - start) * moduleSize,
        moduleSize + overlap,
      );
    }
  }
  doc.fillColor('black').fill();

  doc.font('bold').fontSize(QR_CAPTION_SIZE).fillColor('black');
  const caption = '扫码核验';
  const centre = QR_LEFT + QR_WIDTH / 2;
  const captionBaseline = QR_TOP + QR_WIDTH + 2 * MM + 0.88 * QR_CAPTION_SIZE;
  put(page, 'qr-caption', caption, {
    x: centre - doc.widthOfString(caption) / 2,
    y: captionBaseline,
    size: QR_CAPTION_SIZE,
  });
  doc.font('regular').fontSize(QR_ADDRESS_SIZE).fillColor(LABEL_COLOUR);
  const w = doc.widthOfString(address);
  // Centred under the code, or flush right with it when longer.
  put(page, 'qr-address', address, {
    x: w <= QR_WIDTH ? centre - w / 2 : CONTENT.right - w,
    y: QR_BOTTOM,
    size: QR_ADDRESS_SIZE,
  });
  return { x: QR_LEFT, y: QR_TOP, width: QR_WIDTH, height: QR_WIDTH, modules: n, moduleSize };
}

/** How to check the certificate, in small type above the bottom of the frame. */
function drawFooter(page: Page, address: string): void {
  const { doc } = page;
  const size = 9;
  const pitch = 1.6 * size;
  const text =
    `本证书可在本平台核验：扫描右下方二维码，或登录 ${address} 输入证书编号查询。` +
    '二维码中的证书内容经平台数字签名（Ed25519），离线时可用平台公布的公钥核验。';
  doc.font('regular').fontSize(size).fillColor(LABEL_COLOUR);
  const width = CONTENT.right - CONTENT.left;
  const lines = breakLines(text, width, 0, (s) => doc.widthOfString(s));
  const bottom = 276 * MM;
  lines.forEach((l, i) =>
    put(page, 'footer', l.text, { x: CONTENT.left, y: bottom - (lines.length - 1 - i) * pitch, size }),
  );
  const ruleY = bottom - lines.length * pitch - 1 * MM;
  doc.moveTo(CONTENT.left, ruleY).lineTo(CONTENT.right, ruleY).lineWidth(0.4).strokeColor('#bbbbbb').stroke();
}
