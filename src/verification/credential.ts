// The certificate as a W3C Verifiable Credential 2.0 in the Open Badges 3.0 shape (issue 12 point 4:
// learning outcomes for the credit bank, 1x-selection §24, 1x-exit §8), secured with a Data Integrity
// proof of the `eddsa-jcs-2022` cryptosuite: the proof options and the credential are canonicalised
// with JCS (RFC 8785), each hashed with SHA-256, and the two hashes (options first) signed with the
// same Ed25519 keys as the QR payloads; proofValue is the signature in multibase base58btc ('z').
// Canonicalisation here is exact JCS for what JSON.parse gives: keys sorted by UTF-16 code units, and
// ECMAScript number formatting, which is what RFC 8785 specifies. No I/O.
import { createHash, sign, verify, type KeyObject } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** RFC 8785 JSON Canonicalization Scheme. */
export function canonicalJson(v: Json): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(v)
    .filter((k) => v[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k]!)}`).join(',')}}`;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58btc(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

export function fromBase58btc(s: string): Buffer {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) throw new Error('not base58btc');
    n = n * 58n + BigInt(i);
  }
  const hex = n === 0n ? '' : n.toString(16);
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const zeros = /^1*/.exec(s)![0].length;
  return Buffer.concat([Buffer.alloc(zeros), body]);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-jcs-2022';
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

/** Signs `credential` (without a proof): returns it with its `proof`. */
export function proveCredential(
  credential: { [k: string]: Json },
  key: { privateKey: KeyObject; verificationMethod: string },
  created: Date,
): { [k: string]: Json } {
  const options: { [k: string]: Json } = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    verificationMethod: key.verificationMethod,
    proofPurpose: 'assertionMethod',
    '@context': credential['@context']!,
  };
  const data = Buffer.concat([sha256(canonicalJson(options)), sha256(canonicalJson(credential))]);
  const proofValue = `z${base58btc(sign(null, data, key.privateKey))}`;
  const { '@context': _context, ...proof } = options;
  return { ...credential, proof: { ...proof, proofValue } };
}

/** Checks a credential's eddsa-jcs-2022 proof with the public key its verificationMethod names. */
export function verifyCredential(signed: { [k: string]: Json }, publicKey: KeyObject): boolean {
  const { proof, ...credential } = signed;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return false;
  const { proofValue, ...rest } = proof as { [k: string]: Json };
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z')) return false;
  const options = { ...rest, '@context': credential['@context']! };
  const data = Buffer.concat([sha256(canonicalJson(options)), sha256(canonicalJson(credential))]);
  try {
    return verify(null, data, publicKey, fromBase58btc(proofValue.slice(1)));
  } catch {
    return false;
  }
}
