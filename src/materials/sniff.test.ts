import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sniffMediaType } from './sniff.js';
import {
  compoundFileOf,
  docxBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  zipOf,
} from './sample-files.test-support.js';

const ascii = (s: string) => new Uint8Array(Buffer.from(s));

describe('sniffMediaType', () => {
  it('recognises PDF, PNG, JPEG and GIF by their magic numbers', () => {
    expect(sniffMediaType(pdfBytes())).toEqual({ ok: true, kind: 'pdf' });
    expect(sniffMediaType(pngBytes())).toEqual({ ok: true, kind: 'png' });
    expect(sniffMediaType(jpegBytes())).toEqual({ ok: true, kind: 'jpeg' });
    expect(sniffMediaType(ascii('GIF89a\x01\x00'))).toEqual({ ok: true, kind: 'gif' });
  });

  it('recognises an .xlsx written by exceljs from its ZIP directory', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('人员').addRow(['姓名', '岗位']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(sniffMediaType(bytes)).toEqual({ ok: true, kind: 'xlsx' });
  });

  it('recognises a .docx, and tells a plain ZIP archive from an Office file', () => {
    expect(sniffMediaType(docxBytes())).toEqual({ ok: true, kind: 'docx' });
    expect(sniffMediaType(zipOf({ 'a.txt': 'x', 'b/c.exe': 'MZ' }))).toEqual({
      ok: false,
      problem: 'unknown',
    });
  });

  it('refuses macro-enabled Office files (.docm/.xlsm carry vbaProject.bin)', () => {
    expect(sniffMediaType(docxBytes({ 'word/vbaProject.bin': 'x' }))).toEqual({
      ok: false,
      problem: 'macro_enabled',
    });
    expect(sniffMediaType(compoundFileOf(['Workbook', '_VBA_PROJECT_CUR']))).toEqual({
      ok: false,
      problem: 'macro_enabled',
    });
  });

  it('tells legacy .xls from .doc by the compound file directory, and refuses encrypted packages', () => {
    expect(sniffMediaType(compoundFileOf(['WordDocument', '1Table', '\u0005SummaryInformation']))).toEqual({
      ok: true,
      kind: 'doc',
    });
    expect(sniffMediaType(compoundFileOf(['Workbook']))).toEqual({ ok: true, kind: 'xls' });
    expect(sniffMediaType(compoundFileOf(['Book']))).toEqual({ ok: true, kind: 'xls' });
    expect(sniffMediaType(compoundFileOf(['EncryptedInfo', 'EncryptedPackage']))).toEqual({
      ok: false,
      problem: 'encrypted',
    });
    expect(sniffMediaType(compoundFileOf(['PowerPoint Document']))).toEqual({
      ok: false,
      problem: 'unknown',
    });
  });

  it('reads a compound file whose directory spans several sectors', () => {
    const names = Array.from({ length: 9 }, (_, i) => `S${i}`);
    expect(sniffMediaType(compoundFileOf([...names, 'WordDocument']))).toEqual({ ok: true, kind: 'doc' });
  });

  it('refuses HTML, SVG, executables and scripts, whatever their names say', () => {
    for (const text of [
      '<!DOCTYPE html><script>x</script>',
      '<svg onload="x"/>',
      'MZ\x90\x00',
      '#!/bin/sh\n',
    ]) {
      expect(sniffMediaType(ascii(text))).toEqual({ ok: false, problem: 'unknown' });
    }
    expect(sniffMediaType(new Uint8Array())).toEqual({ ok: false, problem: 'unknown' });
  });

  it('refuses a PDF with scripts, launch actions or embedded files', () => {
    expect(sniffMediaType(pdfBytes('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> '))).toEqual({
      ok: false,
      problem: 'active_content',
    });
    expect(sniffMediaType(pdfBytes('/AA << /O << /S /Launch /F (cmd.exe) >> >> '))).toMatchObject({
      ok: false,
    });
    expect(sniffMediaType(pdfBytes('/Names << /EmbeddedFiles 2 0 R >> '))).toMatchObject({ ok: false });
  });

  it('does not crash or loop on truncated or corrupt containers', () => {
    const cfb = compoundFileOf(['WordDocument']);
    expect(sniffMediaType(cfb.subarray(0, 600))).toEqual({ ok: false, problem: 'unknown' });
    const looped = new Uint8Array(cfb);
    new DataView(looped.buffer).setUint32(512 + 4, 1, true); // directory sector points to itself
    expect(sniffMediaType(looped)).toEqual({ ok: false, problem: 'unknown' });
    const zip = docxBytes();
    expect(sniffMediaType(zip.subarray(0, zip.length - 30))).toEqual({ ok: false, problem: 'unknown' });
    const badCd = new Uint8Array(zip);
    new DataView(badCd.buffer).setUint32(badCd.length - 6, 0x7fffffff, true); // central directory offset
    expect(sniffMediaType(badCd)).toEqual({ ok: false, problem: 'unknown' });
  });
});
