import { describe, expect, it } from 'vitest';
import { checkTotp, currentTotp, newTotpSecret, totpUri } from './totp.js';
import { newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import { newTemporaryPassword } from './temporary-password.js';
import { checkPassword } from './password-policy.js';
import { loginNameHashInput } from './login-name.js';

describe('TOTP (RFC 6238 through otplib)', () => {
  it('accepts the current code, refuses it a second time, and refuses a code from 2 minutes ago', async () => {
    const secret = newTotpSecret();
    const now = new Date();
    const code = await currentTotp(secret, now);
    const first = await checkTotp(secret, code, { now });
    expect(first.valid).toBe(true);
    if (!first.valid) return;
    expect((await checkTotp(secret, code, { now, afterStep: first.step })).valid).toBe(false);
    const old = await currentTotp(secret, new Date(now.getTime() - 120_000));
    expect((await checkTotp(secret, old, { now })).valid).toBe(false);
  });
  it('tolerates one step of drift and refuses what is not six digits', async () => {
    const secret = newTotpSecret();
    const now = new Date();
    const previous = await currentTotp(secret, new Date(now.getTime() - 30_000));
    expect((await checkTotp(secret, previous, { now })).valid).toBe(true);
    expect((await checkTotp(secret, 'abcdef', { now })).valid).toBe(false);
    expect((await checkTotp(secret, '1234567', { now })).valid).toBe(false);
  });
  it('builds an otpauth URI with the issuer and the account', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'guizhou');
    expect(uri).toMatch(/^otpauth:\/\/totp\/SkillReg:guizhou\?/);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });
});

describe('recovery codes', () => {
  it('gives 10 distinct codes that normalise whatever the case and dashes', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(normaliseRecoveryCode(` ${c.toLowerCase()} `)).toBe(c.replace('-', ''));
    }
    expect(normaliseRecoveryCode('123456')).toBeNull();
    expect(normaliseRecoveryCode('OOOOO-OOOOO')).toBeNull();
  });
});

describe('temporary passwords and login names', () => {
  it('makes temporary passwords that pass the password policy', () => {
    for (let i = 0; i < 50; i++) expect(checkPassword(newTemporaryPassword('zhang'), 'zhang')).toBeNull();
  });
  it('counts `Admin ` and `admin` as one name', () => {
    expect(loginNameHashInput('Admin ')).toBe(loginNameHashInput('admin'));
  });
});
