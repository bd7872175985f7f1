// The ledger's steps (工作台账; 1x-selection §26, 1x-exit §7(1), dept-pilot 四(三)):
//   received/routed → triaged → investigating → answered → closed (substantiated | not_substantiated),
//   routed to another authority with jurisdiction or to the industry department (the lead moves to its
//   ledger with its history), merged as a duplicate of another lead (closed, linked, never deleted).
// Each step: the lead under lock, only the handling authority, its state checked, one history row and
// one audit row, all in one transaction; bad input changes nothing.
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { DB, LeadStatus, LeadsTable } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { Citation } from '../../domain/citation.js';
import { writeAudit } from '../../audit/write-audit.js';
import { todayInChina } from '../registry/registry-context.js';
import { appendLeadEvent } from './lead-events.js';
import { loadLeadToAct, type LeadRow } from './lead-access.js';
import { leadInputProblem, leadState } from './lead-errors.js';
import { COMPLAINTS, LEDGER, MULTI_PARTY } from './lead-citations.js';
import { STATUS_ZH } from './lead-words.js';

export interface StepResult {
  to: LeadStatus;
  set?: Updateable<LeadsTable>;
  note?: string | null;
  details?: Record<string, unknown>;
  citations?: Citation[];
  /** The authority the history row is written under (routing: the sending one). */
  authorityId?: string;
}

const OPEN: LeadStatus[] = ['received', 'routed', 'triaged', 'investigating', 'answered'];

export async function leadStep(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  requestId: string | undefined,
  action: string,
  from: readonly LeadStatus[],
  apply: (lead: LeadRow, trx: Transaction<DB>, today: string) => Promise<StepResult>,
): Promise<{ id: string; status: LeadStatus }> {
  return db.transaction().execute(async (trx) => {
    const lead = await loadLeadToAct(trx, actor, id);
    if (!from.includes(lead.status)) {
      throw leadState(
        `线索当前为「${STATUS_ZH[lead.status]}」，不能${ACTION_ZH[action] ?? action}`,
        `The lead is ${lead.status}: ${action} is not possible now`,
      );
    }
    const today = todayInChina();
    const r = await apply(lead, trx, today);
    await trx
      .updateTable('leads')
      .set({ ...r.set, status: r.to, version: lead.version + 1 })
      .where('id', '=', id)
      .execute();
    await appendLeadEvent(trx, { caller: actor, requestId }, {
      leadId: id, action, fromStatus: lead.status, toStatus: r.to, authorityId: r.authorityId ?? lead.authority_id,
      onDate: today, note: r.note ?? null, details: r.details ?? {},
    }); // prettier-ignore
    await writeAudit(trx, { caller: actor, requestId }, {
      entity: 'lead', entityId: id, action,
      before: { status: lead.status, authorityId: lead.authority_id },
      after: { status: r.to, ...(r.set ?? {}), ...(r.details ?? {}) },
      citations: r.citations ?? [LEDGER],
    }); // prettier-ignore
    return { id, status: r.to };
  });
}

const ACTION_ZH: Record<string, string> = {
  triage: '分办',
  route: '转办',
  investigate: '开始核查',
  answer: '答复',
  close: '办结',
  merge: '合并为重复线索',
};

const text = (v: string | undefined | null, path: string, zh: string, en: string, min = 2, max = 5000) => {
  const t = (v ?? '').trim();
  if (t.length < min || t.length > max) throw leadInputProblem(path, zh, en);
  return t;
};

export const triageLead = (db: Kysely<DB>, actor: Actor, id: string, input: { note: string; institutionId?: string | null | undefined }, requestId?: string) =>
  leadStep(db, actor, id, requestId, 'triage', ['received', 'routed'], async (lead, trx, today) => {
    const note = text(input.note, 'note', '分办意见须为 2–2000 字', 'The triage note must be 2–2000 characters', 2, 2000);
    const set: Updateable<LeadsTable> = { triaged_on: today };
    if (input.institutionId !== undefined && input.institutionId !== lead.institution_id) {
      if (input.institutionId) {
        const found = await trx.selectFrom('institutions').select('id').where('id', '=', input.institutionId).executeTakeFirst();
        if (!found) throw leadInputProblem('institutionId', '所涉机构不存在', 'No such institution');
      }
      set.institution_id = input.institutionId;
    }
    return { to: 'triaged', set, note };
  }); // prettier-ignore

