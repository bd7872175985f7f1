// Renders a decision document as an A4 PDF laid out after GB/T 9704-2012 (党政机关公文格式), in its letter
// form (§10.1 信函格式: a notice from an authority to one party), as far as open fonts allow:
// - the authority's name in red bold serif 30 mm below the top edge, a red double rule (thick over thin,
//   170 mm) 4 mm below it and another (thin over thick) 20 mm above the bottom edge of the first page;
//   the 发文字号 flush right under the rule;
// - the title in 二号 bold two lines below, centred, balanced over its lines;
// - one line below, the addressee (主送) flush left, once; then the body in 三号 on the 28 × 22 grid of
//   §5.2.2 (156 × 225 mm), paragraphs indented two characters, lines justified, with the Chinese
//   line-breaking rules (line-break.ts); the 依据 paragraph; an adverse decision's remedies paragraph;
// - the authority's name and the date as a document without a seal (§7.3.5.3: the PDF is not a sealed
//   original — docs/decisions/0021), then the case reference as the 附注 (§7.3.6);
// - from page 2 on, the page number (— 2 —) 7 mm under the text block, odd pages right, even pages left;
//   the first page of a letter has none (§10.1).
// The signature block is never alone on a page: the line pitch is tightened first (§7.3.5.4), and only a
// body too long for that carries its last two lines over with the signature.
// Chinese is embedded as subsets of Noto Serif SC with a ToUnicode map, so the text can be searched.
import PDFDocument from 'pdfkit';
import { formatCitationZh, type Citation, type SourceId } from '../domain/citation.js';
import { DOCUMENT_KIND_ZH, SOURCE_TITLES_ZH, dateZh, type DecisionDocument } from './decision-document.js';
import { cjkFont } from './fonts.js';
import { breakLines, justifiedSpacing, type Line } from './line-break.js';
import { addSignaturePlaceholder, type SignatureFields } from './pdf-signature.js';

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
// §5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm.
const BLOCK = { left: 28 * MM, top: 37 * MM, width: 156 * MM, height: 225 * MM };
const BLOCK_BOTTOM = BLOCK.top + BLOCK.height;
const RED = '#e60012';
const BODY_SIZE = 16; // 三号
const TITLE_SIZE = 22; // 二号
const PAGE_NUMBER_SIZE = 14; // 四号
const CHARS_PER_LINE = 28; // §5.2.2
/** Lines a page: 22 by the standard; 23 and 24 when that keeps the signature with the body (§7.3.5.4). */
const LINES_PER_PAGE = [22, 23, 24] as const;
/** The grid spacing that puts 28 三号 characters on a 156 mm line. */
const GRID_SPACING = BLOCK.width / CHARS_PER_LINE - BODY_SIZE;
const CHAR = BLOCK.width / CHARS_PER_LINE;
/** The character cell's centre sits 0.38 em above the baseline (ideographic box −0.12 … 0.88 em). */
const CENTRE_TO_BASELINE = 0.38;

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

export type RowKind =
  'number' | 'title' | 'addressee' | 'body' | 'basis' | 'remedies' | 'issuer' | 'date' | 'note' | 'blank';

/** One line of the document on the grid, as laid out (what the tests read). */
export interface Row {
  kind: RowKind;
  text: string;
  page: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  x: number;
  font: 'regular' | 'bold';
  size: number;
  spacing: number;
}

export interface DocumentLayout {
  pages: number;
  linesPerPage: number;
  rows: Row[];
}

type Pending = Omit<Row, 'page' | 'y'>;

export async function renderDecisionDocument(d: DecisionDocument): Promise<Buffer> {
  return (await renderWithLayout(d)).pdf;
}

