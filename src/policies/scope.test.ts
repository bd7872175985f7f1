import { describe, expect, it } from 'vitest';
import { institutionScope, jurisdictionPrefix } from './scope.js';
import { institutionPolicy } from './institution.policy.js';

const province = {
  userId: 'u',
  username: 'guizhou',
  role: 'authority_staff' as const,
  authorityId: 'a',
  authorityKind: 'provincial_hrss',
  jurisdictionCode: '520000',
};

describe('scope', () => {
  it('maps GB/T 2260 codes to prefixes: national, province, prefecture, county', () => {
    expect(jurisdictionPrefix('000000')).toBe('');
    expect(jurisdictionPrefix('520000')).toBe('52');
    expect(jurisdictionPrefix('520100')).toBe('5201');
    expect(jurisdictionPrefix('520102')).toBe('520102');
  });
  it('gives a provincial authority its province and the public nothing', () => {
    expect(institutionScope(province)).toEqual({ kind: 'jurisdiction', prefix: '52' });
    expect(institutionScope(null)).toEqual({ kind: 'none' });
  });
  it('lets a province read and update its own institutions but not another province’s', () => {
    const own = institutionPolicy.abilities(province, {
      id: 'i',
      jurisdictionCode: '520100',
      authorityId: null,
    });
    const other = institutionPolicy.abilities(province, {
      id: 'j',
      jurisdictionCode: '330100',
      authorityId: null,
    });
    expect(own.read && own.update).toBe(true);
    expect(other.read || other.update).toBe(false);
  });
  it('lets institution staff manage their own staff but not their scope', () => {
    const staff = { userId: 'u2', username: 'x', role: 'institution_staff' as const, institutionId: 'i' };
    const a = institutionPolicy.abilities(staff, { id: 'i', jurisdictionCode: '520100', authorityId: null });
    expect(a).toMatchObject({ read: true, manageStaff: true, manageScopes: false, update: false });
    expect(
      institutionPolicy.abilities(staff, { id: 'k', jurisdictionCode: '520100', authorityId: null }).read,
    ).toBe(false);
  });
});
