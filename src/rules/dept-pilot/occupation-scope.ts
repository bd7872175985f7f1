// dept-pilot 二（二）— 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号）
//
// （二）试点职业（工种）范围为职业资格目录内水平评价类技能人员职业（工种）。其中拟转入准入类职业（工种）不纳入试点范围。
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { occupationCode } from '../facts.js';
import { finding } from '../rule.js';
import { dp, dpRule } from './rule.js';

export const pilotOccupations = dpRule(
  '2/2',
  dp('二', '二'),
  '试点职业为职业资格目录内水平评价类技能人员职业，拟转入准入类的除外',
  'Pilot occupations: level-evaluation skill occupations of the qualification catalogue, except those moving to access-type',
);

export const pilotOccupationFacts = z.strictObject({
  occupations: z
    .array(
      z.strictObject({
        code: occupationCode(),
        inQualificationCatalogue: z.boolean().describe('属职业资格目录内的技能人员职业（工种）'),
        qualificationType: z
          .enum(['level_evaluation', 'access'])
          .describe('职业资格类别：level_evaluation 水平评价类 / access 准入类'),
        movingToAccess: z.boolean().describe('拟转入准入类'),
      }),
    )
    .min(1)
    .describe('拟纳入试点的职业（工种）'),
});

export const pilotOccupationCheck = defineCheck({
  name: 'dept-pilot.occupation_scope',
  regime: 'dept-pilot',
  title_zh: '试点职业（工种）范围（二（二））',
  title_en: 'Occupations in the pilot (二(二))',
  asOf_zh: '审核日期',
  facts: pilotOccupationFacts,
  example: {
    occupations: [
      {
        code: '4-02-01-01',
        inQualificationCatalogue: true,
        qualificationType: 'level_evaluation',
        movingToAccess: false,
      },
    ],
  },
  ruleIds: [pilotOccupations.id],
  run: (f) =>
    f.occupations.map((o) => {
      const reasons: string[] = [];
      if (!o.inQualificationCatalogue) reasons.push('不在职业资格目录内');
      if (o.qualificationType !== 'level_evaluation') reasons.push('不属水平评价类');
      if (o.movingToAccess) reasons.push('拟转入准入类');
      return finding(
        pilotOccupations,
        reasons.length === 0,
        reasons.length === 0
          ? `${o.code} 为职业资格目录内水平评价类职业（工种），可纳入试点`
          : `${o.code} 不纳入试点：${reasons.join('、')}`,
        reasons.length === 0 ? `${o.code} may be in the pilot` : `${o.code} is outside the pilot`,
        {
          occupation: o.code,
          inQualificationCatalogue: o.inQualificationCatalogue,
          qualificationType: o.qualificationType,
          movingToAccess: o.movingToAccess,
        },
      );
    }),
});
