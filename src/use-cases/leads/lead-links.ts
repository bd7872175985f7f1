// What a lead leads to: a violation case (mohrss-violations §16, opened through the 'violation-case'
// procedure with origin complaint / lead / data_access) or a rectification order (1x-selection §26
// 督促…整改). The lead keeps the id. Opening the case runs the case engine's own transaction (it does not
// nest): the lead is checked first, then the case opened, then linked; if the link step fails the case
// stands on its own and names the lead in its summary (docs/decisions/0039).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import type { CaseContext } from '../cases/case-context.js';
import { openProcedureCase } from '../cases/open-procedure-case.js';
import { openRectification } from '../rectifications/open-rectification.js';
import { leadInputProblem, leadState } from './lead-errors.js';
import { leadStep } from './lead-steps.js';
import { loadLead } from './lead-access.js';
import { COMPLAINTS, LEDGER } from './lead-citations.js';

const LINKABLE = ['triaged', 'investigating', 'answered', 'closed'] as const;

export async function openCaseFromLead(
  ctx: CaseContext & { caller: Actor },
  id: string,
  input: { summary: string },
) {
  const { lead, handles } = await loadLead(ctx.db, ctx.caller, id);
  if (!handles)
    throw leadState('只有正在办理该线索的部门可以立案', 'Only the handling authority may open a case');
  if (lead.violation_case_id)
    throw leadState('该线索已关联违纪违规案件', 'The lead already has a violation case');
  if (!lead.institution_id)
    throw leadInputProblem(
      'institutionId',
      '请先在分办时确定所涉机构',
      'Name the institution at triage first',
    );
  if (!(LINKABLE as readonly string[]).includes(lead.status) || lead.outcome === 'duplicate') {
    throw leadState('线索须先分办（重复线索不立案）', 'Triage the lead first (a duplicate opens no case)');
  }
  const origin =
    lead.source === 'complaint'
      ? 'complaint'
      : lead.source === 'data_access'
        ? 'data_access'
        : lead.source === 'inspection'
          ? 'inspection'
          : 'lead';
  const opened = await openProcedureCase(ctx, {
    procedure: 'violation-case',
    input: { subject: 'institution', origin, institutionId: lead.institution_id, summary: input.summary },
  }); // prettier-ignore
  await leadStep(ctx.db, ctx.caller, id, ctx.requestId, 'link_case', LINKABLE, async (l) => {
    if (l.violation_case_id) throw leadState('该线索已关联违纪违规案件', 'The lead already has a violation case');
    return { to: l.status, set: { violation_case_id: opened.id }, details: { violationCaseId: opened.id, referenceNo: opened.referenceNo } };
  }); // prettier-ignore
  return { caseId: opened.id, referenceNo: opened.referenceNo };
}

export async function openRectificationFromLead(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { subject: string; deadline: string; programmeSeq?: number | null | undefined },
  requestId?: string,
) {
  let rectificationId = '';
  await leadStep(db, actor, id, requestId, 'order_rectification', LINKABLE, async (lead, trx) => {
    if (lead.rectification_id)
      throw leadState('该线索已责令整改', 'The lead already has a rectification order');
    if (!lead.institution_id)
      throw leadInputProblem(
        'institutionId',
        '请先在分办时确定所涉机构',
        'Name the institution at triage first',
      );
    if (lead.outcome === 'duplicate')
      throw leadState('重复线索不另行责令整改', 'A duplicate orders no rectification');
    const r = await openRectification(trx, { caller: actor, requestId }, {
      authorityId: lead.authority_id, institutionId: lead.institution_id, programmeSeq: input.programmeSeq ?? null,
      source: 'lead', sourceId: lead.id, subject: input.subject, deadline: input.deadline, citations: [COMPLAINTS, LEDGER],
    }); // prettier-ignore
    rectificationId = r.id;
    return { to: lead.status, set: { rectification_id: r.id }, details: { rectificationId: r.id } };
  });
  return { rectificationId };
}
