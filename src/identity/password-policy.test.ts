import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('password policy (等保2.0 三级 口令复杂度, ASVS V6.2)', () => {
  it('refuses 7 characters and accepts 8 characters of 3 classes', () => {
    expect(checkPassword('Ab1@xyz')?.code).toBe('PASSWORD_TOO_SHORT');
    expect(checkPassword('Ab1@xyzw')).toBeNull();
  });
  it('refuses two classes only', () => {
    expect(checkPassword('abcdefgh12')?.code).toBe('PASSWORD_TOO_SIMPLE');
  });
  it('refuses common passwords even when complex', () => {
    expect(checkPassword('P@ssw0rd')?.code).toBe('PASSWORD_COMMON');
  });
  it('refuses a password that contains the username', () => {
    expect(checkPassword('Guizhou@2026', 'guizhou')?.code).toBe('PASSWORD_CONTAINS_USERNAME');
  });
});
