// mohrss-filing 二（七）— 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1) — 社会培训评价组织
//
// （七）禁止性规定
// 1.政府及其所属部门（事业单位、未与政府部门脱钩的社会团体）不能申报。
// 2.有以下情形之一者不能申报：（1）申请机构及法定代表人在培训评价领域有违法违规及失信行为（如有）；（2）社会
//   团体、民营非企业等 3 年内民政部门年审不合格；（3）社会团体、民营非企业在民政部门非法社会组织名单内；（4）企业
//   3 年内在市场监管部门公布的企业经营异常目录内；（5）机构在人才评价领域有不良记录。
//
// Look-backs run from the decision date (asOf), inclusive. 院校 are named as eligible applicants in 二（五）1, so
// a school is not treated as a barred 事业单位 under 1.; other 事业单位 (including public training bases and
// research institutes, which gz-rules §7(1) exempts in Guizhou) are barred nationally (docs/decisions/0011).
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import { businessAnomalyLookbackYears, civilAffairsLookbackYears } from '../../parameters/mohrss-filing.js';
import { defineCheck } from '../check.js';
import { events, legalForm, listings, type LegalForm } from '../facts.js';
import type { Finding } from '../finding.js';
import { happenedWithin, listedOn, listedWithin, lookbackStart } from '../lookback.js';
import { finding, judgement } from '../rule.js';
import { mf, mfRule } from './rule.js';

export const governmentBodies = mfRule(
  '2/7/1',
  mf('二', '七', 1),
  '政府及其所属部门（事业单位、未脱钩的社会团体）不能申报',
  'Government bodies, public institutions and non-decoupled social groups may not apply',
);
export const misconduct = mfRule(
  '2/7/2/1',
  mf('二', '七', 2, 1),
  '申请机构及法定代表人在培训评价领域无违法违规及失信行为',
  'No violation or bad credit of the applicant or its legal representative',
);
export const civilAffairsReview = mfRule(
  '2/7/2/2',
  mf('二', '七', 2, 2),
  '社会团体、民营非企业 3 年内民政部门年审合格',
  'Social groups / private non-enterprises: no failed annual review in 3 years',
  [civilAffairsLookbackYears.id],
);
export const illegalList = mfRule(
  '2/7/2/3',
  mf('二', '七', 2, 3),
  '社会团体、民营非企业不在非法社会组织名单内',
  'Not on the list of illegal social organisations',
);
export const businessAnomaly = mfRule(
  '2/7/2/4',
  mf('二', '七', 2, 4),
  '企业 3 年内不在经营异常目录内',
  'Enterprises: not on the business-anomaly list in 3 years',
  [businessAnomalyLookbackYears.id],
);
export const talentEvaluationRecord = mfRule(
  '2/7/2/5',
  mf('二', '七', 2, 5),
  '机构在人才评价领域无不良记录',
  'No bad record in talent evaluation',
);

const FORM_ZH: Record<LegalForm, string> = {
  enterprise: '企业',
  school: '院校',
  public_training_base: '公共实训基地（事业单位）',
  research_institute: '科研院所（事业单位）',
  public_institution: '事业单位',
  government_body: '政府及其所属部门',
  social_group: '社会团体',
  private_non_enterprise: '民营非企业单位',
};
const SOCIAL: LegalForm[] = ['social_group', 'private_non_enterprise'];

const record = z.strictObject({
  recordedOn: z.iso.date().describe('记录日期'),
  clearedOn: z.iso.date().nullable().optional().describe('撤销或信用修复日期（仍有效填 null 或不填）'),
  description: z.string().max(500).optional().describe('说明'),
});

