// The QR payload of an e-certificate (issue 12 point 3, decision 0033): signed with Ed25519 under a
// published key id, checked offline against the key set, refused when anything in it changed, when
// the key is unknown, or when the key was not valid on the day it signed.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  holderNameHash,
  readCertificatePayload,
  signCertificatePayload,
  verifyCertificatePayload,
  type VerificationKey,
} from '../../src/verification/certificate-payload.js';
import { fromKeySet, toKeySet } from '../../src/verification/key-set.js';
import { NUMBER, claims, pair, verificationKey } from './fixtures.js';

const other = generateKeyPairSync('ed25519');
const key2026 = verificationKey;
const sign = (signedOn = '2026-06-01', keyId = 'k2026a', privateKey = pair.privateKey) =>
  signCertificatePayload(claims, { keyId, privateKey }, signedOn);

describe('certificate QR payload', () => {
  it('verifies what it signed and reads the claims back', () => {
    const payload = sign();
    expect(payload.startsWith(`SR1.${NUMBER}.`)).toBe(true);
    // Short enough for a QR code a phone reads off paper (version 10, level M holds 213 bytes).
    expect(payload.length).toBeLessThan(200);
    const check = verifyCertificatePayload(payload, [key2026]);
    expect(check).toEqual({
      ok: true,
      claims: { ...claims, signedOn: '2026-06-01', keyId: 'k2026a' },
    });
  });

  it('carries a hash of the name, not the name; the hash matches the name as people type it', () => {
    const payload = sign();
    expect(payload).not.toContain('王小明');
    const read = readCertificatePayload(payload)!;
    expect(read.holderNameHash).toBe(holderNameHash(NUMBER, ' 王小明 '));
    expect(read.holderNameHash).not.toBe(holderNameHash(NUMBER, '王小红'));
    expect(read.holderNameHash).not.toBe(holderNameHash('S000052000123263000002', '王小明'));
  });

  it('refuses a payload with any field changed', () => {
    const payload = sign();
    const parts = payload.split('.');
    for (const [i, value] of [
      [1, 'S000052000123263000002'],
      [4, '4'],
      [5, '20260316'],
      [7, '20260602'],
    ] as const) {
      const changed = [...parts];
      changed[i] = value;
      expect(verifyCertificatePayload(changed.join('.'), [key2026])).toMatchObject({
        ok: false,
        reason: 'bad_signature',
      });
    }
  });

  it('refuses a signature by another key under the same id', () => {
    const forged = sign('2026-06-01', 'k2026a', other.privateKey);
    expect(verifyCertificatePayload(forged, [key2026])).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('refuses an unknown key id and anything that is not a payload', () => {
    expect(verifyCertificatePayload(sign('2026-06-01', 'k2030z'), [key2026])).toMatchObject({
      ok: false,
      reason: 'unknown_key',
    });
    for (const junk of ['', 'SR1', 'SR2.' + sign().slice(4), 'https://example.org/', sign() + '.x'])
      expect(verifyCertificatePayload(junk, [key2026])).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a retired key still verifies what it signed up to its last day, and nothing after', () => {
    const retired: VerificationKey = { ...key2026, notAfter: '2026-06-30' };
    expect(verifyCertificatePayload(sign('2026-06-30'), [retired]).ok).toBe(true);
    expect(verifyCertificatePayload(sign('2026-07-01'), [retired])).toMatchObject({
      ok: false,
      reason: 'key_not_valid_then',
    });
    expect(verifyCertificatePayload(sign('2025-12-31'), [retired])).toMatchObject({
      ok: false,
      reason: 'key_not_valid_then',
    });
    expect(verifyCertificatePayload(sign('2026-01-01'), [retired]).ok).toBe(true);
  });

  it('publishes the keys as a JWKS an offline verifier reads back', () => {
    const set = toKeySet([
      key2026,
      { ...key2026, keyId: 'k2025a', notBefore: '2025-01-01', notAfter: '2025-12-31' },
    ]);
    expect(set.keys[0]).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      kid: 'k2026a',
      use: 'sig',
      alg: 'EdDSA',
      nbf: '2026-01-01',
    });
    expect(set.keys[1]).toMatchObject({ kid: 'k2025a', exp: '2025-12-31' });
    const json = JSON.parse(JSON.stringify(set)) as unknown;
    const keys = fromKeySet(json);
    expect(keys.map((k) => [k.keyId, k.notBefore, k.notAfter])).toEqual([
      ['k2026a', '2026-01-01', null],
      ['k2025a', '2025-01-01', '2025-12-31'],
    ]);
    expect(verifyCertificatePayload(sign(), keys).ok).toBe(true);
    expect(() => fromKeySet({})).toThrow(/key set/);
    expect(fromKeySet({ keys: [{ kty: 'RSA', kid: 'r' }] })).toEqual([]);
  });
});
