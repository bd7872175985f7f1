// mohrss-violations §12–14 (and §15 through certificate-data.ts) — 技能人才评价违纪违规行为处理工作指引（试行）
// (人社职司便函〔2021〕57号 附件2) — 评价机构违纪违规行为的认定与处理
//
// The check takes the conduct as the authority has classified it (article and item) with the facts its
// elements need, and answers with the sanction the article prescribes — a ladder from §12 (interview)
// through §13 (warning, rectification, suspension) to §14 (termination of filing). A finding passes when
// the article applies and its sanction is fixed, fails when an element is missing (e.g. 情节轻微 for §12(1)),
// and needs judgement where the text leaves a choice (情节, 视情况). Where two articles cover the same facts
// both findings are returned and docs/decisions/0007 explains the overlap:
//  - §13(3) and §14(7): a year without evaluations (the period is measured back from the decision date);
//  - §12(3) and §13(1): §12(3) has no 情节轻微 qualifier, so serious archive failures meet both;
//  - §13(x) and §14(6): a §13 breach after a warning and a completed rectification is also §14(6).
import { z } from 'zod';
import { addYears } from '../../calendar/calendar-days.js';
import { inactivityTerminationYears, inactivityWarningYears } from '../../parameters/mohrss-violations.js';
import { parameterAt, type IsoDate } from '../../parameters/parameter.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { assessment, isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement, type RuleDefinition } from '../rule.js';
import {
  certificateDataFacts,
  dataSecurityFacts,
  dataSecurityFinding,
  dataUploadFindings,
  s15DataRevocation,
  s15DataSecurity,
  s15Ladder,
} from './certificate-data.js';
import { codeList, mv, parseCharge, SEVERITY_ZH, violationRule, type Severity } from './rule.js';
import { sanctionsEn, sanctionsZh, type Sanction } from './sanctions.js';

// 第十二条  评价机构有下列行为之一的，由评价机构监管部门对其主要负责人进行约谈，听取其陈述事实或承诺，提醒其规范
// 操作，视情况宣布当次评价颁发证书或评价成绩部分或全部无效。
// （一）对参评人员的参评资格审核不严，未执行职业技能标准或评价规范及有关制度规定，情节轻微的；
// （二）评价组织管理松懈，或未严格按规定提供考场和配备工作人员确保对同批次考生采用相同考核评价方式并使其处于同等
// 考核评价环境进行考核评价，或阅卷管理不规范、评分标准不统一，或其他违反考务管理、证书管理等有关规定，情节轻微的；
// （三）技能人才评价档案材料保存不完整、管理不规范的；
// （四）对评价活动未安排质量督导或不符合质量督导工作规程相关规定，情节轻微的行为。
export const s12 = [
  [
    '参评资格审核不严，未执行职业技能标准或评价规范及有关制度，情节轻微',
    'Lax eligibility checks or standards not applied, minor',
  ],
  [
    '评价组织管理松懈、考场和人员配备不规范、阅卷不规范或评分标准不统一等，情节轻微',
    'Slack organisation, unequal exam conditions, irregular marking and the like, minor',
  ],
  ['评价档案材料保存不完整、管理不规范', 'Incomplete or badly kept evaluation records'],
  [
    '未安排质量督导或不符合质量督导工作规程，情节轻微',
    'No quality supervision or supervision not to the rules, minor',
  ],
].map(([zh, en], i) => violationRule(`12/${i + 1}`, mv(12, i + 1), zh!, en!));
export const s12Invalidation = violationRule(
  '12',
  mv(12),
  '第十二条：视情况宣布当次评价颁发证书或评价成绩部分或全部无效',
  '§12: as the case warrants, void some or all certificates or results of that session',
);

