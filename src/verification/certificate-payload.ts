// The signed payload an e-certificate's QR code carries (issue 12 point 3, decision 0033): enough to
// check the certificate without the server — number, a hash of the holder's name, occupation, level,
// issue date, issuer — signed with Ed25519 under a key id whose public key is published (JWKS), and
// the day it was signed, so that a key can be retired or cut off without voiding what it signed while
// it was good. The holder's name is not in the payload: a QR on a printed certificate is read by
// anyone, so it carries SHA-256 of number + name, which a verifier who is shown the name can compare.
//
//   SR1.<number>.<nameHash>.<occupation>.<level>.<issuedOn YYYYMMDD>.<issuer>.<signedOn YYYYMMDD>.<kid>.<sig>
//
// Every field is from [0-9A-Za-z_-] and '.' separates them; the signature (base64url, 64 bytes) covers
// the UTF-8 bytes of everything before the last '.'. No I/O here: keys come in as KeyObjects.
import { createHash, sign, verify, type KeyObject } from 'node:crypto';

export const PAYLOAD_VERSION = 'SR1';

export interface CertificateClaims {
  /** The 22-character certificate number (decision 0024). */
  number: string;
  /** holderNameHash(number, name). */
  holderNameHash: string;
  occupationCode: string;
  level: number;
  /** YYYY-MM-DD. */
  issuedOn: string;
  /** The issuing institution's unified social credit code. */
  issuer: string;
}

export interface SignedClaims extends CertificateClaims {
  /** YYYY-MM-DD: the day the payload was signed. */
  signedOn: string;
  keyId: string;
}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

/** A published verification key: what it may have signed, by date (both ends included). */
export interface VerificationKey {
  keyId: string;
  publicKey: KeyObject;
  notBefore: string;
  /** The last day it signed, once retired or revoked; null while in use. */
  notAfter: string | null;
}

export type PayloadCheck =
  | { ok: true; claims: SignedClaims }
  | {
      ok: false;
      reason: 'malformed' | 'unknown_key' | 'key_not_valid_then' | 'bad_signature';
      /** What could be read, for the message (never trusted). */
      claims?: SignedClaims;
    };

/** Names as people write them on forms: half-width, single spaces, no ends. */
const normaliseName = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** The first 16 bytes of SHA-256("<number>|<name>"), base64url. */
export function holderNameHash(number: string, name: string): string {
  return createHash('sha256')
    .update(`${number}|${normaliseName(name)}`, 'utf8')
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');
const isoDate = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

const FIELD = /^[0-9A-Za-z_-]+$/;
const NUMBER = /^[YS][0-9]{21}$/;
const DATE = /^[0-9]{8}$/;

function signedText(c: SignedClaims): string {
  const fields = [
    PAYLOAD_VERSION,
    c.number,
    c.holderNameHash,
    c.occupationCode,
    String(c.level),
    compactDate(c.issuedOn),
    c.issuer,
    compactDate(c.signedOn),
    c.keyId,
  ];
  for (const f of fields)
    if (!FIELD.test(f)) throw new Error(`certificate payload field not encodable: ${JSON.stringify(f)}`);
  return fields.join('.');
}

/** The QR payload of a certificate, signed today (signedOn) with the current key. */
export function signCertificatePayload(claims: CertificateClaims, key: SigningKey, signedOn: string): string {
  const text = signedText({ ...claims, signedOn, keyId: key.keyId });
  const signature = sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64url');
  return `${text}.${signature}`;
}

/** Reads a payload without checking it: null when it is not one. */
export function readCertificatePayload(payload: string): SignedClaims | null {
  const parts = payload.trim().split('.');
  if (parts.length !== 10 || parts[0] !== PAYLOAD_VERSION) return null;
  const [
    ,
    number = '',
    nameHash = '',
    occupationCode = '',
    level = '',
    issuedOn = '',
    issuer = '',
    signedOn = '',
    keyId = '',
  ] = parts;
  if (!NUMBER.test(number) || !DATE.test(issuedOn) || !DATE.test(signedOn) || !/^[1-5]$/.test(level))
    return null;
  if (![nameHash, occupationCode, issuer, keyId].every((f) => FIELD.test(f))) return null;
  return {
    number,
    holderNameHash: nameHash,
    occupationCode,
    level: Number(level),
    issuedOn: isoDate(issuedOn),
    issuer,
    signedOn: isoDate(signedOn),
    keyId,
  };
}

/**
 * Checks a payload against the published keys: its key must be known, must have been valid on the day
 * it signed, and its signature must hold. Whether the certificate is still valid is a separate
 * question (the register online, the status list offline).
 */
export function verifyCertificatePayload(payload: string, keys: readonly VerificationKey[]): PayloadCheck {
  const claims = readCertificatePayload(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  const key = keys.find((k) => k.keyId === claims.keyId);
  if (!key) return { ok: false, reason: 'unknown_key', claims };
  if (claims.signedOn < key.notBefore || (key.notAfter !== null && claims.signedOn > key.notAfter))
    return { ok: false, reason: 'key_not_valid_then', claims };
  const text = payload.trim();
  const cut = text.lastIndexOf('.');
  const signature = Buffer.from(text.slice(cut + 1), 'base64url');
  const good =
    signature.length === 64 &&
    verify(null, Buffer.from(text.slice(0, cut), 'utf8'), key.publicKey, signature);
  return good ? { ok: true, claims } : { ok: false, reason: 'bad_signature', claims };
}
