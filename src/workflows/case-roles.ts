// Who a caller is on a given case: the applicant (staff of the applying institution), the authority
// (staff of the deciding authority), an expert (on the case's panel), the public (anyone, for public
// notices and objections). Machines name these roles; the use case derives them here, never from the
// request body. Reading a case is wider than acting on it: supervising authorities see the cases in
// their territory or assignment, without being able to decide them.
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
}

export function caseRolesOf(caller: Caller, c: CaseParties): CaseRole[] {
  const roles: CaseRole[] = ['public'];
  if (!caller) return roles;
  if (c.applicantAuthorityId) {
    if (caller.role === 'authority_staff' && caller.authorityId === c.applicantAuthorityId)
      roles.unshift('applicant');
  } else if (caller.role === 'institution_staff' && caller.institutionId === c.institutionId) {
    roles.unshift('applicant');
  }
  if (caller.role === 'authority_staff' && caller.authorityId === c.authorityId) roles.unshift('authority');
  if (caller.role === 'expert' && caller.expertId && c.expertIds?.includes(caller.expertId))
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
  if (caller.role !== 'authority_staff') return false;
  const scope = institutionScope(caller);
  if (scope.kind === 'authority') return scope.authorityId === c.authorityId;
  return jurisdictionWithin(scope, c.jurisdictionCode);
}