// 第十三条  评价机构有下列行为之一的，由评价机构监管部门予以警告，限期整改，并在限期整改期间暂停其评价活动，视情况
// 将其列入诚信不良档案，并向社会公布。
// （一）第十二条所列情况，情节严重的；
// （二）未严格按照规定区域和地点组织开展评价的；
// （三）一年内无正当理由不开展评价活动的；
// （四）评价机构利用广告或其他方法，进行评价“包过”“保过”等虚假宣传的；
// （五）对监督检查中发现或其他渠道反映的违规问题未按期完成整改的；
// （六）评价机构因涉嫌违纪违规问题正在调查核实的；
// （七）被投诉举报并经核实的行为。
export const s13 = [
  ['第十二条所列情况，情节严重', 'A §12 breach, serious'],
  ['未严格按照规定区域和地点组织开展评价', 'Evaluations outside the prescribed area or place'],
  ['一年内无正当理由不开展评价活动', 'No evaluations for a year without good reason'],
  ['利用广告等进行“包过”“保过”等虚假宣传', 'False advertising such as guaranteed passes'],
  [
    '监督检查中发现或其他渠道反映的违规问题未按期完成整改',
    'Rectification of problems found not completed by the deadline',
  ],
  ['因涉嫌违纪违规问题正在调查核实', 'Under investigation for a suspected violation'],
  ['被投诉举报并经核实', 'A complaint against it has been verified'],
].map(([zh, en], i) =>
  violationRule(`13/${i + 1}`, mv(13, i + 1), zh!, en!, i === 2 ? [inactivityWarningYears.id] : []),
);
export const s13Blacklist = violationRule(
  '13',
  mv(13),
  '第十三条：视情况列入诚信不良档案，并向社会公布',
  '§13: as the case warrants, entry in the bad-credit register and publication',
);

// 第十四条  评价机构有下列行为之一的，评价机构监管部门予以终止备案。对涉及的相关证书及数据等及时作出相应处理。
// （一）备案申请中故意提供虚假承诺、虚假资料的；
// （二）严重超出备案范围开展评价工作的；
// （三）为参评人员或协助参评人员伪造申报资料或证件，或纵容参评人员违规报名的；
// （四）考场秩序混乱，有组织舞弊的；
// （五）证书数据造假的；
// （六）已被警告，整改后再次违反本指引第十三条规定的；
// （七）一年（含）以上不开展评价工作的；
// （八）其他不履行工作承诺，造成严重不良社会影响并经核实确认的行为。
export const s14 = [
  ['备案申请中故意提供虚假承诺、虚假资料', 'Deliberately false commitments or documents in the filing'],
  ['严重超出备案范围开展评价工作', 'Evaluating seriously beyond the filed scope'],
  [
    '为参评人员伪造申报资料或证件，或纵容违规报名',
    'Forging candidates’ documents or condoning irregular registration',
  ],
  ['考场秩序混乱，有组织舞弊', 'Disorderly exam rooms with organised cheating'],
  ['证书数据造假', 'Falsified certificate data'],
  ['已被警告，整改后再次违反第十三条', 'A §13 breach again after a warning and rectification'],
  ['一年（含）以上不开展评价工作', 'No evaluations for one year or more'],
  [
    '其他不履行工作承诺，造成严重不良社会影响并经核实确认',
    'Other broken commitments with serious, verified social harm',
  ],
].map(([zh, en], i) =>
  violationRule(`14/${i + 1}`, mv(14, i + 1), zh!, en!, i === 6 ? [inactivityTerminationYears.id] : []),
);

export const institutionCharges = codeList([
  ...s12.map((_, i) => `12(${i + 1})`),
  ...s13.map((_, i) => `13(${i + 1})`),
  ...s14.map((_, i) => `14(${i + 1})`),
  '15p1',
  '15p2',
]);

