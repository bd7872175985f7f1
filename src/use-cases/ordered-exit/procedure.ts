// Ordered termination and revocation as the generic case API runs it (issue 15 point 4; decision 0045).
// Opened by an authority only — from a supervision ground (act-on-ground 'exit'), from the decision of a
// violation case on the institution (origin 'violation_case', the case named and checked), or from a
// lead. The regime follows the institution: a 1+X training-evaluation organisation is revoked by the
// joint-conference office or its delegated unit (1x-exit §1, §7); a Guizhou institution's termination is
// ordered by the provincial HRSS department, which issues the §16 termination notice.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Actor } from '../../policies/actor.js';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import { institutionInScope } from '../../persistence/registry-scope.js';
import { loadCalendar } from '../../persistence/calendar.repository.js';
import { caseNoticeFacts } from '../public-notice/notice-facts.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import type { OrderedExitCtx, OrderedExitData } from '../../workflows/ordered-exit/data.js';
import {
  appealDecisionSchema,
  appealSchema,
  conferenceReportSchema,
  consultationSchema,
  dropSchema,
  measuresSchema,
  ministryReportSchema,
  noticeSchema,
  openSchema,
  opinionSchema,
  orderSchema,
  receiptSchema,
  revokeSchema,
  serveOpinionSchema,
} from '../../workflows/ordered-exit/events.js';
import { orderedExitMachine } from '../../workflows/ordered-exit/machine.js';
import type { ViolationCaseData } from '../../workflows/violation-case/data.js';
import { orderedExitDocuments } from './documents.js';
import { orderedExitEffects } from './effects.js';

const X_AUTHORITIES = ['joint_conference_office', 'delegated_unit'];
const GZ_AUTHORITIES = ['provincial_hrss'];
/** gz-rules is Guizhou's (贵州省, 52). */
const inGuizhou = (code: string | null | undefined) => !!code && code.startsWith('52');

/** The violation case the exit follows: decided on this institution, and not revoked on review. */
async function decidedViolationCase(db: Kysely<DB>, caller: Actor, id: string, institutionId: string) {
  const c = await db
    .selectFrom('cases')
    .select(['id', 'reference_no', 'institution_id', 'snapshot', 'procedure', 'authority_id'])
    .where('id', '=', id)
    .where('procedure', '=', 'violation-case')
    .where(institutionInScope(institutionScope(caller), sql.ref('institution_id')))
    .executeTakeFirst();
  if (!c) throw notFound('违纪违规处理案件');
  const d = c.snapshot as unknown as ViolationCaseData;
  if (c.institution_id !== institutionId || d.subject !== 'institution')
    throw invalid('VIOLATION_CASE_OTHER_PARTY', '所选违纪违规处理案件不是针对该机构作出的');
  if (!d.decision || d.reviewDecision?.outcome === 'revoked')
    throw invalid('VIOLATION_CASE_NOT_DECIDED', '所选违纪违规处理案件尚未作出处理决定（或决定已经复核撤销）');
  return c;
}

