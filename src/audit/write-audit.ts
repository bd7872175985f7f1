// Every change writes its audit row in the same transaction as the change (security.md): who,
// when, what, before/after with their hashes, the request id, and the citations a rule applied.
// Chaining happens later, in commit order, in the sequencer (chain-audit.ts).
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../persistence/schema.js';
import type { Citation } from '../domain/citation.js';
import type { Caller } from '../policies/actor.js';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  citations?: Citation[];
}

export interface AuditContext {
  caller: Caller;
  requestId?: string | undefined;
  /**
   * The system itself acted (seeding, an import run by an operator, a scheduled transition such as
   * a notice period ending): recorded as actor role 'system' rather than 'anonymous'.
   */
  system?: boolean;
}

/** Deterministic JSON: keys sorted, so a hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const hashOf = (v: unknown): string | null =>
  v === undefined || v === null ? null : sha256(canonicalJson(v));
const jsonOf = (v: unknown): string | null => (v === undefined || v === null ? null : canonicalJson(v));

/** Only a transaction is accepted: the audit row must commit or roll back with the change. */
export async function writeAudit(trx: Transaction<DB>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  const c = ctx.caller;
  await trx
    .insertInto('audit_log')
    .values({
      request_id: ctx.requestId ?? null,
      actor_user_id: c?.userId ?? null,
      actor_role: c?.role ?? (ctx.system ? 'system' : 'anonymous'),
      actor_authority_id: c?.authorityId ?? null,
      actor_institution_id: c?.institutionId ?? null,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before_hash: hashOf(entry.before),
      after_hash: hashOf(entry.after),
      before_data: jsonOf(entry.before),
      after_data: jsonOf(entry.after),
      citations: JSON.stringify(entry.citations ?? []),
    })
    .execute();
}
