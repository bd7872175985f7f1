// What a violation decision does besides the case, in the decision's transaction (issue 13 point 4):
// results cancelled (§5–7) and certificates invalidated (§8, §12) or withdrawn (§15 ¶1); bans entered in
// the national register (§6–7) and staff sanctions (§9–10); an institution's interview (§12), warning
// with suspension during the rectification period (§13), 诚信不良档案, termination (§14), 1x-exit §7(4)
// measures; publication (§17 ¶2). Every effect is recorded in violation_effects with what it touched, so
// that a review (§19) that revokes or varies the decision undoes exactly those and no others.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB, EvaluationSubject, RegistryStatus, ViolationEffectKind } from '../../persistence/schema.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { maskName } from '../../identity/personal-data.js';
import { insertBan } from '../../persistence/evaluation-bans.repository.js';
import { insertStaffSanction } from '../../persistence/staff-sanctions.repository.js';
import {
  candidateResultsOf,
  insertCorrection,
  upsertSubjectResult,
} from '../../persistence/results.repository.js';
import { appendStatusHistory } from '../../persistence/certificates.repository.js';
import { markEntryWithdrawn, setRegistryStatus } from '../../persistence/directory.repository.js';
import { changeCertificateStatusIn } from '../certificates/change-certificate-status.js';
import { applyExit } from '../exits/apply-exit.js';
import { recomputeOverall } from '../results/overall-result.js';
import type { EffectContext } from '../workflow/procedure-module.js';
import type { Choices, ViolationCaseData } from '../../workflows/violation-case/data.js';
import {
  chargeCitation,
  chargeLabelEn,
  chargeLabelZh,
  effectPlan,
  sanctionsText,
  sanctionsTextEn,
  type EffectIntent,
} from '../../workflows/violation-case/sanction-plan.js';
import { loadViolationCtx } from './load-facts.js';
import {
  publicationPeriod,
  type PublicationPeriod,
} from '../../workflows/violation-case/publication-period.js';

type Ctx = EffectContext<ViolationCaseData>;

interface Run {
  trx: Transaction<DB>;
  ctx: Ctx;
  audit: AuditContext;
  data: ViolationCaseData;
  today: string;
  decisionNumber: string;
  decisionDocumentId: string | null;
  by: string | null;
}

async function record(
  r: Run,
  kind: ViolationEffectKind,
  targetId: string | null,
  details: Record<string, unknown>,
) {
  await r.trx
    .insertInto('violation_effects')
    .values({
      id: randomUUID(),
      case_id: r.ctx.after.id,
      applied_seq: r.ctx.after.version,
      kind,
      target_id: targetId,
      details: JSON.stringify(details),
      applied_on: r.today,
    })
    .execute();
}

/** The article a cancelled result or a ban records: '6(1)', '7(4)' … (the register's format). */
const articleOf = (d: ViolationCaseData) => d.charge!.violation;

async function cancelResults(r: Run, e: Extract<EffectIntent, { kind: 'result_cancellation' }>) {
  const { trx, data } = r;
  const session = await trx
    .selectFrom('evaluation_sessions')
    .select(['id', 'status', 'subjects', 'institution_id'])
    .where('id', '=', data.sessionId!)
    .executeTakeFirstOrThrow();
  const subjects = (e.subject ? [e.subject] : session.subjects) as EvaluationSubject[];
  const [cand] = await candidateResultsOf(trx, session.id, data.candidateId!);
  if (!cand) return;
  const reason = `违纪违规行为处理决定 ${r.decisionNumber}：${chargeLabelZh(articleOf(data))}`;
  for (const subject of subjects) {
    const before = cand.results.find((x) => x.subject === subject) ?? null;
    const after = {
      subject,
      outcome: 'cancelled' as const,
      score: null,
      cancelArticle: articleOf(data),
      cancelReason: reason,
    };
    await upsertSubjectResult(trx, { candidateId: cand.candidateId, sessionId: session.id, institutionId: session.institution_id, by: r.by ?? cand.candidateId, ...after }); // prettier-ignore
    if (session.status === 'closed' && before)
      await insertCorrection(trx, {
        id: randomUUID(), candidateId: cand.candidateId, sessionId: session.id, institutionId: session.institution_id,
        subject, before, after, overallBefore: cand.overallResult, overallAfter: null, reason, by: r.by ?? cand.candidateId,
      }); // prettier-ignore
    await record(r, 'result_cancellation', cand.candidateId, { subject, before });
  }
  await recomputeOverall(
    trx,
    { id: session.id, subjects: session.subjects as EvaluationSubject[] },
    r.today,
    cand.candidateId,
  );
}

