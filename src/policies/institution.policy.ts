// Who may do what with institutions and everything they hold (branches, staff, sites, scopes).
// Declared once here; the API returns these abilities with each record and the web app shows
// buttons from them (style.md, Outline).
import type { Caller } from './actor.js';
import { institutionScope, jurisdictionWithin, type InstitutionScope } from './scope.js';

export interface InstitutionRef {
  id: string;
  jurisdictionCode: string;
  authorityId: string | null;
}

export interface InstitutionAbilities {
  read: boolean;
  update: boolean;
  manageBranches: boolean;
  manageStaff: boolean;
  manageSites: boolean;
  manageScopes: boolean;
  /** See full document numbers (audited). */
  revealPersonalData: boolean;
}

function inScope(scope: InstitutionScope, ref: InstitutionRef): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'institution':
      return scope.institutionId === ref.id;
    case 'authority':
      return scope.authorityId === ref.authorityId;
    case 'jurisdiction':
      return jurisdictionWithin(scope, ref.jurisdictionCode);
  }
}

export const institutionPolicy = {
  scope: institutionScope,

  abilities(caller: Caller, ref: InstitutionRef): InstitutionAbilities {
    const read = inScope(institutionScope(caller), ref);
    const regulator = read && (caller?.role === 'authority_staff' || caller?.role === 'sysadmin');
    const own = read && caller?.role === 'institution_staff';
    return {
      read,
      // The registry record itself (name, USCC, representative) is kept by the supervising authority;
      // an institution keeps its own staff, sites and branches up to date (product.md "Institution").
      update: regulator,
      manageBranches: regulator || own,
      manageStaff: regulator || own,
      manageSites: regulator || own,
      // Scope is granted by filing decisions, never by the institution itself.
      manageScopes: regulator,
      revealPersonalData: regulator,
    };
  },

  /** Registering an institution: an authority within whose jurisdiction it lies, or an administrator. */
  canCreate(caller: Caller, jurisdictionCode: string): boolean {
    if (!caller) return false;
    if (caller.role === 'sysadmin') return true;
    if (caller.role !== 'authority_staff') return false;
    return jurisdictionWithin(institutionScope(caller), jurisdictionCode);
  },

  /**
   * Whether the caller may register institutions anywhere at all (the list's 新增机构 button): an
   * administrator, or an authority supervising by territory (canCreate then checks the place).
   */
  mayCreateAny(caller: Caller): boolean {
    if (!caller) return false;
    if (caller.role === 'sysadmin') return true;
    if (caller.role !== 'authority_staff') return false;
    const scope = institutionScope(caller);
    return scope.kind === 'all' || scope.kind === 'jurisdiction';
  },
};
