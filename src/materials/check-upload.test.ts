import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, checkUpload } from './check-upload.js';
import { compoundFileOf, docxBytes, pdfBytes, pngBytes } from './sample-files.test-support.js';

const pdfItem = { title_zh: '营业执照', accepts: ['pdf', 'image'] } as const;
const wordItem = { title_zh: '工作方案', accepts: ['word', 'pdf'] } as const;

describe('checkUpload', () => {
  it('accepts a PDF declared as PDF, with a clean name', () => {
    expect(
      checkUpload(
        { bytes: pdfBytes(), fileName: 'C:\\扫描\\营业执照.pdf', declaredType: 'application/pdf' },
        pdfItem,
      ),
    ).toEqual({
      ok: true,
      value: { kind: 'pdf', mediaType: 'application/pdf', fileName: '营业执照.pdf', size: pdfBytes().length },
    });
  });

  it('accepts a file of exactly the size limit and refuses one byte more', () => {
    const at = new Uint8Array(MAX_UPLOAD_BYTES);
    at.set(pdfBytes());
    expect(checkUpload({ bytes: at, fileName: 'a.pdf', declaredType: 'application/pdf' }, pdfItem).ok).toBe(
      true,
    );
    const over = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    over.set(pdfBytes());
    expect(
      checkUpload({ bytes: over, fileName: 'a.pdf', declaredType: 'application/pdf' }, pdfItem),
    ).toMatchObject({
      ok: false,
      code: 'UPLOAD_TOO_LARGE',
    });
  });

  it('refuses an empty file', () => {
    expect(
      checkUpload({ bytes: new Uint8Array(), fileName: 'a.pdf', declaredType: 'application/pdf' }, pdfItem),
    ).toMatchObject({
      code: 'UPLOAD_EMPTY',
    });
  });

  it('refuses content that contradicts the declared type (an HTML page declared as PDF)', () => {
    expect(
      checkUpload({ bytes: pngBytes(), fileName: 'a.pdf', declaredType: 'application/pdf' }, pdfItem),
    ).toMatchObject({
      code: 'UPLOAD_TYPE_MISMATCH',
    });
    const html = new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>'));
    expect(
      checkUpload({ bytes: html, fileName: 'a.pdf', declaredType: 'application/pdf' }, pdfItem),
    ).toMatchObject({
      code: 'UPLOAD_UNKNOWN',
    });
  });

  it('refuses an extension that contradicts the content, and trusts no declared octet-stream', () => {
    expect(
      checkUpload(
        { bytes: pdfBytes(), fileName: 'a.exe', declaredType: 'application/octet-stream' },
        pdfItem,
      ),
    ).toMatchObject({
      code: 'UPLOAD_EXTENSION_MISMATCH',
    });
    expect(
      checkUpload({ bytes: pdfBytes(), fileName: 'a.PDF', declaredType: 'application/octet-stream' }, pdfItem)
        .ok,
    ).toBe(true);
  });

  it('accepts image/jpg as the alias browsers send, and a legacy .doc under a Word item', () => {
    const doc = compoundFileOf(['WordDocument']);
    expect(
      checkUpload({ bytes: doc, fileName: '方案.doc', declaredType: 'application/msword' }, wordItem).ok,
    ).toBe(true);
    expect(checkUpload({ bytes: docxBytes(), fileName: '方案.docx', declaredType: '' }, wordItem).ok).toBe(
      true,
    );
  });

  it('refuses a kind the checklist item does not accept, naming what it accepts', () => {
    const r = checkUpload({ bytes: docxBytes(), fileName: '执照.docx', declaredType: '' }, pdfItem);
    expect(r).toMatchObject({ ok: false, code: 'UPLOAD_TYPE_NOT_ACCEPTED' });
    if (!r.ok) expect(r.message_zh).toBe('“营业执照”只接受PDF 文件、PNG 图片、JPEG 图片');
  });

  it('names macro-enabled and encrypted files in its refusal', () => {
    expect(
      checkUpload(
        { bytes: docxBytes({ 'word/vbaProject.bin': '' }), fileName: 'a.docx', declaredType: '' },
        wordItem,
      ),
    ).toMatchObject({
      code: 'UPLOAD_MACRO_ENABLED',
    });
    expect(
      checkUpload(
        { bytes: compoundFileOf(['EncryptedPackage']), fileName: 'a.docx', declaredType: '' },
        wordItem,
      ),
    ).toMatchObject({
      code: 'UPLOAD_ENCRYPTED',
    });
  });
});
