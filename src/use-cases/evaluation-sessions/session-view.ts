// An evaluation session as the API shows it: the record, the opening check's findings with their
// articles in words (citationText, citationZh), and the caller's abilities.
import type { Caller } from '../../policies/actor.js';
import {
  evaluationSessionPolicy,
  type EvaluationSessionAbilities,
} from '../../policies/evaluation-session.policy.js';
import type { EvaluationSessionRecord } from '../../persistence/evaluation-sessions.repository.js';
import type { Finding } from '../../rules/finding.js';
import { findingView } from '../../rules/catalogue-view.js';
import { todayInChina } from '../registry/registry-context.js';

export type FindingView = ReturnType<typeof findingView>;

export interface EvaluationSessionView extends Omit<EvaluationSessionRecord, 'findings'> {
  opening: { check: string; asOf: string; outcome: string; findings: FindingView[] };
  abilities: EvaluationSessionAbilities;
}

export function sessionView(
  caller: Caller,
  r: EvaluationSessionRecord,
  today: string = todayInChina(),
): EvaluationSessionView {
  const { findings, ...rest } = r;
  return {
    ...rest,
    opening: {
      check: findings.check,
      asOf: findings.asOf,
      outcome: findings.outcome,
      findings: (findings.findings as Finding[]).map(findingView),
    },
    abilities: evaluationSessionPolicy.abilities(caller, r, today),
  };
}
