// mohrss-violations §5–8 — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2) —
// 参评人员违纪违规行为的认定与处理
//
// The check takes the conduct as the institution has classified it (article and item) and answers with the
// sanction the article prescribes. A finding passes when the article applies and its sanction is fixed;
// fails when an element the item requires is missing (the charge does not hold under that item); and needs
// judgement where the text leaves the choice to the authority (§7 情节轻微/严重). Bans run from the decision
// date (asOf); a ban of N years ends with the anniversary (民法典 §201–202: the decision day not counted,
// the corresponding day the last): the candidate may sit again the day after (docs/decisions/0037).
// "当年" (§6) is the calendar year of the decision.
import { z } from 'zod';
import { addCalendarDays, addYears, yearOf } from '../../calendar/calendar-days.js';
import {
  candidateMinorBanYears,
  candidateSameYearBan,
  candidateSeriousBanYears,
} from '../../parameters/mohrss-violations.js';
import { parameterAt, type IsoDate } from '../../parameters/parameter.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement, type RuleDefinition } from '../rule.js';
import { chargeZh, codeList, mv, parseCharge, SEVERITY_ZH, violationRule, type Severity } from './rule.js';
import { sanctionsEn, sanctionsZh, type Sanction } from './sanctions.js';

// 第五条  参评人员有下列行为之一的，取消其当次该科目的评价成绩。
// （一）携带禁携物品（包括与评价内容相关的书籍、资料、电子产品、通讯设备以及规定以外的工具等）进入座位（或考位）
// 或未将禁携物品放在指定位置，经提醒拒不改正的；
// （二）未在规定的座位（或考位）参加评价，或未经工作人员允许擅自离开座位（或考位），经提醒拒不改正的；
// （三）在考场（或考区）禁止的范围内，喧哗、吸烟或实施其他影响考场秩序的行为，经提醒拒不改正的;
// （四）其他违反考场规则但尚未构成作弊的行为。
export const s5 = [
  [
    '携带禁携物品进入座位或未放在指定位置，经提醒拒不改正',
    'Prohibited items at the seat, not corrected after a reminder',
  ],
  [
    '未在规定座位参加评价或擅自离开座位，经提醒拒不改正',
    'Wrong seat or leaving it without permission, not corrected after a reminder',
  ],
  [
    '在禁止范围内喧哗、吸烟或影响考场秩序，经提醒拒不改正',
    'Noise, smoking or disorder, not corrected after a reminder',
  ],
  ['其他违反考场规则但尚未构成作弊的行为', 'Other breaches of exam-room rules short of cheating'],
].map(([zh, en], i) => violationRule(`5/${i + 1}`, mv(5, i + 1), zh!, en!));

// 第六条  参评人员有下列行为之一的，取消其当次全部科目评价成绩，且当年不得参加评价。
// （一）在评价过程中使用规定以外的带拍照、存储、传输或通讯功能的电子设备（如相机、手机、耳机、U 盘、手提电脑、
// 智能手表、智能手环等）或其他电子用品的；
// （二）抄袭或协助他人抄袭试题答案或与评价内容相关资料等的；
// （三）故意损毁试卷、工件或考试材料的；
// （四）擅自将试题、答卷或者有关内容带出考场的；
// （五）存在其他作弊但对其他应试人员未造成严重干扰的行为。
export const s6 = [
  [
    '使用规定以外的带拍照、存储、传输或通讯功能的电子设备',
    'Using unauthorised devices that photograph, store, transmit or communicate',
  ],
  ['抄袭或协助他人抄袭试题答案或相关资料', 'Copying answers or helping others copy'],
  ['故意损毁试卷、工件或考试材料', 'Deliberately damaging papers, workpieces or exam materials'],
  ['擅自将试题、答卷或有关内容带出考场', 'Taking questions, answers or their content out of the exam room'],
  [
    '其他作弊但对其他应试人员未造成严重干扰',
    'Other cheating without serious disturbance to other candidates',
  ],
].map(([zh, en], i) => violationRule(`6/${i + 1}`, mv(6, i + 1), zh!, en!, [candidateSameYearBan.id]));

