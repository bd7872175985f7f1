// What part of the registry a caller may see, as data. Persistence turns a scope into a WHERE
// clause (src/persistence/scope-sql.ts), so every list and get is filtered in the query itself.
import type { Caller } from './actor.js';

export type InstitutionScope =
  | { kind: 'all' }
  /** Institutions whose jurisdiction code starts with the prefix (province '52', prefecture '5201'). */
  | { kind: 'jurisdiction'; prefix: string }
  /** Institutions supervised by one authority (industry departments, 1+X office). */
  | { kind: 'authority'; authorityId: string }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'none' };

export const NATIONAL = '000000';

/** GB/T 2260: 2 digits province, 4 prefecture, 6 county; trailing zero pairs mean "the whole area". */
export function jurisdictionPrefix(code: string): string {
  if (code === NATIONAL) return '';
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

export function institutionScope(caller: Caller): InstitutionScope {
  if (!caller) return { kind: 'none' };
  switch (caller.role) {
    case 'sysadmin':
      return { kind: 'all' };
    case 'authority_staff': {
      // Industry departments and the 1+X office supervise by assignment, not by territory.
      if (
        caller.authorityKind === 'industry_department' ||
        caller.authorityKind === 'joint_conference_office' ||
        caller.authorityKind === 'delegated_unit'
      ) {
        return caller.authorityId ? { kind: 'authority', authorityId: caller.authorityId } : { kind: 'none' };
      }
      const prefix = jurisdictionPrefix(caller.jurisdictionCode ?? '__none__');
      return prefix === '' ? { kind: 'all' } : { kind: 'jurisdiction', prefix };
    }
    case 'institution_staff':
      return caller.institutionId
        ? { kind: 'institution', institutionId: caller.institutionId }
        : { kind: 'none' };
    case 'expert':
      // Experts see only what they are assigned to (reviews, inspections: later issues).
      return { kind: 'none' };
    case 'verifier':
      // A verifier organisation checks certificates through its keys (issue 12 point 2); it sees no
      // registry record.
      return { kind: 'none' };
  }
}

/** Whether a jurisdiction code lies within a caller's territorial scope. */
export function jurisdictionWithin(scope: InstitutionScope, code: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'jurisdiction') return code.startsWith(scope.prefix);
  return false;
}
