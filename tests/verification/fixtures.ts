// What the tests of tests/verification share: one Ed25519 key pair as the platform's signing key and
// as its published verification key, and a certificate's claims — the demo's 王小明, 三级/高级工 养老护理员
// (4-10-01-05), issued 2026-03-15 by a Guizhou institution.
import { generateKeyPairSync } from 'node:crypto';
import {
  holderNameHash,
  signCertificatePayload,
  type CertificateClaims,
  type SigningKey,
  type VerificationKey,
} from '../../src/verification/certificate-payload.js';

export const pair = generateKeyPairSync('ed25519');
export const signingKey: SigningKey = { keyId: 'k2026a', privateKey: pair.privateKey };
export const verificationKey: VerificationKey = {
  keyId: 'k2026a',
  publicKey: pair.publicKey,
  notBefore: '2026-01-01',
  notAfter: null,
};
export const ISSUER = '52520100MJY123456X';
export const NUMBER = 'S000052000123263000001';
export const HOLDER = '王小明';
export const claims: CertificateClaims = {
  number: NUMBER,
  holderNameHash: holderNameHash(NUMBER, HOLDER),
  occupationCode: '4-10-01-05',
  level: 3,
  issuedOn: '2026-03-15',
  issuer: ISSUER,
};
/** The claims signed on 2026-06-01 with the signing key. */
export const signedPayload = (): string => signCertificatePayload(claims, signingKey, '2026-06-01');
