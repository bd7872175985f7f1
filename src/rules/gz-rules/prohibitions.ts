// gz-rules §7 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 禁止申报情形
//
// 第七条  具有以下情形之一的单位，不得申报成为评价机构。
// Every look-back is measured from the decision date (asOf), inclusive: "近3年内" = [asOf − 3 years, asOf].
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import { businessAnomalyLookbackYears, civilAffairsLookbackYears } from '../../parameters/gz-rules.js';
import { defineCheck } from '../check.js';
import { events, legalForm, listings, type LegalForm } from '../facts.js';
import type { Finding } from '../finding.js';
import { happenedWithin, listedOn, listedWithin, lookbackStart } from '../lookback.js';
import { finding, judgement } from '../rule.js';
import { gz, gzRule } from './rule.js';

// （一）政府及其所属部门（特指除院校、公共实训基地、科研院所之外的事业单位，以及未与政府部门脱钩的社会
// 团体）申请成为社会培训评价组织的；
export const governmentBodies = gzRule(
  '7/1',
  gz(7, 1),
  '政府及其所属部门不得申请成为社会培训评价组织',
  'Government bodies and their affiliates may not apply as social organisations',
);

// （二）机构及法定代表人在培训评价领域存在违法违规行为或失信记录的；
export const misconduct = gzRule(
  '7/2',
  gz(7, 2),
  '机构及法定代表人在培训评价领域无违法违规行为或失信记录',
  'No violation or bad-credit record of the institution or its legal representative',
);

// （三）社会团体、民办非企业单位近3年内经民政部门年检不合格的；
export const civilAffairsInspection = gzRule(
  '7/3',
  gz(7, 3),
  '社会团体、民办非企业单位近3年内民政部门年检合格',
  'Social groups and private non-enterprise units: no failed annual inspection in 3 years',
  [civilAffairsLookbackYears.id],
);

// （四）社会团体、民办非企业单位被列入民政部门非法社会组织名单的；
export const illegalSocialOrgList = gzRule(
  '7/4',
  gz(7, 4),
  '未被列入民政部门非法社会组织名单',
  'Not on the civil-affairs list of illegal social organisations',
);

// （五）企业近3年内在市场监管部门公布的经营异常目录内的；
export const businessAnomaly = gzRule(
  '7/5',
  gz(7, 5),
  '企业近3年内未在经营异常目录内',
  'Enterprises: not on the business-anomaly list in 3 years',
  [businessAnomalyLookbackYears.id],
);

// （六）已开展的职业技能培训评价业务被纳入巡视、巡察、审计等专项整治范围，且尚未整改完成的。
export const specialRectification = gzRule(
  '7/6',
  gz(7, 6),
  '培训评价业务不在未完成整改的专项整治范围内',
  'Not under an unfinished special rectification',
);

const SOCIAL_ORGS: LegalForm[] = ['social_group', 'private_non_enterprise'];
const FORM_ZH: Record<LegalForm, string> = {
  enterprise: '企业',
  school: '院校',
  public_training_base: '公共实训基地',
  research_institute: '科研院所',
  public_institution: '事业单位',
  government_body: '政府及其所属部门',
  social_group: '社会团体',
  private_non_enterprise: '民办非企业单位',
};

export const prohibitionFacts = z.strictObject({
  applyingAs: z
    .enum(['employer', 'school', 'social_org'])
    .describe('申报类型：employer 用人单位 / school 院校 / social_org 社会培训评价组织'),
  legalForm,
  decoupledFromGovernment: z
    .boolean()
    .optional()
    .describe('社会团体是否已与政府部门脱钩（社会团体申请成为社会培训评价组织时须填写）'),
  misconductRecords: z
    .array(
      z.strictObject({
        party: z
          .enum(['institution', 'legal_representative'])
          .describe('记录涉及：institution 机构 / legal_representative 法定代表人'),
        recordedOn: z.iso.date().describe('记录日期'),
        clearedOn: z.iso
          .date()
          .nullable()
          .optional()
          .describe('记录撤销或信用修复日期（仍有效填 null 或不填）'),
        description: z.string().max(500).optional().describe('违法违规行为或失信记录说明'),
      }),
    )
    .describe('机构及法定代表人在培训评价领域的违法违规行为或失信记录'),
  annualInspectionFailures: events('民政部门年检不合格（结论日期）'),
  illegalSocialOrgListings: listings('列入民政部门非法社会组织名单的期间'),
  businessAnomalyListings: listings('列入市场监管部门经营异常目录的期间'),
  specialRectifications: z
    .array(
      z.strictObject({
        kind: z
          .enum(['inspection_tour', 'audit', 'other'])
          .describe('整治类别：inspection_tour 巡视、巡察 / audit 审计 / other 其他专项整治'),
        startedOn: z.iso.date().describe('纳入专项整治范围的日期'),
        completedOn: z.iso.date().nullable().optional().describe('整改完成日期（未完成填 null 或不填）'),
      }),
    )
    .describe('培训评价业务被纳入巡视、巡察、审计等专项整治的情况'),
});
type ProhibitionFacts = z.infer<typeof prohibitionFacts>;

