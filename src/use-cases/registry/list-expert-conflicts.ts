// The conflicts of interest declared for an expert in the caller's scope.
import {
  listExpertConflicts as query,
  type ExpertConflictRecord,
} from '../../persistence/experts.repository.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadExpert } from './expert-view.js';

export type ExpertConflictView = ExpertConflictRecord & { abilities: { read: boolean } };

export const conflictView = (c: ExpertConflictRecord): ExpertConflictView => ({
  ...c,
  abilities: { read: true },
});

export async function listExpertConflicts(
  ctx: RegistryContext,
  expertId: string,
): Promise<{ items: ExpertConflictView[]; total: number }> {
  const actor = requireActor(ctx);
  await loadExpert(ctx.db, actor, expertId);
  const items = (await query(ctx.db, expertId)).map(conflictView);
  return { items, total: items.length };
}
