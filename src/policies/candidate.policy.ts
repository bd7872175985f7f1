// Who may do what with candidates 考生 (issue 11 point 2) and the evaluation-ban register 评价禁考名单.
// Declared once here; each candidate list carries the caller's abilities and the web app shows its buttons
// from them.
//
// Candidates are reached through a session the caller may read (evaluation-session.policy.ts scope): the
// institution registers, withdraws and records fees on its own planned sessions; the authorities over it
// read. The ban register is national (a ban names no province): any authority reads and records entries;
// institutions never list it — they learn of a ban only by a refused registration.
import type { Caller } from './actor.js';

export interface CandidateAbilities {
  register: boolean;
  withdraw: boolean;
  fees: boolean;
}

export const candidatePolicy = {
  abilities(caller: Caller, session: { institutionId: string; status: string }): CandidateAbilities {
    const own = caller?.role === 'institution_staff' && caller.institutionId === session.institutionId;
    const planned = session.status === 'planned';
    // Fees stay recordable after the session ends: refunds follow a withdrawal or an exit (1x-exit §9).
    return { register: own && planned, withdraw: own && planned, fees: own };
  },

  /** The ban register: read and add entries (authority staff, any authority). */
  canKeepBans(caller: Caller): caller is NonNullable<Caller> & { authorityId: string } {
    return caller?.role === 'authority_staff' && !!caller.authorityId;
  },

  /** A school's student register: its own staff. */
  canKeepStudents(caller: Caller): caller is NonNullable<Caller> & { institutionId: string } {
    return caller?.role === 'institution_staff' && !!caller.institutionId;
  },
};
