// 1x-exit §5, §7(4) — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 — 取消资质的情形
//
// 第五条  培训评价组织实施职业技能等级证书中，出现以下情形之一的，由相关部门调查核实后，可按规定取消培训评价
// 组织资质或职业技能等级证书实施资格。
// （一）《管理办法》第二十八条列出的七种情形；
// （二）自批准后一年内未启动开展相关工作；
// （三）两年内未开展更新职业技能等级证书标准、考核题库等相关工作；
// （四）连续两年内未开展或无人报名参加职业技能等级水平评价，或连续两年内无院校选择实施；
// （五）来自“双随机、一公开”检查、证书信息管理服务平台、投诉举报等渠道反映问题较多、未按要求整改到位的；
// （六）培训评价组织实施职业技能等级证书工作监测评价结果为 D 档且未按要求整改到位的；
// （七）出现重大违法失信行为；
// （八）出现重大资产损失、企业破产等重大风险；
// （九）存在其他严重影响培训评价组织正常运转的情况。
// 第七条 （四）对经查实存在问题但尚不构成取消情形的，视情节给予约谈、警告、通报、责令限期整改、限制实施规模、
// 扣减有关经费等处理。
//
// Each ground passes when absent and fails when present. "可按规定取消" gives the authority a choice, so
// when a ground is present the article itself (rule 1x-exit/5) needs judgement: revoke the organisation,
// revoke the certificate programme, or treat it under §7(4). Periods of years are complete on the
// anniversary (addYears), measured to the decision date (asOf): a ground of "N 年内未…" exists once N
// years have run from the last time the thing was done (or from approval, if never) with nothing since.
import { z } from 'zod';
import { addYears } from '../../calendar/calendar-days.js';
import {
  failingRatingGrades,
  noEvaluationYears,
  noStartYears,
  noUpdateYears,
} from '../../parameters/1x-exit.js';
import { parameterAt } from '../../parameters/parameter.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { assessment, isoDate } from '../facts.js';
import { type Finding } from '../finding.js';
import { finding, judgement, type RuleDefinition } from '../rule.js';
import { groundFinding } from '../1x-selection/grounds.js';
import { section28Facts, section28Findings, section28Rules } from '../1x-selection/revocation.js';
import { ex, exitRule } from './rule.js';

export const revocationDecision = exitRule(
  '5',
  ex(5),
  '出现第五条情形之一的，经调查核实后可按规定取消组织资质或证书实施资格',
  'Where a §5 ground is verified, the qualification or the certificate programme MAY be revoked',
);
export const section28Grounds = exitRule(
  '5/1',
  ex(5, 1),
  '《管理办法》第二十八条列出的七种情形',
  'The seven grounds of 1x-selection §28',
);
export const noStart = exitRule(
  '5/2',
  ex(5, 2),
  '自批准后一年内未启动开展相关工作',
  'No work started within one year of approval',
  [noStartYears.id],
);
export const noUpdate = exitRule(
  '5/3',
  ex(5, 3),
  '两年内未开展更新证书标准、考核题库等相关工作',
  'No update of the standard or question bank for two years',
  [noUpdateYears.id],
);
export const noEvaluations = exitRule(
  '5/4/evaluations',
  ex(5, 4),
  '连续两年内未开展或无人报名参加职业技能等级水平评价',
  'Two consecutive years without evaluations, or without candidates',
  [noEvaluationYears.id],
);
export const noSchools = exitRule(
  '5/4/schools',
  ex(5, 4),
  '连续两年内无院校选择实施',
  'Two consecutive years in which no school implemented the certificate',
  [noEvaluationYears.id],
);
export const channelProblems = exitRule(
  '5/5',
  ex(5, 5),
  '各渠道反映问题较多、未按要求整改到位',
  'Many problems reported through inspections, the platform or complaints, not rectified',
);
export const failingRating = exitRule(
  '5/6',
  ex(5, 6),
  '监测评价结果为 D 档且未按要求整改到位',
  'Monitoring rating D and not rectified',
  [failingRatingGrades.id],
);
export const majorIllegality = exitRule(
  '5/7',
  ex(5, 7),
  '出现重大违法失信行为',
  'Major unlawful or dishonest conduct',
);
export const majorRisk = exitRule(
  '5/8',
  ex(5, 8),
  '出现重大资产损失、企业破产等重大风险',
  'Major risk such as heavy asset losses or bankruptcy',
);
export const otherDisruption = exitRule(
  '5/9',
  ex(5, 9),
  '存在其他严重影响培训评价组织正常运转的情况',
  'Other circumstances seriously affecting normal operation',
);
export const lesserMeasures = exitRule(
  '7/4',
  ex(7, 4),
  '查实存在问题但不构成取消情形的，视情节给予约谈、警告、通报、责令限期整改、限制实施规模、扣减有关经费等处理',
  'Verified problems short of a ground: interview, warning, public criticism, rectification order, scale restriction or funding deduction, as the case warrants',
);

