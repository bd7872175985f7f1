// Who sees which supervising authorities (监管部门). Authorities are public bodies, but the list a
// caller works with is the one that concerns them: their own chain of command and what lies below it.
import type { Caller } from './actor.js';
import { institutionScope } from './scope.js';

export type AuthorityScope =
  | { kind: 'all' }
  | { kind: 'none' }
  /** A territorial authority: itself, those within its area, those above it (`above`) and the national ones. */
  | { kind: 'territory'; authorityId: string; prefix: string; above: string[] }
  /** An authority supervising by assignment (industry department, 1+X office): itself and the national ones. */
  | { kind: 'own'; authorityId: string }
  /** Institution staff: their supervising authority and the territorial authorities over them. */
  | { kind: 'institution'; institutionId: string }
  /** An expert: the authorities whose pools they belong to. */
  | { kind: 'expert'; expertId: string };

export interface AuthorityAbilities {
  read: boolean;
  /** Create expert pools owned by this authority. */
  createExpertPool: boolean;
}

/** The codes of the areas above a territorial prefix: '5201' → ['520000']; '520102' → ['520000', '520100']. */
function areasAbove(prefix: string): string[] {
  const out: string[] = [];
  if (prefix.length > 2) out.push(prefix.slice(0, 2) + '0000');
  if (prefix.length > 4) out.push(prefix.slice(0, 4) + '00');
  return out;
}

export const authorityPolicy = {
  scope(caller: Caller): AuthorityScope {
    if (!caller) return { kind: 'none' };
    switch (caller.role) {
      case 'sysadmin':
        return { kind: 'all' };
      case 'authority_staff': {
        const s = institutionScope(caller);
        if (s.kind === 'all') return { kind: 'all' };
        if (!caller.authorityId) return { kind: 'none' };
        if (s.kind === 'jurisdiction') {
          return {
            kind: 'territory',
            authorityId: caller.authorityId,
            prefix: s.prefix,
            above: areasAbove(s.prefix),
          };
        }
        return { kind: 'own', authorityId: caller.authorityId };
      }
      case 'institution_staff':
        return caller.institutionId
          ? { kind: 'institution', institutionId: caller.institutionId }
          : { kind: 'none' };
      case 'expert':
        return caller.expertId ? { kind: 'expert', expertId: caller.expertId } : { kind: 'none' };
      case 'verifier':
        // A verifier organisation checks certificates by key; it reads no registry record.
        return { kind: 'none' };
    }
  },

  abilities(caller: Caller, authority: { id: string }): AuthorityAbilities {
    return {
      read: caller !== null && caller.role !== 'verifier',
      createExpertPool:
        caller?.role === 'sysadmin' ||
        (caller?.role === 'authority_staff' && caller.authorityId === authority.id),
    };
  },
};