function governmentFinding(f: ProhibitionFacts): Finding {
  const values = {
    applyingAs: f.applyingAs,
    legalForm: f.legalForm,
    decoupledFromGovernment: f.decoupledFromGovernment ?? null,
  };
  if (f.applyingAs !== 'social_org')
    return finding(
      governmentBodies,
      true,
      '非申请成为社会培训评价组织，本项不适用',
      'Not applying as a social organisation; not applicable',
      values,
    );
  if (f.legalForm === 'government_body' || f.legalForm === 'public_institution')
    return finding(
      governmentBodies,
      false,
      `${FORM_ZH[f.legalForm]}不得申请成为社会培训评价组织`,
      `${f.legalForm} may not apply as a social organisation`,
      values,
    );
  if (f.legalForm === 'social_group') {
    if (f.decoupledFromGovernment === undefined)
      return judgement(
        governmentBodies,
        '社会团体是否已与政府部门脱钩尚未认定',
        'Whether the social group is decoupled from government is not established',
        values,
        ['已脱钩（可申报）', '未脱钩（不得申报）'],
      );
    return finding(
      governmentBodies,
      f.decoupledFromGovernment,
      f.decoupledFromGovernment
        ? '社会团体已与政府部门脱钩'
        : '未与政府部门脱钩的社会团体不得申请成为社会培训评价组织',
      f.decoupledFromGovernment
        ? 'Social group decoupled from government'
        : 'A social group not decoupled from government may not apply',
      values,
    );
  }
  return finding(
    governmentBodies,
    true,
    `${FORM_ZH[f.legalForm]}不属于本项禁止的政府所属单位${['school', 'public_training_base', 'research_institute'].includes(f.legalForm) ? '（院校、公共实训基地、科研院所除外）' : ''}`,
    `${f.legalForm} is not a prohibited government affiliate`,
    values,
  );
}

