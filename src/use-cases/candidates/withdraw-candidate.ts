// Withdraws a candidate from a planned session (issue 11 point 2), with the reason recorded; the row
// stays (its fees and the audit trail refer to it).
import { forbidden, notFound, versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { candidatePolicy } from '../../policies/candidate.policy.js';
import {
  findSessionCandidate,
  withdrawCandidate as withdrawRow,
} from '../../persistence/candidates.repository.js';
import { auditContext, requireActor, type RegistryContext } from '../registry/registry-context.js';
import { candidateNotRegistered, sessionNotOpenForCandidates } from './candidate-errors.js';
import { sessionInScope } from './candidate-session.js';
import { candidateView, type CandidateView } from './candidate-view.js';

export async function withdrawCandidate(
  ctx: RegistryContext,
  sessionId: string,
  candidateId: string,
  input: { version: number; reason: string },
): Promise<CandidateView> {
  const actor = requireActor(ctx);
  const session = await sessionInScope(ctx, sessionId);
  const before = await findSessionCandidate(ctx.db, session.id, candidateId);
  if (!before) throw notFound('考生');
  if (!candidatePolicy.abilities(actor, { ...session, status: 'planned' }).withdraw)
    throw forbidden('考生由开设评价批次的机构撤回');
  if (session.status !== 'planned') throw sessionNotOpenForCandidates();
  if (before.status !== 'registered') throw candidateNotRegistered();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await withdrawRow(trx, candidateId, input.version, input.reason.trim()))) throw versionConflict();
    const after = (await findSessionCandidate(trx, session.id, candidateId))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'candidate',
      entityId: candidateId,
      action: 'withdraw',
      before,
      after,
    });
    return candidateView(after, candidatePolicy.abilities(actor, session));
  });
}
