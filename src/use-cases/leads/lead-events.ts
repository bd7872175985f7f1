// The lead's history (lead_events): one row per step, numbered, with the authority that took it — kept
// whole when the lead is routed to another authority (dept-pilot 四(三)).
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { AuditContext } from '../../audit/write-audit.js';

export interface LeadEventInput {
  leadId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  authorityId: string | null;
  onDate: string;
  note: string | null;
  details?: Record<string, unknown>;
}

export async function appendLeadEvent(
  trx: Transaction<DB>,
  audit: AuditContext,
  e: LeadEventInput,
): Promise<void> {
  const last = await trx
    .selectFrom('lead_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('lead_id', '=', e.leadId)
    .executeTakeFirst();
  await trx
    .insertInto('lead_events')
    .values({
      id: randomUUID(),
      lead_id: e.leadId,
      seq: Number(last?.seq ?? 0) + 1,
      action: e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      authority_id: e.authorityId,
      actor_user_id: audit.caller?.userId ?? null,
      on_date: e.onDate,
      note: e.note,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}
