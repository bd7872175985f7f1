// 贵州省职业技能等级认定机构遴选 (gz-rules §4–7) as the generic case API runs it: a Guizhou employer,
// school or social training-evaluation organisation opens its application with 贵州省人力资源和社会保障厅;
// the guards read the registry under the case lock and run the gz-rules checks; 'select' publishes the
// occupations that pass with their validity.
import { z } from 'zod';
import { forbidden, invalid } from '../../domain/errors.js';
import { checklistCompleteness, checklistFor } from '../../materials/checklist.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import { findGuizhouAuthority, findSelectionInstitution } from '../../persistence/gz-selection.repository.js';
import { defineProcedure } from '../workflow/procedure-module.js';
import {
  APPLICANT_KINDS,
  APPLICANT_KIND_EN,
  APPLICANT_KIND_ZH,
  application,
  appliedOccupation,
  occupationAssessment,
  correctionPayload,
  refusePayload,
  review,
  selectPayload,
  type ApplicantKind,
  type GzSelectionData,
} from '../../workflows/gz-selection/data.js';
import {
  REFERENCE_PREFIX,
  gzSelectionMachine,
  type GzSelectionCtx,
} from '../../workflows/gz-selection/machine.js';
import { reviewDefaults } from '../../workflows/gz-selection/review-defaults.js';
import { GZ_SELECTION_CHECKLIST } from './checklist.js';
import { gzSelectionDocuments } from './documents.js';
import { gzSelectionEffects } from './effects.js';
import { GUIZHOU_PROVINCE, loadRegistryFacts } from './load-registry-facts.js';
import { lockProvince } from '../social-org-filing/load-facts.js';

const a = application.shape;
const occ = appliedOccupation.shape;
/** "…（who fills it in）": the one form serves three kinds of applicant. */
const SOCIAL_ZH = '社会培训评价组织填写';
const EMPLOYER_ZH = '用人单位填写';
const SCHOOL_ZH = '院校填写';

/**
 * The application as the form shows it: the same fields as `application`, each labelled with who fills
 * it in (the schema form takes the label from the description, the parenthesis as help), and the site
 * chosen from the applicant's registered sites instead of typed as a number.
 */
export const applicationForm = application.extend({
  occupations: z
    .array(
      appliedOccupation.extend({
        trainingVolume: occ.trainingVolume.describe(
          `该职业（工种）培训规模（${SOCIAL_ZH}，单位：人次；第六条第三项）`,
        ),
        newOccupation: occ.newOccupation.describe(
          `属人力资源社会保障部公布的新职业（${SOCIAL_ZH}；新职业不受培训规模要求限制）`,
        ),
        hasCorrespondingSkillPost: occ.hasCorrespondingSkillPost.describe(
          `岗位设置中有明确对应的技能岗位（${EMPLOYER_ZH}；第四条第三项）`,
        ),
      }),
    )
    .min(1)
    .max(20)
    .describe('申请认定的职业（工种）及等级'),
  siteId: z.uuid().optional().meta({
    description: '用于认定的场地（登记在本单位名下；本单位只有一处场地时可不选）',
    widget: 'remote',
    source: '/gz-selection/sites',
    labelField: 'label',
  }),
  trainingHistorySince: a.trainingHistorySince.describe(
    `连续开展相关职业培训或考核的起始日期（${SOCIAL_ZH}）`,
  ),
  managementSystems: a.managementSystems.describe(
    `已制定的管理制度（${SOCIAL_ZH}）：exam_affairs 考务 / personnel 人员 / finance 财务 / archives 档案 / question_bank 题库 / certificates 证书 / violations 违规违纪`,
  ),
  expertTeam: a.expertTeam.describe(`拥有与拟认定职业、等级相匹配的专家团队（${SOCIAL_ZH}）`),
  officeAndCommunicationEquipment: a.officeAndCommunicationEquipment.describe(
    `配备必要的办公设备和通信设备（${SOCIAL_ZH}）`,
  ),
  singleSeatPerDesk: a.singleSeatPerDesk.describe(`考场实行单人单桌（${SOCIAL_ZH}）`),
  enterpriseCategories: a.enterpriseCategories.describe(
    `企业类别（${EMPLOYER_ZH}）：可多选，均不属于则留空 / above_scale 规模以上企业 / chain_leader 产业链链主企业 / industry_leader 行业龙头企业 / specialised_innovative “专精特新”企业 / local_characteristic 地方特色企业`,
  ),
  candidatesOwnFullTimeStudentsOnly: a.candidatesOwnFullTimeStudentsOnly.describe(
    `评价对象仅为本校全日制在校学生（${SCHOOL_ZH}）`,
  ),
  evaluationTiming: a.evaluationTiming.describe(
    `评价时间（${SCHOOL_ZH}）：graduation_year 毕业年度 / after_all_courses 专业全课程结课后 / other 其他`,
  ),
  dedicatedUnit: a.dedicatedUnit.describe(`已建立职业技能等级认定专职内设机构（${SCHOOL_ZH}）`),
});

/** "【who】…": the review form too serves three kinds of applicant; each item says whose it is. */
const whose = <T extends z.ZodType>(zh: string, schema: T): T =>
  schema.describe(`【${zh}】${schema.description ?? ''}`);
const r = review.shape;
const ro = occupationAssessment.shape;
const SOCIAL = '社会培训评价组织';
const EMPLOYER = '用人单位';
const SCHOOL = '院校';