export const LESSER_MEASURES = ['约谈', '警告', '通报', '责令限期整改', '限制实施规模', '扣减有关经费'];
export const REVOCATION_OPTIONS = [
  '取消培训评价组织资质（其证书实施资格相应取消，第二条第三款）',
  '取消该职业技能等级证书实施资格',
  '不予取消，按第七条第（四）项视情节处理',
];

const rectifiable = (what_zh: string) =>
  z
    .enum(['none', 'rectified', 'not_rectified'])
    .describe(`${what_zh}：none 无 / rectified 有但已按要求整改到位 / not_rectified 有且未按要求整改到位`);

export const revocationFacts = z.strictObject({
  approvedOn: isoDate('批准实施该职业技能等级证书之日'),
  section28: section28Facts,
  workStartedOn: isoDate('启动开展相关工作的日期')
    .nullable()
    .describe('启动开展相关工作的日期（未启动填 null）'),
  lastUpdateOn: isoDate('最近一次更新证书标准、考核题库等的日期')
    .nullable()
    .describe('最近一次更新证书标准、考核题库等的日期（批准后从未更新填 null）'),
  lastEvaluationWithCandidatesOn: isoDate('最近一次开展且有人报名参加的职业技能等级水平评价日期')
    .nullable()
    .describe('最近一次开展且有人报名参加的职业技能等级水平评价日期（批准后从未有过填 null）'),
  lastSchoolImplementationOn: isoDate('最近有院校选择实施该证书的日期')
    .nullable()
    .describe('最近有院校选择实施该证书的日期（批准后从未有过填 null）'),
  channelProblems: rectifiable(
    '“双随机、一公开”检查、证书信息管理服务平台、投诉举报等渠道反映问题较多（第（五）项）',
  ),
  monitoringRating: z
    .strictObject({
      grade: z.enum(['A', 'B', 'C', 'D']).describe('监测评价档次'),
      rectified: z.boolean().describe('已按要求整改到位'),
    })
    .nullable()
    .describe('最近一次监测评价结果（尚无评价填 null）'),
  majorIllegality: assessment('出现重大违法失信行为（第（七）项）'),
  majorRisk: assessment('出现重大资产损失、企业破产等重大风险（第（八）项）'),
  otherDisruption: assessment('存在其他严重影响培训评价组织正常运转的情况（第（九）项）'),
  verifiedProblems: z.boolean().describe('经查实存在问题（不构成取消情形时适用第七条第（四）项）'),
});
type RevocationFacts = z.infer<typeof revocationFacts>;

/**
 * "N 年内未…" measured back from the decision date: present when N years have run since `since` (the
 * last time it was done, else approval) without it being done again.
 */
function lapseGround(
  rule: RuleDefinition,
  years: number,
  since: string,
  sinceIsApproval: boolean,
  asOf: string,
  what_zh: string,
  what_en: string,
): Finding {
  const reachedOn = addYears(since, years);
  const present = asOf >= reachedOn;
  const from_zh = sinceIsApproval ? `自批准（${since}）后从未${what_zh}` : `最近一次${what_zh}为 ${since}`;
  const from_en = sinceIsApproval
    ? `never ${what_en} since approval (${since})`
    : `last ${what_en} on ${since}`;
  return finding(
    rule,
    !present,
    present
      ? `存在情形：${from_zh}，至 ${asOf} 已满${years}年（${reachedOn} 届满）`
      : `不存在情形：${from_zh}，至 ${asOf} 未满${years}年（${reachedOn} 届满）`,
    present
      ? `Ground present: ${from_en}; ${years} years reached on ${reachedOn}, before ${asOf}`
      : `Ground absent: ${from_en}; ${years} years only on ${reachedOn}`,
    { since, sinceIsApproval, years, reachedOn, decisionOn: asOf, present },
  );
}

