// The conflicts of interest declared for an expert in the caller's scope. The institution a conflict
// names is shown only as far as the caller's scope allows (issue 9 point 7): an authority that cannot
// open the institution sees the relation, the reason and the date, not the institution's name, USCC
// or id — so a conflict cannot be used to learn what another province registers. The expert sees the
// name and USCC they declared, but not whether the code matched a registered institution.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import {
  institutionIdsInScope,
  listExpertConflicts as query,
  type ExpertConflictRecord,
} from '../../persistence/experts.repository.js';
import type { Actor } from '../../policies/actor.js';
import { institutionScope } from '../../policies/scope.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadExpert } from './expert-view.js';

export type ExpertConflictView = Omit<ExpertConflictRecord, 'institutionName'> & {
  /** null when the institution lies outside the caller's scope. */
  institutionName: string | null;
  /** Whether the caller may see which institution the conflict names. */
  institutionVisible: boolean;
  abilities: { read: boolean };
};

/** The conflicts shaped for the caller: the institution shown only as far as its scope allows. */
export async function conflictViews(
  db: Kysely<DB>,
  caller: Actor,
  conflicts: readonly ExpertConflictRecord[],
): Promise<ExpertConflictView[]> {
  const linked = conflicts.flatMap((c) => (c.institutionId ? [c.institutionId] : []));
  const open = await institutionIdsInScope(db, institutionScope(caller), linked);
  return conflicts.map((c) => {
    const opens = c.institutionId !== null && open.has(c.institutionId);
    // The expert's own declaration: what they typed, never the registry link.
    const own = caller.role === 'expert' && caller.expertId === c.expertId;
    const visible = opens || own;
    return {
      ...c,
      institutionId: opens ? c.institutionId : null,
      institutionUscc: visible ? c.institutionUscc : null,
      institutionName: visible ? c.institutionName : null,
      institutionVisible: visible,
      abilities: { read: true },
    };
  });
}

export async function listExpertConflicts(
  ctx: RegistryContext,
  expertId: string,
): Promise<{ items: ExpertConflictView[]; total: number }> {
  const actor = requireActor(ctx);
  await loadExpert(ctx.db, actor, expertId);
  const items = await conflictViews(ctx.db, actor, await query(ctx.db, expertId));
  return { items, total: items.length };
}
