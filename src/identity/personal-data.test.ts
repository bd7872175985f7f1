import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPersonalDataProtector, maskDocumentNumber, maskName } from './personal-data.js';

const KEY = randomBytes(32).toString('base64');
const ID = '11010519491231002X';

describe('document numbers at rest (security.md "Personal data")', () => {
  const pd = createPersonalDataProtector(KEY);

  it('encrypts with AES-256-GCM, a fresh nonce each time, and reveals the same number', () => {
    const a = pd.protect(ID);
    const b = pd.protect(ID);
    expect(a.enc).not.toContain(ID);
    expect(a.enc).not.toBe(b.enc);
    expect(pd.reveal(a.enc)).toBe(ID);
    expect(pd.reveal(b.enc)).toBe(ID);
  });

  it('indexes by a keyed hash: the same number gives the same HMAC, another key another one', () => {
    const a = pd.protect(ID);
    expect(a.hmac).toBe(pd.lookupHash(ID));
    expect(a.hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(pd.lookupHash('110105194912310038')).not.toBe(a.hmac);
    expect(createPersonalDataProtector(randomBytes(32).toString('base64')).lookupHash(ID)).not.toBe(a.hmac);
  });

  it('protects many numbers at once exactly as one at a time, each with its own nonce', () => {
    const numbers = [ID, ID, '110105194912310038', 'E12345678'];
    const many = pd.protectMany(numbers);
    expect(many.map((p) => pd.reveal(p.enc))).toEqual(numbers);
    expect(many.map((p) => p.hmac)).toEqual(numbers.map((n) => pd.lookupHash(n)));
    expect(many.map((p) => p.masked)).toEqual(numbers.map((n) => pd.protect(n).masked));
    expect(many.map((p) => pd.keyIdOf(p.enc))).toEqual(numbers.map(() => pd.keyId));
    const ivs = many.map((p) => p.enc.split('.')[2]);
    expect(new Set(ivs).size).toBe(ivs.length);
    expect(pd.protectMany([])).toEqual([]);
  });

  it('stores only the masked copy in clear', () => {
    expect(pd.protect(ID).masked).toBe('110***********002X');
  });

  it('refuses to reveal with another key or after tampering', () => {
    const { enc } = pd.protect(ID);
    const other = createPersonalDataProtector(randomBytes(32).toString('base64'));
    expect(() => other.reveal(enc)).toThrow();
    const parts = enc.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString('base64url');
    expect(() => pd.reveal(parts.join('.'))).toThrow();
    expect(() => pd.reveal('garbage')).toThrow();
  });

  it('refuses a master key that is not 32 bytes of base64', () => {
    expect(() => createPersonalDataProtector('')).toThrow(/32 bytes/);
    expect(() => createPersonalDataProtector(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => createPersonalDataProtector('not base64 at all!')).toThrow(/32 bytes/);
  });

  it('round-trips any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => pd.reveal(pd.protect(s).enc) === s));
  });
});

describe('key ids and rotation (decision 0019)', () => {
  const OLD = randomBytes(32).toString('base64');
  const NEW = randomBytes(32).toString('base64');
  const old = createPersonalDataProtector(OLD);
  const both = createPersonalDataProtector(NEW, [OLD]);

  it('every value names its key; the current key writes, the previous one still reads', () => {
    const enc = old.protect(ID).enc;
    expect(enc.split('.').slice(0, 2)).toEqual(['v2', old.keyId]);
    expect(both.reveal(enc)).toBe(ID);
    expect(both.keyIdOf(both.protect(ID).enc)).toBe(both.keyId);
    expect(both.keyIds).toEqual([both.keyId, old.keyId]);
    expect(both.lookupHashes(ID)).toEqual([both.lookupHash(ID), old.lookupHash(ID)]);
  });

  it('a value naming a key that is not configured is refused, not guessed', () => {
    expect(() => createPersonalDataProtector(NEW).reveal(old.protect(ID).enc)).toThrow(/not configured/);
  });

  it('reads values written before key ids (v1) with whichever configured key fits', () => {
    const [, , iv, ct, tag] = old.protect(ID).enc.split('.');
    expect(both.reveal(['v1', iv, ct, tag].join('.'))).toBe(ID);
  });
});

describe('maskDocumentNumber: first 3 and last 4 visible, proportionally less for shorter numbers', () => {
  it('masks an 18-character 身份证号 as 110***********123X', () => {
    expect(maskDocumentNumber('11010519491231123X')).toBe('110***********123X');
  });
  it('keeps less of shorter numbers: 15-digit old ID, 9-character passport, tiny input', () => {
    expect(maskDocumentNumber('110105491231002')).toBe('11**********002');
    expect(maskDocumentNumber('E12345678')).toBe('E******78');
    expect(maskDocumentNumber('1234')).toBe('****');
    expect(maskDocumentNumber('')).toBe('');
  });
  it('always hides more than half of the characters and keeps the length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,30}$/), (s) => {
        const m = maskDocumentNumber(s);
        const hidden = m.split('').filter((c) => c === '*').length;
        return m.length === s.length && hidden * 2 > s.length;
      }),
    );
  });
});

describe('maskName: the surname stays', () => {
  it('masks 张三 as 张* and 欧阳娜娜 as 欧阳**', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('李小龙')).toBe('李**');
  });
  it('treats a two-character name that looks like a compound surname as surname + given name', () => {
    expect(maskName('欧阳')).toBe('欧*');
  });
  it('keeps the middle dot of minority names and a single character as is', () => {
    expect(maskName('阿依古丽·买买提')).toBe('阿***·***');
    expect(maskName('王')).toBe('王');
  });
});