// 第七条  参评人员有下列行为之一的，取消其当次全部科目评价成绩。情节轻微的，2 年内不得参加评价；情节严重的，
// 5 年内不得参加评价，并依据有关法律法规移送有关部门。
// （一）通过虚假承诺、提供虚假材料以及其他非正当手段取得参加评价资格的；
// （二）评价前以非正当手段获得试题或答案或进行传播的；
// （三）抢夺、窃取他人试卷或胁迫他人配合作弊、偷换工量器具或工件等的；
// （四）由他人冒名顶替参加评价或替他人参加评价的；
// （五）串通作弊或参与有组织作弊的；
// （六）故意损毁评价设备（含视频监控系统）、材料，造成设备事故、人身伤害或设备主要零部件损坏的；
// （七）其他影响恶劣或严重扰乱评价管理秩序的行为。
export const s7 = [
  [
    '以虚假承诺、虚假材料等非正当手段取得参评资格',
    'Eligibility obtained by false commitments, false documents or other improper means',
  ],
  [
    '评价前以非正当手段获得或传播试题、答案',
    'Obtaining or spreading questions or answers before the evaluation',
  ],
  [
    '抢夺、窃取他人试卷，胁迫他人配合作弊，偷换工量器具或工件',
    'Seizing others’ papers, coercing others to cheat, swapping tools or workpieces',
  ],
  ['由他人冒名顶替或替他人参加评价', 'Impersonation, either way'],
  ['串通作弊或参与有组织作弊', 'Collusive or organised cheating'],
  [
    '故意损毁评价设备、材料，造成设备事故、人身伤害或主要零部件损坏',
    'Deliberate damage to equipment or materials causing an accident, injury or damage to main parts',
  ],
  ['其他影响恶劣或严重扰乱评价管理秩序的行为', 'Other egregious conduct seriously disrupting the evaluation'],
].map(([zh, en], i) => violationRule(`7/${i + 1}`, mv(7, i + 1), zh!, en!));

// §7 chapeau: the ban depends on 情节, which the text leaves to the authority.
export const s7Ban = violationRule(
  '7',
  mv(7),
  '第七条：情节轻微的 2 年内、情节严重的 5 年内不得参加评价，情节严重的并移送有关部门',
  '§7: a 2-year ban if minor, a 5-year ban and referral if serious',
  [candidateMinorBanYears.id, candidateSeriousBanYears.id],
);

// 第八条  评价活动结束后，发现参评人员违纪违规行为并经确认的，依照本指引第五、六、七条的规定处理，对其中已颁发
// 证书的，由评价机构或评价机构监管部门宣布评价成绩无效，并对已发放证书、已上网证书数据及时作出相应处理。
export const s8 = violationRule(
  '8',
  mv(8),
  '评价活动结束后发现的，依第五至七条处理；已颁发证书的宣布成绩无效并处理证书及已上网数据',
  'Found after the evaluation: §5–7 apply; where a certificate was issued, the result is declared void and the certificate and its data handled',
);

// The effect of the §6 and §7 bans on a later registration (a banned candidate cannot register).
export const s6BanInForce = violationRule(
  '6/ban',
  mv(6),
  '第六条禁评：处理决定当年不得参加评价',
  '§6 ban: no evaluation in the calendar year of the decision',
  [candidateSameYearBan.id],
);
export const s7BanInForce = violationRule(
  '7/ban',
  mv(7),
  '第七条禁评：2 年或 5 年内不得参加评价',
  '§7 ban: no evaluation for 2 or 5 years',
  [candidateMinorBanYears.id, candidateSeriousBanYears.id],
);

export const candidateCharges = codeList([
  ...s5.map((_, i) => `5(${i + 1})`),
  ...s6.map((_, i) => `6(${i + 1})`),
  ...s7.map((_, i) => `7(${i + 1})`),
]);

const severity = z
  .enum(['minor', 'serious'])
  .optional()
  .describe('情节（第七条）：minor 情节轻微 / serious 情节严重；不填 = 待认定');

export const candidateSanctionFacts = z.strictObject({
  violation: z.enum(candidateCharges).describe('违纪违规情形（条和项，如 6(1) 指第六条第（一）项）'),
  remindedAndRefused: z.boolean().optional().describe('经提醒拒不改正（第五条第（一）至（三）项的要件）'),
  severity,
  discoveredAfterEvaluation: z.boolean().describe('评价活动结束后发现并经确认（第八条）'),
  certificateIssued: z.boolean().describe('已颁发证书（第八条）'),
});
type CandidateSanctionFacts = z.infer<typeof candidateSanctionFacts>;

/** A ban "当年": through 31 December of the (n−1)th year after the decision year (n = 1: the same year). */
export function sameYearBan(decidedOn: IsoDate, calendarYears: number) {
  const lastDay = `${yearOf(decidedOn) + calendarYears - 1}-12-31`;
  return { from: decidedOn, lastDay, eligibleAgainOn: addCalendarDays(lastDay, 1) };
}

/**
 * A ban "N 年内" (docs/decisions/0037): in force from the decision; the period is counted from the next
 * day (民法典 §201) and its last day is the corresponding day N years on (§202, or the month's last day
 * when there is none) — barred on the anniversary, free the day after.
 */
export function yearsBan(decidedOn: IsoDate, years: number) {
  const lastDay = addYears(decidedOn, years);
  return { from: decidedOn, lastDay, eligibleAgainOn: addCalendarDays(lastDay, 1) };
}

