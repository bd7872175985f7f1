// Who a caller is on a given case: the applicant (staff of the applying institution), the authority
// (staff of the deciding authority), an expert (on the case's panel), the public (anyone, for public
// notices and objections). Machines name these roles; the use case derives them here, never from the
// request body. Reading a case is wider than acting on it: supervising authorities see the cases in
// their territory or assignment, without being able to decide them. Until it is submitted a case is
// the applicant's alone (issue 9 point 8): no authority or expert sees a draft — except the deciding
// authority when it opened the case itself (a province opening a branch filing, mohrss-filing 一(十)5)
// — and a draft withdrawn before submission stays that way.
import type { Caller } from '../policies/actor.js';
import { institutionScope, jurisdictionWithin } from '../policies/scope.js';
import type { CaseRole } from './machine.js';

export interface CaseParties {
  institutionId: string;
  authorityId: string;
  jurisdictionCode: string;
  /** Experts drawn onto the case's panel (the procedure keeps them in its data). */
  expertIds?: readonly string[];
  /**
   * An authority that applies on an organisation's behalf (dept-pilot 三（一）: a department
   * recommends the organisation). When set, that authority's staff are the applicant and the
   * organisation's own staff are not.
   */
  applicantAuthorityId?: string | null;
  /**
   * Whether the case was ever submitted (cases.submitted_at). false: a draft, or a draft withdrawn
   * before submission — the applicant's alone. Absent: treated as submitted (parties of a case being
   * opened, or of a record that is not a draft).
   */
  submitted?: boolean;
  /** Who opened the case (procedure data `openedBy`): the deciding authority may open a branch filing. */
  openedBy?: 'applicant' | 'authority';
  /**
   * A violation case an institution determines (mohrss-violations §16 ¶1–2: a candidate's, or its staff
   * member's): that institution's staff are the deciding body — the case role 'authority' — and the
   * authority (authorityId) supervises it, reading it without deciding.
   */
  deciderInstitutionId?: string | null;
  /**
   * A violation case about a person (candidate, staff member): the party has no account, so nobody is
   * the applicant by account; the institution the person evaluated at or works for reads the case.
   */
  partyIsPerson?: boolean;
}

/** Whether the case is still the applicant's alone (never submitted). */
const isPrivateDraft = (c: CaseParties) => c.submitted === false;

export function caseRolesOf(caller: Caller, c: CaseParties): CaseRole[] {
  const roles: CaseRole[] = ['public'];
  if (!caller) return roles;
  if (c.deciderInstitutionId) {
    if (caller.role === 'institution_staff' && caller.institutionId === c.deciderInstitutionId)
      roles.unshift('authority');
    return roles;
  }
  if (c.partyIsPerson) {
    // The authority decides a staff member's case itself (§16 ¶2); the institution is not the party.
  } else if (c.applicantAuthorityId) {
    if (caller.role === 'authority_staff' && caller.authorityId === c.applicantAuthorityId)
      roles.unshift('applicant');
  } else if (caller.role === 'institution_staff' && caller.institutionId === c.institutionId) {
    roles.unshift('applicant');
  }
  const draft = isPrivateDraft(c);
  if (
    caller.role === 'authority_staff' &&
    caller.authorityId === c.authorityId &&
    (!draft || c.openedBy === 'authority')
  )
    roles.unshift('authority');
  if (!draft && caller.role === 'expert' && caller.expertId && c.expertIds?.includes(caller.expertId))
    roles.unshift('expert');
  return roles;
}

/**
 * Whether the caller may see the case, its materials and its documents. The system administrator
 * is not a party: materials carry personal data (staff lists, ID copies) and are not theirs to read.
 */
export function canReadCase(caller: Caller, c: CaseParties): boolean {
  if (!caller || caller.role === 'sysadmin') return false;
  if (caseRolesOf(caller, c).some((r) => r !== 'public')) return true;
  if (c.partyIsPerson && caller.role === 'institution_staff' && caller.institutionId === c.institutionId)
    return true;
  if (caller.role !== 'authority_staff' || isPrivateDraft(c)) return false;
  const scope = institutionScope(caller);
  if (scope.kind === 'authority') return scope.authorityId === c.authorityId;
  return jurisdictionWithin(scope, c.jurisdictionCode);
}