async function invalidate(r: Run, ids: { id: string; issue_year: number; status: string }[], to: 'invalidated' | 'withdrawn', article: string) {
  for (const c of ids) {
    if (c.status !== 'valid') continue;
    await changeCertificateStatusIn(
      r.trx,
      r.audit,
      { id: c.id, issueYear: c.issue_year, status: c.status },
      {
        to,
        reason: `违纪违规行为处理决定 ${r.decisionNumber}`,
        effectiveOn: r.today,
        articles: [{ regime: 'mohrss-violations', article }],
        decisionCaseId: r.ctx.after.id,
        decisionDocumentId: r.decisionDocumentId,
      },
      r.by,
    );
    await record(r, to === 'invalidated' ? 'certificate_invalidation' : 'certificate_withdrawal', c.id, { issueYear: c.issue_year });
  }
} // prettier-ignore

async function ban(r: Run, e: Extract<EffectIntent, { kind: 'evaluation_ban' }>) {
  const c = await r.trx
    .selectFrom('candidates')
    .select(['name', 'doc_type', 'doc_enc', 'doc_hmac', 'doc_masked'])
    .where('id', '=', r.data.candidateId!)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await insertBan(r.trx, {
    id, name: c.name, docType: c.doc_type, docEnc: c.doc_enc, docHmac: c.doc_hmac, docMasked: c.doc_masked,
    startsOn: e.startsOn, endsOn: e.endsOn, article: articleOf(r.data),
    reason: `${chargeLabelZh(articleOf(r.data))}：${r.data.charge!.facts}`.slice(0, 500),
    decisionRef: r.decisionNumber, decisionCaseId: r.ctx.after.id, authorityId: r.ctx.after.authorityId, recordedBy: r.by,
  }); // prettier-ignore
  await record(r, 'evaluation_ban', id, { endsOn: e.endsOn });
}

async function staffSanction(
  r: Run,
  kind: 'work_ban' | 'assessor_card_revoked',
  fromOn: string,
  toOn: string | null,
) {
  const s = await r.trx
    .selectFrom('staff')
    .select(['name', 'id_doc_type', 'id_number_enc', 'id_number_hmac', 'id_number_masked'])
    .where('id', '=', r.data.staffId!)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await insertStaffSanction(r.trx, {
    id, kind, name: s.name, docType: s.id_doc_type,
    doc: { enc: s.id_number_enc, hmac: s.id_number_hmac, masked: s.id_number_masked },
    fromOn, toOn, article: articleOf(r.data),
    reason: `${chargeLabelZh(articleOf(r.data))}：${r.data.charge!.facts}`.slice(0, 500),
    decisionRef: r.decisionNumber, authorityId: r.ctx.after.authorityId, by: r.by,
  }); // prettier-ignore
  await r.trx
    .updateTable('staff_sanctions')
    .set({ decision_case_id: r.ctx.after.id })
    .where('id', '=', id)
    .execute();
  await record(r, kind === 'work_ban' ? 'staff_work_ban' : 'assessor_revocation', id, { toOn });
}

