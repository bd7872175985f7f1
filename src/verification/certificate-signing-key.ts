// The key that signs e-certificate payloads and status lists (decision 0033). Every server process on
// one database must sign with the same key, and the embedded default must work with no set-up, so the
// key is either configured (SKILLREG_CERTIFICATE_SIGNING_KEY, an Ed25519 private key in PEM) or derived
// from the personal-data key with HKDF under its own label — which every process already shares and
// which the operator already keeps secret. Rotating the data key therefore rotates this key too: the
// new key is published beside the old one, which keeps verifying what it signed (key-set.ts). No I/O.
import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import type { SigningKey } from './certificate-payload.js';

export interface CertificateSigningKey extends SigningKey {
  publicKey: KeyObject;
  /** The raw public key, base64url: the JWK's x. */
  publicX: string;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): a fixed 16-byte header, then the 32 bytes.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function describeCertificateSigningKey(privateKey: KeyObject): CertificateSigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(
      'SKILLREG_CERTIFICATE_SIGNING_KEY 必须是 Ed25519 私钥（PEM） / must be an Ed25519 private key (PEM)',
    );
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' });
  const publicX = String(jwk.x);
  const keyId = createHash('sha256').update(Buffer.from(publicX, 'base64url')).digest('hex').slice(0, 16);
  return { keyId, privateKey, publicKey, publicX };
}

/** The configured key when there is one, otherwise the one derived from the data key (base64). */
export function certificateSigningKey(dataKey: string, configuredPem?: string): CertificateSigningKey {
  if (configuredPem) {
    let key: KeyObject;
    try {
      key = createPrivateKey(configuredPem);
    } catch {
      throw new Error(
        'SKILLREG_CERTIFICATE_SIGNING_KEY 不是有效的私钥（PEM） / is not a valid private key (PEM)',
      );
    }
    return describeCertificateSigningKey(key);
  }
  const seed = Buffer.from(
    hkdfSync('sha256', Buffer.from(dataKey, 'base64'), '', 'skillreg/certificate-signing/ed25519', 32),
  );
  return describeCertificateSigningKey(
    createPrivateKey({
      key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    }),
  );
}
