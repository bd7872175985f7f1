// What a Guizhou selection writes beside the state: on 'select', the publication in the directory with
// the scope granted (only the occupations that passed, at the levels applied for) and the validity —
// in the same transaction (publishDirectoryEntry also sets the registry scopes, the institution active
// and the case's validity, each with its audit row).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import { publishDirectoryEntry } from '../directory/publish-directory-entry.js';
import type { GzSelectionData } from '../../workflows/gz-selection/data.js';
import { CONDITIONS_OF, PRINCIPLES, VALIDITY } from '../../workflows/gz-selection/citations.js';

export async function gzSelectionEffects(
  trx: Transaction<DB>,
  ctx: EffectContext<GzSelectionData>,
): Promise<void> {
  if (ctx.event !== 'select') return;
  const d = ctx.data.decision;
  if (!d || d.outcome !== 'selected' || !d.code || !d.validFrom)
    throw new Error('gz-selection: select without a decision');
  await publishDirectoryEntry(
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
      scopes: d.selectedOccupations.flatMap((o) =>
        o.levels.map((level) => ({ occupationCode: o.code, level })),
      ),
      authorityId: ctx.after.authorityId,
      citations: [CONDITIONS_OF[ctx.data.applyingAs], PRINCIPLES, VALIDITY],
      publishedOn: ctx.today,
    },
  );
}