export const socialOrgProhibitionFacts = z.strictObject({
  legalForm,
  decoupledFromGovernment: z.boolean().optional().describe('社会团体是否已与政府部门脱钩（社会团体须填写）'),
  misconductRecords: z
    .array(
      record.extend({
        party: z
          .enum(['institution', 'legal_representative'])
          .describe('institution 申请机构 / legal_representative 法定代表人'),
      }),
    )
    .describe('申请机构及法定代表人在培训评价领域的违法违规及失信行为'),
  annualInspectionFailures: events('民政部门年审不合格（结论日期）'),
  illegalSocialOrgListings: listings('列入民政部门非法社会组织名单的期间'),
  businessAnomalyListings: listings('列入市场监管部门企业经营异常目录的期间'),
  talentEvaluationBadRecords: z.array(record).describe('机构在人才评价领域的不良记录'),
});
type Facts = z.infer<typeof socialOrgProhibitionFacts>;

const active = <T extends { recordedOn: string; clearedOn?: string | null | undefined }>(
  rs: readonly T[],
  asOf: string,
) => rs.filter((r) => r.recordedOn <= asOf && (!r.clearedOn || r.clearedOn > asOf));

function governmentFinding(f: Facts): Finding {
  const values = { legalForm: f.legalForm, decoupledFromGovernment: f.decoupledFromGovernment ?? null };
  switch (f.legalForm) {
    case 'government_body':
    case 'public_institution':
    case 'public_training_base':
    case 'research_institute':
      return finding(
        governmentBodies,
        false,
        `${FORM_ZH[f.legalForm]}不能申报社会培训评价组织`,
        `${f.legalForm} may not apply`,
        values,
      );
    case 'social_group':
      if (f.decoupledFromGovernment === undefined)
        return judgement(
          governmentBodies,
          '社会团体是否已与政府部门脱钩尚未认定',
          'Whether the social group is decoupled is not established',
          values,
          ['已脱钩（可申报）', '未脱钩（不能申报）'],
        );
      return finding(
        governmentBodies,
        f.decoupledFromGovernment,
        f.decoupledFromGovernment ? '社会团体已与政府部门脱钩' : '未与政府部门脱钩的社会团体不能申报',
        f.decoupledFromGovernment
          ? 'Decoupled social group'
          : 'A social group not decoupled from government may not apply',
        values,
      );
    case 'school':
      return finding(
        governmentBodies,
        true,
        '院校属二（五）1 列明的申报主体，不按本项禁止',
        'Schools are named applicants in 二(五)1',
        values,
      );
    default:
      return finding(
        governmentBodies,
        true,
        `${FORM_ZH[f.legalForm]}不属政府及其所属部门`,
        `${f.legalForm} is not a government affiliate`,
        values,
      );
  }
}