/** dept-pilot 四(三): to the authority with jurisdiction, or to the industry department. */
export const routeLead = (db: Kysely<DB>, actor: Actor, id: string, input: { toAuthorityId: string; reason: string }, requestId?: string) =>
  leadStep(db, actor, id, requestId, 'route', ['received', 'routed', 'triaged'], async (lead, trx) => {
    const reason = text(input.reason, 'reason', '转办理由须为 2–2000 字', 'The reason must be 2–2000 characters', 2, 2000);
    if (input.toAuthorityId === lead.authority_id) {
      throw leadInputProblem('toAuthorityId', '不能转给本部门', 'The lead is already with this authority');
    }
    const to = /^[0-9a-f-]{36}$/i.test(input.toAuthorityId)
      ? await trx.selectFrom('authorities').select(['id', 'name']).where('id', '=', input.toAuthorityId).executeTakeFirst()
      : undefined;
    if (!to) throw leadInputProblem('toAuthorityId', '接收部门不存在', 'No such authority');
    return {
      to: 'routed', set: { authority_id: to.id, triaged_on: null }, note: reason,
      details: { fromAuthorityId: lead.authority_id, toAuthorityId: to.id, toAuthorityName: to.name },
      citations: [MULTI_PARTY, LEDGER],
    };
  }); // prettier-ignore

export const investigateLead = (db: Kysely<DB>, actor: Actor, id: string, input: { note: string }, requestId?: string) =>
  leadStep(db, actor, id, requestId, 'investigate', ['triaged'], async () => ({
    to: 'investigating',
    note: text(input.note, 'note', '核查安排须为 2–2000 字', 'The note must be 2–2000 characters', 2, 2000),
  })); // prettier-ignore

/** The answer to the complainant, shown on the tracking page (1x-selection §26 受理…回应). */
export const answerLead = (db: Kysely<DB>, actor: Actor, id: string, input: { answer: string }, requestId?: string) =>
  leadStep(db, actor, id, requestId, 'answer', ['triaged', 'investigating'], async (_lead, _trx, today) => {
    const answer = text(input.answer, 'answer', '答复内容须为 2–5000 字', 'The answer must be 2–5000 characters');
    return { to: 'answered', set: { answer, answered_on: today }, details: { answered: true }, citations: [COMPLAINTS, LEDGER] };
  }); // prettier-ignore

/** Closed with its outcome. A complaint someone follows is answered first (the tracking page shows it). */
export const closeLead = (db: Kysely<DB>, actor: Actor, id: string, input: { outcome: 'substantiated' | 'not_substantiated'; note: string }, requestId?: string) =>
  leadStep(db, actor, id, requestId, 'close', ['triaged', 'investigating', 'answered'], async (lead, _trx, today) => {
    const note = text(input.note, 'note', '办结意见须为 2–2000 字', 'The closing note must be 2–2000 characters', 2, 2000);
    if (lead.tracking_hash !== null && lead.answer === null) {
      throw leadState('投诉人可凭查询码查看办理结果：请先答复投诉人再办结', 'Answer the complainant before closing');
    }
    return { to: 'closed', set: { outcome: input.outcome, closed_on: today }, note, details: { outcome: input.outcome } };
  }); // prettier-ignore

/** A duplicate: closed, linked to the original (its own original when that is a duplicate too), kept. */
export const mergeLead = (db: Kysely<DB>, actor: Actor, id: string, input: { duplicateOf: string; note?: string | undefined }, requestId?: string) =>
  leadStep(db, actor, id, requestId, 'merge', OPEN, async (lead, trx, today) => {
    if (!/^[0-9a-f-]{36}$/i.test(input.duplicateOf) || input.duplicateOf === lead.id) {
      throw leadInputProblem('duplicateOf', '请选择另一条线索作为原线索', 'Choose another lead as the original');
    }
    let original = await trx.selectFrom('leads').select(['id', 'authority_id', 'duplicate_of']).where('id', '=', input.duplicateOf).executeTakeFirst();
    if (original?.duplicate_of) {
      original = await trx.selectFrom('leads').select(['id', 'authority_id', 'duplicate_of']).where('id', '=', original.duplicate_of).executeTakeFirst();
    }
    // Only a lead of the same ledger: another authority's lead is answered like a random id.
    if (!original || original.authority_id !== lead.authority_id || original.id === lead.id) {
      throw leadInputProblem('duplicateOf', '原线索不存在或不在本部门台账中', 'No such lead in this ledger');
    }
    return {
      to: 'closed', set: { outcome: 'duplicate', duplicate_of: original.id, closed_on: today },
      note: input.note?.trim() || null, details: { duplicateOf: original.id },
    };
  }); // prettier-ignore
