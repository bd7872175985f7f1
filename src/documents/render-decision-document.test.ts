import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { citationLine, renderDecisionDocument, renderWithLayout } from './render-decision-document.js';
import { remediesParagraph } from './remedies.js';
import { dateZh, documentNumber, type DecisionDocument } from './decision-document.js';

const notice: DecisionDocument = {
  kind: 'acceptance_notice',
  number: documentNumber('黔人社评备受', 2026, 3),
  title: '职业技能等级认定机构备案申请受理通知书',
  issuer: '贵州省人力资源和社会保障厅',
  date: '2026-03-05',
  addressee: '贵州黔匠职业技能评价有限公司',
  paragraphs: ['你单位提交的备案申请材料齐全，符合要求，予以受理。'],
  citations: [{ source: 'mohrss-filing', article: '一', item: '十', point: 2 }],
  caseReference: documentNumber('黔人社评备申', 2026, 1, 4),
};

/** The decompressed content of every stream in the file. */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    try {
      out.push(inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    re.lastIndex = end;
  }
  return out;
}
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
const codePoint = (ch: string) => ch.codePointAt(0)!.toString(16).padStart(4, '0');

describe('renderDecisionDocument', () => {
  it('writes a one-page PDF whose Chinese font is an embedded subset with a ToUnicode map', async () => {
    const pdf = await renderDecisionDocument(notice);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pages(pdf)).toBe(1);
    expect(text).toContain('/CIDFontType2');
    expect(text).toContain('/Identity-H');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Bold/);
    // A 10 MB font subset to a few dozen glyphs.
    expect(pdf.length).toBeLessThan(120_000);
    const cmaps = streams(pdf).filter((s) => s.includes('begincmap'));
    expect(cmaps.length).toBeGreaterThanOrEqual(2);
    const mapped = cmaps.join('\n').toLowerCase();
    for (const ch of '贵州省受理通知书依据') expect(mapped, ch).toContain(codePoint(ch));
  });

  it('records title, issuer and number in the document information, dated the day of issue', async () => {
    const pdf = await renderDecisionDocument(notice);
    // Information strings are written as UTF-16BE with a byte-order mark.
    const utf16 = (s: string) =>
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
    expect(pdf.includes(utf16(notice.title))).toBe(true);
    expect(pdf.includes(utf16(notice.issuer))).toBe(true);
    expect(pdf.toString('latin1')).toContain('(D:20260304160000Z)');
  });

  it('runs a long body onto further pages, numbered from page 2, the signature with the last lines', async () => {
    for (let n = 10; n <= 40; n += 3) {
      const long = {
        ...notice,
        paragraphs: Array.from({ length: n }, (_, i) => `第${i + 1}段：申报材料审核意见，场地设施满足要求。`),
        remedies: remediesParagraph(undefined, notice.date),
      };
      const { pdf, layout } = await renderWithLayout(long);
      expect(pages(pdf)).toBe(layout.pages);
      expect(layout.pages).toBeGreaterThan(1);
      const issuer = layout.rows.find((r) => r.kind === 'issuer')!;
      const date = layout.rows.find((r) => r.kind === 'date')!;
      const text = layout.rows.filter((r) => r.kind === 'remedies');
      // The signature never stands alone: at least the last line of the remedies is on its page.
      expect(issuer.page, `${n} paragraphs`).toBe(text.at(-1)!.page);
      expect(date.page).toBe(issuer.page);
      // No line runs below the text block (297 − 35 mm).
      for (const r of layout.rows) expect(r.y).toBeLessThanOrEqual(((297 - 35) * 72) / 25.4);
    }
  });

  it('prints the addressee once, above the body, and the case reference as the 附注', async () => {
    const { layout } = await renderWithLayout(notice);
    const addressee = layout.rows.filter((r) => r.kind === 'addressee');
    expect(addressee.map((r) => r.text).join('')).toBe(`${notice.addressee}：`);
    expect(layout.rows.filter((r) => r.text.includes(notice.addressee!))).toHaveLength(1);
    expect(layout.rows.at(-1)).toMatchObject({ kind: 'note', text: `（案件编号：${notice.caseReference}）` });
    const toAll = await renderWithLayout({ ...notice, addressee: null });
    expect(toAll.layout.rows.some((r) => r.kind === 'addressee')).toBe(false);
  });

  it('lays the body on the 28-character grid: full lines fill the 156 mm width', async () => {
    const { layout } = await renderWithLayout({
      ...notice,
      paragraphs: [
        '经核验评估，你单位的场地、设施设备、考评人员和督导人员等实施条件符合备案要求，准予备案。'.repeat(2),
      ],
    });
    const body = layout.rows.filter((r) => r.kind === 'body');
    expect(body.length).toBeGreaterThan(2);
    // Continuation lines start flush left; the paragraph's first line is indented two characters.
    expect(body[0]!.x - body[1]!.x).toBeCloseTo((2 * 156 * 72) / 25.4 / 28, 1);
    expect([...body[1]!.text].length).toBeGreaterThanOrEqual(27);
  });
});

describe('document texts', () => {
  it('numbers documents without leading zeros (GB/T 9704 §7.2.4) and pads case references', () => {
    expect(documentNumber('黔人社评备受', 2026, 3)).toBe('黔人社评备受〔2026〕3号');
    expect(documentNumber('黔人社评备申', 2026, 1, 4)).toBe('黔人社评备申〔2026〕0001号');
  });
  it('writes dates as 2026年3月5日', () => {
    expect(dateZh('2026-03-05')).toBe('2026年3月5日');
    expect(dateZh('2026-12-31')).toBe('2026年12月31日');
  });
  it('groups the citations of the 依据 line by text', () => {
    expect(
      citationLine([
        { source: 'gz-rules', article: 6, item: 5 },
        { source: 'mohrss-filing', article: '一', item: '八' },
        { source: 'gz-rules', article: 7 },
        { source: 'gz-rules', article: 6, item: 5 },
      ]),
    ).toBe(
      '依据：《贵州省职业技能等级认定机构遴选及退出实施细则》第六条第（五）项、第七条；' +
        '《职业技能等级评价机构备案事项办理指南（试行）》（人社职司便函〔2021〕57号）一、第（八）项。',
    );
  });
});
