// Lists evaluation sessions in the caller's scope: an institution its own (and its branches'), an
// authority those of the institutions it supervises and of the branches working in its territory. The
// scope is part of the query; a filter naming something outside it simply finds nothing.
import { evaluationSessionPolicy } from '../../policies/evaluation-session.policy.js';
import {
  listEvaluationSessions as query,
  type SessionFilters,
} from '../../persistence/evaluation-sessions.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';
import { sessionView, type EvaluationSessionView } from './session-view.js';

export async function listEvaluationSessions(
  ctx: RegistryContext,
  filters: SessionFilters,
  page: PageRequest,
): Promise<Page<EvaluationSessionView> & { abilities: { open: boolean } }> {
  const actor = requireActor(ctx);
  const r = await query(ctx.db, evaluationSessionPolicy.scope(actor), filters, page);
  return {
    items: r.items.map((s) => sessionView(actor, s)),
    total: r.total,
    ...page,
    abilities: { open: evaluationSessionPolicy.canOpen(actor) },
  };
}
