// dept-pilot 附件 提交材料清单 — 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号）
//
// （政府有关部门）一、职业技能等级试点工作方案  二、推荐社会培训评价组织的函  三、社会培训评价组织工作实施方案及质量
// 管控措施
// （行业组织）一、职业技能等级认定试点工作方案  二、分支机构遴选标准及其分支机构名单  三、社会培训评价组织工作实施
// 方案及质量管控措施
// 三 …相关规章制度包括但不限于考务管理办法、考评人员管理办法、试点及评价管理办法、工作人员和考生违纪违规处理办法、
// 档案管理办法、证书管理办法、监督制度、风险防控体系、财务制度、公示制度、社会问责制度、信息公开制度。
import { z } from 'zod';
import { listEntryIds, parameterAt, entryNameEn } from '../../parameters/parameter.js';
import { governmentDocuments, industryDocuments, requiredRegulations } from '../../parameters/dept-pilot.js';
import { missingFrom } from '../assessment.js';
import { defineCheck } from '../check.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { dp, dpRule } from './rule.js';

// One rule per list entry, so a finding cites 附件（政府有关部门）二 exactly.
const gov = ['一', '二', '三'].map((n, i) =>
  dpRule(
    `annex-gov/${i + 1}`,
    dp('附件（政府有关部门）', n),
    `政府有关部门提交材料 ${n}`,
    `Government department document ${i + 1}`,
    [governmentDocuments.id],
  ),
);
const ind = ['一', '二', '三'].map((n, i) =>
  dpRule(
    `annex-industry/${i + 1}`,
    dp('附件（行业组织）', n),
    `行业组织提交材料 ${n}`,
    `Industry organisation document ${i + 1}`,
    [industryDocuments.id],
  ),
);
export const govRegulations = dpRule(
  'annex-gov/3/regulations',
  dp('附件（政府有关部门）', '三'),
  '实施方案包含 12 项相关规章制度',
  'The implementation plan includes the 12 regulations',
  [requiredRegulations.id],
);
export const industryRegulations = dpRule(
  'annex-industry/3/regulations',
  dp('附件（行业组织）', '三'),
  '实施方案包含 12 项相关规章制度',
  'The implementation plan includes the 12 regulations',
  [requiredRegulations.id],
);

export const submissionFacts = z.strictObject({
  submitter: z
    .enum(['government_department', 'industry_org'])
    .describe('提交方：government_department 政府有关部门 / industry_org 行业组织'),
  documents: z
    .array(
      z.enum([...new Set([...listEntryIds(governmentDocuments), ...listEntryIds(industryDocuments)])] as [
        string,
        ...string[],
      ]),
    )
    .describe(
      '已提交的材料：pilot_work_plan 试点工作方案 / recommendation_letter 推荐社会培训评价组织的函（政府有关部门）/ branch_selection_and_list 分支机构遴选标准及名单（行业组织）/ implementation_plan 工作实施方案及质量管控措施',
    ),
  regulations: z
    .array(z.enum(listEntryIds(requiredRegulations)))
    .describe(
      '实施方案所附规章制度：exam_affairs 考务管理办法 / assessors 考评人员管理办法 / pilot_and_evaluation 试点及评价管理办法 / violations 工作人员和考生违纪违规处理办法 / archives 档案管理办法 / certificates 证书管理办法 / supervision 监督制度 / risk_control 风险防控体系 / finance 财务制度 / publicity 公示制度 / accountability 社会问责制度 / information_disclosure 信息公开制度',
    ),
});

export const submissionCheck = defineCheck({
  name: 'dept-pilot.submission_checklist',
  regime: 'dept-pilot',
  title_zh: '提交材料清单及 12 项规章制度（附件）',
  title_en: 'Submission checklist and the 12 regulations (annex)',
  asOf_zh: '材料提交日期',
  facts: submissionFacts,
  example: {
    submitter: 'government_department',
    documents: ['pilot_work_plan', 'recommendation_letter', 'implementation_plan'],
    regulations: [...listEntryIds(requiredRegulations)] as z.infer<typeof submissionFacts>['regulations'],
  },
  ruleIds: [...gov.map((r) => r.id), ...ind.map((r) => r.id), govRegulations.id, industryRegulations.id],
  run(f, ctx) {
    const isGov = f.submitter === 'government_department';
    const docs = parameterAt(isGov ? governmentDocuments : industryDocuments, ctx.asOf);
    const rules = isGov ? gov : ind;
    const out: Finding[] = docs.map((d, i) => {
      const ok = f.documents.includes(d.id);
      return finding(
        rules[i]!,
        ok,
        `${d.name_zh}：${ok ? '已提交' : '未提交'}`,
        `${entryNameEn(d)}: ${ok ? 'submitted' : 'missing'}`,
        { document: d.id, submitted: ok },
      );
    });
    const regs = parameterAt(requiredRegulations, ctx.asOf);
    const missing = missingFrom(
      regs.map((r) => r.id),
      f.regulations,
    );
    out.push(
      finding(
        isGov ? govRegulations : industryRegulations,
        missing.length === 0,
        missing.length === 0
          ? `实施方案所附规章制度齐全（${regs.length} 项）`
          : `实施方案缺少规章制度 ${missing.length} 项：${missing.map((id) => regs.find((r) => r.id === id)!.name_zh).join('、')}`,
        missing.length === 0
          ? `All ${regs.length} regulations present`
          : `Missing regulations: ${missing.map((id) => entryNameEn(regs.find((r) => r.id === id)!)).join(', ')}`,
        { required: regs.length, given: f.regulations.length, missing, parameter: requiredRegulations.id },
      ),
    );
    return out;
  },
});

export const submissionRules = [...gov, ...ind, govRegulations, industryRegulations];