export async function renderWithLayout(
  d: DecisionDocument,
  /** Reserve an invisible signature field for signPdf (pdf-signature.ts). */
  signature?: SignatureFields,
): Promise<{ pdf: Buffer; layout: DocumentLayout }> {
  const issued = new Date(`${d.date}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: BLOCK.top, left: BLOCK.left, right: PAGE.width - BLOCK.left - BLOCK.width, bottom: 0 },
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

  const head = drawHead(doc, d);
  const { items, keepFrom } = compose(doc, d);
  const layout = paginate(items, keepFrom, head.flowTop);
  let page = 1;
  for (const row of layout.rows) {
    if (row.page !== page) {
      doc.addPage();
      page = row.page;
    }
    if (row.kind === 'blank') continue;
    doc.font(row.font).fontSize(row.size).fillColor('black');
    doc.text(row.text, row.x, row.y, {
      lineBreak: false,
      baseline: 'alphabetic',
      characterSpacing: row.spacing,
    });
  }
  drawPageNumbers(doc, layout.pages);
  if (signature) addSignaturePlaceholder(doc, signature);
  doc.end();
  return { pdf: await done, layout };
}

/** 发文机关标志, the red double rules of the first page and where the flow of lines starts. */
function drawHead(doc: PDFKit.PDFDocument, d: DecisionDocument): { flowTop: number } {
  doc.font('bold').fontSize(28);
  const size = Math.min(28, (28 * BLOCK.width) / doc.widthOfString(d.issuer));
  const top = 30 * MM;
  doc
    .fontSize(size)
    .fillColor(RED)
    .text(d.issuer, BLOCK.left, top + size * 0.88, {
      width: BLOCK.width,
      align: 'center',
      lineBreak: false,
      baseline: 'alphabetic',
    });
  const ruleLeft = 20 * MM;
  const ruleRight = PAGE.width - 20 * MM;
  const rule = (y: number, w: number) =>
    doc.moveTo(ruleLeft, y).lineTo(ruleRight, y).lineWidth(w).strokeColor(RED).stroke();
  // §10.1: 4 mm below the name, upper thick, lower thin; 20 mm above the bottom edge, upper thin, lower thick.
  const ruleY = top + size + 4 * MM;
  rule(ruleY, 2.2);
  rule(ruleY + 3.2, 0.8);
  const bottomY = PAGE.height - 20 * MM;
  rule(bottomY - 3.2, 0.8);
  rule(bottomY, 2.2);
  doc.fillColor('black');
  return { flowTop: ruleY + 4 };
}

/** The lines of the document in order, and where the block kept with the signature starts. */
function compose(doc: PDFKit.PDFDocument, d: DecisionDocument): { items: Pending[]; keepFrom: number } {
  const items: Pending[] = [];
  const blank = (): Pending => ({
    kind: 'blank',
    text: '',
    x: BLOCK.left,
    font: 'regular',
    size: BODY_SIZE,
    spacing: 0,
  });

  // 发文字号: flush right with the text block, under the rule.
  doc.font('regular').fontSize(BODY_SIZE);
  items.push({
    kind: 'number',
    text: d.number,
    x: BLOCK.left + BLOCK.width - doc.widthOfString(d.number),
    font: 'regular',
    size: BODY_SIZE,
    spacing: 0,
  });
  items.push(blank());

  // 标题, balanced: the narrowest width that keeps the same number of lines.
  doc.font('bold').fontSize(TITLE_SIZE);
  const titleAdvance = cachedAdvance(doc, 0);
  let titleLines = breakLines(d.title, BLOCK.width, 0, titleAdvance);
  if (titleLines.length > 1) {
    const n = titleLines.length;
    for (let w = Math.ceil(BLOCK.width / n); w < BLOCK.width; w += 4) {
      const tried = breakLines(d.title, w, 0, titleAdvance);
      if (tried.length === n) {
        titleLines = tried;
        break;
      }
    }
  }
  for (const l of titleLines)
    items.push({
      kind: 'title',
      text: l.text,
      x: BLOCK.left + (BLOCK.width - doc.widthOfString(l.text)) / 2,
      font: 'bold',
      size: TITLE_SIZE,
      spacing: 0,
    });
  items.push(blank());

  // 主送机关 and 正文 on the grid.
  doc.font('regular').fontSize(BODY_SIZE);
  const advance = cachedAdvance(doc, GRID_SPACING);
  const lines = (kind: RowKind, text: string, indent: number) =>
    breakLines(text, BLOCK.width, indent, advance).map((l: Line): Pending => ({
      kind,
      text: l.text,
      x: BLOCK.left + l.indent,
      font: 'regular',
      size: BODY_SIZE,
      spacing: justifiedSpacing(l, BLOCK.width, GRID_SPACING),
    }));
  if (d.addressee) items.push(...lines('addressee', `${d.addressee}：`, 0));
  const paragraphs: { kind: RowKind; text: string }[] = [
    ...d.paragraphs.filter((p) => p.trim() !== '').map((text) => ({ kind: 'body' as const, text })),
    ...(d.citations.length > 0 ? [{ kind: 'basis' as const, text: citationLine(d.citations) }] : []),
    ...(d.remedies ? [{ kind: 'remedies' as const, text: d.remedies }] : []),
  ];
  let lastParagraphLines = 0;
  for (const p of paragraphs) {
    const ls = lines(p.kind, p.text, 2 * CHAR);
    items.push(...ls);
    lastParagraphLines = ls.length;
  }
  // The signature block keeps the last two lines of the body with it (the whole paragraph if shorter).
  const keepFrom = items.length - Math.min(2, lastParagraphLines);

  // 发文机关署名 and 成文日期.
  const date = dateZh(d.date);
  const issuerWidth = Math.min(doc.widthOfString(d.issuer), BLOCK.width);
  const dateWidth = doc.widthOfString(date);
  const right = BLOCK.left + BLOCK.width;
  // §7.3.5.3 (a document without a seal — these PDFs are not sealed originals): one line below the body,
  // the name two characters from the right; the date under it, two characters further right — or, when
  // the date is the longer, the date two from the right and the name two further left.
  let issuerX = right - 2 * CHAR - issuerWidth;
  let dateX = issuerX + 2 * CHAR;
  if (dateX + dateWidth > right - 2 * CHAR) {
    dateX = right - 2 * CHAR - dateWidth;
    issuerX = Math.min(dateX - 2 * CHAR, right - issuerWidth);
  }
  const line = (kind: RowKind, text: string, x: number): Pending => ({
    kind,
    text,
    x,
    font: 'regular',
    size: BODY_SIZE,
    spacing: 0,
  });
  items.push(blank(), line('issuer', d.issuer, Math.max(BLOCK.left, issuerX)), line('date', date, dateX));
  // §7.3.6 附注: in brackets, two characters in, on the line below the date.
  items.push(...lines('note', `（案件编号：${d.caseReference}）`, 2 * CHAR));
  return { items, keepFrom };
}

/** Width of a string on the line, cached by string (pdfkit shapes each call). */
function cachedAdvance(doc: PDFKit.PDFDocument, spacing: number): (s: string) => number {
  const cache = new Map<string, number>();
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      w = doc.widthOfString(s) + spacing * [...s].length;
      cache.set(s, w);
    }
    return w;
  };
}

/** Places the lines on pages at the first pitch that keeps the signature block with the body. */
function paginate(items: readonly Pending[], keepFrom: number, flowTop: number): DocumentLayout {
  let fallback: (DocumentLayout & { forced: boolean }) | undefined;
  for (const n of LINES_PER_PAGE) {
    const laid = place(items, keepFrom, flowTop, BLOCK.height / n);
    if (!laid.forced) return { pages: laid.pages, linesPerPage: n, rows: laid.rows };
    fallback ??= { ...laid, linesPerPage: n };
  }
  return { pages: fallback!.pages, linesPerPage: fallback!.linesPerPage, rows: fallback!.rows };
}

function place(
  items: readonly Pending[],
  keepFrom: number,
  flowTop: number,
  pitch: number,
): { pages: number; rows: Row[]; forced: boolean } {
  const rows: Row[] = [];
  let page = 1;
  let top = flowTop;
  let forced = false;
  const fits = (lines: number) => top + lines * pitch <= BLOCK_BOTTOM + 0.5;
  items.forEach((item, i) => {
    if (i === keepFrom && !fits(items.length - i)) {
      // Only a break the lines would not have taken anyway counts as forced.
      if (fits(1)) forced = true;
      page += 1;
      top = BLOCK.top;
    } else if (!fits(1)) {
      page += 1;
      top = BLOCK.top;
    }
    // A page never starts with an empty line.
    if (item.kind === 'blank' && top === BLOCK.top && page > 1) return;
    rows.push({ ...item, page, y: top + pitch / 2 + CENTRE_TO_BASELINE * item.size });
    top += pitch;
  });
  return { pages: page, rows, forced };
}

/** §7.5 页码 from page 2 on (a letter's first page has none, §10.1): — 2 —, 7 mm under the text block. */
function drawPageNumbers(doc: PDFKit.PDFDocument, pages: number): void {
  doc.font('regular').fontSize(PAGE_NUMBER_SIZE).fillColor('black');
  const y = BLOCK_BOTTOM + 7 * MM + 0.88 * PAGE_NUMBER_SIZE;
  for (let n = 2; n <= pages; n++) {
    doc.switchToPage(n - 1);
    const text = `— ${n} —`;
    const w = doc.widthOfString(text);
    const x = n % 2 === 1 ? BLOCK.left + BLOCK.width - PAGE_NUMBER_SIZE - w : BLOCK.left + PAGE_NUMBER_SIZE;
    doc.text(text, x, y, { lineBreak: false, baseline: 'alphabetic' });
  }
}