/** The review as the form shows it: the same fields as `review`, each marked with whom it concerns. */
export const reviewForm = review.extend({
  influenceAndReputation: whose(SOCIAL, r.influenceAndReputation),
  guizhouCharacteristicEnterprise: whose(SOCIAL, r.guizhouCharacteristicEnterprise),
  practicalEquipmentMeetsStandard: whose(SOCIAL, r.practicalEquipmentMeetsStandard),
  safetyCompliant: whose(SOCIAL, r.safetyCompliant),
  skilledWorkersMajority: whose(EMPLOYER, r.skilledWorkersMajority),
  willingAndCapable: whose(EMPLOYER, r.willingAndCapable),
  incentiveSystem: whose(EMPLOYER, r.incentiveSystem),
  systemsAndPlan: whose(EMPLOYER, r.systemsAndPlan),
  siteMeetsNationalStandard: whose(`${EMPLOYER}、${SCHOOL}`, r.siteMeetsNationalStandard),
  siteSafetyCompliant: whose(`${EMPLOYER}、${SCHOOL}`, r.siteSafetyCompliant),
  stableFunding: whose(SCHOOL, r.stableFunding),
  background: r.background.describe('第七条情形核查（核查日期、来源及发现的记录）'),
  occupations: z
    .array(
      occupationAssessment.extend({
        directlyRelatedToMainBusiness: whose(EMPLOYER, ro.directlyRelatedToMainBusiness),
        matchesMajor: whose(SCHOOL, ro.matchesMajor),
        levelConsistentWithSchooling: whose(SCHOOL, ro.levelConsistentWithSchooling),
      }),
    )
    .max(20)
    .optional()
    .describe('逐个职业（工种）的认定'),
});

const isApplicantKind = (k: string): k is ApplicantKind => (APPLICANT_KINDS as readonly string[]).includes(k);
const inGuizhou = (code: string) => code.startsWith('52');

export const gzSelectionProcedure = defineProcedure<GzSelectionData, GzSelectionCtx>({
  id: gzSelectionMachine.id,
  title_zh: '贵州省职业技能等级认定机构遴选',
  title_en: 'Guizhou selection of skill-level evaluation institutions',
  regimes: ['gz-rules'],
  machine: gzSelectionMachine,

  mayOpen: async (db, caller) => {
    if (caller.role !== 'institution_staff' || !caller.institutionId) return false;
    const inst = await findSelectionInstitution(db, caller.institutionId);
    return !!inst && isApplicantKind(inst.kind) && inGuizhou(inst.jurisdictionCode);
  },
  openSchema: applicationForm as unknown as z.ZodType<Record<string, unknown>>,
  resolveOpen: async (db, caller, raw) => {
    const input = application.parse(raw);
    const inst = caller.institutionId ? await findSelectionInstitution(db, caller.institutionId) : undefined;
    if (!inst || !isApplicantKind(inst.kind))
      throw forbidden('只有用人单位、院校和社会培训评价组织可以申报贵州省评价机构遴选（第四条至第六条）');
    // gz-rules §2: the rules apply within Guizhou only.
    if (!inGuizhou(inst.jurisdictionCode))
      throw forbidden(
        '《贵州省职业技能等级认定机构遴选及退出实施细则》适用于贵州省行政区域内的机构（第二条）',
      );
    const authority = await findGuizhouAuthority(db);
    if (!authority) throw invalid('AUTHORITY_MISSING', '未登记贵州省人力资源和社会保障厅，无法受理遴选申报');
    return {
      institutionId: inst.id,
      authorityId: authority.id,
      jurisdictionCode: inst.jurisdictionCode,
      referencePrefix: REFERENCE_PREFIX,
      data: { applyingAs: inst.kind, application: input },
    };
  },

  eventSchemas: {
    edit: applicationForm,
    record_review: reviewForm,
    request_correction: correctionPayload,
    select: selectPayload,
    refuse: refusePayload,
  },
  previewGuards: ['submit', 'resubmit', 'select'],

  // Editing a draft starts from what was filed, not from an empty form.
  prefill: (c, event) => (event === 'edit' ? (c.data as GzSelectionData).application : null),
  // The review starts from the earlier review and the occupations applied for (issue 10 point 7).
  defaults: {
    events: ['record_review'],
    of: (c, _event, ctx) => reviewDefaults(c.data as GzSelectionData, ctx.registry),
  },
  checklist: () => GZ_SELECTION_CHECKLIST,
  loadGuardsCtx: async (trx, c, { today, event }) => {
    const data = c.data as GzSelectionData;
    // mohrss-filing 二(四): a selection counts the province's places — it waits for the other
    // decisions counting them (social-organisation filings take the same lock).
    if (event === 'select' && data.applyingAs === 'social_org') await lockProvince(trx, GUIZHOU_PROVINCE);
    const registry = await loadRegistryFacts(
      trx,
      c.institutionId,
      data.application.siteId,
      data.application.occupations.map((o) => o.code),
      today,
    );
    const materials = await listCurrentMaterials(trx, c.id);
    return {
      asOf: today,
      referenceNo: c.referenceNo,
      registry,
      materials: checklistCompleteness(
        checklistFor(GZ_SELECTION_CHECKLIST, registry.institution.kind),
        materials,
      ),
    };
  },
  documents: gzSelectionDocuments,
  effects: gzSelectionEffects,
  summary: (c) => {
    const d = c.data as GzSelectionData;
    const codes = d.application.occupations.map((o) => o.code);
    return `${APPLICANT_KIND_ZH[d.applyingAs]} · 申请职业：${codes.slice(0, 3).join('、')}${codes.length > 3 ? ` 等 ${codes.length} 个` : ''}`;
  },
  summary_en: (c) => {
    const d = c.data as GzSelectionData;
    const codes = d.application.occupations.map((o) => o.code);
    return `${APPLICANT_KIND_EN[d.applyingAs]} · occupations ${codes.slice(0, 3).join(', ')}${codes.length > 3 ? ` (${codes.length} in all)` : ''}`;
  },
});
