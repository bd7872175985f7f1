import { describe, expect, it } from 'vitest';
import { extensionOf, sanitiseFileName } from './file-name.js';
import { attachmentHeaders } from './download-headers.js';

describe('sanitiseFileName', () => {
  it('keeps Chinese names and drops directories', () => {
    expect(sanitiseFileName('/tmp/../申报/营业执照（副本）.pdf')).toBe('营业执照（副本）.pdf');
    expect(sanitiseFileName('..\\..\\boot.ini')).toBe('boot.ini');
  });
  it('replaces control, reserved and bidi-override characters, and strips leading dots', () => {
    expect(sanitiseFileName('a<b>:"c|?*.pdf')).toBe('a_b___c___.pdf');
    expect(sanitiseFileName('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe');
    expect(sanitiseFileName('...htaccess')).toBe('htaccess');
    expect(sanitiseFileName('a\u0000b\n.pdf')).toBe('a_b_.pdf');
  });
  it('falls back to 文件 for an empty name and keeps the extension when shortening', () => {
    expect(sanitiseFileName('')).toBe('文件');
    expect(sanitiseFileName('///')).toBe('文件');
    const long = sanitiseFileName(`${'长'.repeat(300)}.pdf`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
  it('finds the extension in lower case', () => {
    expect(extensionOf('A.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});

describe('attachmentHeaders', () => {
  it('always sends an attachment, nosniff, a sandbox CSP and a UTF-8 file name', () => {
    const h = attachmentHeaders("营业执照 (1)'.pdf", 'application/pdf', 10);
    expect(h['content-disposition']).toBe(
      `attachment; filename="____ (1)'.pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%281%29%27.pdf`,
    );
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toContain('sandbox');
    expect(h['content-length']).toBe('10');
  });
});
