// 1x-selection §26 督促培训评价组织及时回应和整改: the handling authority asks the institution a lead
// concerns to respond, by a date it sets (the text sets no period, so there is no default: the date and
// its reason are the authority's); the institution's staff read the question — the authority's words,
// never the complaint itself or who made it — and answer in the app; the answer is recorded on the lead.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { todayInChina } from '../registry/registry-context.js';
import { leadStep } from './lead-steps.js';
import { leadInputProblem, leadState } from './lead-errors.js';
import { appendLeadEvent } from './lead-events.js';
import { COMPLAINTS } from './lead-citations.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function requestResponse(
  db: Kysely<DB>,
  actor: Actor,
  leadId: string,
  input: { question: string; dueOn: string; dueReason: string },
  requestId?: string,
) {
  let requestIdOut = '';
  await leadStep(db, actor, leadId, requestId, 'request_response', ['triaged', 'investigating'], async (lead, trx, today) => {
    if (!lead.institution_id) throw leadInputProblem('institutionId', '请先在分办时确定所涉机构', 'Name the institution at triage first');
    const question = input.question.trim();
    if (question.length < 2 || question.length > 2000) throw leadInputProblem('question', '要求回应的事项须为 2–2000 字', 'The question must be 2–2000 characters');
    if (!DATE.test(input.dueOn) || input.dueOn < today) throw leadInputProblem('dueOn', `回应期限须为今天（${today}）或以后的日期`, `The due date must be from today (${today}) on`);
    const dueReason = input.dueReason.trim();
    if (dueReason.length < 2 || dueReason.length > 500) throw leadInputProblem('dueReason', '请写明确定该期限的理由（2–500 字）', 'Give the reason for the due date (2–500 characters)');
    requestIdOut = randomUUID();
    await trx.insertInto('lead_response_requests').values({
      id: requestIdOut, lead_id: lead.id, institution_id: lead.institution_id, authority_id: lead.authority_id,
      question, requested_on: today, due_on: input.dueOn, due_reason: dueReason,
    }).execute();
    return { to: lead.status, details: { responseRequestId: requestIdOut, dueOn: input.dueOn, dueReason }, citations: [COMPLAINTS] };
  }); // prettier-ignore
  return { id: requestIdOut };
}

/** The requests addressed to the caller's institution (institution staff), newest first. */
export async function listResponseRequests(db: Kysely<DB>, actor: Actor) {
  if (actor.role !== 'institution_staff' || !actor.institutionId)
    throw forbidden('只有评价机构工作人员可以查看要求回应的事项');
  const rows = await db
    .selectFrom('lead_response_requests as r')
    .innerJoin('authorities as a', 'a.id', 'r.authority_id')
    .select(['r.id', 'r.question', 'r.requested_on', 'r.due_on', 'r.response', 'r.responded_on', 'a.name as authority_name'])
    .where('r.institution_id', '=', actor.institutionId)
    .orderBy('r.requested_on', 'desc').orderBy('r.id')
    .limit(200)
    .execute(); // prettier-ignore
  const today = todayInChina();
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    requestedOn: r.requested_on,
    dueOn: r.due_on,
    authorityName: r.authority_name,
    response: r.response,
    respondedOn: r.responded_on,
    overdue: r.responded_on === null && today > r.due_on,
  }));
}

export async function respondToRequest(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { response: string },
  requestId?: string,
) {
  if (actor.role !== 'institution_staff' || !actor.institutionId)
    throw forbidden('只有被要求回应的评价机构可以回应');
  const response = input.response.trim();
  if (response.length < 2 || response.length > 5000)
    throw leadInputProblem('response', '回应内容须为 2–5000 字', 'The response must be 2–5000 characters');
  return db.transaction().execute(async (trx) => {
    const r = /^[0-9a-f-]{36}$/i.test(id)
      ? await trx
          .selectFrom('lead_response_requests')
          .selectAll()
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!r || r.institution_id !== actor.institutionId) throw notFound('要求回应的事项');
    if (r.responded_on !== null) throw leadState('已经回应过该事项', 'Already answered');
    const today = todayInChina();
    await trx
      .updateTable('lead_response_requests')
      .set({ response, responded_on: today, responded_by: actor.userId })
      .where('id', '=', id)
      .execute();
    const lead = await trx
      .selectFrom('leads')
      .select(['status', 'authority_id'])
      .where('id', '=', r.lead_id)
      .executeTakeFirstOrThrow();
    await appendLeadEvent(trx, { caller: actor, requestId }, {
      leadId: r.lead_id, action: 'institution_response', fromStatus: lead.status, toStatus: lead.status,
      authorityId: null, onDate: today, note: null, details: { responseRequestId: id },
    }); // prettier-ignore
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'lead_response_request', entityId: id, action: 'respond',
      before: { response: null }, after: { response, respondedOn: today }, citations: [COMPLAINTS],
    }); // prettier-ignore
    return { id, respondedOn: today };
  });
}
