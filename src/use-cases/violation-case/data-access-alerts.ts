// mohrss-violations §15 ¶2 — reading certificate data beyond one's rights (超范围读取证书数据): detected
// from the verification interfaces' usage (verifier_key_usage: every key and the batch upload of an
// organisation, per day) against a daily threshold an authority sets — the text sets no number, so there
// is none until an authority records one, with its reason. Crossing it raises a lead (data_access_alerts,
// one per organisation and day: the unique key makes it exactly once across processes); the authority
// then revokes the read rights at once and orders deletion (the verifier organisations page), opens a
// case, or records that there was no breach.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, notFound, AppError } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { addCalendarDays } from '../../calendar/calendar-days.js';
import { chinaDate } from '../../workflows/deadline.js';
import { raiseAlertLead, type RaisedAlert } from '../leads/alert-lead.js';

type Db = Kysely<DB> | Transaction<DB>;

const requireAuthority = (actor: Actor) => {
  if (actor.role !== 'authority_staff' || !actor.authorityId)
    throw forbidden('只有评价机构监管部门可以设置证书数据读取的监测阈值和处理线索');
  return actor.authorityId;
};

/** Days back a new threshold is applied to at once, so that a recent excess is not missed. */
const SCAN_DAYS = 7;

export async function setDataAccessThreshold(
  db: Kysely<DB>,
  actor: Actor,
  input: { certificatesPerDay: number; reason: string },
  requestId?: string,
  now: Date = new Date(),
) {
  const authorityId = requireAuthority(actor);
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('data_access_thresholds')
      .selectAll()
      .where('authority_id', '=', authorityId)
      .executeTakeFirst();
    await trx
      .insertInto('data_access_thresholds')
      .values({ authority_id: authorityId, certificates_per_day: input.certificatesPerDay, reason: input.reason, updated_by: actor.userId })
      .onConflict((oc) => oc.column('authority_id').doUpdateSet({ certificates_per_day: input.certificatesPerDay, reason: input.reason, updated_by: actor.userId, updated_at: new Date() }))
      .execute(); // prettier-ignore
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'data_access_threshold', entityId: authorityId, action: 'set',
      before: before ? { certificatesPerDay: before.certificates_per_day } : null,
      after: { certificatesPerDay: input.certificatesPerDay, reason: input.reason },
      citations: [{ source: 'mohrss-violations', article: 15, paragraph: 2 }],
    }); // prettier-ignore
    // The week before the threshold is read with it at once (a lead per organisation and day over it).
    const since = addCalendarDays(chinaDate(now), -(SCAN_DAYS - 1));
    const days = await trx
      .selectFrom('verifier_key_usage')
      .select(['organisation_id', sql<string>`day::text`.as('day')])
      .where('day', '>=', since)
      .groupBy(['organisation_id', 'day'])
      .execute();
    for (const d of days) await raiseDataAccessAlert(trx, d.organisation_id, d.day);
  });
  return getDataAccessThreshold(db, actor);
}

export async function getDataAccessThreshold(db: Kysely<DB>, actor: Actor) {
  const authorityId = requireAuthority(actor);
  const row = await db
    .selectFrom('data_access_thresholds')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .executeTakeFirst();
  return row
    ? {
        certificatesPerDay: row.certificates_per_day,
        reason: row.reason,
        updatedAt: new Date(row.updated_at).toISOString(),
      }
    : null;
}

/**
 * After usage is counted: an organisation whose certificates read on `day` exceed the lowest threshold
 * any authority set raises one lead for that day (ON CONFLICT: once, whichever process gets there).
 */
export async function raiseDataAccessAlert(trx: Db, organisationId: string, day: string): Promise<void> {
  const raised = await sql<RaisedAlert>`
    insert into data_access_alerts (id, organisation_id, day, certificates, threshold, authority_id)
    select ${randomUUID()}, ${organisationId}, ${day}::date, used.n, t.certificates_per_day, t.authority_id
    from (select coalesce(sum(certificates), 0)::int as n from verifier_key_usage
          where organisation_id = ${organisationId} and day = ${day}::date) used
    cross join lateral (select authority_id, certificates_per_day from data_access_thresholds
          order by certificates_per_day, authority_id limit 1) t
    where used.n > t.certificates_per_day
    on conflict (organisation_id, day) do nothing
    returning id, authority_id, organisation_id, day::text as day, certificates, threshold`.execute(trx);
  // The alert is a lead of the ledger too (issue 14 point 2), raised with it.
  for (const a of raised.rows) await raiseAlertLead(trx, a);
}

export async function listDataAccessAlerts(db: Kysely<DB>, actor: Actor, open: boolean) {
  requireAuthority(actor);
  let q = db
    .selectFrom('data_access_alerts as a')
    .innerJoin('verifier_organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.organisation_id', 'o.name as organisation_name', 'a.day', 'a.certificates', 'a.threshold', 'a.raised_at', 'a.handled_at', 'a.outcome', 'a.note', 'o.read_rights_revoked_at']); // prettier-ignore
  if (open) q = q.where('a.handled_at', 'is', null);
  const rows = await q.orderBy('a.raised_at', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    day: r.day,
    certificates: r.certificates,
    threshold: r.threshold,
    raisedAt: new Date(r.raised_at).toISOString(),
    handledAt: r.handled_at ? new Date(r.handled_at).toISOString() : null,
    outcome: r.outcome,
    note: r.note,
    readRightsRevoked: r.read_rights_revoked_at !== null,
  }));
}

export async function handleDataAccessAlert(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { outcome: 'revoked' | 'case_opened' | 'no_breach'; note: string },
  requestId?: string,
) {
  requireAuthority(actor);
  await db.transaction().execute(async (trx) => {
    const a = await trx
      .selectFrom('data_access_alerts')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!a) throw notFound('线索');
    if (a.handled_at) throw new AppError(409, 'ALERT_HANDLED', '线索已处理', '该线索已经处理');
    await trx.updateTable('data_access_alerts').set({ handled_at: new Date(), handled_by: actor.userId, outcome: input.outcome, note: input.note }).where('id', '=', id).execute(); // prettier-ignore
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'data_access_alert', entityId: id, action: 'handle',
      after: { outcome: input.outcome, note: input.note },
      citations: [{ source: 'mohrss-violations', article: 15, paragraph: 2 }],
    }); // prettier-ignore
  });
}
