// The signing key of this process and the published key set (decision 0033): the key is published in
// the database when the process starts (every process on one database reads the same set), and the
// set is read from there, cached for a minute — key changes are rare and a verifier's copy of the
// JWKS is cached longer than that anyway.
import { createPublicKey } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import {
  publishedKeys,
  publishSigningKey,
  type PublishedKeyRow,
} from '../../persistence/certificate-verification.repository.js';
import type { CertificateSigningKey } from '../../verification/certificate-signing-key.js';
import type { VerificationKey } from '../../verification/certificate-payload.js';
import { toKeySet, type PublishedKeySet } from '../../verification/key-set.js';
import { todayInChina } from '../registry/registry-context.js';

const CACHE_MS = 60_000;

export interface PublishedKeys {
  signingKey: CertificateSigningKey;
  /** Publishes the signing key (idempotent); done before the first signature. */
  publish(): Promise<void>;
  verificationKeys(): Promise<VerificationKey[]>;
  keySet(): Promise<PublishedKeySet>;
}

function toVerificationKey(r: PublishedKeyRow): VerificationKey {
  return {
    keyId: r.key_id,
    publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: r.public_x }, format: 'jwk' }),
    notBefore: r.not_before,
    notAfter: r.not_after,
  };
}

export function createPublishedKeys(db: Kysely<DB>, signingKey: CertificateSigningKey): PublishedKeys {
  let published: Promise<void> | null = null;
  let cached: { at: number; keys: VerificationKey[] } | null = null;
  const publish = () => {
    published ??= publishSigningKey(db, signingKey, todayInChina()).catch((err: unknown) => {
      published = null;
      throw err;
    });
    return published;
  };
  const verificationKeys = async () => {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.keys;
    await publish();
    const keys = (await publishedKeys(db)).map(toVerificationKey);
    cached = { at: Date.now(), keys };
    return keys;
  };
  return {
    signingKey,
    publish,
    verificationKeys,
    keySet: async () => toKeySet(await verificationKeys()),
  };
}
