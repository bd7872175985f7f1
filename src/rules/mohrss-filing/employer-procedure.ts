// mohrss-filing 一 — 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1) — 全国性用人单位
//
// （八）申请材料（包含但不限于）：14 项，各 1 份，电子版（见 src/parameters/mohrss-filing.ts）。
//   上述材料可通过电子核验途径获得结果的，鼓励电子核验。
// （十）办理流程
//   2.受理。指导中心受理全国性用人单位备案申请，对申报资料进行收集、整理、汇总和初步审核，并在 10 个工作日内
//   通过电话方式告知申报机构申报资料是否符合要求或补正相关材料。
import { z } from 'zod';
import { entryNameEn, listEntryIds, parameterAt } from '../../parameters/parameter.js';
import { employerAcceptanceWorkingDays, employerMaterials } from '../../parameters/mohrss-filing.js';
import { defineCheck } from '../check.js';
import { deadlineFinding, workingDaysAfter } from '../deadline.js';
import { isoDate } from '../facts.js';
import { finding } from '../rule.js';
import { mf, mfRule } from './rule.js';

export const employerMaterialsRule = mfRule(
  '1/8',
  mf('一', '八'),
  '提交 14 项申请材料（各 1 份，电子版）',
  'Submit the 14 application materials (1 electronic copy each)',
  [employerMaterials.id],
);
export const employerAcceptance = mfRule(
  '1/10/2',
  mf('一', '十', 2),
  '指导中心在 10 个工作日内告知申报资料是否符合要求或补正',
  'The national centre answers within 10 working days whether the materials are complete',
  [employerAcceptanceWorkingDays.id],
);

export const employerMaterialsFacts = z.strictObject({
  materials: z
    .array(z.enum(listEntryIds(employerMaterials)))
    .describe(
      '已提交的材料（电子版）：filing_application_form 备案申请表 / legal_person_certificate 法人登记证书复印件 / implementation_plan 认定工作实施方案 / branch_list 分支机构表 / workforce_regulations_list 技能人才队伍建设制度清单 / occupation_standard_list 职业（工种）和标准目录清单 / syllabus_textbook_list 培训大纲及教材清单 / question_bank_list 题库或卷库清单 / site_equipment_list 场地设施设备配置清单 / assessor_roster 考评人员名册 / supervisor_roster 督导人员名册 / evaluation_team_distribution 评价队伍分布情况表 / evaluation_statistics 评价情况统计表 / training_statistics 培训情况统计表',
    ),
});

export const employerMaterialsCheck = defineCheck({
  name: 'mohrss-filing.employer.materials',
  regime: 'mohrss-filing',
  title_zh: '全国性用人单位备案申请材料（一（八））',
  title_en: 'National employer filing materials (一(八))',
  asOf_zh: '材料提交日期',
  facts: employerMaterialsFacts,
  example: {
    materials: [...listEntryIds(employerMaterials)] as z.infer<typeof employerMaterialsFacts>['materials'],
  },
  ruleIds: [employerMaterialsRule.id],
  run(f, ctx) {
    const required = parameterAt(employerMaterials, ctx.asOf);
    return required.map((m, i) => {
      const ok = f.materials.includes(m.id as (typeof f.materials)[number]);
      return finding(
        employerMaterialsRule,
        ok,
        `${i + 1}. ${m.name_zh}：${ok ? '已提交' : '未提交'}`,
        `${i + 1}. ${entryNameEn(m)}: ${ok ? 'submitted' : 'missing'}`,
        {
          number: i + 1,
          material: m.id,
          submitted: ok,
          required: required.length,
        },
      );
    });
  },
});

export const acceptanceFacts = z.strictObject({
  receivedOn: isoDate('指导中心收到备案申请的日期'),
  answeredOn: isoDate('告知申报资料是否符合要求或补正的日期（尚未告知填 null）').nullable(),
});

export const employerAcceptanceCheck = defineCheck({
  name: 'mohrss-filing.employer.acceptance_deadline',
  regime: 'mohrss-filing',
  title_zh: '全国性用人单位备案：10 个工作日内告知受理结果（一（十）2）',
  title_en: 'National employer filing: answer on the materials within 10 working days (一(十)2)',
  asOf_zh: '审查日期（尚未告知时判断是否逾期）',
  facts: acceptanceFacts,
  example: { receivedOn: '2026-09-28', answeredOn: '2026-10-14' },
  ruleIds: [employerAcceptance.id],
  run(f, ctx) {
    const n = parameterAt(employerAcceptanceWorkingDays, ctx.asOf);
    const due = workingDaysAfter(ctx, f.receivedOn, n);
    return [
      deadlineFinding(
        employerAcceptance,
        `告知申报资料是否符合要求（${n} 个工作日）`,
        `Answer on the materials (${n} working days)`,
        due,
        f.answeredOn,
        ctx.asOf,
        {
          receivedOn: f.receivedOn,
          parameter: employerAcceptanceWorkingDays.id,
        },
      ),
    ];
  },
});

export const employerProcedureRules = [employerMaterialsRule, employerAcceptance];
