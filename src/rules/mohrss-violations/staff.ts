// mohrss-violations §9–11 — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2) —
// 工作人员违纪违规行为的认定与处理
//
// Each article names the staff it governs (考务管理人员, 考评人员, 质量督导员): a charge under an article
// that does not govern the person's role fails. "由评价机构按有关规定作出相应处理" refers to rules outside
// this text (the institution's own discipline), so it is listed as a consequence without content. §16 ¶2
// (the institution reports its handling to the authority) is checked by the decision check (procedure.ts).
import { z } from 'zod';
import { examAdminSameYearBan } from '../../parameters/mohrss-violations.js';
import { parameterAt, type IsoDate } from '../../parameters/parameter.js';
import { assessed } from '../assessment.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { assessment, isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { sameYearBan } from './candidates.js';
import { chargeZh, codeList, mv, parseCharge, violationRule } from './rule.js';
import { sanctionsEn, sanctionsZh, type Sanction } from './sanctions.js';

// 第九条  考务管理人员有下列行为之一的，取消其当年参加评价工作的资格，由评价机构按有关规定作出相应处理。
// （一）对参评人员资格审查不严的；
// （二）不按规定按时领取、分发和收回试卷或相关材料的；
// （三）未认真履行职责，造成所负责考场出现秩序混乱，或对考场内作弊现象等违纪违规行为不及时制止或上报，或参与违
// 规组织考试的；
// （四）在证书管理工作中存在弄虚作假、徇私舞弊等的；
// （五）其他违反考务管理、证书管理、工作人员有关规定的行为。
export const s9 = [
  ['对参评人员资格审查不严', 'Lax checking of candidates’ eligibility'],
  [
    '不按规定按时领取、分发和收回试卷或相关材料',
    'Papers or materials not collected, handed out or taken back as required',
  ],
  [
    '未认真履行职责致考场秩序混乱，对作弊不及时制止或上报，或参与违规组织考试',
    'Neglect causing disorder, failing to stop or report cheating, or taking part in an irregular exam',
  ],
  ['在证书管理工作中弄虚作假、徇私舞弊', 'Fraud or favouritism in certificate management'],
  [
    '其他违反考务管理、证书管理、工作人员有关规定的行为',
    'Other breaches of exam, certificate or staff rules',
  ],
].map(([zh, en], i) => violationRule(`9/${i + 1}`, mv(9, i + 1), zh!, en!, [examAdminSameYearBan.id]));

// 第十条  考评人员有下列行为之一的，由考评人员证书颁发部门吊销其考评人员证书，由评价机构按有关规定作出相应处理。
// （一）在阅卷评分、评审或面试过程中，未按照参考答案或评分标准进行阅卷评分、评审，或因失职造成阅评结果出现重大
// 错误的；
// （二）盗窃、损毁、偷换、违规涂改参评人员答卷（或工件）、评价成绩、参评人员信息材料、考场原始记录及其他有关材
// 料，或在上述材料中弄虚作假的；
// （三）非法出售、提供试题、答案的行为。
export const s10 = [
  [
    '未按参考答案或评分标准阅卷评分、评审，或因失职致阅评结果重大错误',
    'Marking not by the key or scheme, or a major marking error through neglect',
  ],
  [
    '盗窃、损毁、偷换、违规涂改答卷、成绩、考生信息、考场记录等，或在其中弄虚作假',
    'Stealing, destroying, swapping or altering scripts, results or records, or falsifying them',
  ],
  ['非法出售、提供试题、答案', 'Selling or supplying questions or answers'],
].map(([zh, en], i) => violationRule(`10/${i + 1}`, mv(10, i + 1), zh!, en!));

// 第十一条  质量督导员违反考务管理、督导工作管理等有关规定，造成不良影响的，由评价机构或评价机构监管部门按有关
// 规定作出相应处理。
export const s11 = violationRule(
  '11',
  mv(11),
  '质量督导员违反考务管理、督导工作管理等规定，造成不良影响的，按有关规定处理',
  'A quality supervisor’s breach with adverse effect: handled under the relevant rules',
);

export const s9BanInForce = violationRule(
  '9/ban',
  mv(9),
  '第九条：取消当年参加评价工作的资格',
  '§9: no evaluation work in the calendar year of the decision',
  [examAdminSameYearBan.id],
);

export const staffRole = z
  .enum(['exam_admin', 'assessor', 'quality_supervisor'])
  .describe('工作人员类别：exam_admin 考务管理人员 / assessor 考评人员 / quality_supervisor 质量督导员');
const ROLE_ZH = {
  exam_admin: '考务管理人员',
  assessor: '考评人员',
  quality_supervisor: '质量督导员',
} as const;
const ARTICLE_ROLE = { 9: 'exam_admin', 10: 'assessor', 11: 'quality_supervisor' } as const;

export const staffCharges = codeList([
  ...s9.map((_, i) => `9(${i + 1})`),
  ...s10.map((_, i) => `10(${i + 1})`),
  '11',
]);

export const staffSanctionFacts = z.strictObject({
  role: staffRole,
  violation: z
    .enum(staffCharges)
    .describe('违纪违规情形（条和项，如 9(3) 指第九条第（三）项；11 指第十一条）'),
  adverseEffect: assessment('造成不良影响（第十一条的要件）'),
});
type StaffSanctionFacts = z.infer<typeof staffSanctionFacts>;

