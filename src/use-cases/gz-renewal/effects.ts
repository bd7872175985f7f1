// What a Guizhou renewal writes beside the state: on 'renew', the successor directory entry carrying
// only the renewed occupations, valid from the day after the old validity (its end set by the
// authority), marked as continuing the old entry (renews_entry_id), with the registry scopes running on
// without a gap. Nothing before the old validity's end changes: the old entry stays as it is, and the
// occupations not renewed (and a refusal) end when the old validity ends — the daily gz-rules §14 job
// does that from renewalStatusOf, not this effect.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import type { GzRenewalData } from '../../workflows/gz-renewal/data.js';
import { CONDITIONS_OF, TRUTHFUL } from '../../workflows/gz-renewal/citations.js';

export async function gzRenewalEffects(
  trx: Transaction<DB>,
  ctx: EffectContext<GzRenewalData>,
): Promise<void> {
  if (ctx.event !== 'renew') return;
  const d = ctx.data.decision;
  if (!d || d.outcome !== 'renewed' || !d.code || !d.validFrom)
    throw new Error('gz-renewal: renew without a decision');
  const { entryId } = await publishDirectoryEntry(
    trx,
    { caller: ctx.caller, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) },
    {
      institutionId: ctx.after.institutionId,
      caseId: ctx.after.id,
      procedure: ctx.after.procedure,
      regime: 'gz-rules',
      filingCode: d.code,
      validFrom: d.validFrom,
      validTo: d.validTo,
      scopes: d.renewed.flatMap((o) => o.levels.map((level) => ({ occupationCode: o.code, level }))),
      authorityId: ctx.after.authorityId,
      citations: [CONDITIONS_OF[ctx.data.kind], TRUTHFUL],
      publishedOn: ctx.today,
      renewsEntryId: ctx.data.entryId,
    },
  );
  // The decision names its successor entry (renewalStatusOf, the case page).
  await trx
    .updateTable('cases')
    .set({
      snapshot: sql`jsonb_set(snapshot, '{decision,successorEntryId}', to_jsonb(${entryId}::text))`,
    })
    .where('id', '=', ctx.after.id)
    .execute();
}