async function institutionSanction(
  r: Run,
  kind: 'interview' | 'warning' | 'suspension' | 'credit_blacklist' | 'filing_termination' | 'x_measure',
  extra: { dueOn?: string | null; measure?: string; status?: RegistryStatus; published?: boolean },
) {
  const institutionId = r.ctx.after.institutionId;
  let previous: RegistryStatus | null = null;
  if (extra.status)
    previous = await setRegistryStatus(r.trx, {
      institutionId, branchId: null, status: extra.status,
      reason: `违纪违规行为处理决定 ${r.decisionNumber}`, changedBy: r.by,
    }); // prettier-ignore
  const id = randomUUID();
  await r.trx
    .insertInto('institution_sanctions')
    .values({
      id,
      institution_id: institutionId,
      case_id: r.ctx.after.id,
      kind,
      measure: extra.measure ?? null,
      article: kind === 'x_measure' ? '1x-exit 7(4)' : articleOf(r.data),
      starts_on: r.today,
      due_on: extra.dueOn ?? null,
      published: extra.published ?? false,
      previous_status: previous,
    })
    .execute();
  let termination: Record<string, unknown> = {};
  if (kind === 'filing_termination') termination = await terminateFiling(r, institutionId);
  await record(r, kind, id, { previousStatus: previous, measure: extra.measure ?? null, ...termination });
}

/**
 * §14 终止备案 is an exit (issue 15): it goes through applyExit (route 'ordered', regime
 * 'mohrss-violations'), so that the exit is recorded, its scopes end and its wrap-up applies. The text
 * sets no wrap-up time (wrapUpDue null). What the exit changed is kept in the effect's details so that a
 * review (§19) undoes exactly it: the scopes as they were, and the exit row.
 */
async function terminateFiling(r: Run, institutionId: string): Promise<Record<string, unknown>> {
  const reason = `终止备案：违纪违规行为处理决定 ${r.decisionNumber}`;
  const citations = [chargeCitation(articleOf(r.data))];
  const scopes = await r.trx
    .selectFrom('institution_scopes')
    .select(['id', 'status', 'valid_to'])
    .where('institution_id', '=', institutionId)
    .where('status', '<>', 'ended')
    .execute();
  const exit = await applyExit(r.trx, r.audit, {
    institutionId, entryId: null, regime: 'mohrss-violations', route: 'ordered', scope: { kind: 'institution' },
    terminatedOn: r.today, wrapUpDue: null, caseId: r.ctx.after.id, authorityId: r.ctx.after.authorityId,
    reason_zh: reason, citations,
  }); // prettier-ignore
  // The branches' filings hang on the institution's (as before: every live entry is withdrawn).
  const branches = await r.trx
    .selectFrom('directory_entries')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('withdrawn_on', 'is', null)
    .execute();
  for (const e of branches)
    await markEntryWithdrawn(r.trx, {
      id: e.id, withdrawnOn: r.today, withdrawnBy: r.by, reason, citations, withdrawalCaseId: r.ctx.after.id,
    }); // prettier-ignore
  return { exitId: exit.exitId, scopes };
}

/** §19: the review revokes the termination — the exit and what it ended are undone (the audit keeps both). */
async function undoExit(r: Run, d: Record<string, unknown>) {
  for (const s of (d.scopes as
    { id: string; status: 'pending' | 'active' | 'suspended'; valid_to: string | null }[] | undefined) ?? [])
    await r.trx
      .updateTable('institution_scopes')
      .set({ status: s.status, valid_to: s.valid_to, version: sql<number>`version + 1` })
      .where('id', '=', s.id)
      .where('status', '=', 'ended')
      .execute();
  const exitId = d.exitId as string | undefined;
  if (!exitId) return;
  const row = await r.trx
    .selectFrom('institution_exits')
    .selectAll()
    .where('id', '=', exitId)
    .executeTakeFirst();
  if (!row) return;
  await r.trx.deleteFrom('exit_wrap_up_waivers').where('exit_id', '=', exitId).execute();
  await r.trx
    .updateTable('directory_entry_programmes')
    .set({ withdrawn_on: null, exit_id: null })
    .where('exit_id', '=', exitId)
    .execute();
  await r.trx.deleteFrom('institution_exits').where('id', '=', exitId).execute();
  await writeAudit(r.trx, r.audit, {
    entity: 'institution_exit', entityId: exitId, action: 'undo', before: { ...row, citations: row.citations as unknown }, after: null,
    citations: [{ source: 'mohrss-violations', article: 19 }],
  }); // prettier-ignore
}

