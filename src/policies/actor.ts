// Who is asking: the authenticated user, with what binds them (authority and its jurisdiction,
// institution, expert). Built once per request from the session; policies read only this.
import type { UserRole } from './roles.js';

export interface Actor {
  userId: string;
  username: string;
  role: UserRole;
  authorityId?: string;
  authorityKind?: string;
  /** GB/T 2260 code of the authority's jurisdiction; '000000' = national. */
  jurisdictionCode?: string;
  institutionId?: string;
  expertId?: string;
  /** The verifier organisation of a verifier account (issue 12 point 2). */
  verifierId?: string;
}

/** The public (no account). Policies treat `null` as anonymous. */
export type Caller = Actor | null;
