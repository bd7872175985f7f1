// The results of one session as the API shows them: its subjects, the pass marks entered, each registered
// candidate's subject results and overall result (with the findings that decided it), the corrections
// made after closing, and what the caller may do. Read by the institution that runs the session and the
// authorities over it; outside that scope, 404.
import type { EvaluationSubject } from '../../persistence/schema.js';
import {
  candidateResultsOf,
  correctionsOf,
  passMarksOf,
  type CandidateResults,
  type CorrectionRecord,
  type PassMark,
} from '../../persistence/results.repository.js';
import { findingView } from '../../rules/catalogue-view.js';
import { todayInChina, type RegistryContext } from '../registry/registry-context.js';
import { runsSession, sessionInScope } from '../session-staff/session-access.js';
import { decideOverall } from './overall-result.js';

export interface SessionResultsView {
  sessionId: string;
  status: 'planned' | 'closed' | 'cancelled';
  subjects: EvaluationSubject[];
  passMarks: PassMark[];
  candidates: (CandidateResults & { findings: ReturnType<typeof findingView>[] })[];
  corrections: CorrectionRecord[];
  counts: { candidates: number; passed: number; failed: number; undecided: number };
  abilities: { setPassMarks: boolean; enter: boolean; correct: boolean; import: boolean };
}

export async function getSessionResults(
  ctx: RegistryContext,
  sessionId: string,
): Promise<SessionResultsView> {
  const { actor, session } = await sessionInScope(ctx, sessionId);
  const [passMarks, cands, corrections] = await Promise.all([
    passMarksOf(ctx.db, sessionId),
    candidateResultsOf(ctx.db, sessionId),
    correctionsOf(ctx.db, sessionId),
  ]);
  const today = todayInChina(ctx.now);
  const candidates = cands.map((c) => ({
    ...c,
    findings: decideOverall(session.subjects, passMarks, c, today).findings.map(findingView),
  }));
  const own = runsSession(actor, session);
  const planned = session.status === 'planned';
  return {
    sessionId,
    status: session.status,
    subjects: session.subjects,
    passMarks,
    candidates,
    corrections,
    counts: {
      candidates: cands.length,
      passed: cands.filter((c) => c.overallResult === 'passed').length,
      failed: cands.filter((c) => c.overallResult === 'failed').length,
      undecided: cands.filter((c) => c.overallResult === null).length,
    },
    abilities: {
      setPassMarks: own && planned,
      enter: own && planned,
      import: own && planned,
      correct: own && session.status === 'closed',
    },
  };
}
