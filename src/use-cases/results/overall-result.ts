// A candidate's overall result, worked out by the domain core (mohrss-violations.evaluation_session.result:
// every subject at least its pass mark → passed; absent or cancelled under §5–7 → failed) and written to
// candidates.overall_result / result_decided_at — the column issuance reads. Undecided (NULL) while a
// subject's result or pass mark is missing. Runs inside the transaction of the change that caused it.
import type { Transaction } from 'kysely';
import type { DB, EvaluationSubject } from '../../persistence/schema.js';
import {
  candidateResultsOf,
  passMarksOf,
  setOverallResult,
  type CandidateResults,
  type PassMark,
} from '../../persistence/results.repository.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import { candidateResultCheck, overallOf } from '../../rules/mohrss-violations/session-results.js';
import type { Finding } from '../../rules/finding.js';

export type Overall = 'passed' | 'failed' | null;

export function decideOverall(
  subjects: readonly EvaluationSubject[],
  marks: readonly PassMark[],
  c: CandidateResults,
  asOf: string,
): { overall: Overall; findings: Finding[] } {
  const rows = subjects.map((subject) => ({
    subject,
    mark: marks.find((m) => m.subject === subject),
    result: c.results.find((r) => r.subject === subject),
  }));
  if (rows.some((r) => !r.mark || !r.result)) return { overall: null, findings: [] };
  const result = evaluateCheck(candidateResultCheck.name, asOf, {
    subjects: rows.map(({ subject, mark, result }) => ({
      subject,
      fullMark: mark!.fullMark,
      passMark: mark!.passMark,
      outcome: result!.outcome,
      score: result!.score,
      cancelArticle: result!.cancelArticle,
    })),
  });
  return { overall: overallOf(result.findings), findings: result.findings };
}

/** Recomputes the overall result of one candidate (or every candidate) of a session; returns the changes. */
export async function recomputeOverall(
  trx: Transaction<DB>,
  session: { id: string; subjects: EvaluationSubject[] },
  asOf: string,
  candidateId?: string,
): Promise<{ candidateId: string; name: string; before: Overall; after: Overall }[]> {
  const marks = await passMarksOf(trx, session.id);
  const changes = [];
  for (const c of await candidateResultsOf(trx, session.id, candidateId)) {
    const { overall } = decideOverall(session.subjects, marks, c, asOf);
    if (overall === c.overallResult) continue;
    await setOverallResult(trx, c.candidateId, overall);
    changes.push({ candidateId: c.candidateId, name: c.name, before: c.overallResult, after: overall });
  }
  return changes;
}