function sanctionFinding(
  rule: RuleDefinition,
  violation: string,
  sanctions: Sanction[],
  extra_zh: string,
  extra_en: string,
  values: Record<string, unknown>,
): Finding {
  return finding(
    rule,
    true,
    `${chargeZh(violation)}：${sanctionsZh(sanctions)}${extra_zh}`,
    `${violation}: ${sanctionsEn(sanctions)}${extra_en}`,
    { violation, sanctions, ...values },
  );
}

function itemFinding(f: CandidateSanctionFacts, asOf: IsoDate): Finding {
  const { article, item } = parseCharge(f.violation);
  const i = item! - 1;
  if (article === 5) {
    const rule = s5[i]!;
    // （一）至（三）: only "经提醒拒不改正" makes the conduct a violation.
    if (item! <= 3 && f.remindedAndRefused !== true)
      return finding(
        rule,
        false,
        `第五条第（${'一二三'[i]}）项须“经提醒拒不改正”，本案${f.remindedAndRefused === false ? '经提醒已改正' : '未记录经提醒拒不改正'}，不能据此取消成绩`,
        `§5(${item}) requires a reminder that was refused; ${f.remindedAndRefused === false ? 'the candidate complied' : 'none is recorded'}`,
        { violation: f.violation, remindedAndRefused: f.remindedAndRefused ?? null },
      );
    return sanctionFinding(
      rule,
      f.violation,
      ['score_cancellation'],
      '（当次该科目）',
      ' (this subject, this session)',
      {
        scoreScope: 'subject',
        remindedAndRefused: f.remindedAndRefused ?? null,
      },
    );
  }
  if (article === 6) {
    const n = parameterAt(candidateSameYearBan, asOf);
    const ban = sameYearBan(asOf, n);
    return sanctionFinding(
      s6[i]!,
      f.violation,
      ['score_cancellation', 'evaluation_ban'],
      `（当次全部科目；当年不得参加评价，至 ${ban.lastDay}）`,
      ` (all subjects this session; banned for the year, to ${ban.lastDay})`,
      { scoreScope: 'all_subjects', ban, parameter: candidateSameYearBan.id },
    );
  }
  return sanctionFinding(
    s7[i]!,
    f.violation,
    ['score_cancellation'],
    '（当次全部科目；禁评年限依情节，见第七条）',
    ' (all subjects this session; the ban depends on severity, see §7)',
    {
      scoreScope: 'all_subjects',
    },
  );
}

const S7_OPTIONS = (minor: number, serious: number) => [
  `情节轻微：${minor} 年内不得参加评价`,
  `情节严重：${serious} 年内不得参加评价，并依据有关法律法规移送有关部门`,
];

/** §7 chapeau: the ban (and referral) by severity, from the decision date. */
export function s7BanFinding(severityFound: Severity | undefined, asOf: IsoDate): Finding {
  const minor = parameterAt(candidateMinorBanYears, asOf);
  const serious = parameterAt(candidateSeriousBanYears, asOf);
  if (severityFound === undefined)
    return judgement(
      s7Ban,
      `第七条禁评年限取决于情节：情节轻微 ${minor} 年，情节严重 ${serious} 年并移送有关部门；情节尚未认定`,
      `§7: ${minor} years if minor, ${serious} years and referral if serious; severity not yet determined`,
      { severity: null, minorBanYears: minor, seriousBanYears: serious },
      S7_OPTIONS(minor, serious),
    );
  const years = severityFound === 'minor' ? minor : serious;
  const ban = yearsBan(asOf, years);
  const sanctions: Sanction[] =
    severityFound === 'serious' ? ['evaluation_ban', 'referral'] : ['evaluation_ban'];
  return finding(
    s7Ban,
    true,
    `${SEVERITY_ZH[severityFound]}：${years} 年内不得参加评价（${ban.from} 至 ${ban.lastDay}，${ban.eligibleAgainOn} 起可再参加）${severityFound === 'serious' ? '，并依据有关法律法规移送有关部门' : ''}`,
    `${severityFound}: banned for ${years} years (${ban.from} to ${ban.lastDay}; may sit again from ${ban.eligibleAgainOn})${severityFound === 'serious' ? ', and referred' : ''}`,
    {
      severity: severityFound,
      sanctions,
      banYears: years,
      ban,
      parameter: severityFound === 'minor' ? candidateMinorBanYears.id : candidateSeriousBanYears.id,
    },
  );
}