export function staffSanctionFindings(f: StaffSanctionFacts, ctx: CheckContext): Finding[] {
  const { article, item } = parseCharge(f.violation);
  const rule = article === 9 ? s9[item! - 1]! : article === 10 ? s10[item! - 1]! : s11;
  const governs = ARTICLE_ROLE[article as 9 | 10 | 11];
  if (f.role !== governs)
    return [
      finding(
        rule,
        false,
        `${chargeZh(f.violation)}适用于${ROLE_ZH[governs]}，本案人员为${ROLE_ZH[f.role]}`,
        `${f.violation} governs a ${governs}; this person is a ${f.role}`,
        { violation: f.violation, role: f.role, articleGoverns: governs },
      ),
    ];
  if (article === 9) {
    const ban = sameYearBan(ctx.asOf, parameterAt(examAdminSameYearBan, ctx.asOf));
    const sanctions: Sanction[] = ['work_ban', 'institution_handling'];
    return [
      finding(
        rule,
        true,
        `${chargeZh(f.violation)}：${sanctionsZh(sanctions)}（至 ${ban.lastDay}）`,
        `${f.violation}: ${sanctionsEn(sanctions)} (to ${ban.lastDay})`,
        { violation: f.violation, role: f.role, sanctions, ban, parameter: examAdminSameYearBan.id },
      ),
    ];
  }
  if (article === 10) {
    const sanctions: Sanction[] = ['assessor_revocation', 'institution_handling'];
    return [
      finding(
        rule,
        true,
        `${chargeZh(f.violation)}：由考评人员证书颁发部门吊销其考评人员证书，由评价机构按有关规定作出相应处理`,
        `${f.violation}: the assessor card is revoked by its issuer; the institution handles the rest under its rules`,
        { violation: f.violation, role: f.role, sanctions, revokedBy: 'certificate_issuer' },
      ),
    ];
  }
  // §11: only a breach "造成不良影响" is handled; what is done is left to the relevant rules.
  const element = assessed(
    rule,
    f.adverseEffect,
    '质量督导员的违规行为造成不良影响',
    'The breach had an adverse effect',
  );
  return [
    element.passed === true
      ? {
          ...element,
          message_zh: `${element.message_zh}：由评价机构或评价机构监管部门按有关规定作出相应处理`,
          message_en: `${element.message_en}: the institution or the authority handles it under the relevant rules`,
          values: {
            ...element.values,
            violation: f.violation,
            role: f.role,
            sanctions: ['handling_per_regulations'],
            decidedBy: ['institution', 'authority'],
          },
        }
      : { ...element, values: { ...element.values, violation: f.violation, role: f.role } },
  ];
}

export const staffSanctionCheck = defineCheck({
  name: 'mohrss-violations.sanction.staff',
  regime: 'mohrss-violations',
  title_zh: '工作人员违纪违规行为的处理（第九条至第十一条）',
  title_en: 'Sanctions for exam administrators, assessors and quality supervisors (§9–11)',
  asOf_zh: '处理决定日期（“当年”指该日所在年度）',
  facts: staffSanctionFacts,
  example: { role: 'assessor', violation: '10(3)' },
  ruleIds: [...s9, ...s10, s11].map((r) => r.id),
  run: (f, ctx) => staffSanctionFindings(f, ctx),
});

export const examAdminBanFacts = z.strictObject({
  decisions: z
    .array(z.strictObject({ decidedOn: isoDate('依第九条取消参加评价工作资格的处理决定日期') }))
    .describe('该考务管理人员此前依第九条受到的处理'),
});

export function examAdminBanFindings(f: z.infer<typeof examAdminBanFacts>, asOf: IsoDate): Finding[] {
  return f.decisions.map((d) => {
    const ban = sameYearBan(d.decidedOn, parameterAt(examAdminSameYearBan, d.decidedOn));
    const banned = d.decidedOn <= asOf && asOf <= ban.lastDay;
    return finding(
      s9BanInForce,
      !banned,
      banned
        ? `${d.decidedOn} 被取消当年参加评价工作的资格（至 ${ban.lastDay}）；${asOf} 不得安排参加评价工作`
        : `${d.decidedOn} 被取消当年参加评价工作的资格（至 ${ban.lastDay}）；${asOf} 不受限制`,
      banned
        ? `Barred on ${d.decidedOn} for the year (to ${ban.lastDay}): may not work on ${asOf}`
        : `Barred on ${d.decidedOn} for the year (to ${ban.lastDay}): free on ${asOf}`,
      { decidedOn: d.decidedOn, ban, workOn: asOf },
    );
  });
}

export const examAdminBanCheck = defineCheck({
  name: 'mohrss-violations.ban.exam_admin',
  regime: 'mohrss-violations',
  title_zh: '考务管理人员当年不得参加评价工作（第九条）',
  title_en: 'Whether an exam administrator is barred from evaluation work (§9)',
  asOf_zh: '拟安排参加评价工作的日期',
  facts: examAdminBanFacts,
  example: { decisions: [{ decidedOn: '2023-05-20' }] },
  ruleIds: [s9BanInForce.id],
  run: (f, ctx) => examAdminBanFindings(f, ctx.asOf),
});

export const staffRules = [...s9, ...s10, s11, s9BanInForce];
