// Which case lists a caller has (the menu and GET /cases?view=…). Reading and acting on one case is
// decided per case by src/workflows/case-roles.ts (applicant, deciding authority, authorities above it
// in jurisdiction, experts on its panel); this file only says which lists a kind of account works from.
import type { Caller } from './actor.js';

export type CaseListView = 'todo' | 'done' | 'mine' | 'assigned' | 'supervised';

export function caseViewsOf(caller: Caller): CaseListView[] {
  if (!caller) return [];
  switch (caller.role) {
    case 'authority_staff':
      // A department also applies on behalf of organisations it recommends (dept-pilot 三).
      return caller.authorityId ? ['todo', 'done', 'supervised', 'mine'] : [];
    case 'institution_staff':
      return caller.institutionId ? ['mine'] : [];
    case 'expert':
      return caller.expertId ? ['assigned'] : [];
    case 'sysadmin':
      // Materials carry personal data and are not the administrator's to read (case-roles.ts).
      return [];
    case 'verifier':
      return [];
  }
}
