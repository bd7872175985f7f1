import { describe, expect, it } from 'vitest';
import type { Actor } from '../policies/actor.js';
import { canReadCase, caseRolesOf, type CaseParties } from './case-roles.js';

const parties: CaseParties = {
  institutionId: 'inst',
  authorityId: 'gz',
  jurisdictionCode: '520102',
  expertIds: ['e1'],
};
const actor = (a: Omit<Actor, 'userId' | 'username'>): Actor => ({ userId: 'u', username: 'u', ...a });

const applicant = actor({ role: 'institution_staff', institutionId: 'inst' });
const officer = actor({
  role: 'authority_staff',
  authorityId: 'gz',
  authorityKind: 'provincial_hrss',
  jurisdictionCode: '520000',
});
const city = actor({
  role: 'authority_staff',
  authorityId: 'gy',
  authorityKind: 'prefectural_hrss',
  jurisdictionCode: '520100',
});
const otherCity = actor({
  role: 'authority_staff',
  authorityId: 'zy',
  authorityKind: 'prefectural_hrss',
  jurisdictionCode: '520300',
});
const industry = actor({
  role: 'authority_staff',
  authorityId: 'gz-ind',
  authorityKind: 'industry_department',
  jurisdictionCode: '520000',
});
const panelExpert = actor({ role: 'expert', expertId: 'e1' });

describe('caseRolesOf', () => {
  it('makes the applying institution’s staff the applicant and the deciding authority’s staff the authority', () => {
    expect(caseRolesOf(applicant, parties)).toEqual(['applicant', 'public']);
    expect(caseRolesOf(officer, parties)).toEqual(['authority', 'public']);
    expect(caseRolesOf(panelExpert, parties)).toEqual(['expert', 'public']);
  });
  it('gives everyone else, the anonymous public included, only the public role', () => {
    expect(caseRolesOf(city, parties)).toEqual(['public']);
    expect(caseRolesOf(actor({ role: 'expert', expertId: 'e2' }), parties)).toEqual(['public']);
    expect(caseRolesOf(null, parties)).toEqual(['public']);
  });
});

describe('canReadCase', () => {
  it('lets the parties and the supervising authorities of the territory read the case', () => {
    for (const a of [applicant, officer, panelExpert, city]) expect(canReadCase(a, parties)).toBe(true);
  });
  it('keeps out other territories, assignment-based authorities not deciding it, the sysadmin and the public', () => {
    for (const a of [
      otherCity,
      industry,
      actor({ role: 'sysadmin' }),
      actor({ role: 'institution_staff', institutionId: 'x' }),
      null,
    ]) {
      expect(canReadCase(a, parties)).toBe(false);
    }
    expect(canReadCase(industry, { ...parties, authorityId: 'gz-ind' })).toBe(true);
  });
});

describe('a department applying on an organisation’s behalf (dept-pilot 三（一）)', () => {
  const recommended: CaseParties = { ...parties, applicantAuthorityId: 'dept' };
  const department = actor({
    role: 'authority_staff',
    authorityId: 'dept',
    authorityKind: 'industry_department',
  });
  it('makes the department the applicant and reads the case', () => {
    expect(caseRolesOf(department, recommended)).toContain('applicant');
    expect(canReadCase(department, recommended)).toBe(true);
  });
  it('does not make the organisation’s own staff the applicant', () => {
    expect(caseRolesOf(applicant, recommended)).not.toContain('applicant');
  });
});

describe('a case never submitted is the applicant’s alone (issue 9 point 8)', () => {
  const draft: CaseParties = { ...parties, submitted: false };
  it('lets the applicant read and act on its draft', () => {
    expect(canReadCase(applicant, draft)).toBe(true);
    expect(caseRolesOf(applicant, draft)).toEqual(['applicant', 'public']);
  });
  it('hides the draft from the deciding authority, the supervising ones and the panel', () => {
    for (const a of [officer, city, panelExpert]) expect(canReadCase(a, draft)).toBe(false);
    expect(caseRolesOf(officer, draft)).toEqual(['public']);
    expect(caseRolesOf(panelExpert, draft)).toEqual(['public']);
  });
  it('shows the deciding authority a draft it opened itself (branch filing, mohrss-filing 一(十)5)', () => {
    const opened: CaseParties = { ...draft, openedBy: 'authority' };
    expect(canReadCase(officer, opened)).toBe(true);
    expect(caseRolesOf(officer, opened)).toContain('authority');
    expect(canReadCase(city, opened)).toBe(false);
  });
  it('shows a submitted case (then withdrawn or not) as before', () => {
    const submitted: CaseParties = { ...parties, submitted: true };
    for (const a of [applicant, officer, city, panelExpert]) expect(canReadCase(a, submitted)).toBe(true);
  });
  it('leaves a department’s draft recommendation to the department', () => {
    const department = actor({
      role: 'authority_staff',
      authorityId: 'dept',
      authorityKind: 'industry_department',
    });
    const recommended: CaseParties = { ...draft, applicantAuthorityId: 'dept' };
    expect(canReadCase(department, recommended)).toBe(true);
    expect(canReadCase(officer, recommended)).toBe(false);
  });
});
