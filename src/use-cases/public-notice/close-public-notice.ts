// Closes a case's open notice when the decision it prepared is taken (filed, refused …), inside that
// decision's transaction: the public list then shows it as past, with its outcome. No open notice is
// not an error (a case refused before any notice).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Citation } from '../../domain/citation.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { closeNotice } from '../../persistence/public-notices.repository.js';

export async function closePublicNotice(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: {
    caseId: string;
    closedOn: string;
    outcome: string;
    outcome_en: string;
    citations: readonly Citation[];
  },
): Promise<string | null> {
  const open = await trx
    .selectFrom('public_notices')
    .select('id')
    .where('case_id', '=', input.caseId)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  if (!open) return null;
  await closeNotice(trx, open.id, input.closedOn, input.outcome, input.outcome_en);
  await writeAudit(trx, audit, {
    entity: 'public_notice',
    entityId: open.id,
    action: 'close',
    after: { closedOn: input.closedOn, outcome: input.outcome },
    citations: [...input.citations],
  });
  return open.id;
}