function s8Finding(f: CandidateSanctionFacts): Finding {
  const sanctions: Sanction[] = f.certificateIssued
    ? ['result_invalidation', 'certificate_data_handling']
    : [];
  return finding(
    s8,
    true,
    f.certificateIssued
      ? '评价活动结束后发现并经确认：依第五至七条处理；已颁发证书，由评价机构或监管部门宣布评价成绩无效，并及时处理已发放证书和已上网证书数据'
      : '评价活动结束后发现并经确认：依第五至七条处理（尚未颁发证书）',
    f.certificateIssued
      ? 'Found after the evaluation: §5–7 apply; the certificate issued is voided with its uploaded data'
      : 'Found after the evaluation: §5–7 apply (no certificate issued yet)',
    { sanctions, certificateIssued: f.certificateIssued, decidedBy: ['institution', 'authority'] },
  );
}

export function candidateSanctionFindings(f: CandidateSanctionFacts, ctx: CheckContext): Finding[] {
  const out = [itemFinding(f, ctx.asOf)];
  if (parseCharge(f.violation).article === 7) out.push(s7BanFinding(f.severity, ctx.asOf));
  if (f.discoveredAfterEvaluation) out.push(s8Finding(f));
  return out;
}

export const candidateSanctionCheck = defineCheck({
  name: 'mohrss-violations.sanction.candidate',
  regime: 'mohrss-violations',
  title_zh: '参评人员违纪违规行为的处理（第五条至第八条）',
  title_en: 'Sanctions for candidates (§5–8)',
  asOf_zh: '处理决定日期（禁评期自此日起算）',
  facts: candidateSanctionFacts,
  example: {
    violation: '7(4)',
    severity: 'serious',
    discoveredAfterEvaluation: false,
    certificateIssued: false,
  },
  ruleIds: [...s5, ...s6, ...s7, s7Ban, s8].map((r) => r.id),
  run: (f, ctx) => candidateSanctionFindings(f, ctx),
});

// ——— the bans in force on a later date ———

export const candidateBanFacts = z
  .strictObject({
    decisions: z
      .array(
        z.strictObject({
          article: z.enum(['6', '7']).describe('处理依据：6 第六条（当年不得参加）/ 7 第七条（2 年或 5 年）'),
          decidedOn: isoDate('处理决定日期'),
          severity,
        }),
      )
      .describe('该参评人员此前的处理决定'),
  })
  .superRefine((f, ctx) => {
    f.decisions.forEach((d, i) => {
      if (d.article === '7' && d.severity === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['decisions', i, 'severity'],
          message: '第七条的处理决定须写明情节',
        });
    });
  });
type CandidateBanFacts = z.infer<typeof candidateBanFacts>;

export function candidateBanFindings(f: CandidateBanFacts, ctx: CheckContext): Finding[] {
  return f.decisions.map((d) => {
    // The ban's length is the one in force when the decision was made.
    const years =
      d.article === '6'
        ? parameterAt(candidateSameYearBan, d.decidedOn)
        : parameterAt(
            d.severity === 'serious' ? candidateSeriousBanYears : candidateMinorBanYears,
            d.decidedOn,
          );
    const ban = d.article === '6' ? sameYearBan(d.decidedOn, years) : yearsBan(d.decidedOn, years);
    const banned = d.decidedOn <= ctx.asOf && ctx.asOf <= ban.lastDay;
    const basis_zh =
      d.article === '6'
        ? '第六条（当年不得参加评价）'
        : `第七条（${SEVERITY_ZH[d.severity!]}，${years} 年内不得参加评价）`;
    return finding(
      d.article === '6' ? s6BanInForce : s7BanInForce,
      !banned,
      banned
        ? `${d.decidedOn} 依${basis_zh}处理，禁评至 ${ban.lastDay}；${ctx.asOf} 不得参加评价`
        : `${d.decidedOn} 依${basis_zh}处理，禁评至 ${ban.lastDay}；${ctx.asOf} 不受限制`,
      banned
        ? `Decision of ${d.decidedOn} under §${d.article}: banned to ${ban.lastDay}; may not sit on ${ctx.asOf}`
        : `Decision of ${d.decidedOn} under §${d.article}: ban ended ${ban.lastDay}; free on ${ctx.asOf}`,
      {
        article: d.article,
        decidedOn: d.decidedOn,
        severity: d.severity ?? null,
        banYears: years,
        ban,
        evaluationOn: ctx.asOf,
      },
    );
  });
}

export const candidateBanCheck = defineCheck({
  name: 'mohrss-violations.ban.candidate',
  regime: 'mohrss-violations',
  title_zh: '参评人员禁评期（第六条、第七条）',
  title_en: 'Whether a candidate is banned from evaluation (§6, §7)',
  asOf_zh: '报名或参加评价的日期',
  facts: candidateBanFacts,
  example: { decisions: [{ article: '7', decidedOn: '2022-03-15', severity: 'minor' }] },
  ruleIds: [s6BanInForce.id, s7BanInForce.id],
  run: (f, ctx) => candidateBanFindings(f, ctx),
});

export const candidateRules = [...s5, ...s6, ...s7, s7Ban, s8, s6BanInForce, s7BanInForce];
