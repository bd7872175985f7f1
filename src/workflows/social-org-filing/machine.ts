// mohrss-filing 二 — filing of a social evaluation organisation (社会培训评价组织) with the local HRSS
// department's evaluation-guidance office (评价指导部门), as a declared state machine.
//
// 二（十）办理流程：1.申请 2.受理（收集、整理、汇总和初步审核，确认申报资料是否符合要求）3.评估（对机构性质、
// 职业（工种）范围、相应的国家职业技能标准或评价规范、实施条件及能力等进行核验评估）4.公示（按规定向社会公示、
// 征求意见）5.备案（对符合要求的申报机构出具备案回执）6.网上公布。
// 二（十一）申报材料如有不真实的，经查实后取消备案资质。申报机构对办理事项享有陈述权、知情权。
//
// No clock: section 二 sets no time limit for acceptance or assessment (unlike 一(十)2), and says 公示
// without a period — the authority sets the notice period and records why (src/workflows/public-notice).
// Guards call the rules (checks.ts); findings that need judgement do not block — the authority's act is
// that judgement. Where the text's consequence is the failure itself (the assessment, a refusal, a
// cancellation for untrue materials), the transition records the findings it rests on with its event
// (the engine's recordFindings: never blocking), since a failed finding in a guard would block the very
// decision it grounds. The case data keeps only the decisions (who, when, why).
import type { Citation } from '../../domain/citation.js';
import { invalid } from '../../domain/errors.js';
import { mf } from '../../parameters/mohrss-filing.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { defineMachine, type GuardInput } from '../machine.js';
import { computeNoticePeriod } from '../public-notice/notice-period.js';
import { noticeFindings } from '../public-notice/objections.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import {
  allFindings,
  assessmentMissing,
  assessmentResults,
  CHECKS,
  materialsResult,
  notPassed,
  regionalRegime,
} from './checks.js';
import type { Assessment, SocialOrgFilingCtx, SocialOrgFilingData } from './data.js';
import type {
  AssessInput,
  cancelSchema,
  correctionSchema,
  fileSchema,
  quotaOverrideSchema,
  refuseSchema,
  startNoticeSchema,
} from './events.js';
import type { z } from 'zod';
import { filingCodeOf } from './numbering.js';
import { amendApplication } from './amend.js';
import { reviewCorrectionState, reviewCorrectionTransitions } from '../review-correction.js';

export const SOCIAL_ORG_FILING = 'social-org-filing';

export const CITE = {
  apply: mf('二', '十', 1),
  accept: mf('二', '十', 2),
  assess: mf('二', '十', 3),
  notice: mf('二', '十', 4),
  file: mf('二', '十', 5),
  publish: mf('二', '十', 6),
  quota: mf('二', '四'),
  conditions: mf('二', '五'),
  scope: mf('二', '六'),
  prohibitions: mf('二', '七'),
  materials: mf('二', '八'),
  untrue: mf('二', '十一'),
  /** 二(十一): the applicant's duty to file true materials and its 陈述权、知情权. */
  rights: mf('二', '十一'),
  // mohrss-violations §14(1): false commitments or materials in the filing application → termination.
  violationsFalseMaterials: { source: 'mohrss-violations', article: 14, item: 1 } satisfies Citation,
} as const;

/** The guard context, plus the calendar (for the notice period) known to the transition. */
export type Ctx = SocialOrgFilingCtx & { calendar: WorkingDayCalendar };
type In = GuardInput<SocialOrgFilingData, Ctx>;

// ---- guards ----

/** 二(八) + 二(十)1–2: the six materials are filed (to submit, and to accept). */
const materialsComplete = ({ ctx }: In): Finding[] => materialsResult(ctx, ctx.today).findings;

/** 二(十)3–4: an assessment is recorded, and every check passes on the day of the notice. */
const readyForNotice = ({ data, ctx }: In): Finding[] =>
  data.assessment
    ? allFindings(assessmentResults(data, ctx, data.assessment, ctx.today))
    : [assessmentMissing()];

/**
 * 二(十)4–5: the notice has ended, every objection is answered and none was found founded; and the
 * checks hold on the day of filing — the quota counted now, under the lock (二(四)).
 */
const readyToFile = ({ data, ctx }: In): Finding[] => [
  ...noticeFindings(ctx.notice, ctx.today, CITE.notice),
  ...(data.assessment
    ? allFindings(assessmentResults(data, ctx, data.assessment, ctx.today))
    : [assessmentMissing()]),
];

// ---- updates (pure: the payload was validated against events.ts by the API) ----

