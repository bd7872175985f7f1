// Abilities on what an institution holds (branches, staff, sites, scopes) follow from the abilities on
// the institution itself (institution.policy.ts), so that the rules are declared once.
import type { InstitutionAbilities } from './institution.policy.js';

export interface RecordAbilities {
  read: boolean;
  update: boolean;
}
export interface StaffAbilities extends RecordAbilities {
  /** See the full document number (audited). */
  revealPersonalData: boolean;
}

export const branchAbilities = (a: InstitutionAbilities): RecordAbilities => ({
  read: a.read,
  update: a.manageBranches,
});
export const siteAbilities = (a: InstitutionAbilities): RecordAbilities => ({
  read: a.read,
  update: a.manageSites,
});
export const scopeAbilities = (a: InstitutionAbilities): RecordAbilities => ({
  read: a.read,
  update: a.manageScopes,
});
export const staffAbilities = (a: InstitutionAbilities): StaffAbilities => ({
  read: a.read,
  update: a.manageStaff,
  revealPersonalData: a.revealPersonalData,
});
