import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base58btc, canonicalJson, fromBase58btc, proveCredential, verifyCredential } from './credential.js';

describe('eddsa-jcs-2022 parts', () => {
  it('JCS (RFC 8785): keys sorted, no spaces, numbers as ECMAScript writes them', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1e21, y: 0.5 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":0.5,"z":1e+21}}',
    );
    expect(canonicalJson({ 中: '文', A: 1 })).toBe('{"A":1,"中":"文"}');
  });
  it('base58btc round-trips, leading zero bytes as 1s', () => {
    const bytes = Buffer.from([0, 0, 1, 2, 255, 128]);
    expect(fromBase58btc(base58btc(bytes)).equals(bytes)).toBe(true);
    expect(base58btc(Buffer.from('hello world'))).toBe('StV1DL6CwTryKyV');
  });
  it('a proof verifies, and fails for any change of the credential or another key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ed25519').publicKey;
    const vc = proveCredential(
      { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], name: '证书' },
      { privateKey, verificationMethod: 'https://example.org/keys#k1' },
      new Date('2026-12-04T00:00:00Z'),
    );
    expect(verifyCredential(vc, publicKey)).toBe(true);
    expect(verifyCredential({ ...vc, name: '伪造' }, publicKey)).toBe(false);
    expect(verifyCredential(vc, other)).toBe(false);
  });
});
