// Rectification orders as their two parties read them: the ordering authority's queue (overdue first,
// with days overdue) and the institution's own orders; one order with its reports and evidence.
import type { Kysely } from 'kysely';
import type { DB, RectificationStatus } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { todayInChina } from '../registry/registry-context.js';
import { daysOverdue, isOverdue, loadRectification } from './rectification-steps.js';

export async function listRectifications(
  db: Kysely<DB>,
  actor: Actor,
  f: {
    status?: RectificationStatus | undefined;
    overdue?: boolean | undefined;
    page: number;
    pageSize: number;
  },
) {
  const today = todayInChina();
  let q = db.selectFrom('rectifications as r').innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .innerJoin('authorities as a', 'a.id', 'r.authority_id'); // prettier-ignore
  if (actor.role === 'authority_staff' && actor.authorityId)
    q = q.where('r.authority_id', '=', actor.authorityId);
  else if (actor.role === 'institution_staff' && actor.institutionId)
    q = q.where('r.institution_id', '=', actor.institutionId);
  else throw forbidden('只有监管部门和被责令整改的机构可以查看整改');
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.overdue) q = q.where('r.status', '<>', 'accepted').where('r.deadline', '<', today);
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q
    .select(['r.id', 'r.subject', 'r.source', 'r.source_id', 'r.status', 'r.opened_on', 'r.deadline', 'r.reported_on', 'r.verified_on',
      'i.name as institution_name', 'a.name as authority_name'])
    .orderBy((eb) => eb.case().when('r.status', '=', 'accepted').then(1).else(0).end())
    .orderBy('r.deadline').orderBy('r.id')
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(); // prettier-ignore
  return {
    items: rows.map((r) => ({
      id: r.id, subject: r.subject, source: r.source, sourceId: r.source_id, status: r.status, openedOn: r.opened_on,
      deadline: r.deadline, reportedOn: r.reported_on, verifiedOn: r.verified_on, institutionName: r.institution_name,
      authorityName: r.authority_name, overdue: isOverdue(r, today), daysOverdue: isOverdue(r, today) ? daysOverdue(r.deadline, today) : 0,
    })), // prettier-ignore
    total,
    page: f.page,
    pageSize: f.pageSize,
    asOf: today,
  };
}

export async function getRectification(db: Kysely<DB>, actor: Actor, id: string) {
  const { r, as } = await loadRectification(db, actor, id);
  const today = todayInChina();
  const [inst, auth, reports] = await Promise.all([
    db.selectFrom('institutions').select('name').where('id', '=', r.institution_id).executeTakeFirstOrThrow(),
    db.selectFrom('authorities').select('name').where('id', '=', r.authority_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('rectification_reports')
      .selectAll()
      .where('rectification_id', '=', id)
      .orderBy('seq')
      .execute(),
  ]);
  return {
    id: r.id, as, subject: r.subject, source: r.source, sourceId: r.source_id, programmeSeq: r.programme_seq, status: r.status,
    openedOn: r.opened_on, deadline: r.deadline, reportedOn: r.reported_on, verifiedOn: r.verified_on, outcome: r.outcome,
    institutionId: r.institution_id, institutionName: inst.name, authorityName: auth.name, citations: r.citations,
    overdue: isOverdue(r, today), daysOverdue: isOverdue(r, today) ? daysOverdue(r.deadline, today) : 0, asOf: today,
    reports: reports.map((p) => ({
      id: p.id, seq: p.seq, reportedOn: p.reported_on, text: p.text, files: p.files, verdict: p.verdict,
      verifiedOn: p.verified_on, reason: p.reason, newDeadline: p.new_deadline,
    })),
  }; // prettier-ignore
}

/** An evidence file, for the two parties only. */
export async function rectificationFile(db: Kysely<DB>, actor: Actor, id: string, sha256: string) {
  await loadRectification(db, actor, id);
  const reports = await db
    .selectFrom('rectification_reports')
    .select('files')
    .where('rectification_id', '=', id)
    .execute();
  const file = reports.flatMap((p) => p.files).find((f) => f.sha256 === sha256);
  if (!file) throw notFound('文件');
  return file;
}