function noStartFinding(f: RevocationFacts, asOf: string): Finding {
  const years = parameterAt(noStartYears, asOf);
  const deadline = addYears(f.approvedOn, years);
  const values = { approvedOn: f.approvedOn, workStartedOn: f.workStartedOn, years, yearEndsOn: deadline };
  // The first year is [approvedOn, deadline): work started on the anniversary is already late.
  if (f.workStartedOn !== null && f.workStartedOn < deadline)
    return finding(
      noStart,
      true,
      `不存在情形：${f.approvedOn} 批准，${f.workStartedOn} 启动，在${years}年内（${deadline} 前）`,
      `Ground absent: approved ${f.approvedOn}, started ${f.workStartedOn}, within ${years} year(s) (before ${deadline})`,
      { ...values, present: false },
    );
  if (f.workStartedOn === null && asOf < deadline)
    return finding(
      noStart,
      true,
      `不存在情形：${f.approvedOn} 批准，尚未启动，但至 ${asOf} 未满${years}年（${deadline} 届满）`,
      `Ground absent: approved ${f.approvedOn}, not yet started, but ${years} year(s) run only on ${deadline}`,
      { ...values, present: false, pending: true },
    );
  return finding(
    noStart,
    false,
    f.workStartedOn === null
      ? `存在情形：${f.approvedOn} 批准，至 ${asOf} 已满${years}年（${deadline}）仍未启动开展相关工作`
      : `存在情形：${f.approvedOn} 批准，${f.workStartedOn} 方启动，超过${years}年（${deadline} 届满）`,
    f.workStartedOn === null
      ? `Ground present: approved ${f.approvedOn}, nothing started by ${asOf} (${years} year(s) reached on ${deadline})`
      : `Ground present: approved ${f.approvedOn}, started only on ${f.workStartedOn}, after ${years} year(s) (${deadline})`,
    { ...values, present: true },
  );
}

function ratingFinding(f: RevocationFacts, asOf: string): Finding {
  const failing = parameterAt(failingRatingGrades, asOf);
  const r = f.monitoringRating;
  const present = r !== null && failing.includes(r.grade) && !r.rectified;
  return finding(
    failingRating,
    !present,
    r === null
      ? '不存在情形：尚无监测评价结果'
      : present
        ? `存在情形：监测评价结果为 ${r.grade} 档且未按要求整改到位`
        : failing.includes(r.grade)
          ? `不存在情形：监测评价结果为 ${r.grade} 档，但已按要求整改到位`
          : `不存在情形：监测评价结果为 ${r.grade} 档`,
    r === null
      ? 'Ground absent: no monitoring rating yet'
      : present
        ? `Ground present: rating ${r.grade}, not rectified`
        : `Ground absent: rating ${r.grade}${failing.includes(r.grade) ? ', rectified' : ''}`,
    { grade: r?.grade ?? null, rectified: r?.rectified ?? null, failingGrades: failing, present },
  );
}

