import { describe, expect, it } from 'vitest';
import { expertPolicy } from './expert.policy.js';
import { expertPoolPolicy } from './expert-pool.policy.js';
import { authorityPolicy } from './authority.policy.js';
import type { Actor } from './actor.js';

const guizhou: Actor = {
  userId: 'u1',
  username: 'gz',
  role: 'authority_staff',
  authorityId: 'gz',
  authorityKind: 'provincial_hrss',
  jurisdictionCode: '520000',
};
const national: Actor = {
  ...guizhou,
  userId: 'u2',
  authorityId: 'nat',
  authorityKind: 'national_centre',
  jurisdictionCode: '000000',
};
const expert: Actor = { userId: 'u3', username: 'e', role: 'expert', expertId: 'e1' };
const institution: Actor = { userId: 'u4', username: 'i', role: 'institution_staff', institutionId: 'i1' };
const ref = (o: Partial<Parameters<typeof expertPolicy.abilities>[1]> = {}) => ({
  id: 'e9',
  registeredByAuthorityId: null,
  poolAuthorityIds: [],
  inNationalPool: false,
  ...o,
});

describe('expert policy', () => {
  it('lets the registering authority keep the record and a pool owner only read it', () => {
    expect(expertPolicy.abilities(guizhou, ref({ registeredByAuthorityId: 'gz' }))).toEqual({
      read: true,
      update: true,
      revealPersonalData: true,
      declareConflict: true,
    });
    expect(
      expertPolicy.abilities(guizhou, ref({ registeredByAuthorityId: 'zj', poolAuthorityIds: ['gz'] })),
    ).toEqual({
      read: true,
      update: false,
      revealPersonalData: false,
      declareConflict: false,
    });
    expect(expertPolicy.abilities(guizhou, ref({ inNationalPool: true })).read).toBe(true);
    expect(
      expertPolicy.abilities(guizhou, ref({ registeredByAuthorityId: 'zj', poolAuthorityIds: ['zj'] })).read,
    ).toBe(false);
  });

  it('gives the national level the whole expert base, the expert their own record, institutions nothing', () => {
    expect(expertPolicy.scope(national)).toEqual({ kind: 'all' });
    expect(expertPolicy.abilities(expert, ref({ id: 'e1' }))).toEqual({
      read: true,
      update: false,
      revealPersonalData: false,
      declareConflict: true,
    });
    expect(expertPolicy.abilities(expert, ref()).read).toBe(false);
    expect(expertPolicy.canList(institution)).toBe(false);
    expect(
      expertPolicy.canCreate(institution) || expertPolicy.canCreate(expert) || expertPolicy.canCreate(null),
    ).toBe(false);
  });
});

describe('expert pool policy', () => {
  it('shows own and national pools; only the owner manages', () => {
    const own = expertPoolPolicy.abilities(guizhou, {
      id: 'p',
      authorityId: 'gz',
      authorityJurisdictionCode: '520000',
    });
    const nat = expertPoolPolicy.abilities(guizhou, {
      id: 'q',
      authorityId: 'nat',
      authorityJurisdictionCode: '000000',
    });
    const other = expertPoolPolicy.abilities(guizhou, {
      id: 'r',
      authorityId: 'zj',
      authorityJurisdictionCode: '330000',
    });
    expect(own).toEqual({ read: true, update: true, manageMembers: true });
    expect(nat).toEqual({ read: true, update: false, manageMembers: false });
    expect(other.read).toBe(false);
    expect(expertPoolPolicy.canCreate(guizhou, 'zj')).toBe(false);
  });
});

describe('authority policy', () => {
  it('gives a prefecture its area, the areas above it and the national authorities', () => {
    const prefecture: Actor = {
      ...guizhou,
      authorityId: 'gy',
      authorityKind: 'prefectural_hrss',
      jurisdictionCode: '520100',
    };
    expect(authorityPolicy.scope(prefecture)).toEqual({
      kind: 'territory',
      authorityId: 'gy',
      prefix: '5201',
      above: ['520000'],
    });
    expect(authorityPolicy.scope(guizhou)).toEqual({
      kind: 'territory',
      authorityId: 'gz',
      prefix: '52',
      above: [],
    });
    expect(authorityPolicy.scope(national)).toEqual({ kind: 'all' });
    expect(authorityPolicy.scope(null)).toEqual({ kind: 'none' });
  });
});
