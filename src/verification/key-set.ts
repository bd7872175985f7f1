// The published verification keys as a JSON Web Key Set (RFC 7517; Ed25519 as an OKP key, RFC 8037),
// so that anyone can verify a certificate's QR payload or credential offline and keys can rotate
// (decision 0033). Each key carries the days it may have signed: `nbf` and, once retired, `exp` — as
// ISO dates, SkillReg's own members beside the standard ones, which JWKS readers ignore.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { VerificationKey } from './certificate-payload.js';

export interface PublishedJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  use: 'sig';
  alg: 'EdDSA';
  /** First day the key signs (YYYY-MM-DD). */
  nbf: string;
  /** Last day it signed, once retired; absent while in use. */
  exp?: string;
}

export interface PublishedKeySet {
  keys: PublishedJwk[];
}

function okpX(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    throw new Error('verification keys are Ed25519');
  return jwk.x;
}

export function toKeySet(keys: readonly VerificationKey[]): PublishedKeySet {
  return {
    keys: keys.map((k) => ({
      kty: 'OKP',
      crv: 'Ed25519',
      x: okpX(k.publicKey),
      kid: k.keyId,
      use: 'sig',
      alg: 'EdDSA',
      nbf: k.notBefore,
      ...(k.notAfter ? { exp: k.notAfter } : {}),
    })),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a published key set (an offline verifier's copy); keys of other kinds are left out. */
export function fromKeySet(json: unknown): VerificationKey[] {
  const keys = (json as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new Error('not a key set: no "keys" array');
  const out: VerificationKey[] = [];
  for (const k of keys as Partial<PublishedJwk>[]) {
    if (k?.kty !== 'OKP' || k.crv !== 'Ed25519' || typeof k.x !== 'string' || typeof k.kid !== 'string')
      continue;
    if (typeof k.nbf !== 'string' || !ISO_DATE.test(k.nbf)) continue;
    if (k.exp !== undefined && (typeof k.exp !== 'string' || !ISO_DATE.test(k.exp))) continue;
    out.push({
      keyId: k.kid,
      publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: k.x }, format: 'jwk' }),
      notBefore: k.nbf,
      notAfter: k.exp ?? null,
    });
  }
  return out;
}