export function gzProhibitionFindings(f: ProhibitionFacts, asOf: string): Finding[] {
  const out: Finding[] = [governmentFinding(f)];

  const active = f.misconductRecords.filter(
    (r) => r.recordedOn <= asOf && (!r.clearedOn || r.clearedOn > asOf),
  );
  out.push(
    finding(
      misconduct,
      active.length === 0,
      active.length === 0
        ? '机构及法定代表人在培训评价领域无有效的违法违规或失信记录'
        : `存在 ${active.length} 条有效的违法违规或失信记录（${active.map((r) => `${r.party === 'institution' ? '机构' : '法定代表人'} ${r.recordedOn}`).join('；')}）`,
      active.length === 0
        ? 'No standing violation or bad-credit record'
        : `${active.length} standing record(s)`,
      { records: active },
    ),
  );

  const isSocial = SOCIAL_ORGS.includes(f.legalForm);
  const civilYears = parameterAt(civilAffairsLookbackYears, asOf);
  const failures = f.annualInspectionFailures.filter((e) => happenedWithin(e.on, asOf, civilYears));
  out.push(
    !isSocial
      ? finding(
          civilAffairsInspection,
          true,
          '非社会团体、民办非企业单位，本项不适用',
          'Not a social group or private non-enterprise unit; not applicable',
          { legalForm: f.legalForm },
        )
      : finding(
          civilAffairsInspection,
          failures.length === 0,
          failures.length === 0
            ? `${lookbackStart(asOf, civilYears)} 至 ${asOf}（近${civilYears}年）无民政部门年检不合格`
            : `${lookbackStart(asOf, civilYears)} 至 ${asOf}（近${civilYears}年）内年检不合格：${failures.map((e) => e.on).join('、')}`,
          failures.length === 0
            ? `No failed inspection in the ${civilYears} years to ${asOf}`
            : `Failed inspection(s) within ${civilYears} years: ${failures.map((e) => e.on).join(', ')}`,
          {
            windowFrom: lookbackStart(asOf, civilYears),
            windowTo: asOf,
            lookbackYears: civilYears,
            failures: failures.map((e) => e.on),
            parameter: civilAffairsLookbackYears.id,
          },
        ),
  );

  const listedNow = f.illegalSocialOrgListings.filter((l) => listedOn(l, asOf));
  out.push(
    !isSocial
      ? finding(
          illegalSocialOrgList,
          true,
          '非社会团体、民办非企业单位，本项不适用',
          'Not a social group or private non-enterprise unit; not applicable',
          { legalForm: f.legalForm },
        )
      : finding(
          illegalSocialOrgList,
          listedNow.length === 0,
          listedNow.length === 0
            ? `${asOf} 不在民政部门非法社会组织名单内`
            : `${asOf} 在民政部门非法社会组织名单内（自 ${listedNow[0]!.from}）`,
          listedNow.length === 0 ? `Not on the list on ${asOf}` : `On the list on ${asOf}`,
          { asOf, listings: listedNow },
        ),
  );

  const anomalyYears = parameterAt(businessAnomalyLookbackYears, asOf);
  const anomalies = f.businessAnomalyListings.filter((l) => listedWithin(l, asOf, anomalyYears));
  out.push(
    f.legalForm !== 'enterprise'
      ? finding(businessAnomaly, true, '非企业，本项不适用', 'Not an enterprise; not applicable', {
          legalForm: f.legalForm,
        })
      : finding(
          businessAnomaly,
          anomalies.length === 0,
          anomalies.length === 0
            ? `${lookbackStart(asOf, anomalyYears)} 至 ${asOf}（近${anomalyYears}年）未在经营异常目录内`
            : `${lookbackStart(asOf, anomalyYears)} 至 ${asOf}（近${anomalyYears}年）内曾在经营异常目录内（${anomalies.map((l) => `${l.from} 至 ${l.to ?? '今'}`).join('；')}）`,
          anomalies.length === 0
            ? `Not on the list in the ${anomalyYears} years to ${asOf}`
            : `On the list within ${anomalyYears} years`,
          {
            windowFrom: lookbackStart(asOf, anomalyYears),
            windowTo: asOf,
            lookbackYears: anomalyYears,
            listings: anomalies,
            parameter: businessAnomalyLookbackYears.id,
          },
        ),
  );

  const open = f.specialRectifications.filter(
    (r) => r.startedOn <= asOf && (!r.completedOn || r.completedOn > asOf),
  );
  out.push(
    finding(
      specialRectification,
      open.length === 0,
      open.length === 0
        ? '培训评价业务不在尚未整改完成的专项整治范围内'
        : `培训评价业务被纳入专项整治且尚未整改完成（自 ${open.map((r) => r.startedOn).join('、')}）`,
      open.length === 0
        ? 'No unfinished special rectification'
        : 'Under a special rectification not yet completed',
      { open },
    ),
  );
  return out;
}

export const prohibitionsCheck = defineCheck({
  name: 'gz-rules.prohibitions',
  regime: 'gz-rules',
  title_zh: '不得申报的情形（第七条）',
  title_en: 'Grounds barring an application (§7)',
  asOf_zh: '遴选决定日期（近3年自此日回算）',
  facts: prohibitionFacts,
  example: {
    applyingAs: 'social_org',
    legalForm: 'private_non_enterprise',
    misconductRecords: [],
    annualInspectionFailures: [],
    illegalSocialOrgListings: [],
    businessAnomalyListings: [],
    specialRectifications: [],
  },
  ruleIds: [
    governmentBodies.id,
    misconduct.id,
    civilAffairsInspection.id,
    illegalSocialOrgList.id,
    businessAnomaly.id,
    specialRectification.id,
  ],
  run: (f, ctx) => gzProhibitionFindings(f, ctx.asOf),
});

export const prohibitionRules = [
  governmentBodies,
  misconduct,
  civilAffairsInspection,
  illegalSocialOrgList,
  businessAnomaly,
  specialRectification,
];
