// The revocation status list an offline verifier refreshes (issue 12 point 3, decision 0033), after
// the W3C Bitstring Status List: one bit per certificate of an issuer, at the certificate's status
// index, 1 when the certificate no longer stands (invalidated or withdrawn: mohrss-violations §8,
// §15). The bits are GZIP-compressed and base64url-encoded with the multibase prefix 'u', as the W3C
// draft writes `encodedList`; the list is at least 131,072 bits (16 KiB before compression), so that
// fetching it says nothing about which certificate is being checked. The document is signed with the
// same Ed25519 keys as the QR payloads, over a canonical JSON of its other members, and says until when
// a verifier may rely on it (validUntil) before refreshing. No I/O: compression and signing are CPU.
import { sign, verify } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SigningKey, VerificationKey } from './certificate-payload.js';

/** The W3C draft's minimum, for herd privacy. */
export const MIN_STATUS_LIST_BITS = 131_072;

export interface StatusListDocument {
  type: 'SkillRegStatusList';
  statusPurpose: 'revocation';
  /** Which list: the first 15 characters of the numbers it covers (statusListIdOf). */
  statusListId: string;
  /** The issuing institution's USCC. */
  issuer: string;
  /** 'u' + base64url(gzip(bits)). */
  encodedList: string;
  /** ISO timestamps: when the list was made, and until when a verifier may use it offline. */
  validFrom: string;
  validUntil: string;
  keyId: string;
  /** Ed25519 over canonicalStatusList(document without signature), base64url. */
  signature: string;
}

// Where a certificate's bit is, read from its number (decision 0024: letter, 4-digit institution code,
// 2-digit province, 6-digit site sequence, 2-digit year, level, 6-digit serial): one list per issuer
// code and year of issue — the first 15 characters — and within it level and serial. No column and no
// counter: every certificate has its place the moment it is numbered, whether issued here or uploaded.
// 5 × 10⁶ bits (625 KB before compression, well under 2 KB after while revocations are few).
export const STATUS_LIST_BITS = 5_000_000;
const NUMBER = /^[YS][0-9]{21}$/;
export const STATUS_LIST_ID = /^[YS][0-9]{14}$/;

export function statusListIdOf(number: string): string {
  if (!NUMBER.test(number)) throw new Error(`not a certificate number: ${number}`);
  return number.slice(0, 15);
}

export function statusIndexOf(number: string): number {
  if (!NUMBER.test(number)) throw new Error(`not a certificate number: ${number}`);
  return (Number(number[15]) - 1) * 1_000_000 + Number(number.slice(16));
}

/** The bits, index 0 the leftmost bit of the first byte (as the W3C draft). */
export function encodeStatusBits(revoked: Iterable<number>, bits = MIN_STATUS_LIST_BITS): string {
  const length = Math.max(bits, MIN_STATUS_LIST_BITS);
  const bytes = Buffer.alloc(Math.ceil(length / 8));
  for (const i of revoked) {
    if (!Number.isInteger(i) || i < 0 || i >= length) throw new Error(`status index out of range: ${i}`);
    bytes[i >> 3]! |= 0x80 >> (i & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export function decodeStatusBits(encodedList: string): Buffer {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
}

export function isRevokedAt(bits: Buffer, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
    throw new Error(`status index out of range: ${index}`);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

type Unsigned = Omit<StatusListDocument, 'signature'>;

/** The signed bytes: the members in a fixed order, as JSON (all strings, so no number formatting). */
export function canonicalStatusList(d: Unsigned): Buffer {
  const ordered: Unsigned = {
    type: d.type,
    statusPurpose: d.statusPurpose,
    statusListId: d.statusListId,
    issuer: d.issuer,
    encodedList: d.encodedList,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    keyId: d.keyId,
  };
  return Buffer.from(JSON.stringify(ordered), 'utf8');
}

export function signStatusList(
  p: {
    statusListId: string;
    issuer: string;
    revoked: Iterable<number>;
    bits?: number;
    validFrom: Date;
    validUntil: Date;
  },
  key: SigningKey,
): StatusListDocument {
  const unsigned: Unsigned = {
    type: 'SkillRegStatusList',
    statusPurpose: 'revocation',
    statusListId: p.statusListId,
    issuer: p.issuer,
    encodedList: encodeStatusBits(p.revoked, p.bits),
    validFrom: p.validFrom.toISOString(),
    validUntil: p.validUntil.toISOString(),
    keyId: key.keyId,
  };
  const signature = sign(null, canonicalStatusList(unsigned), key.privateKey).toString('base64url');
  return { ...unsigned, signature };
}

export type StatusListCheck =
  | { ok: true; bits: Buffer }
  | { ok: false; reason: 'unknown_key' | 'key_not_valid_then' | 'bad_signature' | 'expired' | 'malformed' };

/**
 * Checks a status list an offline verifier holds: signed by a published key valid on the day it was
 * made, and not past validUntil at `now` (then: refresh it).
 */
export function verifyStatusList(
  doc: StatusListDocument,
  keys: readonly VerificationKey[],
  now: Date,
): StatusListCheck {
  if (doc?.type !== 'SkillRegStatusList' || typeof doc.signature !== 'string')
    return { ok: false, reason: 'malformed' };
  const key = keys.find((k) => k.keyId === doc.keyId);
  if (!key) return { ok: false, reason: 'unknown_key' };
  // Keys are valid by days in China (UTC+8, no daylight saving), as the payloads' signing days are.
  const made = Date.parse(doc.validFrom);
  if (Number.isNaN(made)) return { ok: false, reason: 'malformed' };
  const madeOn = new Date(made + 8 * 3600_000).toISOString().slice(0, 10);
  if (madeOn < key.notBefore || (key.notAfter !== null && madeOn > key.notAfter))
    return { ok: false, reason: 'key_not_valid_then' };
  const { signature, ...unsigned } = doc;
  const sig = Buffer.from(signature, 'base64url');
  if (sig.length !== 64 || !verify(null, canonicalStatusList(unsigned), key.publicKey, sig))
    return { ok: false, reason: 'bad_signature' };
  if (now.getTime() > Date.parse(doc.validUntil)) return { ok: false, reason: 'expired' };
  try {
    return { ok: true, bits: decodeStatusBits(doc.encodedList) };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
