// One evaluation session in the caller's scope (outside it: 404, as for an id that does not exist).
import { notFound } from '../../domain/errors.js';
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import { findEvaluationSession } from '../../persistence/evaluation-sessions.repository.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';
import { sessionView, type EvaluationSessionView } from './session-view.js';

export async function getEvaluationSession(ctx: RegistryContext, id: string): Promise<EvaluationSessionView> {
  const actor = requireActor(ctx);
  const found = await findEvaluationSession(ctx.db, evaluationSessionPolicy.scope(actor), id);
  if (!found) throw notFound('评价批次');
  return sessionView(actor, found);
}
