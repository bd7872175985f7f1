// mohrss-filing 二（四）（八）（十一）— 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1)
//
// （四）数量限制  各地人力资源社会保障部门按照统筹规划、合理布局、严格条件、择优遴选、动态调整的原则，征集遴选
//   社会培训评价组织。原则上，各辖区 1 个职业不超过 3 家社会培训评价组织。
// （八）申请材料（包含但不限于）1 社会培训评价组织基本情况表 2 法人登记证书复印件或统一社会信用信息代码 3 职业
//   技能等级认定工作实施方案及质量管控措施 4 专家等专业人员技能水平证明或相关承诺书 5 场地设施设备等资产有效
//   证明文件或相关承诺书 6 信用报告或诚信承诺书。以上材料可通过电子核验途径获得结果的，鼓励电子核验。
// （十一）申报机构应当如实向受理机构提交有关材料，并对申报材料实质内容的真实性负责。申报材料如有不真实的，经查实
//   后取消备案资质。申报机构对办理事项享有陈述权、知情权。
//
// "原则上" (in principle): the quota blocks a filing unless the authority records a reasoned exception;
// the rule never makes that exception itself.
import { z } from 'zod';
import { listEntryIds, parameterAt, entryNameEn } from '../../parameters/parameter.js';
import { maxOrganisationsPerOccupation, socialOrgMaterials } from '../../parameters/mohrss-filing.js';
import { defineCheck } from '../check.js';
import { count, occupationCode, principleOverride } from '../facts.js';
import { finding } from '../rule.js';
import { mf, mfRule } from './rule.js';

export const quota = mfRule(
  '2/4',
  mf('二', '四'),
  '原则上各辖区 1 个职业不超过 3 家社会培训评价组织',
  'In principle at most 3 social organisations per occupation per jurisdiction',
  [maxOrganisationsPerOccupation.id],
);
export const materialsRule = mfRule(
  '2/8',
  mf('二', '八'),
  '提交 6 项申请材料（部分可以承诺书替代）',
  'Submit the 6 application materials (some by commitment letter)',
  [socialOrgMaterials.id],
);
export const falseMaterials = mfRule(
  '2/11',
  mf('二', '十一'),
  '申报材料不真实经查实的，取消备案资质',
  'Untrue materials, once verified, cancel the filing',
);

export const quotaFacts = z.strictObject({
  jurisdictionCode: z
    .string()
    .regex(/^\d{6}$/)
    .describe('辖区行政区划代码（6 位）'),
  occupations: z
    .array(
      z.strictObject({
        code: occupationCode(),
        otherFiledOrganisations: count(
          '本辖区该职业已备案（有效）的其他社会培训评价组织家数（不含本申报机构）',
        ),
        override: principleOverride('监管部门记录的突破“原则上不超过3家”的例外决定（无则不填）'),
      }),
    )
    .min(1)
    .describe('申报的职业（工种）'),
});

export const quotaCheck = defineCheck({
  name: 'mohrss-filing.social_org.quota',
  regime: 'mohrss-filing',
  title_zh: '每辖区每职业原则上不超过 3 家社会培训评价组织（二（四））',
  title_en: 'In principle at most 3 social organisations per occupation per jurisdiction (二(四))',
  asOf_zh: '备案决定日期（按该日已备案的机构计数）',
  facts: quotaFacts,
  example: { jurisdictionCode: '520000', occupations: [{ code: '4-03-02-01', otherFiledOrganisations: 2 }] },
  ruleIds: [quota.id],
  run(f, ctx) {
    const max = parameterAt(maxOrganisationsPerOccupation, ctx.asOf);
    return f.occupations.map((o) => {
      const total = o.otherFiledOrganisations + 1;
      const values = {
        jurisdictionCode: f.jurisdictionCode,
        occupation: o.code,
        otherFiledOrganisations: o.otherFiledOrganisations,
        totalIfFiled: total,
        maximum: max,
        parameter: maxOrganisationsPerOccupation.id,
        override: o.override ?? null,
      };
      if (total <= max)
        return finding(
          quota,
          true,
          `辖区 ${f.jurisdictionCode} 职业 ${o.code}：备案后共 ${total} 家，未超过 ${max} 家`,
          `${o.code}: ${total} organisations after filing, within ${max}`,
          values,
        );
      if (o.override)
        return finding(
          quota,
          true,
          `辖区 ${f.jurisdictionCode} 职业 ${o.code}：备案后共 ${total} 家，超过原则上 ${max} 家的限制；${o.override.decidedBy} 已于 ${o.override.decidedOn} 记录例外理由：${o.override.reason}`,
          `${o.code}: ${total} organisations exceed the ${max} in principle; exception recorded by ${o.override.decidedBy} on ${o.override.decidedOn}`,
          values,
        );
      return finding(
        quota,
        false,
        `辖区 ${f.jurisdictionCode} 职业 ${o.code}：已有 ${o.otherFiledOrganisations} 家，备案后共 ${total} 家，超过原则上不超过 ${max} 家的限制（须监管部门书面记录例外理由方可突破）`,
        `${o.code}: ${total} organisations would exceed the ${max} allowed in principle; blocked unless the authority records a reasoned exception`,
        values,
        ['不予备案（维持原则上限）', '监管部门书面记录例外决定及理由后准予备案'],
      );
    });
  },
});