const by = (ctx: Ctx) => (ctx.actorName ? `${ctx.authority.name}（${ctx.actorName}）` : ctx.authority.name);

/** The assessment as the payload records it (the authority's decisions; no findings). */
function assessmentOf(data: SocialOrgFilingData, payload: unknown, ctx: Ctx): Assessment {
  const p = payload as AssessInput;
  if (regionalRegime(ctx) === 'gz-rules' && !p.regional)
    throw invalid(
      'ASSESSMENT_INCOMPLETE',
      '申报机构位于贵州省，须同时按《贵州省职业技能等级认定机构遴选及退出实施细则》第六条评估（regional）',
    );
  return {
    assessedOn: ctx.today,
    assessedBy: by(ctx),
    conditions: p.conditions,
    legalForm: p.legalForm ?? null,
    decoupledFromGovernment: p.decoupledFromGovernment ?? data.decoupledFromGovernment,
    qualificationCatalogueOccupations: p.qualificationCatalogueOccupations ?? [],
    nonSkillOccupations: p.nonSkillOccupations ?? [],
    regional: p.regional ?? null,
    creditCheck: {
      checkedOn: p.creditCheck.checkedOn,
      sources: p.creditCheck.sources,
      records: p.creditCheck.records.map((r) => ({ ...r, to: r.to ?? null, note: r.note ?? null })),
    },
    opinion: p.opinion,
  };
}

/**
 * Recorded with the assess event (二(十)3 核验评估): every check as of the day, with the assessment
 * being recorded — failed findings included, since the authority decides on them next.
 */
const assessmentFindings = ({ data, payload, ctx }: In): Finding[] =>
  allFindings(assessmentResults(data, ctx, assessmentOf(data, payload, ctx), ctx.today));

/**
 * Recorded with a refusal: the findings not passed on the day it rests on (materials before
 * acceptance; notice and checks after).
 */
const refusalGrounds = ({ state, data, ctx }: In): Finding[] => {
  if (state === 'submitted') return notPassed(materialsResult(ctx, ctx.today).findings);
  const checks = data.assessment
    ? allFindings(assessmentResults(data, ctx, data.assessment, ctx.today))
    : [assessmentMissing()];
  const notice = state === 'public_notice' ? noticeFindings(ctx.notice, ctx.today, CITE.notice) : [];
  return notPassed([...notice, ...checks]);
};

/** Recorded with a cancellation (二(十一)): the false-materials check on the day it was verified. */
const falseMaterialsGrounds = ({ payload }: In): Finding[] => {
  const p = payload as z.infer<typeof cancelSchema>;
  return evaluateCheck(CHECKS.falseMaterials, p.verifiedOn, {
    untrueMaterialsVerified: p.untrueMaterialsVerified,
    statementHeard: p.statementHeard,
  }).findings;
};

const refuse = (
  data: SocialOrgFilingData,
  { payload, ctx }: { payload: unknown; ctx: Ctx },
): SocialOrgFilingData => ({
  ...data,
  refusal: { on: ctx.today, by: by(ctx), reason: (payload as z.infer<typeof refuseSchema>).reason },
});

const cancel = (
  data: SocialOrgFilingData,
  { payload, ctx }: { payload: unknown; ctx: Ctx },
): SocialOrgFilingData => {
  const p = payload as z.infer<typeof cancelSchema>;
  return {
    ...data,
    cancellation: {
      on: ctx.today,
      by: by(ctx),
      reason: p.reason,
      verifiedOn: p.verifiedOn,
      statementHeard: p.statementHeard,
    },
  };
};

