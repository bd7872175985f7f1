// What a file really is, from its bytes (magic numbers and container directories), never from its
// name or the type the browser declared. Anything else — HTML, SVG, scripts, executables, archives,
// macro-enabled or password-protected Office files — is not an acceptable material.
import { CFB_SIGNATURE, cfbEntryNames, zipEntryNames } from './container-names.js';
import type { MediaKind } from './media-types.js';

export type SniffProblem = 'unknown' | 'macro_enabled' | 'encrypted' | 'active_content';

export type Sniffed = { ok: true; kind: MediaKind } | { ok: false; problem: SniffProblem };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function indexOf(b: Uint8Array, needle: readonly number[], from = 0, to = b.length): number {
  const end = Math.min(to, b.length) - needle.length;
  // TypedArray.indexOf finds the first byte natively; a 20 MB scan stays in milliseconds.
  for (let i = b.indexOf(needle[0]!, from); i >= 0 && i <= end; i = b.indexOf(needle[0]!, i + 1)) {
    let j = 1;
    while (j < needle.length && b[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

// Actions a PDF viewer may run: scripts, launching programs, embedded files. Scanned in the raw bytes,
// where PDF names stand uncompressed in dictionaries.
const PDF_ACTIVE = ['/JavaScript', '/JS ', '/JS(', '/JS<', '/Launch', '/EmbeddedFile'].map(ascii);

export function sniffMediaType(b: Uint8Array): Sniffed {
  // ISO 32000: the header may follow a little leading junk; allow it within the first 1024 bytes.
  const pdfAt = indexOf(b, ascii('%PDF-'), 0, 1024);
  if (pdfAt >= 0) {
    return PDF_ACTIVE.some((n) => indexOf(b, n) >= 0)
      ? { ok: false, problem: 'active_content' }
      : { ok: true, kind: 'pdf' };
  }
  if (startsWith(b, PNG)) return { ok: true, kind: 'png' };
  if (startsWith(b, JPEG)) return { ok: true, kind: 'jpeg' };
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return { ok: true, kind: 'gif' };
  if (startsWith(b, ZIP)) return sniffOfficeOpenXml(zipEntryNames(b));
  if (startsWith(b, CFB_SIGNATURE)) return sniffCompoundFile(cfbEntryNames(b));
  return { ok: false, problem: 'unknown' };
}

function sniffOfficeOpenXml(names: string[] | undefined): Sniffed {
  if (!names || !names.includes('[Content_Types].xml')) return { ok: false, problem: 'unknown' };
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return { ok: false, problem: 'macro_enabled' };
  if (names.includes('xl/workbook.xml')) return { ok: true, kind: 'xlsx' };
  if (names.includes('word/document.xml')) return { ok: true, kind: 'docx' };
  return { ok: false, problem: 'unknown' };
}

function sniffCompoundFile(names: string[] | undefined): Sniffed {
  if (!names) return { ok: false, problem: 'unknown' };
  // A password-protected .xlsx/.docx is a compound file holding the encrypted package.
  if (names.includes('EncryptedPackage')) return { ok: false, problem: 'encrypted' };
  if (names.includes('Macros') || names.includes('_VBA_PROJECT_CUR') || names.includes('VBA'))
    return { ok: false, problem: 'macro_enabled' };
  if (names.includes('WordDocument')) return { ok: true, kind: 'doc' };
  if (names.includes('Workbook') || names.includes('Book')) return { ok: true, kind: 'xls' };
  return { ok: false, problem: 'unknown' };
}
