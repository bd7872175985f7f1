// The candidates of one session in the caller's scope, with the caller's abilities on them.
import { candidatePolicy, type CandidateAbilities } from '../../policies/candidate.policy.js';
import { listSessionCandidates } from '../../persistence/candidates.repository.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';
import { sessionInScope } from './candidate-session.js';
import { candidateView, type CandidateView } from './candidate-view.js';

export async function listCandidates(
  ctx: RegistryContext,
  sessionId: string,
): Promise<{ items: CandidateView[]; abilities: CandidateAbilities }> {
  const actor = requireActor(ctx);
  const session = await sessionInScope(ctx, sessionId);
  const abilities = candidatePolicy.abilities(actor, session);
  const rows = await listSessionCandidates(ctx.db, session.id);
  return { items: rows.map((r) => candidateView(r, abilities)), abilities };
}
