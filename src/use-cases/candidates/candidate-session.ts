// The session a candidate request is about, read in the caller's scope: outside it, 404 exactly as for
// an id that does not exist (security.md "Access").
import { notFound } from '../../domain/errors.js';
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import {
  findEvaluationSession,
  type EvaluationSessionRecord,
} from '../../persistence/evaluation-sessions.repository.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';

export async function sessionInScope(
  ctx: RegistryContext,
  sessionId: string,
): Promise<EvaluationSessionRecord> {
  const actor = requireActor(ctx);
  const session = await findEvaluationSession(ctx.db, evaluationSessionPolicy.scope(actor), sessionId);
  if (!session) throw notFound('评价批次');
  return session;
}