const materialIds = listEntryIds(socialOrgMaterials);
export const socialOrgMaterialsFacts = z.strictObject({
  materials: z
    .array(z.enum(materialIds))
    .describe(
      '已提交的材料：basic_info_form 基本情况表 / legal_person_certificate 法人登记证书复印件 / uscc 统一社会信用信息代码 / implementation_plan 实施方案及质量管控措施 / expert_skill_proof 专家技能水平证明 / expert_commitment 专家相关承诺书 / asset_proof 场地设施设备资产证明 / asset_commitment 资产相关承诺书 / credit_report 信用报告 / integrity_commitment 诚信承诺书',
    ),
});

export const socialOrgMaterialsCheck = defineCheck({
  name: 'mohrss-filing.social_org.materials',
  regime: 'mohrss-filing',
  title_zh: '社会培训评价组织备案申请材料（二（八））',
  title_en: 'Social organisation filing materials (二(八))',
  asOf_zh: '材料提交日期',
  facts: socialOrgMaterialsFacts,
  example: {
    materials: [
      'basic_info_form',
      'uscc',
      'implementation_plan',
      'expert_skill_proof',
      'asset_commitment',
      'credit_report',
    ],
  },
  ruleIds: [materialsRule.id],
  run(f, ctx) {
    const required = parameterAt(socialOrgMaterials, ctx.asOf);
    return required.map((m, i) => {
      const options = m.alternatives ?? [m];
      const given = options.find((o) => f.materials.includes(o.id as (typeof f.materials)[number]));
      return finding(
        materialsRule,
        given !== undefined,
        given ? `${i + 1}. ${m.name_zh}：已提交（${given.name_zh}）` : `${i + 1}. ${m.name_zh}：未提交`,
        given
          ? `${i + 1}. ${entryNameEn(m)}: submitted (${entryNameEn(given)})`
          : `${i + 1}. ${entryNameEn(m)}: missing`,
        {
          number: i + 1,
          material: m.id,
          acceptedAlternatives: options.map((o) => o.id),
          submittedAs: given?.id ?? null,
          commitmentLetter: given ? given.id.endsWith('commitment') : null,
        },
      );
    });
  },
});

export const falseMaterialsCheck = defineCheck({
  name: 'mohrss-filing.social_org.false_materials',
  regime: 'mohrss-filing',
  title_zh: '申报材料不真实：取消备案资质（二（十一））',
  title_en: 'Untrue filing materials cancel the filing (二(十一))',
  asOf_zh: '查实日期',
  facts: z.strictObject({
    untrueMaterialsVerified: z.boolean().describe('经查实申报材料存在不真实情形'),
    statementHeard: z.boolean().describe('已告知并听取申报机构的陈述（陈述权、知情权）'),
  }),
  example: { untrueMaterialsVerified: false, statementHeard: true },
  ruleIds: [falseMaterials.id],
  run: (f) => [
    f.untrueMaterialsVerified
      ? finding(
          falseMaterials,
          false,
          `申报材料经查实不真实：取消备案资质${f.statementHeard ? '' : '（作出决定前须保障申报机构的陈述权、知情权）'}`,
          'Untrue materials verified: the filing is cancelled',
          {
            untrueMaterialsVerified: true,
            statementHeard: f.statementHeard,
            consequence: 'filing_cancellation',
          },
        )
      : finding(falseMaterials, true, '未查实申报材料不真实', 'No untrue material verified', {
          untrueMaterialsVerified: false,
          statementHeard: f.statementHeard,
        }),
  ],
});

export const socialOrgProcedureRules = [quota, materialsRule, falseMaterials];
