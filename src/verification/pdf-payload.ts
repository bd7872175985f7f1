// Reads the signed certificate payload back out of an e-certificate PDF (issue 12 point 3, decision
// 0033), for the offline check `npm run cli -- verify-certificate <file.pdf>`. The renderer
// (src/documents/render-certificate.ts) puts it in the Info dictionary under /SkillRegPayload; pdfkit
// writes the entry as an indirect reference to a literal string:
//
//   /SkillRegPayload 13 0 R   …   13 0 obj (SR1.….…) endobj
//
// The reader also takes a direct value, a hex string and UTF-16BE text (with its byte-order mark), as
// another PDF writer re-saving the file may produce; the last entry in the file wins (an incremental
// update appends a new Info dictionary after the old). No PDF library and no I/O: bytes in, text out.
// Whatever is found is returned as is; checking it is verifyCertificatePayload's job.

const KEY = '/SkillRegPayload';
/** Characters that end a PDF name (white space and delimiters). */
const NAME_END = /[\s/<>[\]()%{}]/;

export function payloadFromPdf(pdf: Buffer): string | null {
  // latin1 maps each byte to one character, so offsets in the text are offsets in the file.
  const text = pdf.toString('latin1');
  for (let at = text.lastIndexOf(KEY); at >= 0; at = at > 0 ? text.lastIndexOf(KEY, at - 1) : -1) {
    const after = at + KEY.length;
    if (after < text.length && !NAME_END.test(text[after]!)) continue; // a longer name
    const value = valueAt(text, after);
    if (value !== null) return value;
  }
  return null;
}

/** The string value at `from` (after white space): direct, or through an indirect reference. */
function valueAt(text: string, from: number): string | null {
  const start = skipSpace(text, from);
  const ref = /^(\d+)\s+(\d+)\s+R\b/.exec(text.slice(start, start + 32));
  if (!ref) return stringAt(text, start);
  const definition = new RegExp(`(?:^|[^0-9])${ref[1]}\\s+${ref[2]}\\s+obj\\b`, 'g');
  let body = -1;
  for (const m of text.matchAll(definition)) body = m.index + m[0].length;
  return body < 0 ? null : stringAt(text, skipSpace(text, body));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** A literal (…) or hex <…> string at `i`, decoded; null when there is none. */
function stringAt(text: string, i: number): string | null {
  if (text[i] === '(') {
    const bytes = literalBytes(text, i + 1);
    return bytes === null ? null : decodeText(bytes);
  }
  if (text[i] === '<' && text[i + 1] !== '<') {
    const end = text.indexOf('>', i);
    if (end < 0) return null;
    const hex = text.slice(i + 1, end).replace(/\s+/g, '');
    if (!/^[0-9A-Fa-f]*$/.test(hex)) return null;
    // An odd last digit is followed by 0 (ISO 32000-1 §7.3.4.3).
    return decodeText(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  }
  return null;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** The bytes of a literal string starting after its '(' (ISO 32000-1 §7.3.4.2); null if unterminated. */
function literalBytes(text: string, i: number): number[] | null {
  const out: number[] = [];
  let depth = 0;
  while (i < text.length) {
    const ch = text[i++]!;
    if (ch === '\\') {
      const next = text[i] ?? '';
      if (next in ESCAPES) {
        out.push(ESCAPES[next]!);
        i++;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))![0];
        out.push(parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        // A backslash at the end of a line continues the string on the next.
        i += next === '\r' && text[i + 1] === '\n' ? 2 : 1;
      } else if (next !== '') {
        // An unknown escape: the backslash is ignored.
        out.push(next.charCodeAt(0));
        i++;
      }
    } else if (ch === '\r') {
      // An unescaped end of line, whichever it is, reads as \n.
      if (text[i] === '\n') i++;
      out.push(10);
    } else if (ch === '(') {
      depth++;
      out.push(40);
    } else if (ch === ')') {
      if (depth === 0) return out;
      depth--;
      out.push(41);
    } else {
      out.push(ch.charCodeAt(0));
    }
  }
  return null;
}

/** A PDF text string: UTF-16BE after FE FF, UTF-8 after EF BB BF, otherwise one byte a character. */
function decodeText(raw: Buffer | number[]): string {
  const bytes = Buffer.from(raw);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return body.swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  // PDFDocEncoding agrees with Latin-1 on everything a payload may contain (ASCII).
  return bytes.toString('latin1');
}
