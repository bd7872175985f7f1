// Department and industry pilots (dept-pilot, 中就培函〔2020〕41号) as the generic case API runs them: a
// government department (authority kind industry_department) recommends an organisation by its USCC
// for a field, or an industry association applies for itself; the national centre decides; approval
// publishes the organisation online with its scope.
import { z } from 'zod';
import { AppError, duplicate, forbidden, invalid } from '../../domain/errors.js';
import { chinaDate } from '../../workflows/deadline.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import {
  findAuthorityName,
  findLiveRecommendation,
  findNationalCentre,
  findOrganisation,
  findOrganisationByUscc,
} from '../../persistence/dept-pilot.repository.js';
import { bodyKindOf } from '../../workflows/dept-pilot/body.js';
import { pilotChecklist } from '../../workflows/dept-pilot/checklist.js';
import {
  approvePayload,
  branchDeclaration,
  correctionPayload,
  plan,
  refusePayload,
  review,
  TRACK_EN,
  TRACK_ZH,
  type DeptPilotData,
} from '../../workflows/dept-pilot/data.js';
import type { DeptPilotCtx } from '../../workflows/dept-pilot/facts.js';
import { REFERENCE_PREFIX, deptPilotMachine } from '../../workflows/dept-pilot/machine.js';
import { pilotReviewDefaults } from '../../workflows/dept-pilot/review-defaults.js';
import { deptPilotDocuments } from './documents.js';
import { deptPilotEffects } from './effects.js';
import { loadDeptPilotCtx } from './load-guards-ctx.js';

/** The registry kinds a pilot may name as 社会培训评价组织. */
const ORGANISATION_KINDS = ['social_org', 'industry_org'];

/**
 * The plan as the forms show it: the same fields as `plan`, with labels a user reads at a glance
 * (the schema form takes the label from the description, the parenthesis as help) and selects of the
 * registered branches instead of typing their names.
 */
export const planForm = plan.extend({
  field: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('领域（推荐部门的领域或行业组织的行业，如“交通运输 道路运输”）'),
  associationType: z
    .enum(['comprehensive', 'professional', 'other'])
    .optional()
    .describe(
      '行业组织类型（行业组织自行申报时选择）：comprehensive 综合类行业组织（协会）/ professional 专业性行业组织（协会）/ other 其他',
    ),
  decoupledFromSupervisor: z
    .boolean()
    .optional()
    .describe('已与主管部门脱钩（该组织为协会时填写；未与主管部门脱钩的协会原则上不得纳入试点）'),
  nonProfessionalAssociation: z
    .boolean()
    .optional()
    .describe('属非专业行业协会（该组织为协会时填写；非专业行业协会原则上不得纳入试点）'),
  branches: z
    .array(
      branchDeclaration.extend({
        branch: z.string().trim().min(1).max(200).meta({
          description: '分支机构（登记在该组织名下的分支机构）',
          widget: 'remote',
          source: '/dept-pilot/branches',
          labelField: 'label',
        }),
        decoupledFromSupervisor: z.boolean().optional().describe('已与主管部门脱钩（协会类分支机构填写）'),
        nonProfessionalAssociation: z.boolean().optional().describe('属非专业行业协会（协会类分支机构填写）'),
      }),
    )
    .max(100)
    .default([])
    .describe('分支机构名单（试点工作方案确定的分支机构）'),
  affiliatedTechnicalSupport: z
    .boolean()
    .optional()
    .describe('所属一类行业协会提供相应技术支持（综合类行业组织填写）'),
});

export const openInput = z.strictObject({
  organisationUscc: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为 18 位')
    .optional()
    .meta({
      description: '推荐的社会培训评价组织（政府有关部门推荐时选择；行业组织自行申报不填）',
      widget: 'remote',
      source: '/dept-pilot/organisations',
      labelField: 'label',
    }),
  ...planForm.shape,
});

const isDepartment = (caller: { role: string; authorityKind?: string | undefined }) =>
  caller.role === 'authority_staff' && caller.authorityKind === 'industry_department';

