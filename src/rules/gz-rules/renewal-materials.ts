// gz-rules §11 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 续期申请材料
//
// 第十一条  符合续期条件的评价机构，应通过贵州省技能人才评价管理服务平台获取申请材料清单及填报指引，按要求
// 在线提交以下材料。
// （一）《贵州省职业技能等级认定机构续期申请表》；
// （二）有效期内职业技能等级认定工作开展情况报告（含认定职业（工种）、等级、获证人员明细、制度执行情况、质量
//   管控措施等）；
// （三）场地、设备、人员等核心条件保持符合要求的佐证材料；
// （四）用人单位需额外提交证书使用与待遇挂钩的专项佐证材料；
// （五）其他按要求需提交的补充材料。
import { z } from 'zod';
import { entryNameEn, listEntryIds, parameterAt, type ListEntry } from '../../parameters/parameter.js';
import { renewalEmployerMaterials, renewalMaterials } from '../../parameters/gz-rules.js';
import { defineCheck } from '../check.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { gz, gzRule } from './rule.js';

export const onlineSubmission = gzRule(
  '11',
  gz(11),
  '续期材料通过贵州省技能人才评价管理服务平台在线提交',
  'Renewal materials submitted online through the provincial platform',
);
export const materialForm = gzRule('11/1', gz(11, 1), '续期申请表', 'Renewal application form', [
  renewalMaterials.id,
]);
export const materialReport = gzRule(
  '11/2',
  gz(11, 2),
  '有效期内认定工作开展情况报告',
  'Report on evaluation work in the validity period',
  [renewalMaterials.id],
);
export const materialEvidence = gzRule(
  '11/3',
  gz(11, 3),
  '核心条件保持符合要求的佐证材料',
  'Evidence that core conditions are still met',
  [renewalMaterials.id],
);
export const materialPayLinkage = gzRule(
  '11/4',
  gz(11, 4),
  '用人单位：证书使用与待遇挂钩的专项佐证材料',
  'Employers: evidence linking certificates to pay',
  [renewalEmployerMaterials.id],
);
export const materialSupplementary = gzRule(
  '11/5',
  gz(11, 5),
  '其他按要求需提交的补充材料',
  'Supplementary materials requested',
);

const RULE_OF: Record<string, typeof materialForm> = {
  renewal_application_form: materialForm,
  work_report: materialReport,
  core_conditions_evidence: materialEvidence,
  pay_linkage_evidence: materialPayLinkage,
};

export const renewalMaterialsFacts = z.strictObject({
  kind: z
    .enum(['employer', 'school', 'social_org'])
    .describe('机构类别：employer 用人单位 / school 院校 / social_org 社会培训评价组织'),
  submittedOnline: z.boolean().describe('通过贵州省技能人才评价管理服务平台在线提交'),
  materials: z
    .array(z.enum([...listEntryIds(renewalMaterials), ...listEntryIds(renewalEmployerMaterials)]))
    .describe(
      '已提交的材料：renewal_application_form 续期申请表 / work_report 工作开展情况报告 / core_conditions_evidence 核心条件佐证 / pay_linkage_evidence 证书与待遇挂钩佐证（用人单位）',
    ),
  supplementaryRequested: z
    .array(z.string().min(1).max(200))
    .describe('监管部门要求补充提交的材料名称（无则为空数组）'),
  supplementaryProvided: z.array(z.string().min(1).max(200)).describe('已补充提交的材料名称'),
});

function materialFinding(entry: ListEntry, given: readonly string[]): Finding {
  const ok = given.includes(entry.id);
  return finding(
    RULE_OF[entry.id]!,
    ok,
    `${entry.name_zh}：${ok ? '已提交' : '未提交'}`,
    `${entryNameEn(entry)}: ${ok ? 'submitted' : 'missing'}`,
    { material: entry.id, submitted: ok },
  );
}

export const renewalMaterialsCheck = defineCheck({
  name: 'gz-rules.renewal.materials',
  regime: 'gz-rules',
  title_zh: '续期申请材料（第十一条）',
  title_en: 'Renewal application materials (§11)',
  asOf_zh: '材料提交日期',
  facts: renewalMaterialsFacts,
  example: {
    kind: 'employer',
    submittedOnline: true,
    materials: [
      'renewal_application_form',
      'work_report',
      'core_conditions_evidence',
      'pay_linkage_evidence',
    ],
    supplementaryRequested: [],
    supplementaryProvided: [],
  },
  ruleIds: [
    onlineSubmission.id,
    materialForm.id,
    materialReport.id,
    materialEvidence.id,
    materialPayLinkage.id,
    materialSupplementary.id,
  ],
  run(f, ctx) {
    const entries = [
      ...parameterAt(renewalMaterials, ctx.asOf),
      ...(f.kind === 'employer' ? parameterAt(renewalEmployerMaterials, ctx.asOf) : []),
    ];
    const missingSupplementary = f.supplementaryRequested.filter((m) => !f.supplementaryProvided.includes(m));
    return [
      finding(
        onlineSubmission,
        f.submittedOnline,
        f.submittedOnline ? '已通过省平台在线提交' : '未通过省平台在线提交',
        f.submittedOnline ? 'Submitted online' : 'Not submitted online',
        { submittedOnline: f.submittedOnline },
      ),
      ...entries.map((e) => materialFinding(e, f.materials)),
      finding(
        materialSupplementary,
        missingSupplementary.length === 0,
        f.supplementaryRequested.length === 0
          ? '未要求补充材料'
          : missingSupplementary.length === 0
            ? '要求的补充材料均已提交'
            : `尚未提交的补充材料：${missingSupplementary.join('、')}`,
        missingSupplementary.length === 0
          ? 'No supplementary material outstanding'
          : `Outstanding: ${missingSupplementary.join(', ')}`,
        { requested: f.supplementaryRequested, missing: missingSupplementary },
      ),
    ];
  },
});

export const renewalMaterialsRules = [
  onlineSubmission,
  materialForm,
  materialReport,
  materialEvidence,
  materialPayLinkage,
  materialSupplementary,
];