async function publish(
  r: Run,
  badCredit: boolean,
  sanctions: string,
  sanctionsEn: string,
  period: PublicationPeriod,
) {
  const d = r.data;
  await r.trx
    .insertInto('violation_publications')
    .values({
      id: randomUUID(),
      case_id: r.ctx.after.id,
      published_on: r.today,
      subject_kind: d.subject,
      // A person by the masked name only — the one masking policy (personal-data.ts).
      subject_name: d.subject === 'institution' ? d.institutionName : maskName(d.partyName),
      institution_name: d.institutionName,
      jurisdiction_code: r.ctx.after.jurisdictionCode,
      decided_by:
        d.decidedBy === 'institution'
          ? d.institutionName
          : (
              await r.trx
                .selectFrom('authorities')
                .select('name')
                .where('id', '=', r.ctx.after.authorityId)
                .executeTakeFirstOrThrow()
            ).name,
      decision_number: r.decisionNumber,
      decided_on: r.today,
      charge: chargeLabelZh(d.charge!.violation),
      charge_en: chargeLabelEn(d.charge!.violation),
      sanctions,
      sanctions_en: sanctionsEn,
      articles: JSON.stringify([chargeCitation(d.charge!.violation)]),
      bad_credit: badCredit,
      period_from: period.from,
      period_to: period.to,
    })
    .onConflict((oc) =>
      oc.column('case_id').doUpdateSet({
        revoked_on: null,
        sanctions,
        sanctions_en: sanctionsEn,
        bad_credit: badCredit,
        period_from: period.from,
        period_to: period.to,
      }),
    )
    .execute();
  await record(r, 'publication', null, { badCredit });
}

async function apply(r: Run, choices: Choices, decidedOn: string) {
  const vctx = await loadViolationCtx(r.trx, r.ctx.after, { caller: r.ctx.caller, event: r.ctx.event, payload: null, today: decidedOn, now: new Date() }); // prettier-ignore
  const plan = effectPlan(r.data, vctx, decidedOn, choices);
  const inst = r.ctx.after.institutionId;
  for (const e of plan.intents) {
    switch (e.kind) {
      case 'result_cancellation':
        await cancelResults(r, e);
        break;
      case 'certificate_invalidation': {
        const rows = await r.trx.selectFrom('certificates').select(['id', 'issue_year', 'status']).where('id', 'in', e.certificateIds).execute();
        await invalidate(r, rows, 'invalidated', '第八条');
        break;
      }
      case 'certificate_invalidation_by_number': {
        let q = r.trx.selectFrom('certificates').select(['id', 'issue_year', 'status']).where('institution_id', '=', inst).where('session_id', '=', e.sessionId);
        if (e.numbers !== 'session') q = q.where('number', 'in', e.numbers.length ? e.numbers : ['-']);
        await invalidate(r, await q.execute(), 'invalidated', '第十二条');
        break;
      }
      case 'certificate_withdrawal': {
        const rows = await r.trx.selectFrom('certificates').select(['id', 'issue_year', 'status']).where('institution_id', '=', inst).where('number', 'in', e.numbers).execute();
        await invalidate(r, rows, 'withdrawn', '第十五条');
        break;
      }
      case 'evaluation_ban':
        await ban(r, e);
        break;
      case 'staff_work_ban':
        await staffSanction(r, 'work_ban', e.fromOn, e.toOn);
        break;
      case 'assessor_revocation':
        await staffSanction(r, 'assessor_card_revoked', e.fromOn, null);
        break;
      case 'interview':
        await institutionSanction(r, 'interview', {});
        break;
      case 'warning':
        await institutionSanction(r, 'warning', { dueOn: e.dueOn });
        break;
      case 'suspension':
        await institutionSanction(r, 'suspension', { dueOn: e.dueOn, status: 'suspended' });
        break;
      case 'credit_blacklist':
        await institutionSanction(r, 'credit_blacklist', { published: true });
        break;
      case 'filing_termination':
        await institutionSanction(r, 'filing_termination', { status: 'exited' });
        break;
      case 'x_measure':
        await institutionSanction(r, 'x_measure', { measure: e.measure, dueOn: e.dueOn });
        break;
      case 'publication': {
        await publish(r, e.badCredit, sanctionsText(plan.sanctions, choices), sanctionsTextEn(plan.sanctions, choices), publicationPeriod(plan.intents, decidedOn));
        break;
      }
    }
  } // prettier-ignore
  return plan;
}

