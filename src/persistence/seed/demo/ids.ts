// Stable ids for demo records: a name-based UUID (version-5 layout, SHA-1 of the record's kind and key), so
// that every installation has the same ids for the same demo records (links in docs and end-to-end
// tests keep working) without storing ids in the data files.
import { createHash } from 'node:crypto';

const NAMESPACE = 'skillreg-demo';

export function demoId(kind: string, key: string): string {
  const h = createHash('sha1').update(`${NAMESPACE}:${kind}:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
