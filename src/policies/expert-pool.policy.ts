// Expert pools (专家库) belong to an authority. Every authority may draw on the national pools; only
// the owning authority (or an administrator) changes a pool and its members.
import type { Caller } from './actor.js';
import { institutionScope, NATIONAL } from './scope.js';

export type ExpertPoolScope =
  | { kind: 'all' }
  | { kind: 'none' }
  /** The authority's own pools and the national ones. */
  | { kind: 'authority'; authorityId: string };

export interface ExpertPoolRef {
  id: string;
  authorityId: string;
  authorityJurisdictionCode: string;
}

export interface ExpertPoolAbilities {
  read: boolean;
  update: boolean;
  manageMembers: boolean;
}

function scope(caller: Caller): ExpertPoolScope {
  if (caller?.role === 'sysadmin') return { kind: 'all' };
  if (caller?.role !== 'authority_staff') return { kind: 'none' };
  if (institutionScope(caller).kind === 'all') return { kind: 'all' };
  return caller.authorityId ? { kind: 'authority', authorityId: caller.authorityId } : { kind: 'none' };
}

export const expertPoolPolicy = {
  scope,

  canList(caller: Caller): boolean {
    return scope(caller).kind !== 'none';
  },

  canCreate(caller: Caller, authorityId: string): boolean {
    return (
      caller?.role === 'sysadmin' ||
      (caller?.role === 'authority_staff' && caller.authorityId === authorityId)
    );
  },

  abilities(caller: Caller, ref: ExpertPoolRef): ExpertPoolAbilities {
    const s = scope(caller);
    const read =
      s.kind === 'all' ||
      (s.kind === 'authority' &&
        (s.authorityId === ref.authorityId || ref.authorityJurisdictionCode === NATIONAL));
    const owner =
      read &&
      (caller?.role === 'sysadmin' ||
        (caller?.role === 'authority_staff' && caller.authorityId === ref.authorityId));
    return { read, update: owner, manageMembers: owner };
  },
};