export const socialOrgFilingMachine = defineMachine({
  id: SOCIAL_ORG_FILING,
  procedure_zh: '社会培训评价组织备案',
  procedure_en: 'Filing of a social evaluation organisation',
  initial: 'draft',
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: { label_zh: '待受理', label_en: 'Awaiting acceptance', awaiting: 'authority' },
    correction: {
      label_zh: '补正材料中',
      label_en: 'Correcting materials',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    assessment: { label_zh: '评估中', label_en: 'Assessment', awaiting: 'authority' },
    assessment_correction: reviewCorrectionState('评估阶段补正中', 'Correcting during the assessment'),
    public_notice: { label_zh: '公示中', label_en: 'Public notice', awaiting: 'public' },
    filed: {
      label_zh: '已备案（待网上公布）',
      label_en: 'Filed, awaiting publication',
      awaiting: 'authority',
    },
    published: { label_zh: '已备案并公布', label_en: 'Filed and published' },
    refused: { label_zh: '不予备案', label_en: 'Refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
    cancelled: { label_zh: '已取消备案', label_en: 'Filing cancelled', final: true },
  },
  guards: {
    materialsComplete,
    readyForNotice,
    readyToFile,
    assessmentFindings,
    refusalGrounds,
    falseMaterialsGrounds,
  },
  transitions: [
    {
      from: 'draft',
      event: 'update_application',
      to: 'draft',
      actor: ['applicant'],
      citations: [CITE.apply],
      description_zh: '修改申请信息（申报职业及等级、场地等）',
      description_en: 'Change the application',
      update: (data, { payload, ctx }) => amendApplication(data, payload, ctx.amendRegistry),
    },
    {
      from: 'correction',
      event: 'update_application',
      to: 'correction',
      actor: ['applicant'],
      citations: [CITE.accept],
      description_zh: '补正申请信息',
      description_en: 'Correct the application',
      update: (data, { payload, ctx }) => amendApplication(data, payload, ctx.amendRegistry),
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'materialsComplete',
      actor: ['applicant'],
      citations: [CITE.apply, CITE.materials],
      description_zh: '提交备案申请及申报材料',
      description_en: 'Submit the application and its materials',
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [CITE.apply],
      description_zh: '撤回申请',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'accept',
      to: 'assessment',
      guard: 'materialsComplete',
      actor: ['authority'],
      citations: [CITE.accept, CITE.materials],
      description_zh: '初步审核，申报资料符合要求，予以受理',
      description_en: 'Accept: the materials meet the requirements',
      documents: ['acceptance_notice'],
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [CITE.accept],
      description_zh: '申报资料不符合要求，告知补正',
      description_en: 'Request a correction of the materials',
      update: (data, { payload, ctx }) => {
        const p = payload as z.infer<typeof correctionSchema>;
        return { ...data, correction: { items: p.items, note: p.note, requestedOn: ctx.today } };
      },
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'materialsComplete',
      actor: ['applicant'],
      citations: [CITE.accept, CITE.materials],
      description_zh: '提交补正材料',
      description_en: 'Submit the corrected materials',
    },
    {
      from: 'correction',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [CITE.apply],
      description_zh: '撤回申请',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [CITE.apply],
      description_zh: '撤回申请',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [CITE.accept],
      description_zh: '不予受理',
      description_en: 'Not accepted',
      recordFindings: 'refusalGrounds',
      update: refuse,
      documents: ['rejection_notice'],
    },
    {
      from: 'assessment',
      event: 'assess',
      to: 'assessment',
      actor: ['authority'],
      citations: [CITE.assess, CITE.conditions, CITE.scope, CITE.prohibitions, CITE.quota],
      description_zh: '记录评估结论（核验评估机构性质、职业范围、标准、实施条件及能力，信用核查）',
      description_en: 'Record the assessment and the credit check',
      recordFindings: 'assessmentFindings',
      update: (data, { payload, ctx }) => ({ ...data, assessment: assessmentOf(data, payload, ctx) }),
    },
    // 二(十)3 核验评估 finds something to correct: the authority's choice, with its reason (decision 0023).
    ...reviewCorrectionTransitions<
      'assessment' | 'assessment_correction',
      'update_application',
      SocialOrgFilingData,
      Ctx
    >({
      review: 'assessment',
      correcting: 'assessment_correction',
      citations: [CITE.assess, CITE.materials, CITE.rights],
      today: (ctx) => ctx.today,
      resubmitGuard: 'materialsComplete',
      edit: {
        event: 'update_application',
        update: (data, { payload, ctx }) => amendApplication(data, payload, ctx.amendRegistry),
      },
    }),
    {
      from: 'assessment',
      event: 'record_quota_override',
      to: 'assessment',
      actor: ['authority'],
      citations: [CITE.quota],
      description_zh: '记录突破“原则上不超过3家”的例外决定及理由',
      description_en: 'Record an exception to “in principle at most 3” with its reason',
      update: (data, { payload, ctx }) => quotaOverride(data, payload, ctx),
    },
    {
      from: 'assessment',
      event: 'start_notice',
      to: 'public_notice',
      guard: 'readyForNotice',
      actor: ['authority'],
      citations: [CITE.notice, CITE.assess],
      description_zh: '评估通过，向社会公示拟备案名单、征求意见',
      description_en: 'Publish the notice of the proposed filing',
      update: (data, { payload, ctx }) => {
        const p = payload as z.infer<typeof startNoticeSchema>;
        const period = computeNoticePeriod(
          {
            publishedOn: ctx.today,
            days: p.days,
            unit: p.unit,
            basis: { kind: 'authority', reason: p.basisReason, citation: CITE.notice },
          },
          ctx.calendar,
        );
        return {
          ...data,
          notice: {
            publishedOn: period.publishedOn,
            startsOn: period.startsOn,
            endsOn: period.endsOn,
            days: period.days,
            unit: period.unit,
            explanation_zh: period.explanation_zh,
          },
        };
      },
      documents: ['public_notice'],
    },
    {
      from: 'assessment',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [CITE.assess, CITE.conditions, CITE.prohibitions, CITE.quota],
      description_zh: '评估不通过，不予备案',
      description_en: 'Assessment failed: filing refused',
      recordFindings: 'refusalGrounds',
      update: refuse,
      documents: ['rejection_notice'],
    },
    {
      from: 'public_notice',
      event: 'record_quota_override',
      to: 'public_notice',
      actor: ['authority'],
      citations: [CITE.quota],
      description_zh: '记录突破“原则上不超过3家”的例外决定及理由',
      description_en: 'Record an exception to “in principle at most 3” with its reason',
      update: (data, { payload, ctx }) => quotaOverride(data, payload, ctx),
    },
    {
      from: 'public_notice',
      event: 'file',
      to: 'filed',
      guard: 'readyToFile',
      actor: ['authority'],
      citations: [CITE.file, CITE.notice, CITE.quota],
      description_zh: '公示期满、异议均已答复，予以备案，赋予备案码并出具备案回执',
      description_en: 'File: assign the filing code and issue the receipt',
      update: (data, { payload, ctx }) => {
        const p = payload as z.infer<typeof fileSchema>;
        if (!(p.validTo > p.validFrom)) throw invalid('VALIDITY_INVALID', '有效期截止日应晚于起始日');
        // A filing takes effect from its decision at the earliest: it cannot grant a past period.
        if (p.validFrom < ctx.today)
          throw invalid(
            'VALIDITY_INVALID',
            `有效期起始日（${p.validFrom}）不能早于备案决定日（${ctx.today}）`,
          );
        return {
          ...data,
          filing: {
            filingCode: filingCodeOf(ctx.referenceNo, ctx.authority.jurisdictionCode),
            filedOn: ctx.today,
            validFrom: p.validFrom,
            validTo: p.validTo,
            validityBasis: p.validityBasis,
          },
        };
      },
      documents: ['filing_receipt'],
    },
    {
      from: 'public_notice',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [CITE.notice, CITE.file],
      description_zh: '公示期间异议经查实成立或不符合要求，不予备案',
      description_en: 'Objection founded during the notice: filing refused',
      recordFindings: 'refusalGrounds',
      update: refuse,
      documents: ['rejection_notice'],
    },
    {
      from: 'filed',
      event: 'publish',
      to: 'published',
      actor: ['authority'],
      citations: [CITE.publish],
      description_zh: '网上公布（列入评价机构目录，载明职业（工种）、等级及有效期）',
      description_en: 'Publish in the directory with scope and validity',
      update: (data, { ctx }) => ({ ...data, publishedOn: ctx.today }),
      documents: ['publication_record'],
    },
    {
      from: 'filed',
      event: 'cancel',
      to: 'cancelled',
      actor: ['authority'],
      citations: [CITE.untrue, CITE.violationsFalseMaterials],
      description_zh: '申报材料经查实不真实，取消备案资质',
      description_en: 'Materials found false: filing cancelled',
      recordFindings: 'falseMaterialsGrounds',
      update: cancel,
      documents: ['filing_cancellation'],
    },
    {
      from: 'published',
      event: 'cancel',
      to: 'cancelled',
      actor: ['authority'],
      citations: [CITE.untrue, CITE.violationsFalseMaterials],
      description_zh: '申报材料经查实不真实，取消备案资质并从目录中撤下',
      description_en: 'Materials found false: filing cancelled and removed from the directory',
      recordFindings: 'falseMaterialsGrounds',
      update: cancel,
      documents: ['filing_cancellation'],
    },
  ],
});

function quotaOverride(data: SocialOrgFilingData, payload: unknown, ctx: Ctx): SocialOrgFilingData {
  const p = payload as z.infer<typeof quotaOverrideSchema>;
  if (!data.occupations.some((o) => o.code === p.occupationCode))
    throw invalid('OCCUPATION_NOT_APPLIED', `本申请未申报职业（工种）${p.occupationCode}`);
  return {
    ...data,
    quotaOverrides: {
      ...data.quotaOverrides,
      [p.occupationCode]: { reason: p.reason, decidedBy: by(ctx).slice(0, 200), decidedOn: ctx.today },
    },
  };
}

export type SocialOrgFilingMachine = typeof socialOrgFilingMachine;