export const deptPilotProcedure = defineProcedure<DeptPilotData, DeptPilotCtx>({
  id: deptPilotMachine.id,
  title_zh: '部门行业职业技能等级认定试点',
  title_en: 'Department and industry skill-level pilots',
  regimes: ['dept-pilot'],
  machine: deptPilotMachine,

  mayOpen: async (db, caller) => {
    if (isDepartment(caller)) return true;
    if (caller.role !== 'institution_staff' || !caller.institutionId) return false;
    return (await findOrganisation(db, caller.institutionId))?.kind === 'industry_org';
  },
  openSchema: openInput,
  resolveOpen: async (db, caller, raw) => {
    const { organisationUscc, ...rest } = openInput.parse(raw);
    const p = plan.parse(rest);
    const centre = await findNationalCentre(db);
    if (!centre) throw invalid('AUTHORITY_MISSING', '未登记中国就业培训技术指导中心，无法函告试点材料');
    const milestones = { workPlanSubmittedOn: null, implementationPlanSubmittedOn: null };

    if (isDepartment(caller)) {
      // 三（一）政府有关部门推荐社会培训评价组织.
      if (!organisationUscc)
        throw invalid('ORGANISATION_REQUIRED', '请填写推荐的社会培训评价组织的统一社会信用代码');
      const org = await findOrganisationByUscc(db, organisationUscc);
      // An institution of another kind (an employer, a school) answers what an unknown code answers:
      // the department's list of choices holds only organisations (issue 9 point 7).
      if (!org || !ORGANISATION_KINDS.includes(org.kind))
        throw new AppError(
          422,
          'ORGANISATION_UNKNOWN',
          '组织未登记',
          `统一社会信用代码 ${organisationUscc} 未登记为社会培训评价组织或行业组织`,
        );
      const kind = bodyKindOf(org.kind, org.uscc);
      if (!kind) throw invalid('ORGANISATION_KIND', `无法由统一社会信用代码判断“${org.name}”的单位性质`);
      // 三（一） counts organisations: the same one put forward twice in a field would take two places.
      const earlier = await findLiveRecommendation(db, {
        applicantAuthorityId: caller.authorityId!,
        institutionId: org.id,
        field: p.field,
      });
      if (earlier)
        throw duplicate(
          `本部门已在“${p.field}”领域推荐“${org.name}”（申请编号 ${earlier.referenceNo}），不能重复推荐（dept-pilot 三（一））`,
        );
      return {
        institutionId: org.id,
        authorityId: centre.id,
        jurisdictionCode: org.jurisdictionCode,
        referencePrefix: REFERENCE_PREFIX,
        data: {
          track: 'department',
          applicantAuthorityId: caller.authorityId!,
          department: {
            authorityId: caller.authorityId!,
            name: (await findAuthorityName(db, caller.authorityId!)) ?? '',
          },
          organisation: { institutionId: org.id, name: org.name, uscc: org.uscc, kind },
          plan: p,
          milestones,
        },
      };
    }
    // 二（一）行业组织可作为社会培训评价组织: the association applies for itself.
    const org = caller.institutionId ? await findOrganisation(db, caller.institutionId) : undefined;
    if (!org || org.kind !== 'industry_org')
      throw forbidden('只有政府有关部门（推荐）或行业组织（自行申报）可以提出试点申请');
    if (organisationUscc && organisationUscc !== org.uscc)
      throw forbidden('行业组织只能为本组织申报；推荐其他组织须由政府有关部门提出');
    return {
      institutionId: org.id,
      authorityId: centre.id,
      jurisdictionCode: org.jurisdictionCode,
      referencePrefix: REFERENCE_PREFIX,
      data: {
        track: 'industry_org',
        organisation: {
          institutionId: org.id,
          name: org.name,
          uscc: org.uscc,
          kind: bodyKindOf(org.kind, org.uscc) ?? 'association',
        },
        plan: p,
        milestones,
      },
    };
  },

  eventSchemas: {
    edit: planForm,
    record_review: review,
    request_correction: correctionPayload,
    approve: approvePayload,
    refuse: refusePayload,
  },
  previewGuards: ['submit', 'resubmit', 'approve'],

  // Editing (or correcting) the plan starts from the plan as filed.
  prefill: (c, event) => (event === 'edit' ? (c.data as DeptPilotData).plan : null),
  // The review starts from the earlier review or what the plan states (issue 10 point 7).
  defaults: { events: ['record_review'], of: (c) => pilotReviewDefaults(c.data as DeptPilotData) },
  checklist: (c) =>
    pilotChecklist(deptPilotMachine.id, (c.data as DeptPilotData).track, chinaDate(c.createdAt)),
  // The guard reads the checklist items provided itself (dept-pilot.submission_checklist).
  loadGuardsCtx: (trx, c, { today, event }) => loadDeptPilotCtx(trx, c, today, event),
  documents: deptPilotDocuments,
  effects: deptPilotEffects,
  summary: (c) => {
    const d = c.data as DeptPilotData;
    return `${TRACK_ZH[d.track]} · ${d.plan.field} · ${d.plan.scope.length} 个职业（工种）`;
  },
  summary_en: (c) => {
    const d = c.data as DeptPilotData;
    return `${TRACK_EN[d.track]} · ${d.plan.field} · ${d.plan.scope.length} occupation(s)`;
  },
  summaryData: (c) => ({ field: [(c.data as DeptPilotData).plan.field] }),
});
