// The printable e-certificate (issue 12 point 3, decision 0033): an A4 PDF whose QR code opens the
// verification page with the signed payload, and which carries the same payload in its Info dictionary
// for `npm run cli -- verify-certificate <file.pdf>` to check offline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { runVerifyCertificateCommand } from '../../src/cli/verify-certificate-command.js';
import {
  renderCertificatePdf,
  renderCertificateWithLayout,
  type CertificateLayout,
  type CertificatePdfInput,
  type PlacedText,
} from '../../src/documents/render-certificate.js';
import { verifyCertificatePayload } from '../../src/verification/certificate-payload.js';
import { toKeySet } from '../../src/verification/key-set.js';
import { payloadFromPdf } from '../../src/verification/pdf-payload.js';
import { HOLDER, NUMBER, signedPayload, verificationKey } from './fixtures.js';

const MM = 72 / 25.4;
const verificationKeys = [verificationKey];
const payload = signedPayload();
const input: CertificatePdfInput = {
  number: NUMBER,
  holderName: HOLDER,
  holderDocMasked: '5201**********1234',
  occupationCode: '4-10-01-05',
  occupationName: '养老护理员',
  level: 3,
  institutionName: '贵州黔康职业技能评价有限公司',
  issuedOn: '2026-03-15',
  payload,
  verifyUrl: `https://skillreg.example.gov.cn/verify#${payload}`,
};
/** A stand-in photo: a PNG with a grey gradient, w × h pixels. */
function portrait(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey, no interlace
  const rows = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rows[y * (w + 1) + 1 + x] = 80 + ((x + y) % 150);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
/** Long values, a status note and a photo: the crowded case. */
const crowded: CertificatePdfInput = {
  ...input,
  holderName: '阿卜杜热合曼·买买提依明',
  occupationName: '智能制造工程技术人员（工业互联网工程技术人员）',
  institutionName: '贵阳市黔程职业技能评价中心（符合贵州遴选条件的社会培训评价组织）',
  level: 1,
  statusNote:
    '本证书已于2026年5月1日宣布无效（评价机构违规颁发，依《职业技能等级认定违规行为处理办法》第八条）',
  photo: portrait(70, 90),
};
const dir = mkdtempSync(join(tmpdir(), 'skillreg-cert-pdf-'));
const keysFile = join(dir, 'jwks.json');
writeFileSync(keysFile, JSON.stringify(toKeySet(verificationKeys)));

/** The decompressed content of every stream in the file. */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
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

/** The QR code's modules as drawn: the filled rectangles inside its box, back on the module grid. */
function drawnModules(pdf: Buffer, qr: CertificateLayout['qr']): Uint8Array {
  const n = qr.modules;
  const grid = new Uint8Array(n * n);
  const origin = qr.x + 4 * qr.moduleSize;
  const top = qr.y + 4 * qr.moduleSize;
  for (const content of streams(pdf))
    for (const m of content.matchAll(/^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re$/gm)) {
      const [x, y, w] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
      if (x < qr.x - 0.01 || x + w > qr.x + qr.width + 0.01 || y < qr.y || y > qr.y + qr.height) continue;
      const row = Math.round((y - top) / qr.moduleSize);
      const col = Math.round((x - origin) / qr.moduleSize);
      for (let i = 0; i < Math.round(w / qr.moduleSize); i++) grid[row * n + col + i] = 1;
    }
  return grid;
}

const boxOf = (t: PlacedText) => ({ x: t.x, y: t.y - 0.88 * t.size, width: t.width, height: t.size });
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function cli(args: string[]) {
  const lines: string[] = [];
  const code = await runVerifyCertificateCommand(
    args,
    (l) => lines.push(l),
    new Date('2026-06-02T09:00:00Z'),
  );
  return { code, text: lines.join('\n') };
}

describe('the printable e-certificate', () => {
  it('is a one-page PDF carrying exactly the signed payload in its Info dictionary, and that payload verifies', async () => {
    const pdf = await renderCertificatePdf(input);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    // pdfkit writes it as an indirect literal string.
    expect(text).toMatch(/\/SkillRegPayload \d+ 0 R/);
    expect(payloadFromPdf(pdf)).toBe(payload);
    const check = verifyCertificatePayload(payloadFromPdf(pdf)!, verificationKeys);
    expect(check).toMatchObject({ ok: true, claims: { number: NUMBER, level: 3, issuedOn: '2026-03-15' } });
    // Dated the day of issue (00:00 in Beijing), not the rendering time: the same input, the same bytes.
    expect(text).toContain('(D:20260314160000Z)');
    expect((await renderCertificatePdf(input)).equals(pdf)).toBe(true);
  });

  it('prints the fields in Chinese: the level’s name, the date written out, the occupation with its code', async () => {
    const { pdf, layout } = await renderCertificateWithLayout(input);
    const values = layout.texts.filter((t) => t.kind === 'value').map((t) => t.text);
    expect(values).toEqual([
      '王小明',
      '5201**********1234',
      '养老护理员（4-10-01-05）',
      '三级/高级工',
      NUMBER,
      '2026年3月15日',
      '贵州黔康职业技能评价有限公司',
    ]);
    expect(layout.texts.filter((t) => t.kind === 'label').map((t) => t.text)).toEqual([
      '姓名',
      '证件号码',
      '职业（工种）',
      '职业技能等级',
      '证书编号',
      '发证日期',
      '评价机构',
    ]);
    expect(layout.texts.find((t) => t.kind === 'title')?.text).toBe('职业技能等级证书');
    expect(layout.texts.find((t) => t.kind === 'qr-caption')?.text).toBe('扫码核验');
    expect(layout.texts.find((t) => t.kind === 'qr-address')?.text).toBe(
      'https://skillreg.example.gov.cn/verify',
    );
    expect(layout.texts.some((t) => t.kind === 'photo' && t.text === '照片')).toBe(true);
    expect(layout.statusBox).toBeNull();
    const footer = layout.texts
      .filter((t) => t.kind === 'footer')
      .map((t) => t.text)
      .join('');
    expect(footer).toContain('https://skillreg.example.gov.cn/verify');
    expect(footer).toContain('公布的公钥');
    // The glyphs are embedded with a ToUnicode map, so the text can be searched and copied.
    const mapped = streams(pdf)
      .filter((s) => s.includes('begincmap'))
      .join('\n')
      .toLowerCase();
    for (const ch of '职业技能等级证书高级工扫码核验')
      expect(mapped, ch).toContain(ch.codePointAt(0)!.toString(16).padStart(4, '0'));
    for (let level = 1; level <= 5; level++) {
      const { layout: l } = await renderCertificateWithLayout({ ...input, level });
      expect(l.texts.filter((t) => t.kind === 'value')[3]!.text).toBe(
        ['一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'][level - 1],
      );
    }
    await expect(renderCertificatePdf({ ...input, level: 6 })).rejects.toThrow(/level/);
  });

  it('draws a QR code of the verification URL at error correction M, at least 30 mm wide', async () => {
    const { pdf, layout } = await renderCertificateWithLayout(input);
    const expected = QRCode.create(input.verifyUrl, { errorCorrectionLevel: 'M' }).modules;
    expect(layout.qr.modules).toBe(expected.size);
    expect(layout.qr.width - 8 * layout.qr.moduleSize).toBeGreaterThanOrEqual(30 * MM);
    expect([...drawnModules(pdf, layout.qr)]).toEqual([...expected.data]);
    // Bottom right, inside the frame.
    expect(layout.qr.x).toBeGreaterThan(105 * MM);
    expect(layout.qr.y).toBeGreaterThan(148 * MM);
  });

  for (const [name, c] of [
    ['a plain certificate', input],
    ['a crowded one (long values, a status note, a photo)', crowded],
  ] as const)
    it(`keeps every line of ${name} inside the frame, off the photo and the QR code, and apart`, async () => {
      const { layout } = await renderCertificateWithLayout(c);
      const inner = { x: 13 * MM, y: 13 * MM, width: 184 * MM, height: 271 * MM };
      const boxes = layout.texts.map(boxOf);
      for (const [i, b] of boxes.entries()) {
        const t = layout.texts[i]!;
        expect(b.x, t.text).toBeGreaterThan(inner.x);
        expect(b.x + b.width, t.text).toBeLessThan(inner.x + inner.width);
        expect(b.y, t.text).toBeGreaterThan(inner.y);
        expect(b.y + b.height, t.text).toBeLessThan(inner.y + inner.height);
        if (t.kind !== 'photo') expect(overlaps(b, layout.photo), t.text).toBe(false);
        expect(overlaps(b, layout.qr), t.text).toBe(false);
        for (const [j, other] of boxes.entries())
          if (j > i) expect(overlaps(b, other), `${t.text} / ${layout.texts[j]!.text}`).toBe(false);
      }
      expect(overlaps(layout.photo, layout.qr)).toBe(false);
    });

  it('prints a status note in red at the top, and the holder’s photo in place of the empty slot', async () => {
    const { pdf, layout } = await renderCertificateWithLayout(crowded);
    const note = layout.texts.filter((t) => t.kind === 'status');
    expect(note.map((t) => t.text).join('')).toBe(crowded.statusNote);
    expect(layout.statusBox).not.toBeNull();
    const title = layout.texts.find((t) => t.kind === 'title')!;
    const firstValue = layout.texts.find((t) => t.kind === 'value')!;
    expect(note[0]!.y).toBeGreaterThan(title.y);
    expect(note.at(-1)!.y).toBeLessThan(firstValue.y);
    // #e60012 as pdfkit writes it, as fill (text) and stroke (box) colour.
    const content = streams(pdf).join('\n');
    expect(content).toMatch(/0\.9019\d* 0 0\.0705\d* scn/);
    expect(content).toMatch(/0\.9019\d* 0 0\.0705\d* SCN/);
    expect(streams(await renderCertificatePdf(input)).join('\n')).not.toMatch(/0\.9019\d* 0 0\.0705\d* scn/);
    expect(layout.texts.some((t) => t.kind === 'photo')).toBe(false);
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect(payloadFromPdf(pdf)).toBe(payload);
  });
});

describe('payloadFromPdf', () => {
  const pdfOf = (body: string) => Buffer.from(`%PDF-1.3\n${body}\n%%EOF\n`, 'latin1');

  it('is null for a PDF without the entry', async () => {
    const doc = new PDFDocument({ info: { Title: 'not a certificate' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    doc.text('hello');
    doc.end();
    await ended;
    const plain = Buffer.concat(chunks);
    expect(plain.toString('latin1').startsWith('%PDF-')).toBe(true);
    expect(payloadFromPdf(plain)).toBeNull();
    expect(payloadFromPdf(Buffer.alloc(0))).toBeNull();
    // A longer name is another key.
    expect(payloadFromPdf(pdfOf('<< /SkillRegPayloadOld (SR1.x) >>'))).toBeNull();
    // A reference to an object that is not there.
    expect(payloadFromPdf(pdfOf('<< /SkillRegPayload 7 0 R >>'))).toBeNull();
  });

  it('reads literal strings with their escapes, hex strings and UTF-16BE text, direct or by reference', () => {
    expect(payloadFromPdf(pdfOf('<< /SkillRegPayload (a\\(b\\)c\\\\d\\101\\\nz(n)) >>'))).toBe(
      'a(b)c\\dAz(n)',
    );
    expect(payloadFromPdf(pdfOf('<</SkillRegPayload<53 52 31 2e>>>'))).toBe('SR1.');
    expect(payloadFromPdf(pdfOf('<< /SkillRegPayload <FEFF005300520031> >>'))).toBe('SR1');
    expect(payloadFromPdf(pdfOf('<< /SkillRegPayload (\\376\\377\\000S\\000R) >>'))).toBe('SR');
    expect(
      payloadFromPdf(
        pdfOf('17 0 obj\n(SR1.a)\nendobj\n117 0 obj\n(other)\nendobj\n<< /SkillRegPayload 17 0 R >>'),
      ),
    ).toBe('SR1.a');
  });

  it('takes the last entry: an incremental update appends a new Info dictionary', () => {
    const updated = pdfOf(
      '3 0 obj\n(old)\nendobj\n<< /SkillRegPayload 3 0 R >>\n3 0 obj\n(new)\nendobj\n<< /SkillRegPayload 3 0 R >>',
    );
    expect(payloadFromPdf(updated)).toBe('new');
  });
});

describe('npm run cli -- verify-certificate <file.pdf>', () => {
  it('reads the payload from the PDF and checks it, with the name printed on the certificate', async () => {
    const file = join(dir, '证书.pdf');
    writeFileSync(file, await renderCertificatePdf(input));
    const r = await cli([file, '--keys', keysFile, '--name', HOLDER]);
    expect(r.code).toBe(0);
    expect(r.text).toContain('从 PDF 读取');
    expect(r.text).toContain('签名有效');
    expect(r.text).toContain(NUMBER);
    expect(r.text).toContain('持证人姓名相符');
    expect((await cli([file, '--keys', keysFile, '--name', '王小红'])).code).toBe(1);
  });

  it('fails on a PDF whose payload was altered', async () => {
    const pdf = await renderCertificatePdf(input);
    const text = pdf.toString('latin1');
    const altered = Buffer.from(text.replace(`(${payload})`, `(${payload.replace('.3.', '.2.')})`), 'latin1');
    expect(payloadFromPdf(altered)).not.toBe(payload);
    const file = join(dir, 'altered.PDF');
    writeFileSync(file, altered);
    const r = await cli([file, '--keys', keysFile]);
    expect(r.code).toBe(1);
    expect(r.text).toContain('签名不符');
  });

  it('says so in Chinese and English when the PDF carries no payload, or is not there', async () => {
    const file = join(dir, 'plain.pdf');
    writeFileSync(file, '%PDF-1.3\n1 0 obj\n<< /Title (no payload) >>\nendobj\n%%EOF\n');
    const r = await cli([file, '--keys', keysFile]);
    expect(r.code).toBe(1);
    expect(r.text).toContain('该 PDF 中没有本平台电子证书的签名内容');
    expect(r.text).toContain('carries no SkillReg certificate payload');
    const missing = await cli([join(dir, 'missing.pdf'), '--keys', keysFile]);
    expect(missing.code).toBe(2);
    expect(missing.text).toContain('找不到文件 / no such file');
  });
});
