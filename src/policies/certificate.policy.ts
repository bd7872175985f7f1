// Who may do what with the certificate register 证书登记 (issue 11 points 5 and 7). Declared once here;
// the use cases ask it and the views carry the answers as abilities for the web app's buttons.
//
// - Issuer codes (positions 2–13 of the number, decision 0024): recorded by the authority that filed or
//   selected the institution (branch) — the one its directory entry names — or by a provincial or
//   national human-resources department over the issuer's territory (the province assigns the site
//   sequence). Its own staff read them.
// - Issuance: the staff of the institution that ran the session.
// - Status changes (invalidate / withdraw): authorities over the issuer (territorial or by
//   assignment), never the institution itself — it is a decision on the institution's certificates.
// - The holder's full document number: authorities only, and only through an audited reveal
//   (security.md "Personal data"); everyone else sees the masked copy.
import type { Caller } from './actor.js';
import { institutionScope, type InstitutionScope } from './scope.js';

export interface CertificateAbilities {
  read: boolean;
  changeStatus: boolean;
  revealDocument: boolean;
}

/** Kinds of authority that assign codes over their whole territory (the province assigns 8–13). */
const HR_DEPARTMENTS = new Set(['national_centre', 'mohrss', 'provincial_hrss']);

export const certificatePolicy = {
  scope(caller: Caller): InstitutionScope {
    return institutionScope(caller);
  },

  /**
   * Recording an issuer's codes, for an issuer the caller can see (scope applied in the query):
   * `filedBy` are the authorities of the issuer's directory entries.
   */
  canAssignIssuerCode(caller: Caller, filedBy: readonly string[]): boolean {
    if (caller?.role !== 'authority_staff' || !caller.authorityId) return false;
    return filedBy.includes(caller.authorityId) || HR_DEPARTMENTS.has(caller.authorityKind ?? '');
  },

  /** Issuing the certificates of a session: the staff of the institution that ran it. */
  canIssue(caller: Caller, session: { institutionId: string }): boolean {
    return caller?.role === 'institution_staff' && caller.institutionId === session.institutionId;
  },

  /** For a certificate the caller can read (scope already applied in the query). */
  abilities(
    caller: Caller,
    certificate: { status: 'valid' | 'invalidated' | 'withdrawn' },
  ): CertificateAbilities {
    const authority = caller?.role === 'authority_staff';
    return {
      read: true,
      changeStatus: authority && certificate.status === 'valid',
      revealDocument: authority,
    };
  },
};