/** Undoes the effects of the case not yet undone (a review that revokes or varies the decision, §19). */
async function undoAll(r: Run) {
  const effects = await r.trx
    .selectFrom('violation_effects')
    .selectAll()
    .where('case_id', '=', r.ctx.after.id)
    .where('undone_seq', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  for (const e of effects) {
    const d = e.details as Record<string, unknown>;
    switch (e.kind) {
      case 'result_cancellation': {
        const before = d.before as { subject: EvaluationSubject; outcome: 'scored' | 'absent' | 'cancelled'; score: number | null; cancelArticle: string | null; cancelReason: string | null } | null;
        const session = await r.trx.selectFrom('evaluation_sessions').select(['id', 'subjects', 'institution_id']).where('id', '=', r.data.sessionId!).executeTakeFirstOrThrow();
        if (before) await upsertSubjectResult(r.trx, { candidateId: e.target_id!, sessionId: session.id, institutionId: session.institution_id, by: r.by ?? e.target_id!, ...before });
        else await r.trx.deleteFrom('subject_results').where('candidate_id', '=', e.target_id!).where('subject', '=', d.subject as EvaluationSubject).execute();
        await recomputeOverall(r.trx, { id: session.id, subjects: session.subjects as EvaluationSubject[] }, r.today, e.target_id!);
        break;
      }
      case 'certificate_invalidation':
      case 'certificate_withdrawal': {
        const year = Number(d.issueYear);
        const cur = await r.trx.selectFrom('certificates').select('status').where('id', '=', e.target_id!).where('issue_year', '=', year).executeTakeFirst();
        if (!cur || cur.status === 'valid') break;
        await r.trx.updateTable('certificates').set({ status: 'valid', status_changed_at: new Date() }).where('id', '=', e.target_id!).where('issue_year', '=', year).execute();
        await appendStatusHistory(r.trx, {
          id: randomUUID(), certificate_id: e.target_id!, issue_year: year, from_status: cur.status, to_status: 'valid',
          reason: `复核撤销处理决定 ${r.decisionNumber}`, articles: [{ regime: 'mohrss-violations', article: '第十九条' }],
          decision_case_id: r.ctx.after.id, decision_document_id: r.decisionDocumentId, effective_on: r.today, changed_by: r.by,
        });
        await writeAudit(r.trx, r.audit, { entity: 'certificate', entityId: e.target_id!, action: 'restore', before: { status: cur.status }, after: { status: 'valid' } });
        break;
      }
      case 'evaluation_ban':
        await r.trx.updateTable('evaluation_bans').set({ lifted_on: r.today }).where('id', '=', e.target_id!).execute();
        break;
      case 'staff_work_ban':
      case 'assessor_revocation':
        await r.trx.updateTable('staff_sanctions').set({ lifted_on: r.today }).where('id', '=', e.target_id!).execute();
        break;
      case 'publication':
        await r.trx.updateTable('violation_publications').set({ revoked_on: r.today }).where('case_id', '=', r.ctx.after.id).execute();
        break;
      default: {
        const s = await r.trx.selectFrom('institution_sanctions').select(['ended_on', 'previous_status']).where('id', '=', e.target_id!).executeTakeFirst();
        if (!s) break;
        if (s.ended_on === null)
          await r.trx.updateTable('institution_sanctions').set({ ended_on: r.today, end_reason: 'revoked_on_review' }).where('id', '=', e.target_id!).execute();
        if (e.kind === 'filing_termination') await undoExit(r, d);
        if (e.kind === 'filing_termination')
          await r.trx.updateTable('directory_entries').set({ withdrawn_on: null, withdrawn_at: null, withdrawn_by: null, withdrawal_reason: null, withdrawal_citations: null, withdrawal_case_id: null, version: sql<number>`version + 1` }).where('withdrawal_case_id', '=', r.ctx.after.id).execute();
        if (s.previous_status && s.ended_on === null)
          await setRegistryStatus(r.trx, { institutionId: r.ctx.after.institutionId, branchId: null, status: s.previous_status as RegistryStatus, reason: `复核撤销处理决定 ${r.decisionNumber}`, changedBy: r.by });
      }
    }
    await r.trx.updateTable('violation_effects').set({ undone_seq: r.ctx.after.version, undone_on: r.today }).where('id', '=', e.id).execute();
  } // prettier-ignore
}

/** The rectification is accepted: the warning's and suspension's period ends; evaluations resume (§13). */
async function endRectification(r: Run, completedOn: string) {
  const rows = await r.trx
    .selectFrom('institution_sanctions')
    .select(['id', 'kind', 'previous_status'])
    .where('case_id', '=', r.ctx.after.id)
    .where('ended_on', 'is', null)
    .where((eb) => eb.or([eb('kind', 'in', ['warning', 'suspension']), eb('measure', '=', 'rectification')]))
    .execute();
  for (const s of rows) {
    await r.trx.updateTable('institution_sanctions').set({ ended_on: completedOn, end_reason: 'rectified' }).where('id', '=', s.id).execute();
    if (s.kind === 'suspension' && s.previous_status) {
      const other = await r.trx.selectFrom('institution_sanctions').select('id').where('institution_id', '=', r.ctx.after.institutionId).where('kind', 'in', ['suspension', 'filing_termination']).where('ended_on', 'is', null).where('id', '<>', s.id).executeTakeFirst();
      if (!other) await setRegistryStatus(r.trx, { institutionId: r.ctx.after.institutionId, branchId: null, status: s.previous_status as RegistryStatus, reason: `整改验收（案件 ${r.ctx.after.referenceNo}）`, changedBy: r.by });
    }
  } // prettier-ignore
}

async function decisionDocument(trx: Transaction<DB>, caseId: string) {
  return trx
    .selectFrom('documents')
    .select(['id', 'number'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'violation_decision')
    .orderBy('case_event_seq', 'desc')
    .executeTakeFirst();
}

export async function violationEffects(trx: Transaction<DB>, ctx: Ctx): Promise<void> {
  if (!['decide', 'decide_review', 'accept_rectification'].includes(ctx.event)) return;
  const audit = { caller: ctx.caller, requestId: ctx.requestId };
  const doc = await decisionDocument(trx, ctx.after.id);
  const r: Run = {
    trx,
    ctx,
    audit,
    data: ctx.data,
    today: ctx.today,
    decisionNumber: doc?.number ?? ctx.after.referenceNo,
    decisionDocumentId: doc?.id ?? null,
    by: ctx.caller?.userId ?? null,
  };
  const d = ctx.data;
  if (ctx.event === 'decide') {
    const plan = await apply(r, d.decision!.choices, d.decision!.decidedOn);
    // §16 ¶2: an institution that handles its staff member reports it to its supervising authority.
    if (d.subject === 'staff' && d.decidedBy === 'institution')
      await writeAudit(trx, audit, {
        entity: 'case', entityId: ctx.after.id, action: 'report_to_authority',
        after: { authorityId: ctx.after.authorityId, decision: r.decisionNumber, sanctions: plan.sanctions },
        citations: [{ source: 'mohrss-violations', article: 16, paragraph: 2 }],
      }); // prettier-ignore
    return;
  }
  if (ctx.event === 'decide_review') {
    const outcome = d.reviewDecision!.outcome;
    if (outcome === 'upheld') return;
    await undoAll(r);
    if (outcome === 'varied') await apply(r, d.decision!.choices, d.decision!.decidedOn);
    return;
  }
  await endRectification(r, d.rectification!.completedOn);
}
