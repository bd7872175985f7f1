// Verifier organisations (issue 12 point 2; decision 0035). The system administrator and authority
// staff keep the list of organisations that read certificate data (create them, set their daily
// quota, read their usage); revoking an organisation's read rights and ordering it to delete what it
// read is an administrative act of a human-resources authority (mohrss-violations §15 ¶2), so authority
// staff only. A verifier account manages its own organisation's keys and sees nothing else.
import type { Caller } from './actor.js';

export interface VerifierOrganisationAbilities {
  update: boolean;
  revokeReadRights: boolean;
  orderDeletion: boolean;
}

export const verifierPolicy = {
  canOversee(caller: Caller): boolean {
    return caller?.role === 'sysadmin' || caller?.role === 'authority_staff';
  },
  /** The organisation whose keys the caller manages, if the caller is a verifier. */
  ownOrganisation(caller: Caller): string | undefined {
    return caller?.role === 'verifier' ? caller.verifierId : undefined;
  },
  abilities(
    caller: Caller,
    org: { revoked: boolean; deletionOrdered: boolean },
  ): VerifierOrganisationAbilities {
    const authority = caller?.role === 'authority_staff';
    return {
      update: verifierPolicy.canOversee(caller),
      revokeReadRights: authority && !org.revoked,
      orderDeletion: authority && org.revoked && !org.deletionOrdered,
    };
  },
};
