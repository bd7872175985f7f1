// A rectification order's life (责令限期整改): the institution reports with evidence (open | rejected →
// reported), the authority verifies (reported → accepted, or → rejected with its reason and, if it
// chooses, a new deadline). "Overdue" is computed, never stored: status <> 'accepted' and today after the
// deadline — the deadline day itself is still in time (docs/decisions/0039). An overdue order feeds
// mohrss-violations §13(5) (a case opened from it in one action) and 1x-exit §5(5)–(6).
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, RectificationsTable } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { FileStore } from '../../persistence/file-store.js';
import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../domain/errors.js';
import {
  checkEvidenceFiles,
  storeEvidenceFiles,
  type EvidenceSpec,
  type EvidenceUpload,
} from '../../materials/evidence-files.js';
import { todayInChina } from '../registry/registry-context.js';
import { rectificationInputProblem, rectificationState } from './rectification-errors.js';

type Row = Selectable<RectificationsTable>;
export type RectificationRow = Row;

/** Overdue: not accepted, and today is after the deadline (the deadline day itself is in time). */
export const isOverdue = (r: { status: string; deadline: string }, today: string): boolean =>
  r.status !== 'accepted' && today > r.deadline;
export const daysOverdue = (deadline: string, today: string): number =>
  Math.max(
    0,
    Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000),
  );

export const MAX_EVIDENCE_FILES = 5;
const EVIDENCE: EvidenceSpec = {
  accepts: ['pdf', 'image', 'word', 'excel'],
  title_zh: '整改证明材料',
  maxFiles: MAX_EVIDENCE_FILES,
  problem: rectificationInputProblem,
};

/** The authority that ordered it, or the institution ordered: anyone else gets 404 like a random id. */
export async function loadRectification(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  id: string,
  lock = false,
) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('整改');
  let q = db.selectFrom('rectifications').selectAll().where('id', '=', id);
  if (lock && db.isTransaction) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw notFound('整改');
  const authority = actor.role === 'authority_staff' && actor.authorityId === r.authority_id;
  const institution = actor.role === 'institution_staff' && actor.institutionId === r.institution_id;
  if (!authority && !institution) throw notFound('整改');
  return { r, as: authority ? ('authority' as const) : ('institution' as const) };
}

export type { EvidenceUpload };

export async function reportRectification(
  db: Kysely<DB>,
  store: FileStore,
  actor: Actor,
  id: string,
  input: { text: string; files: EvidenceUpload[] },
  requestId?: string,
) {
  const text = input.text.trim();
  if (text.length < 2 || text.length > 5000)
    throw rectificationInputProblem('text', '整改情况须为 2–5000 字', 'The report must be 2–5000 characters');
  const checked = checkEvidenceFiles(input.files, EVIDENCE);
  return db.transaction().execute(async (trx) => {
    const { r, as } = await loadRectification(trx, actor, id, true);
    if (as !== 'institution') throw forbidden('整改情况由被责令整改的机构报告');
    if (r.status !== 'open' && r.status !== 'rejected')
      throw rectificationState(
        '整改情况已报告，待监管部门核验，或已通过核验',
        'Already reported or accepted',
      );
    const files = await storeEvidenceFiles(trx, store, checked);
    const today = todayInChina();
    const last = await trx
      .selectFrom('rectification_reports')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('rectification_id', '=', id)
      .executeTakeFirst();
    const reportId = randomUUID();
    await trx.insertInto('rectification_reports').values({
      id: reportId, rectification_id: id, seq: Number(last?.seq ?? 0) + 1, reported_on: today, reported_by: actor.userId,
      text, files: JSON.stringify(files),
    }).execute(); // prettier-ignore
    await trx
      .updateTable('rectifications')
      .set({ status: 'reported', reported_on: today, version: r.version + 1 })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'rectification', entityId: id, action: 'report',
      before: { status: r.status }, after: { status: 'reported', reportId, text, files }, citations: r.citations as never,
    }); // prettier-ignore
    return { id, status: 'reported' as const };
  });
}

export async function verifyRectification(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { verdict: 'accepted' | 'rejected'; reason: string; newDeadline?: string | null | undefined },
  requestId?: string,
) {
  const reason = input.reason.trim();
  if (reason.length < 2 || reason.length > 2000)
    throw rectificationInputProblem(
      'reason',
      '核验意见须为 2–2000 字',
      'The verification note must be 2–2000 characters',
    );
  return db.transaction().execute(async (trx) => {
    const { r, as } = await loadRectification(trx, actor, id, true);
    if (as !== 'authority') throw forbidden('整改情况由责令整改的部门核验');
    if (r.status !== 'reported')
      throw rectificationState('没有待核验的整改报告', 'No report awaits verification');
    const today = todayInChina();
    if (input.verdict === 'accepted' && input.newDeadline)
      throw rectificationInputProblem(
        'newDeadline',
        '整改通过时不设新的期限',
        'No new deadline when accepted',
      );
    if (input.newDeadline && (!/^\d{4}-\d{2}-\d{2}$/.test(input.newDeadline) || input.newDeadline < today)) {
      throw rectificationInputProblem(
        'newDeadline',
        `新的整改期限须为今天（${today}）或以后的日期`,
        `The new deadline must be from today (${today}) on`,
      );
    }
    const report = await trx.selectFrom('rectification_reports').select(['id', 'seq']).where('rectification_id', '=', id)
      .where('verdict', 'is', null).orderBy('seq', 'desc').executeTakeFirstOrThrow(); // prettier-ignore
    await trx.updateTable('rectification_reports').set({
      verdict: input.verdict, verified_on: today, verified_by: actor.userId, reason, new_deadline: input.newDeadline ?? null,
    }).where('id', '=', report.id).execute(); // prettier-ignore
    await trx.updateTable('rectifications').set({
      status: input.verdict, verified_on: today, outcome: reason, version: r.version + 1,
      ...(input.newDeadline ? { deadline: input.newDeadline } : {}),
    }).where('id', '=', id).execute(); // prettier-ignore
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'rectification', entityId: id, action: input.verdict === 'accepted' ? 'accept' : 'reject',
      before: { status: r.status, deadline: r.deadline },
      after: { status: input.verdict, reason, deadline: input.newDeadline ?? r.deadline }, citations: r.citations as never,
    }); // prettier-ignore
    return { id, status: input.verdict };
  });
}
