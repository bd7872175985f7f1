// Closes or cancels a planned evaluation session (issue 11 point 1), by the institution that runs it.
// - Close: once its last day has come; from then on its results change only through a recorded
//   correction (src/use-cases/results/correct-result.ts). Closing earlier is refused: a session that has
//   not been held has nothing to seal — one that will not be held is cancelled. Closing also needs what
//   mohrss-violations.evaluation_session.closing asks (§12(1)–(4): a quality supervisor, an exam
//   administrator and an assessor, every subject's pass mark, every registered candidate's result in
//   every subject — decision 0028); it is checked inside the closing transaction, and the refusal lists
//   what is missing with the articles.
// - Cancel: a session that will not be held, with the reason.
// One transaction with an optimistic version check and the audit row; of two concurrent identical
// requests one succeeds and the other gets 409.
import { forbidden, notFound, versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import {
  endEvaluationSession as end,
  findEvaluationSession,
} from '../../persistence/evaluation-sessions.repository.js';
import {
  auditContext,
  expectVersion,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
import { sessionNotEnded, sessionNotPlanned } from './session-errors.js';
import { sessionView, type EvaluationSessionView } from './session-view.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import { sessionClosingCheck } from '../../rules/mohrss-violations/session-closing.js';
import { sessionClosingFacts } from '../results/closing-facts.js';
import { checkRefused } from '../session-staff/session-access.js';
import { uniqueCitations } from '../../workflows/machine.js';

async function endSession(
  ctx: RegistryContext,
  id: string,
  version: number,
  to: { status: 'closed' } | { status: 'cancelled'; reason: string },
): Promise<EvaluationSessionView> {
  const actor = requireActor(ctx);
  const scope = evaluationSessionPolicy.scope(actor);
  const before = await findEvaluationSession(ctx.db, scope, id);
  if (!before) throw notFound('评价批次');
  if (before.status !== 'planned') throw sessionNotPlanned(before.status);
  const today = todayInChina(ctx.now);
  const abilities = evaluationSessionPolicy.abilities(actor, before, today);
  if (!abilities.cancel) throw forbidden('评价批次由开设它的评价机构关闭或取消');
  expectVersion(before.version, version);
  if (to.status === 'closed' && !abilities.close) throw sessionNotEnded(before.endsOn, today);

  return ctx.db.transaction().execute(async (trx) => {
    const closing =
      to.status === 'closed'
        ? evaluateCheck(sessionClosingCheck.name, today, await sessionClosingFacts(trx, before))
        : undefined;
    const missing = closing?.findings.filter((f) => f.passed === false) ?? [];
    if (closing && missing.length > 0)
      throw checkRefused(
        'SESSION_INCOMPLETE',
        '评价批次尚不能关闭',
        closing.check,
        closing.asOf,
        missing,
        'The session cannot be closed yet',
      );
    const ok = await end(
      trx,
      id,
      version,
      to.status === 'closed'
        ? { status: 'closed', by: actor.userId }
        : { status: 'cancelled', by: actor.userId, reason: to.reason },
    );
    if (!ok) throw versionConflict();
    const after = (await findEvaluationSession(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'evaluation_session',
      entityId: id,
      action: to.status === 'closed' ? 'close' : 'cancel',
      before,
      after,
      ...(closing ? { citations: uniqueCitations(closing.findings.map((f) => f.citation)) } : {}),
    });
    return sessionView(actor, after, today);
  });
}

export const closeEvaluationSession = (ctx: RegistryContext, id: string, version: number) =>
  endSession(ctx, id, version, { status: 'closed' });

export const cancelEvaluationSession = (ctx: RegistryContext, id: string, version: number, reason: string) =>
  endSession(ctx, id, version, { status: 'cancelled', reason });
