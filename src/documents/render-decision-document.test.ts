import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { citationLine, renderDecisionDocument } from './render-decision-document.js';
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
  sealText: '贵州省人力资源和社会保障厅',
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
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
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

  it('runs a long body onto further pages', async () => {
    const long = {
      ...notice,
      paragraphs: Array.from({ length: 40 }, (_, i) => `第${i + 1}段：申报材料审核意见。`.repeat(3)),
    };
    expect(pages(await renderDecisionDocument(long))).toBeGreaterThan(1);
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
