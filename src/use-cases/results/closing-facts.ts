// The facts of mohrss-violations.evaluation_session.closing (§12(1)–(4)) for one session: its staff by duty,
// its subjects and the pass marks entered, and which registered candidates still lack a subject's result.
import type { Kysely } from 'kysely';
import type { DB, EvaluationSubject } from '../../persistence/schema.js';
import { countDuties } from '../../persistence/session-staff.repository.js';
import { candidateResultsOf, passMarksOf } from '../../persistence/results.repository.js';
import type { SessionClosingFacts } from '../../rules/mohrss-violations/session-closing.js';

export async function sessionClosingFacts(
  db: Kysely<DB>,
  session: { id: string; subjects: EvaluationSubject[] },
): Promise<SessionClosingFacts> {
  const [staff, marks, cands] = await Promise.all([
    countDuties(db, session.id),
    passMarksOf(db, session.id),
    candidateResultsOf(db, session.id),
  ]);
  return {
    staff,
    subjects: session.subjects,
    passMarksSet: marks.map((m) => m.subject),
    incomplete: cands
      .map((c) => ({
        name: c.name,
        missing: session.subjects.filter((s) => !c.results.some((r) => r.subject === s)),
      }))
      .filter((c) => c.missing.length > 0),
    candidates: cands.length,
  };
}