async function resolveOpen(db: Kysely<DB>, caller: Actor, raw: Record<string, unknown>) {
  const input = openSchema.parse(raw);
  if (caller.role !== 'authority_staff' || !caller.authorityId)
    throw forbidden('责令终止和取消资格由监管部门立案');
  const inst = await db
    .selectFrom('institutions as i')
    .select(['i.id', 'i.name', 'i.kind', 'i.jurisdiction_code'])
    .where('i.id', '=', input.institutionId)
    .where(institutionInScope(institutionScope(caller), sql.ref('i.id')))
    .executeTakeFirst();
  if (!inst) throw notFound('评价机构');
  const regime = inst.kind === 'training_org' ? ('1x-exit' as const) : ('gz-rules' as const);
  if (regime === '1x-exit' && !X_AUTHORITIES.includes(caller.authorityKind ?? ''))
    throw forbidden(
      '培训评价组织的取消资格由部际联席会议办公室及其具体受托单位办理（1x-exit 第一条、第七条）',
    );
  if (
    regime === 'gz-rules' &&
    !(
      GZ_AUTHORITIES.includes(caller.authorityKind ?? '') &&
      inGuizhou(caller.jurisdictionCode) &&
      inGuizhou(inst.jurisdiction_code)
    )
  )
    throw forbidden('贵州省评价机构的责令终止由贵州省人力资源社会保障厅办理（gz-rules 第十五条、第十六条）');
  let violation: { id: string; reference_no: string } | null = null;
  if (input.origin === 'violation_case') {
    if (!input.violationCaseId)
      throw invalid('VIOLATION_CASE_REQUIRED', '来源为违纪违规处理决定的，须选择该案件');
    violation = await decidedViolationCase(db, caller, input.violationCaseId, inst.id);
  }
  const entries = await db
    .selectFrom('directory_entries')
    .select('id')
    .where('institution_id', '=', inst.id)
    .where('branch_id', 'is', null)
    .where('withdrawn_at', 'is', null)
    .execute();
  if (entries.length === 0) throw invalid('NOT_LISTED', '该机构没有有效的备案或遴选目录条目，无可退出');
  const ids = entries.map((e) => e.id);
  const programmes = await db
    .selectFrom('directory_entry_programmes')
    .select(['seq', 'name'])
    .where('entry_id', 'in', ids)
    .where('withdrawn_on', 'is', null)
    .orderBy('seq')
    .execute();
  const occupations = await db
    .selectFrom('directory_entry_scopes')
    .select(['occupation_code as occupationCode', 'level'])
    .where('entry_id', 'in', ids)
    .orderBy('occupation_code')
    .orderBy('level')
    .execute();
  const authority = await db
    .selectFrom('authorities')
    .select('jurisdiction_code')
    .where('id', '=', caller.authorityId)
    .executeTakeFirstOrThrow();
  const data: OrderedExitData = {
    regime,
    institutionName: inst.name,
    origin: input.origin,
    violationCaseId: violation?.id ?? null,
    violationCaseReference: violation?.reference_no ?? null,
    summary: input.summary,
    programmes,
    occupations,
    opinion: null,
    service: null,
    receipt: null,
    appeal: null,
    appealReview: null,
    measures: null,
    consultations: [],
    conferenceReport: null,
    notice: null,
    established: null,
    decision: null,
    ministryReport: null,
    closed: null,
    openedBy: 'authority',
  };
  return {
    institutionId: inst.id,
    authorityId: caller.authorityId,
    jurisdictionCode: authority.jurisdiction_code,
    referencePrefix: regime === '1x-exit' ? '教职联办取消' : '黔人社责令终止',
    data,
  };
}

const KIND_ZH = { '1x-exit': '取消资格', 'gz-rules': '责令终止' } as const;
const KIND_EN = { '1x-exit': 'Revocation', 'gz-rules': 'Ordered termination' } as const;

export const orderedExitProcedure = defineProcedure<OrderedExitData, OrderedExitCtx>({
  id: orderedExitMachine.id,
  title_zh: '责令终止与取消资格',
  title_en: 'Ordered termination and revocation',
  regimes: ['1x-exit', 'gz-rules', '1x-selection'],
  machine: orderedExitMachine,
  mayOpen: async (_db, caller) =>
    caller.role === 'authority_staff' &&
    (X_AUTHORITIES.includes(caller.authorityKind ?? '') ||
      (GZ_AUTHORITIES.includes(caller.authorityKind ?? '') && inGuizhou(caller.jurisdictionCode))),
  openSchema,
  resolveOpen,
  eventSchemas: {
    record_opinion: opinionSchema,
    serve_opinion: serveOpinionSchema,
    record_receipt: receiptSchema,
    lodge_appeal: appealSchema,
    decide_appeal: appealDecisionSchema,
    impose_measures: measuresSchema,
    record_consultation: consultationSchema,
    report_conference: conferenceReportSchema,
    start_notice: noticeSchema,
    revoke: revokeSchema,
    order_termination: orderSchema,
    report_ministry: ministryReportSchema,
    drop: dropSchema,
  },
  previewGuards: ['conclude_appeal_period', 'close'],
  checklist: () => ({ procedure: orderedExitMachine.id, items: [] }),
  loadGuardsCtx: async (trx, c, input) => ({
    today: input.today,
    calendar: await loadCalendar(trx),
    notice: ['revoke', 'withdraw_after_objection'].includes(input.event)
      ? await caseNoticeFacts(trx, c.id)
      : null,
  }),
  documents: orderedExitDocuments,
  effects: orderedExitEffects,
  summary: (c) => {
    const d = c.data as OrderedExitData;
    return `${KIND_ZH[d.regime]}：${d.institutionName}`;
  },
  summary_en: (c) => {
    const d = c.data as OrderedExitData;
    return `${KIND_EN[d.regime]}: ${d.institutionName}`;
  },
  summaryData: (c) => ({ partyName: [(c.data as OrderedExitData).institutionName] }),
});
