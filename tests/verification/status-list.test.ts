// The revocation status list (issue 12 point 3, decision 0033): bits at the certificates' status
// indexes, compressed and signed; an offline verifier trusts it only while it is valid and signed by a
// published key, and a revoked certificate shows as revoked after the next refresh.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeStatusBits,
  encodeStatusBits,
  isRevokedAt,
  MIN_STATUS_LIST_BITS,
  signStatusList,
  STATUS_LIST_BITS,
  statusIndexOf,
  statusListIdOf,
  verifyStatusList,
} from '../../src/verification/status-list.js';
import type { VerificationKey } from '../../src/verification/certificate-payload.js';

const pair = generateKeyPairSync('ed25519');
const key = { keyId: 'k2026a', privateKey: pair.privateKey };
const published: VerificationKey[] = [
  { keyId: 'k2026a', publicKey: pair.publicKey, notBefore: '2026-01-01', notAfter: null },
];
const made = new Date('2026-06-01T08:00:00Z');
const until = new Date('2026-06-02T08:00:00Z');

describe('status list', () => {
  it('sets exactly the revoked bits, the first bit of the first byte being index 0', () => {
    const bits = decodeStatusBits(encodeStatusBits([0, 9, MIN_STATUS_LIST_BITS - 1]));
    expect(bits.length).toBe(MIN_STATUS_LIST_BITS / 8);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect([0, 9, MIN_STATUS_LIST_BITS - 1].every((i) => isRevokedAt(bits, i))).toBe(true);
    expect([1, 8, 10, MIN_STATUS_LIST_BITS - 2].some((i) => isRevokedAt(bits, i))).toBe(false);
  });

  it('is never shorter than 131,072 bits, and small on the wire when few are set', () => {
    const encoded = encodeStatusBits([5], 1000);
    expect(decodeStatusBits(encoded).length * 8).toBe(MIN_STATUS_LIST_BITS);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded.length).toBeLessThan(400);
    expect(decodeStatusBits(encodeStatusBits([], 200_000)).length * 8).toBe(200_000);
  });

  it('refuses an index outside the list', () => {
    expect(() => encodeStatusBits([-1])).toThrow(/out of range/);
    expect(() => encodeStatusBits([MIN_STATUS_LIST_BITS])).toThrow(/out of range/);
    expect(() => isRevokedAt(decodeStatusBits(encodeStatusBits([])), MIN_STATUS_LIST_BITS)).toThrow();
  });

  it('verifies a signed list and reads the revocation after a refresh', () => {
    const before = signStatusList(
      {
        statusListId: 'Y00005200000126',
        issuer: '52520100MJY123456X',
        revoked: [],
        validFrom: made,
        validUntil: until,
      },
      key,
    );
    const after = signStatusList(
      {
        statusListId: 'Y00005200000126',
        issuer: '52520100MJY123456X',
        revoked: [42],
        validFrom: made,
        validUntil: until,
      },
      key,
    );
    const a = verifyStatusList(before, published, made);
    const b = verifyStatusList(after, published, made);
    expect(a.ok && isRevokedAt(a.bits, 42)).toBe(false);
    expect(b.ok && isRevokedAt(b.bits, 42)).toBe(true);
  });

  it('refuses a list changed after signing, signed by an unknown key, or past its validity', () => {
    const doc = signStatusList(
      {
        statusListId: 'Y00005200000126',
        issuer: '52520100MJY123456X',
        revoked: [42],
        validFrom: made,
        validUntil: until,
      },
      key,
    );
    const cleared = { ...doc, encodedList: encodeStatusBits([]) };
    expect(verifyStatusList(cleared, published, made)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyStatusList({ ...doc, validUntil: '2027-01-01T00:00:00.000Z' }, published, made)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyStatusList({ ...doc, keyId: 'other' }, published, made)).toEqual({
      ok: false,
      reason: 'unknown_key',
    });
    expect(verifyStatusList(doc, published, new Date('2026-06-02T08:00:01Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
    const retired = [{ ...published[0]!, notAfter: '2026-05-31' }];
    expect(verifyStatusList(doc, retired, made)).toEqual({ ok: false, reason: 'key_not_valid_then' });
  });
});

describe('a certificate’s place in its status list, read from its number (decision 0024)', () => {
  it('one list per issuer code and year: the first 15 characters', () => {
    expect(statusListIdOf('Y000052000001261000007')).toBe('Y00005200000126');
    expect(() => statusListIdOf('Y00005200000126100000')).toThrow();
  });
  it('level and serial give the bit: level 1 serial 0 is bit 0, level 5 serial 999999 the last', () => {
    expect(statusIndexOf('Y000052000001261000000')).toBe(0);
    expect(statusIndexOf('Y000052000001261000007')).toBe(7);
    expect(statusIndexOf('S000052000001263000001')).toBe(2_000_001);
    expect(statusIndexOf('Y000052000001265999999')).toBe(STATUS_LIST_BITS - 1);
  });
});
