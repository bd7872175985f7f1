// Who may do what with evaluation sessions 评价批次 (issue 11 point 1). Declared once here; each session
// carries the caller's abilities and the web app shows its buttons from them.
//
// An institution runs its own sessions (and those of its branches): its staff open, close and cancel
// them. Authorities read the sessions of the institutions they supervise and of the branches working in
// their territory (evaluation-sessions.repository.ts sessionInScope); they do not run them.
import type { Caller } from './actor.js';
import { institutionScope, type InstitutionScope } from './scope.js';

export interface EvaluationSessionAbilities {
  read: boolean;
  close: boolean;
  cancel: boolean;
}

export const evaluationSessionPolicy = {
  scope(caller: Caller): InstitutionScope {
    return institutionScope(caller);
  },

  /** Opening a session: the staff of an institution, for it or one of its branches. */
  canOpen(caller: Caller): caller is NonNullable<Caller> & { institutionId: string } {
    return caller?.role === 'institution_staff' && !!caller.institutionId;
  },

  /**
   * For a session the caller can read (scope already applied in the query). A planned session is
   * closed once its last day has come (`today`, China's date) and cancelled at any time before.
   */
  abilities(
    caller: Caller,
    session: { institutionId: string; status: 'planned' | 'closed' | 'cancelled'; endsOn: string },
    today: string,
  ): EvaluationSessionAbilities {
    const own = caller?.role === 'institution_staff' && caller.institutionId === session.institutionId;
    const planned = session.status === 'planned';
    return { read: true, close: own && planned && session.endsOn <= today, cancel: own && planned };
  },
};
