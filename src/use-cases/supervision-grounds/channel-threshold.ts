// 1x-exit §5(5) "反映问题较多": the text sets no number, so the authority records how many unresolved
// problems (open leads, overdue rectifications, inspections whose problems nobody acted on) raise the
// ground, with its reason — none by default, as with the §15 ¶2 data-access threshold (issue 13).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';

const requireAuthority = (actor: Actor) => {
  if (actor.role !== 'authority_staff' || !actor.authorityId)
    throw forbidden('只有监管部门可以设定问题较多的认定标准');
  return actor.authorityId;
};

export async function getChannelThreshold(db: Kysely<DB>, actor: Actor) {
  const authorityId = requireAuthority(actor);
  const row = await db.selectFrom('channel_problem_thresholds').selectAll().where('authority_id', '=', authorityId).executeTakeFirst(); // prettier-ignore
  return row ? { unresolvedProblems: row.unresolved_problems, reason: row.reason, updatedAt: new Date(row.updated_at).toISOString() } : null; // prettier-ignore
}

export async function setChannelThreshold(
  db: Kysely<DB>,
  actor: Actor,
  input: { unresolvedProblems: number; reason: string },
  requestId?: string,
) {
  const authorityId = requireAuthority(actor);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('channel_problem_thresholds').selectAll().where('authority_id', '=', authorityId).executeTakeFirst(); // prettier-ignore
    await trx
      .insertInto('channel_problem_thresholds')
      .values({ authority_id: authorityId, unresolved_problems: input.unresolvedProblems, reason: input.reason, updated_by: actor.userId })
      .onConflict((oc) => oc.column('authority_id').doUpdateSet({ unresolved_problems: input.unresolvedProblems, reason: input.reason, updated_by: actor.userId, updated_at: new Date() }))
      .execute(); // prettier-ignore
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'channel_problem_threshold', entityId: authorityId, action: 'set',
      before: before ? { unresolvedProblems: before.unresolved_problems, reason: before.reason } : null,
      after: input,
      citations: [{ source: '1x-exit', article: 5, item: 5 }],
    }); // prettier-ignore
  });
  return getChannelThreshold(db, actor);
}
