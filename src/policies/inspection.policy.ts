// Double-random inspections (1x-selection §25): a round belongs to the authority that planned it — only
// its staff (and an administrator, read only) see it; another authority gets exactly what a random id
// gets (404). An institution sees the inspections of itself, an expert those they were drawn for; the
// public sees what was published (一公开) and every draw.
import type { Actor, Caller } from './actor.js';

export interface RoundRef {
  authorityId: string;
}

export const inspectionPolicy = {
  /** Who may plan a round: staff of an authority (it plans for its own scope). */
  canPlan(caller: Caller): caller is Actor & { authorityId: string } {
    return caller?.role === 'authority_staff' && typeof caller.authorityId === 'string';
  },
  canRead(caller: Caller, round: RoundRef): boolean {
    if (caller?.role === 'sysadmin') return true;
    return caller?.role === 'authority_staff' && caller.authorityId === round.authorityId;
  },
  /** Draw, record findings, conclude, publish, open a rectification or link a case. */
  canManage(caller: Caller, round: RoundRef): boolean {
    return caller?.role === 'authority_staff' && caller.authorityId === round.authorityId;
  },
};
