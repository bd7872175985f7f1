// Headers for sending a stored material or document back: always as an attachment, never sniffed,
// never rendered in our origin (a sandboxing CSP in case a browser shows it anyway), not cached by
// shared caches. The name is sent both as an ASCII fallback and RFC 6266/8187 UTF-8 (filename*).
import { sanitiseFileName } from './file-name.js';

const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');

// encodeURIComponent leaves ' ( ) * unescaped; RFC 8187 attr-char does not allow them.
const rfc8187 = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachmentHeaders(fileName: string, mediaType: string, size: number): Record<string, string> {
  const name = sanitiseFileName(fileName);
  return {
    'content-type': mediaType,
    'content-length': String(size),
    'content-disposition': `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc8187(name)}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
}