export const institutionSanctionFacts = z
  .strictObject({
    violation: z
      .enum(institutionCharges)
      .describe('违纪违规情形（条和项，如 13(3) 指第十三条第（三）项；15p1、15p2 指第十五条第一款、第二款）'),
    severity: z
      .enum(['minor', 'serious'])
      .optional()
      .describe(
        '情节：minor 情节轻微 / serious 情节严重（第十二条、第十三条第（一）项、第十四条第（二）（八）项）；不填 = 待认定',
      ),
    section12Item: z
      .number()
      .int()
      .min(1)
      .max(4)
      .optional()
      .describe('第十三条第（一）项：所涉第十二条情形的项号（1–4）'),
    inactivity: z
      .strictObject({
        lastEvaluationOn: isoDate('最近一次开展评价活动的日期（从未开展的，填备案日期）'),
        justifiedReason: assessment('不开展评价活动有正当理由'),
      })
      .optional()
      .describe('不开展评价活动（第十三条第（三）项、第十四条第（七）项）'),
    rectification: z
      .strictObject({
        dueOn: isoDate('整改期限'),
        completedOn: isoDate('整改完成日期').nullable().describe('整改完成日期（未完成填 null）'),
      })
      .optional()
      .describe('对违规问题的整改（第十三条第（五）项）'),
    priorWarning: z
      .strictObject({
        warnedOn: isoDate('此前警告的处理决定日期'),
        rectificationCompletedOn: isoDate('该次整改完成日期')
          .nullable()
          .describe('该次整改完成日期（未完成填 null）'),
      })
      .optional()
      .describe('此前受到的警告及其整改（第十四条第（六）项；无则不填）'),
    conductOn: isoDate('本次违纪违规行为发生日期')
      .optional()
      .describe('本次违纪违规行为发生日期（有此前警告时必填）'),
    verified: z
      .boolean()
      .optional()
      .describe('经核实（第十三条第（七）项）或经核实确认（第十四条第（八）项）'),
    certificateData: certificateDataFacts.optional(),
    dataSecurity: dataSecurityFacts.optional(),
  })
  .superRefine((f, ctx) => {
    const need = (cond: boolean, path: string, message: string) => {
      if (cond) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    need(
      f.violation === '13(1)' && f.section12Item === undefined,
      'section12Item',
      '第十三条第（一）项须写明所涉第十二条情形',
    );
    need(
      (f.violation === '13(3)' || f.violation === '14(7)') && !f.inactivity,
      'inactivity',
      '不开展评价活动的情形须写明最近一次开展评价活动的日期',
    );
    need(
      f.violation === '13(5)' && !f.rectification,
      'rectification',
      '第十三条第（五）项须写明整改期限和完成日期',
    );
    need(
      f.violation === '14(6)' && !f.priorWarning,
      'priorWarning',
      '第十四条第（六）项须写明此前的警告及整改',
    );
    need(
      f.priorWarning !== undefined && f.conductOn === undefined,
      'conductOn',
      '有此前警告时须写明本次行为发生日期',
    );
    need(
      f.violation === '15p1' && !f.certificateData,
      'certificateData',
      '第十五条第一款须写明违规证书数据条数',
    );
    need(f.violation === '15p2' && !f.dataSecurity, 'dataSecurity', '第十五条第二款须写明发生的数据安全行为');
  });
type InstitutionFacts = z.infer<typeof institutionSanctionFacts>;

const S12: Sanction[] = ['interview'];
const S13: Sanction[] = ['warning', 'rectification', 'suspension'];
const S14: Sanction[] = ['filing_termination', 'certificate_data_handling'];

function applies(
  rule: RuleDefinition,
  sanctions: Sanction[],
  why_zh: string,
  why_en: string,
  values: Record<string, unknown> = {},
): Finding {
  return finding(rule, true, `${why_zh}：${sanctionsZh(sanctions)}`, `${why_en}: ${sanctionsEn(sanctions)}`, {
    ...values,
    sanctions,
  });
}

function notMet(
  rule: RuleDefinition,
  why_zh: string,
  why_en: string,
  values: Record<string, unknown> = {},
): Finding {
  return finding(rule, false, why_zh, why_en, values);
}

/** An element worded as 情节 (轻微 or 严重): met, not met, or for the authority to determine. */
function bySeverity(
  rule: RuleDefinition,
  required: Severity,
  found: Severity | undefined,
  sanctions: Sanction[],
  otherwise_zh: string,
  options: string[],
): Finding {
  const values = { severity: found ?? null, requiredSeverity: required };
  if (found === undefined)
    return judgement(
      rule,
      `${rule.title_zh}：须认定情节（${SEVERITY_ZH[required]}方适用本项）`,
      `${rule.title_en}: severity to be determined (${required} required)`,
      values,
      options,
    );
  if (found !== required)
    return notMet(
      rule,
      `${SEVERITY_ZH[found]}，不适用本项；${otherwise_zh}`,
      `${found}: this item does not apply`,
      values,
    );
  return applies(rule, sanctions, `${rule.title_zh}`, rule.title_en, values);
}

const S12_OR_S13 = [
  '情节轻微：第十二条，约谈主要负责人',
  '情节严重：第十三条第（一）项，警告、限期整改并暂停评价活动',
];

/** §13(3) and §14(7): a year without evaluations, measured back from the decision date. */
function inactivityFindings(f: InstitutionFacts, asOf: IsoDate): Finding[] {
  const last = f.inactivity!.lastEvaluationOn;
  const y13 = parameterAt(inactivityWarningYears, asOf);
  const y14 = parameterAt(inactivityTerminationYears, asOf);
  const reached13 = addYears(last, y13);
  const reached14 = addYears(last, y14);
  const base = { lastEvaluationOn: last, decisionOn: asOf };
  const out: Finding[] = [];
  const rule13 = s13[2]!;
  if (asOf < reached13)
    out.push(
      notMet(
        rule13,
        `自 ${last} 后未开展评价活动，至 ${asOf} 未满${y13}年（${reached13} 满）`,
        `No evaluations since ${last}: ${y13} year(s) reached only on ${reached13}`,
        { ...base, years: y13, reachedOn: reached13, parameter: inactivityWarningYears.id },
      ),
    );
  else if (f.inactivity!.justifiedReason === undefined)
    out.push(
      judgement(
        rule13,
        `自 ${last} 后未开展评价活动，至 ${asOf} 已满${y13}年（${reached13}）；是否有正当理由须认定`,
        `No evaluations since ${last}, ${y13} year(s) reached on ${reached13}; whether there was good reason is to be determined`,
        {
          ...base,
          years: y13,
          reachedOn: reached13,
          justifiedReason: null,
          parameter: inactivityWarningYears.id,
        },
        ['无正当理由：警告、限期整改并暂停评价活动', '有正当理由：不适用第十三条第（三）项'],
      ),
    );
  else if (f.inactivity!.justifiedReason)
    out.push(
      notMet(
        rule13,
        '不开展评价活动有正当理由，不适用第十三条第（三）项',
        'Good reason found: §13(3) does not apply',
        {
          ...base,
          justifiedReason: true,
        },
      ),
    );
  else
    out.push(
      applies(
        rule13,
        S13,
        `自 ${last} 后无正当理由未开展评价活动，至 ${asOf} 已满${y13}年（${reached13}）`,
        `No evaluations without good reason since ${last} (${y13} year(s) on ${reached13})`,
        {
          ...base,
          years: y13,
          reachedOn: reached13,
          justifiedReason: false,
          parameter: inactivityWarningYears.id,
        },
      ),
    );
  // §14(7) has no "无正当理由" qualifier: a year (inclusive) without evaluations is enough.
  const rule14 = s14[6]!;
  out.push(
    asOf >= reached14
      ? applies(
          rule14,
          S14,
          `自 ${last} 后未开展评价工作，至 ${asOf} 已满${y14}年（含本数，${reached14} 满）`,
          `No evaluations since ${last}: ${y14} year(s) or more (reached ${reached14})`,
          {
            ...base,
            years: y14,
            reachedOn: reached14,
            parameter: inactivityTerminationYears.id,
          },
        )
      : notMet(
          rule14,
          `自 ${last} 后未开展评价工作，至 ${asOf} 未满${y14}年（${reached14} 满）`,
          `No evaluations since ${last}: ${y14} year(s) only on ${reached14}`,
          {
            ...base,
            years: y14,
            reachedOn: reached14,
            parameter: inactivityTerminationYears.id,
          },
        ),
  );
  return out;
}

/** §13(5): the rectification was not completed by its deadline (or, not completed, the deadline has passed). */
function overdueRectification(f: InstitutionFacts, asOf: IsoDate): Finding {
  const { dueOn, completedOn } = f.rectification!;
  const rule = s13[4]!;
  const values = { dueOn, completedOn, decisionOn: asOf };
  if (completedOn !== null && completedOn <= dueOn)
    return notMet(
      rule,
      `已于 ${completedOn} 完成整改，未超过期限 ${dueOn}`,
      `Rectified on ${completedOn}, by the deadline ${dueOn}`,
      values,
    );
  if (completedOn === null && asOf <= dueOn)
    return notMet(
      rule,
      `尚在整改期限内（至 ${dueOn}）`,
      `Still within the rectification period (to ${dueOn})`,
      { ...values, pending: true },
    );
  return applies(
    rule,
    S13,
    completedOn === null
      ? `整改期限 ${dueOn} 已过，仍未完成整改`
      : `${completedOn} 方完成整改，超过期限 ${dueOn}`,
    completedOn === null
      ? `The deadline ${dueOn} passed without rectification`
      : `Rectified only on ${completedOn}, after ${dueOn}`,
    values,
  );
}

/** §14(6): warned, rectified, and then a §13 breach again. */
function escalation(f: InstitutionFacts): Finding {
  const pw = f.priorWarning!;
  const conductOn = f.conductOn!;
  const rule = s14[5]!;
  const values = { warnedOn: pw.warnedOn, rectificationCompletedOn: pw.rectificationCompletedOn, conductOn };
  if (conductOn <= pw.warnedOn)
    return notMet(
      rule,
      `本次行为（${conductOn}）不晚于此前警告（${pw.warnedOn}），不属“已被警告…再次违反”`,
      `The conduct (${conductOn}) is not after the warning (${pw.warnedOn})`,
      values,
    );
  if (pw.rectificationCompletedOn === null)
    return notMet(
      rule,
      `此前警告（${pw.warnedOn}）后的整改尚未完成，本次行为不属“整改后再次违反”（整改逾期的，见第十三条第（五）项）`,
      `Rectification after the warning of ${pw.warnedOn} is not complete: not a repeat "after rectification" (see §13(5) if overdue)`,
      values,
    );
  if (conductOn < pw.rectificationCompletedOn)
    return notMet(
      rule,
      `本次行为（${conductOn}）发生在整改完成（${pw.rectificationCompletedOn}）之前`,
      `The conduct (${conductOn}) precedes the completed rectification (${pw.rectificationCompletedOn})`,
      values,
    );
  if (conductOn === pw.rectificationCompletedOn)
    return judgement(
      rule,
      `本次行为与整改完成同日（${conductOn}），是否属“整改后再次违反”须认定`,
      `The conduct falls on the day the rectification was completed (${conductOn}): whether it came after is to be determined`,
      values,
      ['整改完成后再次违反：终止备案', '整改完成前的行为：不适用第十四条第（六）项'],
    );
  return applies(
    rule,
    S14,
    `${pw.warnedOn} 已被警告、${pw.rectificationCompletedOn} 整改完成后，${conductOn} 再次违反第十三条（第十四条第（六）项）`,
    `Warned ${pw.warnedOn}, rectified ${pw.rectificationCompletedOn}, breached §13 again on ${conductOn}: termination`,
    values,
  );
}

function s12Finding(item: number, f: InstitutionFacts): Finding {
  const rule = s12[item - 1]!;
  // （三）carries no 情节轻微 qualifier: it applies whatever the severity (see §13(1) for serious cases).
  if (item === 3) return applies(rule, S12, rule.title_zh, rule.title_en, { severity: f.severity ?? null });
  return bySeverity(rule, 'minor', f.severity, S12, '情节严重的，适用第十三条第（一）项', S12_OR_S13);
}

function s13Item1(s12Item: number, f: InstitutionFacts): Finding {
  const rule = s13[0]!;
  const f13 = bySeverity(rule, 'serious', f.severity, S13, '情节轻微的，适用第十二条', S12_OR_S13);
  return { ...f13, values: { ...f13.values, section12Item: s12Item } };
}

export function institutionSanctionFindings(f: InstitutionFacts, ctx: CheckContext): Finding[] {
  const asOf = ctx.asOf;
  if (f.violation === '15p1') return dataUploadFindings(f.certificateData!);
  if (f.violation === '15p2') return [dataSecurityFinding(f.dataSecurity!)];
  const { article, item } = parseCharge(f.violation);
  const i = item!;
  const out: Finding[] = [];
  if (article === 12) {
    out.push(s12Finding(i, f));
    // §12(3) serious: §13(1) covers "第十二条所列情况，情节严重的" as well.
    if (i === 3 && f.severity !== 'minor') out.push(s13Item1(3, f));
  } else if (article === 13) {
    const rule = s13[i - 1]!;
    if (i === 1) out.push(s13Item1(f.section12Item!, f));
    else if (i === 3) out.push(...inactivityFindings(f, asOf));
    else if (i === 5) out.push(overdueRectification(f, asOf));
    else if (i === 7)
      out.push(
        f.verified === true
          ? applies(rule, S13, '被投诉举报并经核实', 'Complaint verified')
          : notMet(
              rule,
              '投诉举报尚未经核实，不适用第十三条第（七）项',
              'The complaint is not verified: §13(7) does not apply',
              { verified: f.verified ?? null },
            ),
      );
    else out.push(applies(rule, S13, rule.title_zh, rule.title_en));
  } else {
    const rule = s14[i - 1]!;
    if (i === 2)
      out.push(
        bySeverity(rule, 'serious', f.severity, S14, '未严重超出备案范围的，不适用第十四条第（二）项', [
          '严重超出备案范围：终止备案',
          '未达严重程度：不适用第十四条第（二）项',
        ]),
      );
    else if (i === 6) out.push(escalation(f));
    else if (i === 7) out.push(...inactivityFindings(f, asOf));
    else if (i === 8) {
      const sev = bySeverity(
        rule,
        'serious',
        f.severity,
        S14,
        '未造成严重不良社会影响的，不适用第十四条第（八）项',
        ['造成严重不良社会影响：终止备案', '未造成严重不良社会影响：不适用第十四条第（八）项'],
      );
      out.push(
        f.verified === true || sev.passed === false
          ? sev
          : notMet(rule, '须经核实确认，尚未核实确认', 'Must be verified and confirmed; it is not', {
              verified: f.verified ?? null,
              severity: f.severity ?? null,
            }),
      );
    } else out.push(applies(rule, S14, rule.title_zh, rule.title_en));
  }
  // A §13 breach after a warning and a completed rectification is §14(6) too.
  if (article === 13 && f.priorWarning) out.push(escalation(f));
  // The chapeaux leave part of the consequence to the authority ("视情况").
  if (out.some((x) => s12.some((r) => r.id === x.ruleId) && x.passed === true))
    out.push(
      judgement(
        s12Invalidation,
        '视情况宣布当次评价颁发证书或评价成绩部分或全部无效，由监管部门决定',
        'As the case warrants, some or all certificates or results of the session may be voided: the authority decides',
        {},
        ['不宣布无效', '宣布当次评价颁发证书或评价成绩部分无效', '宣布当次评价颁发证书或评价成绩全部无效'],
      ),
    );
  if (out.some((x) => s13.some((r) => r.id === x.ruleId) && x.passed === true))
    out.push(
      judgement(
        s13Blacklist,
        '视情况将其列入诚信不良档案并向社会公布，由监管部门决定',
        'As the case warrants, entry in the bad-credit register and publication: the authority decides',
        {},
        ['列入诚信不良档案并向社会公布', '不列入诚信不良档案'],
      ),
    );
  return out;
}

export const institutionSanctionCheck = defineCheck({
  name: 'mohrss-violations.sanction.institution',
  regime: 'mohrss-violations',
  title_zh: '评价机构违纪违规行为的处理（第十二条至第十五条）',
  title_en: 'Sanctions for evaluation institutions (§12–15), with the §14(6) escalation',
  asOf_zh: '处理决定日期（不开展评价的期间自此日回算）',
  facts: institutionSanctionFacts,
  example: {
    violation: '13(4)',
    priorWarning: { warnedOn: '2023-04-10', rectificationCompletedOn: '2023-06-30' },
    conductOn: '2024-02-01',
  },
  ruleIds: [
    ...s12,
    s12Invalidation,
    ...s13,
    s13Blacklist,
    ...s14,
    s15DataRevocation,
    s15Ladder,
    s15DataSecurity,
  ].map((r) => r.id),
  run: (f, ctx) => institutionSanctionFindings(f, ctx),
});

export const institutionRules = [...s12, s12Invalidation, ...s13, s13Blacklist, ...s14];