export function revocationFindings(f: RevocationFacts, ctx: CheckContext): Finding[] {
  const asOf = ctx.asOf;
  const s28 = section28Findings(f.section28);
  const s28Present = s28.filter((x) => x.passed === false).length;
  const s28Pending = s28.filter((x) => x.passed === 'needs_judgement').length;
  const section28Summary =
    s28Present > 0
      ? finding(
          section28Grounds,
          false,
          `存在《管理办法》第二十八条所列情形 ${s28Present} 项`,
          `${s28Present} ground(s) of 1x-selection §28 present`,
          { present: true, grounds: s28.filter((x) => x.passed === false).map((x) => x.ruleId) },
        )
      : s28Pending > 0
        ? judgement(
            section28Grounds,
            `《管理办法》第二十八条所列情形中 ${s28Pending} 项待认定`,
            `${s28Pending} ground(s) of 1x-selection §28 still to be assessed`,
            {
              present: null,
              pending: s28.filter((x) => x.passed === 'needs_judgement').map((x) => x.ruleId),
            },
            ['经调查核实，认定存在该情形', '经调查核实，认定不存在该情形'],
          )
        : finding(
            section28Grounds,
            true,
            '不存在《管理办法》第二十八条所列情形',
            'No ground of 1x-selection §28',
            { present: false },
          );

  const updateYears = parameterAt(noUpdateYears, asOf);
  const evaluationYears = parameterAt(noEvaluationYears, asOf);
  const grounds: Finding[] = [
    section28Summary,
    noStartFinding(f, asOf),
    lapseGround(
      noUpdate,
      updateYears,
      f.lastUpdateOn ?? f.approvedOn,
      f.lastUpdateOn === null,
      asOf,
      '更新证书标准、考核题库等',
      'updated the standard or question bank',
    ),
    lapseGround(
      noEvaluations,
      evaluationYears,
      f.lastEvaluationWithCandidatesOn ?? f.approvedOn,
      f.lastEvaluationWithCandidatesOn === null,
      asOf,
      '开展有人报名参加的职业技能等级水平评价',
      'held an evaluation with candidates',
    ),
    lapseGround(
      noSchools,
      evaluationYears,
      f.lastSchoolImplementationOn ?? f.approvedOn,
      f.lastSchoolImplementationOn === null,
      asOf,
      '有院校选择实施',
      'had a school implementing it',
    ),
    groundFinding(
      channelProblems,
      f.channelProblems === 'not_rectified',
      channelProblems.title_zh,
      channelProblems.title_en,
      {
        channelProblems: f.channelProblems,
      },
    ),
    ratingFinding(f, asOf),
    groundFinding(majorIllegality, f.majorIllegality, majorIllegality.title_zh, majorIllegality.title_en),
    groundFinding(majorRisk, f.majorRisk, majorRisk.title_zh, majorRisk.title_en),
    groundFinding(otherDisruption, f.otherDisruption, otherDisruption.title_zh, otherDisruption.title_en),
  ];

  const present = grounds.filter((g) => g.passed === false).map((g) => g.ruleId);
  const pending = grounds.filter((g) => g.passed === 'needs_judgement').map((g) => g.ruleId);
  const decision =
    present.length > 0
      ? judgement(
          revocationDecision,
          `存在第五条所列情形（${present.join('、')}）：经调查核实后“可按规定取消”，是否取消及取消范围由部门决定`,
          `Ground(s) present (${present.join(', ')}): revocation is permitted, not required — the authority decides`,
          { groundsPresent: present, groundsPending: pending },
          REVOCATION_OPTIONS,
        )
      : finding(
          revocationDecision,
          true,
          pending.length > 0
            ? `尚未查实第五条所列情形（${pending.length} 项待认定），暂不得据第五条取消`
            : '不存在第五条所列情形，不得据第五条取消',
          pending.length > 0
            ? `No ground established yet (${pending.length} to assess): no revocation under §5 for now`
            : 'No ground of §5: no revocation under §5',
          { groundsPresent: [], groundsPending: pending },
        );

  const out = [...s28, ...grounds, decision];
  // §7(4): problems verified but no ground for revocation → the lesser measures, as the case warrants.
  if (f.verifiedProblems && present.length === 0)
    out.push(
      judgement(
        lesserMeasures,
        '经查实存在问题但尚不构成取消情形：视情节给予约谈、警告、通报、责令限期整改、限制实施规模、扣减有关经费等处理',
        'Verified problems short of a ground for revocation: one or more lesser measures, as the case warrants',
        { verifiedProblems: true },
        LESSER_MEASURES,
      ),
    );
  return out;
}

export const revocationCheck = defineCheck({
  name: '1x-exit.revocation',
  regime: '1x-exit',
  title_zh: '取消资质或证书实施资格的情形（第五条、第七条第（四）项）',
  title_en: 'Grounds for revoking the organisation or a certificate programme (§5, §7(4))',
  asOf_zh: '取消决定（调查核实结论）日期',
  facts: revocationFacts,
  example: {
    approvedOn: '2020-12-30',
    section28: {
      examMisconduct: false,
      overcharging: 'none',
      improperBenefit: false,
      notUpdated: false,
      concentratedProblems: 'none',
      ratingUnqualified: false,
      majorTaxViolation: false,
      otherViolations: false,
    },
    workStartedOn: '2021-03-01',
    lastUpdateOn: '2024-05-10',
    lastEvaluationWithCandidatesOn: '2024-11-20',
    lastSchoolImplementationOn: '2025-03-01',
    channelProblems: 'none',
    monitoringRating: { grade: 'B', rectified: true },
    majorIllegality: false,
    majorRisk: false,
    otherDisruption: false,
    verifiedProblems: false,
  },
  ruleIds: [
    ...section28Rules.map((r) => r.id),
    section28Grounds.id,
    noStart.id,
    noUpdate.id,
    noEvaluations.id,
    noSchools.id,
    channelProblems.id,
    failingRating.id,
    majorIllegality.id,
    majorRisk.id,
    otherDisruption.id,
    revocationDecision.id,
    lesserMeasures.id,
  ],
  run: (f, ctx) => revocationFindings(f, ctx),
});

export const revocationRules = [
  revocationDecision,
  section28Grounds,
  noStart,
  noUpdate,
  noEvaluations,
  noSchools,
  channelProblems,
  failingRating,
  majorIllegality,
  majorRisk,
  otherDisruption,
  lesserMeasures,
];