export function socialOrgProhibitionFindings(f: Facts, asOf: string): Finding[] {
  const isSocial = SOCIAL.includes(f.legalForm);
  const misconductNow = active(f.misconductRecords, asOf);
  const civilYears = parameterAt(civilAffairsLookbackYears, asOf);
  const failures = f.annualInspectionFailures.filter((e) => happenedWithin(e.on, asOf, civilYears));
  const listedNow = f.illegalSocialOrgListings.filter((l) => listedOn(l, asOf));
  const anomalyYears = parameterAt(businessAnomalyLookbackYears, asOf);
  const anomalies = f.businessAnomalyListings.filter((l) => listedWithin(l, asOf, anomalyYears));
  const badRecords = active(f.talentEvaluationBadRecords, asOf);
  const na = (rule: typeof misconduct, who_zh: string, who_en: string) =>
    finding(rule, true, `非${who_zh}，本项不适用`, `Not ${who_en}; not applicable`, {
      legalForm: f.legalForm,
    });
  return [
    governmentFinding(f),
    finding(
      misconduct,
      misconductNow.length === 0,
      misconductNow.length === 0
        ? '申请机构及法定代表人在培训评价领域无有效的违法违规及失信记录'
        : `存在 ${misconductNow.length} 条有效的违法违规及失信记录`,
      misconductNow.length === 0 ? 'No standing record' : `${misconductNow.length} standing record(s)`,
      { records: misconductNow },
    ),
    !isSocial
      ? na(civilAffairsReview, '社会团体、民营非企业', 'a social group or private non-enterprise')
      : finding(
          civilAffairsReview,
          failures.length === 0,
          failures.length === 0
            ? `${lookbackStart(asOf, civilYears)} 至 ${asOf}（${civilYears} 年内）无民政部门年审不合格`
            : `${lookbackStart(asOf, civilYears)} 至 ${asOf}（${civilYears} 年内）年审不合格：${failures.map((e) => e.on).join('、')}`,
          failures.length === 0
            ? `No failed review within ${civilYears} years`
            : `Failed review(s) within ${civilYears} years`,
          {
            windowFrom: lookbackStart(asOf, civilYears),
            windowTo: asOf,
            lookbackYears: civilYears,
            failures: failures.map((e) => e.on),
            parameter: civilAffairsLookbackYears.id,
          },
        ),
    !isSocial
      ? na(illegalList, '社会团体、民营非企业', 'a social group or private non-enterprise')
      : finding(
          illegalList,
          listedNow.length === 0,
          listedNow.length === 0
            ? `${asOf} 不在民政部门非法社会组织名单内`
            : `${asOf} 在民政部门非法社会组织名单内`,
          listedNow.length === 0 ? 'Not on the list' : 'On the list',
          { asOf, listings: listedNow },
        ),
    f.legalForm !== 'enterprise'
      ? na(businessAnomaly, '企业', 'an enterprise')
      : finding(
          businessAnomaly,
          anomalies.length === 0,
          anomalies.length === 0
            ? `${lookbackStart(asOf, anomalyYears)} 至 ${asOf}（${anomalyYears} 年内）未在企业经营异常目录内`
            : `${lookbackStart(asOf, anomalyYears)} 至 ${asOf}（${anomalyYears} 年内）曾在企业经营异常目录内`,
          anomalies.length === 0
            ? `Not listed within ${anomalyYears} years`
            : `Listed within ${anomalyYears} years`,
          {
            windowFrom: lookbackStart(asOf, anomalyYears),
            windowTo: asOf,
            lookbackYears: anomalyYears,
            listings: anomalies,
            parameter: businessAnomalyLookbackYears.id,
          },
        ),
    finding(
      talentEvaluationRecord,
      badRecords.length === 0,
      badRecords.length === 0
        ? '机构在人才评价领域无不良记录'
        : `机构在人才评价领域有 ${badRecords.length} 条不良记录`,
      badRecords.length === 0 ? 'No bad record in talent evaluation' : `${badRecords.length} bad record(s)`,
      { records: badRecords },
    ),
  ];
}

export const socialOrgProhibitionsCheck = defineCheck({
  name: 'mohrss-filing.social_org.prohibitions',
  regime: 'mohrss-filing',
  title_zh: '社会培训评价组织备案禁止性规定（二（七））',
  title_en: 'Prohibitions on filing a social organisation (二(七))',
  asOf_zh: '备案决定日期（3 年自此日回算）',
  facts: socialOrgProhibitionFacts,
  example: {
    legalForm: 'enterprise',
    misconductRecords: [],
    annualInspectionFailures: [],
    illegalSocialOrgListings: [],
    businessAnomalyListings: [],
    talentEvaluationBadRecords: [],
  },
  ruleIds: [
    governmentBodies.id,
    misconduct.id,
    civilAffairsReview.id,
    illegalList.id,
    businessAnomaly.id,
    talentEvaluationRecord.id,
  ],
  run: (f, ctx) => socialOrgProhibitionFindings(f, ctx.asOf),
});

export const socialOrgProhibitionRules = [
  governmentBodies,
  misconduct,
  civilAffairsReview,
  illegalList,
  businessAnomaly,
  talentEvaluationRecord,
];
