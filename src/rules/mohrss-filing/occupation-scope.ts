// mohrss-filing 二（六）— 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1) — 社会培训评价组织
//
// （六）申报职业（工种）范围
// 现行《中华人民共和国职业分类大典》及我部后续发布的新职业中第三、四、五、六大类中的技能类职业（工种）〔涉及
// 现行《国家职业资格目录》内的职业（工种）另行研究〕，且有相应的国家职业技能标准或经人力资源社会保障部备案公示的
// 评价规范。
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import { eligibleMajorGroups } from '../../parameters/mohrss-filing.js';
import { defineCheck } from '../check.js';
import { occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { mf, mfRule } from './rule.js';

// The major group (大类) is the first digit of the occupation code (D-DD-DD-DD).
export const scopeCategory = mfRule(
  '2/6/category',
  mf('二', '六'),
  '第三、四、五、六大类中的技能类职业（工种）',
  'Skill occupations of major groups 3–6',
  [eligibleMajorGroups.id],
);
// 〔…另行研究〕: an occupation in the national qualification catalogue is studied separately — the rule cannot decide.
export const scopeQualificationCatalogue = mfRule(
  '2/6/qualification-catalogue',
  mf('二', '六'),
  '《国家职业资格目录》内的职业（工种）另行研究',
  'Occupations in the national qualification catalogue are studied separately',
);
export const scopeStandard = mfRule(
  '2/6/standard',
  mf('二', '六'),
  '有国家职业技能标准或经人社部备案公示的评价规范',
  'A national skill standard or a filed evaluation norm exists',
);

export const scopeOccupationFacts = z.strictObject({
  code: occupationCode(),
  skillOccupation: z.boolean().describe('属于技能类职业（工种）'),
  inQualificationCatalogue: z.boolean().describe('属于现行《国家职业资格目录》内的职业（工种）'),
  nationalStandard: z.boolean().describe('有相应的国家职业技能标准'),
  filedNorm: z.boolean().describe('有经人力资源社会保障部备案公示的评价规范'),
});
export type ScopeOccupation = z.infer<typeof scopeOccupationFacts>;

export function occupationScopeFindings(occupations: readonly ScopeOccupation[], asOf: string): Finding[] {
  const groups = parameterAt(eligibleMajorGroups, asOf);
  return occupations.flatMap((o) => {
    const major = o.code.slice(0, 1);
    const inGroup = groups.some((g) => g.id === major);
    const ok = inGroup && o.skillOccupation;
    const out: Finding[] = [
      finding(
        scopeCategory,
        ok,
        ok
          ? `${o.code} 属第${major}大类技能类职业（工种）`
          : !inGroup
            ? `${o.code} 属第${major}大类，不在第三、四、五、六大类之内`
            : `${o.code} 属第${major}大类，但不是技能类职业（工种）`,
        ok
          ? `${o.code} is a skill occupation of major group ${major}`
          : `${o.code} (group ${major}) is outside the filing scope`,
        {
          occupation: o.code,
          majorGroup: Number(major),
          eligibleGroups: groups.map((g) => Number(g.id)),
          skillOccupation: o.skillOccupation,
          parameter: eligibleMajorGroups.id,
        },
      ),
    ];
    out.push(
      o.inQualificationCatalogue
        ? judgement(
            scopeQualificationCatalogue,
            `${o.code} 属《国家职业资格目录》内的职业（工种），按规定“另行研究”`,
            `${o.code} is in the national qualification catalogue: to be studied separately`,
            { occupation: o.code, inQualificationCatalogue: true },
            ['另行研究后纳入备案范围', '不纳入备案范围'],
          )
        : finding(
            scopeQualificationCatalogue,
            true,
            `${o.code} 不在《国家职业资格目录》内`,
            `${o.code} is not in the qualification catalogue`,
            { occupation: o.code, inQualificationCatalogue: false },
          ),
    );
    const std = o.nationalStandard || o.filedNorm;
    out.push(
      finding(
        scopeStandard,
        std,
        std
          ? `${o.code} 有${o.nationalStandard ? '国家职业技能标准' : '经人社部备案公示的评价规范'}`
          : `${o.code} 既无国家职业技能标准，也无经人社部备案公示的评价规范`,
        std
          ? `${o.code} has a national standard or a filed norm`
          : `${o.code} has neither a national standard nor a filed norm`,
        { occupation: o.code, nationalStandard: o.nationalStandard, filedNorm: o.filedNorm },
      ),
    );
    return out;
  });
}

export const occupationScopeCheck = defineCheck({
  name: 'mohrss-filing.social_org.occupation_scope',
  regime: 'mohrss-filing',
  title_zh: '社会培训评价组织申报职业（工种）范围（二（六））',
  title_en: 'Occupations a social organisation may be filed for (二(六))',
  asOf_zh: '备案决定日期',
  facts: z.strictObject({ occupations: z.array(scopeOccupationFacts).min(1).describe('申报的职业（工种）') }),
  example: {
    occupations: [
      {
        code: '4-03-02-01',
        skillOccupation: true,
        inQualificationCatalogue: false,
        nationalStandard: true,
        filedNorm: false,
      },
    ],
  },
  ruleIds: [scopeCategory.id, scopeQualificationCatalogue.id, scopeStandard.id],
  run: (f, ctx) => occupationScopeFindings(f.occupations, ctx.asOf),
});

export const occupationScopeRules = [scopeCategory, scopeQualificationCatalogue, scopeStandard];
