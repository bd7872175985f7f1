// Who sees a lead. The handling authority (leads.authority_id) sees and acts on it; a territorial
// superior (an HRSS department whose jurisdiction covers the handling authority's) sees it but does not
// act, and never reads the complainant's contact details (security.md: personal data to those who need
// it). Anyone else — another province, an institution, the public — gets 404 exactly like a random id.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, LeadsTable } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { institutionScope } from '../../policies/scope.js';
import { forbidden, notFound } from '../../domain/errors.js';

type Db = Kysely<DB> | Transaction<DB>;
export type LeadRow = Selectable<LeadsTable>;

export function requireAuthorityStaff(actor: Actor): string {
  if (actor.role !== 'authority_staff' || !actor.authorityId) {
    throw forbidden('只有监管部门工作人员可以处理工作台账');
  }
  return actor.authorityId;
}

/** Authority ids whose leads the actor may read: its own and, for a territorial department, those below. */
export async function readableAuthorityIds(db: Db, actor: Actor): Promise<string[]> {
  if (actor.role !== 'authority_staff' || !actor.authorityId) return [];
  const scope = institutionScope(actor);
  if (scope.kind === 'authority' || scope.kind === 'none' || scope.kind === 'institution') {
    return [actor.authorityId];
  }
  let q = db.selectFrom('authorities').select('id');
  if (scope.kind === 'jurisdiction') q = q.where('jurisdiction_code', 'like', `${scope.prefix}%`);
  const rows = await q.execute();
  return [...new Set([actor.authorityId, ...rows.map((r) => r.id)])];
}

export interface LeadAccess {
  lead: LeadRow;
  /** The handling authority's staff: may act and read the contact details. */
  handles: boolean;
}

export async function loadLead(db: Db, actor: Actor, id: string, lock = false): Promise<LeadAccess> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('线索');
  let q = db.selectFrom('leads').selectAll().where('id', '=', id);
  if (lock && 'isTransaction' in db && db.isTransaction) q = q.forUpdate();
  const lead = (await q.executeTakeFirst()) as LeadRow | undefined;
  if (!lead) throw notFound('线索');
  const readable = await readableAuthorityIds(db, actor);
  if (!readable.includes(lead.authority_id)) throw notFound('线索');
  return { lead, handles: actor.authorityId === lead.authority_id };
}

/** For a step: the lead under lock, and only its handling authority may take it. */
export async function loadLeadToAct(trx: Transaction<DB>, actor: Actor, id: string): Promise<LeadRow> {
  requireAuthorityStaff(actor);
  const { lead, handles } = await loadLead(trx, actor, id, true);
  if (!handles) throw forbidden('只有正在办理该线索的部门可以办理（上级部门可查看）');
  return lead;
}
