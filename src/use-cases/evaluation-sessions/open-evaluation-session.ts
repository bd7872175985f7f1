// Opens an evaluation session 评价批次 (issue 11 point 1): an institution — or one of its branches filed
// where it works — evaluates one occupation × level at one of its registered sites on given dates.
// load → authorize → decide (mohrss-violations.evaluation_session.opening: §14(2) scope on every day,
// §13(2) own site in the province of filing, §13 suspension, §14 termination; then the subjects from
// the occupation's standard) → one transaction writing the session, its findings and its audit row.
import { randomUUID } from 'node:crypto';
import { forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import { readStanding } from '../../persistence/standing.repository.js';
import {
  findEvaluationSession,
  insertEvaluationSession,
  standardsOf,
} from '../../persistence/evaluation-sessions.repository.js';
import { findOccupation } from '../../persistence/reference.repository.js';
import type { EvaluationSubject } from '../../persistence/schema.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import { sessionOpeningCheck } from '../../rules/mohrss-violations/evaluation-session.js';
import { uniqueCitations } from '../../workflows/machine.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { checkOccupations } from '../registry/validate.js';
import { sessionOpeningFacts } from './session-facts.js';
import { sessionRefused, subjectsNotRecorded } from './session-errors.js';
import { sessionView, type EvaluationSessionView } from './session-view.js';

export interface OpenEvaluationSessionInput {
  /** A branch of the caller's institution that opens the session under its own filing; absent = the institution. */
  branchId?: string | null | undefined;
  siteId: string;
  occupationCode: string;
  level: number;
  startsOn: string;
  endsOn: string;
}

export async function openEvaluationSession(
  ctx: RegistryContext,
  input: OpenEvaluationSessionInput,
): Promise<EvaluationSessionView> {
  const actor = requireActor(ctx);
  if (!evaluationSessionPolicy.canOpen(actor)) throw forbidden('评价批次由评价机构（或其分支机构）开设');
  const branchId = input.branchId ?? null;
  // A branch that is not one of the caller's answers what an unknown id answers.
  const standing = await readStanding(ctx.db, actor.institutionId, branchId);
  if (!standing) throw notFound('分支机构');
  await checkOccupations(ctx.db, [input.occupationCode], 'body.occupationCode');

  const today = todayInChina(ctx.now);
  const facts = await sessionOpeningFacts(ctx.db, standing, input);
  const result = evaluateCheck(sessionOpeningCheck.name, today, facts);
  const failed = result.findings.filter((f) => f.passed === false);
  if (failed.length > 0) throw sessionRefused(result.check, result.asOf, failed);

  // What the session consists of comes from the standard (a national standard before an evaluation
  // norm); where none records the level's subjects, the reference data must be completed first.
  const standards = await standardsOf(ctx.db, input.occupationCode);
  const key = String(input.level) as '1' | '2' | '3' | '4' | '5';
  const standard = standards.find((s) => (s.subjectsByLevel?.[key]?.length ?? 0) > 0);
  if (!standard) {
    const occupation = (await findOccupation(ctx.db, input.occupationCode))!;
    throw subjectsNotRecorded(occupation, input.level, standards[0]?.title ?? null);
  }
  const subjects: EvaluationSubject[] = [...standard.subjectsByLevel![key]!];

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertEvaluationSession(trx, {
      id,
      institutionId: standing.institutionId,
      branchId,
      siteId: input.siteId,
      occupationCode: input.occupationCode,
      level: input.level,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      subjects,
      standardId: standard.id,
      findings: result,
      createdBy: actor.userId,
    });
    const created = (await findEvaluationSession(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'evaluation_session',
      entityId: id,
      action: 'open',
      after: created,
      citations: uniqueCitations(result.findings.map((f) => f.citation)),
    });
    return sessionView(actor, created, today);
  });
}
