// dept-pilot 五 — 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号）— 时间安排
//
// （一）9月底前完成试点工作方案，提交社会培训评价组织及分支机构遴选标准和首批职业技能等级认定试点机构名单。
// （二）10月上旬指导各地分支机构开展属地备案工作。
// （三）11月中旬前提交社会培训评价组织工作实施方案，完成网上公示，形成试点社会培训评价组织目录，并向社会公布。
//
// The notice fixes calendar dates (2020). 上旬 ends on the 10th and 中旬 on the 20th of the month; those last
// days are the due dates (dated parameters). Not rolled to a working day: the notice names the period itself.
import { z } from 'zod';
import { parameterAt, type Parameter } from '../../parameters/parameter.js';
import { branchFilingGuidanceDue, implementationPlanDue, workPlanDue } from '../../parameters/dept-pilot.js';
import { defineCheck } from '../check.js';
import { deadlineFinding, fixedDue } from '../deadline.js';
import { isoDate } from '../facts.js';
import type { RuleDefinition } from '../rule.js';
import { dp, dpRule } from './rule.js';

export const workPlanRule = dpRule(
  '5/1',
  dp('五', '一'),
  '9月底前完成试点工作方案及遴选标准、首批名单',
  'Work plan by the end of September',
  [workPlanDue.id],
);
export const branchFilingRule = dpRule(
  '5/2',
  dp('五', '二'),
  '10月上旬指导分支机构开展属地备案',
  'Branch local filing guided in early October',
  [branchFilingGuidanceDue.id],
);
export const implementationRule = dpRule(
  '5/3',
  dp('五', '三'),
  '11月中旬前提交实施方案、完成网上公示、形成目录',
  'Implementation plan, publication and directory by mid-November',
  [implementationPlanDue.id],
);

const optionalDate = (d: string) => isoDate(d).nullable();

export const timetableFacts = z.strictObject({
  workPlanSubmittedOn: optionalDate('试点工作方案、遴选标准和首批名单提交日期（未提交填 null）'),
  branchFilingGuidedOn: optionalDate('指导分支机构开展属地备案的日期（未开展填 null）'),
  implementationPlanSubmittedOn: optionalDate('工作实施方案提交并完成网上公示的日期（未完成填 null）'),
});

const step = (
  rule: RuleDefinition,
  p: Parameter<string>,
  what_zh: string,
  what_en: string,
  done: string | null,
  asOf: string,
) => {
  const due = parameterAt(p, asOf);
  return deadlineFinding(
    rule,
    what_zh,
    what_en,
    fixedDue(
      due,
      `通知规定的完成时间：${p.description_zh}（${due}）`,
      `Set by the notice: ${p.description_en} (${due})`,
    ),
    done,
    asOf,
    { parameter: p.id },
  );
};

export const timetableCheck = defineCheck({
  name: 'dept-pilot.timetable',
  regime: 'dept-pilot',
  title_zh: '试点时间安排（五）',
  title_en: 'Pilot timetable (五)',
  asOf_zh: '审查日期',
  facts: timetableFacts,
  example: {
    workPlanSubmittedOn: '2020-09-29',
    branchFilingGuidedOn: '2020-10-09',
    implementationPlanSubmittedOn: '2020-11-16',
  },
  ruleIds: [workPlanRule.id, branchFilingRule.id, implementationRule.id],
  run: (f, ctx) => [
    step(
      workPlanRule,
      workPlanDue,
      '试点工作方案、遴选标准和首批名单',
      'Work plan and first list',
      f.workPlanSubmittedOn,
      ctx.asOf,
    ),
    step(
      branchFilingRule,
      branchFilingGuidanceDue,
      '指导分支机构开展属地备案',
      'Guiding branches to file locally',
      f.branchFilingGuidedOn,
      ctx.asOf,
    ),
    step(
      implementationRule,
      implementationPlanDue,
      '提交实施方案并完成网上公示',
      'Implementation plan and publication',
      f.implementationPlanSubmittedOn,
      ctx.asOf,
    ),
  ],
});

export const timetableRules = [workPlanRule, branchFilingRule, implementationRule];
