// Who may see and keep expert records (专家). Experts are drawn for reviews and inspections, so their
// records are kept by the authorities that use them and are not shown to institutions (a reviewed
// institution must not know or lobby its reviewers). An expert sees their own record and declares
// their own conflicts of interest (product.md "Expert").
import type { Caller } from './actor.js';
import { institutionScope } from './scope.js';

export type ExpertScope =
  | { kind: 'all' }
  | { kind: 'none' }
  /** Experts registered by the authority, in its pools, or in national pools. */
  | { kind: 'authority'; authorityId: string }
  | { kind: 'self'; expertId: string };

export interface ExpertRef {
  id: string;
  registeredByAuthorityId: string | null;
  /** Authorities owning a pool the expert belongs to. */
  poolAuthorityIds: string[];
  /** Member of a pool owned by a national authority. */
  inNationalPool: boolean;
}

export interface ExpertAbilities {
  read: boolean;
  update: boolean;
  /** See the full document number (audited). */
  revealPersonalData: boolean;
  declareConflict: boolean;
}

function scope(caller: Caller): ExpertScope {
  if (!caller) return { kind: 'none' };
  switch (caller.role) {
    case 'sysadmin':
      return { kind: 'all' };
    case 'authority_staff':
      // National authorities (territorial scope 'all') keep the national expert base.
      if (institutionScope(caller).kind === 'all') return { kind: 'all' };
      return caller.authorityId ? { kind: 'authority', authorityId: caller.authorityId } : { kind: 'none' };
    case 'expert':
      return caller.expertId ? { kind: 'self', expertId: caller.expertId } : { kind: 'none' };
    case 'institution_staff':
    case 'verifier':
      return { kind: 'none' };
  }
}

function inScope(s: ExpertScope, ref: ExpertRef): boolean {
  switch (s.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'self':
      return s.expertId === ref.id;
    case 'authority':
      return (
        ref.registeredByAuthorityId === s.authorityId ||
        ref.poolAuthorityIds.includes(s.authorityId) ||
        ref.inNationalPool
      );
  }
}

export const expertPolicy = {
  scope,

  /** Registering experts is an authority's task (or an administrator's). */
  canCreate(caller: Caller): boolean {
    return caller?.role === 'sysadmin' || (caller?.role === 'authority_staff' && !!caller.authorityId);
  },

  /** Listing experts at all: institutions and the public have no expert list. */
  canList(caller: Caller): boolean {
    return scope(caller).kind !== 'none';
  },

  abilities(caller: Caller, ref: ExpertRef): ExpertAbilities {
    const s = scope(caller);
    const read = inScope(s, ref);
    // The record is kept by the authority that registered it (or the national level, or an administrator);
    // an authority that only uses the expert through a pool reads it.
    const keeper =
      read &&
      (s.kind === 'all' ||
        (caller?.role === 'authority_staff' &&
          !!caller.authorityId &&
          ref.registeredByAuthorityId === caller.authorityId));
    return {
      read,
      update: keeper,
      revealPersonalData: keeper,
      declareConflict: keeper || (s.kind === 'self' && read),
    };
  },
};
